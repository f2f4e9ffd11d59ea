using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>The test helpers themselves: each kind really is that kind of syntax, and the harness can fail.</summary>
    public class HarnessTests
    {
        // A test-only probe, never shipped: release tracking and extended analyzer rules do not apply to it.
#pragma warning disable RS1036, RS2008

        /// <summary>Reports every structured doc comment, to see how the harness parsed a file.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class DocTriviaProbe : DiagnosticAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("PROBE1", "doc", "doc", "Test", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterSyntaxTreeAction(tree =>
                {
                    foreach (var trivia in tree.Tree.GetRoot().DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)))
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(tree.Tree, new Microsoft.CodeAnalysis.Text.TextSpan(trivia.SpanStart, 0))));
                    }
                });
            }
        }
#pragma warning restore RS1036, RS2008

        private const string Sentence = "Whisper is an LLM.";

        [Theory]
        [InlineData(ProseKind.LineComment, SyntaxKind.SingleLineCommentTrivia)]
        [InlineData(ProseKind.BlockComment, SyntaxKind.MultiLineCommentTrivia)]
        [InlineData(ProseKind.RegularString, SyntaxKind.StringLiteralToken)]
        [InlineData(ProseKind.VerbatimString, SyntaxKind.StringLiteralToken)]
        [InlineData(ProseKind.RawSingleLineString, SyntaxKind.SingleLineRawStringLiteralToken)]
        [InlineData(ProseKind.RawMultiLineString, SyntaxKind.MultiLineRawStringLiteralToken)]
        [InlineData(ProseKind.InterpolatedString, SyntaxKind.InterpolatedStringStartToken)]
        [InlineData(ProseKind.InterpolatedVerbatimString, SyntaxKind.InterpolatedVerbatimStringStartToken)]
        [InlineData(ProseKind.InterpolatedRawString, SyntaxKind.InterpolatedSingleLineRawStringStartToken)]
        [InlineData(ProseKind.Utf8String, SyntaxKind.Utf8StringLiteralToken)]
        [InlineData(ProseKind.DocSummaryParsed, SyntaxKind.SingleLineDocumentationCommentTrivia)]
        [InlineData(ProseKind.DocSummaryPlain, SyntaxKind.SingleLineCommentTrivia)]
        public void Each_kind_places_the_sentence_in_that_syntax(ProseKind kind, SyntaxKind expected)
        {
            string source = ProsePlacement.Place(kind, Sentence);
            var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12, ProsePlacement.DocModeOf(kind))).GetRoot();
            Assert.Empty(root.GetDiagnostics());
            // An interpolated string is found by its start token; the sentence is in the whole expression.
            var spans = root.DescendantTokens().Where(t => t.IsKind(expected)).Select(t => t.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax e ? e.Span : t.Span)
                .Concat(root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsKind(expected)).Select(t => t.FullSpan));
            Assert.Contains(spans, span => source.Substring(span.Start, span.Length).Contains(Sentence));
            if (kind is ProseKind.DocSummaryParsed or ProseKind.DocSummaryPlain)
            {
                Assert.Equal(kind == ProseKind.DocSummaryParsed, root.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)));
            }
        }

        [Fact]
        public void The_verbatim_and_interpolated_kinds_are_what_they_say()
        {
            Assert.Contains("@\"" + Sentence, ProsePlacement.Place(ProseKind.VerbatimString, Sentence));
            var root = CSharpSyntaxTree.ParseText(ProsePlacement.Place(ProseKind.InterpolatedString, Sentence)).GetRoot();
            Assert.Single(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InterpolationSyntax>());
        }

        [Fact]
        public void The_wrapped_comment_splits_the_sentence_over_two_lines_outside_markup()
        {
            string source = ProsePlacement.Place(ProseKind.WrappedLineComment, "The Stable Diffusion {|TL0001:large language model|} renders mockups.");
            Assert.Contains("{|TL0001:large language model|}", source);
            Assert.Equal(2, source.Split('\n').Count(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        }

        [Theory]
        [InlineData(DocumentationMode.Diagnose, "///{|PROBE1:|} <summary>Docs.</summary>\npublic class C { }\n")]
        [InlineData(DocumentationMode.None, "/// <summary>Docs.</summary>\npublic class C { }\n")]
        public Task The_harness_parses_doc_comments_in_the_requested_mode(DocumentationMode mode, string markup)
        {
            var test = new CSharpAnalyzerTest<DocTriviaProbe, DefaultVerifier> { TestCode = markup };
            Verify.Configure(test, mode);
            return test.RunAsync();
        }

        [Fact]
        public Task The_analyzer_harness_fails_on_a_missing_diagnostic() =>
            Assert.ThrowsAnyAsync<Exception>(() => Verify.AnalyzerAsync(ProsePlacement.Place(ProseKind.LineComment, "Whisper is not an {|TL0001:LLM|}.")));

        [Fact]
        public Task The_analyzer_harness_fails_on_an_unexpected_diagnostic() =>
            Assert.ThrowsAnyAsync<Exception>(() => Verify.AnalyzerAsync(ProsePlacement.Place(ProseKind.LineComment, Sentence)));

        [Fact]
        public Task The_code_fix_harness_fails_when_a_fix_is_offered_but_none_was_expected()
        {
            string markup = ProsePlacement.Place(ProseKind.LineComment, "Whisper is an {|TL0001:LLM|}.");
            return Assert.ThrowsAnyAsync<Exception>(() => Verify.CodeFixAsync(markup, markup));
        }

        [Fact]
        public void Markup_gives_engine_offsets()
        {
            var (text, expected) = Markup.Parse("Whisper is an {|TL0001:LLM|}.");
            Assert.Equal(Sentence, text);
            Assert.Equal(new[] { new ExpectedFinding("TL0001", 14, 17) }, expected);
        }
    }
}
