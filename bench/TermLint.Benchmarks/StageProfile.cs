using System.Diagnostics;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Prose;
using TermLint.Rules;

namespace TermLint.Benchmarks;

/// <summary>
/// `--stages`: a quick split of the prose engine's time by stage (tokenize, sentence load, each rule) on one
/// paragraph, to point optimisation at the stage that costs. Not a benchmark: one process, Stopwatch, medians.
/// </summary>
internal static class StageProfile
{
    public static void Run(string text, int iterations = 20000)
    {
        var catalog = BuiltInCatalog.Compiled;
        var tokens = new List<Token>();
        var sentence = new Sentence();
        var findings = new List<Finding>();
        IRule[] rules = DefaultRules.All;
        var checker = new ProseChecker(catalog);
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        int n = tokens.Count;
        int Iterations = iterations;
        Measure("prefilter", Iterations, () => catalog.Prefilter.Matches(text, 0, text.Length));
        Measure("tokenize", Iterations, () => { tokens.Clear(); Tokenizer.Tokenize(text, 0, text.Length, tokens); });
        Measure("load (whole text as one sentence)", Iterations, () => sentence.Load(text, tokens, 0, n, false, catalog));
        foreach (var rule in rules)
        {
            Measure("  rule " + rule.Id, Iterations, () => { findings.Clear(); rule.Check(sentence, findings); });
        }

        Measure("checker.Check (all)", Iterations, () => { findings.Clear(); checker.Check(text, 0, text.Length, findings); });
    }

    private static void Measure(string name, int iterations, Action action)
    {
        var samples = new List<double>();
        for (int round = 0; round < 7; round++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                action();
            }

            samples.Add(sw.Elapsed.TotalMilliseconds * 1000 / iterations);
        }

        samples.Sort();
        Console.WriteLine($"{name,-40} {samples[samples.Count / 2],10:F3} us");
    }
}
