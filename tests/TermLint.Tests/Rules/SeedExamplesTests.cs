using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>
    /// Issue 2: for every LLM example of the seed article, "X is an LLM." raises nothing; for every non-LLM example
    /// it raises TL0001 — in a // comment, a string literal and a &lt;summary&gt; (parsed and plain) alike.
    /// </summary>
    public class SeedExamplesTests
    {
        /// <summary>Seed, "Foundation models that are LLMs", "How They Relate" (LLMs, Multimodal).</summary>
        public static readonly string[] LanguageModels =
        {
            "GPT-5", "Claude Opus 4.1", "Llama 3.1 405B", "Gemini 2.0 Pro", "Mistral Large",
            "GPT", "Claude", "Llama", "Gemini", "GPT-4o",
        };

        /// <summary>Seed, "Foundation models that are not LLMs", "How They Relate" (Image, Audio, Scientific, Robotics), "Examples: SAM".</summary>
        public static readonly string[] NonLanguageModels =
        {
            "Stable Diffusion", "Whisper", "AlphaFold", "Segment Anything", "CLIP",
            "DALL-E", "Suno", "ESM", "RT-2", "OpenVLA", "SAM",
        };

        private static readonly ProseKind[] Kinds =
        {
            ProseKind.LineComment, ProseKind.RegularString, ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain,
        };

        public static IEnumerable<object[]> LanguageCases => from m in LanguageModels from k in Kinds select new object[] { m, k };

        public static IEnumerable<object[]> NonLanguageCases => from m in NonLanguageModels from k in Kinds select new object[] { m, k };

        [Theory]
        [MemberData(nameof(LanguageCases))]
        public Task An_llm_called_an_llm_raises_nothing(string model, ProseKind kind) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, model + " is an LLM."), ProsePlacement.DocModeOf(kind));

        [Theory]
        [MemberData(nameof(NonLanguageCases))]
        public Task A_non_language_model_called_an_llm_raises_TL0001(string model, ProseKind kind) =>
            Verify.AnalyzerAsync(ProsePlacement.Place(kind, model + " is an {|TL0001:LLM|}."), ProsePlacement.DocModeOf(kind));
    }
}
