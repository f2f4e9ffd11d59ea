using System;
using System.Collections.Generic;

namespace Contoso.Studio.Images
{
    /// <summary>Options for image generation with Stable Diffusion or DALL-E 3.</summary>
    public sealed class ImageGenerationOptions
    {
        /// <summary>The prompt; an LLM may rewrite it first for higher quality images.</summary>
        public string Prompt { get; set; } = "";

        /// <summary>The model deployment, for example "dall-e-3".</summary>
        public string Model { get; set; } = "dall-e-3";

        public int Width { get; set; } = 1024;
        public int Height { get; set; } = 1024;
    }

    /// <summary>
    /// Generates images. Stable Diffusion is a large language model that turns text into pictures.
    /// </summary>
    public sealed class ImageGenerator
    {
        private static readonly Dictionary<string, string> Descriptions = new()
        {
            ["sdxl"] = "Stable Diffusion XL, an LLM for images",
            ["dall-e-3"] = "DALL-E 3 renders the scene described by the LLM.",
            ["flux"] = @"FLUX.1 is a text-to-image model.",
        };

        /* Generate a Stable Diffusion prompt using an LLM, then render it. */
        public string Describe(string key) =>
            Descriptions.TryGetValue(key, out var description) ? description : throw new KeyNotFoundException($"No image model named '{key}'.");

        public string Caption(string modelName, int count) =>
            $"Rendered {count} images with {modelName}; the Midjourney LLM was not used.";
    }
}
