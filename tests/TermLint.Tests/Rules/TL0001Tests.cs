using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0001: a non-language foundation model is called an LLM.</summary>
    public class TL0001Tests
    {
        public static readonly string[] MustFlag =
        {
            "The Whisper {|TL0001:LLM|}'s output is cached.",
            "Whisper is an {|TL0001:LLM|}.",
            "AlphaFold is an {|TL0001:LLM|}.",
            "The Stable Diffusion {|TL0001:LLM|} renders the product mockups.",
            "DALL-E is an {|TL0001:LLM|} that turns prompts into pictures.",
            "We host Whisper, a small {|TL0001:LLM|}, next to the API.",
            "Segment Anything is a {|TL0001:large language model|} for image segmentation.",
            "CLIP, the {|TL0001:LLM|} from OpenAI, scores image-caption pairs.",
            "The OpenVLA {|TL0001:LLM|} drives the robot arm in the demo.",
            "Our captioning pipeline calls the Whisper {|TL0001:large language model|}.",
            "RT-2 is an {|TL0001:LLM|} that outputs robot actions.",
            "The {|TL0001:LLM|} (DALL-E 3) draws the cover image.",
            "Since Whisper is an {|TL0001:LLM|}, we stream its output.",
            "ESM-2 is a {|TL0001:large language model|} for protein sequences.",
            "The speech pipeline uses Whisper,\\nan {|TL0001:LLM|} that runs on the edge device.",
            "The image {|TL0001:LLM|} Stable Diffusion is slow on CPU.",
            "Whisper, the {|TL0001:LLM|}, transcribes the meetings.",
            "The DALL·E {|TL0001:LLM|} creates the illustrations.",
            "Segment Anything Model (SAM) is an {|TL0001:LLM|} from Meta.",
            "Load the CLIP\\n{|TL0001:LLM|} before the first request arrives.",
            "Midjourney is a {|TL0001:large language model|}.",
            "Sora is an {|TL0001:LLM|}.",
            "Whisper serves as an {|TL0001:LLM|} in this pipeline.",
            "Stable Diffusion is a {|TL0001:language model|}.",
            "Whisper (an {|TL0001:LLM|}) transcribes calls.",
            "We use an {|TL0001:LLM|} called Whisper for transcription.",
            "AlphaFold is just an {|TL0001:LLM|} for proteins.",
            "text-embedding-3-small is an {|TL0001:LLM|}.",
            "Stable Diffusion XL is a {|TL0001:large language model|}.",
            "Whisper large-v3 is a {|TL0001:large language model|}.",
        };

        public static readonly string[] MustNotFlag =
        {
            // A claim reported or taken back is not made.
            "Some say Whisper is an LLM, but it is not.",
            "It is a myth that Whisper is an LLM.",
            // Negation, questions, hedges, hypotheticals.
            "Whisper is not an LLM.",
            "Whisper is an audio model, not an LLM.",
            "Is CLIP an LLM?",
            "Is Whisper an LLM or an audio model?",
            "Why is Stable Diffusion not an LLM? Because it does not model language.",
            "Whisper is often mistaken for an LLM.",
            "Whisper is wrongly called an LLM.",
            "If Whisper were an LLM, it could write text.",
            "Neither Whisper nor CLIP is an LLM.",
            "No Whisper model is an LLM.",
            "It is not true that Whisper is an LLM.",
            // Contrast.
            "Unlike Whisper, GPT-5 is an LLM.",
            "Unlike LLMs such as GPT-5, Whisper transcribes speech.",
            "Mistral Large is an LLM, while Whisper is a speech model.",
            // A correct class for each item; true statements.
            "Whisper (audio), CLIP (vision-language) and GPT-5 (LLM) are all foundation models.",
            "All LLMs are foundation models.",
            "Not every foundation model is an LLM: Whisper is an audio model.",
            // Other kinds of language model, and models that are LLMs.
            "CLIP is a vision-language model.",
            "CLIP is a vision-language embedding model.",
            "ESM-2 is a protein language model.",
            "GPT-4o is an LLM.",
            "Gemini is a multimodal LLM.",
            "Code Llama is an LLM.",
            "StarCoder is an LLM trained on code.",
            // Homographs: verbs, other products.
            "Don't whisper the password to the LLM.",
            "Clip the LLM output to 200 characters.",
            "Import the ESM bundle before calling the LLM.",
            "Deploy the LLM proxy with AWS SAM.",
            // URLs, identifiers, code spans.
            "See https://example.com/whisper-llm for the LLM guide.",
            "Set the model to whisper-1 and the LLM to gpt-5.",
            "The key llm.model names the LLM deployment.",
            "The string `Whisper LLM` is a test fixture.",
            // Co-occurrence without classification.
            "Generate a Stable Diffusion prompt with an LLM.",
            "The audio clip is summarized by the LLM.",
            "Whisper transcribes the call and an LLM summarizes it.",
            "Whisper and the LLM run on one GPU.",
            "The LLM calls Whisper to transcribe the audio.",
            "Use an LLM-based reranker before calling DALL-E.",
            "Copyright (c) .NET Foundation and Contributors. All rights reserved.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "Whisper is an {|TL0001:LLM|}.",
            "Replace the Whisper {|TL0001:LLM|} with the cloud transcription API.",
            "CLIP, the {|TL0001:LLM|} from OpenAI, scores image-caption pairs.",
            "Segment Anything is a {|TL0001:large language model|} for image segmentation.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "Whisper is not an LLM.",
            "Is CLIP an LLM?",
            "Unlike Whisper, GPT-5 is an LLM.",
            "ESM-2 is a protein language model.",
            "Don't whisper the password to the LLM.",
            "The string `Whisper LLM` is a test fixture.",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_a_non_language_model_called_an_llm(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind));
    }
}
