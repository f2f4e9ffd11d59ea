using System.Text;
using TermLint.Analyzers;

namespace TermLint.Corpus;

/// <summary>
/// Inputs built to find super-linear paths: each case at size n and 2n, TermLint's execution time for both
/// (median of several runs), and the word-reading floor analyzer's on the 2n input. Passes when the 2n input takes well under a
/// second, doubling the input at most about doubles the time, and TermLint costs at most 10x the floor on it.
/// </summary>
internal static class Pathological
{
    // "Well under a second" on the CPU clock: on a shared machine wall time also counts other tenants' work.
    private const double LimitMs = 500;

    // Doubling the input should double the time; allow for noise on a shared machine.
    private const double MaxDoublingRatio = 2.6;

    // A prose analyzer does more than visit the prose once, but never an order of magnitude more.
    private const double MaxFloorRatio = 10;

    private static readonly string[] Models =
    {
        "Whisper", "CLIP", "Stable Diffusion", "AlphaFold", "GPT-5", "Llama 3.1", "DALL-E 3", "SigLIP", "Sora", "Suno",
        "SAM 2", "ESM-2", "Midjourney", "Imagen 3", "RT-2", "Claude", "Gemini", "Mistral Large",
    };

    private static readonly string[] Sentences =
    {
        "Whisper is an LLM that transcribes audio.",
        "The LLM summarizes the document before it is indexed.",
        "Returns the number of items currently held in the cache.",
        "Foundation models such as Whisper, CLIP and GPT-5 are adapted to downstream tasks.",
        "Large language models such as GPT-4o and Claude answer the support questions",
        "large language model foundation model LLM LLMs",
        "Every LLM is a foundation model, but not every foundation model is an LLM.",
        "Configure the LLM endpoint and deployment name in the options.",
    };

    private static readonly (string Name, string Unit, int N, Func<int, string> Source)[] Cases =
    {
        ("string literal", "MB", 2_500_000, n => "class C { string s = \"" + ProseOfLength(n) + "\"; }\n"),
        ("comment block", "lines", 50_000, n => CommentBlock(n) + "class C { }\n"),
        ("one sentence, model list", "models", 5_000, n => "// LLMs such as " + ModelList(n) + " are loaded at startup.\nclass C { }\n"),
        ("interpolation holes", "holes", 5_000, n => "class C { string M(int a) => " + Holes(n) + "; }\n"),
        ("nested doc elements", "depth", 5_000, n => NestedDoc(n) + "class C { }\n"),
    };

    /// <summary>The 2n source of the first case whose name contains <paramref name="name"/>.</summary>
    public static string LargeSource(string name)
    {
        foreach (var (caseName, _, n, source) in Cases)
        {
            if (caseName.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return source(2 * n);
            }
        }

        throw new ArgumentException("no pathological case named " + name);
    }

