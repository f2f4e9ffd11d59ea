namespace Contoso.Docs;

/// <summary>Glossary entries shown in the help pane.</summary>
public static class Glossary
{
    /// <summary>LLM: a large language model, that is, a language foundation model.</summary>
    public const string Llm = "LLM (large language model): a foundation model for text.";

    /// <summary>Foundation model: a large model pre-trained on broad data, also known as an LLM.</summary>
    public const string FoundationModel = "Foundation model: a model trained on broad data and adapted to many tasks.";

    // All foundation models are LLMs. (Wrong: only the language ones are.)
    public const string Relation = "All LLMs are foundation models. Not all foundation models are LLMs.";

    public const string Unicode = "Whisper \u0069s an LLM — and CLIP\u00A0is a vision-language model.";

    public const string Escaped = "A \"foundational model\" is not the AI term.";
}
