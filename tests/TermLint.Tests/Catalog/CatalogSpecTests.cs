using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Catalog;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Catalog
{
    /// <summary>
    /// The catalog's specs as tests (as prh's specs): every 'flag' sentence of every built-in entry raises its rule
    /// (or any rule when it names none), every 'pass' sentence raises nothing.
    /// </summary>
    public class CatalogSpecTests
    {
        private static IEnumerable<(CatalogEntry Entry, CatalogSpec Spec)> AllSpecs =>
            BuiltInCatalog.Files
                .SelectMany(f => f.Kinds.Cast<CatalogEntry>().Concat(f.Models).Concat(f.Terms).Concat(f.Words))
                .SelectMany(e => e.Specs.Select(s => (e, s)));

        private static string Describe(CatalogEntry entry, CatalogSpec spec, IEnumerable<string> raised) =>
            "[" + entry.Name + "] " + spec.Location.File + ":" + spec.Location.Line + " "
            + (spec.MustFlag ? "flag" + (spec.RuleId != null ? " " + spec.RuleId : string.Empty) : "pass")
            + ": \"" + spec.Sentence.Replace("\n", "\\n") + "\" raised " + (raised.Any() ? string.Join(", ", raised) : "nothing");

        private static bool Holds(CatalogSpec spec, IReadOnlyCollection<string> raised) =>
            spec.MustFlag ? (spec.RuleId == null ? raised.Count > 0 : raised.Contains(spec.RuleId)) : raised.Count == 0;

        [Fact]
        public void Every_built_in_spec_holds_through_the_engine()
        {
            var specs = AllSpecs.ToList();
            Assert.True(specs.Count >= 300, "only " + specs.Count + " specs were found; is the catalog loaded?");
            Assert.Contains(specs, s => s.Spec.MustFlag);
            Assert.Contains(specs, s => !s.Spec.MustFlag);

            var failures = new List<string>();
            foreach (var (entry, spec) in specs)
            {
                var raised = ProseEngine.Check(spec.Sentence).Select(f => f.RuleId).ToList();
                if (!Holds(spec, raised))
                {
                    failures.Add(Describe(entry, spec, raised));
                }
            }

            Assert.True(failures.Count == 0, failures.Count + " of " + specs.Count + " specs fail:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public async Task A_sample_of_specs_holds_through_the_analyzer_in_a_line_comment()
        {
            // Every fifth spec, spread over all files: a // comment block (a two-line spec wraps over two // lines).
            var sample = AllSpecs.Where((_, i) => i % 5 == 0).ToList();
            Assert.True(sample.Count >= 60);
            var failures = new List<string>();
            foreach (var (entry, spec) in sample)
            {
                string source = "class C\n{\n    // " + spec.Sentence.Replace("\n", "\n    // ") + "\n    void M() { }\n}\n";
                var raised = (await AnalyzerRun.DiagnosticsAsync(source)).Select(d => d.Id).ToList();
                if (!Holds(spec, raised))
                {
                    failures.Add(Describe(entry, spec, raised));
                }
            }

            Assert.True(failures.Count == 0, failures.Count + " of " + sample.Count + " sampled specs fail in a // comment:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        }

        [Fact]
        public void A_failing_spec_is_detected()
        {
            // The runner's own check: a user entry whose specs are wrong both ways fails both ways.
            var file = CatalogParser.Parse("user.termlint", "[model Whisper]\nflag = TL0001: Whisper is not an LLM.\npass = Whisper is an LLM.\n");
            var specs = file.Models[0].Specs;
            Assert.False(Holds(specs[0], ProseEngine.Check(specs[0].Sentence).Select(f => f.RuleId).ToList()));
            Assert.False(Holds(specs[1], ProseEngine.Check(specs[1].Sentence).Select(f => f.RuleId).ToList()));
        }
    }
}
