using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The term is the subject and the model its complement: "Our LLM is Stable Diffusion.", "The LLM we use is
    /// Whisper.", "The LLM in this app is AlphaFold 3." Not "What feeds the LLM is Whisper" (the term is no subject),
    /// "Our LLM is not Whisper", "Our LLM is Whisper's successor", "Our LLM is Whisper and DALL-E" (a list), nor a
    /// hypothetical or reported claim.
    /// </summary>
    internal sealed class TermIsModel : ClassShape
    {
        public static readonly TermIsModel Instance = new TermIsModel();

        private TermIsModel() : base(nameof(TermIsModel)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            if (term.IsPlural || !term.HasDeterminer || s.Is(term.Determiner, Lexicon.IndefiniteArticles))
            {
                return NoMatch;
            }

            int copula = TermSubjects.CopulaAfter(s, term.Index, term.Start, plural: false);
            int model = copula < 0 ? -1 : TermSubjects.ComplementAfter(s, copula);
            if (s.Is(model, "the") && s.IsModel(model + 1))
            {
                model++;
            }

            int after = s.Is(model + 1, Lexicon.ModelHeadNouns) ? model + 2 : model + 1;
            if (!s.IsModel(model) || s[model].IsPossessive || !EndsComplement(s, after))
            {
                return NoMatch;
            }

            bool made = !Stance.SubjectIsHypotheticalOrListed(s, term.Start) && !Stance.Reported(s, term.Start) && !Stance.DeniedLater(s, model);
            return made ? model : NoMatch;
        }

        /// <summary>The model is the whole complement: the sentence or clause ends, or a modifier of the clause follows.</summary>
        private static bool EndsComplement(Sentence s, int i)
        {
            if (!s.InRange(i))
            {
                return true;
            }

            if (s.IsPunct(i))
            {
                return !s.IsPunct(i, '-') && !s.IsPunct(i, '/') && !s.IsPunct(i, '+') && !s.IsPunct(i, '&') && !(s.IsPunct(i, ',') && s.IsModel(i + 1));
            }

            return !s.Is(i, Lexicon.ListJoiners) && (s.Is(i, Lexicon.Prepositions) || s.Is(i, Lexicon.RelativePronouns) || s.Is(i, Lexicon.ClauseAdverbs) || s.Is(i, Lexicon.ClauseJoints));
        }
    }
}
