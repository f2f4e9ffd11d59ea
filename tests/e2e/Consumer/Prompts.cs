namespace Consumer;

/// <summary>Prompt templates for the assistant.</summary>
/// <remarks>
/// The summarizer hands the transcript from the Whisper LLM to GPT-5, which writes the minutes.
/// </remarks>
public static class Prompts
{
    public const string System = """
        You are the assistant of a media company. Supported LLMs such as GPT-5, Whisper and AlphaFold
        are listed on the settings page.
        """;

    public const string About =
        "Foundational models like GPT-5 power the chat feature and the AI search.";

    /// <summary>Shown when the user asks which model to pick.</summary>
    public const string Choice =
        "Use an LLM such as GPT-5 for chat, and an image model such as Stable Diffusion for pictures.";

    // Our old docs got this wrong; the correct sentence is below.
    public const string Correction = "Whisper is a speech recognition model from OpenAI.";
}
