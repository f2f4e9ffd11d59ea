using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TermLint.Options
{
    /// <summary>
    /// Reads <see cref="TermLintOptions"/> from the options the compiler gives a file. Roslyn hands every file with
    /// the same effective options the same <see cref="AnalyzerConfigOptions"/> instance, so the result is cached per
    /// instance and the keys are parsed once. A value that cannot be read keeps the default (and is reported once as TL9003 by
    /// <see cref="Analyzers.ConfigurationCheck"/>): options never fail a build.
    /// </summary>
    internal static class TermLintOptionsReader
    {
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, TermLintOptions> Cache = new ConditionalWeakTable<AnalyzerConfigOptions, TermLintOptions>();
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, TermLintOptions>.CreateValueCallback ReadCallback = Read;

        public static TermLintOptions Get(AnalyzerConfigOptions? options) =>
            options == null ? TermLintOptions.Default : Cache.GetValue(options, ReadCallback);

        internal static TermLintOptions Read(AnalyzerConfigOptions options)
        {
            var d = TermLintOptions.Default;
            return new TermLintOptions(
                Bool(options, TermLintOptions.ScanCommentsKey, d.ScanComments),
                Bool(options, TermLintOptions.ScanDocCommentsKey, d.ScanDocComments),
                Bool(options, TermLintOptions.ScanStringsKey, d.ScanStrings),
                Int(options, TermLintOptions.MinStringLengthKey, d.MinStringLength),
                Bool(options, TermLintOptions.ScanMarkdownKey, d.ScanMarkdown),
                Phrases(options, TermLintOptions.AcceptKey),
                Bool(options, TermLintOptions.InlineDirectivesKey, d.InlineDirectives),
                Bool(options, TermLintOptions.ScanMarkdownCodeKey, d.ScanMarkdownCode),
                Bool(options, TermLintOptions.ScanFrontMatterKey, d.ScanFrontMatter),
                Bool(options, TermLintOptions.ScanRazorKey, d.ScanRazor),
                Bool(options, TermLintOptions.ScanResxKey, d.ScanResx));
        }

        private static bool Bool(AnalyzerConfigOptions options, string key, bool fallback) =>
            options.TryGetValue(key, out string? value) && value != null && OptionValues.TryParseBoolean(value, out bool b) ? b : fallback;

        private static int Int(AnalyzerConfigOptions options, string key, int fallback) =>
            options.TryGetValue(key, out string? value) && value != null && OptionValues.TryParseNonNegativeInteger(value, out int n) ? n : fallback;

        /// <summary>A `|`-separated list, as in dotnet_code_quality options; blank items are dropped.</summary>
        private static string[] Phrases(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out string? value) ? OptionValues.ParsePhrases(value) : Array.Empty<string>();
    }
}
