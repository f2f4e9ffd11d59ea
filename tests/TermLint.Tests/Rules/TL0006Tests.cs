using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0006: a model trained on one narrow domain is called a foundation model.</summary>
    public class TL0006Tests
    {
        public static readonly string[] MustFlag =
        {
            "Our {|TL0006:foundation model|} trained only on chest X-rays flags pneumonia.",
            "The fraud {|TL0006:foundation model|} is trained solely on card transactions.",
            "A {|TL0006:foundation model|} trained exclusively on X-rays reads the scans.",
            "This {|TL0006:foundation model|} was trained only on legal contracts.",
            "We ship a {|TL0006:foundation model|} that has been trained only on radiology reports.",
            "The {|TL0006:foundation model|}, trained only on MRI scans, segments tumors.",
            "The {|TL0006:foundation model|}, which was trained only on X-rays, flags pneumonia.",
            "{|TL0006:Foundation models|} trained only on ECG signals miss other conditions.",
            "These {|TL0006:foundation models|} were trained purely on claims data.",
            "It is a {|TL0006:foundation model|} which was trained strictly on seismic data.",
            "The {|TL0006:foundation model|} is trained on only satellite tiles.",
            "The {|TL0006:foundation model|} is solely trained on card transactions.",
            "A {|TL0006:foundation model|} built only from ICU records predicts sepsis.",
            "The {|TL0006:foundation model|} learns only from chest X-rays.",
            "Our {|TL0006:foundation model|} has only ever seen invoices from one supplier.",
            "The {|TL0006:foundation model|} was trained on nothing but our support tickets.",
            "The {|TL0006:Foundation Model|} trained only on X-rays reads the scans.",
            // TL0003 reports the wrong form as well (the inner span is listed first, as the engine reports it).
            "A {|TL0006:{|TL0003:foundational model|}|} trained only on X-rays reads the scans.",
        };

        public static readonly string[] MustNotFlag =
        {
            // Broad data or a modality is not a narrow domain.
            "GPT-5 is a foundation model trained on broad data.",
            "The foundation model was trained only on text.",
            "The foundation model was trained only on code.",
            "A foundation model trained only on public data answers the questions.",
            "The foundation model trained only on English text misses other languages.",
            "A foundation model trained only on images cannot read text.",
            "Our foundation model has only ever seen text.",
            // Fine-tuning a foundation model on one domain is how it is used.
            "We fine-tuned the foundation model only on X-rays.",
            "We fine-tuned the foundation model on chest X-rays only.",
            "The foundation model was fine-tuned only on X-rays.",
            // Negation, hedge, question.
            "The foundation model was not trained only on X-rays.",
            "The foundation model was wrongly trained only on X-rays.",
            "Is a foundation model trained only on X-rays still a foundation model?",
            // No restriction, no data, or the training phrase is not after the term.
            "The foundation model was trained on X-rays and clinical notes.",
            "A foundation model pretrained on millions of X-rays is then fine-tuned.",
            "A foundation model is trained only once, then adapted.",
            "A domain model trained only on X-rays is not a foundation model.",
            "A specialized medical-imaging model trained only on X-rays is a domain model, not a foundation model.",
            "We call it a foundation model, but it was trained only on X-rays.",
            // Possessive.
            "The foundation model's adapter was trained only on X-rays.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Our {|TL0006:foundation model|} trained only on chest X-rays flags pneumonia.",
            "{|TL0006:Foundation models|} trained only on ECG signals miss other conditions.",
            "The {|TL0006:foundation model|}, which was trained only on X-rays, flags pneumonia.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "The foundation model was trained only on text.",
            "We fine-tuned the foundation model only on X-rays.",
            "The foundation model was not trained only on X-rays.",
            "Is a foundation model trained only on X-rays still a foundation model?",
            "The foundation model's adapter was trained only on X-rays.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_a_foundation_model_trained_on_one_narrow_domain(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind));
    }
}
