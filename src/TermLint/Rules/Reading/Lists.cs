using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Lists of models a term introduces ("LLMs such as X, Y and Z", "LLMs: X, Y", "LLMs (X, Y)") or ends ("X, Y and
    /// other LLMs", "X and Y are LLMs"). Indices of the members are added to a caller's list; nothing is allocated.
    /// </summary>
    internal static class Lists
    {
        /// <summary>
        /// The list a term introduces (a colon or a dash only when <paramref name="allowColon"/>, since "an LLM: Whisper
        /// is…" starts a new clause): "LLMs such as X, Y and Z", "LLMs like X", "LLMs, including X,", "LLMs: X, Y",
        /// "LLMs (X, Y)", "LLMs — X and Y", "Our LLMs are X, Y", "The following LLMs are supported: X, Y".
        /// </summary>
        public static void After(Sentence s, int term, List<int> members, bool allowColon = true)
        {
            int i = term + 1;
            bool paren = false;

            // "Large Language Models (LLMs), such as…": the acronym in parentheses is the same term.
            if (s.IsPunct(i, '(') && (s.IsLlmTerm(i + 1) || s.IsFoundationTerm(i + 1)) && s.IsPunct(i + 2, ')'))
            {
                i += 3;
            }

            if (s.IsPunct(i, ','))
            {
                i++;
            }

            int introduced = AfterIntroducer(s, i);
            if (introduced > i)
            {
                i = introduced;
            }
            else if (allowColon && (s.IsPunct(i, ':') || s.IsDash(i)))
            {
                i++;
            }
            else if (allowColon && s.Is(i, Lexicon.PluralCopulas) && s.IsModel(i + 1))
            {
                i++;
            }
            else if (allowColon && i == term + 1 && s.Is(i, Lexicon.SubjectClauseOpeners) && CopulaPastClause(s, term) is int copula && copula > 0 && s.IsModel(copula + 1))
            {
                // "The LLMs we host are GPT-5 and Whisper", "The LLMs in this app are…".
                i = copula + 1;
            }
            else if (allowColon && ColonWithin(s, i, 6) is int colon && colon > 0)
            {
                i = colon + 1;
            }
            else if (s.IsPunct(i, '('))
            {
                paren = true;
                i = AfterIntroducer(s, i + 1);
            }
            else
            {
                return;
            }

            int before = members.Count;
            int end = ListItems.Forward(s, i, members, paren);

            // "LLMs (GPT-5, Whisper)" is a list; "LLMs (Whisper is hosted locally)" and "LLMs (Whisper's recipe)" are
            // asides about a model: a parenthesized list closes right after its last item.
            if (paren && members.Count > before && !ClosesAfter(s, end))
            {
                members.RemoveRange(before, members.Count - before);
            }
        }

        private static int CopulaPastClause(Sentence s, int term) =>
            TermSubjects.CopulaAfter(s, term, NounPhrases.Start(s, term, out _), plural: true);

        /// <summary>Whether a ')' follows at <paramref name="i"/>, past "model(s)", "etc." and a trailing comma.</summary>
        private static bool ClosesAfter(Sentence s, int i)
        {
            if (s.Is(i, Lexicon.ModelNouns))
            {
                i++;
            }

            if (s.IsPunct(i, ',') && s.Is(i + 1, "etc"))
            {
                i++;
            }

            if (s.Is(i, "etc"))
            {
                i++;
                if (s.IsPunct(i, '.'))
                {
                    i++;
                }
            }

            return s.IsPunct(i, ')');
        }

        /// <summary>After "such as", "like", "including", "e.g.,": the index of the first list item, or <paramref name="i"/>.</summary>
        public static int AfterIntroducer(Sentence s, int i)
        {
            int suchAs = s.PhraseEnd(i, Lexicon.SuchAs);
            if (suchAs > i)
            {
                return suchAs;
            }

            if (!s.Is(i, Lexicon.ListIntroducers))
            {
                return i;
            }

            i++;
            if (s.IsPunct(i, '.'))
            {
                i++;
            }

            if (s.IsPunct(i, ','))
            {
                i++;
            }

            return i;
        }

        /// <summary>Two or more models from <paramref name="i"/>, closed by a ',', a dash or ')' — else nothing.</summary>
        public static void InCommas(Sentence s, int i, List<int> members)
        {
            int before = members.Count;
            int after = ListItems.Forward(s, i, members, insideParen: false);
            int added = members.Count - before;
            if (added < 2 || !(s.IsPunct(after, ',') || s.IsDash(after) || s.IsPunct(after, ')')))
            {
                members.RemoveRange(before, added);
            }
        }

        /// <summary>The index of a ':' within the next few words (words only before it), or -1.</summary>
        private static int ColonWithin(Sentence s, int i, int words)
        {
            for (int k = i; k < i + words && s.InRange(k); k++)
            {
                if (s.IsPunct(k, ':'))
                {
                    return k;
                }

                if (!s.IsWord(k) || s.IsNegation(k))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The list that ends just before <paramref name="end"/> (exclusive), read backwards: "X, Y and Z are …",
        /// "X, Y and other LLMs". Stops at a contrast ("Unlike X, Y and Z are …" keeps only Y and Z).
        /// </summary>
        public static void Before(Sentence s, int end, List<int> members)
        {
            ListItems.ResetOthers();
            int i = end - 1;
            while (s.InRange(i))
            {
                if (s.Is(i, Lexicon.ModelNouns))
                {
                    i--;
                }

                if (s.IsPunct(i, ')'))
                {
                    int open = Parentheticals.Opening(s, i);
                    if (open < 0)
                    {
                        return;
                    }

                    i = open - 1;
                }

                if (!s.IsModel(i) || s[i].IsPossessive)
                {
                    return;
                }

                if (members.Count > 0 && (s.Is(i - 1, Lexicon.Contrasts) || s.Is(i - 1, Lexicon.ContrastPhraseHeads) || s.Is(i - 1, "from") || s.Is(i - 1, "than")))
                {
                    return;
                }

                members.Add(i);
                i--;
                if (s.Is(i, Lexicon.ListJoiners) || s.IsPunct(i, '&'))
                {
                    i--;
                    if (s.IsPunct(i, ','))
                    {
                        i--;
                    }

                    continue;
                }

                if (s.IsPunct(i, ',') || s.IsPunct(i, '/'))
                {
                    i--;
                    continue;
                }

                return;
            }
        }
    }
}
