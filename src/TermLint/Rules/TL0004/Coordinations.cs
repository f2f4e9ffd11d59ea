using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>"Foundation models and LLMs are the same thing", "… are synonyms", "… mean the same".</summary>
    internal sealed class SamenessCoordination : EquationShape
    {
        public static readonly SamenessCoordination Instance = new SamenessCoordination();

        private SamenessCoordination() : base(nameof(SamenessCoordination)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            if (!s.Is(a + 1, "and") || !eq.IsOther(s, a + 2))
            {
                return NoMatch;
            }

            int v = a + 3;
            return (s.Is(v, "are") || s.Is(v, "mean")) && SamenessFollows(s, v + 1) ? a + 2 : NoMatch;
        }

        /// <summary>"the same (thing)", "synonyms", "interchangeable", "equivalent", "identical" after a copula.</summary>
        private static bool SamenessFollows(Sentence s, int i)
        {
            while (s.Is(i, Lexicon.Adverbs))
            {
                i++;
            }

            if (s.IsNegation(i))
            {
                return false;
            }

            if (s.Is(i, "the"))
            {
                i++;
            }

            return s.Is(i, Lexicon.Sameness);
        }
    }

    /// <summary>
    /// "We use foundation model and LLM interchangeably", in the writer's own voice: "many people use X and Y
    /// interchangeably, but…" reports a usage.
    /// </summary>
    internal sealed class Interchangeable : EquationShape
    {
        public static readonly Interchangeable Instance = new Interchangeable();

        private Interchangeable() : base(nameof(Interchangeable)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            bool paired = (s.Is(a + 1, "and") || s.Is(a + 1, "or") || s.IsPunct(a + 1, '/')) && eq.IsOther(s, a + 2);
            return paired && Interchangeably(s, a + 3) ? a + 2 : NoMatch;
        }

        private static bool Interchangeably(Sentence s, int from)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Is(i, Lexicon.ReportedUsage))
                {
                    return false;
                }
            }

            for (int i = from; s.InRange(i) && i < from + 6; i++)
            {
                if (s.Is(i, Lexicon.Interchangeably))
                {
                    return true;
                }

                if (s.IsNegation(i))
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>"Foundation models = LLMs", "Foundation model/LLM: a large neural network…".</summary>
    internal sealed class EqualsSign : EquationShape
    {
        public static readonly EqualsSign Instance = new EqualsSign();

        private EqualsSign() : base(nameof(EqualsSign)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            if (!eq.IsOther(s, a + 2))
            {
                return NoMatch;
            }

            return s.IsPunct(a + 1, '=') || (s.IsPunct(a + 1, '/') && s.IsPunct(a + 3, ':')) ? a + 2 : NoMatch;
        }
    }

    /// <summary>"There is no difference between a foundation model and an LLM".</summary>
    internal sealed class NoDifference : EquationShape
    {
        public static readonly NoDifference Instance = new NoDifference();

        private NoDifference() : base(nameof(NoDifference)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int a = eq.Index;
            int between = s.Is(a - 1, Lexicon.IndefiniteArticles) ? a - 2 : a - 1;
            if (!s.Is(between, "between") || !s.Is(between - 1, "difference") || !s.Is(between - 2, "no") || !s.Is(a + 1, "and"))
            {
                return NoMatch;
            }

            int other = s.Is(a + 2, Lexicon.IndefiniteArticles) ? a + 3 : a + 2;
            return eq.IsOther(s, other) ? other : NoMatch;
        }
    }
}
