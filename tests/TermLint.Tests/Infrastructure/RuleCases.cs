using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>One sentence of a rule's case file: flagged (with markup) or silent, its shape, and what else to check.</summary>
    public sealed record RuleCase(string RuleId, string Section, bool MustFlag, string Markup, bool Everywhere, string? Message, int Line)
    {
        /// <summary>A flag case's section is the name of the shape that must report it.</summary>
        public string? Shape => MustFlag ? Section : null;

        /// <summary>
        /// For a rule that reads doc comments with the code's types (TL0009): the kind of the documented thing and the
        /// doc part the sentence opens (<c>subject = image param</c>); null for every other rule.
        /// </summary>
        public string? SubjectKind { get; init; }

        internal TermLint.Rules.DocPartKind SubjectPart { get; init; }

        /// <summary>The doc comment the sentence is checked as, or null.</summary>
        internal TermLint.Rules.DocContext? Doc => SubjectKind == null
            ? null
            : TermLint.Rules.DocContext.Single(SubjectPart, new TermLint.Rules.DocSubject("Documented", "is", TermLint.Catalog.BuiltInCatalog.Compiled.Kind(SubjectKind) ?? throw new FormatException("no kind " + SubjectKind)));

        public override string ToString() => RuleId + ":" + Line + " " + (SubjectKind != null ? "[" + SubjectKind + " " + SubjectPart + "] " : string.Empty) + Markup;
    }

    /// <summary>
    /// Reads the per-rule case files in <c>Rules/Cases/TLxxxx.cases</c>:
    /// <code>
    /// [shape CopulaClass]                 flag cases below must be reported by this shape
    /// flag = Whisper is an {|TL0001:LLM|}.
    /// message = 'Whisper' is an audio foundation model, not an LLM: …   (the message of the flag above)
    /// flag* = …                           '*': also through the analyzer, in every source kind and doc mode
    /// [pass negation and questions]       a group of sentences that must raise nothing
    /// pass = Whisper is not an LLM.
    /// </code>
    /// A '\n' in a sentence is a line break; '#' starts a comment line. <c>subject = embedding</c> (or
    /// <c>subject = image param</c>) makes the cases below it doc-comment text of something of that kind, read as
    /// the opening of that part (summary by default), until the next <c>subject</c> line (TL0009).
    /// </summary>
    public static class RuleCases
    {
        public static string Directory => Path.Combine(AppContext.BaseDirectory, "Rules", "Cases");

        public static IReadOnlyList<string> RuleIds { get; } = System.IO.Directory.GetFiles(Directory, "*.cases").Select(Path.GetFileNameWithoutExtension).OrderBy(id => id, StringComparer.Ordinal).ToList()!;

        private static readonly Dictionary<string, List<RuleCase>> Cache = new(StringComparer.Ordinal);

        public static IReadOnlyList<RuleCase> For(string ruleId)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(ruleId, out var cases))
                {
                    Cache[ruleId] = cases = Parse(ruleId, File.ReadAllLines(Path.Combine(Directory, ruleId + ".cases")));
                }

                return cases;
            }
        }

        public static IEnumerable<RuleCase> All => RuleIds.SelectMany(For);

        private static List<RuleCase> Parse(string ruleId, string[] lines)
        {
            var cases = new List<RuleCase>();
            string? section = null;
            bool shapeSection = false;
            string? subject = null;
            var part = TermLint.Rules.DocPartKind.Summary;
            for (int n = 0; n < lines.Length; n++)
            {
                string line = lines[n].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                if (line.StartsWith('['))
                {
                    if (!line.EndsWith(']'))
                    {
                        throw new FormatException(ruleId + ".cases(" + (n + 1) + "): section header without ']'");
                    }

                    string header = line.Substring(1, line.Length - 2).Trim();
                    shapeSection = header.StartsWith("shape ", StringComparison.Ordinal);
                    if (!shapeSection && !header.StartsWith("pass ", StringComparison.Ordinal))
                    {
                        throw new FormatException(ruleId + ".cases(" + (n + 1) + "): a section is [shape Name] or [pass what it shows]");
                    }

                    section = header.Substring(header.IndexOf(' ') + 1).Trim();
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals < 0 || section == null)
                {
                    throw new FormatException(ruleId + ".cases(" + (n + 1) + "): expected 'flag = …', 'pass = …' or 'message = …' inside a section");
                }

                string key = line.Substring(0, equals).Trim();
                string value = line.Substring(equals + 1).Trim().Replace("\\n", "\n");
                bool everywhere = key.EndsWith('*');
                key = key.TrimEnd('*');
                switch (key)
                {
                    case "subject":
                        string[] words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        subject = words[0] == "none" ? null : words[0];
                        part = words.Length > 1 ? Enum.Parse<TermLint.Rules.DocPartKind>(words[1], ignoreCase: true) : TermLint.Rules.DocPartKind.Summary;
                        break;
                    case "flag" when shapeSection:
                        cases.Add(new RuleCase(ruleId, section, true, value, everywhere, null, n + 1) { SubjectKind = subject, SubjectPart = part });
                        break;
                    case "pass":
                        cases.Add(new RuleCase(ruleId, section, false, value, everywhere, null, n + 1) { SubjectKind = subject, SubjectPart = part });
                        break;
                    case "message" when cases.Count > 0 && cases[^1].MustFlag && cases[^1].Message == null:
                        cases[^1] = cases[^1] with { Message = value };
                        break;
                    default:
                        throw new FormatException(ruleId + ".cases(" + (n + 1) + "): '" + key + "' is not allowed here (flag only in [shape …] sections; message right after a flag)");
                }
            }

            return cases;
        }
    }
}
