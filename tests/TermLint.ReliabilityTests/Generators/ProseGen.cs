using System.Linq;
using CsCheck;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>Random prose: catalog words in the relations the rules look for, mixed with noise and hostile Unicode.</summary>
    internal static class ProseGen
    {
        private static readonly Gen<string> Model = Gen.OneOf(Vocabulary.ModelAliases);
        private static readonly Gen<string> NonLanguage = Gen.OneOf(Vocabulary.NonLanguageAliases);
        private static readonly Gen<string> Term = Gen.OneOf(Vocabulary.TermForms);
        private static readonly Gen<string> AiWord = Gen.OneOf(Vocabulary.AiWords);
        private static readonly Gen<string> Glue = Gen.OneOf(Vocabulary.Glue);
        private static readonly Gen<string> Punct = Gen.OneOf(Vocabulary.Punctuation);
        private static readonly Gen<string> Unicode = Gen.OneOf(Vocabulary.Unicode);
        private static readonly Gen<string> Separator = Gen.OneOf(Vocabulary.Separators);
        private static readonly Gen<string> LlmTerm = Gen.OneOf("LLM", "large language model", "Large Language Model", "LLMs", "large language models", "language model");

        /// <summary>Sentences of the shapes every rule reports, so that fixes are exercised often.</summary>
        public static readonly Gen<string> Conflation = Gen.OneOf(
            Gen.Select(NonLanguage, Gen.OneOf("an LLM", "a large language model", "a language model", "an Llm", "LLMs"), (m, t) => m + " is " + t + "."),
            Gen.Select(NonLanguage, LlmTerm, (m, t) => "The " + m + " " + t + " runs locally."),
            Gen.Select(NonLanguage, (m) => m + ", an LLM, handles it."),
            Gen.Select(Model, NonLanguage, Model, Gen.OneOf("LLMs", "Large language models", "large language models"), (a, b, c, t) => t + " such as " + a + ", " + b + " and " + c + " are supported."),
            Gen.Select(AiWord, Gen.OneOf("A foundational model", "Foundational models", "a foundational AI model", "an foundational model", "the FOUNDATIONAL MODEL"), (w, f) => f + " needs " + w + " data."),
            Gen.OneOf("Foundation models (LLMs) are big.", "All foundation models are LLMs.", "An LLM, also known as a foundation model, writes.", "LLMs, i.e. foundation models, are here."));

        public static readonly Gen<string> Piece = Gen.Frequency(
            (6, Model), (6, Term), (8, Glue), (3, AiWord), (3, Punct), (3, Unicode), (4, Conflation));

        /// <summary>A run of pieces with random separators: anything from a clean sentence to word salad.</summary>
        public static readonly Gen<string> Prose = Gen.Select(Piece, Separator).Array[1, 24]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
    }
}
