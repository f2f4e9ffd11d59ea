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
                // TL0009: the catalog's client types in this compilation; none (no AI package) means no semantic work at all.
                var compilation = start.Compilation;
                var docTypes = DocTypeIndex.Create(compilation, catalogs.Catalog, start.CancellationToken);
                start.RegisterSyntaxTreeAction(tree =>
                {
                    configuration?.ReportOnce(tree.ReportDiagnostic);
                    AnalyzeTree(tree, catalogs.Checker, docTypes == null || docTypes.IsOffIn(compilation, tree.Tree, tree.CancellationToken) ? null : (compilation, docTypes));
                });
                start.RegisterAdditionalFileAction(file =>
                {
                    configuration?.ReportOnce(file.ReportDiagnostic);
                    AdditionalFileAnalysis.Analyze(file, catalogs);
                });
            });
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context, ProseChecker checker, (Compilation Compilation, DocTypeIndex Index)? docTypes)
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

            var report = new ProseReport(checker, options, tree, tree.FilePath, sourceText, context.CancellationToken);
            var walker = new CSharpProseWalker(text, checker.Catalog.Prefilter, report.Sink, options.ScanComments, options.ScanDocComments, options.ScanStrings);
            var root = tree.GetRoot(context.CancellationToken);
            if (docTypes is { } types && options.ScanDocComments)
            {
                report.DocSubjects = new TreeDocSubjects(types.Compilation, tree, root, types.Index, context.CancellationToken);
            }

            walker.Walk(root, context.CancellationToken);

            // Directives are looked for only in a file that has something to report.
            var directives = report.NeedsDirectives ? CSharpDirectives.Collect(root, sourceText, text) : DirectiveMap.Empty;
            var diagnostics = report.Finish(directives);
            if (diagnostics == null)
            {
                return;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (!GeneratedCode.IsInsideGeneratedDeclaration(root, diagnostic.Location.SourceSpan.Start))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
