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

        public IReadOnlyList<string> Shapes { get; } = WithUnnamed(Classification.ShapeNames);

        private static string[] WithUnnamed(string[] named)
        {
            var all = new List<string>(named) { UnnamedClass.TaskModifierName, UnnamedClass.ClassNounGlossName, UnnamedClass.ClassNounCopulaName };
            return all.ToArray();
        }

        /// <summary>No model is named: the sentence may still call a non-language class an LLM, by its task or its noun.</summary>
        private void ReportUnnamedClass(Sentence s, int t, List<Finding> findings)
        {
            if (s[t].IsPossessive || (t > 0 && s[t - 1].Kind == ElementKind.Term))
            {
                return;
            }

            var task = UnnamedClass.TaskModifier(s, t, out int start);
            if (task != null)
            {
                // "a text-to-image LLM" → "a text-to-image model": the task already says which kind.
                // The message names the class in the singular: "'text-to-image model' is an image foundation model".
                string named = s.Text.Substring(s[start].Start, s[t - 1].End - s[start].Start) + " model";
                var finding = Replacements.ForTerm(s, t, Id, "model", "models", new[] { named, task.LabelOrDefault, s[t].Term!.IsPlural ? "models" : "model", s.TermTextOf(t) });
                finding.Shape = UnnamedClass.TaskModifierName;
                findings.Add(finding);
                return;
            }

            string? shape = null;
            var kind = UnnamedClass.ClassNounGloss(s, t);
            if (kind != null)
            {
                shape = UnnamedClass.ClassNounGlossName;
            }
            else if ((kind = UnnamedClass.ClassNounCopula(s, t)) != null)
            {
                shape = UnnamedClass.ClassNounCopulaName;
            }

            if (kind != null)
            {
                // The sentence already names the class; writing its noun for the term would say it twice, so no fix.
                var e = s[t];
                findings.Add(new Finding(Id, e.Start, e.IsPossessive ? e.End - 2 : e.End, new[] { kind.NounOrDefault, kind.LabelOrDefault, kind.NounOrDefault, s.TermTextOf(t) }) { Shape = shape });
            }
        }

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || s.LlmTermCount == 0)
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

                ClassShape? shape = null;
                int model = s.NonLanguageModelCount == 0 ? -1 : Classification.ClassifiedModel(s, t, out shape);
                if (model < 0)
                {
                    ReportUnnamedClass(s, t, findings);
                    continue;
                }

                if (s[model].Model!.IsLanguage)
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
