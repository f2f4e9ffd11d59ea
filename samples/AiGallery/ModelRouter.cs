namespace AiGallery;

/// <summary>Routes each request to the right foundation model.</summary>
public sealed class ModelRouter
{
    // The router supports LLMs like DALL-E 3, Stable Diffusion and Claude Opus 4.1,
    // so every request goes through one rate limiter.
    public IReadOnlyList<string> Supported { get; } = new[] { "gpt-5", "claude-opus-4-1", "dall-e-3" };

    // LLMs (GPT-5, Llama 3.1 405B) and image models (DALL-E 3) are configured separately.
    public string Route(string task) => task switch
    {
        "image" => "dall-e-3",
        _ => "gpt-5",
    };

    /// <summary>
    /// Foundation models, also known as LLMs, are loaded once per process.
    /// Every LLM is a foundation model, so the same limits apply to all of them.
    /// </summary>
    public int MaxConcurrentRequests => 4;
}
