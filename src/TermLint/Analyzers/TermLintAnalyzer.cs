using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Catalog;
using TermLint.Rules;
using TermLint.Sources;

namespace TermLint.Analyzers
{
    /// <summary>
    /// The one analyzer: a single pass per syntax tree over its comments, doc comments and string literals. A tree
    /// whose text holds no trigger word is rejected by one scan before any syntax is walked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TermLintAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var checker = new ProseChecker(BuiltInCatalog.Compiled);
                start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, checker));
            });
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ProseChecker checker)
        {
            var tree = context.Tree;
            var sourceText = tree.GetText(context.CancellationToken);
            string text = sourceText.ToString();
            if (!checker.MayMatch(text, 0, text.Length))
            {
                return;
            }

            var findings = new List<Finding>();
            var walker = new CSharpProseWalker(text, checker.Catalog.Prefilter, (segment, kind) =>
            {
                findings.Clear();
                try
                {
                    checker.Check(segment.Text, 0, segment.Text.Length, findings, context.CancellationToken);
                    foreach (var finding in findings)
                    {
                        context.ReportDiagnostic(ToDiagnostic(tree, segment, finding));
                    }
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // Contained to this segment: the rest of the tree is still analyzed, and the analyzer stays on.
                    var at = segment.Map(0, segment.Text.Length);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.InternalError, Location.Create(tree, TextSpan.FromBounds(at.Start, at.Start)), e.GetType().Name + ": " + e.Message));
                }
            });

            walker.Walk(tree.GetRoot(context.CancellationToken), context.CancellationToken);
        }

        internal static Diagnostic ToDiagnostic(SyntaxTree tree, ProseSegment segment, Finding finding)
        {
            var span = segment.Map(finding.Start, finding.End);
            var location = Location.Create(tree, TextSpan.FromBounds(span.Start, span.End));
            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = Array.Empty<Location>();
            bool fixable = finding.Replacement != null && span.Contiguous;
            if (fixable && finding.ArticleReplacement != null)
            {
                var article = segment.Map(finding.ArticleStart, finding.ArticleEnd);
                if (article.Contiguous)
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
