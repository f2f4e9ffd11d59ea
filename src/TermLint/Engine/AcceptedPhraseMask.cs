using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Engine
{
    /// <summary>
    /// Hides accepted phrases (product names such as "Whisper LLM Gateway") from the rules: each occurrence becomes
    /// one opaque placeholder padded with spaces, so offsets do not move and neither the model nor the term inside
    /// the name is read. Matching is case-insensitive and whole-word, and any run of whitespace in the phrase matches
    /// any run in the text (a name may wrap across comment lines).
    /// </summary>
    internal static class AcceptedPhraseMask
    {
        /// <summary>
        /// Runs the checker on text[0..], and only when it finds something and phrases are accepted, runs it again on
        /// the text with those phrases masked: prose without a finding pays nothing for the accept list.
        /// </summary>
        public static void Check(ProseChecker checker, string text, IReadOnlyList<string> accepted, List<Rules.Finding> findings, System.Threading.CancellationToken cancellationToken) =>
            Check(checker, text, accepted, findings, null, cancellationToken);

        /// <summary>The same, for a doc comment whose parts and subjects <paramref name="doc"/> knows (TL0009).</summary>
        public static void Check(ProseChecker checker, string text, IReadOnlyList<string> accepted, List<Rules.Finding> findings, Rules.DocContext? doc, System.Threading.CancellationToken cancellationToken)
        {
            int before = findings.Count;
            checker.Check(text, 0, text.Length, findings, doc, cancellationToken);
            if (findings.Count == before || accepted.Count == 0)
            {
                return;
            }

            string? masked = Apply(text, accepted);
            if (masked != null)
            {
                findings.RemoveRange(before, findings.Count - before);
                checker.Check(masked, 0, masked.Length, findings, doc, cancellationToken);
            }
        }

        /// <summary>The text with every accepted phrase masked, or null when none occurs.</summary>
        public static string? Apply(string text, IReadOnlyList<string> phrases)
        {
            char[]? masked = null;
            foreach (string phrase in phrases)
            {
                for (int start = 0; start < text.Length; start++)
                {
                    if (!IsWordStart(text, start) || char.ToUpperInvariant(text[start]) != char.ToUpperInvariant(phrase[0]))
                    {
                        continue;
                    }

                    int end = MatchAt(text, start, phrase);
                    if (end < 0)
                    {
                        continue;
                    }

                    masked ??= text.ToCharArray();
                    masked[start] = Tokenizer.Placeholder;
                    for (int i = start + 1; i < end; i++)
                    {
                        // Line breaks stay, so sentence and paragraph boundaries do not move.
                        if (masked[i] != '\n')
                        {
                            masked[i] = ' ';
                        }
                    }

                    start = end - 1;
                }
            }

            return masked == null ? null : new string(masked);
        }

        /// <summary>The end of the phrase when it occurs at <paramref name="start"/> as whole words, else -1.</summary>
        private static int MatchAt(string text, int start, string phrase)
        {
            int t = start;
            int p = 0;
            while (p < phrase.Length)
            {
                if (char.IsWhiteSpace(phrase[p]))
                {
                    while (p < phrase.Length && char.IsWhiteSpace(phrase[p]))
                    {
                        p++;
                    }

                    if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                    {
                        return -1;
                    }

                    while (t < text.Length && char.IsWhiteSpace(text[t]))
                    {
                        t++;
                    }

                    continue;
                }

                if (t >= text.Length || char.ToUpperInvariant(text[t]) != char.ToUpperInvariant(phrase[p]))
                {
                    return -1;
                }

                t++;
                p++;
            }

            return t < text.Length && char.IsLetterOrDigit(text[t]) && char.IsLetterOrDigit(phrase[phrase.Length - 1]) ? -1 : t;
        }

        private static bool IsWordStart(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i]);
    }
}
