using System.Reflection;
using BenchmarkDotNet.Attributes;
using TermLint.Engine;
using TermLint.Catalog;

namespace TermLint.Benchmarks;

/// <summary>Parsing and compiling the built-in catalog: the one-time cost per process (per compilation start at worst).</summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private (string Path, string Text)[] _files = null!;
    private CatalogFile[] _parsed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(BuiltInCatalog).Assembly;
        _files = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".termlint", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            })
            .ToArray();
        _parsed = _files.Select(f => CatalogParser.Parse(f.Path, f.Text)).ToArray();
    }

    [Benchmark]
    public int ParseAndCompile()
    {
        var files = new CatalogFile[_files.Length];
        for (int i = 0; i < files.Length; i++)
        {
            files[i] = CatalogParser.Parse(_files[i].Path, _files[i].Text);
        }

        return CompiledCatalog.Compile(files).Models.Count;
    }

    [Benchmark]
    public int CompileOnly() => CompiledCatalog.Compile(_parsed).Models.Count;
}
