using System.Text;
using System.Text.RegularExpressions;

namespace TermLint.Cli.Files;

/// <summary>
/// One line of a <c>.gitignore</c> file, with git's semantics (gitignore(5)):
/// <list type="bullet">
/// <item>blank lines and lines starting with <c>#</c> match nothing; <c>\#</c> and <c>\!</c> start a pattern with that character;</item>
/// <item>trailing spaces are dropped unless escaped with a backslash;</item>
/// <item><c>!</c> negates: a path it matches is included again (unless a folder above it is excluded, which the walk never enters);</item>
/// <item>a trailing <c>/</c> matches folders only;</item>
/// <item>a pattern with a <c>/</c> at its start or in its middle is relative to the folder of its file; one without matches at any depth below it;</item>
/// <item><c>*</c> matches anything but <c>/</c>, <c>?</c> one character but <c>/</c>, <c>[a-z]</c> and <c>[!a-z]</c> a class;
/// a leading <c>**/</c> any folders, a trailing <c>/**</c> everything inside, <c>/**/</c> zero or more folders; other <c>**</c> are <c>*</c>.</item>
/// </list>
/// Matching is case-sensitive, as git's default on Linux (<c>core.ignoreCase = false</c>).
/// </summary>
internal sealed class IgnorePattern
{
    private readonly Regex _regex;

    private IgnorePattern(string source, bool negated, bool directoryOnly, Regex regex)
    {
        Source = source;
        Negated = negated;
        DirectoryOnly = directoryOnly;
        _regex = regex;
    }

    /// <summary>The line as written.</summary>
    public string Source { get; }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    /// <summary>Whether the pattern matches a path relative to its base folder ('/'-separated, no leading '/').</summary>
    public bool Matches(string relativePath, bool isDirectory) =>
        (!DirectoryOnly || isDirectory) && _regex.IsMatch(relativePath);

    /// <summary>The pattern of one line, or null for a blank line, a comment or a pattern that can match nothing.</summary>
    public static IgnorePattern? Parse(string line)
    {
        string pattern = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (pattern.Length == 0 || pattern[0] == '#')
        {
            return null;
        }

        bool negated = false;
        if (pattern[0] == '!')
        {
            negated = true;
            pattern = pattern.Substring(1);
        }
        else if (pattern.StartsWith("\\!", StringComparison.Ordinal) || pattern.StartsWith("\\#", StringComparison.Ordinal))
        {
            pattern = pattern.Substring(1);
        }

        bool directoryOnly = false;
        if (pattern.EndsWith('/') && !pattern.EndsWith("\\/", StringComparison.Ordinal))
        {
            directoryOnly = true;
            pattern = pattern.TrimEnd('/');
        }

        if (pattern.Length == 0)
        {
            return null;
        }

        // A slash at the start or in the middle anchors the pattern to its folder.
        bool anchored = pattern.Contains('/');
        if (pattern[0] == '/')
        {
            pattern = pattern.Substring(1);
        }

        if (pattern.Length == 0)
        {
            return null;
        }

        var regex = new StringBuilder("^");
        if (!anchored)
        {
            regex.Append("(?:.*/)?");
        }

        Translate(pattern, regex);
        regex.Append('$');
        return new IgnorePattern(line, negated, directoryOnly, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline));
    }

    private static string TrimTrailingSpaces(string line)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            // "a\ " keeps its escaped space (the backslash is read by Translate).
            if (end >= 2 && line[end - 2] == '\\' && !IsEscaped(line, end - 2))
            {
                break;
            }

            end--;
        }

        return line.Substring(0, end);
    }

    private static bool IsEscaped(string text, int index)
    {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static void Translate(string pattern, StringBuilder regex)
    {
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            bool segmentStart = i == 0 || pattern[i - 1] == '/';
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*' && segmentStart
                && (i + 2 == pattern.Length || pattern[i + 2] == '/'))
            {
                if (i + 2 == pattern.Length)
                {
                    // "**" as the last segment: everything below ("a/**" matches inside a, not a itself).
                    regex.Append(".*");
                    i += 2;
                }
                else
                {
                    // "**/" : zero or more folders.
                    regex.Append("(?:.*/)?");
                    i += 3;
                }

                continue;
            }

            switch (c)
            {
                case '*':
                    while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                    }

                    regex.Append("[^/]*");
                    i++;
                    break;
                case '?':
                    regex.Append("[^/]");
                    i++;
                    break;
                case '[':
                    i = CharacterClass(pattern, i, regex);
                    break;
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[i + 1].ToString()));
                    i += 2;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
    }

    /// <summary>A bracket expression from <paramref name="start"/>; an unclosed '[' is a literal '['.</summary>
    private static int CharacterClass(string pattern, int start, StringBuilder regex)
    {
        int i = start + 1;
        var set = new StringBuilder("[");
        if (i < pattern.Length && (pattern[i] == '!' || pattern[i] == '^'))
        {
            set.Append('^');
            i++;
        }

        bool first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i++;
                c = pattern[i];
            }

            if (c == '/')
            {
                break;
            }

            set.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
            first = false;
            i++;
        }

        if (i >= pattern.Length || pattern[i] != ']')
        {
            regex.Append("\\[");
            return start + 1;
        }

        // A class never matches the separator.
        set.Append(set.Length > 1 && set[1] == '^' ? "/]" : "]");
        regex.Append(set);
        return i + 1;
    }
}
