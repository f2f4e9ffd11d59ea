using System.Diagnostics;
using Microsoft.CodeAnalysis;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Engine;
using TermLint.Rules;
using TermLint.Sources;

namespace TermLint.Corpus;

/// <summary>
/// Where TermLint's time and allocation go on a corpus, stage by stage, on one thread: the text and its prefilter,
/// the syntax walk that builds prose segments, the engine reading sentences without rules, the prose engine, and
/// turning findings into diagnostics. Each stage is run on its own over all trees, after a warm-up, so its cost is
/// the difference to the stage before it.
/// </summary>
internal static class StageSplit
{
    /// <param name="pathologicalCase">When set, the split runs on that pathological input (its 2n size) instead of a corpus.</param>
    public static int Run(int files, Density density, int rounds, string? pathologicalCase = null)
    {
        var compilation = AnalyzerRun.Compile(pathologicalCase == null
            ? Modes.Generate(files, density)
            : new[] { ("pathological.cs", Pathological.LargeSource(pathologicalCase)) });
        var trees = compilation.SyntaxTrees.ToArray();
        foreach (var tree in trees)
        {
            tree.GetRoot();
        }

        var checker = new ProseChecker(BuiltInCatalog.Compiled);
        // The engine with no rules: tokens, sentences and the catalog read into each sentence's elements.
        var reader = new ProseChecker(BuiltInCatalog.Compiled, Array.Empty<IRule>());
        var stages = new (string Name, Func<SyntaxTree, long> Run)[]
        {
            ("text + prefilter", tree => checker.MayMatch(tree.GetText().ToString(), 0, tree.Length) ? 1 : 0),
            ("+ walk, no segment passes", tree => Walk(tree, checker, check: false, report: false, NeverMatches)),
            ("+ walk, segments", tree => Walk(tree, checker, check: false, report: false)),
            ("+ sentences read, no rules", tree => Walk(tree, reader, check: true, report: false)),
            ("+ prose engine", tree => Walk(tree, checker, check: true, report: false)),
            ("+ diagnostics", tree => Walk(tree, checker, check: true, report: true)),
        };

        string input = pathologicalCase == null ? $"{files} files, {density.Name}" : $"pathological '{pathologicalCase}' (2n)";
        Console.WriteLine($"split: {input}, one thread, median of {rounds} rounds after a warm-up");
        Console.WriteLine("| stage | ms | MB allocated | count |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, run) in stages)
        {
            RunAll(trees, run);
            var times = new List<double>();
            var bytes = new List<double>();
            long count = 0;
            for (int r = 0; r < rounds; r++)
            {
                GC.Collect();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                count = RunAll(trees, run);
                times.Add(clock.Elapsed.TotalMilliseconds);
                bytes.Add((GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0);
            }

            Console.WriteLine($"| {name} | {AnalyzerRun.Median(times):F0} | {AnalyzerRun.Median(bytes):F1} | {count} |");
        }

        return 0;
    }

    private static long RunAll(SyntaxTree[] trees, Func<SyntaxTree, long> run)
    {
        long count = 0;
        foreach (var tree in trees)
        {
            count += run(tree);
        }

        return count;
    }

    /// <summary>A prefilter no prose passes: the walk's own cost, without building any segment.</summary>
    private static readonly TermLint.Prose.Prefilter NeverMatches = new(new[] { "\u0001never\u0001" });

    private static long Walk(SyntaxTree tree, ProseChecker checker, bool check, bool report, TermLint.Prose.Prefilter? segmentFilter = null)
    {
        string text = tree.GetText().ToString();
        if (!checker.MayMatch(text, 0, text.Length) && !CSharpProseWalker.MayHideTriggerInLiterals(text))
        {
            return 0;
        }

        long count = 0;
        var findings = new List<Finding>();
        var diagnostics = report ? new ProseReport(checker, TermLint.Options.TermLintOptions.Default, tree, tree.FilePath, tree.GetText(), CancellationToken.None) : null;
        var walker = new CSharpProseWalker(text, segmentFilter ?? checker.Catalog.Prefilter, (segment, _) =>
        {
            count++;
            if (!check)
            {
                return;
            }

            findings.Clear();
            checker.Check(segment.Text, 0, segment.Text.Length, findings);
            if (report)
            {
                foreach (var finding in findings)
                {
                    GC.KeepAlive(diagnostics!.ToDiagnostic(segment, finding));
                }
            }
        });
        walker.Walk(tree.GetRoot(), CancellationToken.None);
        return count;
    }
}
