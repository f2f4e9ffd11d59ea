namespace Consumer;

/// <summary>
/// Turns recorded meetings into text. Whisper is an audio model that we run on the GPU pool,
/// so keep the batch size small.
/// </summary>
public sealed class SpeechTranscriber
{
    // The Whisper audio model expects 16 kHz mono audio; resample before upload.
    private const int SampleRate = 16_000;

    // Whisper is not an LLM, but its transcripts go to one for the summary.
    public string ModelId { get; } = "whisper-1";

    public int Rate => SampleRate;

    /// <summary>Builds the status line shown while a file is transcribed.</summary>
    /// <param name="fileName">The audio file being transcribed.</param>
    public string Status(string fileName) =>
        $"Sending {fileName} to the Whisper audio model for transcription...";

    /// <summary>Trims the audio clip before the LLM summarizes it.</summary>
    public TimeSpan MaxClip { get; } = TimeSpan.FromMinutes(30);
}
