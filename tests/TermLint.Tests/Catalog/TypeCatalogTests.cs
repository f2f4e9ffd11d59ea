using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TermLint.Catalog;
using TermLint.Engine;
using TermLint.Rules;
using TermLint.Tests.Configuration;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Catalog
{
    /// <summary>
    /// The <c>[type …]</c> entries (TL0009): each is a well-formed metadata name with a kind, cites the package and
    /// version its name was verified in, and tests itself; a user catalog adds and switches off types the same way.
    /// </summary>
    public class TypeCatalogTests
    {
        private static IEnumerable<TypeEntry> BuiltInTypes => BuiltInCatalog.Files.SelectMany(f => f.Types);

        /// <summary>The types the issue names, which the built-in catalog must hold.</summary>
        public static readonly string[] Required =
        {
            "Microsoft.Extensions.AI.IEmbeddingGenerator`2", "Microsoft.Extensions.AI.ISpeechToTextClient", "Microsoft.Extensions.AI.IImageGenerator",
            "Microsoft.Extensions.AI.IChatClient", "Microsoft.SemanticKernel.Embeddings.ITextEmbeddingGenerationService",
            "Microsoft.SemanticKernel.AudioToText.IAudioToTextService", "Microsoft.SemanticKernel.TextToAudio.ITextToAudioService",
            "Microsoft.SemanticKernel.TextToImage.ITextToImageService", "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService",
            "OpenAI.Embeddings.EmbeddingClient", "OpenAI.Audio.AudioClient", "OpenAI.Images.ImageClient", "OpenAI.Chat.ChatClient",
            "Azure.AI.Inference.EmbeddingsClient", "Whisper.net.WhisperProcessor", "LLama.LLamaEmbedder",
        };

        [Fact]
        public void Compiles_every_built_in_type_with_its_kind() =>
            Assert.Equal(BuiltInTypes.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal), BuiltInCatalog.Compiled.Types.Select(t => t.MetadataName).OrderBy(n => n, StringComparer.Ordinal));

        [Fact]
        public void Holds_the_types_real_AI_code_uses() =>
            Assert.Empty(Required.Except(BuiltInCatalog.Compiled.Types.Select(t => t.MetadataName)));

        [Fact]
        public void Every_type_cites_the_package_and_version_its_name_was_verified_in()
        {
            var wrong = BuiltInTypes.Where(t => t.Source == null || !Regex.IsMatch(t.Source, @"^nuget\.org [A-Za-z.]+ \d+\.\d+\.\d+(-[a-z0-9.]+)?: public (interface|class) ") || !t.Source.Contains("https://"))
                .Select(t => t.Location + " [" + t.Name + "]: " + t.Source).ToList();
            Assert.True(wrong.Count == 0, "A type's source is 'nuget.org <package> <version>: public interface|class <name> (<repository URL>)':" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
            var named = BuiltInTypes.Where(t => !t.Source!.Contains(" " + PublicName(t.Name))).Select(t => t.Location + " [" + t.Name + "]").ToList();
            Assert.True(named.Count == 0, "The source names another type than the section:" + Environment.NewLine + string.Join(Environment.NewLine, named));
        }

        [Fact]
        public void Every_non_language_type_has_a_TL0009_flag_spec_and_every_type_a_pass_spec()
        {
            var problems = new List<string>();
            foreach (var type in BuiltInCatalog.Compiled.Types)
            {
                var specs = type.Entry.Specs;
                if (!type.IsLanguage && !specs.Any(s => s.MustFlag && s.RuleId == RuleIds.DocumentedThingCalledLlm))
                {
                    problems.Add(type.MetadataName + " has no 'flag = TL0009: …'");
                }

                if (!specs.Any(s => !s.MustFlag))
                {
                    problems.Add(type.MetadataName + " has no 'pass'");
                }
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }

        [Fact]
        public void Every_built_in_type_spec_holds_as_the_summary_of_something_of_the_type()
        {
            var checker = ProseEngine.Checker;
            var failures = new List<string>();
            int count = 0;
            foreach (var type in BuiltInTypes)
            {
                var doc = UserCatalogSpecs.SpecContext(BuiltInCatalog.Compiled, type.Name);
                Assert.NotNull(doc);
                foreach (var spec in type.Specs)
                {
                    count++;
                    string? failure = UserCatalogSpecs.Failure(checker, spec, doc);
                    if (failure != null)
                    {
                        failures.Add("[" + type.Name + "] " + spec.Location + ": " + failure);
                    }
                }
            }

            Assert.True(count >= 40, "only " + count + " type specs");
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public void A_type_spec_is_not_TL0009_outside_a_doc_comment()
        {
            // The same sentence in plain prose names no model: TL0009 needs the code.
            foreach (var spec in BuiltInTypes.SelectMany(t => t.Specs).Where(s => s.MustFlag))
            {
                Assert.DoesNotContain(ProseEngine.Check(spec.Sentence), f => f.RuleId == RuleIds.DocumentedThingCalledLlm);
            }
        }

        [Theory]
        [InlineData("[type Contoso Voice]", 1, 1, "is not a metadata name")]
        [InlineData("[type .Voice]", 1, 1, "is not a full metadata name")]
        [InlineData("[type Contoso.VoiceClient]\nkind = audoi", 2, 8, "names kind 'audoi', which no [kind] section declares")]
        [InlineData("[type Contoso.VoiceClient]\ncolour = red", 2, 1, "unknown key 'colour' in a type section; a type section takes kind, enabled, source, flag, pass")]
        [InlineData("[type Contoso.VoiceClient]\nsource = mine", 1, 1, "has no 'kind'")]
        [InlineData("[type OpenAI.Images.ImageClients]\nenabled = no", 1, 1, "there is no type 'OpenAI.Images.ImageClients' to switch off; did you mean 'OpenAI.Images.ImageClient'?")]
        [InlineData("[type Contoso.VoiceClient]\nkind = audio\nflag = TL0009: Reads what the LLM wrote.", 3, 8, "must raise TL0009 but raises nothing")]
        [InlineData("[type Contoso.VoiceClient]\nkind = audio\npass = The LLM that reads the news.", 3, 8, "must raise nothing but raises TL0009 at 'LLM'")]
        public void A_mistake_in_a_user_type_is_TL9001_at_its_line(string text, int line, int column, string hint)
        {
            const string Path = "/repo/types.termlint";
            var set = Catalogs.Merge((Path, text));
            var error = Assert.Single(set.ErrorsIn(Path));
            Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
            Assert.Contains(hint, error.Message);
        }

        [Fact]
        public void A_user_type_is_compiled_and_a_built_in_one_switched_off()
        {
            var set = Catalogs.Merge(("/t.termlint", "[type Contoso.VoiceClient]\nkind = audio\nflag = TL0009: The LLM that reads the news.\n\n[type OpenAI.Images.ImageClient]\nenabled = no\n"));
            Assert.Empty(set.ErrorsIn("/t.termlint"));
            Assert.Contains(set.Catalog.Types, t => t.MetadataName == "Contoso.VoiceClient" && t.Kind.Name == "audio");
            Assert.DoesNotContain(set.Catalog.Types, t => t.MetadataName == "OpenAI.Images.ImageClient");
        }

        /// <summary>"IEmbeddingGenerator`2" as a source writes it: "IEmbeddingGenerator&lt;".</summary>
        private static string PublicName(string metadataName)
        {
            int tick = metadataName.IndexOf('`');
            return tick < 0 ? metadataName : metadataName.Substring(0, tick) + "<";
        }
    }
}
