using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The term as the subject of a copula whose complement names the model: "Our LLM is Stable Diffusion", "The LLM
    /// we use is Whisper", "The LLMs in this app are Whisper and DALL-E 3".
    /// </summary>
    internal static class TermSubjects
    {
        /// <summary>How many words a clause between the term and its verb may hold ("The LLM we picked for search is…").</summary>
        private const int ClauseReach = 5;

        /// <summary>
        /// The copula whose subject is the term at <paramref name="t"/> (its noun phrase starting at <paramref name="start"/>,
        /// with a determiner), past a short clause of plain words, or -1. The phrase must open a clause: "What feeds the
        /// LLM is Whisper" says nothing about the LLM.
        /// </summary>
        public static int CopulaAfter(Sentence s, int t, int start, bool plural)
        {
            if (!OpensClause(s, start) || !NounPhrases.IsHead(s, t))
            {
                return -1;
            }

            int i = t + 1;
            if (s.Is(i, Lexicon.SubjectClauseOpeners))
            {
                int words = 0;
                while (s.IsWord(i) && !s.Is(i, Lexicon.Copulas) && !s.IsNegation(i) && words < ClauseReach)
                {
                    i++;
                    words++;
                }
            }

            var copulas = plural ? Lexicon.PluralCopulas : Lexicon.SingularCopulas;
            return s.Is(i, copulas) ? i : -1;
        }

        /// <summary>The first element after the copula and its adverbs ("is still Whisper"), or -1 on a negation or hedge.</summary>
        public static int ComplementAfter(Sentence s, int copula)
        {
            int i = copula + 1;
            while (s.Is(i, Lexicon.Adverbs))
            {
                i++;
            }

            return s.IsNegation(i) || s.Is(i, Lexicon.Hedges) ? -1 : i;
        }

        private static bool OpensClause(Sentence s, int start)
        {
            if (start == 0)
            {
                return true;
            }

            int before = start - 1;
            return s.IsPunct(before, ',') || s.IsPunct(before, ';') || s.IsPunct(before, ':') || s.IsDash(before)
                || s.Is(before, "and") || s.Is(before, "but") || s.Is(before, "so") || s.Is(before, "that") || s.Is(before, "while");
        }
    }
}
