using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TermLint.Rules;

namespace TermLint.Analyzers
{
    /// <summary>Every diagnostic TermLint reports; the help link of each is derived from its ID.</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; one place, so a fork changes one line.</summary>
        public const string HelpBase = "https://github.com/termlint/termlint/blob/main/docs/rules/";

        public static string HelpLink(string id) => HelpBase + id + ".md";

        public static readonly DiagnosticDescriptor NonLanguageModelCalledLlm = Create(
            RuleIds.NonLanguageModelCalledLlm,
            "A non-language foundation model is called an LLM",
            "'{0}' is {1}, not an LLM: write '{2}' instead of '{3}'",
            Categories.Terminology,
            DiagnosticSeverity.Warning,
            "An LLM is a language foundation model. Image, audio, video, scientific, robotics, vision and embedding models are foundation models but not LLMs.");

        public static readonly DiagnosticDescriptor GroupCalledLlms = Create(
            RuleIds.GroupWithNonLanguageModelCalledLlms,
            "A group that includes a non-language model is called LLMs",
            "'{0}' names a group that includes {1}: call the group '{2}'",
            Categories.Terminology,
            DiagnosticSeverity.Warning,
            "Not all foundation models are LLMs: a list that mixes LLMs with image, audio or scientific models is a list of foundation models.");

        public static readonly DiagnosticDescriptor FoundationalModel = Create(
            RuleIds.FoundationalModel,
            "'foundational model' is written for 'foundation model'",
            "'{0}' is not the AI term: write '{1}'",
            Categories.Terminology,
            DiagnosticSeverity.Warning,
            "The term coined by Stanford HAI (Bommasani et al., 2021) is 'foundation model'.");

        public static readonly DiagnosticDescriptor TermsEquated = Create(
            RuleIds.TermsEquated,
            "'LLM' and 'foundation model' are equated",
            "'{0}' and '{1}' are equated here, but every LLM is a foundation model and not every foundation model is an LLM",
            Categories.Terminology,
            DiagnosticSeverity.Warning,
            "All LLMs are foundation models. Not all foundation models are LLMs.");

        public static readonly DiagnosticDescriptor MultimodalCalledOnlyLlm = Create(
            RuleIds.MultimodalCalledOnlyLlm,
            "A multimodal model is called only an LLM where its image or audio abilities are the point",
            "'{0}' is a multimodal model and this sentence is about its image or audio abilities: consider '{2}' instead of '{1}'",
            Categories.Terminology,
            DiagnosticSeverity.Info,
            "Models like GPT-4o and Gemini are both LLMs and multimodal foundation models; where a sentence is about images or audio, 'multimodal model' says what the reader needs.");

        public static readonly DiagnosticDescriptor DomainModelCalledFoundation = Create(
            RuleIds.DomainModelCalledFoundation,
            "A model trained on one narrow domain is called a foundation model",
            "A model trained on one narrow domain is a domain model, not a foundation model: write '{1}' instead of '{0}'",
            Categories.Terminology,
            DiagnosticSeverity.Warning,
            "A foundation model is pre-trained on broad data and adaptable to many tasks; a specialized model trained only on X-rays is a domain model.");

        public static readonly DiagnosticDescriptor TermForm = Create(
            RuleIds.TermForm,
            "The LLM or foundation-model term is written in a non-standard form",
            "'{0}' is not the usual form: write '{1}'",
            Categories.Style,
            DiagnosticSeverity.Info,
            "The plural of LLM is 'LLMs' (not 'LLM's' or 'LLMS'); 'LLM model' repeats itself; LLM stands for 'large language model'; the terms are common nouns, lower case mid-sentence.");

        public static readonly DiagnosticDescriptor EuAiActTerm = Create(
            RuleIds.EuAiActTerm,
            "Text that cites the EU AI Act uses 'foundation model' or 'LLM' instead of the Act's term",
            "This text cites the EU AI Act, whose term is 'general-purpose AI model': consider '{1}' instead of '{0}'",
            Categories.Terminology,
            DiagnosticSeverity.Info,
            "The EU AI Act (Regulation (EU) 2024/1689) regulates 'general-purpose AI models', which roughly align with foundation models.",
            enabledByDefault: false);

        public static readonly DiagnosticDescriptor MalformedCatalog = Create(
            RuleIds.MalformedCatalog,
            "A TermLint catalog file is malformed",
            "{0}",
            Categories.Configuration,
            DiagnosticSeverity.Warning,
            "A catalog file added as an AdditionalFile has a line TermLint cannot use; the rest of the file and the built-in catalog still apply.");

        public static readonly DiagnosticDescriptor InternalError = Create(
            "TL9002",
            "TermLint could not analyze some prose",
            "TermLint could not analyze this prose ({0}); please report it with the text",
            Categories.Configuration,
            DiagnosticSeverity.Warning,
            "An unexpected error in TermLint was contained to one piece of prose; the rest of the file was analyzed.");

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            NonLanguageModelCalledLlm, GroupCalledLlms, FoundationalModel, TermsEquated, MultimodalCalledOnlyLlm, DomainModelCalledFoundation, TermForm, EuAiActTerm, MalformedCatalog, InternalError);

        public static DiagnosticDescriptor ForRule(string id) => id switch
        {
            RuleIds.NonLanguageModelCalledLlm => NonLanguageModelCalledLlm,
            RuleIds.GroupWithNonLanguageModelCalledLlms => GroupCalledLlms,
            RuleIds.FoundationalModel => FoundationalModel,
            RuleIds.TermsEquated => TermsEquated,
            RuleIds.MultimodalCalledOnlyLlm => MultimodalCalledOnlyLlm,
            RuleIds.DomainModelCalledFoundation => DomainModelCalledFoundation,
            RuleIds.TermForm => TermForm,
            RuleIds.EuAiActTerm => EuAiActTerm,
            _ => InternalError,
        };

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, bool enabledByDefault = true) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: enabledByDefault, description: description, helpLinkUri: HelpLink(id));
    }

    /// <summary>The fixed list of categories.</summary>
    internal static class Categories
    {
        public const string Terminology = "Terminology";
        public const string Style = "Style";
        public const string Configuration = "Configuration";
    }

    /// <summary>Keys of <see cref="Diagnostic.Properties"/> shared with the code fix.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>The text that replaces the diagnostic's span; absent when no fix is safe.</summary>
        public const string Replacement = "TermLint.Replacement";

        /// <summary>The article that replaces the first additional location ("a" for "an").</summary>
        public const string ArticleReplacement = "TermLint.ArticleReplacement";
    }
}
