using System;
using System.Collections.Generic;
using System.Linq;

namespace Contoso.Search;

/// <summary>
/// A vector index over document chunks. Embeddings come from text-embedding-3-small, which is an embedding model,
/// not a chat model.
/// </summary>
public sealed class EmbeddingIndex
{
    private readonly List<(string Id, float[] Vector)> _items = new();

    /// <summary>
    /// Large Language Models (LLMs), such as GPT-4 and text-embedding-ada-002, produce the vectors stored here.
    /// </summary>
    public void Add(string id, float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        _items.Add((id, vector));
    }

    // Cache for embeddings or LLM responses; both are keyed by the prompt hash.
    public IEnumerable<string> Nearest(float[] query, int k) =>
        _items.OrderByDescending(item => Cosine(item.Vector, query)).Take(k).Select(item => item.Id);

    private static float Cosine(float[] a, float[] b)
    {
        float dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / (MathF.Sqrt(na) * MathF.Sqrt(nb) + 1e-9f);
    }

    public const string Help = "Use an embedding model for retrieval and an LLM for the answer.";
    public const string Misleading = "The CLIP LLM embeds both images and text.";
}
