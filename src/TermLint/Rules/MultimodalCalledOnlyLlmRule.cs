using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0005 (suggestion): a multimodal model (GPT-4o, Gemini…) is called only an LLM in a sentence that is about
    /// its image or audio abilities — "the GPT-4o LLM transcribes the call", "send the screenshot to the Gemini
    /// LLM". Calling a multimodal model an LLM elsewhere is correct (the seed: it is both) and stays silent.
    /// </summary>
    internal sealed class MultimodalCalledOnlyLlmRule : IRule
    {
        internal const string Noun = "multimodal model";
        internal const string Plural = "multimodal models";

        public string Id => RuleIds.MultimodalCalledOnlyLlm;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || !s.HasWordFrom(s.Catalog.MultimodalContext) || MentionsMultimodal(s))
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                if (!s.IsLlmTerm(t) || s[t].IsPossessive || SaysMultimodal(s, t) || (s.Is(t + 1, "with") && IsCue(s, t + 2)))
                {
                    continue;
                }

                int model = Classification.ClassifiedModel(s, t);
                if (model < 0 || !s[model].Model!.IsMultimodal || !CueInClause(s, t))
                {
                    continue;
                }

                findings.Add(Replacements.ForTerm(s, t, Id, Noun, Plural, new[] { s.TermTextOf(model), s.TermTextOf(t), s[t].Term!.IsPlural ? Plural : Noun }));
            }
        }

        /// <summary>"GPT-4o is both an LLM and a multimodal model": the sentence already says it.</summary>
        private static bool MentionsMultimodal(Sentence s)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.Is(i, "multimodal") || s.Is(i, "multi-modal"))
                {
                    return true;
                }

                // "an LLM as well as a vision model": the other class is named.
                if ((s.Is(i, "vision") || s.Is(i, "image") || s.Is(i, "audio") || s.Is(i, "speech") || s.Is(i, "video")) && (s.Is(i + 1, "model") || s.Is(i + 1, "models")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an image or audio word sits in the term's own clause: "send the screenshot to the Gemini LLM", but
        /// not "Whisper transcribes the audio and the GPT-4o LLM summarizes the transcript".
        /// </summary>
        private static bool CueInClause(Sentence s, int t)
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
                if (s.Is(i, "also") || s.Is(i, "too") || s.Is(i, "both") || s.IsNegation(i))
                {
                    return false;
                }
            }

            for (int i = from; i < to; i++)
            {
                // "writes the prompt for the image model": the image belongs to another model.
                if (IsCue(s, i) && !s.Is(i + 1, "model") && !s.Is(i + 1, "models") && !s.IsModel(i + 1) && !s.IsLlmTerm(i + 1) && !s.IsFoundationTerm(i + 1))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCue(Sentence s, int i) =>
            s.IsWord(i) && s.Catalog.MultimodalContext.Match(s.Text, s.Tokens, s[i].FirstToken, s.Tokens.Count, out _) != null;

        /// <summary>A joint that starts a clause with a new subject: "…, and the GPT-4o LLM…", "…that Whisper made…".</summary>
        private static bool IsClauseBoundary(Sentence s, int i)
        {
            bool joint = s.IsPunct(i, ',') || s.IsPunct(i, ':') || s.IsDash(i) || s.Is(i, "and") || s.Is(i, "but") || s.Is(i, "while") || s.Is(i, "whereas")
                || s.Is(i, "then") || s.Is(i, "that") || s.Is(i, "which") || s.Is(i, "after") || s.Is(i, "before") || s.Is(i, "once");
            if (!joint)
            {
                return false;
            }

            int next = s.Is(i + 1, "and") || s.Is(i + 1, "then") ? i + 2 : i + 1;
            return s.IsModel(next) || (s.Is(next, Lexicon.Determiners) && !s.Is(next, "our") && !s.Is(next, "its"));
        }

        /// <summary>"a multimodal LLM", "a vision LLM": the sentence already names the other modalities.</summary>
        private static bool SaysMultimodal(Sentence s, int t)
        {
            for (int i = t - 1; i >= 0 && t - i <= 3 && s.IsWord(i); i--)
            {
                if (s.Is(i, "multimodal") || s.Is(i, "multi-modal") || s.Is(i, "vision") || s.Is(i, "vision-language") || s.Is(i, "omni"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
