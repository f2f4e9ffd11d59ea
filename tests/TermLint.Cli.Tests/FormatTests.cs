using System.Text.Json;
using Json.Schema;
using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>`--format sarif` against the official SARIF 2.1.0 schema, and `--format json`.</summary>
public class FormatTests
{
    private static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0.json")));

    [Fact]
    public void Sarif_output_is_valid_sarif_2_1_0_with_rules_help_uris_locations_and_fixes()
    {
        using var tree = new TempTree();
        tree.CopyFrom("tests/e2e/BlazorConsumer", "blazor").CopyFrom("samples/ConfiguredApp", "configured");
        var result = Termlint.Run(tree.Root, "check", "--format", "sarif");
        Assert.Equal(1, result.Exit);

        var evaluation = Sarif.Value.Evaluate(JsonDocument.Parse(result.Stdout).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));

        using var log = JsonDocument.Parse(result.Stdout);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "TL0001"
            && r.GetProperty("helpUri").GetString() == "https://github.com/termlint/termlint/blob/main/docs/rules/TL0001.md");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(12, results.Count);
        var gallery = results.First(r => Uri(r) == "blazor/Components/Pages/Gallery.razor");
        var region = gallery.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(5, region.GetProperty("startLine").GetInt32());
        Assert.Equal(65, region.GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", gallery.GetProperty("level").GetString());
        var replacement = gallery.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("image model", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        // The catalog mistake has no fix; its rule index points at TL9001.
        var catalog = results.Single(r => r.GetProperty("ruleId").GetString() == "TL9001");
        Assert.False(catalog.TryGetProperty("fixes", out _));
        Assert.Equal("TL9001", rules[catalog.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void A_clean_sarif_log_is_valid_too()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "Whisper is an audio model.\n");
        var result = Termlint.Run(tree.Root, "check", "--format", "sarif");
        Assert.Equal(0, result.Exit);
        Assert.True(Sarif.Value.Evaluate(JsonDocument.Parse(result.Stdout).RootElement).IsValid);
    }

    [Fact]
    public void The_schema_rejects_a_broken_log()
    {
        // The validator is real: a result without a message is not SARIF.
        var broken = JsonDocument.Parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[{\"ruleId\":\"TL0001\"}]}]}");
        Assert.False(Sarif.Value.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public void Json_output_has_every_diagnostic_with_its_fix_and_a_summary()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "# Models\n\nAlphaFold is an LLM.\n\nFoundation models (LLMs) are large.\n");
        var result = Termlint.Run(tree.Root, "check", "--format", "json");
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal("termlint", root.GetProperty("tool").GetProperty("name").GetString());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var first = diagnostics[0];
        Assert.Equal("a.md", first.GetProperty("path").GetString());
        Assert.Equal((3, 17, 3, 20), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal("TL0001", first.GetProperty("id").GetString());
        Assert.EndsWith("TL0001.md", first.GetProperty("helpUri").GetString());
        var edits = first.GetProperty("fix").EnumerateArray().ToList();
        Assert.Contains(edits, e => e.GetProperty("text").GetString() == "scientific model");
        Assert.Contains(edits, e => e.GetProperty("text").GetString() == "a" && e.GetProperty("column").GetInt32() == 14);
        // TL0004 has no fix.
        Assert.False(diagnostics[1].TryGetProperty("fix", out _));
        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("diagnostics").GetInt32());
        Assert.Equal(1, summary.GetProperty("byRule").GetProperty("TL0004").GetInt32());
    }

    private static string? Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
}
