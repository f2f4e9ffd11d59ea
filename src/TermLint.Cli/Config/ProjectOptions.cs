using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TermLint.Cli.Config;

/// <summary>
/// The options of one project's files, computed by Roslyn's <see cref="AnalyzerConfigSet"/> exactly as the compiler
/// computes them: per file the merged <c>.editorconfig</c> sections (with the <c>.globalconfig</c> keys under them),
/// its <c>dotnet_diagnostic.*.severity</c> entries for C# files, and the global options and severities that apply
/// to everything else (the compiler applies per-file severities to source files only).
/// </summary>
internal sealed class ProjectOptions
{
    private readonly AnalyzerConfigSet _set;
    private readonly ConfigFiles _configs;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);
    // Roslyn hands files with the same sections the same dictionaries; one options object per dictionary keeps
    // TermLint's per-instance caches (options reader, configuration check) as effective as in the compiler.
    private readonly ConditionalWeakTable<ImmutableDictionary<string, string>, DictionaryOptions> _wrapped = new();

    public ProjectOptions(AnalyzerConfigSet set, ConfigFiles configs)
    {
        _set = set;
        _configs = configs;
        var global = set.GlobalConfigOptions;
        configs.AddDiagnostics(global.Diagnostics);
        GlobalOptions = Wrap(global.AnalyzerOptions);
        GlobalSeverities = global.TreeOptions;
    }

    public AnalyzerConfigOptions GlobalOptions { get; }

    public ImmutableDictionary<string, ReportDiagnostic> GlobalSeverities { get; }

    public AnalyzerConfigOptionsResult ResultFor(string path) => _byPath.GetOrAdd(path, p =>
    {
        var result = _set.GetOptionsForSourcePath(p);
        if (!result.Diagnostics.IsEmpty)
        {
            _configs.AddDiagnostics(result.Diagnostics);
        }

        return result;
    });

    public AnalyzerConfigOptions OptionsFor(string path) => Wrap(ResultFor(path).AnalyzerOptions);

    private AnalyzerConfigOptions Wrap(ImmutableDictionary<string, string> options) =>
        _wrapped.GetValue(options, o => new DictionaryOptions(o));

    /// <summary>The provider handed to the analyzer through <see cref="AnalyzerOptions"/>.</summary>
    public AnalyzerConfigOptionsProvider Provider() => new OptionsProvider(this);

    /// <summary>The per-tree severities and generated-code settings the compiler takes from the same files.</summary>
    public SyntaxTreeOptionsProvider TreeProvider() => new TreeOptionsProvider(this);

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _options;

        public DictionaryOptions(ImmutableDictionary<string, string> options)
        {
            _options = options;
        }

        public override IEnumerable<string> Keys => _options.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ProjectOptions _owner;

        public OptionsProvider(ProjectOptions owner)
        {
            _owner = owner;
        }

        public override AnalyzerConfigOptions GlobalOptions => _owner.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _owner.OptionsFor(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _owner.OptionsFor(textFile.Path);
    }

    private sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly ProjectOptions _owner;

        public TreeOptionsProvider(ProjectOptions owner)
        {
            _owner = owner;
        }

        /// <summary><c>generated_code = true | false</c> in a file's section, as the compiler reads it.</summary>
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (_owner.ResultFor(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out string? value))
            {
                if (string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase))
                {
                    return GeneratedKind.MarkedGenerated;
                }

                if (string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
                {
                    return GeneratedKind.NotGenerated;
                }
            }

            return GeneratedKind.Unknown;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _owner.ResultFor(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _owner.GlobalSeverities.TryGetValue(diagnosticId, out severity);
    }
}
