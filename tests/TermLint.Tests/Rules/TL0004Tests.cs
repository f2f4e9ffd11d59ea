using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0004: "LLM" and "foundation model" are equated, or the relation is reversed.</summary>
    public class TL0004Tests
    {
        public static readonly string[] MustFlag =
        {
            "Foundation models, also known as {|TL0004:LLMs|}, generate text.",
            "LLM ({|TL0004:foundation model|}) settings are read from appsettings.json.",
            "A foundation model is simply an {|TL0004:LLM|}.",
            "Foundation models and {|TL0004:LLMs|} are the same thing.",
            "A foundation model is another name for a {|TL0004:large language model|}.",
            "All foundation models are {|TL0004:large language models|} trained on text.",
            "All foundation models are {|TL0004:LLMs|}.",
            "LLMs, also known as {|TL0004:foundation models|}, generate text.",
            "Foundation models ({|TL0004:LLMs|}) are loaded here.",
            "A foundation model is an {|TL0004:LLM|}.",
            "Foundation model is just another word for {|TL0004:LLM|}.",
        };

        public static readonly string[] MustNotFlag =
        {
            // The true direction, and partial quantifiers.
            "All LLMs are foundation models.",
            "Every LLM is a foundation model.",
            "LLMs are foundation models trained on text.",
            "An LLM is a foundation model trained on text.",
            "An LLM is a language foundation model.",
            "Some foundation models are LLMs.",
            "Many foundation models are LLMs.",
            "Every LLM is a foundation model, but not every foundation model is an LLM.",
            // Negation, questions, contrast.
            "Not all foundation models are LLMs.",
            "Not every foundation model is an LLM: Whisper is an audio model.",
            "A foundation model is not necessarily an LLM.",
            "Foundation models and LLMs are not the same thing.",
            "Is every foundation model an LLM?",
            "Are foundation models and LLMs the same thing?",
            "Foundation models, unlike LLMs, can handle any modality.",
            "Foundation models and LLMs differ in scope.",
            // Co-occurrence and other meanings.
            "Foundation models include LLMs, image models and audio models.",
            "The LLM and the foundation model registry are separate services.",
            "Use foundation model for the broad category and LLM for language models.",
            "LLM stands for large language model.",
            "Copyright (c) .NET Foundation and Contributors. All rights reserved.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "A foundation model is simply an {|TL0004:LLM|}.",
            "Foundation models, also known as {|TL0004:LLMs|}, generate text.",
            "All foundation models are {|TL0004:LLMs|}.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "All LLMs are foundation models.",
            "Not all foundation models are LLMs.",
            "Some foundation models are LLMs.",
            "Is every foundation model an LLM?",
            "Foundation models and LLMs differ in scope.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_terms_equated_or_reversed(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind));
    }
}
