using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TermLint.Rules;

namespace TermLint.Analyzers
{
    /// <summary>Roslyn's view of <see cref="KnownRules"/>: one descriptor per rule, its help link derived from its ID.</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; one place, so a fork changes one line.</summary>
        public const string HelpBase = "https://github.com/termlint/termlint/blob/main/docs/rules/";

        public static string HelpLink(string id) => HelpBase + id + ".md";

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = InIdOrder();

        public static DiagnosticDescriptor MalformedCatalog { get; } = ForRule(RuleIds.MalformedCatalog);

        public static DiagnosticDescriptor InternalError { get; } = ForRule(RuleIds.InternalError);

        public static DiagnosticDescriptor InvalidOption { get; } = ForRule(RuleIds.InvalidOption);

        /// <summary>The descriptor of a rule; an ID that <see cref="KnownRules"/> does not list throws.</summary>
        public static DiagnosticDescriptor ForRule(string id) =>
            ById.TryGetValue(id, out var descriptor) ? descriptor : throw new System.ArgumentException("'" + id + "' is not a TermLint rule ID", nameof(id));

        private static ImmutableArray<DiagnosticDescriptor> InIdOrder()
        {
            var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(KnownRules.All.Count);
            foreach (var rule in KnownRules.All)
            {
                builder.Add(ById[rule.Id]);
            }

            return builder.ToImmutable();
        }

        private static Dictionary<string, DiagnosticDescriptor> Build()
        {
            var byId = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var rule in KnownRules.All)
            {
                var descriptor = new DiagnosticDescriptor(
                    rule.Id,
                    rule.Title,
                    rule.MessageFormat,
                    rule.Category,
                    rule.DefaultSeverity == RuleSeverity.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    isEnabledByDefault: rule.EnabledByDefault,
                    description: rule.Description,
                    helpLinkUri: HelpLink(rule.Id));
                byId.Add(rule.Id, descriptor);
            }

            return byId;
        }
    }

    /// <summary>Keys of <see cref="Diagnostic.Properties"/> shared with the code fix.</summary>
    public static class DiagnosticProperties
    {
        /// <summary>The text that replaces the diagnostic's span; absent when no fix is safe.</summary>
        public const string Replacement = "TermLint.Replacement";

        /// <summary>The article that replaces the first additional location ("a" for "an").</summary>
        public const string ArticleReplacement = "TermLint.ArticleReplacement";

        /// <summary>How many readings the diagnostic carries (TL0004): "TermLint.Reading0.Title", "TermLint.Reading0.Edits"…</summary>
        public const string Readings = "TermLint.Readings";

        /// <summary>The lightbulb title of reading <paramref name="k"/>.</summary>
        public static string ReadingTitle(int k) => "TermLint.Reading" + k + ".Title";

        /// <summary>How many edits reading <paramref name="k"/> makes.</summary>
        public static string ReadingEdits(int k) => "TermLint.Reading" + k + ".Edits";

        /// <summary>The text of edit <paramref name="j"/> of reading <paramref name="k"/>.</summary>
        public static string ReadingText(int k, int j) => "TermLint.Reading" + k + "." + j;

        /// <summary>The index in the additional locations of the span edit <paramref name="j"/> of reading <paramref name="k"/> replaces.</summary>
        public static string ReadingLocation(int k, int j) => "TermLint.Reading" + k + "." + j + ".At";
    }
}
