using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// A non-language class called an LLM without naming a model: the sentence names the class by its task or its
    /// kind noun, from the catalog's kinds (<c>tasks</c> and <c>noun</c>). Each shape returns the class's kind, or null.
    /// </summary>
    internal static class UnnamedClass
    {
        public const string TaskModifierName = "TaskModifier";
        public const string ClassNounGlossName = "ClassNounGloss";
        public const string ClassNounCopulaName = "ClassNounCopula";

        /// <summary>How many words a task phrase may hold ("automatic speech recognition").</summary>
        private const int TaskWords = 3;

        /// <summary>
        /// A task right before the term: "a text-to-image LLM", "speech recognition LLMs", "the image generation LLM".
        /// The term must head its phrase ("the text-to-image LLM prompt" is about a prompt).
        /// </summary>
        public static KindEntry? TaskModifier(Sentence s, int t, out int start)
        {
            var kind = s.PhraseEndingAt(t, s.Catalog.Tasks, TaskWords, out start) as KindEntry;
            // "STT LLM TTS": a task after the term as well makes a row of pipeline stages, not a modifier.
            if (kind == null || Compounds.IsHeadAfter(s, t) || !NounPhrases.IsHead(s, t) && !s[t].Term!.IsPlural || s.IsListed(t + 1, s.Catalog.Tasks))
            {
                return null;
            }

            int phrase = NounPhrases.Start(s, start, out _);
            return s.IsNegation(phrase - 1) || Stance.IsContrasted(s, phrase) || IsGerund(s, start) ? null : kind;
        }

        /// <summary>The term as a gloss of a kind noun: "a specialized embedding model (LLM)", "an image model (an LLM)".</summary>
        public static KindEntry? ClassNounGloss(Sentence s, int t)
        {
            int open = s.Is(t - 1, Lexicon.IndefiniteArticles) ? t - 2 : t - 1;
            if (!s.IsPunct(open, '(') || !s.IsPunct(t + 1, ')'))
            {
                return null;
            }

            return s.PhraseEndingAt(open, s.Catalog.KindNouns, 3, out _) as KindEntry;
        }

        /// <summary>
        /// A kind noun made the term by a copula: "An embedding model is an LLM.", "Text-to-image models are LLMs."
        /// Negated, hedged, hypothetical, reported and retracted claims are silent.
        /// </summary>
        public static KindEntry? ClassNounCopula(Sentence s, int t)
        {
            int start = NounPhrases.Start(s, t, out int determiner);
            int verb = start - 1;
            while (s.Is(verb, Lexicon.Adverbs))
            {
                verb--;
            }

            if (!s.Is(verb, Lexicon.Copulas) || !NounPhrases.IsHead(s, t) || Stance.NegatedOrHedged(s, verb - 1, t) || Stance.DeniedLater(s, t))
            {
                return null;
            }

            var kind = s.PhraseEndingAt(verb, s.Catalog.KindNouns, 3, out int subject) as KindEntry;
            if (kind == null)
            {
                kind = s.Is(verb - 1, Lexicon.ModelNouns) ? s.PhraseEndingAt(verb - 1, s.Catalog.Tasks, TaskWords, out subject) as KindEntry : null;
            }

            return kind != null && !Stance.Reported(s, subject) && !IsHypothetical(s, subject) ? kind : null;
        }

        private static bool IsHypothetical(Sentence s, int subject)
        {
            for (int i = subject - 1; i >= 0 && subject - i <= 3; i--)
            {
                if (s.Is(i, Lexicon.Conditionals) || s.IsNegation(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"by inpainting LLM outputs": a task word in -ing right after a preposition or at the start is a verb.</summary>
        private static bool IsGerund(Sentence s, int start)
        {
            var e = s[start];
            bool ing = e.End - e.Start > 4 && s.Text[e.End - 1] == 'g' && s.Text[e.End - 2] == 'n' && s.Text[e.End - 3] == 'i';
            return ing && (s.StartsSentence(start) || s.Is(start - 1, Lexicon.Prepositions));
        }
    }
}
