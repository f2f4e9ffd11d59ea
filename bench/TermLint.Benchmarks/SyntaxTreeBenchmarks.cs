using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TermLint.Engine;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Rules;
using TermLint.Sources;

namespace TermLint.Benchmarks;

/// <summary>
/// One syntax tree dense with prose (doc comments, `//` blocks, `/* */`, strings of every kind, a third of it about
/// AI): the walker alone, the walker feeding the prose engine, and the whole analyzer through CompilationWithAnalyzers.
/// </summary>
[MemoryDiagnoser]
public class SyntaxTreeBenchmarks
{
    private static readonly string[] Sentences =
    {
        "Returns the number of items currently held in the cache.",
        "Retries transient failures with exponential back-off, up to five attempts.",
        "Sends the prompt to the LLM and returns the first completion.",
        "Null values are skipped rather than written as empty strings.",
        "Whisper is an LLM that transcribes the uploaded audio.",
        "Every LLM is a foundation model, but not every foundation model is an LLM.",
        "Keys are compared ordinally, so the casing matters.",
        "The embedding model maps each chunk of text to a vector.",
        "LLMs such as GPT-5 and Stable Diffusion generate the marketing assets.",
    };

    private SyntaxTree _tree = null!;
    private string _text = null!;
    private ProseChecker _checker = null!;
    private Compilation _compilation = null!;
    private readonly List<Finding> _findings = new();

    [GlobalSetup]
    public void Setup()
    {
        _text = HeavySource(methods: 300);
        _tree = CSharpSyntaxTree.ParseText(_text, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), "heavy.cs");
        _checker = new ProseChecker(BuiltInCatalog.Compiled);
        _compilation = CSharpCompilation.Create("heavy", new[] { _tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        if (WalkAndCheck() == 0)
        {
            throw new InvalidOperationException("the heavy tree should produce findings");
        }
    }

    [Benchmark(Baseline = true)]
    public int WalkOnly()
    {
        int segments = 0;
        new CSharpProseWalker(_text, _checker.Catalog.Prefilter, (_, _) => segments++).Walk(_tree.GetRoot(), CancellationToken.None);
        return segments;
    }

    [Benchmark]
    public int WalkAndCheck()
    {
        int findings = 0;
        new CSharpProseWalker(_text, _checker.Catalog.Prefilter, (segment, _) =>
        {
            _findings.Clear();
            _checker.Check(segment.Text, 0, segment.Text.Length, _findings);
            findings += _findings.Count;
        }).Walk(_tree.GetRoot(), CancellationToken.None);
        return findings;
    }

    [Benchmark]
    public int Analyzer()
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = _compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer()), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    private static string HeavySource(int methods)
    {
        var sb = new StringBuilder();
        sb.Append("namespace Heavy;\n\n/// <summary>A class full of prose.</summary>\npublic sealed class Prose\n{\n");
        for (int m = 0; m < methods; m++)
        {
            string S(int k) => Sentences[(m * 7 + k) % Sentences.Length];
            sb.Append("    /// <summary>\n    /// ").Append(S(0)).Append("\n    /// ").Append(S(1)).Append(" <see cref=\"Prose\"/> <c>code</c>\n    /// </summary>\n");
            sb.Append("    /// <param name=\"x\">").Append(S(2)).Append("</param>\n");
            sb.Append("    /// <returns>").Append(S(3)).Append("</returns>\n");
            sb.Append("    public string M").Append(m).Append("(int x)\n    {\n");
            sb.Append("        // ").Append(S(4)).Append("\n        // ").Append(S(5)).Append("\n");
            sb.Append("        /* ").Append(S(6)).Append(" */\n");
            sb.Append("        var a = \"").Append(S(7)).Append("\\n\";\n");
            sb.Append("        var b = @\"").Append(S(8)).Append(" \"\"quoted\"\"\";\n");
            sb.Append("        var c = \"\"\"\n            ").Append(S(0)).Append("\n            \"\"\";\n");
            sb.Append("        var d = \"key-").Append(m).Append("\";\n");
            sb.Append("        return $\"").Append(S(5).TrimEnd('.')).Append(" ({x} of {a.Length}).\";\n    }\n\n");
        }

        return sb.Append("}\n").ToString();
    }
}
