using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0001: a non-language foundation model is called an LLM — "the Whisper LLM", "AlphaFold is an LLM",
    /// "CLIP, the LLM from OpenAI,", "Whisper (an LLM)", "the LLM (DALL-E 3)", "an LLM such as Whisper". Silent on
    /// negations, questions, hypotheticals, hedges, contrasts and on models that are language models.
    /// </summary>
    internal sealed class NonLanguageModelCalledLlmRule : IRule
    {
        public string Id => RuleIds.NonLanguageModelCalledLlm;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion)
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                // A possessive term classifies only when it is named for the model: "the Whisper LLM's output".
                if (!s.IsLlmTerm(t) || (s[t].IsPossessive && !(s.IsModel(t - 1) && !s[t - 1].IsPossessive && !s[t].Term!.IsPlural)))
                {
                    continue;
                }

                int model = Classification.ClassifiedModel(s, t);
                if (model < 0)
                {
                    continue;
                }

                var info = s[model].Model!;
                if (info.IsLanguage)
                {
                    continue;
                }

                findings.Add(Replacements.ForTerm(s, t, Id, info.Noun, info.Plural, new[] { s.TermTextOf(model), info.Kind.LabelOrDefault, s[t].Term!.IsPlural ? info.Plural : info.Noun, s.TermTextOf(t) }));
            }
        }
    }
}
