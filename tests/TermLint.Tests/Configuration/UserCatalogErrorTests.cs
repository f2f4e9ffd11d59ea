using System.Linq;
using Xunit;

namespace TermLint.Tests.Configuration
{
    /// <summary>
    /// Every kind of mistake in a user catalog becomes one TL9001 error at its file, line and column, with a message
    /// that says how to fix it; the line is dropped and the rest of the file still applies.
    /// </summary>
    public class UserCatalogErrorTests
    {
        private const string Path = "/repo/house.termlint";

        [Theory]
        // Syntax.
        [InlineData("kind = audio", 1, 1, "outside any section")]
        [InlineData("[model Foo", 1, 1, "missing its closing ']'")]
        [InlineData("[model]", 1, 1, "needs a type and a name")]
        [InlineData("[widget Foo]", 1, 1, "unknown section type 'widget'")]
        [InlineData("[model EchoVoice]\nkind audio", 2, 1, "expected 'key = value'")]
        [InlineData("[model EchoVoice]\n  = audio", 2, 3, "the key before '=' is empty")]
        [InlineData("[model EchoVoice]\nkind =", 2, 7, "'kind' has no value")]
        [InlineData("[model A|B]", 1, 1, "cannot hold '|'")]
        [InlineData("[model EchoVoice]\nkind = audio\nvendor = Acme\u0001Corp", 3, 14, "control character U+0001")]
        // Keys and values.
        [InlineData("[model EchoVoice]\nkind = audio\ncolour = red", 3, 1, "unknown key 'colour' in a model section")]
        [InlineData("[model EchoVoice]\nkind = audio\ncase = upper", 3, 8, "'case' must be auto, exact or any")]
        [InlineData("[model EchoVoice]\nkind = audio\nenabled = maybe", 3, 11, "'enabled' must be yes or no")]
        [InlineData("[kind speech]\nlanguage = perhaps", 2, 12, "'language' must be yes or no")]
        [InlineData("[kind speech]\nnoun = speech/model", 2, 8, "may hold only letters, digits, spaces, hyphens and apostrophes")]
        [InlineData("[model EchoVoice]\nkind = audio\naliases = Echo Voice | | EchoVoice 2", 3, 11, "empty item in a '|' list")]
        [InlineData("[term house]\nrole = boss", 2, 8, "'role' must be llm, language-model, foundation or misnomer")]
        // References.
        [InlineData("[model EchoVoice]\nkind = audoi", 2, 8, "names kind 'audoi', which no [kind] section declares; use one of")]
        [InlineData("[model Whisperr]\nenabled = no", 1, 1, "there is no model 'Whisperr' to switch off")]
        [InlineData("[term house-llm]\nenabled = no", 1, 1, "there is no term 'house-llm' to switch off")]
        [InlineData("[term house]\nrole = misnomer\nforms = foundatonal model\nreplace = foundation\nrule = TL0999", 5, 8, "'rule = TL0999' names no TermLint rule")]
        [InlineData("[model EchoVoice]\nkind = audio\nflag = TL0999: EchoVoice is an LLM.", 3, 8, "spec names rule TL0999, which TermLint does not have")]
        [InlineData("[model EchoVoice]\nkind = audio\npass = TL0001: EchoVoice is an audio model.", 3, 8, "a 'pass' spec must raise nothing, so it takes no rule ID")]
        // Incomplete entries.
        [InlineData("[model EchoVoice]\nvendor = Acme", 1, 1, "has no 'kind'")]
        [InlineData("[term house]\nforms = house model", 1, 1, "has no 'role'")]
        [InlineData("[term house]\nrole = misnomer\nforms = foundatonal model", 1, 1, "needs 'replace = <the right word>'")]
        // Specs that fail against the merged catalog.
        [InlineData("[model EchoVoice]\nkind = audio\nflag = TL0001: EchoVoice is an audio model.", 3, 8, "must raise TL0001 but raises nothing")]
        [InlineData("[model EchoVoice]\nkind = audio\npass = EchoVoice is an LLM.", 3, 8, "must raise nothing but raises TL0001 at 'LLM'")]
        public void A_malformed_line_is_reported_at_its_line_and_column_with_a_fix(string text, int line, int column, string hint)
        {
            var set = Catalogs.Merge((Path, text));

            var error = Assert.Single(set.ErrorsIn(Path));
            Assert.Equal(Path, error.Location.File);
            Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
            Assert.Contains(hint, error.Message);
        }

