using TermLint.Prose;
using TermLint.Sources;
using Xunit;

namespace TermLint.Tests.Engine
{
    public class DocXmlTextTests
    {
        private static (ProseSegment Segment, string Source) Extract(string xml)
        {
            var raw = new SegmentBuilder();
            raw.AppendSource(xml, 0, xml.Length);
            var prose = new SegmentBuilder();
            DocXmlText.Extract(raw, prose);
            return (prose.Build(), xml);
        }

        [Fact]
        public void Keeps_the_text_of_summary_and_drops_its_tags()
        {
            var (segment, _) = Extract("<summary>Whisper is an LLM.</summary>");
            Assert.Equal("Whisper is an LLM.", segment.Text.Trim());
            Assert.DoesNotContain("summary", segment.Text);
        }

        [Theory]
        [InlineData("<summary>Call <c>Whisper LLM</c> first.</summary>")]
        [InlineData("<summary>Example:<code>var whisper = new Whisper(); // an LLM</code></summary>")]
        [InlineData("<summary>See <see cref=\"Whisper\"/> now.</summary>")]
        [InlineData("<summary>See <seealso href=\"https://example.com/Whisper\"/>.</summary>")]
        [InlineData("<summary>Text <!-- Whisper is an LLM --> more.</summary>")]
        [InlineData("<summary>Text <Whisper is an LLM\nmore.</summary>")]
        public void Skips_code_references_and_comments(string xml)
        {
            var (segment, _) = Extract(xml);
            Assert.DoesNotContain("Whisper", segment.Text);
        }

        [Fact]
        public void Keeps_a_less_than_sign_that_opens_no_tag()
        {
            var (segment, _) = Extract("<summary>Use n < 3 models: Whisper is an LLM.</summary>");
            Assert.Contains("n < 3 models: Whisper is an LLM.", segment.Text);
        }

        [Fact]
        public void Replaces_code_with_one_placeholder()
        {
            var (segment, _) = Extract("Call <c>Whisper</c> first.");
            Assert.Single(segment.Text.Split(Tokenizer.Placeholder), part => part.Contains("first")); // text after the placeholder is kept
            Assert.Equal(1, segment.Text.Split(Tokenizer.Placeholder).Length - 1);
        }

        [Fact]
        public void Decodes_entities_and_maps_them_back()
        {
            var (segment, source) = Extract("R&amp;D &lt;b&gt; &#65;&#x42;");
            Assert.Equal("R&D <b> AB", segment.Text);
            Assert.Equal((1, 6), (segment.SourceStart(1), segment.SourceEnd(1)));
            Assert.Equal("&#65;", source.Substring(segment.SourceStart(8), segment.SourceEnd(8) - segment.SourceStart(8)));
        }

        [Fact]
        public void Keeps_a_stray_angle_bracket_as_text()
        {
            var (segment, _) = Extract("a < b and an LLM");
            Assert.Equal("a < b and an LLM", segment.Text);
        }

        [Fact]
        public void Block_elements_end_a_sentence()
        {
            var (segment, _) = Extract("<summary>Whisper</summary><remarks>is an LLM.</remarks>");
            Assert.Contains("\n\n", segment.Text);
        }
    }
}
