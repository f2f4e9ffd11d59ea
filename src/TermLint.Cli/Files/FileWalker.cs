using TermLint.Analyzers;
using TermLint.Catalog;

namespace TermLint.Cli.Files;

/// <summary>What TermLint does with a file, by its name (the analyzer's own tables decide).</summary>
internal enum InputKind
{
    CSharp,
    Markdown,
    Razor,
    Resx,
    Catalog,
}

/// <summary>A file to check: its full path and kind.</summary>
internal sealed record InputFile(string FullPath, InputKind Kind)
{
    public bool IsAdditional => Kind != InputKind.CSharp;

    /// <summary>The kind of a path, or null for a file TermLint does not read.</summary>
    public static InputKind? KindOf(string path)
    {
        if (path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.CSharp;
        }

        if (UserCatalogMerge.IsCatalogPath(path))
        {
            return InputKind.Catalog;
        }

        return AdditionalFileAnalysis.KindOf(path) switch
        {
            ProseFileKind.Markdown => InputKind.Markdown,
            ProseFileKind.Razor => InputKind.Razor,
            ProseFileKind.Resx => InputKind.Resx,
            _ => null,
        };
    }
}

/// <summary>
/// Turns the paths of the command line into the files to check. A folder is walked with <see cref="IgnoreRules"/>;
/// a file named on the command line is checked whatever the .gitignore files say (only <c>--exclude</c> applies),
/// if TermLint reads its kind. Symbolic links to folders are not followed.
/// </summary>
internal sealed class FileWalker
{
    private readonly IgnoreRules _rules;

    public FileWalker(IgnoreRules rules)
    {
        _rules = rules;
    }

    /// <summary>Problems met: a path that does not exist (a usage error) or a folder that cannot be listed.</summary>
    public List<string> MissingPaths { get; } = new();

    public List<string> Unreadable { get; } = new();

    public List<InputFile> Walk(IReadOnlyList<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<InputFile>();
        foreach (string path in paths)
        {
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (File.Exists(full))
            {
                var kind = InputFile.KindOf(full);
                if (kind != null && !_rules.IsExcludedByOption(full, isDirectory: false) && seen.Add(full))
                {
                    files.Add(new InputFile(full, kind.Value));
                }
            }
            else if (Directory.Exists(full))
            {
                if (!_rules.IsExcludedByOption(full, isDirectory: true))
                {
                    WalkDirectory(full, IgnoreRules.TopFor(full), stopAtProjects: false, name => InputFile.KindOf(name) != null, found =>
                    {
                        if (seen.Add(found))
                        {
                            files.Add(new InputFile(found, InputFile.KindOf(found)!.Value));
                        }
                    });
                }
            }
            else
            {
                MissingPaths.Add(path);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return files;
    }

    /// <summary>
    /// The files of one folder and the folders below it that <paramref name="wanted"/> accepts by name and no ignore
    /// rule skips, handed to <paramref name="found"/>. With <paramref name="stopAtProjects"/>, a sub-folder that
    /// holds a project file is not entered (it is a project of its own).
    /// </summary>
    public void WalkDirectory(string root, string top, bool stopAtProjects, Func<string, bool> wanted, Action<string> found)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(directory).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                Unreadable.Add(directory + ": " + e.Message);
                continue;
            }

            if (stopAtProjects && !string.Equals(directory, root, StringComparison.Ordinal) && Projects.HoldsProject(entries))
            {
                continue;
            }

            // Pushed in reverse order, so folders are visited in name order.
            Array.Sort(entries, (a, b) => string.CompareOrdinal(b.Name, a.Name));
            foreach (var entry in entries)
            {
                if ((entry.Attributes & FileAttributes.Directory) != 0)
                {
                    if (entry.LinkTarget == null && !_rules.IsIgnored(entry.FullName, isDirectory: true, top))
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (wanted(entry.Name) && !_rules.IsIgnored(entry.FullName, isDirectory: false, top))
                {
                    found(entry.FullName);
                }
            }
        }
    }
}
