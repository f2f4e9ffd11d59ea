using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>`termlint fix`: the code fix's own edits, byte for byte, idempotent, and careful with files.</summary>
public class FixTests
{
    [Fact]
    public void Fixing_the_e2e_consumer_gives_exactly_what_dotnet_format_gives()
    {
        using var tree = new TempTree();
        tree.CopyFrom("tests/e2e/Consumer", "Consumer");
        var result = Termlint.Run(tree.Root, "fix");
        // Only the two TL0004 diagnostics, which have no fix, remain.
        Assert.Equal(1, result.Exit);
        Assert.Equal(new[] { "Consumer/ModelGlossary.cs(18,27): warning TL0004", "Consumer/ModelGlossary.cs(23,36): warning TL0004" }, CheckTests.Heads(result));
        Assert.Contains("fixed 11 diagnostics in 4 files; 2 diagnostics (TL0004: 2) remain", result.Stderr);
        foreach (string expected in Directory.EnumerateFiles(Repository.PathOf("tests/e2e/Consumer.fixed")))
        {
            // Consumer.fixed is what `dotnet format analyzers` makes of the consumer (tests/e2e/run.sh checks it).
            Assert.Equal(File.ReadAllBytes(expected), tree.ReadBytes("Consumer/" + Path.GetFileName(expected)));
        }
    }

    [Fact]
    public void Fixing_the_blazor_consumer_fixes_razor_resx_and_markdown_too_and_a_second_run_changes_nothing()
    {
        using var tree = new TempTree();
        tree.CopyFrom("tests/e2e/BlazorConsumer", "BlazorConsumer");
        var result = Termlint.Run(tree.Root, "fix");
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Contains("fixed 7 diagnostics in 4 files; none remains", result.Stderr);
        Assert.Equal(File.ReadAllBytes(Repository.PathOf("tests/e2e/BlazorConsumer.fixed/Ranking.cs")), tree.ReadBytes("BlazorConsumer/Ranking.cs"));
        string expected = Path.Combine(AppContext.BaseDirectory, "Expected", "BlazorConsumer.fixed");
        foreach (string file in Directory.EnumerateFiles(expected, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(expected, file);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(tree.ReadBytes(Path.Combine("BlazorConsumer", relative))), relative + " differs from Expected/BlazorConsumer.fixed");
        }

        var before = tree.Snapshot();
        var again = Termlint.Run(tree.Root, "fix");
        Assert.Equal(0, again.Exit);
        Assert.Contains("fixed 0 diagnostics in 0 files; none remains", again.Stderr);
        Assert.Equal(before, tree.Snapshot());
        Assert.Equal(0, Termlint.Run(tree.Root, "check").Exit);
    }

    [Fact]
    public void Fixing_the_samples_leaves_only_the_unfixable_diagnostics_and_csharp_that_parses()
    {
        using var tree = new TempTree();
        tree.CopyFrom("samples", "samples");
        var result = Termlint.Run(tree.Root, "fix", "samples");
        Assert.Contains("fixed 9 diagnostics in 5 files", result.Stderr);
        // TL0004 has no fix by design (which term was meant cannot be known), and the catalog mistake is on purpose.
        var check = Termlint.Run(tree.Root, "check", "samples");
        Assert.Equal(new[] { "samples/AiGallery/ModelRouter.cs(18,42): warning TL0004", "samples/ConfiguredApp/termlint/contoso.termlint(13,8): warning TL9001" }, CheckTests.Heads(check));
        foreach (string file in Directory.EnumerateFiles(tree.PathOf("samples"), "*.cs", SearchOption.AllDirectories))
        {
            var tree2 = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            Assert.DoesNotContain(tree2.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }

        var before = tree.Snapshot();
        Termlint.Run(tree.Root, "fix", "samples");
        Assert.Equal(before, tree.Snapshot());
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_that_git_applies_to_the_same_bytes_and_writes_nothing()
    {
        using var tree = new TempTree();
        tree.CopyFrom("tests/e2e/BlazorConsumer", "a").CopyFrom("tests/e2e/Consumer", "b");
        tree.Write("c/crlf.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Intro.\r\n\r\nAlphaFold is an LLM.\r\nLast line, no newline: Whisper is an LLM.")).ToArray());
        var before = tree.Snapshot();
        var dry = Termlint.Run(tree.Root, "fix", "--dry-run");
        Assert.Equal(1, dry.Exit);
        Assert.Equal(before, tree.Snapshot());
        Assert.StartsWith("--- a/a/Components/Pages/Gallery.razor\n+++ b/a/Components/Pages/Gallery.razor\n@@ -2,13 +2,13 @@\n", dry.Stdout);
        Assert.Contains("\n\\ No newline at end of file\n", dry.Stdout);

        tree.Write("changes.diff", dry.Stdout);
        Assert.Equal(0, tree.Run("git", "init", "-q").Exit);
        var apply = tree.Run("git", "apply", "--whitespace=nowarn", "changes.diff");
        Assert.True(apply.Exit == 0, apply.Output);
        var applied = tree.Snapshot();
        applied.Remove("changes.diff");

        using var fixedTree = new TempTree();
        fixedTree.CopyFrom("tests/e2e/BlazorConsumer", "a").CopyFrom("tests/e2e/Consumer", "b");
        fixedTree.Write("c/crlf.md", before["c/crlf.md"]);
        Termlint.Run(fixedTree.Root, "fix");
        Assert.Equal(fixedTree.Snapshot(), applied);
    }

