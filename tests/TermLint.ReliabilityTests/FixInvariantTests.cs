using Microsoft.CodeAnalysis;
using TermLint.ReliabilityTests.Generators;
using TermLint.ReliabilityTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.ReliabilityTests
{
    /// <summary>
    /// For every fixable diagnostic: the fix edits only its spans, adds no syntax error, keeps the literal's kind and
    /// changes its value only in the replaced words, removes the diagnostic, is stable under a second pass, and
    /// FixAll agrees with fixing one by one.
    /// </summary>
    public sealed class FixInvariantTests
    {
        private readonly ITestOutputHelper _output;

        public FixInvariantTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Fixes_of_generated_conflations_keep_every_invariant()
        {
            int fixes = 0;
            int n = Fuzz.Run(nameof(Fixes_of_generated_conflations_keep_every_invariant), SourceGen.Fixable,
                source => fixes += Fixing.CheckFixInvariants(source.Text, source.Mode), s => s.ToString(), ciIterations: 120);
            _output.WriteLine(n + " generated sources, " + fixes + " fixable diagnostics checked");
            Assert.True(fixes > n / 2, "the generator should produce fixable diagnostics often; got " + fixes + " in " + n + " inputs");
        }

        [Fact]
        public void Fixes_in_mutated_corpus_files_keep_every_invariant()
        {
            int fixes = 0;
            int n = Fuzz.Run(nameof(Fixes_in_mutated_corpus_files_keep_every_invariant), Mutations.Edit,
                edit => fixes += Fixing.CheckFixInvariants(Mutations.Apply(Repository.Corpus[edit.File].Text, edit.Edits), DocumentationMode.Diagnose),
                Mutations.Describe, ciIterations: 80);
            _output.WriteLine(n + " mutated files, " + fixes + " fixable diagnostics checked");
        }

        [Fact]
        public void Fixes_in_the_corpus_keep_every_invariant()
        {
            int fixes = 0;
            foreach (var (name, text) in Repository.Corpus)
            {
                foreach (var mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None })
                {
                    try
                    {
                        fixes += Fixing.CheckFixInvariants(text, mode, maxSingle: int.MaxValue, maxKeys: int.MaxValue);
                    }
                    catch (System.Exception e)
                    {
                        throw new System.InvalidOperationException(name + " (" + mode + "): " + e.Message, e);
                    }
                }
            }

            _output.WriteLine(fixes + " fixable diagnostics checked in the corpus");
            Assert.True(fixes > 10);
        }
    }
}
