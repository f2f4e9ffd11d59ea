using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0008 (off by default): text that cites the EU AI Act says "foundation model" or "LLM" for the Act's term.</summary>
    public class TL0008Tests
    {
        public static readonly string[] MustFlag =
        {
            "Under the EU AI Act, {|TL0008:foundation models|} must publish a training summary.",
            "The AI Act puts extra duties on providers of large {|TL0008:foundation models|}.",
            "The EU AI Act defines obligations for providers of {|TL0008:foundation models|}.",
            "{|TL0008:Foundation models|} with systemic risk have extra duties under the AI Act.",
            "Regulation (EU) 2024/1689 covers the {|TL0008:foundation model|} we ship.",
            "See 2024/1689 for the rules on {|TL0008:foundation models|}.",
            "Per the Artificial Intelligence Act, an {|TL0008:LLM|} provider must keep technical documentation.",
            "Under the AI Act, {|TL0008:LLMs|} need documentation.",
            "{|TL0008:Large language models|} fall under the EU AI Act.",
            "The AI Act treats Whisper as a {|TL0008:foundation model|}.",
            // The word is the point, not the claim: questions and negations count.
            "Is our {|TL0008:foundation model|} covered by the AI Act?",
            "Our {|TL0008:foundation model|} is not covered by the AI Act.",
            "Under the EU AI act, {|TL0008:foundation models|} must keep logs.",
            "Under the AI Act, a {|TL0008:Large Language Model|} needs documentation.",
            // TL0003 reports the wrong form as well (the inner span is listed first, as the engine reports it).
            "A {|TL0008:{|TL0003:foundational model|}|} under the AI Act needs a model card.",
        };

        public static readonly string[] MustNotFlag =
        {
            "Under the EU AI Act, general-purpose AI models must publish a training summary.",
            "Foundation models must publish a training summary.",
            "The Act applies to foundation models.",
            "Under the act, foundation models must publish a summary.",
            "An LLM summarizes the AI Act for the legal team.",
            "Our LLM answers questions about the EU AI Act.",
            "Article 53 of the AI Act applies to our LLM.",
            "The foundation model card cites the EU AI Act.",
            "The foundation model's provider must comply with the AI Act.",
            "The EU AI Act applies to language models too.",
            "This class follows the EU AI Act.\\nThe foundation model card lists the training data.",
            "See https://eur-lex.europa.eu/eli/reg/2024/1689/oj for the rules on foundation models.",
            "The GDPR rules apply to every LLM we host.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Under the EU AI Act, {|TL0008:foundation models|} must publish a training summary.",
            "Per the Artificial Intelligence Act, an {|TL0008:LLM|} provider must keep technical documentation.",
            "Is our {|TL0008:foundation model|} covered by the AI Act?",
            "{|TL0008:Large language models|} fall under the EU AI Act.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "Under the EU AI Act, general-purpose AI models must publish a training summary.",
            "Under the act, foundation models must publish a summary.",
            "An LLM summarizes the AI Act for the legal team.",
            "The foundation model's provider must comply with the AI Act.",
            "See https://eur-lex.europa.eu/eli/reg/2024/1689/oj for the rules on foundation models.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        public static IEnumerable<object[]> OffByDefaultCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag
            select new object[] { kind, Markup.Parse(sentence).Text };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_the_term_in_text_that_cites_the_act(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind_once_enabled(ProseKind kind, string markup) =>
            Verify.RaisedAnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind), "TL0008");

        /// <summary>
        /// The test library turns every rule on, so the default is checked on a plain compilation: nothing without
        /// the opt-in, the one diagnostic with it (so the first half cannot pass for another reason).
        /// </summary>
        [Theory]
        [MemberData(nameof(OffByDefaultCases))]
        public async Task Reports_nothing_without_the_opt_in(ProseKind kind, string sentence)
        {
            string source = ProsePlacement.Place(kind, sentence);
            var byDefault = await AnalyzerRun.DiagnosticsAsync(source, ProsePlacement.DocModeOf(kind));
            Assert.DoesNotContain(byDefault, d => d.Id == "TL0008");

            var optedIn = await AnalyzerRun.DiagnosticsAsync(source, ProsePlacement.DocModeOf(kind), ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TL0008", ReportDiagnostic.Warn));
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(optedIn, d => d.Id == "TL0008").Severity);
        }
    }
}
