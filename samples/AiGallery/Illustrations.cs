namespace AiGallery;

public static class Illustrations
{
    /* The cover image comes from a foundational model that we call through the image API;
       a small LLM rewrites the prompt before Stable Diffusion draws the picture. */
    public const string CoverPrompt = """
        Write a short prompt for the image model.
        AlphaFold 2 is an LLM for proteins, so it is not used here.
        """;

    // Copyright (c) .NET Foundation and Contributors. Is CLIP an LLM? No: it scores image-caption pairs.
    public static string Caption(string subject) => @"A caption written by GPT-5, a large language model.";
}
