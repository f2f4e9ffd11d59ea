namespace Consumer;

/// <summary>
/// Explains the terms the settings page uses. A foundation model is trained on broad data
/// and adapted to many tasks.
/// </summary>
public static class ModelGlossary
{
    public const string FoundationModel =
        "A foundation model is trained on broad data and adapted to many downstream tasks.";

    public const string Llm =
        "Every LLM is a foundation model, but not every foundation model is an LLM.";

    // Fine-tuning a foundation model needs labelled data from your own domain.
    public const string FineTuning = "Fine-tune the foundation model on your own data.";

    // Foundation models (LLMs) are the core of this app.
    public const string Overview = "Pick one of the foundation models below.";

    /// <summary>Help text for the model picker.</summary>
    public static string Picker() =>
        "All foundation models are LLMs. Any of them can answer chat questions.";

    // A foundational principle of this library is that no user data leaves the tenant.
    public const string Privacy = "Your data stays in your tenant.";

    // Copyright (c) .NET Foundation and Contributors. All rights reserved.
    public const string Notice = "Third-party notices are in NOTICE.txt.";
}
