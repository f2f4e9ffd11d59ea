namespace ConfiguredApp;

public sealed class Transcription
{
    // Calls are transcribed by EchoVoice, our in-house LLM.
    public string Model => "EchoVoice";

    // termlint.scan_strings = false: this literal is a prompt, not prose TermLint reads.
    public const string Prompt = "You are Whisper, an LLM that transcribes calls.";

    // Calls go through the Contoso Whisper LLM, our gateway product (a name on the accept list).
    public string Gateway => "gateway";

    // termlint-disable-next-line TL0001 -- quoted from the vendor's 2023 launch post
    // Whisper is an LLM for speech.
    // AlphaFold is an LLM that folds proteins.
    public void Run() { }
}
