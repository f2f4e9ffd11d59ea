using System.Linq;
using TermLint.Catalog;
using Xunit;

namespace TermLint.Tests.Catalog
{
    /// <summary>Malformed catalog text becomes errors at the exact line and column, and the rest is still read.</summary>
    public class CatalogParserTests
    {
        private static CatalogError SingleError(string text)
        {
            var file = CatalogParser.Parse("user.termlint", text);
            Assert.True(file.Errors.Count == 1, "expected one error, got: " + string.Join("; ", file.Errors));
            return file.Errors[0];
        }

        [Theory]
        [InlineData("# models\n[model Whisper", 2, 1, "closing ']'")]
        [InlineData("# models\n[modle Whisper]", 2, 1, "unknown section type 'modle'")]
        [InlineData("[model Whisper]\nkind = audio\n  colour = red", 3, 3, "unknown key 'colour' in a model section")]
        [InlineData("[kind audio]\nforms = LLM", 2, 1, "unknown key 'forms' in a kind section")]
        [InlineData("kind = audio\n[model Whisper]", 1, 1, "outside any section")]
        [InlineData("[model Whisper]\nvendor =", 2, 9, "'vendor' has no value")]
        [InlineData("[kind audio]\nlanguage = maybe", 2, 12, "'language' must be yes or no, not 'maybe'")]
        [InlineData("[model Whisper]\ncase = upper", 2, 8, "'case' must be auto, exact or any, not 'upper'")]
        [InlineData("[term llm]\nrole = umbrella", 2, 8, "'role' must be llm, language-model, foundation or misnomer")]
        [InlineData("[model Whisper]\nvendor = Open\u0001AI", 2, 14, "control character U+0001")]
        [InlineData("[model Whisper]\npass = TL0001: Whisper is an LLM.", 2, 8, "a 'pass' spec must raise nothing")]
        [InlineData("[model Whisper]\nflag = TL0001:", 2, 8, "the spec has no sentence")]
        [InlineData("[model]", 1, 1, "needs a type and a name")]
        [InlineData("[model Whisper | whisper]", 1, 1, "cannot hold '|'")]
        [InlineData("[model Whisper]\njust some words", 2, 1, "expected 'key = value'")]
        [InlineData("[model Whisper]\n = audio", 2, 2, "the key before '=' is empty")]
        [InlineData("[model Whisper]\naliases = Whisper | | OpenAI Whisper", 2, 11, "empty item")]
        [InlineData("[model Whisper]\naliases = Whisper | ---", 2, 11, "'---' holds no word")]
        [InlineData("[kind audio]\nnoun = audio/model", 2, 8, "may hold only letters")]
        public void Reports_malformed_lines_at_their_line_and_column(string text, int line, int column, string message)
        {
            var error = SingleError(text);
            Assert.Equal(("user.termlint", line, column), (error.Location.File, error.Location.Line, error.Location.Column));
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void Counts_lines_and_columns_the_same_with_a_BOM_and_CRLF()
        {
            var error = SingleError("\uFEFF[model Whisper]\r\nkind = audio\r\n\tcolour = red\r\n");
            Assert.Equal((3, 2), (error.Location.Line, error.Location.Column));
        }

        [Fact]
        public void Reports_every_bad_line_and_keeps_reading()
        {
            var file = CatalogParser.Parse("user.termlint", "[model A]\nkind = audio\nbad line\n[modle B]\nkey = value\n[model C]\nkind = image\ncolour = red\n");
            Assert.Equal(new[] { 3, 4, 5, 8 }, file.Errors.Select(e => e.Location.Line).ToArray());
            Assert.Equal(new[] { "A", "C" }, file.Models.Select(m => m.Name).ToArray());
            Assert.Equal("image", file.Models[1].KindName);
        }

        [Fact]
        public void Reads_a_well_formed_entry()
        {
            var file = CatalogParser.Parse("user.termlint", string.Join("\n",
                "; comment",
                "[model Whisper]",
                "kind = audio",
                "aliases = OpenAI Whisper | whisper-1",
                "aliases = Whisper v3",
                "case = exact",
                "source = seed: \"- Whisper (audio)\"",
                "flag = TL0001: Whisper is an LLM.",
                "flag = Whisper,\\nan LLM, runs here.",
                "pass = Whisper is not an LLM."));
            Assert.Empty(file.Errors);
            var model = Assert.Single(file.Models);
            Assert.Equal(new[] { "Whisper", "OpenAI Whisper", "whisper-1", "Whisper v3" }, model.Aliases);
            Assert.Equal(AliasCase.Exact, model.Case);
            Assert.Equal(new[] { "TL0001", null, null }, model.Specs.Select(s => s.RuleId).ToArray());
            Assert.Equal("Whisper,\nan LLM, runs here.", model.Specs[1].Sentence);
            Assert.Equal(new[] { true, true, false }, model.Specs.Select(s => s.MustFlag).ToArray());
            Assert.Equal(9, model.Specs[1].Location.Line);
        }

        [Fact]
        public void Reports_a_line_that_is_too_long_instead_of_scanning_it()
        {
            var error = SingleError("[model A]\nvendor = " + new string('x', CatalogParser.MaxLineLength + 1));
            Assert.Equal(2, error.Location.Line);
            Assert.Contains("longer than", error.Message);
        }

        [Theory]
        [InlineData("[model A]\nsource = x", "has no 'kind'")]
        [InlineData("[model A]\nkind = sound\nsource = x", "names kind 'sound', which no [kind] section declares")]
        [InlineData("[term t]\nforms = bad form\nsource = x", "has no 'role'")]
        [InlineData("[term t]\nrole = misnomer\nforms = bad form\nsource = x", "needs 'replace")]
        public void Compiling_reports_entries_that_cannot_be_resolved(string text, string message)
        {
            var compiled = CompiledCatalog.Compile(new[] { CatalogParser.Parse("user.termlint", text) });
            var error = Assert.Single(compiled.Errors);
            Assert.Equal(("user.termlint", 1), (error.Location.File, error.Location.Line));
            Assert.Contains(message, error.Message);
        }
    }
}
