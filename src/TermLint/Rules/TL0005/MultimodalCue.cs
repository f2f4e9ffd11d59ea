using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Whether an image or audio word sits in the term's own clause: "send the screenshot to the Gemini LLM", but not
    /// "Whisper transcribes the audio and the GPT-4o LLM summarizes the transcript".
    /// </summary>
    internal static class MultimodalCue
    {
        public static bool InClause(Sentence s, int t)
        {
            int from = t;
            while (from > 0 && !IsClauseBoundary(s, from - 1))
            {
                from--;
            }

            int to = t + 1;
            while (to < s.Count && !IsClauseBoundary(s, to))
            {
                to++;
            }

            // "an LLM that can also see images": the author already says it does more than language; "does not see
            // images": the sentence denies the ability.
            for (int i = from; i < to; i++)
            {
                if (s.Is(i, Lexicon.AlsoWords) || s.IsNegation(i))
                {
                    return false;
                }
            }

            for (int i = from; i < to; i++)
            {
                // "writes the prompt for the image model": the image belongs to another model.
                if (TL0005MultimodalCalledOnlyLlm.IsCue(s, i) && !s.Is(i + 1, Lexicon.ModelNouns) && !s.IsModel(i + 1) && !s.IsLlmTerm(i + 1) && !s.IsFoundationTerm(i + 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A joint that starts a clause with a new subject: "…, and the GPT-4o LLM…", "…that Whisper made…".</summary>
        private static bool IsClauseBoundary(Sentence s, int i)
        {
            bool joint = s.IsPunct(i, ',') || s.IsPunct(i, ':') || s.IsDash(i) || s.Is(i, Lexicon.ClauseJoints);
            if (!joint)
            {
                return false;
            }

            int next = s.Is(i + 1, Lexicon.AndThen) ? i + 2 : i + 1;
            return s.IsModel(next) || (s.Is(next, Lexicon.Determiners) && !s.Is(next, "our") && !s.Is(next, "its"));
        }
    }
}
