namespace TermLint.Corpus;

/// <summary>
/// The sentence pools the generator draws from. Neutral prose holds no trigger word; correct AI prose holds
/// trigger words and models but states nothing wrong; conflated prose is what the rules exist to flag.
/// `check-pools` proves each pool does what its name says, so the corpus shares stay meaningful.
/// </summary>
internal static class Prose
{
    public static readonly string[] Neutral =
    {
        "Returns the number of items currently held in the cache.",
        "Gets or sets the timeout applied to each outgoing request.",
        "The caller owns the returned stream and must dispose it.",
        "Throws when the configuration section is missing or empty.",
        "This method is thread-safe; concurrent callers share one connection pool.",
        "Retries transient failures with exponential back-off, up to five attempts.",
        "Keys are compared ordinally, so \"Key\" and \"key\" are distinct entries.",
        "The buffer grows geometrically; see the remarks for the exact policy.",
        "Null values are skipped rather than written as empty strings.",
        "Validates the arguments before any state is changed.",
        "Disposing the client twice is harmless.",
        "The result is cached for the lifetime of the process.",
        "A negative count means the server did not report a total.",
        "Times are reported in UTC, never in local time.",
        "Use the overload that takes a cancellation token in new code.",
        "The list is sorted by priority, then by insertion order.",
        "This type is not meant to be constructed directly; use the factory.",
        "Each page holds at most one hundred records.",
        "If the file does not exist, an empty document is returned.",
        "The identifier must be unique within its tenant.",
        "Callers should prefer the asynchronous variant on hot paths.",
        "The encoder writes UTF-8 without a byte order mark.",
        "Headers are merged; later values replace earlier ones.",
        "Returns true when the operation completed synchronously.",
    };

    public static readonly string[] AiCorrect =
    {
        "Sends the prompt to the LLM and returns the first completion.",
        "GPT-5 is a large language model.",
        "Whisper is a speech recognition model that transcribes the uploaded audio.",
        "Stable Diffusion is an image generation model.",
        "The LLM summarizes the document before it is indexed.",
        "Every LLM is a foundation model, but not every foundation model is an LLM.",
        "CLIP is a vision-language embedding model.",
        "The embedding model maps each chunk of text to a vector.",
        "Large language models such as GPT-4o and Claude answer the support questions.",
        "AlphaFold predicts protein structures; it is not a language model.",
        "Foundation models such as Whisper, CLIP and GPT-5 are adapted to downstream tasks.",
        "The chat completion service streams tokens from the LLM as they arrive.",
        "Configure the LLM endpoint and deployment name in the options.",
        "Llama 3.1 is an LLM that runs on a single GPU node.",
        "The prompt template is rendered before the LLM call.",
        "ESM-2 is a protein language model trained on sequences.",
        "Token usage reported by the LLM is recorded in the telemetry.",
        "DALL-E 3 is an image model that draws the cover art.",
    };

    public static readonly string[] AiConflated =
    {
        "Whisper is an LLM that transcribes the uploaded audio.",
        "Stable Diffusion, an LLM, renders the product thumbnails.",
        "LLMs such as GPT-5 and Stable Diffusion generate the marketing assets.",
        "Fine-tuning a foundational model needs labelled data.",
        "The CLIP LLM ranks the candidate images.",
        "AlphaFold is a large language model for protein structures.",
        "Foundation models, also known as LLMs, are trained on broad data.",
        "Whisper, CLIP and other LLMs are loaded at startup.",
        "The Midjourney LLM paints the concept art.",
        "Segment Anything is a large language model for image segmentation.",
    };

    public static readonly string[] Words =
    {
        "order", "invoice", "customer", "session", "token", "record", "batch", "queue", "tenant", "report",
        "chunk", "index", "vector", "prompt", "message", "channel", "schema", "policy", "window", "handler",
    };

    public static readonly string[] Areas =
    {
        "Billing", "Search", "Identity", "Storage", "Messaging", "Reporting", "Ingestion", "Scheduling", "Ai", "Agents",
    };
}
