using BenchmarkDotNet.Attributes;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Rules;

namespace TermLint.Benchmarks;

/// <summary>
/// The prose engine on one paragraph, for the three costs that matter: prose with no trigger word (must allocate
/// nothing), prose with trigger words that states nothing wrong, and prose with findings.
/// </summary>
[MemoryDiagnoser]
public class ProseBenchmarks
{
    private const string NoTrigger =
        "Returns the number of items currently held in the cache. The caller owns the returned stream and must " +
        "dispose it. Retries transient failures with exponential back-off, up to five attempts. Keys are compared " +
        "ordinally, so \"Key\" and \"key\" are distinct entries. Null values are skipped rather than written as empty strings.";

    internal const string TriggerNoFinding =
        "Sends the prompt to the LLM and returns the first completion. GPT-5 is a large language model. Every LLM is " +
        "a foundation model, but not every foundation model is an LLM. Whisper is a speech recognition model that " +
        "transcribes the uploaded audio. Configure the LLM endpoint and deployment name in the options.";

    internal const string WithFindings =
        "Whisper is an LLM that transcribes the uploaded audio. LLMs such as GPT-5 and Stable Diffusion generate the " +
        "marketing assets. Fine-tuning a foundational model needs labelled data. The CLIP LLM ranks the candidate " +
        "images. Foundation models, also known as LLMs, are trained on broad data.";

    private readonly List<Finding> _findings = new();
    private ProseChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = new ProseChecker(BuiltInCatalog.Compiled);
        // Prove the inputs are what their names say before timing them.
        Expect(NoTrigger, mayMatch: false, findings: false);
        Expect(TriggerNoFinding, mayMatch: true, findings: false);
        Expect(WithFindings, mayMatch: true, findings: true);
    }

    [Benchmark(Baseline = true)]
    public int NoTriggerWord() => Check(NoTrigger);

    [Benchmark]
    public int TriggerWordsNoFinding() => Check(TriggerNoFinding);

    [Benchmark]
    public int Findings() => Check(WithFindings);

    private int Check(string text)
    {
        _findings.Clear();
        _checker.Check(text, 0, text.Length, _findings);
        return _findings.Count;
    }

    private void Expect(string text, bool mayMatch, bool findings)
    {
        if (_checker.MayMatch(text, 0, text.Length) != mayMatch || (Check(text) > 0) != findings)
        {
            throw new InvalidOperationException("benchmark input does not behave as named: " + text);
        }
    }
}
