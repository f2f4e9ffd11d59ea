using System.Threading.Tasks;
using TermLint.Sources;
using TermLint.Tests.Configuration;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Sources
{
    /// <summary>
    /// Razor components and pages (AdditionalFiles the Razor SDK passes to the compiler): markup text, the
    /// attributes people read and comments are prose; tags, expressions, directives and code are not; the C# of
    /// code blocks is read as C#.
    /// </summary>
    public class RazorTests
    {
        private static Task Lint(string razor, string path = "/Components/Pages/Models.razor") =>
            new ConfiguredRun().Source("class Empty { }").AdditionalFile(path, razor).RunAsync();

        // ---- Markup ---------------------------------------------------------------------------------------------

        [Fact]
        public Task Markup_text_is_reported_at_its_exact_line_and_column() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/Pages/Speech.razor", "@page \"/speech\"\n\n<h1>Speech</h1>\n<p>Calls are transcribed by Whisper, an LLM, overnight.</p>\n")
                .Expect(Diagnostic("TL0001").WithSpan("/Components/Pages/Speech.razor", 4, 41, 4, 44))
                .RunAsync();

        [Fact]
        public Task Text_in_paragraphs_headings_lists_and_table_cells_is_linted() =>
            Lint("<h2>The Stable Diffusion {|TL0001:LLM|} draws the banners</h2>\n<ul>\n  <li>AlphaFold is an {|TL0001:LLM|} for proteins.</li>\n</ul>\n<table><tr><td>Sora is an {|TL0001:LLM|}.</td><td>fast</td></tr></table>\n");

        [Fact]
        public Task A_sentence_may_wrap_lines_and_run_through_inline_elements() =>
            Lint("<p>\n    Our transcripts come from <strong>Whisper</strong>, an\n    <em>{|TL0001:LLM|}</em>, tuned for phone audio.\n</p>\n");

        [Fact]
        public Task Block_elements_end_a_sentence_and_inline_elements_do_not() =>
            Lint("<table><tr><td>Whisper</td><td>LLM</td></tr></table>\n<p>The <b>Whisper</b> <i>{|TL0001:LLM|}</i> listens.</p>\n");

        [Fact]
        public Task Correct_markup_raises_nothing() =>
            Lint("<p>Whisper is an audio model, not an LLM. Every LLM is a foundation model.</p>\n<p>Is CLIP an LLM? No.</p>\n");

        [Fact]
        public Task Entities_are_decoded_and_mapped_back() =>
            Lint("<p>Whisper&nbsp;is an {|TL0001:LLM|} &amp; more.</p>\n");

        [Fact]
        public Task Nested_components_are_read_through() =>
            Lint("<Card>\n  <CardHeader>Models</CardHeader>\n  <CardBody>\n    <Alert Severity=\"Info\"><p>DALL-E 3 is an {|TL0001:LLM|} that paints.</p></Alert>\n  </CardBody>\n</Card>\n");

        [Fact]
        public Task Markup_inside_control_blocks_is_markup() =>
            Lint("@if (showModels)\n{\n    <p>Sora is an {|TL0001:LLM|} for video.</p>\n}\nelse if (other)\n{\n    <p>CLIP is an {|TL0001:LLM|}.</p>\n}\nelse\n{\n    @:AlphaFold is an {|TL0001:LLM|}, says this text line.\n}\n@foreach (var model in models)\n{\n    <tr><td>@model.Name</td><td>Whisper is an {|TL0001:LLM|}.</td></tr>\n}\n");

        [Fact]
        public Task A_section_holds_markup() =>
            Lint("@section Scripts {\n    <p>Whisper is an {|TL0001:LLM|}.</p>\n}\n<p>After the section, CLIP is an {|TL0001:LLM|}.</p>\n", "/Pages/Index.cshtml");

        // ---- Attributes -----------------------------------------------------------------------------------------

        [Fact]
        public Task Prose_attributes_are_linted_at_their_exact_span() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/Gallery.razor", "<img src=\"cat.png\"\n     alt=\"A cat drawn by Stable Diffusion, an LLM\" />\n")
                .Expect(Diagnostic("TL0001").WithSpan("/Components/Gallery.razor", 2, 47, 2, 50))
                .RunAsync();

        [Fact]
        public Task Every_prose_attribute_is_linted() =>
            Lint("<button title=\"Whisper is an {|TL0001:LLM|}\" aria-label='CLIP is an {|TL0001:LLM|}'>Go</button>\n<input placeholder=\"The AlphaFold {|TL0001:LLM|} answers\" />\n<InputSelect Label=\"Sora is an {|TL0001:LLM|}\" />\n");

        [Fact]
        public Task Other_attributes_are_not_prose() =>
            Lint("<a href=\"/docs/Whisper is an LLM\" class=\"Whisper is an LLM\" data-note=\"Whisper is an LLM\" id=\"x\">Docs</a>\n<div style=\"--note: 'Whisper is an LLM'\"></div>\n");

        [Fact]
        public Task Attribute_values_that_are_code_are_not_prose() =>
            Lint("<input title=\"@Localizer[&quot;Whisper is an LLM&quot;]\" placeholder=\"@(\"Whisper is an LLM\")\" @onclick=\"() => Say(&quot;Whisper is an LLM&quot;)\" @bind-Value=\"Whisper\" />\n");

        [Fact]
        public Task An_expression_inside_a_prose_attribute_is_one_opaque_word() =>
            Lint("<span title=\"Whisper, an {|TL0001:LLM|}, by @Vendor.Name\">x</span>\n<span title=\"@@Whisper is an {|TL0001:LLM|}\">y</span>\n");

        // ---- Comments -------------------------------------------------------------------------------------------

        [Fact]
        public Task Razor_and_html_comments_are_linted() =>
            Lint("@* Whisper is an {|TL0001:LLM|}, so we route calls to it. *@\n<!-- The CLIP {|TL0001:LLM|} ranks images. -->\n<p>ok</p>\n");

        [Fact]
        public Task Directives_in_razor_and_html_comments_switch_rules_off() =>
            Lint("@* termlint-disable-next-line TL0001 -- quoting the vendor *@\n<p>Whisper is an LLM.</p>\n<!-- termlint-disable-next-line -->\n<p>CLIP is an LLM.</p>\n<p>Sora is an {|TL0001:LLM|}.</p>\n");

        [Fact]
        public Task A_directive_in_a_code_comment_switches_rules_off() =>
            Lint("@code {\n    // termlint-disable-next-line TL0001\n    private const string Banner = \"Whisper is an LLM.\";\n    private const string Other = \"CLIP is an {|TL0001:LLM|}.\";\n}\n");

        // ---- What is not prose ----------------------------------------------------------------------------------

        [Fact]
        public Task Tags_expressions_directives_and_code_elements_are_not_prose() =>
            Lint("@page \"/Whisper is an LLM\"\n@using Whisper.LLM\n@inject ILlmClient Whisper\n@attribute [Display(Name = \"Whisper is an LLM\")]\n<WhisperLlm Model=\"whisper-1\" />\n<p>@WhisperIsAnLLM @(Whisper.IsAn(\"LLM\")) @Model.Describe(\"Whisper is an LLM\")</p>\n<code>Whisper is an LLM</code>\n<pre>\nCLIP is an LLM\n</pre>\n<script>const s = \"Whisper is an LLM\";</script>\n<style>/* Whisper is an LLM */</style>\n<p>See https://example.com/Whisper-is-an-LLM today.</p>\n");

        /// <summary>A backtick in markup is text, not the start of a code span that would hide the sentences after it.</summary>
        [Fact]
        public Task A_stray_backtick_hides_nothing() =>
            Lint("<p>Press the ` key to open the console.</p>\n<p>Whisper is an {|TL0001:LLM|}.</p>\n@* a ` in a comment *@\n<img alt=\"CLIP is an {|TL0001:LLM|}\" />\n<p>Sora is an {|TL0001:LLM|}, says `this`.</p>\n");

        [Fact]
        public Task An_email_address_and_an_escaped_at_sign_are_text() =>
            Lint("<p>Write to team@contoso.com: Whisper is an {|TL0001:LLM|}. Tag @@whisper.</p>\n");

        // ---- C# in code blocks ----------------------------------------------------------------------------------

        [Fact]
        public Task Code_block_comments_doc_comments_and_strings_are_read_as_csharp() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/Chat.razor", "<p>Chat</p>\n\n@code {\n    // Route speech to Whisper, an LLM that listens.\n    /// <summary>The CLIP LLM ranks the pictures.</summary>\n    private string Hint { get; } = \"AlphaFold is an LLM for proteins.\";\n}\n")
                .Expect(
                    Diagnostic("TL0001").WithSpan("/Components/Chat.razor", 4, 36, 4, 39),
                    Diagnostic("TL0001").WithSpan("/Components/Chat.razor", 5, 27, 5, 30),
                    Diagnostic("TL0001").WithSpan("/Components/Chat.razor", 6, 53, 6, 56).WithSpan("/Components/Chat.razor", 6, 50, 6, 52))
                .RunAsync();

        [Fact]
        public Task Code_is_silent_where_it_is_code() =>
            Lint("@code {\n    private ILlmClient Whisper = new(\"whisper-1\");\n    private string key = \"llm.model\";\n    private bool IsLlm(string m) => m.Length < 3 && m != \"LLM\";\n    private int Foundation(int language) => language;\n}\n");

        [Fact]
        public Task Statement_blocks_and_functions_blocks_are_csharp() =>
            Lint("@{\n    ViewData[\"Title\"] = \"The Whisper {|TL0001:LLM|} page\";\n    // Sora is an {|TL0001:LLM|} as well.\n}\n@functions {\n    private const string Note = \"CLIP is an {|TL0001:LLM|}.\";\n}\n", "/Pages/Index.cshtml");

        [Fact]
        public Task A_template_inside_code_is_markup() =>
            Lint("@code {\n    private RenderFragment Banner => @<p>AlphaFold is an {|TL0001:LLM|}.</p>;\n    private string After = \"Whisper is an {|TL0001:LLM|}.\";\n}\n");

        [Fact]
        public Task Strings_with_braces_and_markup_like_text_do_not_end_a_code_block() =>
            Lint("@code {\n    private string a = \"}\";\n    private string b = $\"{Count} items <p>\";\n    private char c = '}';\n    /* } */\n    private string d = \"Sora is an {|TL0001:LLM|}.\";\n}\n<p>CLIP is an {|TL0001:LLM|}.</p>\n");

        [Fact]
        public Task Raw_and_verbatim_strings_in_code_are_read() =>
            Lint("@code {\n    private string a = @\"Whisper is an {|TL0001:LLM|}, \"\"quoted\"\".\";\n    private string b = \"\"\"\n        CLIP is an {|TL0001:LLM|}.\n        \"\"\";\n}\n");

        [Fact]
        public Task Options_for_csharp_prose_apply_to_code_blocks() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/A.razor", "<p>Whisper is an {|TL0001:LLM|}.</p>\n@code {\n    private string s = \"CLIP is an LLM.\";\n    // AlphaFold is an {|TL0001:LLM|}.\n}\n")
                .EditorConfig("termlint.scan_strings = false")
                .RunAsync();

        // ---- Malformed Razor ------------------------------------------------------------------------------------

        [Fact]
        public Task Unclosed_tags_lose_nothing() =>
            Lint("<div>\n<p>Whisper is an {|TL0001:LLM|}.\n<b Sora is an {|TL0001:LLM|}\n<p>CLIP is an {|TL0001:LLM|}.</p>\n");

        [Fact]
        public Task An_unclosed_quote_in_a_tag_loses_nothing_after_it() =>
            Lint("<p class=\"x>AlphaFold is an {|TL0001:LLM|}.</p>\n");

        [Fact]
        public Task An_unclosed_element_in_a_code_block_keeps_the_text_after_it() =>
            Lint("@if (x)\n{\n    <p>Whisper is an {|TL0001:LLM|}.\n}\n<p>CLIP is an {|TL0001:LLM|}.</p>\n");

        [Fact]
        public Task An_unclosed_code_block_is_csharp_to_the_end() =>
            Lint("<p>Sora is an {|TL0001:LLM|}.</p>\n@code {\n    // Whisper is an {|TL0001:LLM|}.\n    private void M() {\n");

        /// <summary>An expression that never closes is code to the end of its line; the lines after it are read.</summary>
        [Fact]
        public Task Unclosed_comments_and_expressions_keep_the_lines_after_them() =>
            Lint("<p>@Model.Call(\"x\", Whisper is an LLM.</p>\n<p>Sora is an {|TL0001:LLM|}.</p>\n<p title=\"@(Call(\">DALL-E 3 is an LLM.\nAlphaFold is an {|TL0001:LLM|}.</p>\n@* CLIP is an {|TL0001:LLM|}, never closed\n");

        [Fact]
        public void Malformed_razor_never_throws_and_maps_inside_the_file()
        {
            string[] pieces = { "<", ">", "</", "/>", "<p>", "</p>", "<Card ", "title=\"", "\"", "'", "@", "@@", "@*", "*@", "<!--", "-->", "@code {", "@{", "}", "{", "@if (x) ", "else ", "@foreach (", ")", "(", "@:", "@<b>", "<code>", "</pre>", "//", "/*", "*/", "$\"{", "\"\"\"", "\n", "\r\n", " ", "Whisper", " is an ", "LLM", ".", "&amp;", "&#x41;", "&", "@section S {", "@page ", "<text>", "<br>" };
            foreach (string source in MalformedInput.Documents(pieces, seed: 11))
            {
                var prose = RazorProse.Extract(source);
                MalformedInput.AssertInside(prose.Segment, source);
                var island = prose.CSharp;
                for (int i = 0; i < island.Length; i++)
                {
                    Assert.InRange(island.HostStart(i), 0, source.Length);
                }
            }
        }

        [Fact]
        public void Deep_nesting_is_bounded()
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < 5000; i++)
            {
                text.Append("@if (x) { <div>");
            }

            text.Append("Whisper is an LLM.");
            var prose = RazorProse.Extract(text.ToString());
            Assert.Contains("Whisper is an LLM.", prose.Segment.Text);
        }
    }

    /// <summary>Random documents glued from a reader's hostile pieces, and the span invariants of what it reads.</summary>
    internal static class MalformedInput
    {
        /// <summary><paramref name="runs"/> documents of 1 to <paramref name="maxPieces"/> random pieces each, the same for a seed.</summary>
        public static System.Collections.Generic.IEnumerable<string> Documents(string[] pieces, int seed, int runs = 1500, int maxPieces = 90)
        {
            var random = new System.Random(seed);
            var text = new System.Text.StringBuilder();
            for (int run = 0; run < runs; run++)
            {
                text.Clear();
                int length = random.Next(1, maxPieces);
                for (int i = 0; i < length; i++)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                yield return text.ToString();
            }
        }

        public static void AssertInside(ProseSegment segment, string source)
        {
            int length = source.Length;
            for (int i = 0; i < segment.Text.Length; i++)
            {
                var span = segment.Map(i, i + 1);
                Assert.True(span.Start >= 0 && span.Start <= length && span.End >= span.Start && span.End <= length, "char " + i + " maps outside the file: " + source);
            }
        }
    }
}
