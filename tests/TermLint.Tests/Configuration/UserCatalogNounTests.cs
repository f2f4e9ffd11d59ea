using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Configuration
{
    /// <summary>
    /// Every rule takes its noun and its description of a kind from the catalog: a user catalog that renames a kind
    /// changes that rule's message and its fix alike, through the analyzer and the code fix.
    /// </summary>
    public class UserCatalogNounTests
    {
        private const string Nouns =
            "[kind multimodal]\nnoun = vision-language assistant\n\n" +
            "[kind domain]\nnoun = specialist model\n\n" +
            "[kind foundation]\nnoun = base model\n\n" +
            "[kind audio]\nnoun = speech model\n";

        [Fact]
        public Task Renamed_kinds_change_the_messages() =>
            new ConfiguredRun()
                .Source("""
                    class C
                    {
                        // Send the screenshot to the Gemini {|#0:LLM|}.
                        // Our {|#1:foundation model|} is trained only on chest X-rays.
                        // {|#2:LLMs|} such as GPT-5 and Whisper answer the calls.
                        // Whisper is {|#4:an|} {|#3:LLM|}.
                        void M() { }
                    }
                    """)
                .AdditionalFile("/repo/nouns.termlint", Nouns)
                .GlobalConfig("dotnet_diagnostic.TL0005.severity = warning")
                .Expect(
                    ConfiguredRun.Diagnostic("TL0005").WithLocation(0).WithArguments("Gemini", "LLM", "vision-language assistant", "a vision-language assistant"),
                    ConfiguredRun.Diagnostic("TL0006").WithLocation(1).WithArguments("foundation model", "specialist model", "a specialist model"),
                    ConfiguredRun.Diagnostic("TL0002").WithLocation(2).WithArguments("LLMs", "Whisper (a speech model)", "base models"),
                    ConfiguredRun.Diagnostic("TL0001").WithLocation(3).WithLocation(4).WithArguments("Whisper", "a speech model", "speech model", "LLM"))
                .RunAsync();

        [Fact]
        public Task Renamed_kinds_change_the_fixes()
        {
            var test = Verify.NewCodeFixTest(DocumentationMode.Diagnose);
            test.TestState.AdditionalFiles.Add(("/0/nouns.termlint", Nouns));
            test.FixedState.AdditionalFiles.Add(("/0/nouns.termlint", Nouns));
            test.TestState.AnalyzerConfigFiles.Add(Verify.RaisedConfig("TL0005"));
            test.FixedState.AnalyzerConfigFiles.Add(Verify.RaisedConfig("TL0005"));
            test.TestCode = "// Send the screenshot to the Gemini {|TL0005:LLM|}.\n// Our {|TL0006:foundation model|} is trained only on chest X-rays.\n// {|TL0002:LLMs|} such as GPT-5 and Whisper answer the calls.\nclass C { }\n";
            test.FixedCode = "// Send the screenshot to the Gemini vision-language assistant.\n// Our specialist model is trained only on chest X-rays.\n// Base models such as GPT-5 and Whisper answer the calls.\nclass C { }\n";
            return test.RunAsync();
        }
    }
}
