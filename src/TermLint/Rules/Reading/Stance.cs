using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Whether a claim is made in the writer's own voice: not negated or hedged, not hypothetical, not reported ("some
    /// say…"), not taken back ("…, but it is not"), not contrasted ("unlike LLMs…").
    /// </summary>
    internal static class Stance
    {
        /// <summary>
        /// Whether the subject at <paramref name="model"/> is hypothetical ("if X is…", "whether X is…"), negated
        /// ("neither Whisper nor CLIP is…", "no Whisper model is…") or one of a list (the group rule's business).
        /// </summary>
        public static bool SubjectIsHypotheticalOrListed(Sentence s, int model)
        {
            for (int i = model - 1; i >= 0 && model - i <= 3; i--)
            {
                if (s.Is(i, Lexicon.Conditionals) || s.IsNegation(i))
                {
                    return true;
                }

                if (!s.IsWord(i))
                {
                    break;
                }
            }

            return (s.Is(model - 1, Lexicon.ListJoiners) || s.IsPunct(model - 1, ',') || s.IsPunct(model - 1, '/') || s.IsPunct(model - 1, '&')) && (s.IsModel(model - 2) || s.IsPunct(model - 2, ')'));
        }

        /// <summary>"…, but it is not", "…, which is wrong", "…, which is a myth": a later clause takes the claim back.</summary>
        public static bool DeniedLater(Sentence s, int after)
        {
            for (int i = after + 1; i < s.Count; i++)
            {
                if (s.Is(i, Lexicon.Turns))
                {
                    for (int k = i + 1; k < s.Count && k <= i + 5; k++)
                    {
                        if (s.IsNegation(k) || s.Is(k, Lexicon.Wrong))
                        {
                            return true;
                        }
                    }
                }

                if (s.Is(i, "which") && s.Is(i + 1, Lexicon.SingularCopulas))
                {
                    if (s.Is(i + 2, Lexicon.Wrong))
                    {
                        return true;
                    }

                    if (s.Is(i + 2, "a"))
                    {
                        return s.Is(i + 3, Lexicon.MistakeNouns);
                    }
                }
            }

            return false;
        }

        /// <summary>"Some say Whisper is…", "It is a myth that Whisper is…", "People think Whisper is…": a claim reported, not made.</summary>
        public static bool Reported(Sentence s, int subject)
        {
            for (int i = subject - 1; i >= 0 && subject - i <= 6; i--)
            {
                if (s.Is(i, Lexicon.Reporting))
                {
                    return true;
                }

                if (s.IsPunct(i, '.') || s.IsPunct(i, ';'))
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>Whether anything in (from, to) negates or hedges the claim ("is not", "is wrongly called").</summary>
        public static bool NegatedOrHedged(Sentence s, int from, int to)
        {
            for (int i = from + 1; i < to; i++)
            {
                if (s.IsNegation(i) || s.Is(i, Lexicon.Hedges))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the noun phrase starting at <paramref name="phraseStart"/> is contrasted or excluded: "unlike LLMs",
        /// "other than LLMs", "not LLMs", "rather than an LLM", "as opposed to LLMs".
        /// </summary>
        public static bool IsContrasted(Sentence s, int phraseStart)
        {
            int i = phraseStart - 1;
            if (s.Is(i, Lexicon.Contrasts) || s.IsNegation(i))
            {
                return true;
            }

            return s.Is(i, Lexicon.ContrastLinks) && s.Is(i - 1, Lexicon.ContrastPhraseHeads);
        }
    }
}
