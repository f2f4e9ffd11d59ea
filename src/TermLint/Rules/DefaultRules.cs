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
        };
    }
}
