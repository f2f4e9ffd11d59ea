using TermLint.Prose;
using Xunit;

namespace TermLint.Tests.Engine
{
    public class ArticlesAndInflectionTests
    {
        [Theory]
        [InlineData("audio model", "an")]
        [InlineData("image model", "an")]
        [InlineData("embedding model", "an")]
        [InlineData("scientific model", "a")]
        [InlineData("vision-language model", "a")]
        [InlineData("robotics model", "a")]
        [InlineData("foundation model", "a")]
        [InlineData("LLM", "an")]
        [InlineData("SDK", "an")]
        [InlineData("FBI", "an")]
        [InlineData("GPU", "a")]
        [InlineData("URL", "a")]
        [InlineData("hour", "an")]
        [InlineData("honest model", "an")]
        [InlineData("unified model", "a")]
        [InlineData("European model", "a")]
        [InlineData("one-shot model", "a")]
        [InlineData("umbrella term", "an")]
        public void Chooses_a_or_an_by_sound(string phrase, string article) => Assert.Equal(article, Articles.For(phrase));

        [Theory]
        [InlineData("LLM", "audio model", false, "audio model")]
        [InlineData("LLM", "audio model", true, "Audio model")]
        [InlineData("LLMs", "foundation models", true, "Foundation models")]
        [InlineData("LLMs", "foundation models", false, "foundation models")]
        [InlineData("large language model", "audio model", false, "audio model")]
        [InlineData("Large language models", "foundation models", true, "Foundation models")]
        // Title Case mid-sentence is itself a form error (TL0007): the fix writes the common noun.
        [InlineData("Large Language Model", "audio model", false, "audio model")]
        [InlineData("Large Language Model", "vision-language model", false, "vision-language model")]
        [InlineData("Large Language Model", "audio model", true, "Audio model")]
        [InlineData("foundational", "foundation", false, "foundation")]
        [InlineData("Foundational", "foundation", true, "Foundation")]
        [InlineData("Foundational", "foundation", false, "Foundation")]
        public void Matches_the_case_of_the_replaced_words(string original, string replacement, bool sentenceStart, string expected) =>
            Assert.Equal(expected, Inflection.MatchCase(original, replacement, sentenceStart));

        [Theory]
        [InlineData("audio model", "audio models")]
        [InlineData("LLM", "LLMs")]
        [InlineData("bus", "buses")]
        [InlineData("box", "boxes")]
        public void Forms_plurals(string noun, string plural) => Assert.Equal(plural, Inflection.PluralOf(noun));

        [Theory]
        [InlineData("a", true)]
        [InlineData("An", true)]
        [InlineData("the", false)]
        [InlineData("and", false)]
        public void Recognises_the_indefinite_article(string word, bool indefinite) =>
            Assert.Equal(indefinite, Articles.IsIndefinite(word, 0, word.Length));
    }
}