    public static async Task<int> RunAsync(int rounds, string? only = null)
    {
        rounds = Math.Max(rounds, 5);
        int failures = 0;
        Console.WriteLine("| input | n | exec n (ms) | 2n | exec 2n (ms) | exec 2n/n | CPU 2n/n | CPU 2n (ms) | wall 2n (ms) | floor exec 2n (ms) | exec 2n / floor | findings 2n | reporting floor exec 2n (ms) | its reports | verdict |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, unit, n, source) in Cases)
        {
            if (only != null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var small = AnalyzerRun.Compile(new[] { ("pathological.cs", source(n)) });
            var large = AnalyzerRun.Compile(new[] { ("pathological.cs", source(2 * n)) });
            // Warm-up, then n and 2n alternately, so a burst of load on the shared machine hits both sizes alike.
            await RunOnceAsync(small);
            await RunOnceAsync(large);
            await AnalyzerRun.RunAsync(large, new FloorAnalyzer(readsEveryWord: true), "floor");
            var s = new List<RunResult>();
            var l = new List<RunResult>();
            var f = new List<RunResult>();
            var reporting = new List<RunResult>();
            for (int r = 0; r < rounds; r++)
            {
                s.Add(await RunOnceAsync(small));
                l.Add(await RunOnceAsync(large));
                f.Add(await AnalyzerRun.RunAsync(large, new FloorAnalyzer(readsEveryWord: true), "floor"));
                reporting.Add(await AnalyzerRun.RunAsync(large, new FloorAnalyzer(reportsHits: true), "reporting floor"));
            }

            // What the compiler alone charges for a diagnostic: the floor again, reporting every trigger word it reads.
            double reportingLarge = AnalyzerRun.Median(reporting.Select(x => x.ExecutionTime.TotalMilliseconds));

            double floorLarge = AnalyzerRun.Median(f.Select(x => x.ExecutionTime.TotalMilliseconds));
            double floorRatio = AnalyzerRun.Median(l.Zip(f, (t, x) => t.ExecutionTime.TotalMilliseconds / Math.Max(x.ExecutionTime.TotalMilliseconds, 0.05)));

            double execSmall = AnalyzerRun.Median(s.Select(x => x.ExecutionTime.TotalMilliseconds));
            double execLarge = AnalyzerRun.Median(l.Select(x => x.ExecutionTime.TotalMilliseconds));
            double wallLarge = AnalyzerRun.Median(l.Select(x => x.Wall.TotalMilliseconds));
            double cpuLarge = AnalyzerRun.Median(l.Select(x => x.Cpu.TotalMilliseconds));
            double cpuRatio = cpuLarge / Math.Max(AnalyzerRun.Median(s.Select(x => x.Cpu.TotalMilliseconds)), 0.5);
            double ratio = execLarge / Math.Max(execSmall, 0.5);
            // Linear when either clock says so: contention on a shared machine inflates one or the other, rarely both.
            bool ok = cpuLarge < LimitMs && Math.Min(ratio, cpuRatio) <= MaxDoublingRatio && floorRatio <= MaxFloorRatio;
            failures += ok ? 0 : 1;
            string size = unit == "MB" ? (n / 1_000_000.0).ToString("0.#") + " MB" : n.ToString("N0") + " " + unit;
            string size2 = unit == "MB" ? (2 * n / 1_000_000.0).ToString("0.#") + " MB" : (2 * n).ToString("N0") + " " + unit;
            Console.WriteLine($"| {name} | {size} | {execSmall:F1} | {size2} | {execLarge:F1} | {ratio:F2} | {cpuRatio:F2} | {cpuLarge:F0} | {wallLarge:F1} | {floorLarge:F1} | {floorRatio:F1} | {l[0].Diagnostics.Length} | {reportingLarge:F1} | {reporting[0].Diagnostics.Length} | {(ok ? "ok" : "FAIL")} |");
        }

        Console.WriteLine($"(medians of {rounds} alternated runs; ok = 2n CPU < {LimitMs} ms, 2n/n <= {MaxDoublingRatio} and TermLint/floor <= {MaxFloorRatio})");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<RunResult> RunOnceAsync(Microsoft.CodeAnalysis.Compilation compilation)
    {
        var run = await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
        if (run.AnalyzerExceptions > 0 || run.Diagnostics.Any(d => d.Id == "TL9002"))
        {
            throw new InvalidOperationException("the analyzer failed on a pathological input");
        }

        return run;
    }

    private static string ProseOfLength(int length)
    {
        var sb = new StringBuilder(length + 100);
        for (int i = 0; sb.Length < length; i++)
        {
            sb.Append(Sentences[i % Sentences.Length]).Append(' ');
        }

        return sb.ToString(0, length).Replace("\\", "").TrimEnd('\\');
    }

    private static string CommentBlock(int lines)
    {
        var sb = new StringBuilder(lines * 48);
        for (int i = 0; i < lines; i++)
        {
            sb.Append("// ").Append(Sentences[i % Sentences.Length]).Append('\n');
        }

        return sb.ToString();
    }

    private static string ModelList(int count)
    {
        var sb = new StringBuilder(count * 10);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(i == count - 1 ? " and " : ", ");
            }

            sb.Append(Models[i % Models.Length]);
        }

        return sb.ToString();
    }

    private static string Holes(int count)
    {
        var sb = new StringBuilder(count * 12);
        sb.Append("$\"The LLM ");
        for (int i = 0; i < count; i++)
        {
            sb.Append(i % 3 == 0 ? "is " : "and ").Append("{a}").Append(i % 7 == 0 ? " Whisper is an LLM. " : " ");
        }

        return sb.Append('"').ToString();
    }

    private static string NestedDoc(int depth)
    {
        var sb = new StringBuilder(depth * 30);
        sb.Append("/// <summary>\n");
        for (int i = 0; i < depth; i++)
        {
            sb.Append("/// <para>Whisper is an LLM.\n");
        }

        for (int i = 0; i < depth; i++)
        {
            sb.Append("/// </para>\n");
        }

        return sb.Append("/// </summary>\n").ToString();
    }
}
