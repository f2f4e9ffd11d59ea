using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TermLint.Cli.Analysis;
using TermLint.Cli.Config;
using TermLint.Cli.Files;
using TermLint.Cli.Fixing;
using TermLint.Cli.Reports;

namespace TermLint.Cli;

/// <summary>Exit codes.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Diagnostics = 1;
    public const int Error = 2;
}

/// <summary>One <c>check</c> or <c>fix</c> run: find the files, read the configuration, analyse, report, fix.</summary>
internal sealed class Runner
{
    private readonly CliArguments _args;
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly string _currentDirectory;
    private readonly bool _errIsTerminal;

    public Runner(CliArguments args, TextWriter stdout, TextWriter stderr, string currentDirectory, bool stderrIsTerminal)
    {
        _args = args;
        _out = stdout;
        _err = stderr;
        _currentDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory));
        _errIsTerminal = stderrIsTerminal;
    }

    public int Run()
    {
        var clock = Stopwatch.StartNew();
        var catalogs = ResolveCatalogs();
        var rules = new IgnoreRules(_args.Excludes, _currentDirectory, readGitIgnore: !_args.NoIgnore);
        var walker = new FileWalker(rules);
        var paths = _args.Paths.Count == 0 ? new List<string> { "." } : _args.Paths;
        var files = walker.Walk(paths.Select(p => Path.GetFullPath(p, _currentDirectory)).ToList());
        if (walker.MissingPaths.Count > 0)
        {
            throw new UsageException("no such file or folder: " + string.Join(", ", walker.MissingPaths.Select(p => Relative(p))));
        }

        var configs = new ConfigFiles();
        var units = new UnitPlanner(walker, configs, _currentDirectory).Plan(files, catalogs);
        if (ReportConfigErrors(configs))
        {
            return ExitCodes.Error;
        }

        var settings = new LintSettings(
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular, _args.PreprocessorSymbols),
            _args.MinimumSeverity,
            _args.Jobs,
            _args.BatchFiles);
        RunResult result;
        using (var progress = new ProgressLine(_err, files.Count, enabled: _errIsTerminal && !_args.Quiet && !_args.NoProgress))
        {
            result = new Linter(settings, progress).Run(units);
        }

        if (ReportConfigErrors(configs))
        {
            return ExitCodes.Error;
        }

        bool failed = ReportReadProblems(result, walker);
        return _args.Command == "fix"
            ? Fix(units, settings, result, clock, failed)
            : Check(result, clock, failed);
    }

    private int Check(RunResult result, Stopwatch clock, bool failed)
    {
        var input = new ReportInput(result.Findings, _currentDirectory, result.FilesChecked, clock.Elapsed);
        WriteReport(input);
        if (!_args.Quiet)
        {
            _err.WriteLine("termlint: " + Files(result.FilesChecked) + ", " + Diagnostics(result.Findings) + " in " + Seconds(clock.Elapsed));
        }

        return failed ? ExitCodes.Error : ExitCode(result.Findings);
    }

    private int Fix(IReadOnlyList<Unit> units, LintSettings settings, RunResult result, Stopwatch clock, bool failed)
    {
        var plan = new Fixer(new Linter(settings)).Plan(units, result);
        if (!plan.Converged)
        {
            _err.WriteLine("termlint: some fixable diagnostics remain after " + Fixer.MaxPasses + " passes; run 'termlint fix' again");
        }

        var input = new ReportInput(plan.Remaining, _currentDirectory, result.FilesChecked, clock.Elapsed);
        if (_args.DryRun)
        {
            foreach (var change in plan.Changes)
            {
                // The diff is of the file's bytes as UTF-8 text: a UTF-8 byte order mark belongs to its first line.
                string mark = change.Original.HasUtf8Mark ? "\uFEFF" : "";
                _out.Write(UnifiedDiff.Create(RelativeUri(change.Path), mark + change.Original.Text, mark + change.NewText));
            }

            if (_args.Output != null)
            {
                WriteReport(input);
            }
        }
        else
        {
            foreach (string problem in Fixer.Write(plan))
            {
                _err.WriteLine("termlint: " + Relative(problem));
                failed = true;
            }

            WriteReport(input);
        }

        if (!_args.Quiet)
        {
            string verb = _args.DryRun ? "would fix " : "fixed ";
            string remain = plan.Remaining.Count == 0 ? "none remains" : Diagnostics(plan.Remaining) + (plan.Remaining.Count == 1 ? " remains" : " remain");
            _err.WriteLine("termlint: " + verb + Count(plan.Fixed, "diagnostic") + " in " + Count(plan.Changes.Count, "file") + "; " + remain + "; " + Files(result.FilesChecked) + " in " + Seconds(clock.Elapsed));
        }

        if (failed)
        {
            return ExitCodes.Error;
        }

        return _args.DryRun && plan.Changes.Count > 0 ? ExitCodes.Diagnostics : ExitCode(plan.Remaining);
    }

    private static int ExitCode(IEnumerable<Finding> findings) =>
        findings.Any(f => f.Severity >= DiagnosticSeverity.Warning) ? ExitCodes.Diagnostics : ExitCodes.Clean;

    private void WriteReport(ReportInput input)
    {
        if (_args.Output == null)
        {
            Reporter.Write(_args.Format, input, _out);
            _out.Flush();
            return;
        }

        string path = Path.GetFullPath(_args.Output, _currentDirectory);
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Reporter.Write(_args.Format, input, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot write the report to " + _args.Output + ": " + e.Message);
        }
    }

    private List<string> ResolveCatalogs()
    {
        var catalogs = new List<string>();
        foreach (string catalog in _args.Catalogs)
        {
            string full = Path.GetFullPath(catalog, _currentDirectory);
            if (!File.Exists(full))
            {
                throw new UsageException("--catalog " + catalog + ": no such file");
            }

            if (!TermLint.Catalog.UserCatalogMerge.IsCatalogPath(full))
            {
                throw new UsageException("--catalog " + catalog + ": a user catalog's name ends in .termlint");
            }

            catalogs.Add(full);
        }

        return catalogs;
    }

    private bool ReportConfigErrors(ConfigFiles configs)
    {
        if (configs.Errors.Count == 0)
        {
            return false;
        }

        foreach (var error in configs.Errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Message, StringComparer.Ordinal))
        {
            _err.WriteLine("termlint: configuration error: " + (error with { Path = Relative(error.Path) }));
        }

        _err.WriteLine("termlint: nothing was checked; fix the configuration above");
        return true;
    }

    private bool ReportReadProblems(RunResult result, FileWalker walker)
    {
        foreach (string binary in result.Binary)
        {
            _err.WriteLine("termlint: skipped " + Relative(binary) + ": not a text file");
        }

        bool failed = false;
        foreach (string problem in walker.Unreadable.Concat(result.Unreadable))
        {
            _err.WriteLine("termlint: cannot read " + Relative(problem));
            failed = true;
        }

        foreach (string error in result.InternalErrors)
        {
            _err.WriteLine("termlint: internal error (please report it): " + error);
            failed = true;
        }

        return failed;
    }

    private string Relative(string pathAndMore) =>
        pathAndMore.StartsWith(_currentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? pathAndMore.Substring(_currentDirectory.Length + 1)
            : pathAndMore;

    private string RelativeUri(string path) =>
        IgnoreList.IsBelow(path, _currentDirectory, out string relative) ? relative : path.TrimStart('/');

    private static string Diagnostics(IReadOnlyCollection<Finding> findings) =>
        findings.Count == 0 ? "no diagnostics" : Count(findings.Count, "diagnostic") + " (" + ReportInput.ByRule(findings) + ")";

    private static string Files(int count) => Count(count, "file");

    private static string Count(int count, string noun) =>
        count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
