using Microsoft.CodeAnalysis;

namespace TermLint.Cli;

/// <summary>The report formats of <c>--format</c>.</summary>
internal enum ReportFormat
{
    Text,
    Sarif,
    Json,
}

/// <summary>A command line the user got wrong: printed with a pointer to <c>--help</c>, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// What the command line asks for. Parsed by hand (a handful of options, no package): options and paths may come in
/// any order, <c>--</c> ends the options, <c>--name=value</c> and <c>--name value</c> are the same.
/// </summary>
internal sealed class CliArguments
{
    public const string Usage = """
        Usage:
          termlint check [options] [PATH...]    report TermLint diagnostics in the files and folders given (default: .)
          termlint fix [options] [PATH...]      apply every fix, then report what remains
          termlint --version | --help

        Files read: *.cs, *.md, *.markdown, *.razor, *.cshtml, *.resx, and *.termlint user catalogs. Folders are
        walked honouring .gitignore files; bin/, obj/ and .git/ are always skipped.

        Options:
          --format text|sarif|json   report format (default text: path(line,col): severity ID: message)
          -o, --output FILE          write the report to FILE instead of standard output
          --severity LEVEL           lowest severity to report and fix: error, warning (default) or suggestion
          --exclude GLOB             skip paths matching a .gitignore-style pattern, relative to the current
                                     folder (repeatable): --exclude 'docs/archive/' --exclude '*.g.md'
          --catalog FILE             a user catalog (*.termlint) for every file (repeatable), after those found
          --no-ignore                do not read .gitignore files
          -d, --define SYMBOLS       C# preprocessor symbols, ';'-separated (default DEBUG;TRACE, as a Debug build)
          -j, --jobs N               files analysed in parallel (default: the number of cores)
          --dry-run                  fix: print the changes as a unified diff and write nothing
          -q, --quiet                no progress line and no summary line
          --no-progress              no progress line (it is shown only on a terminal anyway)

        Exit codes: 0 no diagnostic at warning or above; 1 at least one; 2 a usage or configuration error, a file that
        could not be read, or (fix) a file that could not be written.
        """;

    public string Command { get; private set; } = "";

    public List<string> Paths { get; } = new();

    public List<string> Excludes { get; } = new();

    public List<string> Catalogs { get; } = new();

    public ReportFormat Format { get; private set; } = ReportFormat.Text;

    public string? Output { get; private set; }

    /// <summary>The least severe diagnostic reported and fixed.</summary>
    public DiagnosticSeverity MinimumSeverity { get; private set; } = DiagnosticSeverity.Warning;

    public bool NoIgnore { get; private set; }

    public string[] PreprocessorSymbols { get; private set; } = { "DEBUG", "TRACE" };

    public int Jobs { get; private set; } = Environment.ProcessorCount;

    /// <summary>Files per compilation; a hidden option (<c>--batch-files</c>) for tests of what crosses batches.</summary>
    public int BatchFiles { get; private set; } = 256;

    public bool DryRun { get; private set; }

    public bool Quiet { get; private set; }

    public bool NoProgress { get; private set; }

    public bool ShowHelp { get; private set; }

    public bool ShowVersion { get; private set; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        bool optionsEnded = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                if (parsed.Command.Length == 0 && !optionsEnded)
                {
                    parsed.Command = arg switch
                    {
                        "check" or "fix" => arg,
                        "help" => "help",
                        _ => throw new UsageException("unknown command '" + arg + "': use 'check' or 'fix'"),
                    };
                }
                else
                {
                    parsed.Paths.Add(arg);
                }

                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name = arg;
            string? inline = null;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg.Substring(0, equals);
                inline = arg.Substring(equals + 1);
            }

            string Value()
            {
                if (inline != null)
                {
                    return inline;
                }

                if (i + 1 >= args.Count)
                {
                    throw new UsageException(name + " needs a value");
                }

                return args[++i];
            }

            void NoValue()
            {
                if (inline != null)
                {
                    throw new UsageException(name + " takes no value");
                }
            }

            switch (name)
            {
                case "-h":
                case "--help":
                    NoValue();
                    parsed.ShowHelp = true;
                    break;
                case "--version":
                    NoValue();
                    parsed.ShowVersion = true;
                    break;
                case "--format":
                    parsed.Format = Value() switch
                    {
                        "text" => ReportFormat.Text,
                        "sarif" => ReportFormat.Sarif,
                        "json" => ReportFormat.Json,
                        var other => throw new UsageException("--format is text, sarif or json, not '" + other + "'"),
                    };
                    break;
                case "-o":
                case "--output":
                    parsed.Output = Value();
                    break;
                case "--severity":
                    parsed.MinimumSeverity = Value().ToLowerInvariant() switch
                    {
                        "error" => DiagnosticSeverity.Error,
                        "warning" or "warn" => DiagnosticSeverity.Warning,
                        "suggestion" or "info" => DiagnosticSeverity.Info,
                        var other => throw new UsageException("--severity is error, warning or suggestion, not '" + other + "'"),
                    };
                    break;
                case "--exclude":
                    string pattern = Value();
                    if (pattern.Trim().Length == 0)
                    {
                        throw new UsageException("--exclude needs a pattern");
                    }

                    parsed.Excludes.Add(pattern);
                    break;
                case "--catalog":
                    parsed.Catalogs.Add(Value());
                    break;
                case "--no-ignore":
                    NoValue();
                    parsed.NoIgnore = true;
                    break;
                case "-d":
                case "--define":
                    parsed.PreprocessorSymbols = Value().Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "-j":
                case "--jobs":
                    string jobs = Value();
                    if (!int.TryParse(jobs, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1)
                    {
                        throw new UsageException("--jobs is a whole number, 1 or more, not '" + jobs + "'");
                    }

                    parsed.Jobs = n;
                    break;
                case "--batch-files":
                    parsed.BatchFiles = int.TryParse(Value(), out int batch) && batch >= 1 ? batch : throw new UsageException("--batch-files is a whole number, 1 or more");
                    break;
                case "--dry-run":
                    NoValue();
                    parsed.DryRun = true;
                    break;
                case "-q":
                case "--quiet":
                    NoValue();
                    parsed.Quiet = true;
                    break;
                case "--no-progress":
                    NoValue();
                    parsed.NoProgress = true;
                    break;
                default:
                    throw new UsageException("unknown option '" + name + "'");
            }
        }

        if (parsed.Command == "help")
        {
            parsed.ShowHelp = true;
        }

        if (!parsed.ShowHelp && !parsed.ShowVersion)
        {
            if (parsed.Command.Length == 0)
            {
                throw new UsageException("no command: use 'termlint check [PATH...]' or 'termlint fix [PATH...]'");
            }

            if (parsed.DryRun && parsed.Command != "fix")
            {
                throw new UsageException("--dry-run is an option of 'fix'");
            }
        }

        return parsed;
    }
}
