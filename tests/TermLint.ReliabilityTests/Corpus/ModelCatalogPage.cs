namespace Contoso.Docs;

/// <summary>Text shown on the model picker page.</summary>
public static class ModelCatalogPage
{
    public const string Intro = """
        Foundation models are large models pre-trained on broad data. LLMs such as GPT-5, Whisper and AlphaFold
        are all available in this workspace.
        """;

    public const string Correct = """
        Every LLM is a foundation model, but not every foundation model is an LLM: Whisper is an audio model and
        AlphaFold is a scientific model.
        """;

    public const string Utf8Banner = "Pick a foundation model for your task."u8.Length > 0 ? "ok" : "empty";

    public static readonly byte[] Footer = "Whisper is an LLM that transcribes speech."u8.ToArray();

    // TODO: the foundational model list below is out of date.
    public static readonly string[] Families = { "GPT", "Claude", "Gemini", "Llama" };
}
