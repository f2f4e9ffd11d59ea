using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TermLint.ReliabilityTests.Harness;
using Xunit;

namespace TermLint.ReliabilityTests
{
    /// <summary>
    /// TermLint over the repository's own sources and over a committed corpus of realistic AI-app code: it never
    /// fails, and it reports exactly the committed expected list. Set TERMLINT_UPDATE_EXPECTED=1 to rewrite the
    /// list after a deliberate change, then review its diff.
    /// </summary>
    public sealed class SelfScanTests
    {
        private static string ExpectedPath => Path.Combine(Repository.CorpusDirectory, "expected.txt");

        [Fact]
        public void Scanning_the_repository_sources_and_the_corpus_reports_exactly_the_expected_diagnostics()
        {
            var files = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .Concat(Directory.GetFiles(Repository.CorpusDirectory, "*.cs"))
                .Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            Assert.True(files.Count >= 10 + 20, "expected the src tree and the corpus; found " + files.Count + " files");

            var lines = new List<string>();
            foreach (var mode in new[] { DocumentationMode.Diagnose, DocumentationMode.None })
            {
                var trees = files.Select(f => Analysis.Parse(File.ReadAllText(Path.Combine(Repository.Root, f)), mode, f)).ToList();
                var result = Analysis.Run(trees, concurrent: true).AssertNoFailure();
                lines.AddRange(result.Diagnostics
                    .Select(d => (d.Location.GetLineSpan(), d))
                    .OrderBy(x => x.Item1.Path, StringComparer.Ordinal).ThenBy(x => x.Item1.StartLinePosition.Line).ThenBy(x => x.Item1.StartLinePosition.Character).ThenBy(x => x.d.Id, StringComparer.Ordinal)
                    .Select(x => Line(mode, x.Item1, x.d)));
            }

            string actual = string.Join("\n", lines) + "\n";
            if (Environment.GetEnvironmentVariable("TERMLINT_UPDATE_EXPECTED") == "1")
            {
                File.WriteAllText(ExpectedPath, actual);
            }

            string expected = File.Exists(ExpectedPath) ? File.ReadAllText(ExpectedPath).Replace("\r\n", "\n") : "";
            Assert.True(expected == actual, "the self-scan differs from " + ExpectedPath + ":\n" + Diff(expected, actual));
        }

        private static string Line(DocumentationMode mode, FileLinePositionSpan span, Diagnostic d)
        {
            string replacement = d.Properties.TryGetValue(TermLint.Analyzers.DiagnosticProperties.Replacement, out var r) && r != null ? " => " + r : "";
            return (mode == DocumentationMode.Diagnose ? "docs " : "nodocs ") + span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + replacement;
        }

        private static string Diff(string expected, string actual)
        {
            var e = new HashSet<string>(expected.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var a = new HashSet<string>(actual.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            return string.Join("\n", e.Except(a).Select(l => "- " + l).Concat(a.Except(e).Select(l => "+ " + l)));
        }
    }
}
