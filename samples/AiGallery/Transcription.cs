namespace AiGallery;

/// <summary>
/// Turns meeting recordings into text with the Whisper LLM, then asks a chat model for a summary.
/// </summary>
public sealed class Transcription
{
    // Model IDs are identifiers, not prose: TermLint leaves them alone.
    public const string SpeechModelId = "whisper-1";
    public const string ChatModelId = "gpt-5";

    // Don't whisper secrets to the LLM; the vault holds them.
    // Trim the audio clip to 30 seconds before the LLM summarizes its transcript.
    public string Describe() => "Whisper is not an LLM; it is an audio model that feeds the LLM.";

    public string Status(int seconds) => $"Transcribed {seconds} s of audio with Whisper, an LLM from OpenAI.";
}
