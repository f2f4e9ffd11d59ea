using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>
/// The tool against what real builds report. Each expected file below is what `dotnet build` of that project
/// prints, and CI checks it against a real build every run (samples/ConfiguredApp/check.sh and tests/e2e/run.sh);
/// tests/e2e/cli.sh also compares the installed tool with fresh builds of samples/.
/// </summary>
public class SameAsBuildTests
{
    [Fact]
    public void The_configured_sample_gives_the_builds_diagnostics()
    {
        // Options, a user catalog with a mistake (TL9001), directives, Markdown with fences and front matter.
        var result = Termlint.Run(Repository.PathOf("samples"), "check", "ConfiguredApp");
        var expected = File.ReadAllLines(Repository.PathOf("samples/ConfiguredApp/expected-diagnostics.txt")).Where(l => l.Length > 0).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(expected, result.Lines.Select(Head).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void The_e2e_consumer_gives_the_builds_diagnostics()
    {
        var result = Termlint.Run(Repository.PathOf("tests/e2e/Consumer"), "check");
        // expected-diagnostics.txt has "File.cs(line): ID", the form tests/e2e/run.sh reads from the build.
        var expected = File.ReadAllLines(Repository.PathOf("tests/e2e/expected-diagnostics.txt")).Where(l => l.Length > 0).OrderBy(l => l, StringComparer.Ordinal);
        var actual = result.Lines.Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^(.+\(\d+),\d+\): warning (TL\d{4}):.*$", "$1): $2")).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_blazor_consumer_gives_the_builds_razor_resx_markdown_and_csharp_diagnostics()
    {
        var result = Termlint.Run(Repository.PathOf("tests/e2e/BlazorConsumer"), "check");
        var expected = File.ReadAllLines(Repository.PathOf("tests/e2e/blazor-expected-diagnostics.txt")).Where(l => l.Length > 0).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(expected, result.Lines.Select(l => Head(l).Replace(": warning ", ": ")).OrderBy(l => l, StringComparer.Ordinal));
    }

    /// <summary>"ConfiguredApp/docs/speech.md(11,48): warning TL0001" of a report line.</summary>
    private static string Head(string line)
    {
        int paren = line.IndexOf("): ", StringComparison.Ordinal);
        return line.Substring(0, line.IndexOf(':', paren + 3));
    }
}
