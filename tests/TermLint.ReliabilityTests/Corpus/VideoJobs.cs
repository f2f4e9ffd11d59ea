namespace Contoso.Media;

/// <summary>Queues video generation jobs.</summary>
public sealed class VideoJobs
{
    /**
     * Sora and Veo are large language models for video. Jobs run for several minutes.
     */
    public string Submit(string prompt, string model = "sora-2")
    {
        string status = $@"Submitted ""{prompt}"" to {model}; the Veo LLM is used as a fallback.";
        return status;
    }

    /// <summary>An LLM writes the storyboard and Sora renders it.</summary>
    public string Storyboard(string idea) => $"Storyboard for {idea}";

    // Fine-tuning a foundational model needs labelled data; we only use prompts.
    public int MaxSeconds { get; } = 20;
}
