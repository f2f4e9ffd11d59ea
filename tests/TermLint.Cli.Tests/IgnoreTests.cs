using TermLint.Cli.Files;
using TermLint.Cli.Tests.Infrastructure;
using Xunit;

namespace TermLint.Cli.Tests;

/// <summary>.gitignore semantics: one pattern at a time, then whole trees against git itself.</summary>
public class IgnoreTests
{
    [Theory]
    // Unanchored: any depth.
    [InlineData("*.g.md", "a.g.md", false, true)]
    [InlineData("*.g.md", "docs/deep/a.g.md", false, true)]
    [InlineData("*.g.md", "a.md", false, false)]
    [InlineData("generated", "src/generated", true, true)]
    [InlineData("generated", "src/generated", false, true)]
    // Directory-only.
    [InlineData("out/", "out", true, true)]
    [InlineData("out/", "out", false, false)]
    [InlineData("out/", "x/out", true, true)]
    // Anchored by a leading or a middle slash.
    [InlineData("/notes.md", "notes.md", false, true)]
    [InlineData("/notes.md", "docs/notes.md", false, false)]
    [InlineData("docs/old", "docs/old", true, true)]
    [InlineData("docs/old", "x/docs/old", true, false)]
    // Wildcards never cross a slash.
    [InlineData("docs/*.md", "docs/a.md", false, true)]
    [InlineData("docs/*.md", "docs/sub/a.md", false, false)]
    [InlineData("a?c.md", "abc.md", false, true)]
    [InlineData("a?c.md", "a/c.md", false, false)]
    // Double asterisks.
    [InlineData("**/legacy", "legacy", true, true)]
    [InlineData("**/legacy", "a/b/legacy", true, true)]
    [InlineData("docs/**", "docs/a/b.md", false, true)]
    [InlineData("docs/**", "docs", true, false)]
    [InlineData("a/**/b.md", "a/b.md", false, true)]
    [InlineData("a/**/b.md", "a/x/y/b.md", false, true)]
    [InlineData("a**b.md", "axyb.md", false, true)]
    [InlineData("a**b.md", "ax/yb.md", false, false)]
    // Classes, negated classes, escapes.
    [InlineData("file[0-9].md", "file7.md", false, true)]
    [InlineData("file[0-9].md", "filex.md", false, false)]
    [InlineData("file[!0-9].md", "filex.md", false, true)]
    [InlineData("file[!0-9].md", "file7.md", false, false)]
    [InlineData("\\#notes.md", "#notes.md", false, true)]
    [InlineData("\\!important.md", "!important.md", false, true)]
    [InlineData("star\\*.md", "star*.md", false, true)]
    [InlineData("star\\*.md", "starx.md", false, false)]
    [InlineData("[unclosed.md", "[unclosed.md", false, true)]
    // Trailing spaces are dropped unless escaped.
    [InlineData("trail.md   ", "trail.md", false, true)]
    [InlineData("space\\ ", "space ", false, true)]
    // Case-sensitive, as git on Linux.
    [InlineData("README.md", "readme.md", false, false)]
    public void A_pattern_matches_as_in_git(string pattern, string path, bool isDirectory, bool matches)
    {
        var parsed = IgnorePattern.Parse(pattern);
        Assert.NotNull(parsed);
        Assert.Equal(matches, parsed!.Matches(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    [InlineData("!")]
    public void Blank_lines_comments_and_empty_patterns_match_nothing(string line) => Assert.Null(IgnorePattern.Parse(line));

    [Fact]
    public void A_negation_includes_again_and_the_last_matching_line_wins()
    {
        var list = IgnoreList.FromLines("/r", new[] { "*.md", "!keep.md", "keep.md.bak" });
        Assert.True(list.Decide("/r/a.md", false));
        Assert.False(list.Decide("/r/keep.md", false));
        Assert.Null(list.Decide("/r/a.cs", false));
        Assert.Null(list.Decide("/elsewhere/a.md", false));
    }

    /// <summary>
    /// The walk against git's own answer: on a tree with nested .gitignore files, negations, directory-only and
    /// anchored patterns and .git/info/exclude, the files the tool checks are exactly the untracked files git does
    /// not ignore (<c>git ls-files --others --exclude-standard</c>), less bin/ and obj/, which the tool always skips.
    /// </summary>
    [Fact]
    public void The_walk_takes_exactly_the_files_git_does_not_ignore()
    {
        using var tree = new TempTree();
        var files = new[]
        {
            "README.md", "notes.md", "docs/a.md", "docs/b.g.md", "docs/keep.g.md", "docs/old/c.md", "docs/old/keep/d.md",
            "docs/deep/old/e.md", "src/App.cs", "src/App.g.cs", "src/Gen/Model.cs", "src/Gen/Hand.cs", "src/bin/Out.cs",
            "src/obj/Obj.cs", "src/Tmp/x.md", "tools/Tool.cs", "tools/local.md", "tools/sub/local.md", "space name/f.md",
            "brackets/file1.md", "brackets/filex.md", "Upper/README.MD", "x/build/y.md", "build/z.md",
        };
        foreach (string file in files)
        {
            tree.Write(file, "# text\n");
        }

        tree.Write(".gitignore", "# top\n*.g.md\n!keep.g.md\n/notes.md\ndocs/old/\nbuild/\nbrackets/file[0-9].md\nTmp/\n");
        tree.Write("src/.gitignore", "*.g.cs\nGen/*\n!Gen/Hand.cs\n");
        tree.Write("tools/.gitignore", "/local.md\n");
        tree.Write("docs/.gitignore", "!old/keep/\n");
        Assert.Equal(0, tree.Run("git", "init", "-q").Exit);
        File.AppendAllText(tree.PathOf(".git/info/exclude"), "space name/\n");

        var (exit, output) = tree.Run("git", "ls-files", "--others", "--exclude-standard");
        Assert.Equal(0, exit);
        var expected = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => InputFile.KindOf(f) != null)
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var walker = new FileWalker(new IgnoreRules(Array.Empty<string>(), tree.Root, readGitIgnore: true));
        var actual = walker.Walk(new[] { tree.Root }).Select(f => Path.GetRelativePath(tree.Root, f.FullPath).Replace('\\', '/')).ToList();
        Assert.Equal(expected, actual);
        // The tree exercises every kind of rule: something was ignored by each file.
        Assert.DoesNotContain("docs/b.g.md", actual);
        Assert.Contains("docs/keep.g.md", actual);
        Assert.DoesNotContain("src/Gen/Model.cs", actual);
        Assert.Contains("src/Gen/Hand.cs", actual);
        Assert.Contains("tools/sub/local.md", actual);
        Assert.DoesNotContain("space name/f.md", actual);
    }

    [Fact]
    public void Exclude_patterns_are_relative_to_the_current_folder_and_override_gitignore()
    {
        using var tree = new TempTree();
        tree.Write("docs/a.md", "x\n").Write("docs/archive/b.md", "x\n").Write("src/c.cs", "//\n").Write("src/d.g.cs", "//\n");
        tree.Write(".gitignore", "*.g.cs\n");
        var walker = new FileWalker(new IgnoreRules(new[] { "docs/archive/", "!*.g.cs" }, tree.Root, readGitIgnore: true));
        var actual = walker.Walk(new[] { tree.Root }).Select(f => Path.GetRelativePath(tree.Root, f.FullPath).Replace('\\', '/'));
        Assert.Equal(new[] { "docs/a.md", "src/c.cs", "src/d.g.cs" }, actual);
    }

    [Fact]
    public void No_ignore_reads_no_gitignore_but_still_skips_bin_and_obj()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.md\n").Write("a.md", "x\n").Write("bin/b.md", "x\n").Write("obj/c.cs", "//\n");
        var walker = new FileWalker(new IgnoreRules(Array.Empty<string>(), tree.Root, readGitIgnore: false));
        Assert.Equal(new[] { tree.PathOf("a.md") }, walker.Walk(new[] { tree.Root }).Select(f => f.FullPath));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_checked_even_if_ignored_but_not_if_excluded()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.md\n").Write("a.md", "x\n").Write("b.md", "x\n");
        var walker = new FileWalker(new IgnoreRules(new[] { "b.md" }, tree.Root, readGitIgnore: true));
        Assert.Equal(new[] { tree.PathOf("a.md") }, walker.Walk(new[] { tree.PathOf("a.md"), tree.PathOf("b.md") }).Select(f => f.FullPath));
    }
}
