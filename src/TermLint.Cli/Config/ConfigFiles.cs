using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace TermLint.Cli.Config;

/// <summary>A configuration mistake the tool will not guess about: printed with its file and line, exit code 2.</summary>
internal sealed record ConfigError(string Path, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line}): {Message}" : $"{Path}: {Message}";
}

/// <summary>
/// The <c>.editorconfig</c> and <c>.globalconfig</c> files of a run, each read and parsed once with Roslyn's own
/// <see cref="AnalyzerConfig.Parse(string, string?)"/>, so sections, globs, <c>root = true</c>, <c>is_global</c> and
/// <c>global_level</c> mean exactly what they mean to the compiler.
/// <para>
/// The compiler silently ignores a line that is not a section, a <c>key = value</c> pair, a comment or blank; the
/// tool reports it as a configuration error instead (whatever the line meant, it is not applied), as it does for a
/// file it cannot read or that is not text, and for Roslyn's own complaints (an invalid severity, a key set twice in
/// global configs).
/// </para>
/// </summary>
internal sealed class ConfigFiles
{
    // The shapes of a line that AnalyzerConfig.Parse accepts (Roslyn's section and property patterns).
    private static readonly Regex Section = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Property = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Ignorable = new(@"^\s*([#;].*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly ConcurrentDictionary<string, AnalyzerConfig?> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _exists = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<ConfigError> _errors = new();

    public IReadOnlyCollection<ConfigError> Errors => _errors;

    public void AddError(ConfigError error) => _errors.Add(error);

    /// <summary>
    /// The <c>.editorconfig</c> files that can apply to a file in <paramref name="directory"/>: one in it and in each
    /// folder above it (the compiler's discovery; <c>root = true</c> is applied by <see cref="AnalyzerConfigSet"/>).
    /// </summary>
    public IEnumerable<string> EditorConfigsAbove(string directory) => NamedAbove(directory, ".editorconfig");

    /// <summary>The <c>.globalconfig</c> files in <paramref name="directory"/> and each folder above it.</summary>
    public IEnumerable<string> GlobalConfigsAbove(string directory) => NamedAbove(directory, ".globalconfig");

    private IEnumerable<string> NamedAbove(string directory, string name)
    {
        for (string? d = directory; d != null; d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, name);
            if (_exists.GetOrAdd(candidate, File.Exists))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>The parsed file, or null when it could not be read (an error is recorded once).</summary>
    public AnalyzerConfig? Get(string path) => _parsed.GetOrAdd(path, Load);

    /// <summary>One options set for the files of a project: the configs given, merged by Roslyn; its complaints become errors.</summary>
    public AnalyzerConfigSet CreateSet(IEnumerable<string> paths)
    {
        var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var config = Get(path);
            if (config != null)
            {
                configs.Add(config);
            }
        }

        var set = AnalyzerConfigSet.Create(configs.ToImmutable(), out var diagnostics);
        AddDiagnostics(diagnostics);
        return set;
    }

    /// <summary>Roslyn's diagnostics about configuration (an invalid severity, a duplicate global key) as errors.</summary>
    public void AddDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                var span = diagnostic.Location.GetLineSpan();
                string path = span.Path is { Length: > 0 } p ? p : "configuration";
                _errors.Add(new ConfigError(path, span.IsValid && span.Path.Length > 0 ? span.StartLinePosition.Line + 1 : 0, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " (" + diagnostic.Id + ")"));
            }
        }
    }

    private AnalyzerConfig? Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new ConfigError(path, 0, "cannot be read: " + e.Message));
            return null;
        }

        if (text.Contains('\0'))
        {
            _errors.Add(new ConfigError(path, 0, "is not a text file (it holds NUL characters); it is not applied"));
            return null;
        }

        int lineNumber = 0;
        foreach (string line in text.Split('\n'))
        {
            lineNumber++;
            string content = line.TrimEnd('\r');
            if (!Ignorable.IsMatch(content) && !Section.IsMatch(content) && !Property.IsMatch(content))
            {
                string shown = content.Length > 60 ? content.Substring(0, 60) + "…" : content;
                _errors.Add(new ConfigError(path, lineNumber, "'" + shown.Trim() + "' is not a [section], a key = value pair or a comment; the compiler ignores such a line, so fix or remove it"));
            }
        }

        return AnalyzerConfig.Parse(text, path);
    }
}
