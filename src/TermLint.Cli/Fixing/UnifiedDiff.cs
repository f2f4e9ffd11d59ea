using System.Text;

namespace TermLint.Cli.Fixing;

/// <summary>
/// A unified diff (<c>diff -u</c>, three lines of context) of a file before and after its fixes, with git's
/// <c>a/</c> and <c>b/</c> prefixes, so that <c>git apply</c> or <c>patch -p1</c> applies it. Lines end at '\n' and
/// keep what comes before it (a CRLF file's lines end in CR LF in the diff, as GNU diff writes them); a last line
/// without one is followed by <c>\ No newline at end of file</c>.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string before, string after)
    {
        var oldLines = SplitLines(before);
        var newLines = SplitLines(after);
        int prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && oldLines[prefix] == newLines[prefix])
        {
            prefix++;
        }

        if (prefix == oldLines.Count && prefix == newLines.Count)
        {
            return string.Empty;
        }

        // The changed lines of the whole file form runs separated by equal lines; a line-level LCS of the middle finds them.
        var script = Lcs(oldLines, newLines);
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        foreach (var hunk in Hunks(script))
        {
            WriteHunk(output, script, hunk.Start, hunk.End);
        }

        return output.ToString();
    }

    /// <summary>Lines with their "\n" (and a "\r" before it, as content); the last may have none.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text.Substring(start));
        }

        return lines;
    }

    private enum Op
    {
        Equal,
        Delete,
        Insert,
    }

    private readonly record struct Step(Op Op, string Line, int OldLine, int NewLine);

    /// <summary>
    /// An edit script of the two line lists: their common prefix and suffix, and a longest common subsequence of the
    /// middle. A fix changes few lines, so the middle is short.
    /// </summary>
    private static List<Step> Lcs(List<string> a, List<string> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        int n = a.Count - prefix - suffix;
        int m = b.Count - prefix - suffix;
        var steps = new List<Step>(a.Count + m);
        for (int i = 0; i < prefix; i++)
        {
            steps.Add(new Step(Op.Equal, a[i], i, i));
        }

        if ((long)n * m > 25_000_000)
        {
            // Too large to align line by line: show the middle as replaced.
            for (int i = 0; i < n; i++)
            {
                steps.Add(new Step(Op.Delete, a[prefix + i], prefix + i, -1));
            }

            for (int j = 0; j < m; j++)
            {
                steps.Add(new Step(Op.Insert, b[prefix + j], -1, prefix + j));
            }
        }
        else
        {
            var length = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m - 1; j >= 0; j--)
                {
                    length[i, j] = a[prefix + i] == b[prefix + j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    steps.Add(new Step(Op.Equal, a[prefix + x], prefix + x, prefix + y));
                    x++;
                    y++;
                }
                else if (y < m && (x >= n || length[x, y + 1] >= length[x + 1, y]))
                {
                    steps.Add(new Step(Op.Insert, b[prefix + y], -1, prefix + y));
                    y++;
                }
                else
                {
                    steps.Add(new Step(Op.Delete, a[prefix + x], prefix + x, -1));
                    x++;
                }
            }

            // Deletions before insertions within a change, as diff prints them.
            Normalize(steps, prefix);
        }

        for (int i = 0; i < suffix; i++)
        {
            steps.Add(new Step(Op.Equal, a[a.Count - suffix + i], a.Count - suffix + i, b.Count - suffix + i));
        }

        return steps;
    }

    private static void Normalize(List<Step> steps, int from)
    {
        int i = from;
        while (i < steps.Count)
        {
            if (steps[i].Op == Op.Equal)
            {
                i++;
                continue;
            }

            int end = i;
            while (end < steps.Count && steps[end].Op != Op.Equal)
            {
                end++;
            }

            var run = steps.GetRange(i, end - i);
            var ordered = run.Where(s => s.Op == Op.Delete).Concat(run.Where(s => s.Op == Op.Insert)).ToList();
            for (int k = 0; k < ordered.Count; k++)
            {
                steps[i + k] = ordered[k];
            }

            i = end;
        }
    }

    private static IEnumerable<(int Start, int End)> Hunks(List<Step> script)
    {
        int i = 0;
        while (i < script.Count)
        {
            while (i < script.Count && script[i].Op == Op.Equal)
            {
                i++;
            }

            if (i >= script.Count)
            {
                yield break;
            }

            int start = Math.Max(0, i - Context);
            int end = i;
            while (true)
            {
                while (end < script.Count && script[end].Op != Op.Equal)
                {
                    end++;
                }

                // Join the next change when fewer than 2 × context equal lines separate them.
                int next = end;
                while (next < script.Count && script[next].Op == Op.Equal)
                {
                    next++;
                }

                if (next < script.Count && next - end <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            yield return (start, end);
            i = end;
        }
    }

    private static void WriteHunk(StringBuilder output, List<Step> script, int start, int end)
    {
        int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
        for (int i = start; i < end; i++)
        {
            var step = script[i];
            if (step.Op != Op.Insert)
            {
                oldCount++;
                if (oldStart < 0)
                {
                    oldStart = step.OldLine;
                }
            }

            if (step.Op != Op.Delete)
            {
                newCount++;
                if (newStart < 0)
                {
                    newStart = step.NewLine;
                }
            }
        }

        output.Append("@@ -").Append(Range(oldStart, oldCount, script, start, old: true))
            .Append(" +").Append(Range(newStart, newCount, script, start, old: false)).Append(" @@\n");
        for (int i = start; i < end; i++)
        {
            var step = script[i];
            output.Append(step.Op switch { Op.Equal => ' ', Op.Delete => '-', _ => '+' }).Append(step.Line);
            if (!step.Line.EndsWith('\n'))
            {
                output.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int first, int count, List<Step> script, int start, bool old)
    {
        if (count == 0)
        {
            // An empty range names the line before it: the last line of that side before the hunk.
            int before = 0;
            for (int i = 0; i < start; i++)
            {
                if (old ? script[i].Op != Op.Insert : script[i].Op != Op.Delete)
                {
                    before++;
                }
            }

            return before + ",0";
        }

        return count == 1 ? (first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : (first + 1) + "," + count;
    }
}
