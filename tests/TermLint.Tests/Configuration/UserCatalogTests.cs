using System.Linq;
using System.Threading;
using Xunit;
using TermLint.Analyzers;
using TermLint.Engine;
using TermLint.Catalog;

namespace TermLint.Tests.Configuration
{
    /// <summary>What a user catalog can do to the built-in one, and that merging never changes the built-in catalog.</summary>
    public class UserCatalogTests
    {
        private const string Path = "/repo/house.termlint";

        [Fact]
        public void A_user_model_is_flagged_like_a_built_in_one()
        {
            var set = Catalogs.Merge((Path, "[model EchoVoice]\nkind = audio\nvendor = Contoso\naliases = Echo Voice | EchoVoice v2\n"));

            Assert.Equal("TL0001", Assert.Single(set.Check("Our Echo Voice LLM transcribes calls.")).RuleId);
            Assert.Equal("TL0001", Assert.Single(set.Check("EchoVoice v2 is a large language model.")).RuleId);
            Assert.Empty(set.Check("EchoVoice is an audio model."));
        }

        [Fact]
        public void An_alias_can_be_added_to_a_built_in_model()
        {
            var set = Catalogs.Merge((Path, "[model Whisper]\naliases = Contoso Transcriber\n"));

            Assert.Equal("TL0001", Assert.Single(set.Check("Contoso Transcriber is an LLM.")).RuleId);
            Assert.Equal("TL0001", Assert.Single(set.Check("Whisper is an LLM.")).RuleId);
        }

        [Fact]
        public void A_kind_noun_override_changes_the_fix()
        {
            var set = Catalogs.Merge((Path, "[kind audio]\nnoun = speech model\n"));

            Assert.Equal("speech model", Assert.Single(set.Check("Whisper is an LLM.")).Replacement);
        }

        [Fact]
        public void A_user_kind_with_a_model_of_that_kind_is_flagged_with_its_noun()
        {
            var set = Catalogs.Merge((Path, "[kind weather]\nnoun = weather model\nlanguage = no\n\n[model Stormcast]\nkind = weather\n"));

            Assert.Equal("weather model", Assert.Single(set.Check("Stormcast is an LLM.")).Replacement);
        }

        [Fact]
        public void A_built_in_model_can_be_switched_off()
        {
            var set = Catalogs.Merge((Path, "[model Whisper]\nenabled = no\n"));

            Assert.Empty(set.ErrorsIn(Path));
            Assert.Empty(set.Check("Whisper is an LLM."));
            Assert.Equal("TL0001", Assert.Single(set.Check("AlphaFold is an LLM.")).RuleId);
        }

        [Fact]
        public void A_built_in_term_can_be_switched_off()
        {
            string misnomer = BuiltInCatalog.Files.SelectMany(f => f.Terms).First(t => t.Role == TermRole.Misnomer).Name;

            var set = Catalogs.Merge((Path, "[term " + misnomer + "]\nenabled = no\n"));

            Assert.Empty(set.ErrorsIn(Path));
            Assert.Empty(set.Check("Fine-tuning a foundational model needs labelled data."));
            Assert.NotEmpty(Catalogs.Merge().Check("Fine-tuning a foundational model needs labelled data."));
        }

        [Fact]
        public void Merging_a_user_catalog_leaves_the_built_in_catalog_unchanged()
        {
            var before = BuiltInCatalog.Compiled.Models.First(m => m.Name == "Whisper");
            var set = Catalogs.Merge((Path, "[kind audio]\nnoun = speech model\n\n[model Whisper]\naliases = Contoso Transcriber\n"));

            Assert.Equal("speech model", Assert.Single(set.Check("Whisper is an LLM.")).Replacement);
            var fresh = CompiledCatalog.Compile(BuiltInCatalog.Files);
            Assert.Equal("audio model", Assert.Single(new ProseChecker(fresh).Check("Whisper is an LLM.")).Replacement);
            Assert.Empty(new ProseChecker(fresh).Check("Contoso Transcriber is an LLM."));
            Assert.DoesNotContain("Contoso Transcriber", BuiltInCatalog.Files.SelectMany(f => f.Models).First(m => m.Name == "Whisper").Aliases);
            Assert.Equal("audio model", before.Noun);
        }

        [Fact]
        public void A_later_file_overrides_an_earlier_one()
        {
            var set = Catalogs.Merge(
                ("/repo/a.termlint", "[kind audio]\nnoun = speech model\n"),
                ("/repo/b.termlint", "[kind audio]\nnoun = sound model\n"));

            Assert.Equal("sound model", Assert.Single(set.Check("Whisper is an LLM.")).Replacement);
        }

        [Fact]
        public void The_cache_parses_and_merges_a_set_of_texts_once()
        {
            var ids = Catalogs.KnownRuleIds;
            var first = UserCatalogsCache.For(InMemoryAdditionalText.Files((Path, "[model EchoVoice]\nkind = audio\n"), ("/repo/guide.md", "# Guide")), ids, CancellationToken.None);
            var again = UserCatalogsCache.For(InMemoryAdditionalText.Files((Path, "[model EchoVoice]\nkind = audio\n"), ("/repo/guide.md", "# Other")), ids, CancellationToken.None);
            var edited = UserCatalogsCache.For(InMemoryAdditionalText.Files((Path, "[model EchoVoice]\nkind = image\n")), ids, CancellationToken.None);

            Assert.Same(first, again);
            Assert.NotSame(first, edited);
            Assert.Equal("image model", Assert.Single(edited.Check("EchoVoice is an LLM.")).Replacement);
        }

        [Fact]
        public void Without_user_catalogs_the_built_in_catalog_is_used_as_is()
        {
            var set = UserCatalogsCache.For(InMemoryAdditionalText.Files(("/repo/guide.md", "# Guide")), Catalogs.KnownRuleIds, CancellationToken.None);

            Assert.Same(BuiltInCatalog.Compiled, set.Catalog);
        }

        [Fact]
        public void Nothing_a_user_writes_makes_parsing_or_merging_throw()
        {
            string[] pieces = { "[", "]", "[model ", "[kind ", "[term ", "[words ", "kind", "=", " = ", "audio", "|", "yes", "no", "enabled", "noun", "aliases", "forms", "role", "misnomer", "replace", "rule", "TL0001:", "flag", "pass", "\n", "\r\n", "\t", "\u00a0", "\uFEFF", "#", ";", "Whisper", "LLM", "is an", ".", "\\n", "\u0000", "case", "exact", "source", "words", "ai" };
            var random = new System.Random(4);
            for (int run = 0; run < 400; run++)
            {
                var text = new System.Text.StringBuilder();
                int length = random.Next(1, 60);
                for (int i = 0; i < length; i++)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }

                var set = Catalogs.Merge((Path, text.ToString()));
                Assert.All(set.ErrorsIn(Path), e => Assert.True(e.Location.Line >= 1 && e.Location.Column >= 1, e.ToString()));
                set.Check("Whisper is an LLM.");
            }
        }

        [Fact]
        public void A_large_generated_catalog_is_merged_in_reasonable_time()
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < 3000; i++)
            {
                text.Append("[model House").Append(i).Append("]\nkind = audio\naliases = House Model ").Append(i).Append("\npass = House").Append(i).Append(" is an audio model.\n");
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var set = Catalogs.Merge((Path, text.ToString()));

            Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
            Assert.Contains("only the first", Assert.Single(set.ErrorsIn(Path)).Message);
            Assert.Equal("TL0001", Assert.Single(set.Check("House2999 is an LLM.")).RuleId);
        }
    }
}
