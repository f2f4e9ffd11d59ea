using System;
using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>The default severity of a rule, without Roslyn's types (the analyzer maps it to DiagnosticSeverity).</summary>
    internal enum RuleSeverity
    {
        Info,
        Warning,
    }

    /// <summary>Everything a user sees of a rule besides its findings: one record per ID.</summary>
    internal sealed class RuleInfo
    {
        public RuleInfo(string id, string title, string messageFormat, string category, RuleSeverity severity, bool hasFix, string description, bool enabledByDefault = true, bool hasReadings = false)
        {
            HasReadings = hasReadings;
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Category = category;
            DefaultSeverity = severity;
            HasFix = hasFix;
            Description = description;
            EnabledByDefault = enabledByDefault;
        }

        public string Id { get; }
        public string Title { get; }

        /// <summary>The message with {0}, {1}… filled from a finding's message arguments.</summary>
        public string MessageFormat { get; }

        public string Category { get; }
        public RuleSeverity DefaultSeverity { get; }
        public bool EnabledByDefault { get; }

        /// <summary>Whether findings carry a replacement that the code fix (and Fix All, and dotnet format) applies.</summary>
        public bool HasFix { get; }

        /// <summary>Whether findings may carry readings: alternative rewrites a lightbulb offers one by one, never Fix All.</summary>
        public bool HasReadings { get; }

        public string Description { get; }
    }

    /// <summary>The fixed list of categories.</summary>
    internal static class RuleCategories
    {
        public const string Terminology = "Terminology";
        public const string Style = "Style";
        public const string Configuration = "Configuration";
    }

    /// <summary>
    /// The one source of rule metadata: the analyzer's descriptors, the code fix's fixable IDs, the docs tests and
    /// the command-line tool are all derived from this table. An ID that is not here is an error, never a fallback.
    /// </summary>
    internal static class KnownRules
    {
        public static readonly RuleInfo NonLanguageModelCalledLlm = new RuleInfo(
            RuleIds.NonLanguageModelCalledLlm,
            "A non-language foundation model is called an LLM",
            "'{0}' is {1}, not an LLM: write '{2}' instead of '{3}'",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: true,
            "An LLM is a language foundation model. Image, audio, video, scientific, robotics, vision and embedding models are foundation models but not LLMs.");

        public static readonly RuleInfo GroupCalledLlms = new RuleInfo(
            RuleIds.GroupWithNonLanguageModelCalledLlms,
            "A group that includes a non-language model is called LLMs",
            "'{0}' names a group that includes {1}: call the group '{2}'",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: true,
            "Not all foundation models are LLMs: a list that mixes LLMs with image, audio or scientific models is a list of foundation models.");

        public static readonly RuleInfo FoundationalModel = new RuleInfo(
            RuleIds.FoundationalModel,
            "'foundational model' is written for 'foundation model'",
            "'{0}' is not the AI term: write '{1}'",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: true,
            "The term coined by Stanford HAI (Bommasani et al., 2021) is 'foundation model'.");

        public static readonly RuleInfo TermsEquated = new RuleInfo(
            RuleIds.TermsEquated,
            "'LLM' and 'foundation model' are equated",
            "'{0}' and '{1}' are equated here, but every LLM is a foundation model and not every foundation model is an LLM",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: false,
            "All LLMs are foundation models. Not all foundation models are LLMs.",
            hasReadings: true);

        public static readonly RuleInfo MultimodalCalledOnlyLlm = new RuleInfo(
            RuleIds.MultimodalCalledOnlyLlm,
            "A multimodal model is called only an LLM where its image or audio abilities are the point",
            "'{0}' is {3} and this sentence is about its image or audio abilities: consider '{2}' instead of '{1}'",
            RuleCategories.Terminology,
            RuleSeverity.Info,
            hasFix: true,
            "Models like GPT-4o and Gemini are both LLMs and multimodal foundation models; where a sentence is about images or audio, 'multimodal model' says what the reader needs.");

        public static readonly RuleInfo DomainModelCalledFoundation = new RuleInfo(
            RuleIds.DomainModelCalledFoundation,
            "A model trained on one narrow domain is called a foundation model",
            "A model trained on one narrow domain is {2}, not a foundation model: write '{1}' instead of '{0}'",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: true,
            "A foundation model is pre-trained on broad data and adaptable to many tasks; a specialized model trained only on X-rays is a domain model.");

        public static readonly RuleInfo TermForm = new RuleInfo(
            RuleIds.TermForm,
            "The LLM or foundation-model term is written in a non-standard form",
            "'{0}' is not the usual form: write '{1}'",
            RuleCategories.Style,
            RuleSeverity.Info,
            hasFix: true,
            "The plural of LLM is 'LLMs' (not 'LLM's' or 'LLMS'); 'LLM model' repeats itself; LLM stands for 'large language model'; the terms are common nouns, lower case mid-sentence.");

        public static readonly RuleInfo EuAiActTerm = new RuleInfo(
            RuleIds.EuAiActTerm,
            "Text that cites the EU AI Act uses 'foundation model' or 'LLM' instead of the Act's term",
            "This text cites the EU AI Act, whose term is '{2}': consider '{1}' instead of '{0}'",
            RuleCategories.Terminology,
            RuleSeverity.Info,
            hasFix: true,
            "The EU AI Act (Regulation (EU) 2024/1689) regulates 'general-purpose AI models', which roughly align with foundation models.",
            enabledByDefault: false);

        public static readonly RuleInfo DocumentedThingCalledLlm = new RuleInfo(
            RuleIds.DocumentedThingCalledLlm,
            "A doc comment calls a client of a non-language model an LLM",
            "'{0}' {1} a client of {2}, not of an LLM: write '{3}' instead of '{4}'",
            RuleCategories.Terminology,
            RuleSeverity.Warning,
            hasFix: true,
            "The code knows what a doc comment documents: a member of an image, audio, video or embedding client (OpenAI's ImageClient, IEmbeddingGenerator<,>, ISpeechToTextClient...) works with a foundation model that is not an LLM.");

        public static readonly RuleInfo MalformedCatalog = new RuleInfo(
            RuleIds.MalformedCatalog,
            "A TermLint catalog file is malformed",
            "{0}",
            RuleCategories.Configuration,
            RuleSeverity.Warning,
            hasFix: false,
            "A catalog file added as an AdditionalFile has a line TermLint cannot use; the rest of the file and the built-in catalog still apply.");

        public static readonly RuleInfo InternalError = new RuleInfo(
            RuleIds.InternalError,
            "TermLint could not analyze some prose",
            "TermLint could not analyze this prose ({0}); please report it with the text",
            RuleCategories.Configuration,
            RuleSeverity.Warning,
            hasFix: false,
            "An unexpected error in TermLint was contained to one piece of prose; the rest of the file was analyzed.");

        public static readonly RuleInfo InvalidOption = new RuleInfo(
            RuleIds.InvalidOption,
            "A TermLint option in .editorconfig or .globalconfig is unknown or has an invalid value",
            "{0}",
            RuleCategories.Configuration,
            RuleSeverity.Warning,
            hasFix: false,
            "A 'termlint.' key that TermLint does not know, or a value it cannot use, changes nothing: the option keeps its default. Reported once per compilation.");

        /// <summary>Every rule, in ID order.</summary>
        public static IReadOnlyList<RuleInfo> All { get; } = new[]
        {
            NonLanguageModelCalledLlm, GroupCalledLlms, FoundationalModel, TermsEquated, MultimodalCalledOnlyLlm, DomainModelCalledFoundation, TermForm, EuAiActTerm, DocumentedThingCalledLlm,
            MalformedCatalog, InternalError, InvalidOption,
        };

        private static readonly Dictionary<string, RuleInfo> ById = Index();

        /// <summary>The rule with this ID; an unknown ID is a programming error.</summary>
        public static RuleInfo Get(string id) =>
            ById.TryGetValue(id, out var rule) ? rule : throw new ArgumentException("'" + id + "' is not a TermLint rule ID", nameof(id));

        public static bool IsKnown(string id) => ById.ContainsKey(id);

        /// <summary>Whether the ID is a rule about prose (TL0xxx), as opposed to one about TermLint's own configuration (TL9xxx).</summary>
        public static bool IsProseRule(string id) => IsKnown(id) && !id.StartsWith("TL9", StringComparison.Ordinal);

        private static Dictionary<string, RuleInfo> Index()
        {
            var index = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
            foreach (var rule in All)
            {
                index.Add(rule.Id, rule);
            }

            return index;
        }
    }
}
