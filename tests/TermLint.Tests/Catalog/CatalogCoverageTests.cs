using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TermLint.Catalog;
using TermLint.Tests.Configuration;
using TermLint.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.Tests.Catalog
{
    /// <summary>
    /// Keeps the catalog honest (issue 13): how many entries and aliases each kind has, that every entry has a
    /// source and specs, that every alias is read as its kind, that current non-language models are reported in
    /// every kind of prose, and that names which are also ordinary words never match on their own.
    /// </summary>
    public class CatalogCoverageTests
    {
        private readonly ITestOutputHelper _output;

        public CatalogCoverageTests(ITestOutputHelper output) => _output = output;

        private static IReadOnlyList<ModelInfo> Models => BuiltInCatalog.Compiled.Models;

        // ---- Coverage --------------------------------------------------------------------------------------

        [Fact]
        public void Lists_entries_and_aliases_per_kind_and_every_entry_has_a_source_a_flag_and_a_pass_spec()
        {
            var table = new StringBuilder();
            table.AppendLine(string.Format("{0,-28} {1,8} {2,8} {3,8}", "kind", "entries", "aliases", "specs"));
            foreach (var kind in Models.GroupBy(m => m.Kind.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                table.AppendLine(string.Format("{0,-28} {1,8} {2,8} {3,8}", kind.Key, kind.Count(), kind.Sum(AliasCount), kind.Sum(m => m.Entry.Specs.Count)));
            }

            table.AppendLine(string.Format("{0,-28} {1,8} {2,8} {3,8}", "total", Models.Count, Models.Sum(AliasCount), Models.Sum(m => m.Entry.Specs.Count)));
            _output.WriteLine(table.ToString());

            var problems = new List<string>();
            foreach (var model in Models)
            {
                string where = model.Entry.Location.File + ":" + model.Entry.Location.Line + " [" + model.Name + "]";
                if (string.IsNullOrWhiteSpace(model.Entry.Source))
                {
                    problems.Add(where + " has no source");
                }

                if (!model.Entry.Specs.Any(s => s.MustFlag))
                {
                    problems.Add(where + " has no 'flag' spec");
                }

                if (!model.Entry.Specs.Any(s => !s.MustFlag))
                {
                    problems.Add(where + " has no 'pass' spec");
                }

                if (string.IsNullOrWhiteSpace(model.Entry.Vendor))
                {
                    problems.Add(where + " has no vendor");
                }
            }

            Assert.True(problems.Count == 0, "Catalog entries that do not test or source themselves:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
            Assert.True(Models.Count >= 250, "the built-in catalog has only " + Models.Count + " model families");
            foreach (string kind in new[] { "image", "video", "audio", "embedding", "vision", "vision-language-embedding", "scientific", "robotics", "llm", "coding", "multimodal" })
            {
                Assert.True(Models.Count(m => m.Kind.Name == kind) >= 10, "kind '" + kind + "' has fewer than 10 entries");
            }
        }

        [Fact]
        public void Every_alias_is_read_as_a_model_of_its_kind()
        {
            // "X is an LLM." is TL0001 for every alias of a non-language model and silent for every alias of a
            // language model: an alias the tokenizer cannot match, or that another entry shadows, fails here.
            var wrong = new List<string>();
            foreach (var model in Models)
            {
                foreach (string alias in model.Entry.Aliases.Prepend(model.Name).Distinct(StringComparer.Ordinal))
                {
                    var raised = ProseEngine.Check(alias + " is an LLM.").Select(f => f.RuleId).ToList();
                    bool holds = model.IsLanguage ? raised.Count == 0 : raised.SequenceEqual(new[] { "TL0001" });
                    if (!holds)
                    {
                        wrong.Add("[" + model.Name + "] (" + model.Kind.Name + ") '" + alias + " is an LLM.' raised " + (raised.Count == 0 ? "nothing" : string.Join(", ", raised)));
                    }
                }
            }

            Assert.True(wrong.Count == 0, wrong.Count + " aliases are not read as their kind:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        }

        private static int AliasCount(ModelInfo model) => model.Entry.Aliases.Prepend(model.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        // ---- Current non-language models in every kind of prose --------------------------------------------

        /// <summary>Non-language models of 2023-2026 (as written in prose) and the noun the fix writes for them.</summary>
        public static readonly (string Name, string Noun)[] CurrentNonLanguageModels =
        {
            ("FLUX.1 Kontext", "image model"), ("FLUX.2", "image model"), ("Seedream 4.0", "image model"),
            ("Ideogram 3.0", "image model"), ("Recraft V3", "image model"), ("Qwen-Image", "image model"),
            ("HiDream-I1", "image model"), ("Amazon Nova Canvas", "image model"),
            ("Kling 2.1", "video model"), ("HunyuanVideo", "video model"), ("Wan 2.2", "video model"),
            ("LTX-Video", "video model"), ("Runway Gen-4", "video model"), ("Pika 2.2", "video model"),
            ("Seedance 1.0", "video model"), ("Hailuo 02", "video model"), ("Mochi 1", "video model"),
            ("Cosmos Predict", "video model"),
            ("parakeet-tdt-0.6b-v2", "audio model"), ("Canary-1B-Flash", "audio model"), ("Moonshine Tiny", "audio model"),
            ("distil-large-v3", "audio model"), ("tts-1-hd", "audio model"), ("Kokoro-82M", "audio model"),
            ("F5-TTS", "audio model"), ("XTTS-v2", "audio model"), ("Dia-1.6B", "audio model"),
            ("Stable Audio Open", "audio model"), ("Lyria 2", "audio model"),
            ("text-embedding-004", "embedding model"), ("gemini-embedding-001", "embedding model"),
            ("jina-embeddings-v3", "embedding model"), ("mxbai-embed-large", "embedding model"),
            ("snowflake-arctic-embed-m", "embedding model"), ("Qwen3-Embedding-8B", "embedding model"),
            ("Depth Anything V2", "vision model"), ("Grounding DINO", "vision model"), ("Florence-2", "vision model"),
            ("SAM 3", "vision model"),
            ("Boltz-2", "scientific model"), ("Chai-1", "scientific model"), ("RFdiffusion", "scientific model"),
            ("GenCast", "scientific model"), ("Microsoft Aurora", "scientific model"),
            ("GR00T N1", "robotics model"), ("Gemini Robotics", "robotics model"),
        };

        public static IEnumerable<object[]> ProseKinds => new[]
        {
            ProseKind.LineComment, ProseKind.BlockComment, ProseKind.RegularString, ProseKind.VerbatimString,
            ProseKind.RawSingleLineString, ProseKind.InterpolatedString, ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain,
        }.Select(k => new object[] { k });

        [Fact]
        public void Forty_current_non_language_models_are_called_LLMs_wrongly_and_fixed_to_their_kind()
        {
            Assert.True(CurrentNonLanguageModels.Length >= 40);
            var wrong = new List<string>();
            foreach (var (name, noun) in CurrentNonLanguageModels)
            {
                var findings = ProseEngine.Check(name + " is an LLM.");
                if (findings.Count != 1 || findings[0].RuleId != "TL0001" || findings[0].Replacement != noun)
                {
                    wrong.Add(name + ": " + string.Join(", ", findings));
                }
            }

            Assert.True(wrong.Count == 0, "Expected TL0001 with the kind's noun:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        }

        [Theory]
        [MemberData(nameof(ProseKinds))]
        public Task Forty_current_non_language_models_are_flagged_in(ProseKind kind)
        {
            // One compilation per prose kind: a file per model, each with its own class.
            var sources = CurrentNonLanguageModels.Select((m, i) => Renamed(ProsePlacement.Place(kind, m.Name + " is an {|TL0001:LLM|}."), i));
            return Verify.AnalyzerAsync(sources, ProsePlacement.DocModeOf(kind));
        }

        [Fact]
        public Task Forty_current_non_language_models_are_flagged_in_Markdown_docs()
        {
            var markdown = new StringBuilder("# Models\n\n");
            foreach (var (name, _) in CurrentNonLanguageModels)
            {
                markdown.Append("- ").Append(name).Append(" is an {|TL0001:LLM|}.\n");
            }

            return new ConfiguredRun().Source("class Empty { }").AdditionalFile("/docs/models.md", markdown.ToString()).RunAsync();
        }

        private static string Renamed(string source, int index) =>
            new Regex(@"\bclass C\b").Replace(source, "class C" + index, 1);

        // ---- Homographs ---------------------------------------------------------------------------------------

        /// <summary>
        /// Model names that are also ordinary words, products or people's names. None may be an alias on its own
        /// (in any case): each matches only with its version, vendor or size (rules/README.md, "Homographs").
        /// </summary>
        public static readonly string[] OrdinaryWords =
        {
            "Canary", "Aurora", "Wan", "Kokoro", "Moonshine", "Pika", "Dia", "Kling", "Parakeet", "Cosmos", "Flux",
            "Sana", "Kandinsky", "Ideogram", "Mochi", "Hailuo", "Chirp", "Scribe", "Piper", "Tortoise", "Chatterbox",
            "Helix", "Phoenix", "Photon", "Playground", "Gecko", "Stella", "Instructor", "Arctic", "Kontext", "Boltz",
            "Chai", "Prithvi", "Pangu", "Florence", "Hubert", "Colbert", "Ray", "Nova", "Sonar", "Jamba", "Kimi",
            "Ernie", "Yi", "Aleph", "Moshi", "Jukebox", "Kuaishou", "Granite", "Vicuna", "Bloom", "Opt", "Stable Audio",
            "Dream Machine", "Depth Pro", "Gen-4", "Command", "Minimax",
        };

        [Fact]
        public void No_ordinary_word_is_an_alias_on_its_own()
        {
            var owners = Models.SelectMany(m => m.Entry.Aliases.Prepend(m.Name).Select(a => (Alias: a, Model: m.Name))).ToList();
            var wrong = OrdinaryWords.SelectMany(w => owners.Where(o => string.Equals(o.Alias, w, StringComparison.OrdinalIgnoreCase)).Select(o => "'" + o.Alias + "' is an alias of " + o.Model)).ToList();
            Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        }

        public static IEnumerable<object[]> BareWordSentences =>
            OrdinaryWords.SelectMany(w => new[] { w + " is an LLM.", "The " + w + " LLM answers the tickets.", "Our LLM is called " + w + "." })
                .Select(s => new object[] { s });

        [Theory]
        [MemberData(nameof(BareWordSentences))]
        public void A_bare_ordinary_word_in_an_LLM_relation_stays_silent(string sentence) => Markup.AssertEngineSilent(sentence);

        /// <summary>The ordinary word right next to an LLM term; each must raise nothing.</summary>
        public static readonly string[] OrdinaryWordSentences =
        {
            "Ship the LLM upgrade as a canary release first.",
            "Canary builds of the LLM gateway go to five percent of the users.",
            "The canary LLM deployment failed its health check.",
            "Ask Aurora, our LLM assistant, for help.",
            "Aurora, the LLM helpdesk bot, answers in German.",
            "The LLM logs are stored in Amazon Aurora.",
            "Route the LLM traffic over the WAN.",
            "WAN latency adds forty milliseconds to each LLM call.",
            "Kokoro, our LLM tutor, explains kanji.",
            "The LLM translated kokoro as heart.",
            "Moonshine is our internal LLM playground.",
            "Pika, the LLM mascot, appears in the login screen.",
            "Dia, the browser, has an LLM built in.",
            "Kling reviewed the LLM evaluation report.",
            "The parakeet LLM demo mimics the user's voice.",
            "Cosmos, the LLM cache, holds the embeddings.",
            "Flux, the state container, stores the LLM replies.",
            "Sana leads the LLM platform team.",
            "The LLM drew a Kandinsky-style poster.",
            "Each ideogram is explained by the LLM.",
            "The LLM playground runs in the browser.",
            "Phoenix traces every LLM call.",
            "Ray Serve hosts the LLM replicas.",
            "Nova, our LLM agent, books the meetings.",
            "Hubert wrote the LLM prompt library.",
            "The arctic data center hosts our LLM.",
            "Helix is the editor where we write LLM prompts.",
            "Chai and cookies are served while the LLM trains.",
            "The stable audio LLM pipeline needs a steady microphone.",
            "Kimi and Ernie evaluate the LLM answers.",
            "Run the command a second time if the LLM times out.",
            "The minimax step runs before the LLM explains the move.",
        };

        public static IEnumerable<object[]> OrdinaryWordSentenceData => OrdinaryWordSentences.Select(s => new object[] { s });

        [Theory]
        [MemberData(nameof(OrdinaryWordSentenceData))]
        public void An_ordinary_word_next_to_an_LLM_term_stays_silent(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(ProseKinds))]
        public Task Ordinary_word_sentences_stay_silent_in(ProseKind kind)
        {
            var sources = OrdinaryWordSentences.Select((s, i) => Renamed(ProsePlacement.Place(kind, s), i));
            return Verify.AnalyzerAsync(sources, ProsePlacement.DocModeOf(kind));
        }

        // ---- The how-to of rules/README.md --------------------------------------------------------------------

        [Fact]
        public void The_how_to_add_a_model_example_works_as_a_user_catalog()
        {
            string readme = File.ReadAllText(Path.Combine(RepoRoot(), "rules", "README.md"));
            int section = readme.IndexOf("## How to add a model", StringComparison.Ordinal);
            Assert.True(section >= 0, "rules/README.md has no 'How to add a model' section");
            var block = Regex.Match(readme.Substring(section), "```ini\\n(.*?)```", RegexOptions.Singleline);
            Assert.True(block.Success, "the section has no ini example");
            string example = Regex.Replace(block.Groups[1].Value, "^ {3}", string.Empty, RegexOptions.Multiline);

            var set = Catalogs.Merge(("/termlint/models.termlint", example));
            Assert.Empty(set.ErrorsIn("/termlint/models.termlint"));
            var model = Assert.Single(CatalogParser.Parse("example", example).Models);
            var flagged = set.Check(model.Name + " is an LLM.");
            Assert.Equal("TL0001", Assert.Single(flagged).RuleId);
        }

        private static string RepoRoot()
        {
            string? root = Ancestors(AppContext.BaseDirectory).FirstOrDefault(d => File.Exists(Path.Combine(d, "TermLint.sln")));
            Assert.True(root != null, "TermLint.sln not found above " + AppContext.BaseDirectory);
            return root!;
        }

        private static IEnumerable<string> Ancestors(string directory)
        {
            for (var dir = new DirectoryInfo(directory); dir != null; dir = dir.Parent)
            {
                yield return dir.FullName;
            }
        }
    }
}
