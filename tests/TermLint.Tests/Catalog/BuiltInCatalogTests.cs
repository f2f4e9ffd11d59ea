using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TermLint.Catalog;
using TermLint.Rules;
using Xunit;

namespace TermLint.Tests.Catalog
{
    /// <summary>The catalog shipped in the analyzer: it compiles cleanly, every fact has a source, every entry tests itself.</summary>
    public class BuiltInCatalogTests
    {
        private static IEnumerable<CatalogEntry> AllEntries => BuiltInCatalog.Files.SelectMany(f => f.Kinds.Cast<CatalogEntry>().Concat(f.Models).Concat(f.Terms));

        private static string RepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TermLint.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, "TermLint.sln not found above " + AppContext.BaseDirectory);
            return dir!.FullName;
        }

        [Fact]
        public void Compiles_with_no_errors() =>
            Assert.True(BuiltInCatalog.Compiled.Errors.Count == 0, string.Join(Environment.NewLine, BuiltInCatalog.Compiled.Errors));

        [Fact]
        public void Embeds_every_catalog_file_of_the_rules_folder()
        {
            string rules = Path.Combine(RepoRoot(), "rules");
            var onDisk = Directory.GetFiles(rules, "*.termlint", SearchOption.AllDirectories)
                .Select(p => "rules/" + Path.GetRelativePath(rules, p).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal);
            Assert.Equal(onDisk, BuiltInCatalog.Files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public void Every_model_kind_and_term_has_a_source()
        {
            var missing = AllEntries.Where(e => string.IsNullOrWhiteSpace(e.Source)).Select(e => e.Location + " " + e.Name).ToList();
            Assert.True(missing.Count == 0, "Entries without 'source':" + Environment.NewLine + string.Join(Environment.NewLine, missing));
            var unsourced = AllEntries.Where(e => !e.Source!.StartsWith("seed: \"", StringComparison.Ordinal) && !e.Source.Contains("https://")).Select(e => e.Location + " " + e.Name + ": " + e.Source).ToList();
            Assert.True(unsourced.Count == 0, "A source is the seed or a cited public fact (https://...):" + Environment.NewLine + string.Join(Environment.NewLine, unsourced));
        }

        [Fact]
        public void Every_seed_quote_is_in_the_seed_article()
        {
            string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seed.txt"));
            var wrong = new List<string>();
            foreach (var entry in AllEntries.Where(e => e.Source!.StartsWith("seed: \"", StringComparison.Ordinal)))
            {
                var quote = Regex.Match(entry.Source!, "^seed: \"((?:[^\"\\\\]|\\\\.)*)\"");
                Assert.True(quote.Success, entry.Location + ": unterminated seed quote");

                // "..." marks an elision; every piece must be the seed's own words.
                foreach (string piece in quote.Groups[1].Value.Replace("\\\"", "\"").Split("...").Select(p => p.Trim()))
                {
                    if (!seed.Contains(piece, StringComparison.Ordinal))
                    {
                        wrong.Add(entry.Location + " " + entry.Name + ": '" + piece + "'");
                    }
                }
            }

            Assert.True(wrong.Count == 0, "Seed quotes not found in the seed article:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        }

        [Fact]
        public void Every_non_language_model_has_a_TL0001_flag_spec()
        {
            var withFlag = new HashSet<string>(AllEntries.OfType<ModelEntry>().Where(m => m.Specs.Any(s => s.MustFlag && s.RuleId == RuleIds.NonLanguageModelCalledLlm)).Select(m => m.Name));
            var missing = BuiltInCatalog.Compiled.Models.Where(m => !m.IsLanguage && !withFlag.Contains(m.Name)).Select(m => m.Entry.Location + " " + m.Name).ToList();
            Assert.True(missing.Count == 0, "Non-language models without 'flag = TL0001: ...':" + Environment.NewLine + string.Join(Environment.NewLine, missing));
        }

        [Fact]
        public void Holds_the_models_and_kinds_of_the_seed()
        {
            var models = BuiltInCatalog.Compiled.Models.ToDictionary(m => m.Name);
            foreach (string name in new[] { "GPT-5", "Claude Opus 4.1", "Llama 3.1 405B", "Gemini 2.0 Pro", "Mistral Large" })
            {
                Assert.True(models[name].IsLanguage, name + " is an LLM in the seed");
            }

            foreach (var (name, kind) in new[] { ("Stable Diffusion", "image"), ("Whisper", "audio"), ("AlphaFold", "scientific"), ("Segment Anything", "vision"), ("CLIP", "vision-language-embedding") })
            {
                Assert.Equal(kind, models[name].Kind.Name);
                Assert.False(models[name].IsLanguage, name + " is not an LLM in the seed");
            }
        }
    }
}
