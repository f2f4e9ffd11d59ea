using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TermLint.Analyzers;
using TermLint.CodeFixes;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>
    /// The one place that builds analyzer and code-fix tests, so every test uses the reference assemblies that
    /// restore offline (net8.0) and can run with doc comments parsed (the test library's default, like a build with
    /// GenerateDocumentationFile) or as plain comments (a plain <c>dotnet build</c>).
    /// </summary>
    internal static class Verify
    {
        /// <summary>Runs the analyzer on <paramref name="markup"/> and checks that exactly the marked spans are reported.</summary>
        public static Task AnalyzerAsync(string markup, DocumentationMode docMode = DocumentationMode.Diagnose)
        {
            var test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier> { TestCode = markup };
            Configure(test, docMode);
            return test.RunAsync();
        }

        /// <summary>
        /// Runs the analyzer with <paramref name="ruleIds"/> raised to warning in the project's .globalconfig, as a
        /// user raises a suggestion (TL0005, TL0007) to see it in builds or opts in to a disabled rule (TL0008). The
        /// test library itself reports every rule, even one disabled by default: to test a default, use AnalyzerRun.
        /// </summary>
        public static Task RaisedAnalyzerAsync(string markup, DocumentationMode docMode, params string[] ruleIds)
        {
            var test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier> { TestCode = markup };
            Configure(test, docMode);
            test.TestState.AnalyzerConfigFiles.Add(RaisedConfig(ruleIds));
            return test.RunAsync();
        }

        /// <summary>A .globalconfig that raises each rule to warning.</summary>
        public static (string Path, string Text) RaisedConfig(params string[] ruleIds)
        {
            var text = new System.Text.StringBuilder("is_global = true\n");
            foreach (string id in ruleIds)
            {
                text.Append("dotnet_diagnostic.").Append(id).Append(".severity = warning\n");
            }

            return ("/.globalconfig", text.ToString());
        }

        /// <summary>Runs the analyzer on several files at once (markup in each).</summary>
        public static Task AnalyzerAsync(IEnumerable<string> sources, DocumentationMode docMode = DocumentationMode.Diagnose)
        {
            var test = new CSharpAnalyzerTest<TermLintAnalyzer, DefaultVerifier>();
            foreach (string source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            Configure(test, docMode);
            return test.RunAsync();
        }

        /// <summary>
        /// Checks the diagnostics of <paramref name="markup"/>, applies the fix one diagnostic at a time and through
        /// Fix All (document, project and solution: the test library runs all three unless told otherwise), and
        /// compares with <paramref name="fixedMarkup"/>. When both are equal, it checks that no fix changes anything.
        /// </summary>
        public static Task CodeFixAsync(string markup, string fixedMarkup, DocumentationMode docMode = DocumentationMode.Diagnose, int? iterations = null, int? fixAllIterations = null, string[]? raisedRules = null)
        {
            var test = NewCodeFixTest(docMode);
            if (raisedRules != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(RaisedConfig(raisedRules));
            }

            test.TestCode = markup;
            test.FixedCode = fixedMarkup;
            if (iterations != null)
            {
                test.NumberOfIncrementalIterations = iterations;
            }

            if (fixAllIterations != null)
            {
                test.NumberOfFixAllIterations = fixAllIterations;
            }

            return test.RunAsync();
        }

        public static CSharpCodeFixTest<TermLintAnalyzer, ReplaceTermCodeFixProvider, DefaultVerifier> NewCodeFixTest(DocumentationMode docMode = DocumentationMode.Diagnose)
        {
            var test = new CSharpCodeFixTest<TermLintAnalyzer, ReplaceTermCodeFixProvider, DefaultVerifier>();
            Configure(test, docMode);
            return test;
        }

        internal static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, DocumentationMode docMode)
            where TVerifier : IVerifier, new()
        {
            test.ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(LanguageVersion.CSharp12).WithDocumentationMode(docMode));
            });
        }
    }
}
