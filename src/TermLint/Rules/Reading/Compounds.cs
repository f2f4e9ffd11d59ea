using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Whether the word after a term makes the term a modifier in a noun compound: "the Whisper LLM pipeline", "the
    /// SDXL LLM response", "the AlphaFold LLM explainer". The compound then names another thing than the model.
    /// </summary>
    internal static class Compounds
    {
        /// <summary>Words in -er/-or that are not nouns naming a thing: "the Whisper LLM or…", "…LLM, never…".</summary>
        private static readonly WordSet NotAgentNouns = new WordSet("other", "either", "neither", "never", "ever", "over", "under", "after", "rather", "whether", "however", "together", "further", "later", "earlier", "faster", "better", "or", "nor", "for", "per", "prior", "major", "minor", "four");

        public static bool IsHeadAfter(Sentence s, int term)
        {
            // "the Whisper LLM's output": the possessive term owns what follows; it does not modify it.
            int next = term + 1;
            if (!s.IsWord(next) || s[term].IsPossessive)
            {
                return false;
            }

            if (s.IsListed(next, s.Catalog.CompoundHeads))
            {
                return true;
            }

            // After a singular term, a word in -er or -or is a noun ("distiller", "explainer", "provider"): a verb
            // after a singular subject would end in -s.
            var e = s[next];
            int length = e.End - e.Start;
            if (s[term].Term?.IsPlural != false || length < 5 || s.Is(next, NotAgentNouns) || s.Is(next, Lexicon.PhraseBreakers))
            {
                return false;
            }

            char last = TextFold.Lower(s.Text[e.End - 1]);
            char before = TextFold.Lower(s.Text[e.End - 2]);
            return last == 'r' && (before == 'e' || before == 'o');
        }
    }
}
