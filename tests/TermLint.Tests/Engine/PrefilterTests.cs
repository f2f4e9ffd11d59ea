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
    }
}
