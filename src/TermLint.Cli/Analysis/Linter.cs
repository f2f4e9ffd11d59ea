using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.Cli.Files;
using TermLint.Engine;
using TermLint.Sources;

namespace TermLint.Cli.Analysis;

/// <summary>How the files are read and what is kept; <paramref name="MaxBatchFiles"/> bounds a compilation (tests make it 1).</summary>
internal sealed record LintSettings(CSharpParseOptions ParseOptions, DiagnosticSeverity MinimumSeverity, int Jobs, int MaxBatchFiles = 256);

/// <summary>Where a run reports how far it got (the progress line).</summary>
internal interface IProgressSink
{
    void Read(int files);

    void Checked(int files);
}

/// <summary>What a run found, and what it could not read.</summary>
internal sealed class RunResult
{
    public List<Finding> Findings { get; } = new();

    /// <summary>The text each finding's spans refer to, for the files that have findings.</summary>
    public Dictionary<string, SourceText> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>The files as read from disk, for the files that have findings (a fix writes back to these bytes).</summary>
    public Dictionary<string, TextFile> Files { get; } = new(StringComparer.Ordinal);

    public List<string> Unreadable { get; } = new();

    public List<string> Binary { get; } = new();

    public List<string> InternalErrors { get; } = new();

    public int FilesChecked { get; set; }
}

/// <summary>
/// Runs TermLint's own analyzer, in-process, on the files of each <see cref="Unit"/>: C# files as syntax trees of
/// one <see cref="CSharpCompilation"/> per batch, Markdown, Razor, .resx and catalogs as AdditionalFiles, the options
/// and severities from the unit's <c>.editorconfig</c>/<c>.globalconfig</c> files — through
/// <see cref="CompilationWithAnalyzers"/>, so severities, <c>#pragma</c>, <c>[SuppressMessage]</c> and generated-code
/// rules are applied by Roslyn's own driver as in a build.
/// <para>
/// Two things make a large tree cheap, neither of which changes a result. A file whose text cannot hold a finding by
/// the analyzer's own gate (no trigger word of the unit's catalog and, in C#, no escape that could write one) is
/// handed to the analyzer empty: it reports nothing for such a file, and its path still carries its options to the
/// configuration check (TL9003). And the files are split into batches analysed in parallel; the catalogs and any
/// file with assembly-level <c>[SuppressMessage]</c> attributes go into every batch of their unit, but their own
/// diagnostics are kept from one batch only.
/// </para>
/// </summary>
internal sealed class Linter
{
    private const int MaxBatchChars = 1 << 20;

    private static readonly Regex GlobalSuppression = new(@"\[\s*(assembly|module)\s*:\s*[\w.]*SuppressMessage", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // One analyzer for every compilation, as the compiler server and the IDE share theirs.
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer());

    // The core library, so that [SuppressMessage] binds as in a build; TermLint's rules read syntax only.
    private static readonly ImmutableArray<MetadataReference> References = CoreReferences();

    private readonly LintSettings _settings;
    private readonly IProgressSink? _progress;

    public Linter(LintSettings settings, IProgressSink? progress = null)
    {
        _settings = settings;
        _progress = progress;
    }

    /// <summary>
    /// Analyses the units' files (only those in <paramref name="only"/>, when given), reading a file's text from
    /// <paramref name="overrides"/> when it is there. Diagnostics without a location are kept only for a full run.
    /// </summary>
    public RunResult Run(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, string>? overrides = null, ISet<string>? only = null, CancellationToken cancellationToken = default)
    {
        var result = new RunResult();
        var work = new List<Batch>();
        foreach (var unit in units)
        {
            var files = only == null ? unit.Files : unit.Files.Where(f => only.Contains(f.FullPath)).ToList();
            if (files.Count == 0)
            {
                continue;
            }

            var context = new UnitContext(unit, _settings, overrides, result, keepUnitDiagnostics: only == null);
            work.AddRange(context.Batches(files, result, _settings.Jobs, _progress, cancellationToken));
            result.FilesChecked += files.Count;
        }

        var findings = new ConcurrentBag<Finding>();
        var texts = new ConcurrentDictionary<string, SourceText>(StringComparer.Ordinal);
        var internalErrors = new ConcurrentBag<string>();
        Parallel.ForEach(
            work.OrderByDescending(b => b.Chars),
            new ParallelOptions { MaxDegreeOfParallelism = _settings.Jobs, CancellationToken = cancellationToken },
            batch =>
            {
                batch.Run(findings, texts, internalErrors, cancellationToken);
                _progress?.Checked(batch.FileCount);
            });

        foreach (var unitGroup in findings.GroupBy(f => f.HasLocation))
        {
            if (unitGroup.Key)
            {
                result.Findings.AddRange(unitGroup);
            }
            else
            {
                // Once per unit: each batch reports the problems of its own files' options.
                result.Findings.AddRange(unitGroup.GroupBy(f => (f.Path, f.Id, f.Message)).Select(g => g.First()));
            }
        }

        result.Findings.RemoveAll(f => f.Severity < _settings.MinimumSeverity || f.Severity == DiagnosticSeverity.Hidden);
        result.Findings.Sort(Finding.Compare);
        foreach (var finding in result.Findings)
        {
            if (finding.HasLocation && texts.TryGetValue(finding.Path, out var text))
            {
                result.Texts[finding.Path] = text;
                finding.ReadEdits(text);
            }
        }

        foreach (var path in result.Files.Keys.Where(p => !result.Texts.ContainsKey(p)).ToList())
        {
            result.Files.Remove(path);
        }

        result.InternalErrors.AddRange(internalErrors.Distinct().OrderBy(e => e, StringComparer.Ordinal));
        result.Unreadable.Sort(StringComparer.Ordinal);
        result.Binary.Sort(StringComparer.Ordinal);
        return result;
    }

