using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.ReliabilityTests.Generators;
using TermLint.ReliabilityTests.Harness;
using TermLint.Sources;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.ReliabilityTests
{
    /// <summary>
    /// Razor, Markdown and .resx AdditionalFiles: the analyzer never fails, reports only spans inside the file that
    /// spell the words it names, finds a planted sentence wherever it is placed, and is deterministic.
    /// </summary>
    public sealed class DocumentFuzzTests
    {
        private readonly ITestOutputHelper _output;

        public DocumentFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Generated_documents_never_fail_and_report_the_planted_sentence()
        {
            int diagnostics = 0, findings = 0;
            int n = Fuzz.Run(nameof(Generated_documents_never_fail_and_report_the_planted_sentence), DocumentGen.Document, document =>
            {
                var result = Analysis.RunDocuments(new[] { (document.Path, document.Text) }).AssertNoFailure();
                diagnostics += CheckLocations(document, result);
                Assert.True(
                    result.Diagnostics.Any(d => d.Id == "TL0001" && d.Location.SourceSpan.Start == document.Planted && d.Location.SourceSpan.Length == 3),
                    "the planted sentence's 'LLM' at " + document.Planted + " was not reported; got: " + string.Join("; ", result.Diagnostics.Select(AnalysisResult.Describe)));
                findings += CheckSegments(document.Path, document.Text);
            }, d => d.ToString(), ciIterations: 400);
            _output.WriteLine(n + " generated documents, " + diagnostics + " diagnostics, " + findings + " findings span-checked");
        }

        [Fact]
        public void Mutated_documents_never_fail_and_stay_inside_the_file()
        {
            int diagnostics = 0, findings = 0;
            int n = Fuzz.Run(nameof(Mutated_documents_never_fail_and_stay_inside_the_file), DocumentGen.Mutated, document =>
            {
                var result = Analysis.RunDocuments(new[] { (document.Path, document.Text) }).AssertNoFailure();
                diagnostics += CheckLocations(document, result);
                findings += CheckSegments(document.Path, document.Text);
            }, d => d.ToString(), ciIterations: 600);
            _output.WriteLine(n + " mutated documents, " + diagnostics + " diagnostics, " + findings + " findings span-checked");
        }

        [Fact]
        public void Documents_give_the_same_diagnostics_with_and_without_concurrent_execution()
        {
            var documents = new List<(string, string)>();
            Fuzz.Run(nameof(Documents_give_the_same_diagnostics_with_and_without_concurrent_execution), DocumentGen.Document, document =>
            {
                documents.Add((document.Path.Replace("Generated", "Generated" + documents.Count), document.Text));
            }, d => d.ToString(), ciIterations: 60);
            string sequential = Analysis.RunDocuments(documents).AssertNoFailure().Canonical();
            string concurrent = Analysis.RunDocuments(documents, concurrent: true).AssertNoFailure().Canonical();
            Assert.Equal(sequential, concurrent);
            Assert.NotEmpty(sequential);
        }

        /// <summary>Every diagnostic is in the document, at a span whose line and column agree with its offsets.</summary>
        private static int CheckLocations(GeneratedDocument document, AnalysisResult result)
        {
            var text = Microsoft.CodeAnalysis.Text.SourceText.From(document.Text);
            foreach (var diagnostic in result.Diagnostics)
            {
                var location = diagnostic.Location;
                var span = location.SourceSpan;
                Assert.True(location.Kind == LocationKind.ExternalFile, "not a location in the AdditionalFile: " + AnalysisResult.Describe(diagnostic));
                Assert.Equal(document.Path, location.GetLineSpan().Path);
                Assert.True(span.Start >= 0 && span.End <= document.Text.Length, "span outside the file: " + AnalysisResult.Describe(diagnostic));
                Assert.Equal(text.Lines.GetLinePositionSpan(span), location.GetLineSpan().Span);
                if (diagnostic.Properties.ContainsKey(DiagnosticProperties.Replacement))
                {
                    Assert.False(span.IsEmpty, "an empty span with a fix: " + AnalysisResult.Describe(diagnostic));
                }
            }

            return result.Diagnostics.Length;
        }

        /// <summary>Below the analyzer: every finding of every segment the readers yield maps to source text that spells it.</summary>
        private static int CheckSegments(string path, string text)
        {
            int findings = 0;
            var prefilter = BuiltInCatalog.Compiled.Prefilter;
            void Island(CSharpIsland island)
            {
                if (island.MayMatch(prefilter))
                {
                    island.Walk(prefilter, (segment, kind) => findings += SpanInvariants.CheckSegment(text, segment, kind), true, true, true, CancellationToken.None);
                }
            }

            switch (AdditionalFileAnalysis.KindOf(path))
            {
                case ProseFileKind.Razor:
                    var razor = RazorProse.Extract(text);
                    findings += SpanInvariants.CheckSegment(text, razor.Segment, ProseSourceKind.Markup);
                    Island(razor.CSharp);
                    break;
                case ProseFileKind.Markdown:
                    var markdown = MarkdownProse.Extract(text, frontMatterProse: true);
                    findings += SpanInvariants.CheckSegment(text, markdown.Segment, ProseSourceKind.Markup);
                    foreach (var fence in markdown.CSharpFences)
                    {
                        var island = new CSharpIsland();
                        island.Reset(text);
                        foreach (var (start, end) in fence)
                        {
                            island.Copy(start, end);
                        }

                        Island(island);
                    }

                    break;
                case ProseFileKind.Resx:
                    var segments = new List<ProseSegment>();
                    ResxProse.Extract(text, prefilter, segments);
                    foreach (var segment in segments)
                    {
                        findings += SpanInvariants.CheckSegment(text, segment, ProseSourceKind.Resource);
                    }

                    break;
            }

            return findings;
        }
    }
}
