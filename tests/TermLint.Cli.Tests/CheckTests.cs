using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>`termlint check` end to end, in-process: what it reads, how it applies configuration, its exit codes.</summary>
public class CheckTests
{
    private const string Wrong = "Whisper is an LLM.";
    private const string WrongMessage = "'Whisper' is an audio foundation model, not an LLM: write 'audio model' instead of 'LLM'";

    [Fact]
    public void A_clean_tree_exits_0_with_no_report_and_a_summary()
    {
        using var tree = new TempTree();
        tree.Write("README.md", "# Speech\n\nWhisper is an audio model.\n").Write("src/A.cs", "// Whisper is not an LLM.\nclass A { }\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Equal("", result.Stdout);
        Assert.Matches(@"^termlint: 2 files, no diagnostics in \d+\.\d s\n$", result.Stderr);
    }

    [Fact]
    public void Diagnostics_are_printed_in_the_compiler_format_and_exit_1()
    {
        using var tree = new TempTree();
        tree.Write("docs/guide.md", "# Guide\n\n" + Wrong + "\n").Write("src/A.cs", "// " + Wrong + "\nclass A { }\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(1, result.Exit);
        Assert.Equal(new[]
        {
            "docs/guide.md(3,15): warning TL0001: " + WrongMessage,
            "src/A.cs(1,18): warning TL0001: " + WrongMessage,
        }, result.Lines);
        Assert.Matches(@"^termlint: 2 files, 2 diagnostics \(TL0001: 2\) in \d+\.\d s\n$", result.Stderr);
    }

    [Fact]
    public void Paths_on_the_command_line_are_files_or_folders_and_files_of_other_kinds_are_not_read()
    {
        using var tree = new TempTree();
        tree.Write("a.md", Wrong + "\n").Write("b/c.md", Wrong + "\n").Write("b/d.txt", Wrong + "\n").Write("e.md", Wrong + "\n");
        var result = Termlint.Run(tree.Root, "check", "a.md", "b", "b/d.txt");
        Assert.Equal(new[] { "a.md(1,15)", "b/c.md(1,15)" }, result.Lines.Select(l => l.Substring(0, l.IndexOf(':'))));
    }

    [Fact]
    public void Razor_and_resx_files_are_read_and_translations_are_not()
    {
        using var tree = new TempTree();
        tree.Write("Pages/Index.razor", "<p>Every clip is transcribed by Whisper, an LLM we host.</p>\n");
        tree.Write("Strings.resx", Resx("Whisper, an LLM, writes the transcript.")).Write("Strings.fr.resx", Resx("Whisper, an LLM, writes the transcript."));
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(new[] { "Pages/Index.razor(1,45)", "Strings.resx(3,61)" }, result.Lines.Select(l => l.Substring(0, l.IndexOf(':'))));
    }

    [Fact]
    public void Editorconfig_severities_apply_to_csharp_files_per_section_as_in_the_compiler()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.TL0001.severity = error\n[Legacy/**.cs]\ndotnet_diagnostic.TL0001.severity = none\n[*.md]\ndotnet_diagnostic.TL0001.severity = error\n");
        tree.Write("A.cs", "// " + Wrong + "\n").Write("Legacy/B.cs", "// " + Wrong + "\n").Write("c.md", Wrong + "\n");
        var result = Termlint.Run(tree.Root, "check");
        // The compiler applies per-file severities to source files only: the Markdown diagnostic stays a warning.
        Assert.Equal(new[] { "A.cs(1,18): error TL0001", "c.md(1,15): warning TL0001" }, Heads(result));
        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void A_globalconfig_severity_applies_to_every_file_and_TL0008_can_be_switched_on()
    {
        using var tree = new TempTree();
        tree.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.TL0001.severity = error\n");
        tree.Write("docs/.editorconfig", "[*.md]\ndotnet_diagnostic.TL0008.severity = warning\n");
        tree.Write("docs/c.md", Wrong + "\n");
        tree.Write("A.cs", "// " + Wrong + "\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.Equal(new[] { "A.cs(1,18): error TL0001", "docs/c.md(1,15): error TL0001" }, Heads(result));
    }

    [Fact]
    public void Severity_option_chooses_the_lowest_severity_reported()
    {
        using var tree = new TempTree();
        // TL0007 (a term form) is a suggestion by default.
        tree.Write("a.md", "We compared three LLM models.\n");
        Assert.Equal(0, Termlint.Run(tree.Root, "check").Exit);
        var suggestions = Termlint.Run(tree.Root, "check", "--severity", "suggestion");
        Assert.Equal(new[] { "a.md(1,19): info TL0007" }, Heads(suggestions));
        // A suggestion alone does not fail the run.
        Assert.Equal(0, suggestions.Exit);
    }

    [Fact]
    public void Termlint_options_are_read_per_file_from_the_editorconfig_hierarchy()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ntermlint.scan_strings = false\n[*.md]\ntermlint.accept = Contoso Whisper LLM\n");
        tree.Write("sub/.editorconfig", "[*.cs]\ntermlint.scan_strings = true\n");
        string code = "class A { string P = \"" + Wrong + "\"; }\n";
        tree.Write("A.cs", code).Write("sub/B.cs", code).Write("c.md", "Contoso Whisper LLM is our product.\n\n" + Wrong + "\n");
        Assert.Equal(new[] { "c.md(3,15): warning TL0001", "sub/B.cs(1,37): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check")));
    }

    [Fact]
    public void An_unknown_termlint_key_is_TL9003_once_per_project_without_a_location()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ntermlint.scan_string = false\n");
        tree.Write("A.cs", "// fine\n").Write("B.cs", "// fine too\n");
        var result = Termlint.Run(tree.Root, "check", "--batch-files", "1");
        var line = Assert.Single(result.Lines);
        Assert.StartsWith(".: warning TL9003: 'termlint.scan_string' is not a TermLint option", line);
        Assert.Equal(1, result.Exit);
    }

    [Fact]
    public void A_projects_user_catalog_applies_to_its_files_only()
    {
        using var tree = new TempTree();
        string catalog = "[model EchoVoice]\nkind = audio\naliases = EchoVoice\nsource = https://contoso.example/echovoice\n";
        tree.Write("Voice/Voice.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("Voice/termlint/contoso.termlint", catalog).Write("Voice/A.cs", "// EchoVoice is an LLM.\n");
        tree.Write("Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("Other/B.cs", "// EchoVoice is an LLM.\n");
        Assert.Equal(new[] { "Voice/A.cs(1,20): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check")));
        // Named alone, a file still gets its project's catalog, as in its build.
        Assert.Equal(new[] { "Voice/A.cs(1,20): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check", "Voice/A.cs")));
        // --catalog applies everywhere.
        Assert.Equal(new[] { "Other/B.cs(1,20): warning TL0001", "Voice/A.cs(1,20): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check", "--catalog", "Voice/termlint/contoso.termlint")));
    }

    [Fact]
    public void A_malformed_catalog_is_TL9001_at_its_line_and_the_rest_still_works()
    {
        using var tree = new TempTree();
        tree.Write("my.termlint", "[model EchoVoice]\nkind = audio\naliases = EchoVoice\nsource = https://contoso.example/echovoice\n\n[model Oops]\nkind = imgae\n");
        tree.Write("a.md", "EchoVoice is an LLM.\n");
        var result = Termlint.Run(tree.Root, "check", "--batch-files", "1");
        Assert.Equal(new[] { "a.md(1,17): warning TL0001", "my.termlint(7,8): warning TL9001" }, Heads(result));
    }

    [Fact]
    public void Pragma_SuppressMessage_and_inline_directives_suppress_as_in_a_build()
    {
        using var tree = new TempTree();
        tree.Write("A.cs", "#pragma warning disable TL0001\n// " + Wrong + "\n#pragma warning restore TL0001\n// " + Wrong + "\n");
        tree.Write("B.cs", "using System.Diagnostics.CodeAnalysis;\nclass B\n{\n    [SuppressMessage(\"Terminology\", \"TL0001\")]\n    void M()\n    {\n        // " + Wrong + "\n    }\n}\n");
        tree.Write("c.md", "<!-- termlint-disable-next-line TL0001 -->\n" + Wrong + "\n\n" + Wrong + "\n");
        Assert.Equal(new[] { "A.cs(4,18): warning TL0001", "c.md(4,15): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check")));
    }

    [Fact]
    public void Assembly_level_SuppressMessage_applies_to_files_in_every_batch()
    {
        using var tree = new TempTree();
        tree.Write("GlobalSuppressions.cs", "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"Terminology\", \"TL0001\", Scope = \"type\", Target = \"~T:Quiet\")]\n");
        for (int i = 0; i < 4; i++)
        {
            tree.Write("Loud" + i + ".cs", "class Loud" + i + "\n{\n    // " + Wrong + "\n}\n");
        }

        tree.Write("Quiet.cs", "class Quiet\n{\n    // " + Wrong + "\n}\n");
        var result = Termlint.Run(tree.Root, "check", "--batch-files", "1");
        Assert.Equal(Enumerable.Range(0, 4).Select(i => "Loud" + i + ".cs(3,22): warning TL0001"), Heads(result));
    }

    [Fact]
    public void Generated_code_is_skipped_by_name_header_and_configuration()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[Gen/**.cs]\ngenerated_code = true\n");
        tree.Write("A.g.cs", "// " + Wrong + "\n").Write("B.cs", "// <auto-generated/>\n// " + Wrong + "\n").Write("Gen/C.cs", "// " + Wrong + "\n").Write("D.cs", "// " + Wrong + "\n");
        Assert.Equal(new[] { "D.cs(1,18): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check")));
    }

    [Fact]
    public void Csharp_is_parsed_with_the_symbols_of_a_debug_build_unless_told_otherwise()
    {
        using var tree = new TempTree();
        tree.Write("A.cs", "#if DEBUG\n// " + Wrong + "\n#endif\n#if RELEASE\n// AlphaFold is an LLM.\n#endif\n");
        Assert.Equal(new[] { "A.cs(2,18): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check")));
        Assert.Equal(new[] { "A.cs(5,20): warning TL0001" }, Heads(Termlint.Run(tree.Root, "check", "--define", "RELEASE")));
    }

    [Fact]
    public void The_result_does_not_depend_on_jobs_or_batches()
    {
        using var tree = new TempTree();
        tree.CopyFrom("samples", "samples").CopyFrom("tests/e2e/BlazorConsumer", "blazor");
        var one = Termlint.Run(tree.Root, "check", "-j", "1", "--batch-files", "1");
        var many = Termlint.Run(tree.Root, "check", "-j", "4");
        Assert.Equal(one.Stdout, many.Stdout);
        Assert.Equal(1, one.Exit);
        Assert.Equal(18, one.Lines.Length);
    }

    [Fact]
    public void A_redirected_run_prints_no_progress_line()
    {
        using var tree = new TempTree();
        tree.Write("a.md", Wrong + "\n");
        var result = Termlint.Run(tree.Root, "check");
        Assert.DoesNotContain('\r', result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Termlint.Run(tree.Root, "check", "--quiet").Stderr);
    }

    [Fact]
    public void The_report_goes_to_a_file_with_output()
    {
        using var tree = new TempTree();
        tree.Write("a.md", Wrong + "\n");
        var result = Termlint.Run(tree.Root, "check", "-o", "report.txt");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Stdout);
        Assert.Equal("a.md(1,15): warning TL0001: " + WrongMessage + "\n", tree.Read("report.txt"));
    }

    /// <summary>"path(line,col): severity ID" of each report line.</summary>
    internal static string[] Heads(CliResult result) =>
        result.Lines.Select(l => l.Substring(0, l.IndexOf(':', l.IndexOf("): ", StringComparison.Ordinal) + 3))).ToArray();

    internal static string Resx(string value) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"Hint\" xml:space=\"preserve\"><value>" + value + "</value></data>\n</root>\n";
}
