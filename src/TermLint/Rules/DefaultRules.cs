using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>The rules the engine runs, in the order their findings are reported for one sentence.</summary>
    internal static class DefaultRules
    {
        public static readonly IRule[] All =
        {
            new TL0001NonLanguageModelCalledLlm(),
            new TL0002GroupCalledLlms(),
            new MisnomerRule(RuleIds.FoundationalModel),
            new TL0004TermsEquated(),
            new TL0005MultimodalCalledOnlyLlm(),
            new TL0006DomainModelCalledFoundation(),
            new MisnomerRule(RuleIds.TermForm),
            new TL0007TermForm(),
            new TL0008EuAiActTerm(),
            new TL0009DocumentedThingCalledLlm(),
        };

        /// <summary>Every shape name the rules with this ID report, in order (TL0007 has two rules: fixed forms and forms in context).</summary>
        public static IReadOnlyList<string> ShapesOf(string ruleId)
        {
            var names = new List<string>();
            foreach (var rule in All)
            {
                if (rule.Id == ruleId)
                {
                    names.AddRange(rule.Shapes);
                }
            }

            return names;
        }
    }
}
