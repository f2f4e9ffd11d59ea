using System.Collections.Generic;
using System.Linq;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Prose;
using TermLint.Rules;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Engine
{
    /// <summary>How ProseChecker cuts prose into the sentences the rules see.</summary>
    public class SentenceSplittingTests
    {
        /// <summary>Reports each sentence it is given as one finding spanning the sentence.</summary>
        private sealed class SentenceRecorder : IRule
        {
            public string Id => "TEST";
            public System.Collections.Generic.IReadOnlyList<string> Shapes => System.Array.Empty<string>();

            public void Check(Sentence sentence, List<Finding> findings) =>
                findings.Add(new Finding(Id, sentence[0].Start, sentence[sentence.Count - 1].End, new string[0]));
        }

        private static string[] Sentences(string text) =>
            new ProseChecker(BuiltInCatalog.Compiled, new IRule[] { new SentenceRecorder() })
                .Check(text)
                .Select(f => text.Substring(f.Start, f.End - f.Start))
                .ToArray();

        [Theory]
        [InlineData("An LLM writes. An LLM reads.", new[] { "An LLM writes.", "An LLM reads." })]
        [InlineData("An LLM writes; an LLM reads", new[] { "An LLM writes;", "an LLM reads" })]
        [InlineData("Is it an LLM? An LLM reads!", new[] { "Is it an LLM?", "An LLM reads!" })]
        [InlineData("Models, e.g. an LLM, write. An LLM reads.", new[] { "Models, e.g. an LLM, write.", "An LLM reads." })]
        [InlineData("See Fig. 3 and the LLM etc. for details. An LLM reads.", new[] { "See Fig. 3 and the LLM etc. for details.", "An LLM reads." })]
        [InlineData("Version 3.1 of the LLM writes.", new[] { "Version 3.1 of the LLM writes." })]
        [InlineData("The key llm.model names an LLM.", new[] { "The key llm.model names an LLM." })]
        [InlineData("An LLM writes\n\nan LLM reads", new[] { "An LLM writes", "an LLM reads" })]
        [InlineData("- an LLM writes\n- an LLM reads", new[] { "- an LLM writes", "- an LLM reads" })]
        [InlineData("An LLM writes\nand reads.", new[] { "An LLM writes\nand reads." })]
        public void Splits_at_sentence_ends_but_not_abbreviations_or_wrapped_lines(string text, string[] expected) =>
            Assert.Equal(expected, Sentences(text));

        [Fact]
        public void Sentences_without_a_term_reach_no_rule() =>
            Assert.Equal(new[] { "An LLM reads." }, Sentences("Whisper transcribes. An LLM reads. CLIP scores."));

        [Fact]
        public void A_negation_does_not_carry_into_the_next_sentence()
        {
            Assert.Empty(ProseEngine.Check("Whisper is not an LLM."));
            Assert.Single(ProseEngine.Check("Whisper is not slow. CLIP is an LLM."));
        }
    }
}
