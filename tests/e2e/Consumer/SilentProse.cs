namespace Consumer;

/// <summary>
/// Correct prose that TermLint must leave alone. GPT-5 is a large language model;
/// Gemini is a multimodal LLM from Google.
/// </summary>
public static class SilentProse
{
    // Is CLIP an LLM? No: CLIP is a vision-language model.
    public const string Question = "Is CLIP an LLM?";

    // Don't whisper the password to the LLM.
    public const string Secret = "Never paste secrets into a prompt.";

    // All LLMs are foundation models.
    public const string Relation = "Popular LLMs: GPT-5, Gemini 2.0 Pro and Claude Opus 4.1.";

    // Coding LLMs such as Code Llama complete functions.
    public const string Coding = "Code Llama is an LLM.";

    // The LLM plans the task and OpenVLA moves the gripper.
    public const string Robot = "ESM-2 is a protein language model trained on sequences.";

    // Settings key: llm.model holds the deployment name; see https://example.com/llm/whisper-llm for details.
    public const string SettingsKey = "llm.model";
}
