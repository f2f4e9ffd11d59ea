namespace TermLint.Rules
{
    /// <summary>The public contract: an ID never changes meaning. What each ID is lives in <see cref="KnownRules"/>.</summary>
    internal static class RuleIds
    {
        public const string NonLanguageModelCalledLlm = "TL0001";
        public const string GroupWithNonLanguageModelCalledLlms = "TL0002";
        public const string FoundationalModel = "TL0003";
        public const string TermsEquated = "TL0004";
        public const string MultimodalCalledOnlyLlm = "TL0005";
        public const string DomainModelCalledFoundation = "TL0006";
        public const string TermForm = "TL0007";
        public const string EuAiActTerm = "TL0008";
        public const string DocumentedThingCalledLlm = "TL0009";
        public const string MalformedCatalog = "TL9001";
        public const string InternalError = "TL9002";
        public const string InvalidOption = "TL9003";
    }
}
