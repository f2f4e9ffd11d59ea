using System.Threading.Tasks;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Configuration
{
    /// <summary>A whole configured project: options, a user catalog with a mistake, a directive and a Markdown doc.</summary>
    public class ConfiguredProjectTests
    {
        private const string Catalog = "# Contoso's in-house models\n[model EchoVoice]\nkind = audio\nvendor = Contoso\ncolour = teal\nflag = TL0001: EchoVoice is an LLM.\n";

        [Fact]
        public Task Every_configuration_feature_works_together() =>
            new ConfiguredRun()
                .Source(@"
class Transcription
{
    // EchoVoice, our in-house {|TL0001:LLM|}, transcribes the calls.
    const string Banner = ""Whisper is an LLM."";

    // termlint-disable-next-line TL0001 -- the vendor's own words, quoted
    // Whisper is an LLM.
    // Whisper is an {|TL0001:LLM|}.
    void Run() { }
}
")
                .AdditionalFile("/repo/contoso.termlint", Catalog)
                .AdditionalFile("/repo/docs/speech.md", "---\ntitle: Speech\n---\n# Speech\n\n```\nWhisper is an LLM.\n```\n\nCalls go to `EchoVoice` first.\nIn short, EchoVoice is an LLM tuned on our calls.\n")
                .EditorConfig("termlint.scan_strings = false")
                .Expect(
                    Diagnostic("TL9001").WithSpan("/repo/contoso.termlint", 5, 1, 5, 14).WithArguments("unknown key 'colour' in a model section; a model section takes kind, aliases, vendor, noun, case, enabled, source, flag, pass"),
                    Diagnostic("TL0001").WithSpan("/repo/docs/speech.md", 11, 27, 11, 30))
                .RunAsync();

        [Fact]
        public Task A_catalog_error_is_reported_at_the_value_and_the_built_in_catalog_keeps_working() =>
            new ConfiguredRun()
                .Source("// Whisper is an {|TL0001:LLM|}.\nclass C { }\n")
                .AdditionalFile("/repo/house.termlint", "[model EchoVoice]\nkind = {|TL9001:audoi|}\n")
                .RunAsync();

        [Fact]
        public Task A_failing_user_spec_is_reported_at_its_line() =>
            new ConfiguredRun()
                .Source("class C { }")
                .AdditionalFile("/repo/house.termlint", "[model EchoVoice]\nkind = audio\npass = {|TL9001:EchoVoice is an LLM.|}\n")
                .RunAsync();

        [Fact]
        public Task A_valid_user_catalog_raises_nothing_of_its_own() =>
            new ConfiguredRun()
                .Source("// EchoVoice is an {|TL0001:LLM|}.\nclass C { }\n")
                .AdditionalFile("/repo/house.termlint", "[model EchoVoice]\nkind = audio\nflag = TL0001: EchoVoice is an LLM.\npass = EchoVoice is not an LLM.\n")
                .RunAsync();
    }
}
