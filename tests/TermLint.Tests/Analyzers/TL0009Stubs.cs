namespace TermLint.Tests.Analyzers
{
    /// <summary>
    /// Source stand-ins for the catalog's client types, declared under their real metadata names, so a test
    /// compilation resolves them as a project that references the packages does (the real packages are used by the
    /// end-to-end consumer, tests/e2e/ai-packages).
    /// </summary>
    internal static class TL0009Stubs
    {
        public const string Path = "/Stubs.cs";

        public const string Source = @"namespace Microsoft.Extensions.AI
{
    public interface IEmbeddingGenerator { }
    public interface IEmbeddingGenerator<TInput, TEmbedding> : IEmbeddingGenerator { }
    public interface IChatClient { }
    public interface ISpeechToTextClient { }
    public interface IImageGenerator { }
}

namespace OpenAI.Images
{
    public class ImageClient
    {
        public virtual string Generate(string prompt, string model) => prompt + model;
    }
}

namespace OpenAI.Audio
{
    public class AudioClient { }
}

namespace OpenAI.Embeddings
{
    public class EmbeddingClient { }
}

namespace OpenAI.Videos
{
    public class VideoClient { }
}

namespace OpenAI.Chat
{
    public class ChatClient { }
}
";
    }
}
