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

        /// <param name="severities">Per-rule severities, as a /warnaserror or .globalconfig entry sets them; a plain
        /// compilation (unlike the test library, which turns every rule on) leaves a rule disabled by default off.</param>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, DocumentationMode docMode = DocumentationMode.Diagnose, ImmutableDictionary<string, ReportDiagnostic>? severities = null)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12, docMode));
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
            if (severities != null)
            {
                options = options.WithSpecificDiagnosticOptions(severities);
            }

            var compilation = CSharpCompilation.Create("Probe", new[] { tree }, References, options);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer())).GetAnalyzerDiagnosticsAsync();
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }
    }
}
