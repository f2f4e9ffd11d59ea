using System.Diagnostics;
using TermLint.Analyzers;
using TermLint.Corpus;

// Usage:
//   corpus   --files 10000 [--density realistic|dense] [--rounds 5]   TermLint vs floor, alternating, medians
//   hash     --files 10000 [--density realistic|dense]                 findings count and hash only
//   pathological [--rounds 3] [--case NAME]                            n vs 2n timing of the pathological inputs
//   show     --files I [--density realistic|dense]                     prints generated file number I
//   check-pools                                                        each sentence pool does what its name says
//   split    --files 2000 [--density dense] [--rounds 5] [--case NAME] time and allocation per stage, one thread (NAME: a pathological input)
//   write    --files 10000 --out DIR [--markdown 0.3] [--density realistic|dense]
//                                                                     writes a tree of C# and Markdown files (for bench/cli-vs-cspell.sh)
//   folder   --dir PATH [--refs DIR] [--rounds 5] [--plain-docs] [--inject] [--vs-floor]   a real repository: TermLint with TL0009 on vs off, or vs the floor
//   --smoke                                                           tiny corpus, asserts findings > 0, no timing
var opts = OptionsParser.Parse(args);
try
{
    return opts.Mode switch
    {
        "smoke" => await Modes.SmokeAsync(),
        "corpus" => await Modes.CorpusAsync(opts.Files, opts.Density, opts.Rounds),
        "hash" => await Modes.HashAsync(opts.Files, opts.Density),
        "pathological" => await Pathological.RunAsync(opts.Rounds, opts.Case),
        "check-pools" => await Modes.CheckPoolsAsync(),
        "split" => StageSplit.Run(opts.Files, opts.Density, opts.Rounds, opts.Case),
        "show" => Modes.Show(opts.Files, opts.Density),
        "write" => Modes.Write(opts.Files, opts.Density, opts.Out ?? throw new ArgumentException("write needs --out DIR"), opts.MarkdownShare),
        "folder" => await FolderRun.RunAsync(opts.Dir ?? throw new ArgumentException("folder needs --dir PATH"), opts.Refs, opts.Rounds, opts.PlainDocs, opts.Inject, opts.VsFloor),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: TermLint.Corpus corpus|hash|pathological|check-pools [--files N] [--density realistic|dense] [--rounds R] | --smoke");
    return 2;
}

internal sealed record Options(string Mode, int Files, Density Density, int Rounds, string? Case = null, string? Out = null, double MarkdownShare = 0.3)
{
    public string? Dir { get; init; }
    public string? Refs { get; init; }
    public bool PlainDocs { get; init; }
    public bool Inject { get; init; }
    public bool VsFloor { get; init; }
}

internal static class OptionsParser
{
    public static Options Parse(string[] args)
    {
        string? dir = null, refs = null;
        bool plain = false, inject = false, vsFloor = false;
        string mode = "usage";
        int files = 1000;
        var density = Density.Realistic;
        int rounds = 5;
        string? only = null;
        string? output = null;
        double markdown = 0.3;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--smoke": mode = "smoke"; break;
                case "--files": files = int.Parse(args[++i]); break;
                case "--density": density = Density.Parse(args[++i]); break;
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--case": only = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--markdown": markdown = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--refs": refs = args[++i]; break;
                case "--plain-docs": plain = true; break;
                case "--inject": inject = true; break;
                case "--vs-floor": vsFloor = true; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new ArgumentException("unknown option " + args[i]);
                    }

                    mode = args[i];
                    break;
            }
        }

        return new Options(mode, files, density, rounds, only, output, markdown) { Dir = dir, Refs = refs, PlainDocs = plain, Inject = inject, VsFloor = vsFloor };
    }
}

internal static class Modes
{
    public static List<(string Path, string Text)> Generate(int files, Density density)
    {
        var generator = new Generator(density);
        var list = new List<(string, string)>(files);
        for (int i = 0; i < files; i++)
        {
            list.Add(generator.File(i));
        }

        return list;
    }

    public static int Show(int index, Density density)
    {
        var (path, text) = new Generator(density).File(index);
        Console.WriteLine("// " + path);
        Console.Write(text);
        return 0;
    }

