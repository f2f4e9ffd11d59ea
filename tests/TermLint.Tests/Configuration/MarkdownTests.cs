using System.Threading.Tasks;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Configuration
{
    /// <summary>Markdown files added as AdditionalFiles are linted with the same rules as C# prose.</summary>
    public class MarkdownTests
    {
        private static Task Lint(string markdown, string path = "/docs/guide.md") =>
            new ConfiguredRun().Source("class Empty { }").AdditionalFile(path, markdown).RunAsync();

        [Fact]
        public Task A_paragraph_is_reported_at_its_exact_line_and_column() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/guide.md", "# Speech\n\nWe transcribe calls.\nThe service uses Whisper, an LLM, for that.\n")
                .Expect(Diagnostic("TL0001").WithSpan("/docs/guide.md", 4, 30, 4, 33))
                .RunAsync();

        [Fact]
        public Task A_sentence_that_wraps_across_lines_is_one_sentence() =>
            Lint("We send the audio to a model. Whisper is\nan {|TL0001:LLM|}.\n");

        [Fact]
        public Task Headings_are_linted_and_end_their_sentence() =>
            Lint("# Whisper is an {|TL0001:LLM|}\n\nIt runs on the GPU.\n\n## Setup ##\n");

        [Fact]
        public Task List_items_are_linted_each_as_its_own_sentence() =>
            Lint("Models we use:\n\n- GPT-5 for chat\n- Whisper, an {|TL0001:LLM|}, for audio\n* AlphaFold is an {|TL0001:LLM|}\n1. CLIP is an {|TL0001:LLM|}\n- [x] Stable Diffusion is an {|TL0001:LLM|}\n");

        [Fact]
        public Task Fenced_code_blocks_are_not_prose_and_csharp_fences_are_read_as_csharp() =>
            Lint("Example:\n\n```csharp\n// Whisper is an {|TL0001:LLM|}.\nvar s = \"Whisper is an {|TL0001:LLM|}.\";\nWhisper is an LLM;\n```\n\n~~~\nWhisper is an LLM.\n~~~\n\nAlphaFold is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task A_fence_with_a_longer_closing_run_and_a_shorter_inner_run_is_handled() =>
            Lint("````md\n```\nWhisper is an LLM.\n```\n````\n\nCLIP is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Indented_code_blocks_are_skipped() =>
            Lint("Run this:\n\n    Whisper is an LLM.\n    more code\n\nCLIP is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Inline_code_is_skipped() =>
            Lint("Set `Whisper is an LLM` as the banner, or ``Whisper is an `LLM` `` for the title.\n\nCLIP is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Link_targets_and_titles_are_skipped_and_link_text_is_linted() =>
            Lint("See [the audio guide](docs/Whisper%20is%20an%20LLM.md \"Whisper is an LLM\") and [ref][whisper-llm].\n\n[Whisper is an {|TL0001:LLM|}](https://example.com/x).\n\n[whisper-llm]: https://example.com/Whisper is an LLM \"Whisper is an LLM\"\n");

        [Fact]
        public Task Autolinks_and_bare_urls_are_skipped() =>
            Lint("Read <https://example.com/Whisper-is-an-LLM> or https://example.com/whisper/llm today.\n");

        [Fact]
        public Task Html_comments_and_tags_are_skipped_but_text_between_tags_is_linted() =>
            Lint("<!-- Whisper is an LLM. -->\n<!--\nWhisper is an LLM.\n-->\n<p>AlphaFold is an {|TL0001:LLM|}.</p>\n<code>CLIP is an LLM.</code>\n<pre>\nCLIP is an LLM.\n</pre>\n");

        [Fact]
        public Task Front_matter_is_read_only_for_its_prose_keys() =>
            Lint("---\ntitle: Whisper is an {|TL0001:LLM|}.\nlayout: Whisper is an LLM.\ndescription: CLIP is an {|TL0001:LLM|}.\n---\n\n# Guide\n\nAlphaFold is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Emphasis_markers_do_not_hide_a_model() =>
            Lint("**Whisper** is an {|TL0001:LLM|}.\n\n_AlphaFold_ is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Table_cells_are_separate_sentences() =>
            Lint("| Model | Class |\n|---|:---:|\n| Whisper | audio model |\n| CLIP is an {|TL0001:LLM|} | wrong |\n");

        [Fact]
        public Task Block_quotes_are_linted() =>
            Lint("> Whisper is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Correct_prose_raises_nothing() =>
            Lint("# Models\n\nWhisper is an audio model, not an LLM. All LLMs are foundation models.\n");

        [Fact]
        public Task Markdown_extension_is_recognised_case_insensitively() =>
            Lint("Whisper is an {|TL0001:LLM|}.\n", "/docs/README.MARKDOWN");

        [Fact]
        public Task Other_additional_files_are_not_linted() =>
            Lint("Whisper is an LLM.\n", "/docs/notes.txt");

        [Fact]
        public Task Crlf_line_endings_keep_the_columns_right() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/guide.md", "# Speech\r\n\r\nWhisper is an LLM.\r\n")
                .Expect(Diagnostic("TL0001").WithSpan("/docs/guide.md", 3, 15, 3, 18))
                .RunAsync();

        [Fact]
        public void Malformed_markdown_never_throws()
        {
            string[] pieces = { "`", "```", "~~~", "[", "]", "(", ")", "<", ">", "<!--", "-->", "---", "#", "*", "_", "|", "\\", "&", ";", "\n", "\r\n", "    ", "- ", "1. ", "> ", "Whisper", " is an ", "LLM", ".", "<code>", "</pre>", "&nbsp;", "![", "]:" };
            foreach (string source in TermLint.Tests.Sources.MalformedInput.Documents(pieces, seed: 7, runs: 500, maxPieces: 80))
            {
                var prose = TermLint.Sources.MarkdownProse.Extract(source);
                TermLint.Tests.Sources.MalformedInput.AssertInside(prose.Segment, source);
            }
        }
    }
}
