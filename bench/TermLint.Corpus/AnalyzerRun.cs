using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TermLint.Corpus;

/// <summary>One analyzer run over a compilation: its diagnostics, its own execution time, wall time and allocation.</summary>
internal sealed record RunResult(string Analyzer, ImmutableArray<Diagnostic> Diagnostics, TimeSpan ExecutionTime, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, int AnalyzerExceptions);

/// <summary>Builds compilations from sources and runs one analyzer through CompilationWithAnalyzers with telemetry.</summary>
internal static class AnalyzerRun
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly MetadataReference[] References =
    {
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
    };

    public static CSharpCompilation Compile(IReadOnlyList<(string Path, string Text)> files)
    {
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i => trees[i] = CSharpSyntaxTree.ParseText(files[i].Text, ParseOptions, files[i].Path));
        return CSharpCompilation.Create("corpus", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public static async Task<RunResult> RunAsync(Compilation compilation, DiagnosticAnalyzer analyzer, string name)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int exceptions = 0;
        // A fresh compilation per run, so no run inherits another's cached semantic state.
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (_, _, _) => Interlocked.Increment(ref exceptions),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.Clone().WithAnalyzers(ImmutableArray.Create(analyzer), options);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        wall.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        return new RunResult(name, diagnostics, telemetry.ExecutionTime, wall.Elapsed, cpu, allocated, exceptions);
    }

    /// <summary>
    /// A hash of the findings — rule, file, span, message and fix properties — in a stable order, so that two builds
    /// of the analyzer can be shown to report exactly the same things on the same corpus.
    /// </summary>
    public static string FindingsHash(ImmutableArray<Diagnostic> diagnostics)
    {
        var lines = new List<string>(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            var sb = new StringBuilder();
            sb.Append(d.Id).Append('|').Append(d.Location.SourceTree?.FilePath).Append('|').Append(d.Location.SourceSpan.Start).Append('-').Append(d.Location.SourceSpan.End)
              .Append('|').Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var p in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                sb.Append('|').Append(p.Key).Append('=').Append(p.Value);
            }

            foreach (var l in d.AdditionalLocations)
            {
                sb.Append("|+").Append(l.SourceSpan.Start).Append('-').Append(l.SourceSpan.End);
            }

            lines.Add(sb.ToString());
        }

        lines.Sort(StringComparer.Ordinal);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        return Convert.ToHexString(bytes, 0, 8).ToLowerInvariant();
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        return n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
