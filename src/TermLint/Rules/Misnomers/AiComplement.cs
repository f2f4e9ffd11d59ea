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
            // A sentence with no AI word at all may still be about AI ("The foundational model is loaded once per
            // process."), unless it shows another field: an example that is not a model ("foundational models like
            // Black-Scholes"), an owner that is not a model ("Keynes's foundational models"), or a heading.
            if (!HasAiWordBesidesModel(s, t) && (HasNonModelExample(s, t) || IsOwnedByNonModel(s, t) || IsHeading(s)))
            {
                return true;
            }

            int next = t + 1;
            if (!s.Is(next, Lexicon.ComplementPrepositions))
            {
                // "The waterfall model is a foundational model that every team learns": a predicate about something
                // that is not an AI model, in a sentence with no AI word, is the ordinary adjective.
                return IsPredicateOfNonModel(s, t) && !HasAiWordBesidesModel(s, t);
            }

            // "a foundational model in cybersecurity": the complement names another field, unless the sentence is
            // about AI elsewhere ("Foundational models in Bedrock support text, image and embedding").
            if (!s.HasAiContext(next + 1, next + 5))
            {
                return !HasAiWordBesidesModel(s, t);
            }

            return IsPredicateOfNonModel(s, t);
        }

        /// <summary>"foundational models like Black-Scholes", "a foundational model such as the actor model".</summary>
        private static bool HasNonModelExample(Sentence s, int t)
        {
            int i = Lists.AfterIntroducer(s, t + 1);
            if (i == t + 1)
            {
                return false;
            }

            if (s.Is(i, Lexicon.Determiners))
            {
                i++;
            }

            return s.IsWord(i) && !s.Is(i, Lexicon.PhraseBreakers);
        }

        /// <summary>"Keynes's foundational models": a possessive owner that is a word, not a catalog model.</summary>
        private static bool IsOwnedByNonModel(Sentence s, int t) => s.IsWord(t - 1) && s[t - 1].IsPossessive && !s.Is(t - 1, Lexicon.ContractedCopulas);

        /// <summary>"Part 3: Foundational Models": every word capitalised (title words aside), so no claim is made.</summary>
        private static bool IsHeading(Sentence s)
        {
            for (int i = 0; i < s.Count; i++)
            {
                bool wordLike = s.IsWord(i) || s[i].Kind == ElementKind.Term;
                if (wordLike && !char.IsUpper(s.Text[s[i].Start]) && !char.IsDigit(s.Text[s[i].Start]) && !s.Is(i, Lexicon.TitleGlue) && !s.Is(i, Lexicon.IndefiniteArticles))
                {
                    return false;
                }
            }

            return true;
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
