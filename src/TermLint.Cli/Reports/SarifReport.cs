using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using TermLint.Analyzers;
using TermLint.Cli.Analysis;

namespace TermLint.Cli.Reports;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log with one run. Every TermLint rule is in <c>tool.driver.rules</c> with its
/// title, description, help URI (its page in docs/rules) and default level; each result has its rule, level, message,
/// region (1-based lines and columns in UTF-16 code units, as the compiler counts them) and, when it has one, its fix
/// as SARIF replacements. File URIs are relative to <c>%SRCROOT%</c>, the current folder, as code-scanning services
/// expect; a file outside it gets an absolute <c>file://</c> URI.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(ReportInput input, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, out var ruleIndex);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(input.CurrentDirectory + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("results");
            foreach (var finding in input.Findings)
            {
                WriteResult(json, finding, input, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void WriteTool(Utf8JsonWriter json, out Dictionary<string, int> ruleIndex)
    {
        ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TermLint");
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", "https://github.com/termlint/termlint");
        json.WriteStartArray("rules");
        foreach (var descriptor in Descriptors.All)
        {
            ruleIndex[descriptor.Id] = ruleIndex.Count;
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            string description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (description.Length > 0)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
            }

            json.WriteString("helpUri", descriptor.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", descriptor.IsEnabledByDefault);
            json.WriteString("level", Level(descriptor.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", descriptor.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, ReportInput input, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        if (ruleIndex.TryGetValue(finding.Id, out int index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        if (finding.HasLocation)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, finding.Path, input);
            WriteRegion(json, "region", finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Edits != null)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", "Replace with '" + finding.Edits[0].NewText + "'");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, finding.Path, input);
            json.WriteStartArray("replacements");
            foreach (var edit in finding.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", edit.Lines.Start.Line + 1, edit.Lines.Start.Character + 1, edit.Lines.End.Line + 1, edit.Lines.End.Character + 1);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path, ReportInput input)
    {
        json.WriteStartObject("artifactLocation");
        string? relative = input.RelativeUri(path);
        if (relative != null)
        {
            json.WriteString("uri", string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, int line, int column, int endLine, int endColumn)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
