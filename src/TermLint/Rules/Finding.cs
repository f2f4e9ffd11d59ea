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

        public override string ToString() => RuleId + "@" + Start + ".." + End + (Replacement != null ? " -> " + Replacement : string.Empty);
    }
}
