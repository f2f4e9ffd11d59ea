using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.Catalog;
using Xunit;

namespace TermLint.Tests.Configuration
{
    /// <summary>
    /// A `*.termlint` item that is not a catalog someone wrote: a binary file is one TL9001, not one per "line" of
    /// its bytes; a text too long to parse and a file the compiler could not read are each reported as what they are.
    /// </summary>
    public class CatalogFileTests
    {
        private const string Path = "/repo/house.termlint";

        /// <summary>4 KB of bytes as the compiler decodes a file that is not UTF-8 (one char per byte).</summary>
        private static string RandomBytes(int length, bool withNul)
        {
            var random = new Random(42);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = (char)random.Next(0, 256);
                chars[i] = !withNul && c == '\0' ? 'x' : c;
            }

            return new string(chars);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void A_binary_file_is_one_error_that_says_it_is_not_text(bool withNul)
        {
            var file = CatalogParser.Parse(Path, RandomBytes(4096, withNul));

            var error = Assert.Single(file.Errors);
            Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
            Assert.StartsWith("the catalog is not a text file (it holds " + (withNul ? "NUL characters" : ""), error.Message);
            Assert.EndsWith("so none of it was read; save it as UTF-8 text, or remove it from the AdditionalFiles items", error.Message);
            Assert.Empty(file.Models);
        }

        [Fact]
        public void A_utf16_file_without_a_byte_order_mark_is_not_text()
        {
            string utf16AsBytes = string.Concat("[model EchoVoice]\nkind = audio\n".Select(c => c + "\0"));

            Assert.Contains("NUL characters", Assert.Single(CatalogParser.Parse(Path, utf16AsBytes).Errors).Message);
        }

        [Fact]
        public void A_stray_control_character_in_a_written_file_is_still_reported_at_its_line()
        {
            var file = CatalogParser.Parse(Path, "[model EchoVoice]\nkind = audio\nvendor = Acme\u0001Corp\naliases = Echo\u0002Voice\n");

            Assert.Equal(new[] { 3, 4 }, file.Errors.Select(e => e.Location.Line));
            Assert.All(file.Errors, e => Assert.StartsWith("control character U+000", e.Message));
        }

        [Fact]
        public async Task Through_the_analyzer_a_binary_catalog_is_one_TL9001_at_its_first_line()
        {
            var diagnostics = await Run(new FileText(Path, SourceText.From(RandomBytes(4096, withNul: false))));

            var diagnostic = Assert.Single(diagnostics, d => d.Id == "TL9001");
            Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
            Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("is not a text file", diagnostic.GetMessage());
        }

        [Fact]
        public async Task A_text_too_long_to_parse_says_how_long_it_is_and_what_the_limit_is()
        {
            string text = string.Concat(Enumerable.Repeat("# a comment line\n", 70_000));

            var diagnostic = Assert.Single(await Run(new FileText(Path, SourceText.From(text))), d => d.Id == "TL9001");

            Assert.Equal("the catalog holds 1,190,000 characters, more than the 1,048,576 TermLint reads, so none of it was read; split it into several *.termlint files", diagnostic.GetMessage());
        }

        [Fact]
        public async Task A_long_binary_file_is_not_text_rather_than_too_long()
        {
            var diagnostic = Assert.Single(await Run(new FileText(Path, SourceText.From(RandomBytes(UserCatalogsCache.MaxFileLength + 10, withNul: false)))), d => d.Id == "TL9001");

            Assert.StartsWith("the catalog is not a text file", diagnostic.GetMessage());
        }

        [Fact]
        public async Task A_file_the_compiler_gave_no_text_for_is_not_called_missing()
        {
            var diagnostic = Assert.Single(await Run(new FileText(Path, null)), d => d.Id == "TL9001");

            Assert.Equal("the compiler passed TermLint no text for this catalog, so none of it was read: the file is missing, unreadable or not a text file (the compiler's own error for this path, such as CS2001 or CS2015, says which)", diagnostic.GetMessage());
        }

        private static async Task<ImmutableArray<Diagnostic>> Run(AdditionalText file)
        {
            var tree = CSharpSyntaxTree.ParseText("// Whisper is an LLM.\nclass C { }\n");
            var compilation = CSharpCompilation.Create("Probe", new[] { tree }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new AnalyzerOptions(ImmutableArray.Create(file));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TermLintAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
            Assert.Contains(diagnostics, d => d.Id == "TL0001");
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "TL9002");
            return diagnostics;
        }

        private sealed class FileText : AdditionalText
        {
            private readonly SourceText? _text;

            public FileText(string path, SourceText? text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
