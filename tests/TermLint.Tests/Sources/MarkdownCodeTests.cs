using System.Threading.Tasks;
using TermLint.Sources;
using TermLint.Tests.Configuration;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Sources
{
    /// <summary>
    /// Markdown code fences in C# are read as C# (comments, doc comments, string literals), fences in other
    /// languages stay skipped; front matter is read for its prose keys only.
    /// </summary>
    public class MarkdownCodeTests
    {
        private static Task Lint(string markdown, string path = "/docs/guide.md") =>
            new ConfiguredRun().Source("class Empty { }").AdditionalFile(path, markdown).RunAsync();

        // ---- C# fences ------------------------------------------------------------------------------------------

        [Fact]
        public Task A_fence_comment_is_reported_at_its_markdown_line_and_column() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/setup.md", "# Setup\n\nRegister the client:\n\n```csharp\nvar builder = Kernel.CreateBuilder();\n// Transcripts come from Whisper, an LLM we host.\nbuilder.AddAudio();\n```\n")
                .Expect(Diagnostic("TL0001").WithSpan("/docs/setup.md", 7, 38, 7, 41))
                .RunAsync();

        [Theory]
        [InlineData("csharp")]
        [InlineData("cs")]
        [InlineData("c#")]
        [InlineData("C#")]
        [InlineData("CSharp")]
        [InlineData("csharp title=\"Program.cs\"")]
        [InlineData("cs{.line-numbers}")]
        public Task Every_csharp_info_string_is_read_as_csharp(string info) =>
            Lint("```" + info + "\n// Sora is an {|TL0001:LLM|} for video.\n```\n");

        [Theory]
        [InlineData("")]
        [InlineData("js")]
        [InlineData("python")]
        [InlineData("json")]
        [InlineData("text")]
        [InlineData("fsharp")]
        [InlineData("csharp-script")]
        [InlineData("razor")]
        public Task Fences_in_other_languages_stay_skipped(string info) =>
            Lint("```" + info + "\n// Sora is an LLM for video.\nconst s = \"Sora is an LLM\";\n```\n\nAfter the fence, CLIP is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task Doc_comments_and_every_kind_of_string_are_read() =>
            Lint("```cs\n/// <summary>The CLIP {|TL0001:LLM|} ranks images.</summary>\npublic string A => \"AlphaFold is an {|TL0001:LLM|}.\";\npublic string B => $\"Sora is an {|TL0001:LLM|} for {n} clips.\";\npublic string C => \"\"\"\n    Whisper is an {|TL0001:LLM|}.\n    \"\"\";\n```\n");

        [Fact]
        public Task Code_in_a_fence_is_silent_where_it_is_code() =>
            Lint("```csharp\nvar whisper = new LlmClient(\"whisper-1\");\nvar key = \"llm.model\";\nif (model is \"LLM\") { Foundation(language); }\n```\n");

        [Fact]
        public Task A_snippet_with_members_statements_and_ellipses_is_still_read() =>
            Lint("```csharp\npublic class Speech\n{\n    ...\n    // Whisper is an {|TL0001:LLM|} here.\n    private const string Hint = \"CLIP is an {|TL0001:LLM|}.\";\n```\n");

        [Fact]
        public Task Tilde_fences_quoted_fences_and_indented_fences_are_read() =>
            Lint("~~~csharp\n// Whisper is an {|TL0001:LLM|}.\n~~~\n\n> ```csharp\n> // CLIP is an {|TL0001:LLM|}.\n> ```\n\n- Step one:\n\n  ```csharp\n  // Sora is an {|TL0001:LLM|}.\n  ```\n");

        [Fact]
        public Task A_wrapped_comment_in_a_fence_is_one_sentence() =>
            Lint("```csharp\n// The model we call for speech is Whisper, an\n// {|TL0001:LLM|} tuned for phone audio.\nCall();\n```\n");

        [Fact]
        public Task Crlf_fences_keep_the_columns_right() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/a.md", "Intro.\r\n\r\n```csharp\r\n// AlphaFold is an LLM.\r\n```\r\n")
                .Expect(Diagnostic("TL0001").WithSpan("/docs/a.md", 4, 20, 4, 23).WithSpan("/docs/a.md", 4, 17, 4, 19))
                .RunAsync();

        [Fact]
        public Task A_directive_in_a_fence_comment_switches_its_next_line_off() =>
            Lint("```csharp\n// termlint-disable-next-line TL0001\nvar a = \"Whisper is an LLM.\";\nvar b = \"CLIP is an {|TL0001:LLM|}.\";\n```\n");

        [Fact]
        public Task An_unterminated_fence_is_not_a_fence_and_loses_nothing() =>
            Lint("# Guide\n\nIntro.\n\n```csharp\nvar x = 1;\n\nWhisper is an {|TL0001:LLM|}, says the paragraph after it.\n");

        /// <summary>An unclosed backtick is literal text (CommonMark), not a code span running into the next paragraphs.</summary>
        [Fact]
        public Task A_stray_backtick_hides_nothing() =>
            Lint("---\ntitle: Keys\n---\nPress the ` key.\n\nWhisper is an {|TL0001:LLM|}.\n\nCLIP is an {|TL0001:LLM|}, and `code` stays code.\n\nThe ` key again.\n");

        [Fact]
        public Task An_unclosed_code_element_hides_nothing_and_a_closed_one_spans_lines() =>
            Lint("Use <code>Whisper is an {|TL0001:LLM|}\n\nSora is an {|TL0001:LLM|}.\n\n<pre>\nCLIP is an LLM.\n</pre>\n\nAlphaFold is an {|TL0001:LLM|}.\n");

        [Fact]
        public Task A_line_of_inline_code_is_not_a_fence() =>
            Lint("```x``` and Whisper is an {|TL0001:LLM|}.\n\nCLIP is an {|TL0001:LLM|}.\n");

        // ---- Front matter ---------------------------------------------------------------------------------------

        [Fact]
        public Task A_front_matter_description_is_reported_at_its_exact_span() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/speech.md", "---\ntitle: Speech\ndescription: \"How Whisper, an LLM, transcribes calls\"\nauthor: Whisper LLM team\n---\n\n# Speech\n")
                .Expect(Diagnostic("TL0001").WithSpan("/docs/speech.md", 3, 31, 3, 34))
                .RunAsync();

        [Fact]
        public Task Every_prose_key_is_read_in_every_scalar_style() =>
            Lint("---\ntitle: 'Sora, an {|TL0001:LLM|} for video'\nsummary: >-\n  Our gallery is drawn by Stable Diffusion,\n  an {|TL0001:LLM|} we fine-tuned.\nexcerpt: |\n  AlphaFold is an {|TL0001:LLM|}.\nDescription: CLIP is an {|TL0001:LLM|} # a YAML comment: Whisper is an LLM\n---\nBody.\n");

        [Fact]
        public Task Plain_values_may_continue_on_indented_lines() =>
            Lint("---\ndescription: Calls are transcribed by\n  Whisper, an {|TL0001:LLM|}.\ntags:\n  - Whisper is an LLM\n---\n");

        [Fact]
        public Task Other_keys_and_nested_keys_are_not_prose() =>
            Lint("---\nauthor: Whisper is an LLM\ntags: [Whisper is an LLM]\nkeywords: Whisper is an LLM\nimage: /img/whisper-is-an-llm.png\nseo:\n  description: Whisper is an LLM\n  title: CLIP is an LLM\ndate: 2024-01-01\n---\n\nText.\n");

        [Fact]
        public Task Escapes_in_double_quoted_values_are_decoded_and_mapped() =>
            Lint("---\ndescription: \"The \\\"Whisper\\\" model is an audio model\\u002C and Whisper is an {|TL0001:LLM|}.\"\ntitle: 'It''s simple: Sora is an {|TL0001:LLM|}.'\n---\n");

        [Fact]
        public Task Toml_front_matter_is_read_before_its_first_table() =>
            Lint("+++\ntitle = \"AlphaFold is an {|TL0001:LLM|}\"\ndescription = '''\nCLIP is an {|TL0001:LLM|}.\n'''\nauthor = \"Whisper is an LLM\"\n[params]\ndescription = \"Whisper is an LLM\"\n+++\n");

        [Fact]
        public Task Unclosed_front_matter_is_a_thematic_break_and_its_lines_are_prose() =>
            Lint("---\nauthor: Sora is an {|TL0001:LLM|}.\n\nCLIP is an {|TL0001:LLM|}.\n");

        // ---- Options --------------------------------------------------------------------------------------------

        [Fact]
        public Task Each_part_of_a_markdown_file_has_its_own_switch() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/code/a.md", "---\ntitle: Whisper is an {|TL0001:LLM|}.\n---\n```csharp\n// Whisper is an LLM.\n```\n")
                .AdditionalFile("/docs/meta/b.md", "---\ntitle: Whisper is an LLM.\n---\n```csharp\n// Whisper is an {|TL0001:LLM|}.\n```\nCLIP is an {|TL0001:LLM|}.\n")
                .AdditionalFile("/docs/off/c.md", "---\ntitle: Whisper is an LLM.\n---\n```csharp\n// Whisper is an LLM.\n```\nCLIP is an LLM.\n")
                .AdditionalFile("/docs/strings/d.md", "```csharp\n// Sora is an {|TL0001:LLM|}.\nvar s = \"Sora is an LLM.\";\n```\n")
                .RawConfig("/.editorconfig", "root = true\n\n[docs/code/*.md]\ntermlint.scan_markdown_code = false\n\n[docs/meta/*.md]\ntermlint.scan_front_matter = false\n\n[docs/off/*.md]\ntermlint.scan_markdown = false\n\n[docs/strings/*.md]\ntermlint.scan_strings = false\n")
                .RunAsync();

        [Fact]
        public void Malformed_fences_and_front_matter_never_throw_and_map_inside_the_file()
        {
            string[] pieces = { "---\n", "+++\n", "title: ", "description: \"", "summary: '", "excerpt: |\n", "  ", "\"", "'", "\\", "\\u00", "```csharp\n", "```\n", "~~~cs\n", "> ", "// ", "/// <summary>", "\"\"\"", "$\"{", "}", "\n", "\r\n", "Whisper", " is an ", "LLM", ".", "[x]", "#", "- " };
            foreach (string source in MalformedInput.Documents(pieces, seed: 17, maxPieces: 80))
            {
                var prose = MarkdownProse.Extract(source, frontMatterProse: true);
                MalformedInput.AssertInside(prose.Segment, source);
                foreach (var fence in prose.CSharpFences)
                {
                    foreach (var (start, end) in fence)
                    {
                        Assert.InRange(start, 0, source.Length);
                        Assert.InRange(end, start, source.Length);
                    }
                }
            }
        }
    }
}
