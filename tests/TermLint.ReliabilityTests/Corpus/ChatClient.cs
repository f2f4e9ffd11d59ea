using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace Contoso.Chat
{
    /// <summary>
    /// A thin client for chat completions. Works with any LLM that speaks the chat protocol, for example GPT-4o,
    /// Claude or Llama 3.
    /// </summary>
    public sealed class ChatClient : IDisposable
    {
        private readonly HttpClient _http = new HttpClient();

        /// <summary>The LLM's reply to <paramref name="prompt"/>.</summary>
        public async Task<string> CompleteAsync(string prompt)
        {
            // Foundation models (LLMs) are billed per token, so trim the prompt first.
            var body = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"" + prompt + "\"}]}";
            using var content = new StringContent(body);
            var response = await _http.PostAsync("https://api.example.com/v1/chat/completions", content);
            return await response.Content.ReadAsStringAsync();
        }

        public static readonly IReadOnlyDictionary<string, string> Telemetry = new Dictionary<string, string>
        {
            ["llm.model"] = "gpt-4o",
            ["llm.vendor"] = "OpenAI",
        };

        /// <summary>Whether the model is an LLM (GPT-4o is both an LLM and a multimodal model).</summary>
        public bool IsLanguageModel(string name) => !name.StartsWith("whisper", StringComparison.OrdinalIgnoreCase);

        public void Dispose() => _http.Dispose();
    }
}
