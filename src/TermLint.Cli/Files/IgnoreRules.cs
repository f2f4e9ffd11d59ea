namespace TermLint.Cli.Files;

/// <summary>The patterns of one ignore file (or of <c>--exclude</c>), relative to the folder they apply from.</summary>
internal sealed class IgnoreList
{
    public IgnoreList(string baseDirectory, IReadOnlyList<IgnorePattern> patterns)
    {
        BaseDirectory = Path.TrimEndingDirectorySeparator(baseDirectory);
        Patterns = patterns;
    }

    public string BaseDirectory { get; }

    public IReadOnlyList<IgnorePattern> Patterns { get; }

    public static IgnoreList FromLines(string baseDirectory, IEnumerable<string> lines)
    {
        var patterns = new List<IgnorePattern>();
        foreach (string line in lines)
        {
            var pattern = IgnorePattern.Parse(line);
            if (pattern != null)
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreList(baseDirectory, patterns);
    }

    /// <summary>
    /// The decision of the last pattern that matches <paramref name="fullPath"/>: true (ignored), false (included
    /// again by a '!' pattern), or null when none matches or the path is not below this list's folder.
    /// </summary>
    public bool? Decide(string fullPath, bool isDirectory)
    {
        if (Patterns.Count == 0 || !IsBelow(fullPath, BaseDirectory, out string relative))
        {
            return null;
        }

        for (int i = Patterns.Count - 1; i >= 0; i--)
        {
            if (Patterns[i].Matches(relative, isDirectory))
            {
                return !Patterns[i].Negated;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="fullPath"/> is strictly below <paramref name="directory"/>, and the '/'-separated rest.</summary>
    internal static bool IsBelow(string fullPath, string directory, out string relative)
    {
        relative = "";
        string root = Path.TrimEndingDirectorySeparator(directory);
        if (fullPath.Length <= root.Length + 1 || !fullPath.StartsWith(root, StringComparison.Ordinal))
        {
            return false;
        }

        char separator = fullPath[root.Length];
        bool rootEndsWithSeparator = root.Length > 0 && (root[^1] == Path.DirectorySeparatorChar || root[^1] == Path.AltDirectorySeparatorChar);
        if (!rootEndsWithSeparator && separator != Path.DirectorySeparatorChar && separator != Path.AltDirectorySeparatorChar)
        {
            return false;
        }

        relative = fullPath.Substring(rootEndsWithSeparator ? root.Length : root.Length + 1);
        if (Path.DirectorySeparatorChar != '/')
        {
            relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        }

        return true;
    }
}

/// <summary>
/// What is skipped while walking a tree: folders named <c>bin</c>, <c>obj</c> and <c>.git</c> (always), the
/// <c>.gitignore</c> files from the repository's top down to each folder (and <c>.git/info/exclude</c>), each
/// deeper file overriding the ones above it as in git, and the <c>--exclude</c> patterns, which override them all.
/// </summary>
internal sealed class IgnoreRules
{
    private static readonly HashSet<string> AlwaysSkipped = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git" };

    private readonly IgnoreList? _excludes;
    private readonly bool _readGitIgnore;
    private readonly Dictionary<string, IgnoreList?> _byDirectory = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public IgnoreRules(IReadOnlyList<string> excludes, string currentDirectory, bool readGitIgnore)
    {
        _excludes = excludes.Count == 0 ? null : IgnoreList.FromLines(currentDirectory, excludes);
        _readGitIgnore = readGitIgnore;
    }

    public static bool IsAlwaysSkippedDirectory(string name) => AlwaysSkipped.Contains(name);

    /// <summary>Whether a path given on the command line is excluded: only <c>--exclude</c> applies to it.</summary>
    public bool IsExcludedByOption(string fullPath, bool isDirectory) => _excludes?.Decide(fullPath, isDirectory) == true;

    /// <summary>
    /// Whether a path met while walking is skipped. <paramref name="top"/> is the highest folder whose
    /// <c>.gitignore</c> applies: the repository's top (<see cref="TopFor"/>), or the walked folder outside a repository.
    /// </summary>
    public bool IsIgnored(string fullPath, bool isDirectory, string top)
    {
        if (isDirectory && IsAlwaysSkippedDirectory(Path.GetFileName(fullPath)))
        {
            return true;
        }

        var decision = _excludes?.Decide(fullPath, isDirectory);
        if (decision.HasValue)
        {
            return decision.Value;
        }

        if (!_readGitIgnore)
        {
            return false;
        }

        // The deepest ignore file that has an opinion decides; within a file, the last matching line.
        for (string? directory = Path.GetDirectoryName(fullPath); directory != null; directory = Path.GetDirectoryName(directory))
        {
            foreach (var list in ListsOf(directory))
            {
                var verdict = list.Decide(fullPath, isDirectory);
                if (verdict.HasValue)
                {
                    return verdict.Value;
                }
            }

            if (string.Equals(directory, top, StringComparison.Ordinal))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The top of the git repository that holds <paramref name="directory"/>, or the folder itself outside one.</summary>
    public static string TopFor(string directory)
    {
        for (string? d = directory; d != null; d = Path.GetDirectoryName(d))
        {
            if (IsRepositoryTop(d))
            {
                return d;
            }
        }

        return directory;
    }

    private IEnumerable<IgnoreList> ListsOf(string directory)
    {
        IgnoreList? own;
        lock (_gate)
        {
            if (!_byDirectory.TryGetValue(directory, out own))
            {
                own = Read(directory, Path.Combine(directory, ".gitignore"));
                _byDirectory[directory] = own;
            }
        }

        if (own != null)
        {
            yield return own;
        }

        if (IsRepositoryTop(directory))
        {
            IgnoreList? exclude;
            string key = directory + "\0info/exclude";
            lock (_gate)
            {
                if (!_byDirectory.TryGetValue(key, out exclude))
                {
                    exclude = Read(directory, Path.Combine(directory, ".git", "info", "exclude"));
                    _byDirectory[key] = exclude;
                }
            }

            if (exclude != null)
            {
                yield return exclude;
            }
        }
    }

    private static bool IsRepositoryTop(string directory) => Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"));

    private static IgnoreList? Read(string directory, string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var list = IgnoreList.FromLines(directory, File.ReadAllLines(file));
            return list.Patterns.Count == 0 ? null : list;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
