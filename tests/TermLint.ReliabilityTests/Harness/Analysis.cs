using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TermLint.Analyzers;

namespace TermLint.ReliabilityTests.Harness
{
    /// <summary>What one analyzer run reported, with every exception the host caught from the analyzer.</summary>
    internal sealed class AnalysisResult
    {
        public AnalysisResult(ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<Exception> exceptions)
        {
            Diagnostics = diagnostics;
            Exceptions = exceptions;
        }

        public ImmutableArray<Diagnostic> Diagnostics { get; }
        public IReadOnlyList<Exception> Exceptions { get; }

        /// <summary>Throws when the analyzer failed in any way: a host-caught exception (AD0001) or its own TL9002.</summary>
        public AnalysisResult AssertNoFailure()
        {
            if (Exceptions.Count > 0)
            {
                throw new InvalidOperationException("the analyzer threw (AD0001): " + Exceptions[0]);
            }

            foreach (var d in Diagnostics)
            {
                if (d.Id == "AD0001" || d.Id == "TL9002")
                {
                    throw new InvalidOperationException("analyzer failure diagnostic: " + d);
                }
            }

            return this;
        }

        /// <summary>A canonical, order-independent rendering for comparing runs.</summary>
        public string Canonical() => string.Join("\n", Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal));

        public static string Describe(Diagnostic d)
        {
            var properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            var additional = string.Join(";", d.AdditionalLocations.Select(l => l.SourceSpan.ToString()));
            return (d.Location.SourceTree?.FilePath ?? "") + d.Location.SourceSpan + " " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " [" + properties + "] [" + additional + "]";
        }
    }

    /// <summary>
    /// Runs TermLint the way the compiler does, but directly: a CSharpCompilation and CompilationWithAnalyzers, no
    /// test harness, so a fuzz loop costs milliseconds per input.
    /// </summary>
    internal static class Analysis
    {
        public static readonly TermLintAnalyzer Analyzer = new TermLintAnalyzer();

        // The analyzer reads syntax only; one reference keeps compilations cheap.
        private static readonly MetadataReference[] References = { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };

        public static CSharpParseOptions ParseOptions(DocumentationMode mode) =>
            new CSharpParseOptions(LanguageVersion.Preview, mode);

        public static SyntaxTree Parse(string text, DocumentationMode mode = DocumentationMode.Diagnose, string path = "Input.cs") =>
            CSharpSyntaxTree.ParseText(text, ParseOptions(mode), path);

        public static AnalysisResult Run(string text, DocumentationMode mode = DocumentationMode.Diagnose, bool concurrent = false, CancellationToken cancellationToken = default) =>
            Run(new[] { Parse(text, mode) }, concurrent, cancellationToken);

        public static AnalysisResult Run(IEnumerable<SyntaxTree> trees, bool concurrent, CancellationToken cancellationToken = default)
        {
            var compilation = CSharpCompilation.Create("Fuzz", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: concurrent));
            return Run(compilation, concurrent, cancellationToken);
        }

        /// <summary>Runs the analyzer on a one-class compilation with <paramref name="files"/> as its AdditionalFiles.</summary>
        public static AnalysisResult RunDocuments(IEnumerable<(string Path, string Text)> files, bool concurrent = false)
        {
            var additional = files.Select(f => (AdditionalText)new DocumentText(f.Path, f.Text)).ToImmutableArray();
            var compilation = CSharpCompilation.Create("Fuzz", new[] { Parse("class Empty { }") }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: concurrent));
            return Run(compilation, concurrent, default, additional);
        }

        public static AnalysisResult Run(Compilation compilation, bool concurrent, CancellationToken cancellationToken = default, ImmutableArray<AdditionalText> additionalFiles = default)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles),
                onAnalyzerException: (e, analyzer, diagnostic) => exceptions.Enqueue(e),
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(Analyzer), options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
            return new AnalysisResult(diagnostics, exceptions.ToArray());
        }
    }

    /// <summary>An AdditionalFile held in memory (a generated Razor, Markdown or .resx document).</summary>
    internal sealed class DocumentText : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public DocumentText(string path, string text)
        {
            Path = path;
            _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        }

        public override string Path { get; }

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
