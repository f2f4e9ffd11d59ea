using System;
using System.Collections.Generic;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Prose;
using TermLint.Rules;
using Xunit;

namespace TermLint.Tests.Engine
{
    public class PrefilterTests
    {
        private static readonly Prefilter Small = new Prefilter(new[] { "LLM", "foundation", "foundational" });

        [Theory]
        [InlineData("Whisper transcribes the audio.", false)]
        [InlineData("", false)]
        [InlineData("an LLM", true)]
        [InlineData("llms", true)]
        [InlineData("FOUNDATIONAL", true)]
        [InlineData("Foundation models", true)]
        [InlineData("found a tion", false)]
        public void Passes_only_text_with_a_trigger_in_any_case(string text, bool expected) =>
            Assert.Equal(expected, Small.Matches(text));

        [Fact]
        public void Scans_only_the_given_range()
        {
            Assert.False(Small.Matches("abc LLM", 0, 5));
            Assert.True(Small.Matches("abc LLM", 4, 7));
        }

        [Theory]
        [InlineData("Whisper is an audio model.", false)]
        [InlineData("Stable Diffusion draws; CLIP scores.", false)]
        [InlineData("Whisper is a language model.", true)]
        [InlineData("a foundational model", true)]
        public void The_built_in_triggers_are_the_term_words(string text, bool expected) =>
            Assert.Equal(expected, BuiltInCatalog.Compiled.Prefilter.Matches(text));

        [Fact]
        public void Prose_without_a_trigger_costs_no_allocation()
        {
            var checker = new ProseChecker(BuiltInCatalog.Compiled);
            var findings = new List<Finding>();
            string text = "Whisper transcribes the audio clip and Stable Diffusion draws the picture for the release notes.";
            checker.Check(text, 0, text.Length, findings);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                checker.Check(text, 0, text.Length, findings);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Empty(findings);
        }

        [Theory]
        [InlineData("Sends the prompt to the LLM and returns the first completion.")]
        [InlineData("GPT-5 is a large language model.")]
        [InlineData("Every LLM is a foundation model, but not every foundation model is an LLM.")]
        [InlineData("Whisper is a speech recognition model that transcribes the uploaded audio.")]
        [InlineData("Configure the LLM endpoint and deployment name in the options.")]
        [InlineData("Foundation models are trained on broad data and adapted to many tasks.")]
        public void Prose_whose_trigger_words_hold_no_finding_costs_no_allocation(string text)
        {
            // Every rule reads these sentences to the end: only a finding may allocate.
            var checker = new ProseChecker(BuiltInCatalog.Compiled);
            var findings = new List<Finding>();
            checker.Check(text, 0, text.Length, findings);
            Assert.Empty(findings);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                checker.Check(text, 0, text.Length, findings);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
