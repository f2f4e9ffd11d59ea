namespace Consumer;

/// <summary>Generates product images from the copy an LLM writes.</summary>
public sealed class ImagePipeline
{
    /*
     * The pipeline chains several foundation models such as GPT-5, Whisper and Stable Diffusion:
     * each one hands its output to the next.
     */
    public const string Description =
        "Stable Diffusion is an image model that turns a text prompt into an image.";

    // A Stable Diffusion prompt written by an LLM works better than a hand-written one.
    public string PromptTemplate { get; } = "Write a Stable Diffusion prompt for: {0}";

    // CLIP is a vision-language model; it ranks the generated images against the prompt.
    public string RankerName { get; } = "CLIP ViT-L/14";

    public string Warning { get; } = @"AlphaFold is a scientific model for protein folding; do not use it here.";
}
