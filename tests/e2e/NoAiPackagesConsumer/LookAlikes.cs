namespace NoAiPackages;

/// <summary>A class named like a client of an image API, in this project's own namespace.</summary>
public class ImageClient { }

/// <summary>The LLM behind the product search.</summary>
public interface IProductEmbedder { }

/// <summary>Returns the LLM that creates the avatars.</summary>
public sealed class Avatars : ImageClient
{
    /// <summary>Draws the cover of a book.</summary>
    /// <param name="model">The LLM model</param>
    public string Draw(string model) => model;

    /// <summary>The Whisper LLM transcribes the calls.</summary>
    public void Transcribe() { }
}
