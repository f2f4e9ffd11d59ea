using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>TL0002: a group that includes a non-language model is called LLMs.</summary>
    public class TL0002Tests
    {
        public static readonly string[] MustFlag =
        {
            "{|TL0002:LLMs|} such as Whisper and GPT-5 are loaded at startup.",
            "The router supports {|TL0002:LLMs|} like DALL-E 3, Stable Diffusion and Claude Opus 4.1.",
            "{|TL0002:LLMs|}, including CLIP and Llama 3.1 405B, are cached in memory.",
            "Popular {|TL0002:LLMs|}: GPT-5, Gemini 2.0 Pro, Whisper.",
            "These {|TL0002:large language models|} (Mistral Large, AlphaFold, Suno) are served by one gateway.",
            "Image {|TL0002:LLMs|} such as Stable Diffusion and DALL-E need more memory.",
            "We evaluate three {|TL0002:LLMs|}: GPT-5, Whisper and Segment Anything.",
            "Llama 3.1 405B, CLIP and other {|TL0002:LLMs|} are hosted here.",
            "{|TL0002:LLMs|} such as GPT-5, Whisper and AlphaFold are supported.",
            "Supported {|TL0002:LLMs|} include Claude Opus 4.1 and Stable Diffusion.",
            "{|TL0002:LLMs|} such as GPT-5, Claude, and Whisper are hosted.",
            "{|TL0002:LLMs|} such as GPT-5 and Claude and Whisper are hosted.",
            "Whisper and GPT-5 are {|TL0002:LLMs|}.",
            "{|TL0002:Large language models|} like CLIP and Mistral Large are cached.",
        };

        public static readonly string[] MustNotFlag =
        {
            // Every member is a language model (multimodal and coding models are LLMs too).
            "LLMs such as GPT-5 and Claude Opus 4.1 handle the chat.",
            "Popular LLMs: GPT-5, Claude Opus 4.1, Mistral Large.",
            "GPT-5 and Claude Opus 4.1 are LLMs.",
            "Multimodal models such as GPT-4o and Gemini are also LLMs.",
            "LLMs such as GPT-4o and Gemini also handle images.",
            "Coding LLMs such as Code Llama and StarCoder complete functions.",
            // Contrast, negation, questions, hypotheticals.
            "Unlike LLMs such as GPT-5 and Mistral Large, Whisper transcribes audio.",
            "Besides LLMs such as GPT-5 and Claude, we host Whisper and AlphaFold.",
            "Whisper and AlphaFold are not LLMs.",
            "Neither Whisper nor GPT-5 are LLMs.",
            "Whisper and CLIP are not LLMs, but GPT-5 and Claude are.",
            "Are Whisper and GPT-5 both LLMs?",
            "Which LLMs do you support, GPT-5 or Whisper?",
            "If Whisper and GPT-5 were LLMs, one client would do.",
            // Each group carries its own correct class.
            "LLMs (GPT-5, Llama 3.1 405B) and image models (DALL-E 3) are configured separately.",
            "LLMs such as GPT-5 and image models such as DALL-E 3 share one gateway.",
            "LLMs such as GPT-5 and Mistral Large, and audio models such as Whisper, are served here.",
            "The gateway serves LLMs and audio models such as Whisper and Suno.",
            "LLMs and non-language models such as Whisper and AlphaFold share the gateway.",
            "Our LLMs, GPT-5 and Mistral Large, answer chat; Whisper and Suno handle audio.",
            "LLMs such as GPT-5 and Claude, and Whisper for audio, are hosted.",
            "We support LLMs such as GPT-5 and Claude, plus Whisper for speech.",
            "The LLMs we host are GPT-5 and Llama 3.1 405B; the audio models are Whisper and Suno.",
            "Foundation models include LLMs, image models such as Stable Diffusion and audio models such as Whisper.",
            "Foundation models such as GPT-5, Whisper and AlphaFold are trained on broad data.",
            "Whisper, CLIP and GPT-5 are all foundation models.",
            // Co-occurrence, homographs, identifiers, code spans, URLs.
            "LLMs such as GPT-5 and Claude Opus 4.1 can call DALL-E and Whisper as tools.",
            "LLMs like GPT-5 and Gemini 2.0 Pro write the answers; Whisper transcribes the audio.",
            "We call LLMs, Whisper and CLIP through one client.",
            "Don't whisper to LLMs such as GPT-5 and Claude; clip long prompts instead.",
            "Supported models: whisper-1, dall-e-3 and two LLMs.",
            "LLMs such as GPT-5 and Claude read the `Whisper, CLIP` list.",
            "The LLMs in https://example.com/whisper-clip are GPT-5 and Claude.",
            "LLM, AudioToText, TextToAudio and Embedding generation are supported.",
        };

        /// <summary>The cases that also run through the analyzer in every source kind.</summary>
        public static readonly string[] RepresentativeFlag =
        {
            "{|TL0002:LLMs|} such as Whisper and GPT-5 are loaded at startup.",
            "Popular {|TL0002:LLMs|}: GPT-5, Gemini 2.0 Pro, Whisper.",
            "Llama 3.1 405B, CLIP and other {|TL0002:LLMs|} are hosted here.",
        };

        public static readonly string[] RepresentativeNotFlag =
        {
            "LLMs such as GPT-5 and Claude Opus 4.1 handle the chat.",
            "Unlike LLMs such as GPT-5 and Mistral Large, Whisper transcribes audio.",
            "Multimodal models such as GPT-4o and Gemini are also LLMs.",
            "LLMs (GPT-5, Llama 3.1 405B) and image models (DALL-E 3) are configured separately.",
            "Are Whisper and GPT-5 both LLMs?",
        };

        public static IEnumerable<object[]> MustFlagCases => MustFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> MustNotFlagCases => MustNotFlag.Select(s => new object[] { s });

        public static IEnumerable<object[]> KindCases =>
            from kind in ProsePlacement.AllKinds
            from sentence in RepresentativeFlag.Concat(RepresentativeNotFlag)
            select new object[] { kind, sentence };

        [Theory]
        [MemberData(nameof(MustFlagCases))]
        public void Flags_a_mixed_group_called_llms(string markup) => Markup.AssertEngineFindings(markup);

        [Theory]
        [MemberData(nameof(MustNotFlagCases))]
        public void Leaves_correct_prose_alone(string sentence) => Markup.AssertEngineSilent(sentence);

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Reports_the_same_span_in_every_source_kind(ProseKind kind, string markup) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, markup), ProsePlacement.DocModeOf(kind));
    }
}
