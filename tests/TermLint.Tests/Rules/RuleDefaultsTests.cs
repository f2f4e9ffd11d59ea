using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>What a user gets without configuring anything: suggestions stay suggestions, TL0008 stays off until opted in.</summary>
    public class RuleDefaultsTests
    {
        [Theory]
        [InlineData("TL0005", "Send the screenshot to the Gemini LLM.")]
        [InlineData("TL0007", "Pick the LLM model in the settings.")]
        public async Task A_suggestion_is_a_suggestion_until_raised(string ruleId, string sentence)
        {
            var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(ProsePlacement.Place(ProseKind.LineComment, sentence)));
            Assert.Equal(ruleId, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        }

        /// <summary>The starred TL0008 flag cases, without markup: the test library turns every rule on, so the default is checked on a plain compilation.</summary>
        public static IEnumerable<object[]> EuAiActCases =>
            from kind in ProsePlacement.AllKinds
            from c in RuleCases.For("TL0008").Where(c => c.MustFlag && c.Everywhere)
            select new object[] { kind, Markup.Parse(c.Markup).Text };

        [Theory]
        [MemberData(nameof(EuAiActCases))]
        public async Task TL0008_reports_nothing_without_the_opt_in(ProseKind kind, string sentence)
        {
            string source = ProsePlacement.Place(kind, sentence);
            var byDefault = await AnalyzerRun.DiagnosticsAsync(source, ProsePlacement.DocModeOf(kind));
            Assert.DoesNotContain(byDefault, d => d.Id == "TL0008");

            var optedIn = await AnalyzerRun.DiagnosticsAsync(source, ProsePlacement.DocModeOf(kind), ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("TL0008", ReportDiagnostic.Warn));
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(optedIn, d => d.Id == "TL0008").Severity);
        }
    }
}