    /// <summary>
    /// Writes <paramref name="files"/> files under <paramref name="folder"/>: every k-th one Markdown (a share of
    /// <paramref name="markdownShare"/>), the others C#, each the same on every machine.
    /// </summary>
    public static int Write(int files, Density density, string folder, double markdownShare)
    {
        var generator = new Generator(density);
        long bytes = 0;
        int markdown = 0;
        for (int i = 0; i < files; i++)
        {
            bool isMarkdown = Math.Floor((i + 1) * markdownShare) > Math.Floor(i * markdownShare);
            var (path, text) = isMarkdown ? generator.MarkdownFile(i) : generator.File(i);
            markdown += isMarkdown ? 1 : 0;
            string full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            bytes += System.Text.Encoding.UTF8.GetByteCount(text);
        }

        Console.WriteLine($"wrote {files} files ({markdown} Markdown, {files - markdown} C#), {bytes / (1024.0 * 1024):F1} MB, to {folder}");
        return 0;
    }

    public static double Megabytes(List<(string Path, string Text)> files) => files.Sum(f => (double)f.Text.Length) / (1024 * 1024);

    public static async Task<int> SmokeAsync()
    {
        var clock = Stopwatch.StartNew();
        var files = Generate(100, Density.Dense);
        var compilation = AnalyzerRun.Compile(files);
        var termlint = await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
        var floor = await AnalyzerRun.RunAsync(compilation, new FloorAnalyzer(), "floor");
        int findings = termlint.Diagnostics.Count(d => d.Id.StartsWith("TL0", StringComparison.Ordinal));
        int internalErrors = termlint.Diagnostics.Count(d => d.Id == "TL9002");
        Console.WriteLine($"smoke: {files.Count} files, {Megabytes(files):F2} MB, {findings} findings, hash {AnalyzerRun.FindingsHash(termlint.Diagnostics)}, floor hits {FloorAnalyzer.Hits}, {clock.Elapsed.TotalSeconds:F1} s");
        if (findings == 0 || internalErrors > 0 || termlint.AnalyzerExceptions > 0 || floor.AnalyzerExceptions > 0 || FloorAnalyzer.Hits == 0)
        {
            Console.WriteLine($"smoke FAILED: findings {findings}, internal errors {internalErrors}, analyzer exceptions {termlint.AnalyzerExceptions}/{floor.AnalyzerExceptions}");
            return 1;
        }

        Console.WriteLine("smoke OK");
        return 0;
    }

    public static async Task<int> HashAsync(int count, Density density)
    {
        var files = Generate(count, density);
        var compilation = AnalyzerRun.Compile(files);
        var run = await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
        Console.WriteLine($"{count} files ({density.Name}, {Megabytes(files):F1} MB): {run.Diagnostics.Length} findings, hash {AnalyzerRun.FindingsHash(run.Diagnostics)}");
        foreach (var group in run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()}");
        }

