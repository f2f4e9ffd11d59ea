using System.Collections.Generic;

namespace TermLint.Rules
{
    /// <summary>
    /// What a rule found, in prose-text offsets: the span to report, and optionally the words that replace it
    /// and an article before it that must change with it ("an LLM" → "a foundation model").
    /// </summary>
    internal sealed class Finding
    {
        public Finding(string ruleId, int start, int end, string[] messageArgs)
        {
            RuleId = ruleId;
            Start = start;
            End = end;
            MessageArgs = messageArgs;
        }

        public string RuleId { get; }
        public int Start { get; }
        public int End { get; }
        public string[] MessageArgs { get; }

        /// <summary>Text that replaces [Start, End), or null when no fix is safe.</summary>
        public string? Replacement { get; set; }

        public int ArticleStart { get; set; } = -1;
        public int ArticleEnd { get; set; } = -1;
        public string? ArticleReplacement { get; set; }

        /// <summary>The name of the sentence shape that made the claim ("CopulaClass"), for tests and docs; not shown to users.</summary>
        public string? Shape { get; set; }

        /// <summary>
        /// Other ways to rewrite the claim, for a rule with no single fix (TL0004: the writer's intent is unknown). A
        /// lightbulb offers each as its own action; Fix All and <c>dotnet format</c> never apply them. Null when none.
        /// </summary>
        public List<FindingReading>? Readings { get; set; }

        public override string ToString() => RuleId + "@" + Start + ".." + End + (Replacement != null ? " -> " + Replacement : string.Empty);
    }

    /// <summary>One reading of a claim: a title for the lightbulb and the edits, in prose-text offsets, that write it.</summary>
    internal sealed class FindingReading
    {
        public FindingReading(string title, List<FindingEdit> edits)
        {
            Title = title;
            Edits = edits;
        }

        public string Title { get; }
        public List<FindingEdit> Edits { get; }
    }

    /// <summary>Text that replaces prose [Start, End).</summary>
    internal readonly struct FindingEdit
    {
        public FindingEdit(int start, int end, string text)
        {
            Start = start;
            End = end;
            Text = text;
        }

        public int Start { get; }
        public int End { get; }
        public string Text { get; }
    }
}
