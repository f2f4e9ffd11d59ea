using System.Text.Encodings.Web;
using System.Text.Json;
using TermLint.Cli.Analysis;

namespace TermLint.Cli.Reports;

/// <summary>
/// <c>--format json</c>: one object with the tool, every diagnostic (path as shown in text output, 1-based line and
/// column of start and end, severity, ID, message, help URI, and the fix's edits when it has one) and a summary.
/// Documented in docs/cli.md; <c>"formatVersion"</c> changes if a field ever changes meaning.
/// </summary>
internal static class JsonReport
{
    public static void Write(ReportInput input, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", 1);
            json.WriteStartObject("tool");
            json.WriteString("name", "termlint");
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var finding in input.Findings)
            {
                WriteFinding(json, finding, input);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", input.FilesChecked);
            json.WriteNumber("diagnostics", input.Findings.Count);
            json.WriteStartObject("byRule");
            foreach (var group in input.Findings.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(group.Key, group.Count());
            }

            json.WriteEndObject();
            json.WriteNumber("seconds", Math.Round(input.Elapsed.TotalSeconds, 3));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportInput input)
    {
        json.WriteStartObject();
        json.WriteString("path", input.Display(finding.Path));
        if (finding.HasLocation)
        {
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
        }

        json.WriteString("severity", ReportInput.SeverityWord(finding.Severity));
        json.WriteString("id", finding.Id);
        json.WriteString("message", finding.Message);
        if (finding.HelpUri != null)
        {
            json.WriteString("helpUri", finding.HelpUri);
        }

        if (finding.Edits != null)
        {
            json.WriteStartArray("fix");
            foreach (var edit in finding.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("line", edit.Lines.Start.Line + 1);
                json.WriteNumber("column", edit.Lines.Start.Character + 1);
                json.WriteNumber("endLine", edit.Lines.End.Line + 1);
                json.WriteNumber("endColumn", edit.Lines.End.Character + 1);
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