    private static ImmutableArray<MetadataReference> CoreReferences()
    {
        string location = typeof(object).Assembly.Location;
        return location.Length == 0 || !File.Exists(location)
            ? ImmutableArray<MetadataReference>.Empty
            : ImmutableArray.Create<MetadataReference>(MetadataReference.CreateFromFile(location));
    }

    /// <summary>A file of a batch: its text (empty when the gate rejected it) and whether its findings are kept.</summary>
    private sealed record Entry(InputFile File, SourceText Text);

    /// <summary>What the batches of one unit share: options, catalogs, shared trees.</summary>
    private sealed class UnitContext
    {
        private readonly Unit _unit;
        private readonly LintSettings _settings;
        private readonly IReadOnlyDictionary<string, string>? _overrides;
        private readonly bool _keepUnitDiagnostics;

        public UnitContext(Unit unit, LintSettings settings, IReadOnlyDictionary<string, string>? overrides, RunResult result, bool keepUnitDiagnostics)
        {
            _unit = unit;
            _settings = settings;
            _overrides = overrides;
            _keepUnitDiagnostics = keepUnitDiagnostics;
            Catalogs = unit.Catalogs.Select(path => (AdditionalText)new FileText(path, ReadCatalog(path, result))).ToImmutableArray();
            CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false)
                .WithSyntaxTreeOptionsProvider(unit.Options.TreeProvider());
            Provider = unit.Options.Provider();
        }

        public ImmutableArray<AdditionalText> Catalogs { get; }

        public CSharpCompilationOptions CompilationOptions { get; }

        public AnalyzerConfigOptionsProvider Provider { get; }

        public List<SyntaxTree> SharedTrees { get; } = new();

        public bool KeepUnitDiagnostics => _keepUnitDiagnostics;

        public string Root => _unit.Root;

        public bool Reports(string catalog) => _unit.ReportedCatalogs.Contains(catalog);

        public IEnumerable<Batch> Batches(List<InputFile> files, RunResult result, int jobs, IProgressSink? progress, CancellationToken cancellationToken)
        {
            // The same gate as the analyzer's, with the unit's catalog: its trigger words, then C# escapes.
            var checker = AdditionalFileAnalysis.Catalogs(Catalogs, cancellationToken).Checker;
            var loaded = new Entry?[files.Count];
            var shared = new ConcurrentBag<SyntaxTree>();
            var owned = new bool[files.Count];
            var gateLock = new object();
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, i =>
            {
                var file = files[i];
                progress?.Read(1);
                if (file.Kind == InputKind.Catalog)
                {
                    return;
                }

                var (text, read) = Load(file, result, gateLock);
                if (text == null)
                {
                    return;
                }

                if (file.Kind == InputKind.CSharp && GlobalSuppression.IsMatch(text))
                {
                    shared.Add(Parse(SourceText.From(text), file.FullPath));
                    owned[i] = true;
                    if (read != null)
                    {
                        lock (gateLock)
                        {
                            result.Files[file.FullPath] = read;
                        }
                    }

                    return;
                }

                bool mayMatch = checker.MayMatch(text, 0, text.Length) || (file.Kind == InputKind.CSharp && CSharpProseWalker.MayHideTriggerInLiterals(text));
                loaded[i] = new Entry(file, SourceText.From(mayMatch ? text : string.Empty));
                if (mayMatch && read != null)
                {
                    // Kept while the file may have findings (a fix writes back to these bytes); Run drops the others.
                    lock (gateLock)
                    {
                        result.Files[file.FullPath] = read;
                    }
                }
            });

            SharedTrees.AddRange(shared.OrderBy(t => t.FilePath, StringComparer.Ordinal));
            var batches = new List<Batch>();
            var full = new Batch(this);
            var empty = new Batch(this);
            batches.Add(full);
            for (int i = 0; i < files.Count; i++)
            {
                if (owned[i])
                {
                    batches[0].OwnSharedTree(files[i].FullPath);
                }

                if (loaded[i] is not { } entry)
                {
                    continue;
                }

                if (entry.Text.Length == 0)
                {
                    if (empty.FileCount >= _settings.MaxBatchFiles * 16)
                    {
                        batches.Add(empty);
                        empty = new Batch(this);
                    }

                    empty.Add(entry);
                    continue;
                }

                if (full.FileCount > 0 && (full.FileCount >= _settings.MaxBatchFiles || full.Chars + entry.Text.Length > MaxBatchChars))
                {
                    full = new Batch(this);
                    batches.Add(full);
                }

                full.Add(entry);
            }

