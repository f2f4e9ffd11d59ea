using System.Collections.Generic;
using System.Linq;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Rules;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>The engine as the analyzer runs it: the built-in catalog and the default rules, no Roslyn.</summary>
    internal static class ProseEngine
    {
        public static ProseChecker Checker { get; } = new ProseChecker(BuiltInCatalog.Compiled);

        public static List<Finding> Check(string text) => Checker.Check(text);

        /// <summary>The text as a doc comment whose parts and subjects <paramref name="doc"/> gives (TL0009); null: plain prose.</summary>
        public static List<Finding> Check(string text, DocContext? doc)
        {
            var findings = new List<Finding>();
            Checker.Check(text, 0, text.Length, findings, doc);
            return findings;
        }

        /// <summary>Findings as "TL0001:LLM" (rule and the reported text), in order, for readable assertions.</summary>
        public static string[] Describe(string text) =>
            Check(text).Select(f => f.RuleId + ":" + text.Substring(f.Start, f.End - f.Start)).ToArray();

        /// <summary>Turns the tests' "\n" escape (as in the TSV files) into a real line break.</summary>
        public static string Unescape(string sentence) => sentence.Replace("\\n", "\n");
    }
}
