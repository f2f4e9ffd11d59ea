using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0007: the LLM or foundation-model term is written in a non-standard form.</summary>
    public class TL0007Tests
    {
        public static readonly string[] MustFlag =
        {
            // The catalog's fixed wrong forms.
            "Our {|TL0007:LLMS|} are hosted in two regions.",
            "Pick the {|TL0007:LLM model|} in the settings.",
            "We compare three {|TL0007:LLM models|} on the benchmark.",
            "Use a {|TL0007:LLM model|} for the summary.",
            "An {|TL0007:LLM Model|} writes the summary.",
            "The {|TL0007:large language model model|} answers in JSON.",
            "Our {|TL0007:large language model models|} are billed per token.",
            "An LLM ({|TL0007:Language Learning Model|}) writes the summary.",
            "We call a {|TL0007:language learning model|} for the summary.",
            "The {|TL0007:large learning model|} writes the summary.",
            "The {|TL0007:large language modal|} writes the summary.",
            "Configure the {|TL0007:language large model|} in the portal.",
            // "LLM's" used as a plural.
            "Many {|TL0007:LLM's|} hallucinate.",
            "{|TL0007:LLM's|} are expensive to host.",
            "We support two {|TL0007:LLM's|}.",
            "We host several {|TL0007:LLM's|} in two regions.",
            "The {|TL0007:LLM's|} tend to repeat themselves.",
            "{|TL0007:LLM's|} like Claude are popular.",
            "The app supports {|TL0007:LLM's|}.",
            // Title Case in the middle of a sentence.
            "We call a {|TL0007:Large Language Model|} for the summary.",
            "Our {|TL0007:Large Language Models|} run in two regions.",
            "The team fine-tuned a {|TL0007:Foundation Model|} on our tickets.",
        };

        public static readonly string[] MustNotFlag =
        {
            // The usual forms.
            "Our LLMs are hosted in two regions.",
            "Pick the LLM in the settings.",
            // Possessives.
            "The LLM's answer is cached.",
            "Each LLM's context window differs.",
            "Ask the LLM's opinion.",
            "The LLM and the LLM's cache are separate.",
            // The right expansion, and Title Case where it is meant.
            "An LLM (large language model) writes the summary.",
            "LLM (Large Language Model): a text-focused foundation model",
            "Large Language Models (LLMs) are trained on text.",
            "We use Large Language Models (LLMs) for search.",
            "Large Language Model is the term we use.",
            "Large language models are trained on text.",
            "The Azure OpenAI Large Language Model service is billed per token.",
            "The Center for Research on Foundation Models publishes the index.",
            "The Foundation Model Transparency Index ranks vendors.",
            "Foundation Models and LLMs",
            // Identifiers and code spans are not prose.
            "The key llm.model holds the deployment name.",
            "See `LLM model` in the docs.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Our {|TL0007:LLMS|} are hosted in two regions.",
            "Use a {|TL0007:LLM model|} for the summary.",
            "Many {|TL0007:LLM's|} hallucinate.",
            "We call a {|TL0007:Large Language Model|} for the summary.",
            "An LLM ({|TL0007:Language Learning Model|}) writes the summary.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "Our LLMs are hosted in two regions.",
            "The LLM's answer is cached.",
            "Large Language Models (LLMs) are trained on text.",
            "The Azure OpenAI Large Language Model service is billed per token.",
            "See `LLM model` in the docs.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_a_non_standard_form_of_the_term(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.RaisedAnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind), "TL0007");

        [Fact]
        public async Task Is_a_suggestion_until_raised()
        {
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(ProsePlacement.Place(ProseKind.LineComment, "Pick the LLM model in the settings.")));
            Assert.Equal("TL0007", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        }
    }
}
