using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.CodeFixes;
using Xunit;

namespace TermLint.Tests.CodeFixes
{
    /// <summary>
    /// The fix for diagnostics in Markdown, Razor and .resx AdditionalFiles, through Roslyn's code fixes for
    /// non-source documents (<c>CodeFixContext(TextDocument, …)</c>, the entry point an IDE that supports them
    /// calls). The Roslyn testing library applies fixes to source documents only, so these tests drive a
    /// workspace themselves: analyze, fix one diagnostic, analyze again, until nothing fixable is left.
    /// </summary>
    public class AdditionalDocumentFixTests
    {
        [Fact]
        public void The_provider_is_exported_for_source_and_additional_documents()
        {
            var export = typeof(ReplaceTermCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>()!;
            Assert.Contains(nameof(TextDocumentKind.Document), export.DocumentKinds);
            Assert.Contains(nameof(TextDocumentKind.AdditionalDocument), export.DocumentKinds);
            Assert.Null(export.DocumentExtensions);
        }

        [Fact]
        public Task Markdown_prose_fence_and_front_matter_are_fixed() =>
            FixesTo(
                "/docs/guide.md",
                "---\ndescription: Whisper, an LLM, in production\n---\n# Guide\n\nAlphaFold is an LLM for proteins.\n\n```csharp\n// The CLIP LLM ranks images.\n```\n",
                "---\ndescription: Whisper, an audio model, in production\n---\n# Guide\n\nAlphaFold is a scientific model for proteins.\n\n```csharp\n// The CLIP vision-language model ranks images.\n```\n");

        [Fact]
        public Task Razor_markup_attributes_and_code_are_fixed() =>
            FixesTo(
                "/Components/Models.razor",
                "<p title=\"Sora is an LLM\">Whisper is an LLM.</p>\n@code {\n    private string s = \"Stable Diffusion, an LLM, draws.\";\n}\n",
                "<p title=\"Sora is a video model\">Whisper is an audio model.</p>\n@code {\n    private string s = \"Stable Diffusion, an image model, draws.\";\n}\n");

        [Fact]
        public Task A_resx_value_is_fixed_inside_its_xml() =>
            FixesTo(
                "/Resources/Strings.resx",
                "<root>\n  <data name=\"A\" xml:space=\"preserve\">\n    <value>Whisper &amp; co: Whisper is an LLM.</value>\n  </data>\n</root>\n",
                "<root>\n  <data name=\"A\" xml:space=\"preserve\">\n    <value>Whisper &amp; co: Whisper is an audio model.</value>\n  </data>\n</root>\n");

        [Fact]
        public async Task A_diagnostic_without_a_replacement_offers_no_fix()
        {
            var (project, document) = Project("/docs/a.md", "Foundation models (LLMs) are trained on broad data.\n");
            var diagnostics = await DiagnosticsAsync(project);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("TL0004", diagnostic.Id);
            Assert.Empty(await ActionsAsync(document, diagnostic));
        }

        [Theory]
        [InlineData("/Components/A.razor", "<p>Whisper is a <b>large</b> language model.</p>\n")]
        [InlineData("/docs/a.md", "Whisper is a <b>large</b> language model.\n")]
        public async Task A_term_split_by_a_tag_is_reported_without_a_fix(string path, string text)
        {
            var (project, document) = Project(path, text);
            var diagnostic = Assert.Single(await DiagnosticsAsync(project));
            Assert.Equal("TL0001", diagnostic.Id);
            Assert.False(diagnostic.Properties.ContainsKey(DiagnosticProperties.Replacement), "a fix would delete the </b> tag");
            Assert.Empty(await ActionsAsync(document, diagnostic));
        }

        [Fact]
        public async Task The_title_names_the_words_and_their_replacement()
        {
            var (project, document) = Project("/docs/a.md", "Whisper is an LLM.\n");
            var diagnostic = Assert.Single(await DiagnosticsAsync(project));
            var action = Assert.Single(await ActionsAsync(document, diagnostic));
            Assert.Equal("Replace 'LLM' with 'audio model'", action.Title);
        }

        /// <summary>Fixes the file's diagnostics one at a time, as a user does, and compares the result.</summary>
        private static async Task FixesTo(string path, string text, string expected)
        {
            var (project, document) = Project(path, text);
            for (int round = 0; round < 20; round++)
            {
                var diagnostic = (await DiagnosticsAsync(project)).FirstOrDefault(d => d.Properties.ContainsKey(DiagnosticProperties.Replacement));
                if (diagnostic == null)
                {
                    break;
                }

                Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
                var action = (await ActionsAsync(document, diagnostic)).First();
                var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
                project = operation.ChangedSolution.GetProject(project.Id)!;
                document = project.GetAdditionalDocument(document.Id)!;
            }

            Assert.Equal(expected, (await document.GetTextAsync()).ToString());
            Assert.DoesNotContain(await DiagnosticsAsync(project), d => d.Properties.ContainsKey(DiagnosticProperties.Replacement));
        }

        private static (Project Project, TextDocument Document) Project(string path, string text)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
                .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
                .AddDocument("Empty.cs", "class Empty { }").Project;
            var document = project.AddAdditionalDocument(System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
            return (document.Project, document);
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer());
            return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        }

        private static async Task<List<CodeAction>> ActionsAsync(TextDocument document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new ReplaceTermCodeFixProvider().RegisterCodeFixesAsync(context);
            return actions;
        }
    }
}
