using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TermLint.Analyzers;
using TermLint.CodeFixes;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.CodeFixes
{
    /// <summary>
    /// TL0004 has no fix, but the lightbulb offers its readings, each as its own action: keep one term of a gloss or the
    /// other, or state a reversed claim the right way round. The test library checks that the text after each reading
    /// raises no TermLint diagnostic; there is no Fix All to check.
    /// </summary>
    public class ReadingsFixTests
    {
        /// <summary>Sentence (with markup), then the text of each reading in the order the lightbulb lists them.</summary>
        public static readonly (string Before, string[] Readings)[] Sentences =
        {
            ("Foundation models ({|TL0004:LLMs|}) are expensive to host.", new[] { "Foundation models are expensive to host.", "LLMs are expensive to host." }),
            ("We fine-tune a foundation model ({|TL0004:LLM|}) on the tickets.", new[] { "We fine-tune a foundation model on the tickets.", "We fine-tune an LLM on the tickets." }),
            ("Large language models ({|TL0004:foundation models|}) predict the next token.", new[] { "Large language models predict the next token.", "Foundation models predict the next token." }),
            ("We host foundation models (or {|TL0004:LLMs|}) in two regions.", new[] { "We host foundation models in two regions.", "We host LLMs in two regions." }),
            ("Foundation models are {|TL0004:LLMs|}.", new[] { "LLMs are foundation models." }),
            ("A foundation model is an {|TL0004:LLM|}.", new[] { "An LLM is a foundation model." }),
            ("All foundation models are {|TL0004:LLMs|}.", new[] { "All LLMs are foundation models." }),
            ("Foundation models are a type of {|TL0004:LLM|}.", new[] { "LLMs are a type of foundation model." }),
            ("LLMs include {|TL0004:foundation models|}.", new[] { "Foundation models include LLMs." }),
            ("Every foundation model is a {|TL0004:large language model|}.", new[] { "Every large language model is a foundation model." }),
        };

        public static IEnumerable<object[]> ReadingCases =>
            from s in Sentences
            from i in Enumerable.Range(0, s.Readings.Length)
            select new object[] { s.Before, i, s.Readings[i] };

        private static readonly ProseKind[] Kinds =
        {
            ProseKind.LineComment, ProseKind.BlockComment, ProseKind.RegularString, ProseKind.VerbatimString,
            ProseKind.RawSingleLineString, ProseKind.InterpolatedString, ProseKind.Utf8String, ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain,
        };

        public static IEnumerable<object[]> KindCases =>
            from kind in Kinds
            from i in new[] { 1, 5 }
            select new object[] { kind, Sentences[i].Before, Sentences[i].Readings[Sentences[i].Readings.Length - 1] };

        [Theory]
        [MemberData(nameof(ReadingCases))]
        public Task Each_reading_is_its_own_action(string before, int index, string after) =>
            RunAsync(ProsePlacement.Place(ProseKind.LineComment, before), ProsePlacement.Place(ProseKind.LineComment, after), index);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Readings_apply_inside_every_kind_of_prose(ProseKind kind, string before, string after) =>
            RunAsync(ProsePlacement.Place(kind, before), ProsePlacement.Place(kind, after), Sentences.First(s => s.Before == before).Readings.Length - 1, ProsePlacement.DocModeOf(kind));

        [Theory]
        [InlineData("Foundation models ({|TL0004:LLMs|}) are expensive to host.", 2)]
        [InlineData("Whisper and GPT-5 are foundation models ({|TL0004:LLMs|}).", 1)]
        [InlineData("Foundation models are {|TL0004:LLMs|}.", 1)]
        [InlineData("All foundation models are {|TL0004:LLMs|}, Whisper included.", 0)]
        public async Task A_reading_that_would_call_a_non_language_model_an_LLM_is_not_offered(string before, int offered)
        {
            var actions = await ActionsAsync(ProsePlacement.Place(ProseKind.LineComment, before));
            Assert.Equal(offered, actions.Count);
            Assert.All(actions, a => Assert.DoesNotContain("Whisper", a));
        }

        [Fact]
        public async Task A_reading_whose_words_hold_an_escape_is_not_offered()
        {
            var actions = await ActionsAsync("class C { string s = \"\\u0046oundation models ({|TL0004:LLMs|}) are expensive to host.\"; }");
            Assert.Empty(actions);
        }

        [Fact]
        public async Task The_lightbulb_titles_name_what_each_reading_keeps()
        {
            var gloss = await ActionsAsync(ProsePlacement.Place(ProseKind.LineComment, Sentences[0].Before));
            Assert.Equal(new[] { "Keep only 'Foundation models'", "Keep only 'LLMs'" }, gloss);
            var reversed = await ActionsAsync(ProsePlacement.Place(ProseKind.LineComment, Sentences[4].Before));
            Assert.Equal(new[] { "State the true direction: every LLM is a foundation model" }, reversed);
        }

        [Fact]
        public void Readings_are_never_applied_by_Fix_All_or_dotnet_format()
        {
            var provider = new ReadingsCodeFixProvider();
            Assert.Null(provider.GetFixAllProvider());
            Assert.Equal(new[] { "TL0004" }, provider.FixableDiagnosticIds);
            Assert.DoesNotContain("TL0004", new ReplaceTermCodeFixProvider().FixableDiagnosticIds);
        }

        private static Task RunAsync(string markup, string fixedCode, int index, DocumentationMode docMode = DocumentationMode.Diagnose)
        {
            var test = new CSharpCodeFixTest<TermLintAnalyzer, ReadingsCodeFixProvider, DefaultVerifier>
            {
                TestCode = markup,
                FixedCode = fixedCode,
                CodeActionIndex = index,
                NumberOfIncrementalIterations = 1,
                NumberOfFixAllIterations = 0,
            };
            Verify.Configure(test, docMode);
            return test.RunAsync();
        }

        /// <summary>The titles of the actions the provider registers for the one TL0004 diagnostic of the markup.</summary>
        private static async Task<List<string>> ActionsAsync(string markup)
        {
            string source = System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|TL\d+:(.*?)\|\}", "$1");
            var workspace = new AdhocWorkspace();
            var document = workspace.AddProject("Consumer", LanguageNames.CSharp)
                .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
                .AddDocument("Sample.cs", source);
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer())).GetAnalyzerDiagnosticsAsync();
            var tl0004 = diagnostics.Single(d => d.Id == "TL0004");
            var titles = new List<string>();
            var context = new CodeFixContext(document, tl0004, (action, _) => titles.Add(action.Title), CancellationToken.None);
            await new ReadingsCodeFixProvider().RegisterCodeFixesAsync(context);
            return titles;
        }
    }
}
