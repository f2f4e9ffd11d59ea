using System.Collections.Concurrent;
using TermLint.Catalog;
using TermLint.Cli.Config;

namespace TermLint.Cli.Files;

/// <summary>
/// The files checked together, as one compilation: a C# project (the nearest folder above a file that holds a
/// <c>*.csproj</c>), or the loose files of a repository (or of the current folder) outside any project. A project's
/// user catalogs (<c>*.termlint</c> anywhere in its folder) apply to its files only, as they would in its build;
/// <c>--catalog</c> files apply to every unit.
/// </summary>
internal sealed class Unit
{
    public Unit(string root, bool isProject)
    {
        Root = root;
        IsProject = isProject;
    }

    public string Root { get; }

    public bool IsProject { get; }

    /// <summary>The files checked, catalogs included when they were walked or named.</summary>
    public List<InputFile> Files { get; } = new();

    /// <summary>Every catalog of the unit in merge order: those found in its folder (by path), then <c>--catalog</c>.</summary>
    public List<string> Catalogs { get; } = new();

    /// <summary>The catalogs whose TL9001 problems are reported: those checked, and those given with <c>--catalog</c>.</summary>
    public HashSet<string> ReportedCatalogs { get; } = new(StringComparer.Ordinal);

    public List<string> GlobalConfigs { get; } = new();

    public ProjectOptions Options { get; set; } = null!;
}

internal static class Projects
{
    public static bool HoldsProject(FileSystemInfo[] entries)
    {
        foreach (var entry in entries)
        {
            if ((entry.Attributes & FileAttributes.Directory) == 0 && entry.Name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Groups the files of a run into <see cref="Unit"/>s and finds each unit's catalogs and configuration files.</summary>
internal sealed class UnitPlanner
{
    private readonly FileWalker _walker;
    private readonly ConfigFiles _configs;
    private readonly string _currentDirectory;
    private readonly ConcurrentDictionary<string, string?> _projectRoots = new(StringComparer.Ordinal);

    public UnitPlanner(FileWalker walker, ConfigFiles configs, string currentDirectory)
    {
        _walker = walker;
        _configs = configs;
        _currentDirectory = Path.TrimEndingDirectorySeparator(currentDirectory);
    }

    public List<Unit> Plan(IReadOnlyList<InputFile> files, IReadOnlyList<string> extraCatalogs)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string directory = Path.GetDirectoryName(file.FullPath)!;
            string? project = ProjectRootFor(directory);
            string root = project ?? LooseRootFor(directory);
            if (!units.TryGetValue(root, out var unit))
            {
                unit = new Unit(root, project != null);
                units.Add(root, unit);
            }

            unit.Files.Add(file);
            if (file.Kind == InputKind.Catalog)
            {
                unit.ReportedCatalogs.Add(file.FullPath);
            }
        }

        var ordered = units.Values.OrderBy(u => u.Root, StringComparer.Ordinal).ToList();
        foreach (var unit in ordered)
        {
            Complete(unit, extraCatalogs);
        }

        return ordered;
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> that holds a project file, or null.</summary>
    public string? ProjectRootFor(string directory) => _projectRoots.GetOrAdd(directory, d =>
    {
        try
        {
            if (Directory.EnumerateFiles(d, "*.csproj").Any())
            {
                return d;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unlistable folder holds no project we can see; the ones above may.
        }

        string? parent = Path.GetDirectoryName(d);
        return parent == null ? null : ProjectRootFor(parent);
    });

    /// <summary>Outside a project: the repository's top, else the current folder when the file is below it, else its own folder.</summary>
    private string LooseRootFor(string directory)
    {
        string top = IgnoreRules.TopFor(directory);
        if (!string.Equals(top, directory, StringComparison.Ordinal) || Directory.Exists(Path.Combine(top, ".git")) || File.Exists(Path.Combine(top, ".git")))
        {
            return top;
        }

        return string.Equals(directory, _currentDirectory, StringComparison.Ordinal) || IgnoreList.IsBelow(directory, _currentDirectory, out _)
            ? _currentDirectory
            : directory;
    }

    private void Complete(Unit unit, IReadOnlyList<string> extraCatalogs)
    {
        var catalogs = new List<string>();
        var globals = new List<string>();
        string top = IgnoreRules.TopFor(unit.Root);
        _walker.WalkDirectory(unit.Root, top, stopAtProjects: true,
            name => UserCatalogMerge.IsCatalogPath(name) || string.Equals(name, ".globalconfig", StringComparison.OrdinalIgnoreCase),
            found => (UserCatalogMerge.IsCatalogPath(found) ? catalogs : globals).Add(found));

        // A catalog named on the command line belongs to its unit even where the walk would skip it (a .gitignore).
        foreach (var file in unit.Files)
        {
            if (file.Kind == InputKind.Catalog && !catalogs.Contains(file.FullPath, StringComparer.Ordinal))
            {
                catalogs.Add(file.FullPath);
            }
        }

        catalogs.Sort(StringComparer.Ordinal);
        unit.Catalogs.AddRange(catalogs);
        foreach (string extra in extraCatalogs)
        {
            unit.Catalogs.Remove(extra);
            unit.Catalogs.Add(extra);
            unit.ReportedCatalogs.Add(extra);
        }

        unit.GlobalConfigs.AddRange(globals);
        unit.GlobalConfigs.AddRange(_configs.GlobalConfigsAbove(unit.Root));

        var configPaths = new List<string>(unit.GlobalConfigs);
        foreach (string directory in unit.Files.Select(f => Path.GetDirectoryName(f.FullPath)!).Concat(unit.Catalogs.Select(c => Path.GetDirectoryName(c)!)).Distinct(StringComparer.Ordinal))
        {
            configPaths.AddRange(_configs.EditorConfigsAbove(directory));
        }

        unit.Options = new ProjectOptions(_configs.CreateSet(configPaths), _configs);
    }
}
