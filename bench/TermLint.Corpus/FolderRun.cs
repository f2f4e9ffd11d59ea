using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TermLint.Analyzers;

namespace TermLint.Corpus;

/// <summary>
/// TL0009's cost on a real repository: every <c>.cs</c> file under a folder (bin/ and obj/ left out) as one
/// compilation, with the runtime's assemblies and every assembly of a reference folder (a project that restored the
/// packages the code uses, built, so that the catalog's client types resolve as they do in a real build), then
/// TermLint with TL0009 on and off (off: <c>dotnet_diagnostic.TL0009.severity = none</c>, as a compilation's
/// specific options; TermLint then does no semantic work), alternating per round.
/// </summary>
internal static class FolderRun
{
    /// <summary>The sentence <c>--inject</c> puts on the first member of every file: a TL0009 shape, so every tree asks for a semantic model.</summary>
    private const string Injected = "/// <summary>The LLM behind semantic search.</summary>\n";

    public static async Task<int> RunAsync(string folder, string? references, int rounds, bool plainDocs, bool inject, bool vsFloor = false)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToList();
        var parse = new CSharpParseOptions(LanguageVersion.Latest, plainDocs ? DocumentationMode.None : DocumentationMode.Diagnose);
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i => trees[i] = CSharpSyntaxTree.ParseText(inject ? InjectDoc(files[i].Text, parse) : files[i].Text, parse, files[i].Path));
        var refs = RuntimeReferences().Concat(FolderReferences(references)).ToList();
        var on = CSharpCompilation.Create("folder", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var off = on.WithOptions(on.Options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TL0009", ReportDiagnostic.Suppress)));
        // --vs-floor: the second arm is the floor analyzer (one visit of every comment and string) instead of TL0009 off.
        string other = vsFloor ? "floor" : "off";
        Func<Task<RunResult>> runOther = vsFloor
            ? () => AnalyzerRun.RunAsync(on, new FloorAnalyzer(), "floor")
            : () => AnalyzerRun.RunAsync(off, new TermLintAnalyzer(), "off");
        long bytes = files.Sum(f => (long)f.Text.Length);
        Console.WriteLine($"folder: {files.Count} files, {bytes / 1e6:F1} M chars, {refs.Count} references, docs {(plainDocs ? "plain (DocumentationMode.None)" : "parsed (Diagnose)")}");
        Console.WriteLine("catalog types in the compilation: " + string.Join(", ", BuiltInTypesIn(on)));

        for (int w = 0; w < 2; w++)
        {
            await AnalyzerRun.RunAsync(on, new TermLintAnalyzer(), "on");
            await runOther();
        }

        int before = TreeDocSubjects.SemanticModelsRequested;
        await AnalyzerRun.RunAsync(on, new TermLintAnalyzer(), "on");
        int requested = TreeDocSubjects.SemanticModelsRequested - before;
        await runOther();
        Console.WriteLine($"semantic models TL0009 requested in one run: {requested} of {trees.Length} trees (off: {TreeDocSubjects.SemanticModelsRequested - before - requested})");

        var results = new List<(RunResult On, RunResult Off)>();
        for (int r = 0; r < rounds; r++)
        {
            RunResult a, b;
            if (r % 2 == 0)
            {
                a = await AnalyzerRun.RunAsync(on, new TermLintAnalyzer(), "on");
                b = await runOther();
            }
            else
            {
                b = await runOther();
                a = await AnalyzerRun.RunAsync(on, new TermLintAnalyzer(), "on");
            }

            results.Add((a, b));
            Console.WriteLine($"round {r + 1}: exec on {a.ExecutionTime.TotalMilliseconds:F0} ms / {other} {b.ExecutionTime.TotalMilliseconds:F0} ms, wall {a.Wall.TotalMilliseconds:F0} / {b.Wall.TotalMilliseconds:F0} ms, CPU {a.Cpu.TotalMilliseconds:F0} / {b.Cpu.TotalMilliseconds:F0} ms");
        }

        var last = results[^1];
        int tl0009 = last.On.Diagnostics.Count(d => d.Id == "TL0009");
        Console.WriteLine($"findings: on {last.On.Diagnostics.Length} (TL0009: {tl0009}), off {last.Off.Diagnostics.Length}; analyzer exceptions {last.On.AnalyzerExceptions + last.Off.AnalyzerExceptions}; AD0001/TL9002: {last.On.Diagnostics.Count(d => d.Id is "AD0001" or "TL9002")}");
        foreach (var d in last.On.Diagnostics.Where(d => d.Id == "TL0009").Take(40))
        {
            var span = d.Location.GetLineSpan();
            Console.WriteLine("  " + Path.GetRelativePath(folder, span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        double execOn = AnalyzerRun.Median(results.Select(x => x.On.ExecutionTime.TotalMilliseconds));
        double execOff = AnalyzerRun.Median(results.Select(x => x.Off.ExecutionTime.TotalMilliseconds));
        double ratio = AnalyzerRun.Median(results.Select(x => x.On.ExecutionTime.TotalMilliseconds / x.Off.ExecutionTime.TotalMilliseconds));
        double cpuRatio = AnalyzerRun.Median(results.Select(x => x.On.Cpu.TotalMilliseconds / Math.Max(1, x.Off.Cpu.TotalMilliseconds)));
        double wallRatio = AnalyzerRun.Median(results.Select(x => x.On.Wall.TotalMilliseconds / x.Off.Wall.TotalMilliseconds));
        Console.WriteLine($"median exec: TermLint (TL0009 on) {execOn:F0} ms, {other} {execOff:F0} ms; exec ratio (median of per-round TermLint/{other}) {ratio:F2}, wall ratio {wallRatio:F2}, CPU ratio {cpuRatio:F2}");
        return 0;
    }

    /// <summary>The worst case: a TL0009-shaped summary before the first member of the file's first type (its own doc comment replaced).</summary>
    private static string InjectDoc(string text, CSharpParseOptions parse)
    {
        var root = CSharpSyntaxTree.ParseText(text, parse).GetRoot();
        var member = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>().SelectMany(t => t.Members).FirstOrDefault();
        if (member == null)
        {
            return text;
        }

        int at = member.GetFirstToken().SpanStart;
        int line = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        string indent = text.Substring(line, at - line);
        return text.Substring(0, at) + Injected + indent + text.Substring(at);
    }

    private static IEnumerable<string> BuiltInTypesIn(Compilation compilation) =>
        TermLint.Catalog.BuiltInCatalog.Compiled.Types.Where(t => compilation.GetTypesByMetadataName(t.MetadataName).Length > 0).Select(t => t.ShortName);

    private static IEnumerable<MetadataReference> RuntimeReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));

    private static IEnumerable<MetadataReference> FolderReferences(string? folder)
    {
        if (folder == null)
        {
            yield break;
        }

        var runtime = new HashSet<string>(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(Path.GetFileName)!, StringComparer.OrdinalIgnoreCase);
        foreach (string dll in Directory.EnumerateFiles(folder, "*.dll", SearchOption.TopDirectoryOnly))
        {
            if (!runtime.Contains(Path.GetFileName(dll)))
            {
                yield return MetadataReference.CreateFromFile(dll);
            }
        }
    }
}
