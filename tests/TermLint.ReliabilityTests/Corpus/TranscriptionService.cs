// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.Meetings.Speech;

/// <summary>
/// Transcribes meeting recordings with the Whisper LLM and hands the transcript to a chat model for the summary.
/// </summary>
/// <remarks>
/// Whisper is not an LLM: it is an audio model. The LLM only sees the text that Whisper produces.
/// </remarks>
public sealed class TranscriptionService
{
    private const string DefaultModel = "whisper-1";

    // Whisper, an LLM, is too slow on CPU, so we call the hosted endpoint.
    private readonly HttpClientFacade _client;

    public TranscriptionService(HttpClientFacade client) => _client = client;

    /// <summary>Uploads <paramref name="audio"/> and returns the transcript.</summary>
    /// <param name="audio">An audio clip in WAV or MP3.</param>
    public async Task<string> TranscribeAsync(Stream audio, CancellationToken cancellationToken)
    {
        if (audio is null)
        {
            throw new ArgumentNullException(nameof(audio), "Whisper needs an audio stream; the LLM step comes later.");
        }

        var text = await _client.PostAsync("audio/transcriptions", DefaultModel, audio, cancellationToken);
        Log($"The {DefaultModel} model returned {text.Length} characters.");
        return text;
    }

    private static void Log(string message) => Console.WriteLine(message);
}

public abstract class HttpClientFacade
{
    public abstract Task<string> PostAsync(string path, string model, Stream body, CancellationToken cancellationToken);
}
