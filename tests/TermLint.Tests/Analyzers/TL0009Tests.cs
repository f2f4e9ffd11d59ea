using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TermLint.Analyzers;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Analyzers
{
    /// <summary>
    /// TL0009 through the analyzer: doc comments of code tied to a catalog client type, in both doc modes (parsed, as
    /// with GenerateDocumentationFile, and plain `///` comments, as in a plain build), with the stand-in types of
    /// <see cref="TL0009Stubs"/>. Each case is one declaration; markup marks what must be reported.
    /// </summary>
    public class TL0009Tests
    {
        private const string Usings = "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.AI;\nusing OpenAI.Audio;\nusing OpenAI.Chat;\nusing OpenAI.Embeddings;\nusing OpenAI.Images;\nusing OpenAI.Videos;\n\n";

        public static IEnumerable<object[]> DocModes => new[] { new object[] { DocumentationMode.Diagnose }, new object[] { DocumentationMode.None } };

        /// <summary>Must be reported: every kind of declaration and tie the rule reads.</summary>
        public static readonly string[] MustFlag =
        {
            // A type that implements an embedding generator.
            "/// <summary>The {|TL0009:LLM|} behind semantic search.</summary>\npublic class SearchEmbedder : IEmbeddingGenerator<string, float[]> { }",
            // An interface that derives from one.
            "/// <summary>The {|TL0009:LLM|} behind the product search.</summary>\npublic interface IProductEmbedder : IEmbeddingGenerator<string, float[]> { }",
            // A class derived from a client class.
            "/// <summary>{|TL0009:LLM|} client for the banner designer.</summary>\npublic class BannerClient : ImageClient { }",
            // A property of a client type.
            "public class Avatars\n{\n    /// <summary>Gets the {|TL0009:LLM|} used for the avatars.</summary>\n    public ImageClient Images { get; } = new ImageClient();\n}",
            // A field of a client type.
            "public class Calls\n{\n    /// <summary>The {|TL0009:LLM|} that transcribes the calls.</summary>\n    private readonly AudioClient _audio = new AudioClient();\n}",
            // A method that returns one.
            "public class Factory\n{\n    /// <summary>Returns the {|TL0009:LLM|} that creates the avatars.</summary>\n    public ImageClient Avatars() => new ImageClient();\n}",
            // A <returns> part, through Task<T>.
            "public class Factory\n{\n    /// <summary>Makes a client.</summary>\n    /// <returns>The {|TL0009:LLM|} that draws the covers.</returns>\n    public Task<ImageClient> CoversAsync() => Task.FromResult(new ImageClient());\n}",
            // A parameter of a client type.
            "public class Meetings\n{\n    /// <summary>Starts the recorder.</summary>\n    /// <param name=\"speech\">The {|TL0009:LLM|} that listens to the meeting.</param>\n    public void Start(ISpeechToTextClient speech) { }\n}",
            // A parameter of a method of a client (string model): the "The LLM model".
            "public class CoverClient : ImageClient\n{\n    /// <summary>Draws a cover.</summary>\n    /// <param name=\"model\">The {|TL0009:LLM model|}</param>\n    public override string Generate(string prompt, string model) => prompt;\n}",
            // A member of a class that implements an image generator.
            "public class Thumbnails : IImageGenerator\n{\n    /// <summary>The {|TL0009:LLM|} that paints the thumbnails.</summary>\n    public void Paint() { }\n}",
            // An extension method on a client.
            "public static class ImageClientExtensions\n{\n    /// <summary>Gets the {|TL0009:LLM|} used for the book covers.</summary>\n    public static string Covers(this ImageClient client) => string.Empty;\n}",
            // A plural over a list of clients.
            "public class Shards\n{\n    /// <summary>The {|TL0009:LLMs|} behind the search shards.</summary>\n    public IReadOnlyList<EmbeddingClient> Embedders { get; } = new List<EmbeddingClient>();\n}",
            // A type parameter constrained to a client.
            "public class Gallery<TGenerator> where TGenerator : IImageGenerator\n{\n    /// <summary>The {|TL0009:LLM|} behind the gallery.</summary>\n    public TGenerator Generator { get; set; } = default!;\n}",
            // A record's primary constructor parameter.
            "/// <summary>Indexes the manuals.</summary>\n/// <param name=\"embedder\">The {|TL0009:LLM|} for the index.</param>\npublic record Indexer(EmbeddingClient embedder);",
            // A value part.
            "public class Studio\n{\n    /// <summary>Gets the generator.</summary>\n    /// <value>The {|TL0009:LLM|} for the thumbnails.</value>\n    public IImageGenerator Generator { get; set; } = null!;\n}",
            // An article that changes: "An LLM wrapper" on a video client.
            "/// <summary>An {|TL0009:LLM|} wrapper for the product teasers.</summary>\npublic class Teasers : VideoClient { }",
            // Two non-language kinds: the umbrella noun.
            "/// <summary>The {|TL0009:LLM|} behind the media studio.</summary>\npublic class MediaStudio : ISpeechToTextClient, IImageGenerator { }",
            // Attributes before the declaration.
            "public class Audio\n{\n    /// <summary>The {|TL0009:LLM|} behind the voicemail transcripts.</summary>\n    [System.Obsolete(\"use V2\")]\n    public AudioClient Voicemail { get; } = new AudioClient();\n}",
        };

        /// <summary>Must stay silent: the LLM in the sentence is another thing, the thing is an LLM client, or nothing ties it to a type.</summary>
        public static readonly string[] MustNotFlag =
        {
            "/// <summary>Vectors for the passages the LLM quotes.</summary>\npublic class Passages : IEmbeddingGenerator<string, float[]> { }",
            "/// <summary>Cheaper than the LLM for similarity.</summary>\npublic class Similarity : IEmbeddingGenerator<string, float[]> { }",
            "/// <summary>Reads aloud what the LLM answered.</summary>\npublic class Reader : AudioClient { }",
            "/// <summary>The LLM behind the support chat.</summary>\npublic class Support : IChatClient { }",
            // An LLM client that also embeds (like a local runtime's client): calling it an LLM is right.
            "/// <summary>The LLM behind the local runtime.</summary>\npublic class LocalRuntime : IChatClient, IEmbeddingGenerator<string, float[]> { }",
            "/// <summary>LLM client for the help desk.</summary>\npublic class HelpDesk : ChatClient { }",
            // Nothing ties the class to a catalog type.
            "/// <summary>The LLM behind semantic search.</summary>\npublic class PlainService { }",
            // Not the first sentence of the summary.
            "/// <summary>Embeds the manuals. The LLM used for the answers is configured elsewhere.</summary>\npublic class Manuals : IEmbeddingGenerator<string, float[]> { }",
            // Remarks are not read.
            "/// <summary>Embeds the manuals.</summary>\n/// <remarks>The LLM behind the answers reads these vectors.</remarks>\npublic class Remarks : IEmbeddingGenerator<string, float[]> { }",
            // A possessive: about the LLM's answer.
            "/// <summary>The LLM's answer, read aloud.</summary>\npublic class Narrator : AudioClient { }",
            // A compound about another noun.
            "/// <summary>LLM responses, cached as vectors.</summary>\npublic class Cache : EmbeddingClient { }",
            // A sentence about the LLM (a verb follows).
            "/// <summary>The LLM answers, and this client reads the answer aloud.</summary>\npublic class Voice : AudioClient { }",
            // A parameter that is an LLM client, on a method of an image client.
            "public class Captions : ImageClient\n{\n    /// <summary>Captions the pictures.</summary>\n    /// <param name=\"chat\">The LLM that writes the captions.</param>\n    public void Caption(IChatClient chat) { }\n}",
            // "language model" (a text encoder is one).
            "/// <summary>The language model behind semantic search.</summary>\npublic class Encoder : EmbeddingClient { }",
            // Another LLM.
            "/// <summary>The other LLM that writes the prompts.</summary>\npublic class Painter : ImageClient { }",
            // A question.
            "/// <summary>Is the LLM behind search?</summary>\npublic class Question : EmbeddingClient { }",
            "/// <summary>Not the LLM: the embedder behind search.</summary>\npublic class Negated : EmbeddingClient { }",
            // A plain comment inside a member body, in an embedding class.
            "public class Body : EmbeddingClient\n{\n    public void Run()\n    {\n        // The LLM behind semantic search.\n        /// The LLM behind semantic search.\n        System.Console.WriteLine();\n    }\n}",
            // A // comment before a member of an image client.
            "public class Comments : ImageClient\n{\n    // The LLM behind the covers.\n    public void Draw() { }\n}",
            // A method of an image client that returns an LLM client.
            "public class Mixed : ImageClient\n{\n    /// <summary>Returns the LLM that writes the prompts.</summary>\n    public ChatClient Prompts() => new ChatClient();\n}",
        };

        public static IEnumerable<object[]> Flags => from mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None } from i in Enumerable.Range(0, MustFlag.Length) select new object[] { i, mode };

        public static IEnumerable<object[]> Passes => from mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None } from i in Enumerable.Range(0, MustNotFlag.Length) select new object[] { i, mode };

        [Theory]
        [MemberData(nameof(Flags))]
        public Task A_doc_comment_that_calls_a_non_language_client_an_LLM_is_reported(int index, DocumentationMode mode) => Run(Usings + MustFlag[index], mode);

        [Theory]
        [MemberData(nameof(Passes))]
        public Task A_doc_comment_whose_LLM_is_another_thing_or_an_LLM_client_is_silent(int index, DocumentationMode mode) => Run(Usings + MustNotFlag[index], mode);

        [Fact]
        public void There_are_at_least_fifteen_cases_each_way()
        {
            Assert.True(MustFlag.Length >= 15);
            Assert.True(MustNotFlag.Length >= 15);
        }

        [Theory]
        [MemberData(nameof(DocModes))]
        public Task The_message_names_the_documented_thing_the_type_and_its_kind(DocumentationMode mode)
        {
            var test = New(mode, Usings + "public class Covers : ImageClient\n{\n    /// <summary>Draws.</summary>\n    /// <param name=\"model\">The LLM to use.</param>\n    public override string Generate(string prompt, string model) => prompt;\n}\n");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TL0009", DiagnosticSeverity.Warning).WithSpan(13, 33, 13, 36)
                .WithMessage("'model' belongs to 'Generate', which is a member of 'Covers', which derives from 'ImageClient', a client of an image foundation model, not of an LLM: write 'image model' instead of 'LLM'"));
            return test.RunAsync();
        }

        [Theory]
        [MemberData(nameof(DocModes))]
        public Task The_message_says_an_interface_extends_the_client_interface(DocumentationMode mode)
        {
            var test = New(mode, Usings + "/// <summary>The LLM behind the product search.</summary>\npublic interface IProductEmbedder : IEmbeddingGenerator<string, float[]> { }\n");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TL0009", DiagnosticSeverity.Warning).WithSpan(10, 18, 10, 21)
                .WithMessage("'IProductEmbedder' extends 'IEmbeddingGenerator<TInput, TEmbedding>', a client of a text embedding model, not of an LLM: write 'embedding model' instead of 'LLM'"));
            return test.RunAsync();
        }

        [Theory]
        [MemberData(nameof(DocModes))]
        public Task The_message_names_a_nullable_client_type_without_its_question_mark(DocumentationMode mode)
        {
            var test = New(mode, Usings + "#nullable enable\npublic class Studio\n{\n    /// <summary>Starts.</summary>\n    /// <param name=\"images\">The LLM for the thumbnails.</param>\n    public void Start(ImageClient? images) { }\n}\n");
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TL0009", DiagnosticSeverity.Warning).WithSpan(14, 34, 14, 37)
                .WithMessage("'images' is of type 'ImageClient', a client of an image foundation model, not of an LLM: write 'image model' instead of 'LLM'"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_project_without_the_catalog_types_gets_no_TL0009()
        {
            // The same sentences, on classes whose names look like clients but are no catalog type.
            var test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier> { TestCode = "namespace Mine { public class ImageClient { } }\n/// <summary>The LLM behind semantic search.</summary>\npublic class Search : Mine.ImageClient { }\n" };
            Verify.Configure(test, DocumentationMode.Diagnose);
            return test.RunAsync();
        }

        [Fact]
        public Task Severity_none_switches_it_off()
        {
            var test = New(DocumentationMode.Diagnose, Usings + "/// <summary>The LLM behind semantic search.</summary>\npublic class Off : EmbeddingClient { }\n");
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.TL0009.severity = none\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task A_user_catalog_adds_a_type_and_switches_a_built_in_one_off()
        {
            var test = New(DocumentationMode.Diagnose, Usings
                + "namespace Contoso { public class VoiceClient { } }\n"
                + "/// <summary>The {|TL0009:LLM|} that reads the news.</summary>\npublic class News : Contoso.VoiceClient { }\n"
                + "/// <summary>The LLM behind the covers.</summary>\npublic class CoversOff : ImageClient { }\n");
            test.TestState.AdditionalFiles.Add(("/termlint/types.termlint", "[type Contoso.VoiceClient]\nkind = audio\nflag = TL0009: The LLM that reads the news.\npass = Reads what the LLM wrote.\n\n[type OpenAI.Images.ImageClient]\nenabled = no\n"));
            return test.RunAsync();
        }

        [Theory]
        [MemberData(nameof(DocModes))]
        public Task Fix_all_writes_each_kind_noun(DocumentationMode mode)
        {
            string before = Usings
                + "/// <summary>The {|TL0009:LLM|} behind semantic search.</summary>\npublic class Search : IEmbeddingGenerator<string, float[]> { }\n"
                + "/// <summary>An {|TL0009:LLM|} wrapper for the teasers.</summary>\npublic class Teasers : VideoClient { }\n"
                + "public class Calls\n{\n    /// <summary>The {|TL0009:LLMs|} that transcribe the calls.</summary>\n    public AudioClient[] Transcribers { get; } = new AudioClient[0];\n}\n"
                + "public class Covers : ImageClient\n{\n    /// <summary>Draws.</summary>\n    /// <param name=\"model\">The {|TL0009:LLM model|}</param>\n    public override string Generate(string prompt, string model) => prompt;\n}\n";
            string after = before.Replace("The {|TL0009:LLM|} behind semantic", "The embedding model behind semantic")
                .Replace("An {|TL0009:LLM|} wrapper", "A video model wrapper")
                .Replace("The {|TL0009:LLMs|} that transcribe", "The audio models that transcribe")
                .Replace("The {|TL0009:LLM model|}", "The image model");
            var test = Verify.NewCodeFixTest(mode);
            test.TestState.Sources.Add(before);
            test.TestState.Sources.Add((TL0009Stubs.Path, TL0009Stubs.Source));
            test.FixedState.Sources.Add(after);
            test.FixedState.Sources.Add((TL0009Stubs.Path, TL0009Stubs.Source));
            return test.RunAsync();
        }

        private static Task Run(string source, DocumentationMode mode) => New(mode, source).RunAsync();

        private static CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier> New(DocumentationMode mode, string source)
        {
            var test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier>();
            test.TestState.Sources.Add(source);
            test.TestState.Sources.Add((TL0009Stubs.Path, TL0009Stubs.Source));
            Verify.Configure(test, mode);
            return test;
        }
    }
}
