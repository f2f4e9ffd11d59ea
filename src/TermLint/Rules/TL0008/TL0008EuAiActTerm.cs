using System.Collections.Generic;
using TermLint.Catalog;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0008 (off by default): prose that cites the EU AI Act calls the models "foundation models" or "LLMs",
    /// where the Act's own term is "general-purpose AI model" (Regulation (EU) 2024/1689, Article 3(63)). The Act's
    /// names, the regulatory words and the Act's term are catalog data.
    /// </summary>
    internal sealed class TL0008EuAiActTerm : IRule
    {
        public const string RegulatedTermShape = "RegulatedTerm";

        public string Id => RuleIds.EuAiActTerm;

        public IReadOnlyList<string> Shapes { get; } = new[] { RegulatedTermShape };

        public void Check(Sentence s, List<Finding> findings)
        {
            if ((s.LlmTermCount == 0 && s.FoundationTermCount == 0) || !s.HasWordFrom(s.Catalog.EuAiAct))
            {
                return;
            }

            var kind = s.Catalog.Kind(KindNames.GeneralPurposeAi);
            string noun = kind?.NounOrDefault ?? "general-purpose AI model";
            string plural = kind?.PluralOrDefault ?? "general-purpose AI models";
            for (int t = 0; t < s.Count; t++)
            {
                if ((!s.IsFoundationTerm(t) && !(s.IsLlmTerm(t) && s[t].Term!.Role != TermRole.LanguageModel)) || s[t].IsPossessive)
                {
                    continue;
                }

                // "large language models and foundation models alike": one replacement for the pair, not two.
                if ((s.Is(t - 1, "and") || s.Is(t - 1, "or")) && (s.IsLlmTerm(t - 2) || s.IsFoundationTerm(t - 2)))
                {
                    continue;
                }

                if (!NearRegulatoryWord(s, t))
                {
                    continue;
                }

                var finding = Replacements.ForTerm(s, t, Id, noun, plural, new[] { s.TermTextOf(t), s[t].Term!.IsPlural ? plural : noun, noun });
                finding.Shape = RegulatedTermShape;
                findings.Add(finding);
            }
        }

        /// <summary>Whether the sentence speaks of regulating the models, not of an LLM that summarizes the Act.</summary>
        private static bool NearRegulatoryWord(Sentence s, int t)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (i != t && s.IsListed(i, s.Catalog.Regulatory))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
