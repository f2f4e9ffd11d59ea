using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The model name right before the term names what the term is: "the Whisper LLM", "Our captioning pipeline calls
    /// the Whisper large language model", and with a determiner the plural of its sizes or versions ("the Stable
    /// Diffusion LLMs we host"). Not a compound about two things ("the Whisper LLM pipeline"), a bare plural ("Whisper
    /// LLMs" may pair the model with LLMs), or the last item of a list ("GPT-5 and Whisper LLMs").
    /// </summary>
    internal sealed class ModelBeforeTerm : ClassShape
    {
        public static readonly ModelBeforeTerm Instance = new ModelBeforeTerm();

        private ModelBeforeTerm() : base(nameof(ModelBeforeTerm)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            int m = t - 1;
            bool pluralNamed = term.IsPlural && s.Is(m - 1, Lexicon.Determiners) && !s.Is(m - 1, Lexicon.IndefiniteArticles);
            if ((term.IsPlural && !pluralNamed) || !s.IsModel(m) || s[m].IsPossessive || Compounds.IsHeadAfter(s, t))
            {
                return NoMatch;
            }

            return s.Is(m - 1, Lexicon.ListJoiners) || s.IsPunct(m - 1, '+') || s.IsPunct(m - 1, '/') ? NoMatch : m;
        }
    }

    /// <summary>A version the catalog does not list still belongs to the model: "the Whisper v3 LLM".</summary>
    internal sealed class VersionedModelBeforeTerm : ClassShape
    {
        public static readonly VersionedModelBeforeTerm Instance = new VersionedModelBeforeTerm();

        private VersionedModelBeforeTerm() : base(nameof(VersionedModelBeforeTerm)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            bool versioned = !term.IsPlural && Subjects.IsVersionWord(s, t - 1) && s.IsModel(t - 2) && !s[t - 2].IsPossessive;
            return versioned && !Compounds.IsHeadAfter(s, t) && !s.Is(t - 3, Lexicon.ListJoiners) ? t - 2 : NoMatch;
        }
    }

    /// <summary>The term, then the model as its name: "The image LLM Stable Diffusion is slow on CPU."</summary>
    internal sealed class TermBeforeModel : ClassShape
    {
        public static readonly TermBeforeModel Instance = new TermBeforeModel();

        private TermBeforeModel() : base(nameof(TermBeforeModel)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            if (term.IsPlural || !s.IsModel(t + 1) || s[t + 1].IsPossessive || term.Start >= t || Stance.IsContrasted(s, term.Start))
            {
                return NoMatch;
            }

            bool endsThere = !s.InRange(t + 2) || s.IsPunct(t + 2) || s.Is(t + 2, Lexicon.Auxiliaries);
            return endsThere && !s.IsPunct(t + 2, '(') ? t + 1 : NoMatch;
        }
    }
}
