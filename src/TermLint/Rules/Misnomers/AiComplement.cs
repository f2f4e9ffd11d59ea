using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Whether a misnomer that is wrong only in AI prose ("foundational model", TL0003) is the ordinary adjective here:
    /// its complement names another field ("a foundational model in cybersecurity"), or it is said of something that
    /// is not an AI model in a sentence with no AI word ("The waterfall model is a foundational model").
    /// </summary>
    internal static class AiComplement
    {
        /// <summary>
        /// "foundational model in/of/for X" where X, in the next few words, holds no AI word; or where the thing
        /// called a foundational model is not a model at all ("Defense in depth is a foundational model for…").
        /// </summary>
        public static bool IsOtherField(Sentence s, int t)
        {
            int next = t + 1;
            if (!s.Is(next, Lexicon.ComplementPrepositions))
            {
                // "The waterfall model is a foundational model that every team learns": a predicate about something
                // that is not an AI model, in a sentence with no AI word, is the ordinary adjective.
                return IsPredicateOfNonModel(s, t) && !HasAiWordBesidesModel(s, t);
            }

            if (!s.HasAiContext(next + 1, next + 5))
            {
                return true;
            }

            return IsPredicateOfNonModel(s, t);
        }

        /// <summary>"X is a foundational model" where X is a noun, not a catalog model and not "it"/"this".</summary>
        private static bool IsPredicateOfNonModel(Sentence s, int t)
        {
            int start = NounPhrases.Start(s, t, out _);
            int verb = start - 1;
            while (s.Is(verb, Lexicon.Adverbs))
            {
                verb--;
            }

            return s.Is(verb, Lexicon.Copulas) && Subjects.ModelBefore(s, verb) < 0 && s.IsWord(verb - 1) && !s.Is(verb - 1, Lexicon.PronounSubjects);
        }

        /// <summary>Whether the sentence is about AI by any word other than "model" and the misnomer itself.</summary>
        private static bool HasAiWordBesidesModel(Sentence s, int t)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (i == t || s.Is(i, Lexicon.ModelNouns))
                {
                    continue;
                }

                if (s.HasAiContext(i, i + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
