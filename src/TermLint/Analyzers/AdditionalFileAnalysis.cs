using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Catalog;
using TermLint.Engine;
using TermLint.Options;
using TermLint.Rules;
using TermLint.Sources;
using TermLint.Suppression;

namespace TermLint.Analyzers
{
    /// <summary>The kinds of AdditionalFile whose prose TermLint reads.</summary>
    internal enum ProseFileKind
    {
        None,
        Markdown,
        Razor,
        Resx,
    }

    /// <summary>
    /// What TermLint does with AdditionalFiles: a user catalog (*.termlint) gets its problems reported as TL9001 at
    /// their line and column; Markdown (*.md, *.markdown, with its C# fences and front matter), Razor (*.razor,
    /// *.cshtml, with the C# of its code blocks) and .resx string resources are linted with the same rules as C#
    /// prose, at their own lines and columns.
    /// </summary>
    internal static class AdditionalFileAnalysis
    {
        private static readonly HashSet<string> KnownRuleIds = ProseRuleIds();

        /// <summary>The catalog for a compilation; a failure while merging falls back to the built-in catalog.</summary>
        public static UserCatalogSet Catalogs(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            try
            {
                return UserCatalogsCache.For(additionalFiles, KnownRuleIds, cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                var errors = new Dictionary<string, List<CatalogError>>(StringComparer.Ordinal);
                foreach (var file in additionalFiles)
                {
                    if (file?.Path != null && UserCatalogMerge.IsCatalogPath(file.Path))
                    {
                        errors[file.Path] = new List<CatalogError>
                        {
                            new CatalogError(new CatalogLocation(file.Path, 1, 1), "TermLint could not use the user catalogs (" + e.GetType().Name + ": " + e.Message + "); only the built-in catalog applies. Please report this with the file"),
                        };
                    }
                }

                return new UserCatalogSet(BuiltInCatalog.Compiled, errors);
            }
        }

        public static bool IsMarkdownPath(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

        /// <summary>Which kind of prose document an AdditionalFile is, by its extension.</summary>
        public static ProseFileKind KindOf(string path)
        {
            if (IsMarkdownPath(path))
            {
                return ProseFileKind.Markdown;
            }

            if (path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
            {
                return ProseFileKind.Razor;
            }

            if (path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
            {
                return IsTranslation(path) ? ProseFileKind.None : ProseFileKind.Resx;
            }

            return ProseFileKind.None;
        }

        public static void Analyze(AdditionalFileAnalysisContext context, UserCatalogSet catalogs)
        {
            string? path = context.AdditionalFile.Path;
            if (path == null)
            {
                return;
            }

            if (UserCatalogMerge.IsCatalogPath(path))
            {
                ReportCatalogErrors(context, path, catalogs.ErrorsIn(path));
                return;
            }

            var kind = KindOf(path);
            if (kind == ProseFileKind.None)
            {
                return;
            }

            var diagnostics = Lint(context.AdditionalFile, kind, context.Options.AnalyzerConfigOptionsProvider, catalogs.Checker, context.CancellationToken);
            if (diagnostics != null)
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>
        /// Lints one Markdown, Razor or .resx file: a text without a trigger word costs one scan (before its options
        /// are read) and allocates nothing; otherwise the file's own reader yields its prose segments and the C# of
        /// its fences or code blocks, each checked as a .cs file's would be. Null when there is nothing to report.
        /// </summary>
        internal static List<Diagnostic>? Lint(AdditionalText file, ProseFileKind kind, AnalyzerConfigOptionsProvider optionsProvider, ProseChecker checker, CancellationToken cancellationToken)
        {
            var sourceText = file.GetText(cancellationToken);
            if (sourceText == null)
            {
                return null;
            }

            string text = sourceText.ToString();
            if (!checker.MayMatch(text, 0, text.Length))
            {
                return null;
            }

            var options = TermLintOptionsReader.Get(optionsProvider.GetOptions(file));
            if (!Scans(options, kind))
            {
                return null;
            }

            var report = new ProseReport(checker, options, null, file.Path, sourceText, cancellationToken);
            List<(int At, int End)>? markers = null;
            try
            {
                switch (kind)
                {
                    case ProseFileKind.Markdown:
                        markers = LintMarkdown(text, checker, options, report, cancellationToken);
                        break;
                    case ProseFileKind.Razor:
                        markers = LintRazor(text, checker, options, report, cancellationToken);
                        break;
                    case ProseFileKind.Resx:
                        LintResx(text, checker, report);
                        break;
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                report.InternalError(0, e);
            }

            var directives = report.NeedsDirectives && markers != null ? ProseReport.Directives(text, sourceText, markers) : DirectiveMap.Empty;
            return report.Finish(directives);
        }

        private static bool Scans(TermLintOptions options, ProseFileKind kind) => kind switch
        {
            ProseFileKind.Markdown => options.ScanMarkdown,
            ProseFileKind.Razor => options.ScanRazor,
            ProseFileKind.Resx => options.ScanResx,
            _ => false,
        };

        private static List<(int At, int End)> LintMarkdown(string text, ProseChecker checker, TermLintOptions options, ProseReport report, CancellationToken cancellationToken)
        {
            var prose = MarkdownProse.Extract(text, options.ScanFrontMatter);
            report.Check(prose.Segment, ProseSourceKind.Markup);
            var markers = prose.DirectiveMarkers;
            if (options.ScanMarkdownCode && !options.ScansNothingInCSharp && prose.CSharpFences.Count > 0)
            {
                var island = new CSharpIsland();
                foreach (var fence in prose.CSharpFences)
                {
                    island.Reset(text);
                    foreach (var (start, end) in fence)
                    {
                        island.Copy(start, end);
                    }

                    WalkIsland(island, checker, options, report, markers, cancellationToken);
                }
            }

            return markers;
        }

        private static List<(int At, int End)> LintRazor(string text, ProseChecker checker, TermLintOptions options, ProseReport report, CancellationToken cancellationToken)
        {
            var prose = RazorProse.Extract(text);
            report.Check(prose.Segment, ProseSourceKind.Markup);
            var markers = prose.DirectiveMarkers;
            if (!options.ScansNothingInCSharp)
            {
                WalkIsland(prose.CSharp, checker, options, report, markers, cancellationToken);
            }

            return markers;
        }

        /// <summary>The C# of a fence or of a Razor file's code blocks: parsed (syntax only) only if it holds a trigger word.</summary>
        private static void WalkIsland(CSharpIsland island, ProseChecker checker, TermLintOptions options, ProseReport report, List<(int At, int End)> markers, CancellationToken cancellationToken)
        {
            var prefilter = checker.Catalog.Prefilter;
            if (!island.MayMatch(prefilter))
            {
                return;
            }

            island.Walk(prefilter, report.Sink, options.ScanComments, options.ScanDocComments, options.ScanStrings, cancellationToken);
            island.AddDirectiveMarkers(markers);
        }

        private static void LintResx(string text, ProseChecker checker, ProseReport report)
        {
            var segments = new List<ProseSegment>();
            ResxProse.Extract(text, checker.Catalog.Prefilter, segments);
            foreach (var segment in segments)
            {
                report.Check(segment, ProseSourceKind.Resource);
            }
        }

        /// <summary>
        /// "Strings.fr.resx", "Strings.pt-BR.resx": a translation, whose language TermLint's English rules do not
        /// read. "Strings.resx" and English cultures ("Strings.en-GB.resx") are linted.
        /// </summary>
        internal static bool IsTranslation(string path)
        {
            int end = path.Length - ".resx".Length;
            int dot = end > 0 ? path.LastIndexOf('.', end - 1) : -1;
            int separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            if (dot <= separator + 1)
            {
                return false;
            }

            int start = dot + 1;
            int language = start;
            while (language < end && IsAsciiLetter(path[language]))
            {
                language++;
            }

            int languageLength = language - start;
            if (languageLength < 2 || languageLength > 3)
            {
                return false;
            }

            // Subtags: "-BR", "-Hans", "-Latn-RS".
            int i = language;
            while (i < end)
            {
                if (path[i] != '-')
                {
                    return false;
                }

                int tag = ++i;
                while (i < end && (IsAsciiLetter(path[i]) || char.IsDigit(path[i])))
                {
                    i++;
                }

                if (i - tag < 2 || i - tag > 8)
                {
                    return false;
                }
            }

            bool english = languageLength == 2 && (path[start] == 'e' || path[start] == 'E') && (path[start + 1] == 'n' || path[start + 1] == 'N');
            return !english;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static void ReportCatalogErrors(AdditionalFileAnalysisContext context, string path, IReadOnlyList<CatalogError> errors)
        {
            if (errors.Count == 0)
            {
                return;
            }

            var text = context.AdditionalFile.GetText(context.CancellationToken);
            foreach (var error in errors)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedCatalog, CatalogLocation(path, text, error.Location), error.Message));
            }
        }

        /// <summary>From the 1-based line and column of an error to the rest of that line, trailing blanks trimmed.</summary>
        internal static Location CatalogLocation(string path, SourceText? text, CatalogLocation at)
        {
            if (text == null || text.Lines.Count == 0)
            {
                var origin = new LinePosition(Math.Max(0, at.Line - 1), Math.Max(0, at.Column - 1));
                return Location.Create(path, default, new LinePositionSpan(origin, origin));
            }

            var line = text.Lines[Math.Min(Math.Max(at.Line - 1, 0), text.Lines.Count - 1)];
            int start = Math.Min(line.Start + Math.Max(at.Column - 1, 0), line.End);
            int end = line.End;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var span = TextSpan.FromBounds(start, end);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        private static HashSet<string> ProseRuleIds()
        {
            // TL9xxx are about TermLint itself; a catalog entry or spec cannot be about them.
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in KnownRules.All)
            {
                if (KnownRules.IsProseRule(rule.Id))
                {
                    ids.Add(rule.Id);
                }
            }

            return ids;
        }
    }
}
