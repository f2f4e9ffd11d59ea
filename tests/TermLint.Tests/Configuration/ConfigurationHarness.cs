using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using TermLint.Engine;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Rules;

namespace TermLint.Tests.Configuration
{
    /// <summary>
    /// One place that builds analyzer runs for the configuration tests: C# sources, AdditionalFiles (Markdown docs,
    /// user catalogs) and .editorconfig / .globalconfig files, on .NET 8 reference assemblies restored offline.
    /// Expected diagnostics are written as markup ({|TL0001:LLM|}) in the sources and additional files.
    /// </summary>
    internal sealed class ConfiguredRun
    {
        private readonly CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier> _test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };

        public ConfiguredRun Source(string code, string? path = null)
        {
            if (path == null)
            {
                _test.TestState.Sources.Add(code);
            }
            else
            {
                _test.TestState.Sources.Add((path, code));
            }

            return this;
        }

        public ConfiguredRun AdditionalFile(string path, string text)
        {
            _test.TestState.AdditionalFiles.Add((path, text));
            return this;
        }

        /// <summary>An .editorconfig at the root whose [*] section holds <paramref name="lines"/>.</summary>
        public ConfiguredRun EditorConfig(params string[] lines) => RawConfig("/.editorconfig", "root = true\n\n[*]\n" + string.Join("\n", lines) + "\n");

        public ConfiguredRun GlobalConfig(params string[] lines) => RawConfig("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n");

        public ConfiguredRun RawConfig(string path, string text)
        {
            _test.TestState.AnalyzerConfigFiles.Add((path, text));
            return this;
        }

        public ConfiguredRun Expect(params DiagnosticResult[] diagnostics)
        {
            _test.ExpectedDiagnostics.AddRange(diagnostics);
            return this;
        }

        /// <summary>Builds without parsing documentation, as a plain `dotnet build` does.</summary>
        public ConfiguredRun WithoutDocumentationMode()
        {
            _test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = solution.GetProject(projectId)!.ParseOptions!.WithDocumentationMode(DocumentationMode.None);
                return solution.WithProjectParseOptions(projectId, options);
            });
            return this;
        }

        /// <summary>For sources that use #pragma themselves: the library's own check wraps the file in one.</summary>
        public ConfiguredRun WithoutPragmaCheck()
        {
            _test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            return this;
        }

        public Task RunAsync() => _test.RunAsync(CancellationToken.None);

        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);
    }

    /// <summary>The engine without Roslyn: parse user catalog texts, merge them with the built-in catalog.</summary>
    internal static class Catalogs
    {
        public static readonly ICollection<string> KnownRuleIds = Descriptors.All.Select(d => d.Id).Where(id => !id.StartsWith("TL9")).ToList();

        public static UserCatalogSet Merge(params (string Path, string Text)[] files) =>
            UserCatalogSpecs.Merge(BuiltInCatalog.Files, files.Select(f => CatalogParser.Parse(f.Path, f.Text)).ToList(), KnownRuleIds);

        public static List<Finding> Check(this UserCatalogSet set, string prose) => set.Checker.Check(prose);
    }

    /// <summary>An AdditionalFile held in memory.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

        public static ImmutableArray<AdditionalText> Files(params (string Path, string Text)[] files) =>
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
    }
}
