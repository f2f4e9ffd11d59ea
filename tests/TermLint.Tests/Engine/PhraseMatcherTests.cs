using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;
using Xunit;

namespace TermLint.Tests.Engine
{
    public class PhraseMatcherTests
    {
        /// <summary>The catalog entry named by the longest phrase at the text's first word, and how many words it took.</summary>
        private static (string? Name, int Words) MatchAtStart(string text)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            var phrase = BuiltInCatalog.Compiled.Mentions.Match(text, tokens, 0, tokens.Count, out int count);
            string? name = phrase?.Target switch
            {
                ModelInfo model => model.Name,
                TermInfo term => "term " + term.Entry.Name,
                _ => null,
            };
            return (name, count);
        }

        [Theory]
        [InlineData("Stable Diffusion XL is slow", "SDXL", 3)]
        [InlineData("Stable Diffusion is slow", "Stable Diffusion", 2)]
        [InlineData("Stable Diffusion 3 is slow", "Stable Diffusion 3", 3)]
        [InlineData("Stable Diffusion 3.5 Large Turbo is slow", "Stable Diffusion 3.5", 5)]
        [InlineData("Llama 3.1 405B answers", "Llama 3.1 405B", 3)]
        [InlineData("Llama 3.1 8B answers", "Llama 3.1", 3)]
        [InlineData("Llama 3.1 answers", "Llama 3.1", 2)]
        [InlineData("Llama answers", "Llama", 1)]
        [InlineData("large language models are", "term llm", 3)]
        [InlineData("LLMs are", "term llm", 1)]
        public void Matches_the_longest_phrase_first(string text, string name, int words) =>
            Assert.Equal((name, words), MatchAtStart(text));

        [Theory]
        [InlineData("Whisper runs", "Whisper")]
        [InlineData("whisper softly", null)]
        [InlineData("Whispers", null)]
        [InlineData("CLIP scores", "CLIP")]
        [InlineData("clip the audio", null)]
        [InlineData("Clip the audio", null)]
        [InlineData("SAM cuts", "Segment Anything")]
        [InlineData("Sam wrote it", null)]
        [InlineData("stable diffusion draws", "Stable Diffusion")]
        [InlineData("DALL·E draws", "DALL-E")]
        [InlineData("Whisper-based tools", null)]
        [InlineData("llm.model key", null)]
        public void Compares_case_as_the_catalog_says(string text, string? name) =>
            Assert.Equal(name, MatchAtStart(text).Name);

        [Fact]
        public void A_possessive_ends_a_phrase_only_on_its_last_word()
        {
            Assert.Equal(("Stable Diffusion", 2), MatchAtStart("Stable Diffusion's output"));
            Assert.Equal((null, 0), MatchAtStart("Stable's Diffusion output"));
        }

        [Fact]
        public void Never_matches_past_the_limit()
        {
            string text = "Stable Diffusion XL";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            var phrase = BuiltInCatalog.Compiled.Mentions.Match(text, tokens, 0, 2, out int count);
            Assert.Equal("Stable Diffusion", ((ModelInfo)phrase!.Target).Name);
            Assert.Equal(2, count);
        }

        [Fact]
        public void Prefers_longer_phrases_regardless_of_declaration_order()
        {
            var matcher = new PhraseMatcher(new[]
            {
                new Phrase("alpha", new[] { "alpha" }, false, "short"),
                new Phrase("alpha beta", new[] { "alpha", "beta" }, false, "long"),
                new Phrase("Gamma", new[] { "Gamma" }, true, "exact"),
            });
            string text = "ALPHA beta gamma Gamma";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            Assert.Equal("long", matcher.Match(text, tokens, 0, tokens.Count, out int n)!.Target);
            Assert.Equal(2, n);
            Assert.Null(matcher.Match(text, tokens, 2, tokens.Count, out _));
            Assert.Equal("exact", matcher.Match(text, tokens, 3, tokens.Count, out _)!.Target);
        }
    }
}
