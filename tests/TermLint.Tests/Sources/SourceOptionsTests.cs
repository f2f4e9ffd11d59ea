using System.IO;
using System.Threading.Tasks;
using TermLint.Options;
using TermLint.Tests.Configuration;
using Xunit;

namespace TermLint.Tests.Sources
{
    /// <summary>Each new source has its own <c>termlint.scan_*</c> switch, read per file, and every key is documented.</summary>
    public class SourceOptionsTests
    {
        private const string Razor = "<p>Whisper is an {|TL0001:LLM|}.</p>\n";
        private const string RazorSilent = "<p>Whisper is an LLM.</p>\n";

        [Fact]
        public Task Razor_is_switched_off_per_file_by_scan_razor() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/New.razor", Razor)
                .AdditionalFile("/Components/Legacy/Old.razor", RazorSilent)
                .AdditionalFile("/Pages/Old.cshtml", RazorSilent)
                .RawConfig("/.editorconfig", "root = true\n\n[Components/Legacy/**.razor]\ntermlint.scan_razor = false\n\n[*.cshtml]\ntermlint.scan_razor = false\n")
                .RunAsync();

        [Fact]
        public Task Resx_is_switched_off_by_scan_resx_in_a_globalconfig() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Resources/Strings.resx", "<root><data name=\"A\"><value>Whisper is an LLM.</value></data></root>")
                .AdditionalFile("/docs/a.md", "Whisper is an {|TL0001:LLM|}.\n")
                .GlobalConfig("termlint.scan_resx = false")
                .RunAsync();

        [Fact]
        public Task Markup_and_resx_honour_accepted_phrases() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/A.razor", "<p>Try Contoso Whisper LLM today. Sora is an {|TL0001:LLM|}.</p>\n")
                .AdditionalFile("/Resources/Strings.resx", "<root><data name=\"A\"><value>Contoso Whisper LLM, the app.</value></data></root>")
                .EditorConfig("termlint.accept = Contoso Whisper LLM")
                .RunAsync();

        [Fact]
        public Task Inline_directives_off_means_comments_do_not_suppress() =>
            new ConfiguredRun()
                .Source("class Empty { }")
                .AdditionalFile("/Components/A.razor", "@* termlint-disable-next-line *@\n<p>Whisper is an {|TL0001:LLM|}.</p>\n")
                .EditorConfig("termlint.inline_directives = false")
                .RunAsync();

        [Theory]
        [InlineData(TermLintOptions.ScanRazorKey)]
        [InlineData(TermLintOptions.ScanResxKey)]
        [InlineData(TermLintOptions.ScanMarkdownCodeKey)]
        [InlineData(TermLintOptions.ScanFrontMatterKey)]
        public void Every_new_key_is_read_and_defaults_to_on(string key)
        {
            Assert.Contains(key, TermLintOptions.Keys);
            var off = TermLintOptionsReader.Read(new DictionaryOptions((key, "false")));
            var d = TermLintOptions.Default;
            Assert.True(d.ScanRazor && d.ScanResx && d.ScanMarkdownCode && d.ScanFrontMatter);
            bool value = key switch
            {
                TermLintOptions.ScanRazorKey => off.ScanRazor,
                TermLintOptions.ScanResxKey => off.ScanResx,
                TermLintOptions.ScanMarkdownCodeKey => off.ScanMarkdownCode,
                _ => off.ScanFrontMatter,
            };
            Assert.False(value);
        }

        [Fact]
        public void Every_key_is_documented_in_the_configuration_page_and_both_readmes()
        {
            string root = RepositoryRoot();
            foreach (string page in new[] { "docs/configuration.md", "README.md", "src/TermLint.Package/README.md" })
            {
                string text = File.ReadAllText(Path.Combine(root, page));
                foreach (string key in new[] { TermLintOptions.ScanRazorKey, TermLintOptions.ScanResxKey, TermLintOptions.ScanMarkdownCodeKey, TermLintOptions.ScanFrontMatterKey })
                {
                    Assert.True(text.Contains("`" + key + "`"), page + " does not document " + key);
                }

                Assert.True(text.Contains("TermLintLintResx"), page + " does not document the TermLintLintResx property");
            }
        }

        private static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TermLint.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("TermLint.sln not found above " + System.AppContext.BaseDirectory);
        }

        private sealed class DictionaryOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            private readonly System.Collections.Generic.Dictionary<string, string> _values = new System.Collections.Generic.Dictionary<string, string>();

            public DictionaryOptions(params (string Key, string Value)[] values)
            {
                foreach (var (k, v) in values)
                {
                    _values[k] = v;
                }
            }

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
