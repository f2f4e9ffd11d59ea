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
    /// <summary>
    /// What TermLint does with AdditionalFiles: a user catalog (*.termlint) gets its problems reported as TL9001 at
    /// their line and column; a Markdown file (*.md, *.markdown) is linted with the same rules as C# prose.
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
            }
            else if (IsMarkdownPath(path))
            {
                AnalyzeMarkdown(context, path, catalogs.Checker);
            }
        }

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

        private static void AnalyzeMarkdown(AdditionalFileAnalysisContext context, string path, ProseChecker checker)
        {
            var sourceText = context.AdditionalFile.GetText(context.CancellationToken);
            if (sourceText == null)
            {
                return;
            }

            string text = sourceText.ToString();
            if (!checker.MayMatch(text, 0, text.Length))
            {
                return;
            }

            var options = TermLintOptionsReader.Get(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile));
            if (!options.ScanMarkdown)
            {
                return;
            }

            try
            {
                var prose = MarkdownProse.Extract(text);
                var segment = prose.Segment;
                var findings = new List<Finding>();
                AcceptedPhraseMask.Check(checker, segment.Text, options.AcceptedPhrases, findings, context.CancellationToken);
                if (findings.Count == 0)
                {
                    return;
                }

                var directives = options.InlineDirectives ? Directives(text, sourceText, prose.DirectiveMarkers) : DirectiveMap.Empty;
                foreach (var finding in findings)
                {
                    var mapped = segment.Map(finding.Start, finding.End);
                    var span = TextSpan.FromBounds(mapped.Start, mapped.End);
                    var lineSpan = sourceText.Lines.GetLinePositionSpan(span);
                    if (directives.IsSuppressed(finding.RuleId, lineSpan.Start.Line))
                    {
                        continue;
                    }

                    object[] args = finding.MessageArgs;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ForRule(finding.RuleId), Location.Create(path, span, lineSpan), args));
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.Create(path, default, default), e.GetType().Name + ": " + e.Message));
            }
        }

        private static DirectiveMap Directives(string text, SourceText sourceText, IReadOnlyList<(int At, int End)> markers)
        {
            if (markers.Count == 0)
            {
                return DirectiveMap.Empty;
            }

            var directives = new List<InlineDirective>(markers.Count);
            foreach (var (at, end) in markers)
            {
                var directive = InlineDirective.TryParse(text, at, end, sourceText.Lines.GetLineFromPosition(at).LineNumber);
                if (directive != null)
                {
                    directives.Add(directive);
                }
            }

            return DirectiveMap.Build(directives, line => CSharpDirectives.IsBlank(sourceText, line), sourceText.Lines.Count);
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
