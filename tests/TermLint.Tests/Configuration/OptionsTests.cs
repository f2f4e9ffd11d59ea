using System.Threading.Tasks;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Configuration
{
    /// <summary>The termlint.* keys of .editorconfig / .globalconfig, read per syntax tree and per AdditionalFile.</summary>
    public class OptionsTests
    {
        private const string Mixed = @"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    const string Caption = ""Whisper is an {|TL0001:LLM|}."";

    /// <summary>Whisper is an {|TL0001:LLM|}.</summary>
    void Transcribe() { }
}
";

        [Fact]
        public Task Without_options_comments_strings_and_docs_are_all_scanned() =>
            new ConfiguredRun().Source(Mixed).RunAsync();

        [Fact]
        public Task Scan_strings_false_leaves_string_literals_alone_and_still_scans_comments() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    const string Caption = ""Whisper is an LLM."";
    string Interpolated(int n) => $""Whisper is an LLM, take {n}."";
}
").EditorConfig("termlint.scan_strings = false").RunAsync();

        [Fact]
        public Task Scan_comments_false_leaves_line_and_block_comments_alone() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an LLM.
    /* Whisper is an LLM. */
    const string Caption = ""Whisper is an {|TL0001:LLM|}."";

    /// <summary>Whisper is an {|TL0001:LLM|}.</summary>
    void Transcribe() { }
}
").EditorConfig("termlint.scan_comments = false").RunAsync();

        [Fact]
        public Task Scan_doc_comments_false_leaves_structured_docs_alone() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    /// <summary>Whisper is an LLM.</summary>
    void Transcribe() { }
}
").EditorConfig("termlint.scan_doc_comments = false").RunAsync();

        [Fact]
        public Task Scan_doc_comments_false_also_covers_triple_slash_lines_when_docs_are_not_parsed() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    /// <summary>Whisper is an LLM.</summary>
    void Transcribe() { }
}
").EditorConfig("termlint.scan_doc_comments = false").WithoutDocumentationMode().RunAsync();

        [Fact]
        public Task Min_string_length_treats_shorter_literals_as_keys() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Short = ""Whisper is an LLM."";
    const string Long = ""Use the cloud API: Whisper is an {|TL0001:LLM|}."";
}
").EditorConfig("termlint.min_string_length = 30").RunAsync();

        [Fact]
        public Task Min_string_length_does_not_apply_to_comments() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    const string Short = ""Whisper is an LLM."";
}
").EditorConfig("termlint.min_string_length = 100").RunAsync();

        private const string ProductName = @"
class Gateway
{
    // Calls go through the Contoso Whisper {|TL0001:LLM|}, our gateway product.
    void Route() { }
}
";

        [Fact]
        public Task Without_an_accept_list_a_product_name_that_reads_as_a_claim_is_flagged() =>
            new ConfiguredRun().Source(ProductName).RunAsync();

        [Fact]
        public Task Accept_list_keeps_a_product_name_that_contains_a_model_and_a_term() =>
            new ConfiguredRun().Source(@"
class Gateway
{
    // Calls go through the Contoso Whisper LLM, our gateway product.
    const string Banner = ""Calls go through the Contoso Whisper LLM, our gateway product."";

    // Whisper is an {|TL0001:LLM|}.
    void Route() { }
}
").EditorConfig("termlint.accept = Acme Studio | Contoso Whisper LLM").RunAsync();

        [Fact]
        public Task Accept_list_matches_case_insensitively_and_across_wrapped_comment_lines() =>
            new ConfiguredRun().Source(@"
class Gateway
{
    // Calls go through the Contoso Whisper
    // LLM, our gateway product.
    void Route() { }
}
").EditorConfig("termlint.accept = contoso whisper llm").RunAsync();

        [Fact]
        public Task Accept_list_needs_whole_words() =>
            new ConfiguredRun().Source(@"
class Gateway
{
    // Whisper is an {|TL0001:LLM|}.
    void Route() { }

    // AlphaFold is an {|TL0001:LLM|}.
    void Fold() { }
}
").EditorConfig("termlint.accept = Whisper is an LL | lphaFold is an LLM").RunAsync();

        [Fact]
        public Task Options_from_a_globalconfig_apply_too() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an {|TL0001:LLM|}.
    const string Caption = ""Whisper is an LLM."";
}
").GlobalConfig("termlint.scan_strings = false").RunAsync();

        [Fact]
        public Task Options_are_read_per_syntax_tree() =>
            new ConfiguredRun()
                .Source("// Whisper is an {|TL0001:LLM|}.\nclass Current { }\n", "/0/Current.cs")
                .Source("// Whisper is an LLM.\nclass Legacy { }\n", "/0/Legacy.cs")
                .RawConfig("/.editorconfig", "root = true\n\n[Legacy.cs]\ntermlint.scan_comments = false\n")
                .RunAsync();

        [Fact]
        public Task A_value_that_cannot_be_read_keeps_the_default_and_is_reported() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Caption = ""Whisper is an {|TL0001:LLM|}."";
    const string Other = ""AlphaFold is an {|TL0001:LLM|}."";
}
").EditorConfig("termlint.scan_strings = sometimes", "termlint.min_string_length = -4")
            .Expect(
                Diagnostic("TL9003").WithArguments("'-4' is not a valid value for 'termlint.min_string_length'; use a whole number, 0 or more (until then the default, 0, applies)"),
                Diagnostic("TL9003").WithArguments("'sometimes' is not a valid value for 'termlint.scan_strings'; use true or false (until then the default, true, applies)"))
            .RunAsync();

        [Fact]
        public Task Scan_markdown_false_leaves_markdown_files_alone() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/guide.md", "# Guide\n\nWhisper is an LLM.\n")
                .AdditionalFile("/docs/other.md", "Whisper is an {|TL0001:LLM|}.\n")
                .RawConfig("/.editorconfig", "root = true\n\n[guide.md]\ntermlint.scan_markdown = false\n")
                .RunAsync();

        [Fact]
        public Task Inline_directives_false_ignores_termlint_disable_comments() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable-next-line TL0001
    // Whisper is an {|TL0001:LLM|}.
    void Transcribe() { }
}
").EditorConfig("termlint.inline_directives = false").RunAsync();

        [Fact]
        public Task Severity_stays_the_standard_dotnet_diagnostic_key() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // Whisper is an LLM.
    void Transcribe() { }
}
").EditorConfig("dotnet_diagnostic.TL0001.severity = none").RunAsync();

        [Fact]
        public void Every_option_key_is_prefixed_and_documented_in_one_list()
        {
            Assert.All(TermLint.Options.TermLintOptions.Keys, key => Assert.StartsWith("termlint.", key));
            Assert.Equal(TermLint.Options.TermLintOptions.Keys.Length, new System.Collections.Generic.HashSet<string>(TermLint.Options.TermLintOptions.Keys).Count);
        }
    }
}
