using System.Collections.Generic;
using System.Threading.Tasks;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Sources;
using TermLint.Tests.Configuration;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Sources
{
    /// <summary>.resx string resources: each value and comment is prose; identifiers, keys, URLs and format-only strings are not.</summary>
    public class ResxTests
    {
        /// <summary>The shape of the header Visual Studio writes (schema, resheaders), without trigger words.</summary>
        internal const string Header =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
            "<root>\n" +
            "  <!-- Resource file: string resources of the app. -->\n" +
            "  <xsd:schema id=\"root\" xmlns=\"\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\">\n" +
            "    <xsd:element name=\"root\" msdata:IsDataSet=\"true\" />\n" +
            "  </xsd:schema>\n" +
            "  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n" +
            "  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n";

        private static Task Lint(string data, string path = "/Resources/Strings.resx") =>
            new ConfiguredRun().Source("class Empty { }").AdditionalFile(path, Header + data + "</root>\n").RunAsync();

        [Fact]
        public Task A_value_is_reported_at_its_exact_line_and_column() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Resources/Strings.resx", "<root>\n  <data name=\"Banner\" xml:space=\"preserve\">\n    <value>Calls are transcribed by Whisper, an LLM.</value>\n  </data>\n</root>\n")
                .Expect(Diagnostic("TL0001").WithSpan("/Resources/Strings.resx", 3, 49, 3, 52))
                .RunAsync();

        [Fact]
        public Task Values_and_comments_are_linted() =>
            Lint("  <data name=\"Upload.Hint\" xml:space=\"preserve\">\n    <value>Drop a recording here: the Whisper {|TL0001:LLM|} writes the transcript.</value>\n    <comment>Shown under the upload box. CLIP is an {|TL0001:LLM|} too.</comment>\n  </data>\n");

        [Fact]
        public Task Correct_values_raise_nothing() =>
            Lint("  <data name=\"About\" xml:space=\"preserve\">\n    <value>Whisper is an audio model, not an LLM.</value>\n  </data>\n");

        [Fact]
        public Task Identifiers_keys_urls_and_single_words_are_silent() =>
            Lint("  <data name=\"ModelId\"><value>whisper-llm</value></data>\n  <data name=\"Key\"><value>Whisper.LLM.Title</value></data>\n  <data name=\"Docs\"><value>https://example.com/whisper/is-an/llm</value></data>\n  <data name=\"Word\"><value>LLM</value></data>\n");

        [Fact]
        public Task Format_items_are_opaque_words() =>
            Lint("  <data name=\"Status\"><value>{0} files sent to Whisper, an {|TL0001:LLM|}, in {1:N1} s.</value></data>\n  <data name=\"Pair\"><value>{0} {1}</value></data>\n  <data name=\"Named\"><value>The {model} is an LLM of {{vendor}}.</value></data>\n");

        [Fact]
        public Task A_backtick_in_one_value_hides_nothing_in_the_next() =>
            Lint("  <data name=\"A\"><value>Press ` to open the console. Whisper is an {|TL0001:LLM|}.</value><comment>Uses a ` too.</comment></data>\n  <data name=\"B\"><value>CLIP is an {|TL0001:LLM|}.</value></data>\n");

        [Fact]
        public Task Non_string_resources_and_designer_entries_are_not_prose() =>
            Lint("  <data name=\"Logo\" type=\"System.Resources.ResXFileRef, System.Windows.Forms\"><value>Whisper is an LLM.png;System.Drawing.Bitmap</value></data>\n  <data name=\"Blob\" mimetype=\"application/x-microsoft.net.object.binary.base64\"><value>Whisper is an LLM</value></data>\n  <data name=\"&gt;&gt;label1.Type\"><value>Whisper is an LLM, Version=1.0</value></data>\n  <data name=\"Typed\" type=\"System.String, mscorlib\"><value>CLIP is an {|TL0001:LLM|}.</value></data>\n");

        [Fact]
        public Task Xml_comments_and_metadata_are_not_prose() =>
            Lint("  <!-- Whisper is an LLM. -->\n  <metadata name=\"x\"><value>Whisper is an LLM</value></metadata>\n  <data name=\"A\"><value>Sora is an {|TL0001:LLM|}.<!-- CLIP is an LLM --></value></data>\n");

        [Fact]
        public Task References_and_cdata_are_decoded_and_mapped_back() =>
            Lint("  <data name=\"A\"><value>Whisper &amp; friends: Whisper is an {|TL0001:LLM|} &#8212; really.</value></data>\n  <data name=\"B\"><value><![CDATA[Note: AlphaFold is an {|TL0001:LLM|} & <more>]]></value></data>\n");

        [Fact]
        public Task A_translation_is_skipped_and_english_cultures_are_linted()
        {
            string data = "  <data name=\"A\"><value>Whisper is an {|TL0001:LLM|}.</value></data>\n";
            string silent = "  <data name=\"A\"><value>Whisper is an LLM.</value></data>\n";
            return new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Resources/Strings.fr.resx", Header + silent + "</root>\n")
                .AdditionalFile("/Resources/Strings.pt-BR.resx", Header + silent + "</root>\n")
                .AdditionalFile("/Resources/Strings.en-GB.resx", Header + data + "</root>\n")
                .AdditionalFile("/Resources/Form1.resx", Header + data + "</root>\n")
                .RunAsync();
        }

        [Theory]
        [InlineData("/r/Strings.resx", false)]
        [InlineData("/r/Strings.fr.resx", true)]
        [InlineData("/r/Strings.zh-Hans.resx", true)]
        [InlineData("/r/Strings.sr-Latn-RS.resx", true)]
        [InlineData("/r/Strings.en.resx", false)]
        [InlineData("/r/Strings.en-US.resx", false)]
        [InlineData("/r/Main.Designer.resx", false)]
        [InlineData("/r/fr.resx", false)]
        [InlineData("C:\\app\\Strings.de.resx", true)]
        public void Translations_are_told_by_the_culture_in_the_name(string path, bool translation) =>
            Assert.Equal(translation, AdditionalFileAnalysis.IsTranslation(path));

        [Fact]
        public Task A_doctype_and_entities_are_never_expanded() =>
            Lint("<!DOCTYPE root [\n  <!ENTITY model \"Whisper is an LLM\">\n  <!ENTITY remote SYSTEM \"http://example.com/llm.txt\">\n]>\n  <data name=\"A\"><value>&model; and &remote; here.</value></data>\n  <data name=\"B\"><value>After the DOCTYPE, CLIP is an {|TL0001:LLM|}.</value></data>\n");

        // ---- Broken XML -----------------------------------------------------------------------------------------

        [Fact]
        public Task A_doctype_whose_subset_never_closes_ends_at_its_first_bracket() =>
            Lint("<!DOCTYPE root [ <!ENTITY x \"y\">\n  <data name=\"A\"><value>Whisper is an {|TL0001:LLM|}.</value></data>\n");

        [Fact]
        public Task An_unclosed_value_or_data_loses_nothing_after_it() =>
            Lint("  <data name=\"A\"><value>Whisper is an {|TL0001:LLM|}.\n  <data name=\"B\"><value>Sora is an {|TL0001:LLM|}.</value>\n  <data name=\"C\"><value>CLIP is an {|TL0001:LLM|}.</value></data>\n");

        [Fact]
        public Task A_truncated_file_keeps_its_values() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Resources/Strings.resx", Header + "  <data name=\"A\"><value>Whisper is an {|TL0001:LLM|}.</value></data>\n  <data name=\"B\"><value>CLIP is an {|TL0001:LLM|}")
                .RunAsync();

        [Fact]
        public Task Stray_brackets_and_broken_tags_never_throw() =>
            Lint("  <data name=\"A\" <value>Whisper is an {|TL0001:LLM|}.</value></data>\n  <data name=\"B><value>x</value></data>\n  <<<>>> &amp &#xZZ; &#0;\n  <data name=\"C\"><value>AlphaFold is an {|TL0001:LLM|}.</value></data>\n");

        [Fact]
        public void Malformed_resx_never_throws_and_maps_inside_the_file()
        {
            string[] pieces = { "<", ">", "</", "/>", "<data name=\"", "\"", "'", ">", "<value>", "</value>", "<comment>", "</comment>", "</data>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE x [", "]", "<?", "?>", "&amp;", "&#x4C;", "&", ";", "{0}", "{", "}", "{{", "\n", " ", "Whisper", " is an ", "LLM", ".", "type=\"x\"", "mimetype=\"y\"" };
            var prefilter = BuiltInCatalog.Compiled.Prefilter;
            foreach (string source in MalformedInput.Documents(pieces, seed: 13))
            {
                var segments = new List<ProseSegment>();
                ResxProse.Extract(source, prefilter, segments);
                foreach (var segment in segments)
                {
                    MalformedInput.AssertInside(segment, source);
                }
            }
        }
    }
}
