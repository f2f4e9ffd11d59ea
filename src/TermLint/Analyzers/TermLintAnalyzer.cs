using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// The one analyzer: a single pass per syntax tree over its comments, doc comments and string literals, and one
    /// per AdditionalFile (Markdown docs, user catalogs). A tree whose text holds no trigger word is rejected by one
    /// scan before its options are read or any syntax is walked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TermLintAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            // TermLint skips generated code itself (GeneratedCode): left to the compiler, every reported diagnostic would
            // make it walk the whole tree for [GeneratedCode] attributes.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // The built-in catalog merged with the project's *.termlint AdditionalFiles, once per set of texts.
                var catalogs = AdditionalFileAnalysis.Catalogs(start.Options.AdditionalFiles, start.CancellationToken);
                // TL9003: the termlint.* options TermLint cannot use, reported by whichever action runs first.
                var configuration = ConfigurationCheck.For(start.Options, start.Compilation, start.CancellationToken);
                start.RegisterSyntaxTreeAction(tree =>
                {
                    configuration?.ReportOnce(tree.ReportDiagnostic);
                    AnalyzeTree(tree, catalogs.Checker);
                });
                start.RegisterAdditionalFileAction(file =>
                {
                    configuration?.ReportOnce(file.ReportDiagnostic);
                    AdditionalFileAnalysis.Analyze(file, catalogs);
                });
            });
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ProseChecker checker)
        {
            var tree = context.Tree;
            var sourceText = tree.GetText(context.CancellationToken);
            string text = sourceText.ToString();
            // A trigger word can also hide in an escape ("an \u004C\u004CM"); a file without a \u, \U or \x escape
            // pays only a second, vectorised scan for a backslash.
            if (!checker.MayMatch(text, 0, text.Length) && !CSharpProseWalker.MayHideTriggerInLiterals(text))
            {
                return;
            }

            var configOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            var options = TermLintOptionsReader.Get(configOptions);
            if (options.ScansNothingInCSharp || GeneratedCode.IsGeneratedFile(tree, configOptions, context.CancellationToken))
            {
                return;
            }

            var findings = new List<Finding>();
            List<Diagnostic>? diagnostics = null;
            var walker = new CSharpProseWalker(
                text,
                checker.Catalog.Prefilter,
                (segment, kind) =>
                {
                    if (kind == ProseSourceKind.StringLiteral && segment.Text.Length < options.MinStringLength)
                    {
                        return;
                    }

                    findings.Clear();
                    try
                    {
                        AcceptedPhraseMask.Check(checker, segment.Text, options.AcceptedPhrases, findings, context.CancellationToken);
                        foreach (var finding in findings)
                        {
                            (diagnostics ??= new List<Diagnostic>()).Add(ToDiagnostic(tree, segment, finding));
                        }
                    }
                    catch (Exception e) when (!(e is OperationCanceledException))
                    {
                        // Contained to this segment: the rest of the tree is still analyzed, and the analyzer stays on.
                        var at = segment.Map(0, segment.Text.Length);
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.Create(tree, TextSpan.FromBounds(at.Start, at.Start)), e.GetType().Name + ": " + e.Message));
                    }
                },
                options.ScanComments,
                options.ScanDocComments,
                options.ScanStrings);

            var root = tree.GetRoot(context.CancellationToken);
            walker.Walk(root, context.CancellationToken);
            if (diagnostics == null)
            {
                return;
            }

            // Directives are looked for only in a file that has something to report.
            var directives = options.InlineDirectives ? CSharpDirectives.Collect(root, sourceText, text) : DirectiveMap.Empty;
            foreach (var diagnostic in diagnostics)
            {
                int start = diagnostic.Location.SourceSpan.Start;
                int line = sourceText.Lines.GetLineFromPosition(start).LineNumber;
                if (!directives.IsSuppressed(diagnostic.Id, line) && !GeneratedCode.IsInsideGeneratedDeclaration(root, start))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>
        /// Whether writing <paramref name="replacement"/> at prose offset <paramref name="at"/> would change the escape
        /// before it: in <c>"\x85LLM"</c> the escape is <c>\x85</c>, but <c>"\x85audio model"</c> reads <c>\x85a</c>. A
        /// <c>\x</c> escape takes one to four hex digits, so a shorter one followed by a hex digit grows. Such a fix is
        /// not offered (rare, and widening the edit to the escape would change text the diagnostic does not name).
        /// </summary>
        private static bool ExtendsHexEscape(SyntaxTree tree, ProseSegment segment, int at, string? replacement)
        {
            if (at <= 0 || string.IsNullOrEmpty(replacement) || !Uri.IsHexDigit(replacement![0]))
            {
                return false;
            }

            int start = segment.SourceStart(at - 1);
            int length = segment.SourceEnd(at - 1) - start;
            if (length < 3 || length > 5)
            {
                return false;
            }

            var text = tree.GetText();
            return text[start] == '\\' && (text[start + 1] == 'x' || text[start + 1] == 'X');
        }

        internal static Diagnostic ToDiagnostic(SyntaxTree tree, ProseSegment segment, Finding finding)
        {
            var span = segment.Map(finding.Start, finding.End);
            var location = Location.Create(tree, TextSpan.FromBounds(span.Start, span.End));
            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = Array.Empty<Location>();
            bool fixable = finding.Replacement != null && span.Contiguous && !ExtendsHexEscape(tree, segment, finding.Start, finding.Replacement);
            if (fixable && finding.ArticleReplacement != null)
            {
                var article = segment.Map(finding.ArticleStart, finding.ArticleEnd);
                if (article.Contiguous && !ExtendsHexEscape(tree, segment, finding.ArticleStart, finding.ArticleReplacement))
                {
                    additional = new[] { Location.Create(tree, TextSpan.FromBounds(article.Start, article.End)) };
                    properties = properties.Add(DiagnosticProperties.ArticleReplacement, finding.ArticleReplacement);
                }
                else
                {
                    fixable = false;
                }
            }

            if (fixable)
            {
                properties = properties.Add(DiagnosticProperties.Replacement, finding.Replacement);
            }

            object[] args = finding.MessageArgs;
            return Diagnostic.Create(Descriptors.ForRule(finding.RuleId), location, additional, properties, args);
        }
    }
}
