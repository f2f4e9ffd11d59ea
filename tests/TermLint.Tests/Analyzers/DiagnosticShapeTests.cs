using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Analyzers;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Analyzers
{
    /// <summary>What a diagnostic carries: message, help link, and the replacement that the fix reads.</summary>
    public class DiagnosticShapeTests
    {
        [Fact]
        public async Task A_fixable_diagnostic_carries_its_replacement_and_article()
        {
            string source = "class C\n{\n    // AlphaFold is an LLM.\n}\n";
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(source));
            Assert.Equal("TL0001", diagnostic.Id);
            Assert.Equal("'AlphaFold' is a scientific foundation model, not an LLM: write 'scientific model' instead of 'LLM'", diagnostic.GetMessage());
            Assert.Equal("https://github.com/termlint/termlint/blob/main/docs/rules/TL0001.md", diagnostic.Descriptor.HelpLinkUri);
            Assert.Equal("scientific model", diagnostic.Properties[DiagnosticProperties.Replacement]);
            Assert.Equal("a", diagnostic.Properties[DiagnosticProperties.ArticleReplacement]);
            Assert.Equal("an", source.Substring(diagnostic.AdditionalLocations[0].SourceSpan.Start, diagnostic.AdditionalLocations[0].SourceSpan.Length));
        }

        [Fact]
        public async Task A_term_broken_across_comment_lines_carries_no_replacement()
        {
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync("class C\n{\n    // Whisper is a large\n    // language model.\n}\n"));
            Assert.Equal("TL0001", diagnostic.Id);
            Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.Replacement));
        }

        [Fact]
        public async Task TL0004_carries_no_replacement()
        {
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync("class C\n{\n    // All foundation models are LLMs.\n}\n"));
            Assert.Equal("TL0004", diagnostic.Id);
            Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.Replacement));
            Assert.Contains("every LLM is a foundation model and not every foundation model is an LLM", diagnostic.GetMessage());
        }

        [Fact]
        public void Every_descriptor_links_to_its_rule_page()
        {
            foreach (var descriptor in Descriptors.All)
            {
                Assert.Equal("https://github.com/termlint/termlint/blob/main/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            }
        }

        [Theory]
        [InlineData("class C { string s = \"Whisper is an LLM; unterminated\n}")]
        [InlineData("/// <summary>Whisper is an <c>LLM\n/// </summary>\nclass C { }")]
        [InlineData("/// <summary Whisper is an LLM. &bogus; &#xFFFFFF; <see cref=\"\n class C { }")]
        [InlineData("class C { string s = $\"Whisper is an {\"LLM\"} {{ \" + $@\"{1} is an LLM\"; }")]
        [InlineData("class C { string s = \"\"\"\n  Whisper is an LLM.\n\"\"\"; }")]
        [InlineData("/* Whisper is an LLM")]
        [InlineData("#if false\n// Whisper is an LLM.\n#endif\nclass C { string s = \"Whisper is an \\u004")]
        public async Task Malformed_source_never_breaks_the_analyzer(string source)
        {
            foreach (var mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None })
            {
                var diagnostics = await AnalyzerRun.DiagnosticsAsync(source, mode);
                Assert.DoesNotContain(diagnostics, d => d.Id == "TL9002" || d.Id == "AD0001");
            }
        }
    }
}
