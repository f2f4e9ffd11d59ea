using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.ReliabilityTests.Generators;
using TermLint.ReliabilityTests.Harness;
using TermLint.Rules;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.ReliabilityTests
{
    /// <summary>Huge, deep, long and malformed inputs, hostile catalogs, and cancellation.</summary>
    public sealed class HostileInputTests
    {
        private readonly ITestOutputHelper _output;

        public HostileInputTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void A_huge_file_is_analyzed_completely_and_exactly()
        {
            const int blocks = 4000;
            var sb = new StringBuilder("namespace Huge;\npublic static class Texts\n{\n");
            for (int i = 0; i < blocks; i++)
            {
                sb.Append("    // Block ").Append(i).Append(": Whisper is an LLM.\n");
                sb.Append("    /// <summary>Member ").Append(i).Append(" is documented; GPT-5 is an LLM.</summary>\n");
                sb.Append("    public const string S").Append(i).Append(" = \"The DALL-E 3 LLM draws ").Append(i).Append(" pictures.\";\n");
            }

            sb.Append("}\n");
            var watch = Stopwatch.StartNew();
            var result = Analysis.Run(sb.ToString(), DocumentationMode.Diagnose, concurrent: true).AssertNoFailure();
            _output.WriteLine(sb.Length + " chars analyzed in " + watch.ElapsedMilliseconds + " ms");
            Assert.Equal(2 * blocks, result.Diagnostics.Count(d => d.Id == "TL0001"));
            Assert.Equal(2 * blocks, result.Diagnostics.Length);
        }

        [Theory]
        [InlineData("string")]
        [InlineData("comment")]
        [InlineData("doc")]
        [InlineData("raw")]
        public void A_very_long_line_is_analyzed(string where)
        {
            string filler = string.Concat(Enumerable.Repeat("the model writes text and the LLM answers, ", 25_000));
            string prose = filler + "Whisper is an LLM.";
            string code = where switch
            {
                "string" => "class C { string s = \"" + prose + "\"; }",
                "comment" => "class C { // " + prose + "\n}",
                "doc" => "/// <summary>" + prose + "</summary>\nclass C { }",
                _ => "class C { string s = \"\"\"" + prose + "\"\"\"; }",
            };
            var watch = Stopwatch.StartNew();
            var result = Analysis.Run(code, DocumentationMode.Diagnose).AssertNoFailure();
            _output.WriteLine(code.Length + " chars on one line (" + where + ") in " + watch.ElapsedMilliseconds + " ms");
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("TL0001", diagnostic.Id);
            Assert.Equal("LLM", code.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        }

        /// <summary>
        /// A megabyte of the patterns that could make a document reader quadratic — unclosed quotes, brackets,
        /// tags, fences, code blocks, lone backticks — is read in bounded time, and a sentence after it is still found.
        /// </summary>
        [Theory]
        [InlineData("/d/A.razor", "` ")]
        [InlineData("/d/A.razor", "<p title=\"")]
        [InlineData("/d/A.razor", "@(")]
        [InlineData("/d/A.razor", "@Model.X(\"")]
        [InlineData("/d/A.razor", "<code>")]
        [InlineData("/d/A.razor", "<b ")]
        [InlineData("/d/A.razor", "@if (x) { <div>")]
        [InlineData("/d/A.razor", "@code { \"")]
        [InlineData("/d/a.md", "` x\n\n")]
        [InlineData("/d/a.md", "```\n")]
        [InlineData("/d/a.md", "```csharp\n// x\n")]
        [InlineData("/d/a.md", "<code>\n")]
        [InlineData("/d/a.md", "---\ndescription: \"")]
        [InlineData("/d/S.resx", "<data name=\"")]
        [InlineData("/d/S.resx", "<value>` ")]
        [InlineData("/d/S.resx", "<!DOCTYPE [")]
        [InlineData("/d/S.resx", "<data name=\"a\"><value>{0")]
        public void A_megabyte_of_unclosed_constructs_is_read_in_bounded_time(string path, string pattern)
        {
            var sb = new StringBuilder();
            while (sb.Length < 1_000_000)
            {
                sb.Append(pattern);
            }

            string ending = path.EndsWith(".resx") ? "\n<data name=\"Z\"><value>Whisper is an LLM.</value></data>\n" : "\n\n<p>Whisper is an LLM.</p>\n";
            string text = sb.ToString() + ending;
            var watch = Stopwatch.StartNew();
            var result = Analysis.RunDocuments(new[] { (path, text) }).AssertNoFailure();
            _output.WriteLine(Fuzz.Literal(pattern) + " x " + (sb.Length / pattern.Length) + ": " + result.Diagnostics.Length + " diagnostics in " + watch.ElapsedMilliseconds + " ms");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "took " + watch.Elapsed);
        }

        [Theory]
        [InlineData(10)]
        [InlineData(100)]
        [InlineData(300)]
        public void Deeply_nested_interpolations_never_fail(int depth)
        {
            string inner = "\"The Whisper LLM {x}\"";
            for (int i = 0; i < depth; i++)
            {
                inner = (i % 3 == 0 ? "$\"LLMs such as Whisper, " : i % 3 == 1 ? "$@\"Stable Diffusion is an LLM " : "$\"\"\"Foundation models (LLMs) ") + "{" + inner + "}" + (i % 3 == 2 ? "\"\"\"" : "\"");
            }

            string code = "class C { int x; string s => " + inner + "; }";
            var result = Analysis.Run(code, DocumentationMode.Diagnose).AssertNoFailure();
            SpanInvariants.Check(Analysis.Parse(code));
            _output.WriteLine("depth " + depth + ": " + result.Diagnostics.Length + " diagnostics");
            Assert.NotEmpty(result.Diagnostics);
        }

        [Fact]
        public void A_comment_block_of_many_thousand_lines_is_one_segment_and_never_fails()
        {
            var sb = new StringBuilder("class C\n{\n");
            for (int i = 0; i < 20_000; i++)
            {
                sb.Append("    // line ").Append(i).Append(i % 100 == 0 ? " where the Whisper LLM and" : " of the LLM notes and").Append('\n');
            }

            sb.Append("    int x;\n}\n");
            var result = Analysis.Run(sb.ToString(), DocumentationMode.Diagnose).AssertNoFailure();
            Assert.Equal(200, result.Diagnostics.Count(d => d.Id == "TL0001"));
        }

        [Fact]
        public void A_user_catalog_with_thousands_of_entries_parses_compiles_and_matches()
        {
            const int models = 5000;
            var sb = new StringBuilder("# generated\n[kind synthetic]\nnoun = synthetic model\nlabel = a synthetic foundation model\nlanguage = no\nsource = test\n\n");
            for (int i = 0; i < models; i++)
            {
                sb.Append("[model Synth").Append(i).Append("]\nkind = ").Append(i % 2 == 0 ? "synthetic" : "image")
                  .Append("\naliases = Synth ").Append(i).Append(" XL | synth-").Append(i).Append("-base | Synthesizer Model ").Append(i)
                  .Append("\nvendor = Vendor ").Append(i % 17).Append("\nsource = https://example.com/").Append(i).Append("\npass = Synth").Append(i).Append(" is not an LLM.\n\n");
            }

            var watch = Stopwatch.StartNew();
            var file = CatalogParser.Parse("user.termlint", sb.ToString());
            var catalog = CompiledCatalog.Compile(BuiltInCatalog.Files.Append(file));
            long compileMs = watch.ElapsedMilliseconds;
            Assert.Empty(file.Errors);
            Assert.DoesNotContain(catalog.Errors, e => e.Location.File == "user.termlint");
            Assert.Equal(BuiltInCatalog.Compiled.Models.Count + models, catalog.Models.Count);

            var checker = new ProseChecker(catalog);
            string prose = "Synth4998 is an LLM. The Synth 4999 XL large language model draws. Whisper is an LLM. Synth17 is not an LLM.";
            var findings = checker.Check(prose);
            _output.WriteLine(models + " models parsed and compiled in " + compileMs + " ms");
            int first = prose.IndexOf("LLM", StringComparison.Ordinal);
            int second = prose.IndexOf("large language model", StringComparison.Ordinal);
            int third = prose.IndexOf("LLM", prose.IndexOf("Whisper", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(
                new[] { "TL0001@" + first + ".." + (first + 3) + " -> synthetic model", "TL0001@" + second + ".." + (second + 20) + " -> image model", "TL0001@" + third + ".." + (third + 3) + " -> audio model" },
                findings.Select(f => f.ToString()).ToArray());
            Assert.True(compileMs < 20_000, "compiling took " + compileMs + " ms");
        }

        [Theory]
        [InlineData("")]
        [InlineData("\0\0\0\0")]
        [InlineData("\uFEFF")]
        [InlineData("\r\r\r")]
        [InlineData("[")]
        [InlineData("[]")]
        [InlineData("[model ]")]
        [InlineData("= =")]
        [InlineData("PK\u0003\u0004\u0014\0\b\0\b\0")]
        [InlineData("\uD800\uDC00\uDFFF\uD800")]
        public void Empty_or_binary_catalog_text_is_reported_not_thrown(string text)
        {
            var file = CatalogParser.Parse("user.termlint", text);
            var catalog = CompiledCatalog.Compile(BuiltInCatalog.Files.Append(file));
            Assert.Equal(BuiltInCatalog.Compiled.Models.Count, catalog.Models.Count);
            Assert.Single(new ProseChecker(catalog).Check("Whisper is an LLM."));
        }

        [Fact]
        public void Random_catalog_text_never_throws_and_the_compiled_catalog_checks_any_prose()
        {
            int errors = 0;
            int n = Fuzz.Run(nameof(Random_catalog_text_never_throws_and_the_compiled_catalog_checks_any_prose),
                Gen.Select(CatalogGen.Text, ProseGen.Prose.Array[1, 6]),
                input =>
                {
                    var file = CatalogParser.Parse("user.termlint", input.Item1);
                    foreach (var error in file.Errors)
                    {
                        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1, "error without a line and column: " + error);
                    }

                    errors += file.Errors.Count;
                    var catalog = CompiledCatalog.Compile(BuiltInCatalog.Files.Append(file));
                    var checker = new ProseChecker(catalog);
                    foreach (string prose in input.Item2)
                    {
                        foreach (var finding in checker.Check(prose))
                        {
                            Assert.True(finding.Start >= 0 && finding.End <= prose.Length && finding.Start < finding.End, "finding outside the prose: " + finding);
                        }
                    }
                },
                input => "catalog " + Fuzz.Literal(input.Item1) + ", prose " + string.Join(" | ", input.Item2.Select(Fuzz.Literal)),
                ciIterations: 400);
            _output.WriteLine(n + " generated catalogs, " + errors + " catalog errors reported");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Cancellation_in_the_middle_of_a_large_tree_stops_the_analyzer_promptly(bool oneBlock)
        {
            // A class whose one closing brace carries 400,000 comment lines as trivia: separate blocks (a blank line
            // between them), or one giant '//' block (one segment with no sentence end). Few tokens and few findings,
            // so the time measured is TermLint's walk, not the compiler's work on members or reported diagnostics.
            var sb = new StringBuilder("class C\n{\n");
            for (int i = 0; i < 400_000; i++)
            {
                string line = i % 1000 == 0 ? "the Whisper LLM and" : "the LLM notes and";
                sb.Append("    // ").Append(line).Append(oneBlock ? "\n" : ".\n\n");
            }

            sb.Append("}\n");
            var tree = Analysis.Parse(sb.ToString());
            tree.GetRoot();
            using var cancellation = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            var task = Task.Run(() => Analysis.Run(new[] { tree }, concurrent: false, cancellation.Token));
            Thread.Sleep(300);
            Assert.False(task.IsCompleted, "the analysis should still be running after 300 ms; make the input larger");
            long cancelledAt = watch.ElapsedMilliseconds;
            cancellation.Cancel();
            var error = Record.Exception(() => task.GetAwaiter().GetResult());
            long stoppedAfter = watch.ElapsedMilliseconds - cancelledAt;
            _output.WriteLine("stopped " + stoppedAfter + " ms after cancellation (" + sb.Length + " chars, oneBlock=" + oneBlock + ")");
            Assert.IsAssignableFrom<OperationCanceledException>(error);
            // Uncancelled, this input takes several seconds; before TermLint checked cancellation inside trivia
            // lists, tokenization and endless sentences, it ran to the end (7 s after cancellation). What remains
            // uncancellable is copying one 10 MB segment, a few hundred ms on a loaded 2-core machine.
            Assert.True(stoppedAfter < 2000, "the analyzer took " + stoppedAfter + " ms to stop after cancellation");
        }
    }
}
