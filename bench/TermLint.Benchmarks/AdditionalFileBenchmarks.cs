using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Engine;

namespace TermLint.Benchmarks;

/// <summary>
/// The AdditionalFile pass on one Razor component, one .resx file and one Markdown page, through the same entry
/// point the analyzer's AdditionalFile action calls (<see cref="AdditionalFileAnalysis.KindOf"/>, then
/// <see cref="AdditionalFileAnalysis.Lint"/>). A file without a trigger word must cost one prefilter scan and
/// allocate nothing; the other rows show what reading a file with trigger words costs.
/// </summary>
[MemoryDiagnoser]
public class AdditionalFileBenchmarks
{
    private ProseChecker _checker = null!;
    private readonly AnalyzerConfigOptionsProvider _options = new NoOptions();
    private Input _razorClean = null!, _razorTriggers = null!, _razorFindings = null!;
    private Input _resxClean = null!, _resxTriggers = null!, _resxFindings = null!;
    private Input _markdownClean = null!, _markdownTriggers = null!, _markdownFindings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = new ProseChecker(BuiltInCatalog.Compiled);
        _razorClean = Make("/app/Components/Pages/Orders.razor", Razor(Clean));
        _razorTriggers = Make("/app/Components/Pages/Chat.razor", Razor(TriggersNoFinding));
        _razorFindings = Make("/app/Components/Pages/Gallery.razor", Razor(WithFindings));
        _resxClean = Make("/app/Resources/Orders.resx", Resx(Clean));
        _resxTriggers = Make("/app/Resources/Chat.resx", Resx(TriggersNoFinding));
        _resxFindings = Make("/app/Resources/Gallery.resx", Resx(WithFindings));
        _markdownClean = Make("/app/docs/orders.md", Markdown(Clean));
        _markdownTriggers = Make("/app/docs/chat.md", Markdown(TriggersNoFinding));
        _markdownFindings = Make("/app/docs/gallery.md", Markdown(WithFindings));

        // Prove the inputs are what their names say before timing them.
        foreach (var clean in new[] { _razorClean, _resxClean, _markdownClean })
        {
            Expect(clean, mayMatch: false, findings: false);
        }

        foreach (var triggers in new[] { _razorTriggers, _resxTriggers, _markdownTriggers })
        {
            Expect(triggers, mayMatch: true, findings: false);
        }

