using System.Text;
using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>Usage mistakes, broken configuration and files that cannot be read: exit 2 and a clear message.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "lint" }, "unknown command 'lint'")]
    [InlineData(new[] { "check", "--fromat", "json" }, "unknown option '--fromat'")]
    [InlineData(new[] { "check", "--format", "xml" }, "--format is text, sarif or json, not 'xml'")]
    [InlineData(new[] { "check", "--severity", "loud" }, "--severity is error, warning or suggestion")]
    [InlineData(new[] { "check", "--jobs", "0" }, "--jobs is a whole number")]
    [InlineData(new[] { "check", "--exclude" }, "--exclude needs a value")]
    [InlineData(new[] { "check", "--dry-run" }, "--dry-run is an option of 'fix'")]
    [InlineData(new[] { "check", "nowhere" }, "no such file or folder: nowhere")]
    [InlineData(new[] { "check", "--catalog", "missing.termlint" }, "--catalog missing.termlint: no such file")]
    [InlineData(new[] { "check", "--catalog", "a.md" }, "--catalog a.md: a user catalog's name ends in .termlint")]
    public void A_usage_mistake_exits_2_and_says_what_is_wrong(string[] args, string message)
    {
        using var tree = new TempTree();
        tree.Write("a.md", "Fine.\n");
        var result = Termlint.Run(tree.Root, args);
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Stdout);
        Assert.Contains("termlint: " + message, result.Stderr);
        Assert.EndsWith("Run 'termlint --help' for usage.\n", result.Stderr);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        using var tree = new TempTree();
        var help = Termlint.Run(tree.Root, "--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("termlint check [options] [PATH...]", help.Stdout);
        Assert.Contains("Exit codes:", help.Stdout);
        var version = Termlint.Run(tree.Root, "--version");
        Assert.Equal(0, version.Exit);
        Assert.Matches(@"^termlint \d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void A_broken_editorconfig_line_is_a_configuration_error_at_its_line()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ntermlint.scan_strings false\n[*.md\n");
        tree.Write("a.md", "Whisper is an LLM.\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(2, result.Exit);
        Assert.Equal("", result.Stdout);
        Assert.Contains("termlint: configuration error: .editorconfig(3): 'termlint.scan_strings false' is not a [section], a key = value pair or a comment", result.Stderr);
        Assert.Contains("termlint: configuration error: .editorconfig(4): '[*.md' is not", result.Stderr);
        Assert.Contains("nothing was checked", result.Stderr);
    }

    [Fact]
    public void An_invalid_severity_is_a_configuration_error()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TL0001.severity = warnin\n");
        tree.Write("A.cs", "// Whisper is an LLM.\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(2, result.Exit);
        Assert.Contains("invalid severity 'warnin'", result.Stderr);
    }

    [Fact]
    public void A_binary_editorconfig_is_a_configuration_error()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", new byte[] { 0x5B, 0x2A, 0x5D, 0x00, 0x00, 0x01, 0x02 });
        tree.Write("a.md", "Fine.\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(2, result.Exit);
        Assert.Contains(".editorconfig: is not a text file", result.Stderr);
    }

    [Fact]
    public void A_binary_file_is_skipped_with_a_note_and_the_others_are_checked()
    {
        using var tree = new TempTree();
        tree.Write("Image.cs", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x4C, 0x4C, 0x4D });
        tree.Write("a.md", "Whisper is an LLM.\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(1, result.Exit);
        Assert.Single(result.Lines);
        Assert.Contains("termlint: skipped Image.cs: not a text file", result.Stderr);
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_2_after_the_others_are_reported()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "Whisper is an LLM.\n");
        // A link to nothing: listed as a file, never readable (also for root, whom file modes do not stop).
        File.CreateSymbolicLink(tree.PathOf("Gone.cs"), tree.PathOf("nowhere/Gone.cs"));
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(2, result.Exit);
        Assert.Single(result.Lines);
        Assert.Contains("termlint: cannot read Gone.cs:", result.Stderr);
    }

    [Fact]
    public void A_file_without_read_permission_exits_2()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root reads every file whatever its mode; the dangling link above covers that case.
            return;
        }

        using var tree = new TempTree();
        tree.Write("Secret.cs", "// Whisper is an LLM.\n");
        File.SetUnixFileMode(tree.PathOf("Secret.cs"), UnixFileMode.None);
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(2, result.Exit);
        Assert.Contains("cannot read Secret.cs", result.Stderr);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_latin1_with_the_right_columns()
    {
        using var tree = new TempTree();
        var bytes = Encoding.Latin1.GetBytes("// caf\u00e9: Whisper is an LLM.\n");
        tree.Write("A.cs", bytes);
        var result = Termlint.Run(tree.Root, "check");
        Assert.StartsWith("A.cs(1,24): warning TL0001", Assert.Single(result.Lines));
    }
}
