using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TermLint.Analyzers;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>
    /// Runs the analyzer on one file directly (no expected-diagnostic markup), for tests that ask which rules a
    /// piece of source raises rather than where: the catalog specs in a comment, diagnostic properties.
    /// </summary>
    internal static class AnalyzerRun
    {
        private static readonly MetadataReference[] References = { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };

        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, DocumentationMode docMode = DocumentationMode.Diagnose)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12, docMode));
            var compilation = CSharpCompilation.Create("Probe", new[] { tree }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer())).GetAnalyzerDiagnosticsAsync();
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }
    }
}
