using System;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using TermLint.ReliabilityTests.Generators;
using TermLint.ReliabilityTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.ReliabilityTests
{
    /// <summary>The analyzer never fails, reports only spans it can map, and is deterministic, for any input.</summary>
    public sealed class AnalyzerFuzzTests
    {
        private readonly ITestOutputHelper _output;

        public AnalyzerFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Generated_prose_in_every_source_kind_never_fails_and_maps_every_span()
        {
            int findings = 0, diagnostics = 0;
            int n = Fuzz.Run(nameof(Generated_prose_in_every_source_kind_never_fails_and_maps_every_span), SourceGen.Source, source =>
            {
                diagnostics += CheckAnalysis(source.Text, source.Mode);
                findings += SpanInvariants.Check(Analysis.Parse(source.Text, source.Mode));
            }, s => s.ToString(), ciIterations: 1000);
            _output.WriteLine(n + " generated sources, " + diagnostics + " diagnostics, " + findings + " findings span-checked");
            Assert.True(findings > n / 4, "the generator should produce findings often; got " + findings + " in " + n + " inputs");
        }

        /// <summary>A generator kind the analyzer silently skipped would make every other property vacuous for it.</summary>
        [Theory]
        [MemberData(nameof(AllSourceKinds))]
        public void Every_source_kind_is_read(SourceKind kind)
        {
            foreach (var mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None })
            {
                var source = SourceGen.Build(new[] { ("Whisper is an LLM.", kind) }, mode, style: 0);
                var result = Analysis.Run(source.Text, mode).AssertNoFailure();

                // Comments are placed twice, before the namespace and before a member.
                int expected = kind <= SourceKind.PlainTripleSlash ? 2 : 1;
                Assert.True(result.Diagnostics.Length == expected, mode + ": expected " + expected + " diagnostics, got " + result.Diagnostics.Length + " in " + source);
                foreach (var diagnostic in result.Diagnostics)
                {
                    Assert.Equal("TL0001", diagnostic.Id);
                    Assert.Equal("LLM", source.Text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
                }
            }
        }

        public static TheoryData<SourceKind> AllSourceKinds()
        {
            var data = new TheoryData<SourceKind>();
            foreach (SourceKind kind in Enum.GetValues(typeof(SourceKind)))
            {
                data.Add(kind);
            }

            return data;
        }

        [Fact]
        public void Mutated_corpus_files_never_fail_and_map_every_span()
        {
            int findings = 0, diagnostics = 0;
            int n = Fuzz.Run(nameof(Mutated_corpus_files_never_fail_and_map_every_span), Gen.Select(Mutations.Edit, Gen.Bool), input =>
            {
                var mode = input.Item2 ? DocumentationMode.Diagnose : DocumentationMode.None;
                string text = Mutations.Apply(Repository.Corpus[input.Item1.File].Text, input.Item1.Edits);
                diagnostics += CheckAnalysis(text, mode);
                findings += SpanInvariants.Check(Analysis.Parse(text, mode));
            }, input => Mutations.Describe(input.Item1) + " docs=" + input.Item2, ciIterations: 500);
            _output.WriteLine(n + " mutated files, " + diagnostics + " diagnostics, " + findings + " findings span-checked");
        }

        [Fact]
        public void Every_truncation_of_every_corpus_file_never_fails()
        {
            // The engine below the analyzer at every cut; the full analyzer (with the concurrency check) at every
            // 'stride'-th cut, or at every cut when TERMLINT_FUZZ_ITERATIONS asks for a longer search.
            int stride = Environment.GetEnvironmentVariable("TERMLINT_FUZZ_ITERATIONS") != null ? 1 : 29;
            int cuts = 0, analyses = 0;
            foreach (var (name, text) in Repository.Corpus)
            {
                for (int cut = 0; cut <= text.Length; cut++)
                {
                    string prefix = text.Substring(0, cut);
                    try
                    {
                        SpanInvariants.Check(Analysis.Parse(prefix, DocumentationMode.Diagnose));
                        if (cut % stride == 0 || cut == text.Length)
                        {
                            CheckAnalysis(prefix, cut % 2 == 0 ? DocumentationMode.Diagnose : DocumentationMode.None);
                            analyses++;
                        }
                    }
                    catch (Exception e)
                    {
                        throw new InvalidOperationException(name + " truncated at " + cut + ": " + e.Message, e);
                    }

                    cuts++;
                }
            }

            _output.WriteLine(cuts + " truncations walked, " + analyses + " analyzed");
        }

        [Fact]
        public void Many_trees_analyzed_concurrently_give_the_sequential_result()
        {
            var inputs = Enumerable.Range(0, Fuzz.Iterations(12, costFactor: 100)).Select(i => SourceGen.Source.Array[8].Generate(new PCG(7, Fuzz.Seed + (ulong)i), null, out _)).ToList();
            for (int i = 0; i < inputs.Count; i++)
            {
                var trees = inputs[i].Select((s, j) => Analysis.Parse(s.Text, s.Mode, "Gen" + j + ".cs"))
                    .Concat(Repository.Corpus.Select(c => Analysis.Parse(c.Text, DocumentationMode.Diagnose, c.Name))).ToList();
                string sequential = Analysis.Run(trees, concurrent: false).AssertNoFailure().Canonical();
                for (int repeat = 0; repeat < 3; repeat++)
                {
                    string concurrent = Analysis.Run(trees, concurrent: true).AssertNoFailure().Canonical();
                    Assert.True(sequential == concurrent, "TERMLINT_FUZZ_SEED=" + (Fuzz.Seed + (ulong)i) + ": concurrent analysis differs:\n" + sequential + "\n---\n" + concurrent);
                }
            }
        }

        /// <summary>No failure, every location inside the text, and the same diagnostics with concurrent execution.</summary>
        internal static int CheckAnalysis(string text, DocumentationMode mode)
        {
            var sequential = Analysis.Run(text, mode, concurrent: false).AssertNoFailure();
            foreach (var d in sequential.Diagnostics)
            {
                if (d.Location.SourceSpan.End > text.Length || d.AdditionalLocations.Any(l => l.SourceSpan.End > text.Length))
                {
                    throw new InvalidOperationException("location outside the text: " + AnalysisResult.Describe(d));
                }
            }

            var concurrent = Analysis.Run(text, mode, concurrent: true).AssertNoFailure();
            if (sequential.Canonical() != concurrent.Canonical())
            {
                throw new InvalidOperationException("concurrent analysis differs:\n" + sequential.Canonical() + "\n---\n" + concurrent.Canonical());
            }

            return sequential.Diagnostics.Length;
        }
    }
}
