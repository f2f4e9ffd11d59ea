using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// A comparison with the rest of the class makes the model one of it: "Whisper, like other LLMs, can
    /// hallucinate.", "Like other LLMs, Stable Diffusion needs a GPU." ("other" says the model is one; "Whisper, like
    /// LLMs, …" without it compares two things and is silent). Not when the claim is hypothetical or reported.
    /// </summary>
    internal sealed class LikeOtherTerms : ClassShape
    {
        public static readonly LikeOtherTerms Instance = new LikeOtherTerms();

        private LikeOtherTerms() : base(nameof(LikeOtherTerms)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            if (!term.IsPlural || !s.Is(t - 1, "other") || !s.Is(t - 2, "like") || !s.IsPunct(t + 1, ','))
            {
                return NoMatch;
            }

            // "Whisper, like other LLMs, …": the model is the subject the comparison interrupts.
            int model = s.IsPunct(t - 3, ',') ? t - 4 : -1;

            // "Like other LLMs, Whisper …": the model opens the clause after the comparison, alone ("Like other LLMs,
            // Whisper and DALL-E …" is a list, the group rule's business).
            if (model < 0 && s.StartsSentence(t - 2))
            {
                model = s.Is(t + 2, "the") ? t + 3 : t + 2;
                if (s.Is(model + 1, Lexicon.ListJoiners) || s.IsPunct(model + 1, ','))
                {
                    return NoMatch;
                }
            }

            if (!s.IsModel(model) || s[model].IsPossessive)
            {
                return NoMatch;
            }

            bool made = !Stance.SubjectIsHypotheticalOrListed(s, model) && !Stance.Reported(s, model);
            return made ? model : NoMatch;
        }
    }
}
