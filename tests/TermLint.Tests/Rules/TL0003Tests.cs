using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0003: "foundational model" is written for "foundation model" in AI prose.</summary>
    public class TL0003Tests
    {
        public static readonly string[] MustFlag =
        {
            "The {|TL0003:foundational model|} is loaded once per process.",
            "Fine-tuning a {|TL0003:foundational model|} needs labelled data.",
            "GPT-5 is a {|TL0003:foundational model|} from OpenAI.",
            "{|TL0003:Foundational models|} can be adapted to many tasks.",
            "We pretrain our own {|TL0003:foundational models|} on public code.",
            "Compare the {|TL0003:foundational model|}'s answer with the retrieved document.",
            "Fine-tune the {|TL0003:foundational models|} with LoRA.",
            "{|TL0003:Foundational AI models|} need huge datasets.",
            "We built a {|TL0003:foundational model|} for text generation.",
        };

        public static readonly string[] MustNotFlag =
        {
            "The waterfall model is a foundational model that every team learns.",
            // 'foundational' outside AI, and not before 'model'.
            "A foundational model in cybersecurity is defense in depth.",
            "The foundational model of the economy is supply and demand.",
            "The foundational model for accounting in this firm is double-entry.",
            "A foundational model of risk in finance predates computers.",
            "A foundational principle of this library is that no data is lost.",
            "This is a foundational package for the rest of the SDK.",
            "Foundational concepts of the SDK are covered first.",
            "This layer is foundational to the whole API.",
            "Foundational work on transformers started in 2017.",
            "The foundational layer of the network stack handles retries.",
            "Foundational skills matter more than tools.",
            // The right term, and other foundations.
            "Every LLM is a foundation model.",
            "The foundation model is loaded once per process.",
            "Licensed to the .NET Foundation under one or more agreements.",
            "The elastic foundation model gives the soil stiffness.",
            "The Winkler foundation model is used for the slab.",
            // Code spans, identifiers, URLs.
            "The setting `foundational model` is deprecated.",
            "Rename foundational_model to foundation_model in the config.",
            "See https://example.com/foundational-model for the history.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Fine-tuning a {|TL0003:foundational model|} needs labelled data.",
            "{|TL0003:Foundational models|} can be adapted to many tasks.",
            "Compare the {|TL0003:foundational model|}'s answer with the retrieved document.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "A foundational model in cybersecurity is defense in depth.",
            "A foundational principle of this library is that no data is lost.",
            "Licensed to the .NET Foundation under one or more agreements.",
            "The setting `foundational model` is deprecated.",
            "Rename foundational_model to foundation_model in the config.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_foundational_model_in_ai_prose(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind));
    }
}
