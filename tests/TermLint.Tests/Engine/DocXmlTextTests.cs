using System.Collections.Generic;
using TermLint.Prose;
using TermLint.Rules;
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

        [Theory]
        [InlineData("&foo;")]
        [InlineData("&LT;")]
        [InlineData("&#0;")]
        [InlineData("&#x110000;")]
        [InlineData("&#xZZ;")]
        [InlineData("&#;")]
        [InlineData("&#x;")]
        [InlineData("&#12a;")]
        [InlineData("&#xD800;")]
        [InlineData("&#x 41;")]
        public void Keeps_an_entity_it_cannot_decode_as_text(string entity)
        {
            var (segment, _) = Extract("a " + entity + " b");
            Assert.Equal("a " + entity + " b", segment.Text);
        }

        [Fact]
        public void Decodes_character_references_up_to_the_last_code_point()
        {
            var (segment, _) = Extract("&#xFFFF;&#65535;&#x0041;&#x00000041;&#x1F600;&#1114111;");
            Assert.Equal("\uFFFF\uFFFFAA\U0001F600\U0010FFFF", segment.Text);
        }

        [Fact]
        public void Maps_a_surrogate_pair_to_its_whole_reference()
        {
            var (segment, source) = Extract("a &#x1F600; b");
            Assert.Equal("&#x1F600;", source.Substring(segment.SourceStart(2), segment.SourceEnd(2) - segment.SourceStart(2)));
            Assert.Equal(segment.SourceEnd(2), segment.SourceStart(3));
            Assert.Equal(segment.SourceStart(3), segment.SourceEnd(3));
        }

        [Theory]
        [InlineData("<SUMMARY>Call <C>Whisper LLM</C> first.</SUMMARY>")]
        [InlineData("<Summary>Example:<Code>var whisper = 1;</Code></Summary>")]
        public void Reads_tag_names_in_any_case(string xml)
        {
            var (segment, _) = Extract(xml);
            Assert.DoesNotContain("Whisper", segment.Text, System.StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("summary", segment.Text, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Names_each_part_and_a_param_by_its_trimmed_name()
        {
            var raw = new SegmentBuilder();
            string xml = "<summary>S.</summary><param name=\" kernel \">K.</param><PARAM name='x'>X.</PARAM><returns>R.</returns><value>V.</value><remarks>M.</remarks>";
            raw.AppendSource(xml, 0, xml.Length);
            var parts = new List<DocPart>();
            DocXmlText.Extract(raw, new SegmentBuilder(), parts);
            Assert.Equal(
                new[] { "Summary:", "Other:", "Param:kernel", "Other:", "Param:x", "Other:", "Returns:", "Other:", "Value:", "Other:", "Other:", "Other:" },
                parts.ConvertAll(p => p.Kind + ":" + p.Name).ToArray());
        }

        [Fact]
        public void Maps_every_character_of_text_over_several_lines_to_its_source()
        {
            // A doc comment's lines reach the reader as one text with a break where each "///" was.
            string source = "/// <summary>Whisper is\n/// an LLM &amp; more, <c>x</c> not\n///  a model.</summary>";
            var raw = new SegmentBuilder();
            int lineStart = 0;
            while (lineStart < source.Length)
            {
                int lineEnd = source.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? source.Length : lineEnd;
                if (lineStart > 0)
                {
                    raw.Break(lineStart - 1);
                }

                raw.AppendSource(source, lineStart + 3, lineEnd);
                lineStart = lineEnd + 1;
            }

            var prose = new SegmentBuilder();
            DocXmlText.Extract(raw, prose);
            var segment = prose.Build();
            Assert.Contains("Whisper is\n an LLM & more,", segment.Text);
            for (int i = 0; i < segment.Text.Length; i++)
            {
                char c = segment.Text[i];
                if (char.IsLetter(c))
                {
                    Assert.Equal(1, segment.SourceEnd(i) - segment.SourceStart(i));
                    Assert.Equal(c, source[segment.SourceStart(i)]);
                }
            }

            int ampersand = segment.Text.IndexOf('&');
            Assert.Equal("&amp;", source.Substring(segment.SourceStart(ampersand), segment.SourceEnd(ampersand) - segment.SourceStart(ampersand)));
            int lineBreak = segment.Text.IndexOf('\n');
            Assert.Equal(segment.SourceStart(lineBreak), segment.SourceEnd(lineBreak));
            Assert.False(segment.Map(segment.Text.IndexOf("is"), segment.Text.IndexOf("an")).Contiguous);
            Assert.True(segment.Map(segment.Text.IndexOf("an LLM"), segment.Text.IndexOf("an LLM") + 6).Contiguous);
        }
    }
}
