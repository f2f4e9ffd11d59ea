using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Embeddings;
using OpenAI.Audio;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Images;

namespace AiPackages;

/// <summary>The LLM behind the product search.</summary>
public interface IProductEmbedder : IEmbeddingGenerator<string, Embedding<float>> { }

/// <summary>Vectors for the passages the LLM quotes.</summary>
public interface IPassageEmbedder : IEmbeddingGenerator<string, Embedding<float>> { }

/// <summary>LLM client for the meeting recorder.</summary>
public interface IMeetingRecorder : ISpeechToTextClient { }

/// <summary>The LLM behind the help desk.</summary>
public interface IHelpDesk : IChatClient { }

/// <summary>The LLM behind the local runtime.</summary>
public interface ILocalRuntime : IChatClient, IEmbeddingGenerator<string, Embedding<float>> { }

public static class CoverArt
{
    /// <summary>Draws the cover of a book.</summary>
    /// <param name="client">The client.</param>
    /// <param name="prompt">What to draw.</param>
    /// <param name="model">The LLM model</param>
    public static string Draw(this ImageClient client, string prompt, string model) => prompt + model;
}

public sealed class Studio
{
    /// <summary>Gets the LLM used for the thumbnails.</summary>
    public ImageClient? Thumbnails { get; init; }

    /// <summary>The LLM that transcribes the calls.</summary>
    public AudioClient? Calls;

    /// <summary>Reads aloud what the LLM answered.</summary>
    public AudioClient? Voice { get; init; }

    /// <summary>The LLM that answers the tickets.</summary>
    public ChatClient? Tickets { get; init; }

    /// <summary>Returns the LLM that indexes the manuals.</summary>
    public EmbeddingClient? Manuals() => null;

    /// <summary>Cheaper than the LLM for similarity.</summary>
    public EmbeddingClient? Similarity() => null;
}

/// <summary>LLM service for the memory store.</summary>
public interface IMemoryEmbeddings : ITextEmbeddingGenerationService { }

/// <summary>The LLM that plans the kernel's steps.</summary>
public interface IPlanner : IChatCompletionService { }

public sealed class Dictation
{
    /// <summary>Transcribes a dictation.</summary>
    /// <param name="processor">The LLM that transcribes the dictation.</param>
    public void Run(Whisper.net.WhisperProcessor processor) { }

    /// <summary>The LLM that embeds the local notes.</summary>
    public LLama.LLamaEmbedder? Notes;

    /// <summary>The LLM that ranks the help articles.</summary>
    public Azure.AI.Inference.EmbeddingsClient? Ranker { get; init; }
}
