using TermLint.Catalog;
using Xunit;

namespace TermLint.Tests.Catalog
{
    public class LooseNamesTests
    {
        private static readonly LooseNames Names = BuiltInCatalog.Compiled.LooseAliases;

        [Theory]
        [InlineData("dalle", "DALL-E")]
        [InlineData("DALL-E", "DALL-E")]
        [InlineData("Dall.E", "DALL-E")]
        [InlineData("StableDiffusion", "Stable Diffusion")]
        [InlineData("stable_diffusion", "Stable Diffusion")]
        public void Finds_a_model_by_its_letters_and_digits_in_any_case(string written, string model)
        {
            string text = "the " + written + " LLM";
            Assert.True(Names.TryGet(text, 4, 4 + written.Length, out var found));
            Assert.Equal(model, found!.Entry.Name);
        }

        [Theory]
        [InlineData("dallee")]
        [InlineData("dall")]
        [InlineData("whisper")]
        [InlineData("---")]
        [InlineData("")]
        public void Finds_nothing_for_other_words_or_homographs(string written)
        {
            Assert.False(Names.TryGet(written, 0, written.Length, out var found));
            Assert.Null(found);
        }

        [Fact]
        public void Reads_only_the_range_it_is_given()
        {
            Assert.False(Names.TryGet("dalle", 0, 4, out _));
            Assert.True(Names.TryGet("xdallex", 1, 6, out _));
        }

        [Fact]
        public void Keys_are_the_lower_case_letters_and_digits()
        {
            Assert.Equal("stablediffusionxl10", LooseNames.KeyOf("Stable Diffusion XL 1.0", 0, 23));
        }
    }
}
