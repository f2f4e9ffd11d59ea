using System.Threading.Tasks;
using Xunit;

namespace TermLint.Tests.Configuration
{
    /// <summary>termlint-disable-next-line / -line / disable … restore in comments, doc comments and Markdown.</summary>
    public class InlineDirectiveTests
    {
        [Fact]
        public Task Disable_next_line_suppresses_that_line_only() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable-next-line TL0001
    const string Kept = ""Whisper is an LLM."";
    const string Flagged = ""Whisper is an {|TL0001:LLM|}."";
}
").RunAsync();

        [Fact]
        public Task Disable_next_line_keeps_one_sentence_of_a_comment_block() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // The vendor's slide said it plainly.
    // termlint-disable-next-line TL0001 -- quoted from the vendor's slide
    // Whisper is an LLM.
    // Whisper is an {|TL0001:LLM|}.
    void Transcribe() { }
}
").RunAsync();

        [Fact]
        public Task Disable_next_line_for_another_rule_does_not_suppress() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable-next-line TL0003
    // Whisper is an {|TL0001:LLM|}.
    void Transcribe() { }
}
").RunAsync();

        [Fact]
        public Task Disable_next_line_without_ids_suppresses_every_rule() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable-next-line
    // Whisper is an LLM.
    void Transcribe() { }
}
").RunAsync();

        [Fact]
        public Task Disable_next_line_accepts_several_ids_and_skips_blank_lines() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable-next-line TL0003, TL0001

    const string Kept = ""Whisper is an LLM."";
}
").RunAsync();

        [Fact]
        public Task Disable_line_suppresses_the_line_of_a_trailing_comment() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Kept = ""Whisper is an LLM.""; // termlint-disable-line TL0001
    const string Flagged = ""Whisper is an {|TL0001:LLM|}."";
}
").RunAsync();

        [Fact]
        public Task Disable_and_restore_bound_a_region() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Before = ""Whisper is an {|TL0001:LLM|}."";
    /* termlint-disable TL0001 */
    const string A = ""Whisper is an LLM."";
    const string B = ""AlphaFold is an LLM."";
    /* termlint-restore TL0001 */
    const string After = ""CLIP is an {|TL0001:LLM|}."";
}
").RunAsync();

        [Fact]
        public Task Disable_without_restore_runs_to_the_end_of_the_file() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Before = ""Whisper is an {|TL0001:LLM|}."";
    // termlint-disable
    const string A = ""Whisper is an LLM."";
}

class Later
{
    const string B = ""AlphaFold is an LLM."";
}
").RunAsync();

        [Fact]
        public Task A_bare_restore_ends_every_disable() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable TL0001
    // termlint-disable TL0003
    const string A = ""Whisper is an LLM."";
    // termlint-restore
    const string After = ""Whisper is an {|TL0001:LLM|}."";
}
").RunAsync();

        [Fact]
        public Task Restore_of_one_rule_leaves_other_rules_disabled() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disable TL0001 TL0003
    const string A = ""Whisper is an LLM."";
    // termlint-restore TL0003
    const string B = ""AlphaFold is an LLM."";
}
").RunAsync();

        [Fact]
        public Task A_directive_in_a_doc_comment_works() =>
            new ConfiguredRun().Source(@"
class Speech
{
    /// <summary>
    /// termlint-disable-next-line TL0001
    /// Whisper is an LLM.
    /// Whisper is an {|TL0001:LLM|}.
    /// </summary>
    void Transcribe() { }
}
").RunAsync();

        [Fact]
        public Task A_directive_in_a_doc_comment_works_when_docs_are_not_parsed() =>
            new ConfiguredRun().Source(@"
class Speech
{
    /// <summary>
    /// termlint-disable-next-line TL0001
    /// Whisper is an LLM.
    /// Whisper is an {|TL0001:LLM|}.
    /// </summary>
    void Transcribe() { }
}
").WithoutDocumentationMode().RunAsync();

        [Fact]
        public Task Directive_text_inside_a_string_literal_is_data_not_a_directive() =>
            new ConfiguredRun().Source(@"
class Speech
{
    const string Help = ""Write termlint-disable-next-line to keep a sentence."";
    const string Flagged = ""Whisper is an {|TL0001:LLM|}."";
}
").RunAsync();

        [Fact]
        public Task A_word_that_only_starts_like_a_directive_is_not_one() =>
            new ConfiguredRun().Source(@"
class Speech
{
    // termlint-disabled-next-line TL0001
    // Whisper is an {|TL0001:LLM|}.
    void Transcribe() { }
}
").RunAsync();

        [Fact]
        public Task Pragma_warning_disable_still_works() =>
            new ConfiguredRun().Source(@"
class Speech
{
#pragma warning disable TL0001
    const string A = ""Whisper is an LLM."";
#pragma warning restore TL0001
    const string B = ""Whisper is an {|TL0001:LLM|}."";
}
").WithoutPragmaCheck().RunAsync();

        [Fact]
        public Task Markdown_directives_live_in_html_comments() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/docs/history.md", @"# History

<!-- termlint-disable-next-line TL0001 -->
Whisper is an LLM.

AlphaFold is an {|TL0001:LLM|}.

<!-- termlint-disable -->
CLIP is an LLM.

Stable Diffusion is an LLM.
<!-- termlint-restore -->

Whisper is an {|TL0001:LLM|}.

<!--termlint-disable-next-line TL0001-->
CLIP is an LLM.
")
                .RunAsync();

        [Theory]
        [InlineData("// termlint-disable-next-line TL0001, TL0003 -- reason", DirectiveKindName.DisableNextLine, "TL0001,TL0003")]
        [InlineData("/* termlint-disable tl0001 */", DirectiveKindName.Disable, "TL0001")]
        [InlineData("// termlint-restore", DirectiveKindName.Restore, "")]
        [InlineData("// termlint-enable TL0002", DirectiveKindName.Restore, "TL0002")]
        [InlineData("x; // termlint-disable-line: quoted", DirectiveKindName.DisableLine, "")]
        [InlineData("<!--termlint-disable-->", DirectiveKindName.Disable, "")]
        [InlineData("// termlint-disable TL0001 because TL0003 is fine", DirectiveKindName.Disable, "TL0001")]
        public void Directives_parse_their_kind_and_rule_ids(string line, DirectiveKindName kind, string ids)
        {
            int at = line.IndexOf("termlint-");
            int end = line.EndsWith("-->") ? line.Length - 3 : line.EndsWith("*/") ? line.Length - 2 : line.Length;

            var directive = TermLint.Suppression.InlineDirective.TryParse(line, at, end, 0);

            Assert.NotNull(directive);
            Assert.Equal(kind.ToString(), directive!.Kind.ToString());
            Assert.Equal(ids, string.Join(",", directive.RuleIds));
        }

        [Theory]
        [InlineData("// my-termlint-disable TL0001")]
        [InlineData("// termlint-disabled TL0001")]
        [InlineData("// termlint-ignore TL0001")]
        [InlineData("// termlint-")]
        public void Text_that_only_looks_like_a_directive_is_not_one(string line) =>
            Assert.Null(TermLint.Suppression.InlineDirective.TryParse(line, line.IndexOf("termlint-"), line.Length, 0));

        /// <summary>Mirrors the internal enum so that theory data can name it from a public test.</summary>
        public enum DirectiveKindName
        {
            DisableNextLine,
            DisableLine,
            Disable,
            Restore,
        }
    }
}
