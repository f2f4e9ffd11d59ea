using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Architecture
{
    /// <summary>
    /// The layers flow one way, with Roslyn only at the edges: Prose → Catalog → Rules → Engine, and none of them
    /// touches Microsoft.CodeAnalysis. Read from the analyzer's own sources, bound by the compiler, so a reference
    /// through a fully qualified name or an extension method counts as much as a using directive.
    /// </summary>
    public class LayerTests
    {
        /// <summary>Each Roslyn-free layer and the TermLint namespaces it may use (its own and those below it).</summary>
        private static readonly Dictionary<string, string[]> Allowed = new()
        {
            ["Prose"] = new[] { "TermLint.Prose" },
            ["Catalog"] = new[] { "TermLint.Catalog", "TermLint.Prose" },
            ["Rules"] = new[] { "TermLint.Rules", "TermLint.Catalog", "TermLint.Prose" },
            ["Engine"] = new[] { "TermLint.Engine", "TermLint.Rules", "TermLint.Catalog", "TermLint.Prose" },
        };

        private static readonly Lazy<(CSharpCompilation Compilation, List<SyntaxTree> Trees)> Sources = new(Compile);

        public static IEnumerable<object[]> Layers => Allowed.Keys.Select(layer => new object[] { layer });

        [Theory]
        [MemberData(nameof(Layers))]
        public void A_layer_uses_only_itself_the_layers_below_it_and_no_Roslyn(string layer)
        {
            var (compilation, trees) = Sources.Value;
            var wrong = new SortedSet<string>(StringComparer.Ordinal);
            int files = 0;
            foreach (var tree in trees.Where(t => LayerOf(t.FilePath) == layer))
            {
                files++;
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    string? ns = node switch
                    {
                        UsingDirectiveSyntax u when u.Alias == null && u.StaticKeyword.IsKind(SyntaxKind.None) => u.Name?.ToString(),
                        SimpleNameSyntax name => NamespaceOf(model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault()),
                        _ => null,
                    };

                    if (ns != null && !IsAllowed(layer, ns))
                    {
                        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        wrong.Add(Path.GetFileName(tree.FilePath) + "(" + line + "): " + ns);
                    }
                }
            }

            Assert.True(files > 0, "no sources found for layer " + layer);
            Assert.True(wrong.Count == 0, layer + " references what it must not:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        }

        [Fact]
        public void The_test_sees_a_forbidden_reference_when_there_is_one()
        {
            // The check itself must be able to fail: a Prose file that names a Rules type and a Roslyn type.
            var tree = CSharpSyntaxTree.ParseText("namespace TermLint.Prose { class Probe { TermLint.Rules.Finding? f; Microsoft.CodeAnalysis.SyntaxNode? n; } }", path: "Prose/Probe.cs");
            var compilation = Sources.Value.Compilation.AddSyntaxTrees(tree);
            var model = compilation.GetSemanticModel(tree);
            var seen = tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>().Select(n => NamespaceOf(model.GetSymbolInfo(n).Symbol)).Where(ns => ns != null && !IsAllowed("Prose", ns)).ToList();
            Assert.Contains("TermLint.Rules", seen);
            Assert.Contains(seen, ns => ns!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }

        private static bool IsAllowed(string layer, string ns) =>
            !ns.StartsWith("TermLint", StringComparison.Ordinal) ? !ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) : Allowed[layer].Contains(ns);

        private static string? NamespaceOf(ISymbol? symbol)
        {
            // Namespaces are checked through using directives; a qualified name is checked at the type it names.
            if (symbol == null || symbol is INamespaceSymbol || symbol is ILocalSymbol || symbol is IParameterSymbol || symbol is ITypeParameterSymbol || symbol is IRangeVariableSymbol || symbol is ILabelSymbol)
            {
                return null;
            }

            var ns = (symbol as ITypeSymbol ?? symbol.ContainingType)?.ContainingNamespace ?? symbol.ContainingNamespace;
            return ns == null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
        }

        private static string? LayerOf(string path)
        {
            string relative = path.Replace('\\', '/');
            foreach (string layer in Allowed.Keys)
            {
                if (relative.Contains("/src/TermLint/" + layer + "/", StringComparison.Ordinal))
                {
                    return layer;
                }
            }

            return null;
        }

        private static (CSharpCompilation, List<SyntaxTree>) Compile()
        {
            var options = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = Directory.GetFiles(RepositoryPaths.Combine("src", "TermLint"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
                .ToList();
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Concat(new[] { typeof(SyntaxNode).Assembly.Location, typeof(CSharpSyntaxTree).Assembly.Location })
                .Distinct(StringComparer.Ordinal)
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create("TermLintLayers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            return (compilation, trees);
        }
    }
}
