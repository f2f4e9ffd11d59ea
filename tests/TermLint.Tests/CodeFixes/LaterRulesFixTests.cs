using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.CodeFixes
{
    /// <summary>
    /// The fixes of TL0005–TL0008: each replacement in a line comment, a string literal and a doc comment, one
    /// diagnostic at a time and through Fix All (document, project, solution), and Fix All over a file that holds
    /// the rule in all three at once. The suggestions and the opt-in rule are raised in a .globalconfig, as a user
    /// who runs <c>dotnet format</c> on them would.
    /// </summary>
    public class LaterRulesFixTests
    {
        /// <summary>Rule, sentence before (with markup) and after the fix.</summary>
        public static readonly (string Rule, string Before, string After)[] Sentences =
        {
            ("TL0005", "GPT-4o is an {|TL0005:LLM|} that reads the chart.", "GPT-4o is a multimodal model that reads the chart."),
            ("TL0005", "{|TL0005:LLMs|} such as GPT-4o read images.", "Multimodal models such as GPT-4o read images."),
            ("TL0005", "Send the screenshot to the Gemini {|TL0005:LLM|}.", "Send the screenshot to the Gemini multimodal model."),
            ("TL0005", "GPT-4o is a {|TL0005:Large Language Model|} that hears the recording.", "GPT-4o is a multimodal model that hears the recording."),
            ("TL0006", "Our {|TL0006:foundation model|} trained only on chest X-rays flags pneumonia.", "Our domain model trained only on chest X-rays flags pneumonia."),
            ("TL0006", "{|TL0006:Foundation models|} trained only on ECG signals miss other conditions.", "Domain models trained only on ECG signals miss other conditions."),
            ("TL0006", "The {|TL0006:Foundation Model|} trained only on X-rays reads the scans.", "The domain model trained only on X-rays reads the scans."),
            ("TL0007", "Many {|TL0007:LLM's|} hallucinate.", "Many LLMs hallucinate."),
            ("TL0007", "Our {|TL0007:LLMS|} are hosted in two regions.", "Our LLMs are hosted in two regions."),
            ("TL0007", "Use a {|TL0007:LLM model|} for the summary.", "Use an LLM for the summary."),
            ("TL0007", "We compare three {|TL0007:LLM models|} on the benchmark.", "We compare three LLMs on the benchmark."),
            ("TL0007", "We call a {|TL0007:language learning model|} for the summary.", "We call a large language model for the summary."),
            ("TL0007", "We call a {|TL0007:Language Learning Model|} for the summary.", "We call a large language model for the summary."),
            ("TL0007", "We call a {|TL0007:Large Language Model|} for the summary.", "We call a large language model for the summary."),
            ("TL0007", "The team fine-tuned a {|TL0007:Foundation Model|} on our tickets.", "The team fine-tuned a foundation model on our tickets."),
            ("TL0008", "Under the EU AI Act, {|TL0008:foundation models|} must publish a training summary.", "Under the EU AI Act, general-purpose AI models must publish a training summary."),
            ("TL0008", "Per the Artificial Intelligence Act, an {|TL0008:LLM|} provider must keep technical documentation.", "Per the Artificial Intelligence Act, a general-purpose AI model provider must keep technical documentation."),
            ("TL0008", "{|TL0008:Foundation models|} with systemic risk have extra duties under the AI Act.", "General-purpose AI models with systemic risk have extra duties under the AI Act."),
            ("TL0008", "Regulation (EU) 2024/1689 covers the {|TL0008:foundation model|} we ship.", "Regulation (EU) 2024/1689 covers the general-purpose AI model we ship."),
            ("TL0008", "Under the AI Act, a {|TL0008:Large Language Model|} needs documentation.", "Under the AI Act, a general-purpose AI model needs documentation."),
        };

        private static readonly ProseKind[] FixKinds = { ProseKind.LineComment, ProseKind.RegularString, ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain };

        public static IEnumerable<object[]> KindCases =>
            from kind in FixKinds
            from s in Sentences
            select new object[] { kind, s.Rule, s.Before, s.After };

        public static IEnumerable<object[]> RuleCases => Sentences.Select(s => s.Rule).Distinct().Select(rule => new object[] { rule });

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Replaces_the_term_in_a_comment_a_string_and_a_doc_comment(ProseKind kind, string rule, string before, string after) =>
            Verify.CodeFixAsync(ProsePlacement.Place(kind, before), ProsePlacement.Place(kind, after), ProsePlacement.DocModeOf(kind), raisedRules: new[] { rule });

        /// <summary>
        /// Every sentence of one rule in one file, spread over a doc comment, line comments and string literals: Fix
        /// All applies each diagnostic's own replacement in one pass, the same as fixing them one by one.
        /// </summary>
        [Theory]
        [MemberData(nameof(RuleCases))]
        public Task Fix_all_fixes_every_diagnostic_of_the_rule_in_one_pass(string rule)
        {
            var cases = Sentences.Where(s => s.Rule == rule).ToList();
            return Verify.CodeFixAsync(
                FileWith(cases.Select(c => c.Before).ToList()),
                FileWith(cases.Select(c => c.After).ToList()),
                iterations: cases.Count * 2 + 1,
                fixAllIterations: 1,
                raisedRules: new[] { rule });
        }

        /// <summary>The first sentence in the class's doc comment, then each sentence as a line comment and as a string.</summary>
        private static string FileWith(List<string> sentences)
        {
            var members = sentences.Select((s, i) => "    // " + s + "\n    string s" + i + " = \"" + s + "\";");
            return "/// <summary>\n/// " + sentences[0] + "\n/// </summary>\npublic class C\n{\n" + string.Join("\n", members) + "\n}\n";
        }
    }
}