    [Fact]
    public void Encoding_byte_order_mark_and_line_endings_are_kept_and_only_the_replaced_words_change()
    {
        using var tree = new TempTree();
        var utf8Bom = new UTF8Encoding(true);
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        string text = "// Déjà vu:\r\n// AlphaFold is an LLM.\r\nclass A { }\r\n";
        string fixedText = "// Déjà vu:\r\n// AlphaFold is a scientific model.\r\nclass A { }\r\n";
        tree.Write("Bom.cs", utf8Bom.GetPreamble().Concat(utf8Bom.GetBytes(text)).ToArray());
        tree.Write("Utf16.cs", utf16.GetPreamble().Concat(utf16.GetBytes(text)).ToArray());
        tree.Write("Latin1.cs", Encoding.Latin1.GetBytes(text));
        tree.Write("Plain.md", Encoding.UTF8.GetBytes("Mixed\nendings\r\nAlphaFold is an LLM.\r\n"));
        var result = Termlint.Run(tree.Root, "fix");
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Equal(utf8Bom.GetPreamble().Concat(utf8Bom.GetBytes(fixedText)), tree.ReadBytes("Bom.cs"));
        Assert.Equal(utf16.GetPreamble().Concat(utf16.GetBytes(fixedText)), tree.ReadBytes("Utf16.cs"));
        Assert.Equal(Encoding.Latin1.GetBytes(fixedText), tree.ReadBytes("Latin1.cs"));
        Assert.Equal(Encoding.UTF8.GetBytes("Mixed\nendings\r\nAlphaFold is a scientific model.\r\n"), tree.ReadBytes("Plain.md"));
    }

    [Fact]
    public void A_file_whose_bytes_do_not_survive_decoding_is_not_written()
    {
        using var tree = new TempTree();
        // UTF-16 with a lone surrogate: decoding replaces it, so writing the text back would change more than the fix.
        var bytes = new List<byte> { 0xFF, 0xFE };
        bytes.AddRange(Encoding.Unicode.GetBytes("// AlphaFold is an LLM.\n// "));
        bytes.AddRange(new byte[] { 0x00, 0xD8 });
        bytes.AddRange(Encoding.Unicode.GetBytes("\n"));
        tree.Write("Odd.cs", bytes.ToArray());
        var result = Termlint.Run(tree.Root, "fix");
        Assert.Equal(2, result.Exit);
        Assert.Contains("Odd.cs: not fixed: its bytes do not decode and encode back unchanged", result.Stderr);
        Assert.Equal(bytes.ToArray(), tree.ReadBytes("Odd.cs"));
    }

    [Fact]
    public void A_file_that_changed_after_it_was_read_is_not_overwritten()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "AlphaFold is an LLM.\n");
        var args = CliArguments.Parse(new[] { "fix" });
        var units = new Files.UnitPlanner(new Files.FileWalker(new Files.IgnoreRules(Array.Empty<string>(), tree.Root, true)), new Config.ConfigFiles(), tree.Root)
            .Plan(new[] { new Files.InputFile(tree.PathOf("a.md"), Files.InputKind.Markdown) }, Array.Empty<string>());
        var linter = new Analysis.Linter(new Analysis.LintSettings(CSharpParseOptions.Default, DiagnosticSeverity.Warning, 1));
        var plan = new Fixing.Fixer(linter).Plan(units, linter.Run(units));
        Assert.Single(plan.Changes);
        tree.Write("a.md", "Someone else's edit. AlphaFold is an LLM.\n");
        var problems = Fixing.Fixer.Write(plan);
        Assert.Contains("the file changed while termlint ran", Assert.Single(problems));
        Assert.Equal("Someone else's edit. AlphaFold is an LLM.\n", tree.Read("a.md"));
        Assert.Empty(Directory.GetFiles(tree.Root, "*.tmp"));
        Assert.Equal("fix", args.Command);
    }

    [Fact]
    public void A_fix_keeps_the_file_mode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var tree = new TempTree();
        tree.Write("run.md", "AlphaFold is an LLM.\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead;
        File.SetUnixFileMode(tree.PathOf("run.md"), mode);
        Assert.Equal(0, Termlint.Run(tree.Root, "fix").Exit);
        Assert.Equal(mode, File.GetUnixFileMode(tree.PathOf("run.md")));
        Assert.Equal("AlphaFold is a scientific model.\n", tree.Read("run.md"));
    }

    [Fact]
    public void Overlapping_fixes_are_applied_over_several_passes_until_nothing_fixable_remains()
    {
        using var tree = new TempTree();
        // Dense prose where one sentence holds several findings.
        tree.Write("a.md", "LLMs such as Whisper, Stable Diffusion and AlphaFold are used here. Whisper is an LLM. AlphaFold is an LLM and a foundational model.\n");
        var result = Termlint.Run(tree.Root, "fix");
        Assert.True(result.Exit == 0, result.ToString());
        Assert.Equal(0, Termlint.Run(tree.Root, "check", "--severity", "warning").Exit);
        var once = tree.Snapshot();
        Termlint.Run(tree.Root, "fix");
        Assert.Equal(once, tree.Snapshot());
    }
}