        return run.AnalyzerExceptions == 0 ? 0 : 1;
    }

    public static async Task<int> CorpusAsync(int count, Density density, int rounds)
    {
        var clock = Stopwatch.StartNew();
        var files = Generate(count, density);
        double mb = Megabytes(files);
        var compilation = AnalyzerRun.Compile(files);
        files = null!;
        Console.WriteLine($"corpus: {count} files, {density.Name}, {mb:F1} MB, parsed in {clock.Elapsed.TotalSeconds:F1} s; warm-up (2 rounds, 5 s at least), then {rounds} rounds, alternating order");
        // Untimed warm-up until the JIT has promoted the hot code of both analyzers and of Roslyn's driver: at least
        // two passes and five seconds (a 1k corpus needs many passes; measured without it, 1k cost 2.5x per MB).
        var warm = Stopwatch.StartNew();
        for (int w = 0; w < 2 || warm.Elapsed.TotalSeconds < 5; w++)
        {
            await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
            await AnalyzerRun.RunAsync(compilation, new FloorAnalyzer(), "floor");
        }

        var termlint = new List<RunResult>();
        var floor = new List<RunResult>();
        string? hash = null;
        for (int r = 0; r < rounds; r++)
        {
            // Alternate who goes first, so drift in machine load or JIT tiering favours neither.
            bool termlintFirst = r % 2 == 0;
            for (int k = 0; k < 2; k++)
            {
                bool runTermLint = (k == 0) == termlintFirst;
                var result = runTermLint
                    ? await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint")
                    : await AnalyzerRun.RunAsync(compilation, new FloorAnalyzer(), "floor");
                (runTermLint ? termlint : floor).Add(result);
                if (runTermLint)
                {
                    string h = AnalyzerRun.FindingsHash(result.Diagnostics);
                    if (hash != null && h != hash)
                    {
                        Console.WriteLine($"findings differ between rounds: {hash} vs {h}");
                        return 1;
                    }

                    hash = h;
                }

                Console.WriteLine($"  round {r + 1} {result.Analyzer,-8} exec {result.ExecutionTime.TotalMilliseconds,8:F0} ms  wall {result.Wall.TotalMilliseconds,8:F0} ms  cpu {result.Cpu.TotalMilliseconds,8:F0} ms  alloc {result.AllocatedBytes / 1048576.0,8:F1} MB  diags {result.Diagnostics.Length}");
            }
        }

        double tExec = AnalyzerRun.Median(termlint.Select(x => x.ExecutionTime.TotalMilliseconds));
        double fExec = AnalyzerRun.Median(floor.Select(x => x.ExecutionTime.TotalMilliseconds));
        double tWall = AnalyzerRun.Median(termlint.Select(x => x.Wall.TotalMilliseconds));
        double fWall = AnalyzerRun.Median(floor.Select(x => x.Wall.TotalMilliseconds));
        double execRatio = AnalyzerRun.Median(termlint.Zip(floor, (t, f) => t.ExecutionTime.TotalMilliseconds / f.ExecutionTime.TotalMilliseconds));
        double wallRatio = AnalyzerRun.Median(termlint.Zip(floor, (t, f) => t.Wall.TotalMilliseconds / f.Wall.TotalMilliseconds));
        double tCpu = AnalyzerRun.Median(termlint.Select(x => x.Cpu.TotalMilliseconds));
        double fCpu = AnalyzerRun.Median(floor.Select(x => x.Cpu.TotalMilliseconds));
        double cpuRatio = AnalyzerRun.Median(termlint.Zip(floor, (t, f) => t.Cpu.TotalMilliseconds / f.Cpu.TotalMilliseconds));
        double tAlloc = AnalyzerRun.Median(termlint.Select(x => (double)x.AllocatedBytes)) / 1048576.0;
        double fAlloc = AnalyzerRun.Median(floor.Select(x => (double)x.AllocatedBytes)) / 1048576.0;
        var first = termlint[0];
        int findings = first.Diagnostics.Length;
        double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine();
        Console.WriteLine("| files | density | MB | findings | TermLint exec ms | floor exec ms | exec ratio | TermLint wall ms | floor wall ms | wall ratio | TermLint exec ms/MB | floor exec ms/MB | TermLint CPU ms | floor CPU ms | CPU ratio | TermLint CPU ms/MB | TermLint alloc MB | floor alloc MB | peak WS MB | hash |");
        Console.WriteLine($"| {count} | {density.Name} | {mb:F1} | {findings} | {tExec:F0} | {fExec:F0} | {execRatio:F2} | {tWall:F0} | {fWall:F0} | {wallRatio:F2} | {tExec / mb:F2} | {fExec / mb:F2} | {tCpu:F0} | {fCpu:F0} | {cpuRatio:F2} | {tCpu / mb:F2} | {tAlloc:F1} | {fAlloc:F1} | {peak:F0} | {hash} |");
        Console.WriteLine($"(medians of {rounds} rounds; ratios are medians of per-round TermLint/floor; total {clock.Elapsed.TotalSeconds:F0} s)");
        return termlint.Concat(floor).Any(x => x.AnalyzerExceptions > 0) ? 1 : 0;
    }

    public static async Task<int> CheckPoolsAsync()
    {
        int bad = 0;
        bad += await CheckPoolAsync("neutral", Prose.Neutral, expectFindings: false);
        bad += await CheckPoolAsync("ai-correct", Prose.AiCorrect, expectFindings: false);
        bad += await CheckPoolAsync("ai-conflated", Prose.AiConflated, expectFindings: true);
        Console.WriteLine(bad == 0 ? "pools OK" : bad + " pool sentences misbehave");
        return bad == 0 ? 0 : 1;
    }

    private static async Task<int> CheckPoolAsync(string name, string[] pool, bool expectFindings)
    {
        int bad = 0;
        foreach (string sentence in pool)
        {
            var compilation = AnalyzerRun.Compile(new[] { ("pool.cs", "// " + sentence + "\nclass C { }\n") });
            var run = await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
            bool any = run.Diagnostics.Any(d => d.Id.StartsWith("TL0", StringComparison.Ordinal));
            if (any != expectFindings)
            {
                bad++;
                Console.WriteLine($"{name}: {(any ? "flagged" : "not flagged")}: {sentence} {string.Join(", ", run.Diagnostics.Select(d => d.Id))}");
            }
        }

        return bad;
    }
}
