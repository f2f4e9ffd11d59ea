using System.Text;
using TermLint.Analyzers;

namespace TermLint.Corpus;

/// <summary>
/// Inputs built to find super-linear paths: each case at size n and 2n, TermLint's execution time for both
/// (median of several runs). Passes when the 2n input takes well under a second and doubling the input at most
/// about doubles the time.
/// </summary>
internal static class Pathological
{
    private const double LimitMs = 500;

    // Doubling the input should double the time; allow for noise on a shared machine.
    private const double MaxDoublingRatio = 2.6;

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
        "LLMs such as GPT-5 and Stable Diffusion generate the marketing assets",
        "large language model foundation model LLM LLMs",
    };

    private static readonly (string Name, string Unit, int N, Func<int, string> Source)[] Cases =
    {
        ("string literal", "MB", 2_500_000, n => "class C { string s = \"" + ProseOfLength(n) + "\"; }\n"),
        ("comment block", "lines", 50_000, n => CommentBlock(n) + "class C { }\n"),
        ("one sentence, model list", "models", 5_000, n => "// LLMs such as " + ModelList(n) + " are loaded at startup.\nclass C { }\n"),
        ("interpolation holes", "holes", 5_000, n => "class C { string M(int a) => " + Holes(n) + "; }\n"),
        ("nested doc elements", "depth", 500, n => NestedDoc(n) + "class C { }\n"),
    };

    public static async Task<int> RunAsync(int rounds)
    {
        rounds = Math.Max(rounds, 3);
        int failures = 0;
        Console.WriteLine("| input | n | time n (ms) | 2n | time 2n (ms) | 2n/n | findings 2n | verdict |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, unit, n, source) in Cases)
        {
            var (small, _) = await TimeAsync(source(n), rounds);
            var (large, findings) = await TimeAsync(source(2 * n), rounds);
            double ratio = large / Math.Max(small, 0.5);
            bool ok = large < LimitMs && ratio <= MaxDoublingRatio;
            failures += ok ? 0 : 1;
            string size = unit == "MB" ? (n / 1_000_000.0).ToString("0.#") + " MB" : n.ToString("N0") + " " + unit;
            string size2 = unit == "MB" ? (2 * n / 1_000_000.0).ToString("0.#") + " MB" : (2 * n).ToString("N0") + " " + unit;
            Console.WriteLine($"| {name} | {size} | {small:F1} | {size2} | {large:F1} | {ratio:F2} | {findings} | {(ok ? "ok" : "FAIL")} |");
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<(double Ms, int Findings)> TimeAsync(string source, int rounds)
    {
        var compilation = AnalyzerRun.Compile(new[] { ("pathological.cs", source) });
        var times = new List<double>();
        int findings = 0;
        // One warm-up run so that JIT time is not charged to the small input.
        await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
        for (int r = 0; r < rounds; r++)
        {
            var run = await AnalyzerRun.RunAsync(compilation, new TermLintAnalyzer(), "TermLint");
            if (run.AnalyzerExceptions > 0 || run.Diagnostics.Any(d => d.Id == "TL9002"))
            {
                throw new InvalidOperationException("the analyzer failed on a pathological input");
            }

            times.Add(run.ExecutionTime.TotalMilliseconds);
            findings = run.Diagnostics.Length;
        }

        return (AnalyzerRun.Median(times), findings);
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
