using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0004 has no fix: whether "foundation models (LLMs)" meant foundation models or LLMs only the writer knows. The
    /// lightbulb can still offer the readings, each as its own action (never Fix All): for a gloss, keep one term or the
    /// other; for a claim stated backwards ("Foundation models are LLMs"), state the true direction by swapping the
    /// terms ("LLMs are foundation models"). A reading that would leave an LLM term where the sentence names a model
    /// that is not a language model is not offered: TL0001 or TL0002 would report it.
    /// </summary>
    internal static class TL0004Readings
    {
        public static void Attach(Sentence s, int a, int b, EquationShape shape, Finding finding)
        {
            if (shape.Reading == EquationReading.KeepOneTerm && s.IsPunct(b + 1, ')'))
            {
                AttachGloss(s, a, b, finding);
            }
            else if (shape.Reading == EquationReading.SwapTerms)
            {
                AttachSwap(s, a, b, finding);
            }
        }

        /// <summary>"foundation models (LLMs)": keep "foundation models", or keep "LLMs".</summary>
        private static void AttachGloss(Sentence s, int a, int b, Finding finding)
        {
            int article = IndefiniteArticleBefore(s, a);
            int start = article >= 0 ? s[article].Start : s[a].Start;
            int end = s[b + 1].End;
            bool plural = s[a].Term!.IsPlural;
            var readings = new List<FindingReading>(2);
            foreach (int kept in new[] { a, b })
            {
                if (!MayKeep(s, kept))
                {
                    continue;
                }

                string term = Slot(s, a, WrittenTerm(s, kept, plural));
                string text = article >= 0 ? ArticleFor(s, article, term) + " " + term : term;
                readings.Add(new FindingReading("Keep only '" + term + "'", new List<FindingEdit> { new FindingEdit(start, end, text) }));
            }

            finding.Readings = readings.Count > 0 ? readings : null;
        }

        /// <summary>"Foundation models are LLMs" → "LLMs are foundation models"; "A foundation model is an LLM" → "An LLM is a foundation model".</summary>
        private static void AttachSwap(Sentence s, int a, int b, Finding finding)
        {
            if (!MayKeep(s, s.IsLlmTerm(a) ? a : b))
            {
                return;
            }

            string intoA = Slot(s, a, WrittenTerm(s, b, s[a].Term!.IsPlural));
            string intoB = Slot(s, b, WrittenTerm(s, a, s[b].Term!.IsPlural));
            var edits = new List<FindingEdit>(2) { SlotEdit(s, a, intoA), SlotEdit(s, b, intoB) };
            int llm = s.IsLlmTerm(a) ? a : b;
            string foundation = WrittenTerm(s, llm == a ? b : a, plural: false);
            string title = "State the true direction: every " + WrittenTerm(s, llm, plural: false) + " is " + Articles.For(foundation) + " " + foundation;
            finding.Readings = new List<FindingReading>(1) { new FindingReading(title, edits) };
        }

        /// <summary>The term at a slot, with the slot's indefinite article changed to suit it.</summary>
        private static FindingEdit SlotEdit(Sentence s, int slot, string term)
        {
            int end = s[slot].IsPossessive ? s[slot].End - 2 : s[slot].End;
            int article = IndefiniteArticleBefore(s, slot);
            return article >= 0
                ? new FindingEdit(s[article].Start, end, ArticleFor(s, article, term) + s.Text.Substring(s[article].End, s[slot].Start - s[article].End) + term)
                : new FindingEdit(s[slot].Start, end, term);
        }

        /// <summary>Whether keeping this term leaves no claim TermLint reports: an LLM term only where every model named is a language model.</summary>
        private static bool MayKeep(Sentence s, int term) => !s.IsLlmTerm(term) || s.NonLanguageModelCount == 0;

        /// <summary>
        /// The term as the writer wrote it, in the number asked for: a misnomer as its usual form ("foundational
        /// model" → "foundation model"), a term of several words in lower case ("Large Language Models" →
        /// "large language models"), an acronym as written ("LLMs").
        /// </summary>
        private static string WrittenTerm(Sentence s, int i, bool plural)
        {
            var term = s[i].Term!;
            string text = term.Role == TermRole.Misnomer ? term.Entry.Replace! : s.TermTextOf(i);
            if (text.IndexOf(' ') > 0)
            {
                text = text.ToLowerInvariant();
            }

            bool isPlural = text.EndsWith("s", System.StringComparison.Ordinal) || text.EndsWith("S", System.StringComparison.Ordinal);
            if (plural && !isPlural)
            {
                return Inflection.PluralOf(text);
            }

            return !plural && isPlural ? text.Substring(0, text.Length - 1) : text;
        }

        /// <summary>The text in the case its place asks: a capital at the start of the sentence (an article there takes it instead).</summary>
        private static string Slot(Sentence s, int slot, string text) =>
            IndefiniteArticleBefore(s, slot) < 0 && s.StartsSentence(slot) ? Inflection.Capitalize(text) : text;

        private static string ArticleFor(Sentence s, int article, string phrase)
        {
            string want = Articles.For(phrase);
            return char.IsUpper(s.Text[s[article].Start]) ? Inflection.Capitalize(want) : want;
        }

        private static int IndefiniteArticleBefore(Sentence s, int i) => s.Is(i - 1, Lexicon.IndefiniteArticles) ? i - 1 : -1;
    }
}
