using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>The other term as a gloss in parentheses: "foundation models (LLMs)", "LLM (foundation model) settings", "foundation models (or LLMs)".</summary>
    internal sealed class ParenthesizedGloss : EquationShape
    {
        public static readonly ParenthesizedGloss Instance = new ParenthesizedGloss();

        private ParenthesizedGloss() : base(nameof(ParenthesizedGloss)) { }

        public override EquationReading Reading => EquationReading.KeepOneTerm;

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            if (!s.IsPunct(a + 1, '('))
            {
                return NoMatch;
            }

            int i = a + 2;
            if (s.Is(i, Lexicon.GlossOpeners))
            {
                i++;
                while (s.IsPunct(i, '.') || s.IsPunct(i, ','))
                {
                    i++;
                }
            }

            if (s.Is(i, Lexicon.IndefiniteArticles))
            {
                i++;
            }

            return eq.IsOther(s, i) && s.IsPunct(i + 1, ')') && !IsProductName(s, a, i) ? i : NoMatch;
        }

        /// <summary>
        /// "large language models (Foundation Models)": a Title Case foundation term in parentheses after a lower-case
        /// term names a product (Apple's Foundation Models framework), not a second name for the first term.
        /// </summary>
        private static bool IsProductName(Sentence s, int outer, int inner) =>
            s.IsFoundationTerm(inner) && TitleCase.IsTitled(s, s[inner]) && !char.IsUpper(s.Text[s[outer].Start]);
    }

    /// <summary>An "or" apposition closed by a comma: "LLMs, or foundation models, predict the next token."</summary>
    internal sealed class OrApposition : EquationShape
    {
        public static readonly OrApposition Instance = new OrApposition();

        private OrApposition() : base(nameof(OrApposition)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            if (!s.IsPunct(a + 1, ',') || !s.Is(a + 2, "or"))
            {
                return NoMatch;
            }

            int other = s.Is(a + 3, Lexicon.Determiners) ? a + 4 : a + 3;
            return eq.IsOther(s, other) && (s.IsPunct(other + 1, ',') || s.IsPunct(other + 1, ')') || s.IsDash(other + 1)) ? other : NoMatch;
        }
    }

    /// <summary>
    /// An alias phrase from the grammar list: "Foundation models, also known as LLMs,", "LLM, aka foundation model",
    /// "Foundation models — that is, LLMs —". Only a bare name equates: "LLMs, i.e. foundation models trained on
    /// text" defines a subset.
    /// </summary>
    internal sealed class AliasPhrase : EquationShape
    {
        public static readonly AliasPhrase Instance = new AliasPhrase();

        private AliasPhrase() : base(nameof(AliasPhrase)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int k = SkipGlossAndCitation(s, eq.Index + 1);
            if (s.IsPunct(k, ',') || s.IsPunct(k, '(') || s.IsDash(k))
            {
                k++;
            }

            int afterAlias = s.PhraseEnd(k, Lexicon.AliasPhrases);
            if (afterAlias == k)
            {
                return NoMatch;
            }

            k = afterAlias;
            while (s.IsPunct(k, ',') || s.IsPunct(k, '.'))
            {
                k++;
            }

            if (s.Is(k, Lexicon.Determiners))
            {
                k++;
            }

            bool bare = !s.IsWord(k + 1) || s.Is(k + 1, Lexicon.Auxiliaries) || s.Is(k + 1, Lexicon.ListJoiners) || s.Is(k + 1, "generate");
            return eq.IsOther(s, k) && bare ? k : NoMatch;
        }

        /// <summary>The academic form: "Large language models (LLMs) [12], also known as…" — past the acronym and the citation.</summary>
        private static int SkipGlossAndCitation(Sentence s, int k)
        {
            if (s.IsPunct(k, '(') && (s.IsLlmTerm(k + 1) || s.IsFoundationTerm(k + 1)) && s.IsPunct(k + 2, ')'))
            {
                k += 3;
            }

            if (s.IsPunct(k, '['))
            {
                int close = k + 1;
                while (close <= k + 6 && s.InRange(close) && !s.IsPunct(close, ']'))
                {
                    close++;
                }

                if (s.IsPunct(close, ']'))
                {
                    k = close + 1;
                }
            }

            return k;
        }
    }
}
