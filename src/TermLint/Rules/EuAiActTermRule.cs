using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0008 (off by default): prose that cites the EU AI Act calls the models "foundation models" or "LLMs",
    /// where the Act's own term is "general-purpose AI model" (Regulation (EU) 2024/1689, Article 3(63)). The seed:
    /// "EU AI Act defines 'general-purpose AI models' roughly aligning with foundation models".
    /// </summary>
    internal sealed class EuAiActTermRule : IRule
    {
        internal const string Noun = "general-purpose AI model";
        internal const string Plural = "general-purpose AI models";

        public string Id => RuleIds.EuAiActTerm;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (!s.SegmentHasWordFrom(s.Catalog.EuAiAct))
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                if ((!s.IsFoundationTerm(t) && !(s.IsLlmTerm(t) && s[t].Term!.Role == Catalog.TermRole.Llm)) || s[t].IsPossessive)
                {
                    continue;
                }

                findings.Add(Replacements.ForTerm(s, t, Id, Noun, Plural, new[] { s.TermTextOf(t), s[t].Term!.IsPlural ? Plural : Noun }));
            }
        }
    }
}