        [Theory]
        [InlineData("[model EchoVoice]\nkind = audio\naliasses = Echo", "unknown key 'aliasses' in a model section; did you mean 'aliases'? a model section takes kind, aliases, vendor, noun, case, enabled, source, flag, pass")]
        [InlineData("[kind speech]\nnoun = speech model\nlangauge = no", "unknown key 'langauge' in a kind section; did you mean 'language'? a kind section takes noun, plural, label, language, multimodal, source, flag, pass")]
        [InlineData("[words ai-context]\nword = agent", "unknown key 'word' in a words section; did you mean 'words'? a words section takes words, source, flag, pass")]
        [InlineData("[model whisper]\nenabled = no", "there is no model 'whisper' to switch off; did you mean 'Whisper'? 'enabled = no' takes the exact name of a built-in [model] section (names are case-sensitive)")]
        [InlineData("[model Whispr]\nenabled = no", "there is no model 'Whispr' to switch off; did you mean 'Whisper'? 'enabled = no' takes the exact name of a built-in [model] section (names are case-sensitive)")]
        public void A_misspelt_name_is_reported_with_the_nearest_one_and_the_names_that_exist(string text, string message) =>
            Assert.Equal(message, Assert.Single(Catalogs.Merge((Path, text)).ErrorsIn(Path)).Message);

        [Fact]
        public void A_term_to_switch_off_that_does_not_exist_lists_the_term_families()
        {
            string message = Assert.Single(Catalogs.Merge((Path, "[term foundationl]\nenabled = no")).ErrorsIn(Path)).Message;

            Assert.StartsWith("there is no term 'foundationl' to switch off; did you mean 'foundation'? 'enabled = no' takes the exact name of a built-in [term] section: ", message);
            Assert.Contains("foundational, foundational-ai, language-model, large-language-model-model, llm,", message);
        }

        [Fact]
        public void No_catalog_message_points_at_a_file_a_package_user_does_not_have()
        {
            var set = Catalogs.Merge((Path, "[model EchoVoice]\nkind = audio\ncolour = red\n[term house]\nenabled = no\n[model Nope]\nenabled = no\n"));

            Assert.All(set.ErrorsIn(Path), e => Assert.DoesNotContain("rules/", e.Message));
        }

        [Fact]
        public void A_line_longer_than_the_limit_is_reported_not_scanned()
        {
            string text = "[model EchoVoice]\nkind = audio\naliases = " + new string('x', 5000);

            var error = Assert.Single(Catalogs.Merge((Path, text)).ErrorsIn(Path));

            Assert.Equal(3, error.Location.Line);
            Assert.Contains("split the list over several lines", error.Message);
        }

        [Fact]
        public void The_rest_of_a_malformed_file_and_the_built_in_catalog_keep_working()
        {
            var set = Catalogs.Merge((Path, "[model EchoVoice]\nkind = audio\ncolour = red\nthis line is nonsense\n\n[model TinyPainter]\nkind = image\n"));

            Assert.Equal(new[] { 3, 4 }, set.ErrorsIn(Path).Select(e => e.Location.Line));
            Assert.Equal("TL0001", Assert.Single(set.Check("EchoVoice is an LLM.")).RuleId);
            Assert.Equal("TL0001", Assert.Single(set.Check("TinyPainter is an LLM.")).RuleId);
            Assert.Equal("TL0001", Assert.Single(set.Check("Whisper is an LLM.")).RuleId);
        }

        [Fact]
        public void A_bad_kind_on_an_override_keeps_the_built_in_model()
        {
            var set = Catalogs.Merge((Path, "[model Whisper]\nkind = audoi\naliases = WhisperLocal\n"));

            Assert.Equal(2, Assert.Single(set.ErrorsIn(Path)).Location.Line);
            Assert.Equal("TL0001", Assert.Single(set.Check("Whisper is an LLM.")).RuleId);
            Assert.Equal("TL0001", Assert.Single(set.Check("WhisperLocal is an LLM.")).RuleId);
        }

        [Fact]
        public void Errors_are_kept_per_file_and_a_kind_from_another_user_file_resolves()
        {
            var set = Catalogs.Merge(
                ("/repo/kinds.termlint", "[kind speech]\nnoun = speech model\nlanguage = no\n"),
                ("/repo/models.termlint", "[model EchoVoice]\nkind = speech\n\n[model Broken]\nkind = nowhere\n"));

            Assert.Empty(set.ErrorsIn("/repo/kinds.termlint"));
            Assert.Equal(5, Assert.Single(set.ErrorsIn("/repo/models.termlint")).Location.Line);
            var finding = Assert.Single(set.Check("EchoVoice is an LLM."));
            Assert.Equal("speech model", finding.Replacement);
        }

        [Fact]
        public void Passing_user_specs_raise_nothing()
        {
            var set = Catalogs.Merge((Path, "[model EchoVoice]\nkind = audio\nflag = TL0001: EchoVoice is an LLM.\nflag = Replace the EchoVoice LLM with the cloud API.\npass = EchoVoice is not an LLM.\n"));

            Assert.Empty(set.ErrorsIn(Path));
        }
    }
}
