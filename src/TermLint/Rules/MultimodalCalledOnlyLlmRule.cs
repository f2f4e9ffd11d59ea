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
            if (s.IsQuestion || !s.HasWordFrom(s.Catalog.MultimodalContext))
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                if (!s.IsLlmTerm(t) || s[t].IsPossessive || SaysMultimodal(s, t))
                {
                    continue;
                }

                int model = Classification.ClassifiedModel(s, t);
                if (model < 0 || !s[model].Model!.IsMultimodal)
                {
                    continue;
                }

                findings.Add(Replacements.ForTerm(s, t, Id, Noun, Plural, new[] { s.TermTextOf(model), s.TermTextOf(t), s[t].Term!.IsPlural ? Plural : Noun }));
            }
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
