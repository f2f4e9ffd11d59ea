namespace TermLint.Catalog
{
    /// <summary>
    /// The word lists the rules consult, by their <c>[words …]</c> section names. The built-in catalog declares each
    /// (a test checks it); a user catalog may add words to any of them with a section of the same name.
    /// </summary>
    internal static class WordListNames
    {
        /// <summary>Words that mark prose as AI prose (TL0003).</summary>
        public const string AiContext = "ai-context";

        /// <summary>Words that put a model's image or audio abilities at the centre of a sentence (TL0005).</summary>
        public const string MultimodalContext = "multimodal-context";

        /// <summary>Words that name the multimodal class anywhere in a sentence: "multimodal" (TL0005).</summary>
        public const string MultimodalNames = "multimodal-names";

        /// <summary>Words right before an LLM term that say it handles more than text: "a vision LLM" (TL0005).</summary>
        public const string MultimodalMarkers = "multimodal-markers";

        /// <summary>Modality words that, before "model", name another class: "an image model" (TL0005).</summary>
        public const string Modalities = "modalities";

        /// <summary>Names of the EU AI Act (TL0008).</summary>
        public const string EuAiAct = "eu-ai-act";

        /// <summary>Words that make the term the object of regulation: "providers of foundation models" (TL0008).</summary>
        public const string Regulatory = "regulatory";

        /// <summary>Nouns that make "the Whisper LLM pipeline" a compound about two things, not a name for one (TL0001).</summary>
        public const string CompoundHeads = "compound-heads";

        /// <summary>Verbs that say what a model learned from: "trained", "pretrained", "seen" (TL0006).</summary>
        public const string TrainingVerbs = "training-verbs";

        /// <summary>Training data that is broad, not one narrow domain: "text", "public data" (TL0006).</summary>
        public const string BroadData = "broad-data";

        /// <summary>What a model is trained *on* that is not data: hardware, places, methods (TL0006).</summary>
        public const string NotData = "not-data";

        /// <summary>Model names that are ordinary words in lower case: never read loosely next to a term (TL0001).</summary>
        public const string Homographs = "homographs";

        /// <summary>One narrow domain of data: "chest X-ray", "pathology", "retinal" (TL0006).</summary>
        public const string NarrowDomains = "narrow-domains";

        /// <summary>Verbs that use or adapt a foundation model: "fine-tune", "apply" (TL0006).</summary>
        public const string AdaptationVerbs = "adaptation-verbs";

        /// <summary>Nouns after an LLM term that name the documented thing as a client of one: "LLM client", "LLM service" (TL0009).</summary>
        public const string ClientHeads = "client-heads";

        /// <summary>Function words of other languages that are no English words: a sentence of them is not English (every rule).</summary>
        public const string OtherLanguages = "other-languages";
    }

    /// <summary>The kinds whose nouns the rules write, by their <c>[kind …]</c> section names.</summary>
    internal static class KindNames
    {
        /// <summary>The umbrella: TL0002 calls a mixed group "foundation models".</summary>
        public const string Foundation = "foundation";

        /// <summary>TL0006 calls a model trained on one narrow domain a "domain model".</summary>
        public const string Domain = "domain";

        /// <summary>TL0008 writes the EU AI Act's term, "general-purpose AI model".</summary>
        public const string GeneralPurposeAi = "general-purpose-ai";
    }
}
