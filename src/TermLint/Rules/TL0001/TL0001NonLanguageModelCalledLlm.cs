using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0001: a non-language foundation model is called an LLM — "the Whisper LLM", "AlphaFold is an LLM", "CLIP,
    /// the LLM from OpenAI,", "Whisper (an LLM)", "the LLM (DALL-E 3)", "an LLM such as Whisper". The relation is one
    /// of the <see cref="Classification"/> shapes; the fix writes the model's kind noun from the catalog. Silent on
    /// negations, questions, hypotheticals, hedges, contrasts and on models that are language models.
    /// </summary>
    internal sealed class TL0001NonLanguageModelCalledLlm : IRule
    {
        public string Id => RuleIds.NonLanguageModelCalledLlm;

        public IReadOnlyList<string> Shapes => Classification.ShapeNames;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || s.LlmTermCount == 0 || s.NonLanguageModelCount == 0)
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

                int model = Classification.ClassifiedModel(s, t, out var shape);
                if (model < 0 || s[model].Model!.IsLanguage)
                {
                    continue;
                }

                var info = s[model].Model!;
                string noun = s[t].Term!.IsPlural ? info.Plural : info.Noun;
                var finding = Replacements.ForTerm(s, t, Id, info.Noun, info.Plural, new[] { s.TermTextOf(model), info.Kind.LabelOrDefault, noun, s.TermTextOf(t) });
                finding.Shape = shape!.Name;
                findings.Add(finding);
            }
        }
    }
}
