using System.Collections.Generic;
using System.Text;
using System.Threading;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TermLint.Catalog;
using TermLint.ReliabilityTests.Generators;
using TermLint.ReliabilityTests.Harness;
using TermLint.Sources;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.ReliabilityTests
{
    /// <summary>
    /// The walker looks only where the prefilter finds trigger words; visiting every token and its trivia in order must
    /// hand the sink exactly the same prose (text, source map and kind) wherever that prose holds a trigger word, for
    /// any input. (The full walk also hands over an interpolated string whose only trigger is inside a hole, whose
    /// prose then has no trigger: it can find nothing in it.)
    /// </summary>
    public sealed class LocatedWalkTests
    {
        private readonly ITestOutputHelper _output;

        public LocatedWalkTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Generated_sources_give_the_same_prose_as_the_full_walk()
        {
            int segments = 0;
            int n = Fuzz.Run(nameof(Generated_sources_give_the_same_prose_as_the_full_walk), SourceGen.Source, source =>
                segments += AssertSameProse(source.Text, source.Mode), s => s.ToString(), ciIterations: 600);
            _output.WriteLine(n + " generated sources, " + segments + " segments compared");
            Assert.True(segments > n, "the generator should produce prose with triggers; got " + segments + " segments in " + n + " inputs");
        }

        [Fact]
        public void Mutated_corpus_files_give_the_same_prose_as_the_full_walk()
        {
            int n = Fuzz.Run(nameof(Mutated_corpus_files_give_the_same_prose_as_the_full_walk), Gen.Select(Mutations.Edit, Gen.Bool), input =>
            {
                var mode = input.Item2 ? DocumentationMode.Diagnose : DocumentationMode.None;
                AssertSameProse(Mutations.Apply(Repository.Corpus[input.Item1.File].Text, input.Item1.Edits), mode);
            }, input => Mutations.Describe(input.Item1) + " docs=" + input.Item2, ciIterations: 300);
            _output.WriteLine(n + " mutated files compared");
        }

        [Theory]
        [InlineData("class C { void M() { var s = $\"outer LLM {(true ? $\"inner LLM {1}\" : \"LLM in a hole\")} LLM again\"; } }")]
        [InlineData("// LLM one\nint x; // LLM two\n// LLM three\n\n// LLM four\nclass C { }\n#if false\n// LLM disabled\n#endif\n// LLM at the end")]
        [InlineData("/// <summary>An LLM.</summary>\n/// LLM after\nclass C { /* LLM */ string s = @\"LLM \"\"quoted\"\"\"; string r = \"\"\"\n    LLM raw\n    \"\"\"; }")]
        [InlineData("class C { string s = \"\\u004C\\u004CM and LLM\"; } // LLM trailing")]
        public void Tricky_layouts_give_the_same_prose_as_the_full_walk(string source)
        {
            foreach (var mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None })
            {
                Assert.True(AssertSameProse(source, mode) > 0, "the source holds prose with triggers");
            }
        }

        private static int AssertSameProse(string text, DocumentationMode mode)
        {
            var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest, mode));
            var prefilter = BuiltInCatalog.Compiled.Prefilter;
            var located = Collect(text, prefilter, walker => walker.Walk(tree.GetRoot(), CancellationToken.None));
            var full = Collect(text, prefilter, walker => walker.WalkEveryToken(tree.GetRoot()));
            located.Sort(System.StringComparer.Ordinal);
            full.Sort(System.StringComparer.Ordinal);
            Assert.Equal(string.Join("\n---\n", full), string.Join("\n---\n", located));
            return full.Count;
        }

        private static List<string> Collect(string text, Prose.Prefilter prefilter, System.Action<CSharpProseWalker> walk)
        {
            var segments = new List<string>();
            walk(new CSharpProseWalker(text, prefilter, (segment, kind) =>
            {
                if (!prefilter.Matches(segment.Text))
                {
                    return;
                }

                var description = new StringBuilder().Append(kind).Append(": ").Append(segment.Text).Append(" @");
                for (int i = 0; i < segment.Text.Length; i++)
                {
                    description.Append(' ').Append(segment.SourceStart(i)).Append('-').Append(segment.SourceEnd(i));
                }

                segments.Add(description.ToString());
            }));
            return segments;
        }
    }
}
