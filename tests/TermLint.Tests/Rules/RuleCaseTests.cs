using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Rules;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Rules
{
    /// <summary>
    /// Every rule's case file (<c>Rules/Cases/TLxxxx.cases</c>) through one harness: a flag sentence raises exactly
    /// its marked spans, through the shape its section names, with the message given; a pass sentence raises
    /// nothing; starred sentences also go through the analyzer in every source kind and doc mode.
    /// </summary>
    public class RuleCaseTests
    {
        public static IEnumerable<object[]> Flags => RuleCases.All.Where(c => c.MustFlag).Select(c => new object[] { c.RuleId, c.Line });

        public static IEnumerable<object[]> Passes => RuleCases.All.Where(c => !c.MustFlag).Select(c => new object[] { c.RuleId, c.Line });

        public static IEnumerable<object[]> Everywhere =>
            from c in RuleCases.All.Where(c => c.Everywhere)
            from kind in c.SubjectKind == null ? ProsePlacement.AllKinds : ProsePlacement.DocKinds
            select new object[] { c.RuleId, c.Line, kind };

        public static IEnumerable<object[]> Rules => RuleCases.RuleIds.Select(id => new object[] { id });

        [Theory]
        [MemberData(nameof(Flags))]
        public void A_flag_case_is_reported_by_its_shape_with_its_message(string ruleId, int line)
        {
            var c = Case(ruleId, line);
            Markup.AssertEngineFindings(c.Markup, c.Doc);
            var (text, _) = Markup.Parse(ProseEngine.Unescape(c.Markup));
            var findings = ProseEngine.Check(text, c.Doc).Where(f => f.RuleId == ruleId).ToList();
            Assert.True(findings.Count > 0, c + ": the rule reports nothing");
            Assert.All(findings, f => Assert.True(f.Shape == c.Shape, c + ": reported by shape " + f.Shape + ", the case file says " + c.Shape));
            if (c.Message != null)
            {
                Assert.Equal(c.Message, string.Format(CultureInfo.InvariantCulture, KnownRules.Get(ruleId).MessageFormat, findings[0].MessageArgs));
            }
        }

        [Theory]
        [MemberData(nameof(Passes))]
        public void A_pass_case_raises_nothing(string ruleId, int line)
        {
            var c = Case(ruleId, line);
            Markup.AssertEngineSilent(c.Markup, c.Doc);
        }

        [Theory]
        [MemberData(nameof(Everywhere))]
        public Task A_starred_case_reports_the_same_span_in_every_source_kind(string ruleId, int line, ProseKind kind)
        {
            var c = Case(ruleId, line);
            if (c.SubjectKind != null)
            {
                // A doc comment of a class tied to a stand-in of a catalog type of that kind, in both doc modes.
                return Verify.AnalyzerAsync(ProsePlacement.PlaceOnSubject(c.SubjectKind, c.Markup), ProsePlacement.DocModeOf(kind));
            }

            string source = ProsePlacement.Place(kind, c.Markup);
            var rule = KnownRules.Get(ruleId);
            return rule.DefaultSeverity == RuleSeverity.Warning && rule.EnabledByDefault
                ? Verify.AnalyzerAsync(source, ProsePlacement.DocModeOf(kind))
                : Verify.RaisedAnalyzerAsync(source, ProsePlacement.DocModeOf(kind), ruleId);
        }

        [Theory]
        [MemberData(nameof(Rules))]
        public void Every_shape_of_a_rule_has_cases_and_a_message(string ruleId)
        {
            var cases = RuleCases.For(ruleId);
            Assert.Contains(cases, c => c.MustFlag);
            Assert.Contains(cases, c => !c.MustFlag);
            Assert.Contains(cases, c => c.Everywhere && c.MustFlag);
            Assert.Contains(cases, c => c.Everywhere && !c.MustFlag);
            foreach (var shape in cases.Where(c => c.MustFlag).GroupBy(c => c.Shape))
            {
                Assert.True(shape.Any(c => c.Message != null), ruleId + ": shape " + shape.Key + " has no case with a message");
            }

            foreach (string shape in DefaultRules.ShapesOf(ruleId))
            {
                Assert.True(cases.Any(c => c.Shape == shape), ruleId + ": shape " + shape + " has no flag case");
            }
        }

        [Fact]
        public void Every_rule_that_reads_prose_has_a_case_file()
        {
            var missing = KnownRules.All.Where(r => KnownRules.IsProseRule(r.Id) && !RuleCases.RuleIds.Contains(r.Id)).Select(r => r.Id).ToList();
            Assert.True(missing.Count == 0, "No case file for " + string.Join(", ", missing));
        }

        private static RuleCase Case(string ruleId, int line) => RuleCases.For(ruleId).Single(c => c.Line == line);
    }
}
