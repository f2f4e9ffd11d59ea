using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>An expected finding in engine terms: rule and prose offsets.</summary>
    public readonly record struct ExpectedFinding(string RuleId, int Start, int End)
    {
        public override string ToString() => RuleId + "@" + Start + ".." + End;
    }

    /// <summary>
    /// Reads the same <c>{|TL0001:LLM|}</c> markup that the Roslyn test library reads, so one sentence serves both
    /// the engine tests (offsets in the plain text) and the analyzer tests (spans in source).
    /// </summary>
    public static class Markup
    {
        public static (string Text, List<ExpectedFinding> Expected) Parse(string markup)
        {
            var text = new StringBuilder();
            var expected = new List<ExpectedFinding>();
            var open = new Stack<(string Rule, int Start)>();
            for (int i = 0; i < markup.Length; i++)
            {
                if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
                {
                    int colon = markup.IndexOf(':', i + 2);
                    open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                    i = colon;
                    continue;
                }

                if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}')
                {
                    var (rule, start) = open.Pop();
                    expected.Add(new ExpectedFinding(rule, start, text.Length));
                    i++;
                    continue;
                }

                text.Append(markup[i]);
            }

            return (text.ToString(), expected);
        }

        /// <summary>Asserts that the engine reports exactly the marked spans, with their rules, and nothing else.</summary>
        public static void AssertEngineFindings(string markup) => AssertEngineFindings(markup, null);

        /// <summary>The same, with the sentence read as doc-comment text of <paramref name="doc"/> (TL0009's cases).</summary>
        internal static void AssertEngineFindings(string markup, TermLint.Rules.DocContext? doc)
        {
            var (text, expected) = Parse(ProseEngine.Unescape(markup));
            var actual = ProseEngine.Check(text, doc).Select(f => new ExpectedFinding(f.RuleId, f.Start, f.End)).ToList();
            Assert.True(
                expected.OrderBy(e => e.Start).SequenceEqual(actual.OrderBy(e => e.Start)),
                "Sentence: " + text + Environment.NewLine
                + "expected: " + Describe(text, expected) + Environment.NewLine
                + "actual:   " + Describe(text, actual));
        }

        /// <summary>Asserts that the engine raises nothing for a sentence (any rule).</summary>
        public static void AssertEngineSilent(string sentence) => AssertEngineSilent(sentence, null);

        /// <summary>The same, with the sentence read as doc-comment text of <paramref name="doc"/> (TL0009's cases).</summary>
        internal static void AssertEngineSilent(string sentence, TermLint.Rules.DocContext? doc)
        {
            string text = ProseEngine.Unescape(sentence);
            var actual = ProseEngine.Check(text, doc).Select(f => new ExpectedFinding(f.RuleId, f.Start, f.End)).ToList();
            Assert.True(actual.Count == 0, "Sentence: " + text + Environment.NewLine + "expected nothing, got: " + Describe(text, actual));
        }

        private static string Describe(string text, List<ExpectedFinding> findings) =>
            findings.Count == 0 ? "(nothing)" : string.Join(", ", findings.Select(f => f.RuleId + " '" + text.Substring(f.Start, f.End - f.Start) + "' at " + f.Start));
    }
}
