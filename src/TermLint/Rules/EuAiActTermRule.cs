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

        /// <summary>Words that make the term the object of regulation: "providers of foundation models", "LLMs must…".</summary>
        private static readonly WordSet RegulatoryWords = new WordSet(
            "provider", "providers", "deployer", "deployers", "developer", "developers", "obligations", "obligation", "requirements", "requirement", "rules",
            "regulates", "regulated", "regulate", "regulating", "regulation", "governs", "governed", "covers", "covered", "classifies", "classified", "classify",
            "systemic", "must", "shall", "defines", "defined", "treats", "treated", "under", "comply", "complies", "subject", "placing", "placed");

        public string Id => RuleIds.EuAiActTerm;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (!s.HasWordFrom(s.Catalog.EuAiAct))
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                if ((!s.IsFoundationTerm(t) && !(s.IsLlmTerm(t) && s[t].Term!.Role != Catalog.TermRole.LanguageModel)) || s[t].IsPossessive)
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

                findings.Add(Replacements.ForTerm(s, t, Id, Noun, Plural, new[] { s.TermTextOf(t), s[t].Term!.IsPlural ? Plural : Noun }));
            }
        }

        /// <summary>Whether the sentence speaks of regulating the models, not of an LLM that summarizes the Act.</summary>
        private static bool NearRegulatoryWord(Sentence s, int t)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (i != t && s.Is(i, RegulatoryWords))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
