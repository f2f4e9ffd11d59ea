using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.Cli.Analysis;
using TermLint.Cli.Files;

namespace TermLint.Cli.Fixing;

/// <summary>A file the fixes change: its bytes as read, its text after every fix, how many diagnostics they fix.</summary>
internal sealed record ChangedFile(string Path, TextFile Original, string NewText, int Fixed);

/// <summary>What <c>termlint fix</c> did, or would do.</summary>
internal sealed class FixPlan
{
    public List<ChangedFile> Changes { get; } = new();

    /// <summary>The diagnostics that remain after the fixes (the unfixable ones, and any a fix could not reach).</summary>
    public List<Finding> Remaining { get; } = new();

    public int Passes { get; set; }

    /// <summary>Whether fixable diagnostics were still there after the last pass.</summary>
    public bool Converged { get; set; } = true;

    public int Fixed => Changes.Sum(c => c.Fixed);
}

/// <summary>
/// Applies every fix of a run, in memory, with the code fix's own edits (<see cref="FixEdits"/>): per file, every
/// fixable diagnostic in source order, leaving out one whose edits overlap an edit already taken. The changed files
/// are analysed again and fixed again until no fixable diagnostic remains (at most <see cref="MaxPasses"/> passes),
/// so a second <c>termlint fix</c> changes nothing. Writing is separate (<see cref="Write"/>).
/// </summary>
internal sealed class Fixer
{
    public const int MaxPasses = 5;

    private readonly Linter _linter;

    public Fixer(Linter linter)
    {
        _linter = linter;
    }

    public FixPlan Plan(IReadOnlyList<Unit> units, RunResult first, CancellationToken cancellationToken = default)
    {
        var plan = new FixPlan();
        var byFile = first.Findings.Where(f => f.HasLocation).GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(first.Texts, StringComparer.Ordinal);
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int pass = 1; pass <= MaxPasses; pass++)
        {
            var changedNow = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, findings) in byFile.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var fixable = findings.Where(f => f.IsFixable).Select(f => f.Diagnostic).OrderBy(d => d.Location.SourceSpan.Start).ToList();
                if (fixable.Count == 0 || !texts.TryGetValue(path, out var text) || !first.Files.ContainsKey(path))
                {
                    continue;
                }

                var changes = FixEdits.NonOverlapping(fixable, text, out int count);
                string after = text.WithChanges(changes).ToString();
                if (changes.Count == 0 || string.Equals(after, text.ToString(), StringComparison.Ordinal))
                {
                    continue;
                }

                overrides[path] = after;
                fixedCounts[path] = fixedCounts.GetValueOrDefault(path) + count;
                changedNow.Add(path);
            }

            if (changedNow.Count == 0)
            {
                break;
            }

            plan.Passes = pass;
            var again = _linter.Run(units, overrides, changedNow, cancellationToken);
            foreach (string path in changedNow)
            {
                byFile[path] = again.Findings.Where(f => f.HasLocation && f.Path == path).ToList();
                if (again.Texts.TryGetValue(path, out var newText))
                {
                    texts[path] = newText;
                }
            }
        }

        plan.Converged = !byFile.Values.Any(list => list.Any(f => f.IsFixable && first.Files.ContainsKey(f.Path)));
        foreach (var (path, after) in overrides.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            plan.Changes.Add(new ChangedFile(path, first.Files[path], after, fixedCounts[path]));
        }

        plan.Remaining.AddRange(first.Findings.Where(f => !f.HasLocation));
        plan.Remaining.AddRange(byFile.Values.SelectMany(list => list));
        plan.Remaining.Sort(Finding.Compare);
        return plan;
    }

    /// <summary>
    /// Writes the changed files. A file is written only if it still holds exactly the bytes that were read and its
    /// new text encodes back to the same bytes except the replaced spans (same encoding, byte order mark and line
    /// endings); it goes to a temporary file beside it that then replaces it, and is read back to check. Returns
    /// the files it refused or failed to write, with the reason.
    /// </summary>
    public static List<string> Write(FixPlan plan)
    {
        var problems = new List<string>();
        foreach (var change in plan.Changes)
        {
            byte[]? bytes = change.Original.Encode(change.NewText);
            if (bytes == null)
            {
                problems.Add(change.Path + ": not fixed: its bytes do not decode and encode back unchanged (" + change.Original.Encoding.WebName + "), so a rewrite could change more than the fixes");
                continue;
            }

            string? temporary = null;
            try
            {
                byte[] now = File.ReadAllBytes(change.Path);
                if (!now.AsSpan().SequenceEqual(change.Original.Bytes))
                {
                    problems.Add(change.Path + ": not fixed: the file changed while termlint ran; run it again");
                    continue;
                }

                string directory = Path.GetDirectoryName(change.Path)!;
                temporary = Path.Combine(directory, "." + Path.GetFileName(change.Path) + ".termlint-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
                File.WriteAllBytes(temporary, bytes);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(change.Path));
                }

                File.Move(temporary, change.Path, overwrite: true);
                temporary = null;
                if (!File.ReadAllBytes(change.Path).AsSpan().SequenceEqual(bytes))
                {
                    problems.Add(change.Path + ": the file read back after the fix is not what was written");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(change.Path + ": not fixed: " + e.Message);
            }
            finally
            {
                if (temporary != null)
                {
                    try
                    {
                        File.Delete(temporary);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        problems.Add(temporary + ": could not remove this temporary file: " + e.Message);
                    }
                }
            }
        }

        return problems;
    }
}
