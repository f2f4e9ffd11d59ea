using Microsoft.CodeAnalysis;
using TermLint.Cli.Analysis;

namespace TermLint.Cli.Reports;

/// <summary>What a report shows: the findings of a run, and how a path is shown.</summary>
internal sealed class ReportInput
{
    public ReportInput(IReadOnlyList<Finding> findings, string currentDirectory, int filesChecked, TimeSpan elapsed)
    {
        Findings = findings;
        CurrentDirectory = Path.TrimEndingDirectorySeparator(currentDirectory);
        FilesChecked = filesChecked;
        Elapsed = elapsed;
    }

    public IReadOnlyList<Finding> Findings { get; }

    public string CurrentDirectory { get; }

    public int FilesChecked { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>A path relative to the current folder when it is below it, else the full path.</summary>
    public string Display(string fullPath)
    {
        if (string.Equals(fullPath, CurrentDirectory, StringComparison.Ordinal))
        {
            return ".";
        }

        return Files.IgnoreList.IsBelow(fullPath, CurrentDirectory, out string relative)
            ? relative.Replace('/', Path.DirectorySeparatorChar)
            : fullPath;
    }

    /// <summary>The same, '/'-separated, for URIs and diff headers.</summary>
    public string? RelativeUri(string fullPath) =>
        Files.IgnoreList.IsBelow(fullPath, CurrentDirectory, out string relative) ? relative : null;

    /// <summary>The compiler's word for a severity.</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>"TL0001: 3, TL0004: 1", in ID order.</summary>
    public static string ByRule(IEnumerable<Finding> findings) =>
        string.Join(", ", findings.GroupBy(f => f.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Count()));
}

internal static class Reporter
{
    public static void Write(ReportFormat format, ReportInput input, TextWriter writer)
    {
        switch (format)
        {
            case ReportFormat.Sarif:
                SarifReport.Write(input, writer);
                break;
            case ReportFormat.Json:
                JsonReport.Write(input, writer);
                break;
            default:
                TextReport.Write(input, writer);
                break;
        }
    }
}

/// <summary>The compiler's format, one line per diagnostic: <c>path(line,col): severity ID: message</c>.</summary>
internal static class TextReport
{
    public static void Write(ReportInput input, TextWriter writer)
    {
        foreach (var finding in input.Findings)
        {
            writer.WriteLine(Line(finding, input));
        }
    }

    public static string Line(Finding finding, ReportInput input)
    {
        string where = finding.HasLocation
            ? input.Display(finding.Path) + "(" + finding.Line + "," + finding.Column + ")"
            : input.Display(finding.Path);
        return where + ": " + ReportInput.SeverityWord(finding.Severity) + " " + finding.Id + ": " + finding.Message;
    }
}
