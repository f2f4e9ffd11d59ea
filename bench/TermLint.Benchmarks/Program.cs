using BenchmarkDotNet.Running;
using TermLint.Engine;
using TermLint.Benchmarks;

// dotnet run -c Release -- --filter '*'            all benchmarks
// dotnet run -c Release -- --filter '*Prose*'      one class
// dotnet run -c Release -- --stages                time split of the prose engine by stage
if (args.Length == 1 && args[0] == "--stages")
{
    foreach (string text in new[] { ProseBenchmarks.TriggerNoFinding, ProseBenchmarks.WithFindings })
    {
        Console.WriteLine(text.Substring(0, 40) + "...");
        StageProfile.Run(text);
    }

    return;
}

if (args.Length == 2 && args[0] == "--stages-list")
{
    // One sentence listing N models: each stage should scale linearly with N.
    string[] models = { "Whisper", "CLIP", "Stable Diffusion", "AlphaFold", "GPT-5", "Llama 3.1", "DALL-E 3", "Sora" };
    int n = int.Parse(args[1]);
    string list = "LLMs such as " + string.Join(", ", Enumerable.Range(0, n).Select(i => models[i % models.Length])) + " are loaded at startup.";
    StageProfile.Run(list, 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