        foreach (var findings in new[] { _razorFindings, _resxFindings, _markdownFindings })
        {
            Expect(findings, mayMatch: true, findings: true);
        }
    }

    [Benchmark(Baseline = true)]
    public int RazorNoTriggerWord() => Lint(_razorClean);

    [Benchmark]
    public int ResxNoTriggerWord() => Lint(_resxClean);

    [Benchmark]
    public int MarkdownNoTriggerWord() => Lint(_markdownClean);

    [Benchmark]
    public int RazorTriggerWordsNoFinding() => Lint(_razorTriggers);

    [Benchmark]
    public int ResxTriggerWordsNoFinding() => Lint(_resxTriggers);

    [Benchmark]
    public int MarkdownTriggerWordsNoFinding() => Lint(_markdownTriggers);

    [Benchmark]
    public int RazorFindings() => Lint(_razorFindings);

    [Benchmark]
    public int ResxFindings() => Lint(_resxFindings);

    [Benchmark]
    public int MarkdownFindings() => Lint(_markdownFindings);

    internal int Lint(Input input)
    {
        var kind = AdditionalFileAnalysis.KindOf(input.File.Path);
        var diagnostics = AdditionalFileAnalysis.Lint(input.File, kind, _options, _checker, default);
        return diagnostics?.Count ?? 0;
    }

    private void Expect(Input input, bool mayMatch, bool findings)
    {
        string text = input.File.GetText()!.ToString();
        if (_checker.MayMatch(text, 0, text.Length) != mayMatch || (Lint(input) > 0) != findings)
        {
            throw new InvalidOperationException("benchmark input does not behave as named: " + input.File.Path);
        }
    }

    // ---- Inputs ---------------------------------------------------------------------------------------------------

    /// <summary>Sentences with no trigger word; sentences with trigger words that state nothing wrong; sentences with findings.</summary>
    private static readonly string[] Clean =
    {
        "Orders placed before noon ship the same day.",
        "Your cart is saved for thirty days on this device.",
        "Refunds reach the original card within five business days.",
        "Contact support if a parcel has not arrived after a week.",
    };

    private static readonly string[] TriggersNoFinding =
    {
        "Ask the LLM a question about your order history.",
        "GPT-5 is a large language model; every LLM is a foundation model.",
        "Whisper is an audio model that transcribes the support call.",
        "Answers come from the LLM and are checked by a person.",
    };

    private static readonly string[] WithFindings =
    {
        "Pictures are drawn by Stable Diffusion, an LLM we host.",
        "Calls are transcribed by the Whisper LLM overnight.",
        "AlphaFold is an LLM for protein structures.",
        "Fine-tuning a foundational model needs labelled data.",
    };

    private static string Razor(string[] sentences)
    {
        var sb = new StringBuilder("@page \"/orders\"\n@inject IOrderService Orders\n\n<PageTitle>Orders</PageTitle>\n\n");
        for (int i = 0; i < 12; i++)
        {
            string s = sentences[i % sentences.Length];
            sb.Append("<section class=\"card\" id=\"s").Append(i).Append("\">\n");
            sb.Append("    <h2 title=\"").Append(s).Append("\">Section ").Append(i).Append("</h2>\n");
            sb.Append("    <p>").Append(s).Append(" <a href=\"/help/").Append(i).Append("\">Read more</a>.</p>\n");
            sb.Append("    <button class=\"btn\" @onclick=\"() => Select(").Append(i).Append(")\">Open</button>\n");
            sb.Append("</section>\n");
        }

        sb.Append("\n@code {\n");
        for (int i = 0; i < 8; i++)
        {
            string s = sentences[i % sentences.Length];
            sb.Append("    // ").Append(s).Append('\n');
            sb.Append("    private string Label").Append(i).Append(" { get; } = \"").Append(s).Append("\";\n");
        }

        sb.Append("    private void Select(int index) => Orders.Open(index);\n}\n");
        return sb.ToString();
    }

    private static string Resx(string[] sentences)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        sb.Append("  <xsd:schema id=\"root\" xmlns=\"\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\">\n");
        sb.Append("    <xsd:element name=\"root\" msdata:IsDataSet=\"true\" />\n  </xsd:schema>\n");
        sb.Append("  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n");
        sb.Append("  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n");
        for (int i = 0; i < 40; i++)
        {
            sb.Append("  <data name=\"Message").Append(i).Append("\" xml:space=\"preserve\">\n");
            sb.Append("    <value>").Append(sentences[i % sentences.Length]).Append("</value>\n");
            if (i % 4 == 0)
            {
                sb.Append("    <comment>Shown on the orders page, item ").Append(i).Append(".</comment>\n");
            }

            sb.Append("  </data>\n");
        }

        sb.Append("</root>\n");
        return sb.ToString();
    }

    private static string Markdown(string[] sentences)
    {
        var sb = new StringBuilder("---\ntitle: Orders\ndescription: ").Append(sentences[0]).Append("\nauthor: Support team\n---\n\n# Orders\n\n");
        for (int i = 0; i < 10; i++)
        {
            sb.Append("## Step ").Append(i).Append("\n\n").Append(sentences[i % sentences.Length]).Append(' ').Append(sentences[(i + 1) % sentences.Length]).Append("\n\n");
            if (i % 3 == 0)
            {
                sb.Append("```csharp\n// ").Append(sentences[(i + 2) % sentences.Length]).Append("\nvar order = await client.GetOrderAsync(id);\n```\n\n");
            }
        }

        return sb.ToString();
    }

    private static Input Make(string path, string text) => new Input(new MemoryText(path, text));

    internal sealed class Input
    {
        public Input(AdditionalText file) => File = file;

        public AdditionalText File { get; }
    }

    private sealed class MemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public MemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>No .editorconfig: every file gets the same empty options instance, as the compiler hands them out.</summary>
    private sealed class NoOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new EmptyOptions();

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class EmptyOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = null!;
                return false;
            }
        }
    }
}
