using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The reversed relation by inclusion, from the LLM side: "LLMs include foundation models". Once the verb is
    /// there, nothing else is read into the sentence.
    /// </summary>
    internal sealed class ReversedInclusion : EquationShape
    {
        public static readonly ReversedInclusion Instance = new ReversedInclusion();

        private ReversedInclusion() : base(nameof(ReversedInclusion)) { }

        public override EquationReading Reading => EquationReading.SwapTerms;

        public override int Match(Sentence s, in EquationAt eq)
        {
            if (eq.IsFoundation || !s.Is(eq.Verb, Lexicon.InclusionVerbs))
            {
                return NoMatch;
            }

            int included = s.Is(eq.Verb + 1, Lexicon.Determiners) || s.Is(eq.Verb + 1, "all") ? eq.Verb + 2 : eq.Verb + 1;
            return eq.IsOther(s, included) && !ListsKinds(s, included) && SubjectIsWholeClass(s, eq.Index) ? included : Veto;
        }
    }

    /// <summary>"Foundation models are also called LLMs", "LLMs are also known as foundation models", "… referred to as …".</summary>
    internal sealed class CalledAlias : EquationShape
    {
        public static readonly CalledAlias Instance = new CalledAlias();

        private CalledAlias() : base(nameof(CalledAlias)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int named = s.PhraseEnd(eq.Object, Lexicon.CalledPhrases);
            if (!eq.IsCopula || named == eq.Object)
            {
                return NoMatch;
            }

            if (s.Is(named, Lexicon.Determiners))
            {
                named++;
            }

            return eq.IsOther(s, named) ? named : NoMatch;
        }
    }

    /// <summary>The reversed relation from the LLM side: "LLMs are a superset of foundation models".</summary>
    internal sealed class Superset : EquationShape
    {
        public static readonly Superset Instance = new Superset();

        private Superset() : base(nameof(Superset)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int o = eq.Object;
            if (eq.IsFoundation || !eq.IsCopula || !(s.Is(o, "a") || s.Is(o, "the")) || !s.Is(o + 1, Lexicon.SupersetNouns) || !s.Is(o + 2, "of"))
            {
                return NoMatch;
            }

            int wider = s.Is(o + 3, Lexicon.Determiners) || s.Is(o + 3, "all") ? o + 4 : o + 3;
            return eq.IsOther(s, wider) ? wider : NoMatch;
        }
    }

    /// <summary>"A foundation model is another name for an LLM", "LLM is the same as foundation model", "… means LLM", "… refers to LLMs".</summary>
    internal sealed class SamenessPredicate : EquationShape
    {
        public static readonly SamenessPredicate Instance = new SamenessPredicate();

        private SamenessPredicate() : base(nameof(SamenessPredicate)) { }

        public override int Match(Sentence s, in EquationAt eq)
        {
            int o = eq.Object;
            int sameEnd = s.PhraseEnd(o, Lexicon.SamenessPhrases);
            bool points = s.Is(eq.Verb, Lexicon.PointingVerbs) && s.Is(o, Lexicon.PointingLinks);
            if (sameEnd == o && !s.Is(eq.Verb, Lexicon.MeaningVerbs) && !points)
            {
                return NoMatch;
            }

            int target = sameEnd > o ? sameEnd : s.Is(o, Lexicon.PointingLinks) ? o + 1 : o;
            if (s.Is(target, Lexicon.Determiners))
            {
                target++;
            }

            return eq.IsOther(s, target) && !s.IsNegation(target - 1) ? target : NoMatch;
        }
    }

    /// <summary>
    /// The reversed relation about the whole class: "A foundation model is (simply) an LLM", "All foundation models
    /// are LLMs", "Foundation models are a type of LLM". Silent on partial quantifiers ("some foundation models are
    /// LLMs"), one model ("the foundation model is an LLM") and lists of kinds ("… are LLMs, image models and…").
    /// </summary>
    internal sealed class ReversedWholeClass : EquationShape
    {
        public static readonly ReversedWholeClass Instance = new ReversedWholeClass();

        private ReversedWholeClass() : base(nameof(ReversedWholeClass)) { }

        public override EquationReading Reading => EquationReading.SwapTerms;

        public override int Match(Sentence s, in EquationAt eq)
        {
            if (!eq.IsFoundation || !eq.IsCopula || !SubjectIsWholeClass(s, eq.Index))
            {
                return NoMatch;
            }

            int target = eq.Object;
            if (s.Is(target, Lexicon.Determiners))
            {
                target++;
            }

            if (s.Is(target, Lexicon.SubtypeNouns) && s.Is(target + 1, "of"))
            {
                target += 2;
            }

            while (s.Is(target, Lexicon.Adverbs))
            {
                target++;
            }

            return eq.IsOther(s, target) && !ListsKinds(s, target) && !Stance.NegatedOrHedged(s, eq.Verb, target) ? target : NoMatch;
        }
    }
}
