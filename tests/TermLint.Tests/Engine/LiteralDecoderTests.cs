using TermLint.Sources;
using Xunit;

namespace TermLint.Tests.Engine
{
    /// <summary>Escapes are decoded for matching, and every decoded character maps back to the source that wrote it.</summary>
    public class LiteralDecoderTests
    {
        private static ProseSegment Decode(string source, LiteralEscapes escapes, bool interpolated = false)
        {
            var builder = new SegmentBuilder();
            LiteralDecoder.Decode(source, 0, source.Length, escapes, interpolated, builder);
            return builder.Build();
        }

        [Fact]
        public void Decodes_regular_escapes_and_maps_each_to_its_source()
        {
            string source = "a\\tb\\u0041c\\x0042;d\\\"e";
            var segment = Decode(source, LiteralEscapes.Regular);
            Assert.Equal("a\tbAcB;d\"e", segment.Text);
            Assert.Equal((1, 3), (segment.SourceStart(1), segment.SourceEnd(1)));
            Assert.Equal((4, 10), (segment.SourceStart(3), segment.SourceEnd(3)));
            Assert.Equal((11, 17), (segment.SourceStart(5), segment.SourceEnd(5)));
            Assert.Equal((19, 21), (segment.SourceStart(8), segment.SourceEnd(8)));
            Assert.Equal((21, 22), (segment.SourceStart(9), segment.SourceEnd(9)));
        }

        [Fact]
        public void A_hex_escape_takes_up_to_four_digits_as_in_CSharp() =>
            Assert.Equal("\u042D!", Decode("\\x42D!", LiteralEscapes.Regular).Text);

        [Fact]
        public void Maps_a_word_written_with_an_escape_to_one_contiguous_span()
        {
            string source = "an \\u004CLM.";
            var segment = Decode(source, LiteralEscapes.Regular);
            Assert.Equal("an LLM.", segment.Text);
            Assert.Equal((3, 11, true), segment.Map(3, 6));
        }

        [Fact]
        public void Decodes_a_supplementary_character_into_a_surrogate_pair()
        {
            var segment = Decode("x\\U0001F600y", LiteralEscapes.Regular);
            Assert.Equal("x\U0001F600y", segment.Text);
            Assert.Equal((1, 11, true), segment.Map(1, 3));
        }

        [Fact]
        public void Keeps_a_malformed_escape_as_written()
        {
            Assert.Equal("\\q\\u12", Decode("\\q\\u12", LiteralEscapes.Regular).Text);
        }

        [Fact]
        public void Verbatim_strings_decode_only_doubled_quotes()
        {
            var segment = Decode("say \"\"hi\"\" \\n", LiteralEscapes.Verbatim);
            Assert.Equal("say \"hi\" \\n", segment.Text);
            Assert.Equal((4, 6), (segment.SourceStart(4), segment.SourceEnd(4)));
        }

        [Fact]
        public void Raw_strings_decode_nothing()
        {
            Assert.Equal("\\n \"\" {{x}}", Decode("\\n \"\" {{x}}", LiteralEscapes.Raw, interpolated: true).Text);
        }

        [Fact]
        public void Interpolated_text_decodes_doubled_braces()
        {
            var segment = Decode("{{x}} \\t", LiteralEscapes.Regular, interpolated: true);
            Assert.Equal("{x} \t", segment.Text);
            Assert.Equal((0, 2), (segment.SourceStart(0), segment.SourceEnd(0)));
        }

        [Fact]
        public void A_span_across_a_break_is_not_contiguous()
        {
            // "// large\n// language": the comment marker between the words is not prose.
            string source = "// large\n// language";
            var builder = new SegmentBuilder();
            builder.AppendSource(source, 3, 8);
            builder.Break(8);
            builder.AppendSource(source, 12, source.Length);
            var segment = builder.Build();
            Assert.Equal("large\nlanguage", segment.Text);
            Assert.Equal((3, 20, false), segment.Map(0, segment.Text.Length));
            Assert.Equal((12, 20, true), segment.Map(6, segment.Text.Length));
        }
    }
}
