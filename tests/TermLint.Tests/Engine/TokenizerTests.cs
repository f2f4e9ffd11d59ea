using System.Collections.Generic;
using System.Linq;
using TermLint.Prose;
using Xunit;

namespace TermLint.Tests.Engine
{
    public class TokenizerTests
    {
        private static List<Token> Tokens(string text)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            return tokens;
        }

        /// <summary>"W:DALL-E O:`x` P:." — kind initial and text of each token.</summary>
        private static string Describe(string text) =>
            string.Join(" ", Tokens(text).Select(t => t.Kind.ToString()[0] + ":" + text.Substring(t.Start, t.Length)));

        [Theory]
        [InlineData("DALL-E 3 draws", "W:DALL-E W:3 W:draws")]
        [InlineData("a Whisper-based tool", "W:a W:Whisper-based W:tool")]
        [InlineData("Whisper-to-LLM bridge", "W:Whisper-to-LLM W:bridge")]
        [InlineData("Llama 3.1 405B", "W:Llama W:3.1 W:405B")]
        [InlineData("Command R+ answers", "W:Command W:R+ W:answers")]
        [InlineData("DALL·E draws", "W:DALL·E W:draws")]
        [InlineData("an LLM - or not", "W:an W:LLM P:- W:or W:not")]
        [InlineData("the end.", "W:the W:end P:.")]
        public void Keeps_hyphen_compounds_and_versions_as_one_word(string text, string expected) =>
            Assert.Equal(expected, Describe(text));

        [Theory]
        [InlineData("the LLM's answer", 1)]
        [InlineData("the LLM’s answer", 1)]
        public void Marks_possessives_and_excludes_the_ending_from_the_base(string text, int index)
        {
            var token = Tokens(text)[index];
            Assert.True(token.IsPossessive);
            Assert.Equal("LLM", text.Substring(token.Start, token.BaseLength));
        }

        [Fact]
        public void A_plural_is_not_a_possessive() => Assert.False(Tokens("LLMs")[0].IsPossessive);

        [Theory]
        [InlineData("See https://example.com/docs/whisper-llm.", "W:See O:https://example.com/docs/whisper-llm P:.")]
        [InlineData("see www.example.com/llm, then", "W:see O:www.example.com/llm P:, W:then")]
        [InlineData("mail llm@example.com now", "W:mail O:llm@example.com W:now")]
        [InlineData("edit docs/whisper-llm.md first", "W:edit O:docs/whisper-llm.md W:first")]
        [InlineData("the `Whisper LLM` string", "W:the O:`Whisper LLM` W:string")]
        [InlineData("the ``a ` LLM`` span", "W:the O:``a ` LLM`` W:span")]
        [InlineData("a \uFFFC hole", "W:a O:\uFFFC W:hole")]
        public void Makes_urls_code_spans_and_placeholders_opaque(string text, string expected) =>
            Assert.Equal(expected, Describe(text));

        [Theory]
        [InlineData("llm.model", true)]
        [InlineData("llmCache", true)]
        [InlineData("whisper_client", true)]
        [InlineData("AlphaFold", false)]
        [InlineData("OpenAI", false)]
        [InlineData("GPT-4o", false)]
        [InlineData("whisper-1", false)]
        public void Flags_identifier_shaped_words(string word, bool identifier)
        {
            var tokens = Tokens(word);
            Assert.Single(tokens);
            Assert.Equal(identifier, tokens[0].IsIdentifier);
        }

        [Fact]
        public void Marks_line_and_paragraph_starts()
        {
            string text = "one two\nthree\n\nfour";
            var tokens = Tokens(text);
            Assert.Equal(
                new[] { TokenFlags.LineStart | TokenFlags.ParagraphStart, TokenFlags.None, TokenFlags.LineStart, TokenFlags.LineStart | TokenFlags.ParagraphStart },
                tokens.Select(t => t.Flags & (TokenFlags.LineStart | TokenFlags.ParagraphStart)).ToArray());
        }

        [Fact]
        public void Tokenizes_only_the_given_range()
        {
            string text = "ignored LLM counted ignored";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 8, 19, tokens);
            Assert.Equal(new[] { "LLM", "counted" }, tokens.Select(t => text.Substring(t.Start, t.Length)).ToArray());
        }

        [Fact]
        public void Skips_invisible_characters_between_words() =>
            Assert.Equal("W:an W:LLM", Describe("an\u200B LLM"));
    }
}