            if (empty.FileCount > 0)
            {
                batches.Add(empty);
            }

            // The first batch reports the catalogs' problems and the shared trees' diagnostics.
            batches[0].OwnsCatalogs = true;
            return batches;
        }

        public SyntaxTree Parse(SourceText text, string path) =>
            CSharpSyntaxTree.ParseText(text, _settings.ParseOptions, path);

        /// <summary>The file's text, and the file as read (none for a text given in the overrides); no text when it cannot be read or is binary.</summary>
        private (string? Text, TextFile? File) Load(InputFile file, RunResult result, object gate)
        {
            if (_overrides != null && _overrides.TryGetValue(file.FullPath, out string? overridden))
            {
                return (overridden, null);
            }

            TextFile text;
            try
            {
                text = TextFile.Read(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lock (gate)
                {
                    result.Unreadable.Add(file.FullPath + ": " + e.Message);
                }

                return (null, null);
            }

            if (text.IsBinary)
            {
                lock (gate)
                {
                    result.Binary.Add(file.FullPath);
                }

                return (null, null);
            }

            return (text.Text, text);
        }

        private static SourceText? ReadCatalog(string path, RunResult result)
        {
            try
            {
                return SourceText.From(TextFile.Read(path).Text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                lock (result)
                {
                    result.Unreadable.Add(path + ": " + e.Message);
                }

                // As the compiler does for a file it cannot read: the analyzer gets no text and says so (TL9001).
                return null;
            }
        }
    }

    /// <summary>One compilation's worth of files.</summary>
    private sealed class Batch
    {
        private readonly UnitContext _unit;
        private readonly List<Entry> _entries = new();
        private readonly HashSet<string> _ownSharedTrees = new(StringComparer.Ordinal);

        public Batch(UnitContext unit)
        {
            _unit = unit;
        }

        public int FileCount => _entries.Count + _ownSharedTrees.Count;

        public long Chars { get; private set; }

        public bool OwnsCatalogs { get; set; }

        public void Add(Entry entry)
        {
            _entries.Add(entry);
            Chars += entry.Text.Length;
        }

        public void OwnSharedTree(string path) => _ownSharedTrees.Add(path);

        public void Run(ConcurrentBag<Finding> findings, ConcurrentDictionary<string, SourceText> texts, ConcurrentBag<string> internalErrors, CancellationToken cancellationToken)
        {
            var own = new HashSet<string>(_ownSharedTrees, StringComparer.Ordinal);
            var trees = new List<SyntaxTree>(_entries.Count + _unit.SharedTrees.Count);
            var additional = ImmutableArray.CreateBuilder<AdditionalText>(_unit.Catalogs.Length + _entries.Count);
            additional.AddRange(_unit.Catalogs);
            foreach (var entry in _entries)
            {
                own.Add(entry.File.FullPath);
                if (entry.File.Kind == InputKind.CSharp)
                {
                    trees.Add(_unit.Parse(entry.Text, entry.File.FullPath));
                }
                else
                {
                    additional.Add(new FileText(entry.File.FullPath, entry.Text));
                }

                texts[entry.File.FullPath] = entry.Text;
            }

            trees.AddRange(_unit.SharedTrees);
            foreach (var tree in _unit.SharedTrees)
            {
                texts[tree.FilePath] = tree.GetText(cancellationToken);
            }

            if (OwnsCatalogs)
            {
                foreach (var catalog in _unit.Catalogs)
                {
                    if (_unit.Reports(catalog.Path))
                    {
                        own.Add(catalog.Path);
                        if (catalog.GetText(cancellationToken) is { } catalogText)
                        {
                            texts[catalog.Path] = catalogText;
                        }
                    }
                }
            }

            var compilation = CSharpCompilation.Create("termlint", trees, References, _unit.CompilationOptions);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional.ToImmutable(), _unit.Provider),
                (exception, analyzer, diagnostic) => internalErrors.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = new CompilationWithAnalyzers(compilation, Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001")
                {
                    internalErrors.Add(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }

                var location = diagnostic.Location;
                if (location == Location.None || location.Kind == LocationKind.None)
                {
                    if (_unit.KeepUnitDiagnostics)
                    {
                        findings.Add(new Finding(diagnostic, _unit.Root, hasLocation: false));
                    }

                    continue;
                }

                string path = location.GetLineSpan().Path;
                if (own.Contains(path))
                {
                    findings.Add(new Finding(diagnostic, path, hasLocation: true));
                }
            }
        }
    }

    /// <summary>An AdditionalFile whose text the tool read (null: the file could not be read, as the compiler passes it).</summary>
    private sealed class FileText : AdditionalText
    {
        private readonly SourceText? _text;

        public FileText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }
}
