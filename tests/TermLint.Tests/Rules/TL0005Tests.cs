using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0005: a multimodal model is called only an LLM in a sentence about its image or audio abilities.</summary>
    public class TL0005Tests
    {
        public static readonly string[] MustFlag =
        {
            "Send the screenshot to the Gemini {|TL0005:LLM|}.",
            "The GPT-4o {|TL0005:LLM|} transcribes the call.",
            "The Gemini 2.5 Pro {|TL0005:LLM|} draws the chart.",
            "Images from the camera go to the Gemini {|TL0005:LLM|}.",
            "GPT-4o is the {|TL0005:LLM|} we use for screenshots.",
            "GPT-4o is an {|TL0005:LLM|} that reads the chart.",
            "GPT-4o is a {|TL0005:language model|} that reads images.",
            "Gemini, our {|TL0005:LLM|}, describes each photo.",
            "Gemini is one of the {|TL0005:LLMs|} that read our diagrams.",
            "We use Gemini as an {|TL0005:LLM|} to caption the images.",
            "An {|TL0005:LLM|} such as GPT-4o reads the scanned invoice.",
            "{|TL0005:LLMs|} such as GPT-4o read images.",
            "The {|TL0005:LLM|} (GPT-4o) listens to the voice message.",
            "GPT-4o (an {|TL0005:LLM|}) turns speech into text.",
            "Upload the photo to our {|TL0005:LLM|} called Gemini.",
            "The Gemini {|TL0005:LLM|} can look at the dashboard.",
            "The Gemini {|TL0005:LLM|} does OCR on the receipts.",
            "GPT-4o is a {|TL0005:Large Language Model|} that hears the recording.",
            "The LLaVA {|TL0005:LLM|} captions the product photos.",
        };

        public static readonly string[] MustNotFlag =
        {
            // No image or audio word: "LLM" is the right word for a sentence about text.
            "GPT-4o is an LLM.",
            "Gemini is an LLM that summarizes the thread.",
            // Questions, negation, hypotheticals, hedges, contrast, lists.
            "Is GPT-4o the right LLM for the screenshots?",
            "GPT-4o isn't an LLM for images.",
            "GPT-4o is not an LLM that reads images.",
            "If GPT-4o is an LLM, it still reads images.",
            "Gemini is wrongly called an LLM in the photo docs.",
            "Unlike the LLM Gemini, the OCR service reads the scan.",
            "GPT-4o and Gemini are LLMs that read images.",
            // The sentence already says multimodal, or names the modality before the term.
            "GPT-4o is a multimodal LLM that reads images.",
            "GPT-4o is both an LLM and a multimodal model that reads images.",
            "Gemini is a vision LLM that reads charts.",
            "GPT-4o is an omni LLM that hears the recording.",
            // A text LLM, no model, the image word in another clause or sentence.
            "Llama 3.1 405B is the LLM that writes the image captions.",
            "Send the screenshot to GPT-4o, and let the LLM summarize the thread.",
            "Gemini is our LLM, and Stable Diffusion makes the images.",
            "Whisper transcribes the audio and the GPT-4o LLM summarizes the transcript.",
            "GPT-4o is an LLM. It also reads screenshots.",
            "Show the image to the LLM.",
            // Possessive, compound, case-sensitive cue.
            "The GPT-4o LLM's image output is cached.",
            "The GPT-4o LLM pipeline handles the images.",
            "The Gemini LLM does ocr on the receipts.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Send the screenshot to the Gemini {|TL0005:LLM|}.",
            "GPT-4o is an {|TL0005:LLM|} that reads the chart.",
            "{|TL0005:LLMs|} such as GPT-4o read images.",
            "The {|TL0005:LLM|} (GPT-4o) listens to the voice message.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "GPT-4o is an LLM.",
            "Is GPT-4o the right LLM for the screenshots?",
            "GPT-4o is a multimodal LLM that reads images.",
            "Gemini is our LLM, and Stable Diffusion makes the images.",
            "The GPT-4o LLM's image output is cached.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_a_multimodal_model_called_an_llm_about_images_or_audio(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.RaisedAnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind), "TL0005");

        [Fact]
        public async Task Is_a_suggestion_until_raised()
        {
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(ProsePlacement.Place(ProseKind.LineComment, "Send the screenshot to the Gemini LLM.")));
            Assert.Equal("TL0005", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        }
    }
}
