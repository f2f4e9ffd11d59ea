using System.Diagnostics;
using System.Text;

namespace TermLint.Cli.Tests.Infrastructure;

/// <summary>A folder of files made for one test and deleted after it.</summary>
public sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "termlint-cli-" + Guid.NewGuid().ToString("N").Substring(0, 10));
        Directory.CreateDirectory(Root);
        // Resolved, so paths compare equal to the ones the tool prints (/tmp may be a link).
        Root = new DirectoryInfo(Root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Root;
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempTree Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public TempTree Write(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Copies a folder of the repository (its bin/ and obj/ left out) to <paramref name="relative"/>.</summary>
    public TempTree CopyFrom(string repositoryFolder, string relative)
    {
        string source = Repository.PathOf(repositoryFolder);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string rest = Path.GetRelativePath(source, file);
            string first = rest.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            Write(Path.Combine(relative, rest), File.ReadAllBytes(file));
        }

        return this;
    }

    /// <summary>Every file below the root, '/'-separated and sorted, with its bytes.</summary>
    public SortedDictionary<string, byte[]> Snapshot()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            if (!file.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                files[Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    /// <summary>Runs a program in the tree; returns its exit code and output.</summary>
    public (int Exit, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            foreach (string file in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
            {
                if (!OperatingSystem.IsWindows() && File.Exists(file))
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (string? directory = AppContext.BaseDirectory; directory != null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "TermLint.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("TermLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The result of one in-process run of the command line.</summary>
public sealed record CliResult(int Exit, string Stdout, string Stderr)
{
    /// <summary>The report's lines (standard output), without blank lines.</summary>
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => "exit " + Exit + "\n--- stdout\n" + Stdout + "--- stderr\n" + Stderr;
}

public static class Termlint
{
    /// <summary>Runs <c>termlint</c> in-process in <paramref name="directory"/>, as a redirected (non-terminal) run.</summary>
    public static CliResult Run(string directory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = Cli.Run(args, stdout, stderr, directory, stderrIsTerminal: false);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
