using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TermLint.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TermLint.Tests.Rules
{
    /// <summary>
    /// The labelled dev sample (Data/dev-sentences.tsv: expected rule or '-', then the sentence; "\n" is a line
    /// break) through the engine. Precision must be 1.0: a '-' row raises nothing, a flagged row raises no other
    /// rule. Recall is reported row by row and must stay at or above its floor.
    /// </summary>
    public class DevSentencesTests
    {
        private static readonly HashSet<string> ImplementedRules = new HashSet<string> { "TL0001", "TL0002", "TL0003", "TL0004", "TL0006" };

        /// <summary>Every v0.1 row is flagged today; a new hard row may lower recall a little, not a lot.</summary>
        private const double RecallFloor = 0.95;

        private readonly ITestOutputHelper _output;

        public DevSentencesTests(ITestOutputHelper output) => _output = output;

        private static List<(int Line, string Expected, string Sentence)> Rows()
        {
            var rows = new List<(int, string, string)>();
            string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "dev-sentences.tsv"));
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                string[] cells = lines[i].Split('\t');
                Assert.True(cells.Length == 2, "dev-sentences.tsv line " + (i + 1) + " needs two tab-separated cells");
                rows.Add((i + 1, cells[0], ProseEngine.Unescape(cells[1])));
            }

            return rows;
        }

        [Fact]
        public void Sample_has_rows_of_every_rule_and_many_correct_sentences()
        {
            var rows = Rows();
            foreach (string rule in ImplementedRules)
            {
                Assert.Contains(rows, r => r.Expected == rule);
            }

            Assert.True(rows.Count(r => r.Expected == "-") >= 50);
        }

        [Fact]
        public void Correct_sentences_raise_nothing_and_flagged_ones_no_other_rule()
        {
            var wrong = new List<string>();
            foreach (var (line, expected, sentence) in Rows())
            {
                // A flagged row may raise only its own rule.
                var allowed = ImplementedRules.Contains(expected) ? expected : null;
                foreach (var finding in ProseEngine.Check(sentence))
                {
                    if (finding.RuleId != allowed)
                    {
                        wrong.Add("line " + line + " (" + expected + "): " + finding.RuleId + " on '" + sentence.Substring(finding.Start, finding.End - finding.Start) + "' in: " + sentence);
                    }
                }
            }

            Assert.True(wrong.Count == 0, "False positives (precision must be 1.0):" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
        }

        [Fact]
        public void Flagged_sentences_raise_their_rule()
        {
            var flagged = Rows().Where(r => ImplementedRules.Contains(r.Expected)).ToList();
            var misses = flagged.Where(r => !ProseEngine.Check(r.Sentence).Any(f => f.RuleId == r.Expected)).ToList();
            foreach (var (line, expected, sentence) in misses)
            {
                _output.WriteLine("miss: line " + line + " " + expected + ": " + sentence);
            }

            double recall = 1.0 - (double)misses.Count / flagged.Count;
            _output.WriteLine("recall " + recall.ToString("0.000") + " (" + (flagged.Count - misses.Count) + "/" + flagged.Count + ")");
            Assert.True(
                recall >= RecallFloor,
                "Recall " + recall.ToString("0.000") + " is below " + RecallFloor + "; misses:" + Environment.NewLine
                + string.Join(Environment.NewLine, misses.Select(m => "line " + m.Line + " " + m.Expected + ": " + m.Sentence)));
        }
    }
}
