using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0004: "foundation model" and "LLM" are equated, or the relation is reversed — "foundation models (LLMs)",
    /// "LLM, also known as foundation model", "a foundation model is simply an LLM", "all foundation models are
    /// LLMs", "foundation models and LLMs are the same thing". Silent on the true direction ("every LLM is a
    /// foundation model"), partial quantifiers ("some foundation models are LLMs"), negations and questions. No
    /// fix: which word the author meant cannot be known.
    /// </summary>
    internal sealed class TL0004TermsEquated : IRule
    {
        /// <summary>Glosses: another name right after the term. Read even where the term is contrasted.</summary>
        public static readonly EquationShape[] Glosses = { ParenthesizedGloss.Instance, OrApposition.Instance, AliasPhrase.Instance };

        /// <summary>Claims that set the terms side by side or state the relation backwards.</summary>
        public static readonly EquationShape[] Claims = { SamenessCoordination.Instance, Interchangeable.Instance, EqualsSign.Instance, NoDifference.Instance, ReversedInclusion.Instance };

        /// <summary>Claims made with an equating verb ("is", "are", "means", "refers to") that nothing negates.</summary>
        public static readonly EquationShape[] Predicates = { CalledAlias.Instance, Superset.Instance, SamenessPredicate.Instance, ReversedWholeClass.Instance };

        public string Id => RuleIds.TermsEquated;

        public IReadOnlyList<string> Shapes { get; } = Names(Glosses, Claims, Predicates);

        private static string[] Names(params EquationShape[][] groups)
        {
            var names = new List<string>();
            foreach (var group in groups)
            {
                foreach (var shape in group)
                {
                    names.Add(shape.Name);
                }
            }

            return names.ToArray();
        }

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || s.LlmTermCount == 0 || s.FoundationTermCount == 0)
            {
                return;
            }

            for (int a = 0; a < s.Count; a++)
            {
                bool foundation = s.IsFoundationTerm(a);
                if ((!foundation && !s.IsLlmTerm(a)) || s[a].IsPossessive)
                {
                    continue;
                }

                int b = Equated(s, new EquationAt(s, a, foundation), out var shape);
                if (b >= 0)
                {
                    var finding = new Finding(Id, s[b].Start, s[b].IsPossessive ? s[b].End - 2 : s[b].End, new[] { s.TermTextOf(a), s.TermTextOf(b) }) { Shape = shape!.Name };
                    TL0004Readings.Attach(s, a, b, shape, finding);
                    findings.Add(finding);
                    a = b;
                }
            }
        }

        /// <summary>The other term the term is equated with, or -1.</summary>
        private static int Equated(Sentence s, in EquationAt eq, out EquationShape? shape)
        {
            int b = First(Glosses, s, eq, out shape);
            if (b != EquationShape.NoMatch)
            {
                return b;
            }

            if (Stance.IsContrasted(s, NounPhrases.Start(s, eq.Index, out _)))
            {
                return -1;
            }

            b = First(Claims, s, eq, out shape);
            if (b != EquationShape.NoMatch || !eq.HasEquatingVerb || eq.Negated)
            {
                return b;
            }

            return First(Predicates, s, eq, out shape);
        }

        /// <summary>The first shape's answer that is not NoMatch (a match or a veto), else NoMatch.</summary>
        private static int First(EquationShape[] shapes, Sentence s, in EquationAt eq, out EquationShape? shape)
        {
            foreach (var candidate in shapes)
            {
                int b = candidate.Match(s, eq);
                if (b != EquationShape.NoMatch)
                {
                    shape = candidate;
                    return b;
                }
            }

            shape = null;
            return EquationShape.NoMatch;
        }
    }
}
