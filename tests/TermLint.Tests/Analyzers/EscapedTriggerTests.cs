using System;
using System.Threading.Tasks;
using TermLint.Catalog;
using TermLint.Sources;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Analyzers
{
    /// <summary>
    /// A trigger word written only with escapes ("an \u004C\u004CM") is in the literal's value but not in the source
    /// text that the prefilter scans: such a literal is decoded and prefiltered again. Only a regular literal with a
    /// \u, \U or \x escape pays for it; verbatim and raw literals and comments hold no escapes.
    /// </summary>
    public class EscapedTriggerTests
    {
        [Theory]
        [InlineData("\\u004C\\u004CM")]
        [InlineData("\\x4C\\x4CM")]
        [InlineData("\\U0000004C\\U0000004C\\U0000004D")]
        [InlineData("L\\u004CM")]
        public Task A_literal_whose_only_trigger_is_escaped_is_analysed_in_a_file_with_no_other_trigger(string llm) =>
            Verify.AnalyzerAsync("class C { const string S = \"AlphaFold is an {|TL0001:" + llm + "|}.\"; }\n");

        [Fact]
        public Task An_escaped_trigger_in_an_interpolated_string_and_a_utf8_literal_is_analysed() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    string M(int n) => $\"Take {n}: AlphaFold is an {|TL0001:\\u004C\\u004CM|}.\";\n" +
                "    System.ReadOnlySpan<byte> U => \"Whisper is an {|TL0001:\\u004CLM|}.\"u8;\n" +
                "}\n");

        [Fact]
        public Task An_escaped_trigger_in_a_file_that_also_has_a_plain_one_is_analysed() =>
            Verify.AnalyzerAsync(
                "// The LLM cache is warm.\n" +
                "class C { const string S = \"AlphaFold is an {|TL0001:\\u004C\\u004CM|}.\"; }\n");

        [Fact]
        public Task Text_that_only_looks_like_an_escape_is_not_decoded() =>
            Verify.AnalyzerAsync(
                "// AlphaFold is an \\u004C\\u004CM.\n" +
                "class C\n" +
                "{\n" +
                "    const string Verbatim = @\"AlphaFold is an \\u004C\\u004CM.\";\n" +
                "    const string Raw = \"\"\"AlphaFold is an \\u004C\\u004CM.\"\"\";\n" +
                "    const string EscapedBackslash = \"AlphaFold is an \\\\u004C\\\\u004CM.\";\n" +
                "    string M(int n) => $@\"{n}: AlphaFold is an \\u004C\\u004CM.\";\n" +
                "}\n");

        [Fact]
        public Task Escaped_text_without_a_trigger_stays_silent() =>
            Verify.AnalyzerAsync("class C { const string S = \"Caf\\u00E9 au lait, na\\u00EFve r\\u00E9sum\\u00E9: see the \\x41PI docs.\"; }\n");

        [Fact]
        public void Only_numeric_escapes_can_hide_a_trigger()
        {
            Assert.True(LiteralDecoder.HasNumericEscape("an \\u004CLM", 0, 11));
            Assert.True(LiteralDecoder.HasNumericEscape("\\x4C", 0, 4));
            Assert.True(LiteralDecoder.HasNumericEscape("\\U0000004C", 0, 10));
            Assert.False(LiteralDecoder.HasNumericEscape("a\\tb\\n\\\"c\\\\", 0, 11));
            Assert.False(LiteralDecoder.HasNumericEscape("\\\\u004C", 0, 7));
            Assert.False(LiteralDecoder.HasNumericEscape("no escape at all", 0, 16));
            Assert.False(LiteralDecoder.HasNumericEscape("ends in \\", 0, 9));
        }

        [Fact]
        public void Decoding_and_prefiltering_a_literal_without_a_trigger_allocates_nothing()
        {
            string source = "\"Caf\\u00E9 au lait, na\\u00EFve r\\u00E9sum\\u00E9 and \\U0001F600 \\x41PI docs.\"";
            var prefilter = BuiltInCatalog.Compiled.Prefilter;
            var builder = new SegmentBuilder();
            bool matched = DecodeAndPrefilter(source, prefilter, builder);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                matched |= DecodeAndPrefilter(source, prefilter, builder);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.False(matched);
            Assert.Equal(0, allocated);
        }

        private static bool DecodeAndPrefilter(string source, TermLint.Prose.Prefilter prefilter, SegmentBuilder builder)
        {
            if (prefilter.Matches(source, 0, source.Length) || !LiteralDecoder.HasNumericEscape(source, 0, source.Length))
            {
                return true;
            }

            builder.Clear();
            LiteralDecoder.Decode(source, 1, source.Length - 1, LiteralEscapes.Regular, interpolated: false, builder);
            return builder.Matches(prefilter);
        }
    }
}
