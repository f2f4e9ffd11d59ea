using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TermLint.CodeFixes;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.CodeFixes
{
    /// <summary>
    /// The fix replaces only the reported words (and an a/an before them) with the catalog's noun, keeping plural
    /// and case. Every test here also runs Fix All in document, project and solution scope (the test library does
    /// so whenever the provider has a Fix All provider) and requires the same result as fixing one by one.
    /// </summary>
    public class ReplaceTermFixTests
    {
        /// <summary>Sentence before (with markup) and after the fix: articles, plurals, case.</summary>
        public static readonly (string Before, string After)[] Sentences =
        {
            ("Whisper is an {|TL0001:LLM|}.", "Whisper is an audio model."),
            ("AlphaFold is an {|TL0001:LLM|}.", "AlphaFold is a scientific model."),
            ("CLIP is an {|TL0001:LLM|}.", "CLIP is a vision-language model."),
            ("RT-2 is an {|TL0001:LLM|}.", "RT-2 is a robotics model."),
            ("Stable Diffusion is a {|TL0001:language model|}.", "Stable Diffusion is an image model."),
            ("Segment Anything is a {|TL0001:large language model|}.", "Segment Anything is a vision model."),
            ("An {|TL0001:LLM|} such as AlphaFold predicts folds.", "A scientific model such as AlphaFold predicts folds."),
            ("Whisper models are {|TL0001:LLMs|}.", "Whisper models are audio models."),
            ("The Whisper {|TL0001:Large Language Model|} runs here.", "The Whisper audio model runs here."),
            ("{|TL0002:LLMs|} such as Whisper and GPT-5 are loaded at startup.", "Foundation models such as Whisper and GPT-5 are loaded at startup."),
            ("{|TL0002:Large language models|} like CLIP and Mistral Large are cached.", "Foundation models like CLIP and Mistral Large are cached."),
            ("Whisper and Suno are {|TL0002:large language models|}.", "Whisper and Suno are foundation models."),
            ("Fine-tuning a {|TL0003:foundational model|} needs labelled data.", "Fine-tuning a foundation model needs labelled data."),
            ("{|TL0003:Foundational models|} can be adapted to many tasks.", "Foundation models can be adapted to many tasks."),
            ("Compare the {|TL0003:foundational model|}'s answer with the document.", "Compare the foundation model's answer with the document."),
            ("{|TL0002:Large Language Models (LLM)|}, such as GPT-4 and Whisper, are cached.", "Foundation models, such as GPT-4 and Whisper, are cached."),
            ("Whisper, a {|TL0001:large language model (LLM)|}, transcribes the call.", "Whisper, an audio model, transcribes the call."),
            ("Our {|TL0001:LLM|} is Stable Diffusion.", "Our image model is Stable Diffusion."),
            ("The Stable Diffusion {|TL0001:LLMs|} we host are slow.", "The Stable Diffusion image models we host are slow."),
            ("Send the scene to a text-to-image {|TL0001:LLM|}.", "Send the scene to a text-to-image model."),
        };

        private static readonly ProseKind[] FixKinds =
        {
            ProseKind.LineComment, ProseKind.BlockComment, ProseKind.RegularString, ProseKind.VerbatimString,
            ProseKind.RawSingleLineString, ProseKind.RawMultiLineString, ProseKind.InterpolatedString, ProseKind.InterpolatedVerbatimString, ProseKind.InterpolatedRawString, ProseKind.Utf8String,
            ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain,
        };

        public static IEnumerable<object[]> SentenceCases => Sentences.Select(s => new object[] { s.Before, s.After });

        /// <summary>An article change, a sentence-start plural and a TL0003 fix in every kind of prose the fix edits.</summary>
        public static IEnumerable<object[]> KindCases =>
            from kind in FixKinds
            from i in new[] { 1, 9, 13 }
            select new object[] { kind, Sentences[i].Before, Sentences[i].After };

        [Theory]
        [MemberData(nameof(SentenceCases))]
        public Task Replaces_the_term_keeping_article_plural_and_case(string before, string after) =>
            Verify.CodeFixAsync(ProsePlacement.Place(ProseKind.LineComment, before), ProsePlacement.Place(ProseKind.LineComment, after));

        [Theory]
        [MemberData(nameof(KindCases))]
        public Task Fixes_inside_every_kind_of_prose(ProseKind kind, string before, string after) =>
            Verify.CodeFixAsync(ProsePlacement.Place(kind, before), ProsePlacement.Place(kind, after), ProsePlacement.DocModeOf(kind));

        [Fact]
        public Task Keeps_escapes_elsewhere_in_a_regular_string() =>
            Verify.CodeFixAsync(
                "class C { string s = \"Note:\\tAlphaFold is an {|TL0001:LLM|}.\\n\\\"Quoted\\\" \\u0041.\"; }",
                "class C { string s = \"Note:\\tAlphaFold is a scientific model.\\n\\\"Quoted\\\" \\u0041.\"; }");

        [Fact]
        public Task Replaces_a_term_written_with_an_escape_as_a_whole() =>
            Verify.CodeFixAsync(
                "class C { string s = \"Wh\\u0069sper is an {|TL0001:\\u004CLM|}. The LLM cache is warm.\"; }",
                "class C { string s = \"Wh\\u0069sper is an audio model. The LLM cache is warm.\"; }");

        /// <summary>"\x85" followed by "audio model" would read as "\x85a": the fix that would grow the escape is not offered.</summary>
        [Fact]
        public Task Offers_no_fix_that_would_grow_a_short_hex_escape_before_it() =>
            Verify.CodeFixAsync(
                "class C { string s = \"The Whisper\\x85{|TL0001:LLM|} transcribes calls.\"; }",
                "class C { string s = \"The Whisper\\x85{|TL0001:LLM|} transcribes calls.\"; }");

        /// <summary>A four-digit "\x0085" is complete: the fix after it is safe.</summary>
        [Fact]
        public Task Fixes_after_a_complete_hex_escape() =>
            Verify.CodeFixAsync(
                "class C { string s = \"The Whisper\\x0085{|TL0001:LLM|} transcribes calls.\"; }",
                "class C { string s = \"The Whisper\\x0085audio model transcribes calls.\"; }");

        [Fact]
        public Task Replaces_a_term_written_only_with_escapes_in_a_file_without_another_trigger() =>
            Verify.CodeFixAsync(
                "class C { string s = \"AlphaFold is an {|TL0001:\\u004C\\u004CM|}.\"; }",
                "class C { string s = \"AlphaFold is a scientific model.\"; }");

        [Fact]
        public Task Keeps_doubled_quotes_in_a_verbatim_string() =>
            Verify.CodeFixAsync(
                "class C { string s = @\"He said \"\"hi\"\". AlphaFold is an {|TL0001:LLM|}.\"; }",
                "class C { string s = @\"He said \"\"hi\"\". AlphaFold is a scientific model.\"; }");

        [Fact]
        public Task Keeps_the_holes_of_an_interpolated_string() =>
            Verify.CodeFixAsync(
                "class C { string M(int n) => $\"{n} files. AlphaFold is an {|TL0001:LLM|}. {{braces}} stay.\"; }",
                "class C { string M(int n) => $\"{n} files. AlphaFold is a scientific model. {{braces}} stay.\"; }");

        [Fact]
        public Task Fixes_verbatim_and_raw_interpolated_strings() =>
            Verify.CodeFixAsync(
                "class C\n{\n    string M(int n) => $@\"{n} \"\"files\"\". AlphaFold is an {|TL0001:LLM|}.\";\n    string R(int n) => $\"\"\"{n} items. CLIP is an {|TL0001:LLM|}.\"\"\";\n}\n",
                "class C\n{\n    string M(int n) => $@\"{n} \"\"files\"\". AlphaFold is a scientific model.\";\n    string R(int n) => $\"\"\"{n} items. CLIP is a vision-language model.\"\"\";\n}\n",
                iterations: 2,
                fixAllIterations: 1);

        [Theory]
        [InlineData(DocumentationMode.Diagnose)]
        [InlineData(DocumentationMode.None)]
        public Task Fixes_files_with_crlf_line_endings(DocumentationMode mode) =>
            Verify.CodeFixAsync(
                "/// <summary>\r\n/// AlphaFold is an\r\n/// {|TL0001:LLM|}.\r\n/// </summary>\r\nclass C\r\n{\r\n    // We host Whisper, a small\r\n    // {|TL0001:LLM|}, here.\r\n    string s = @\"CLIP is an\r\n{|TL0001:LLM|}.\";\r\n}\r\n",
                "/// <summary>\r\n/// AlphaFold is a\r\n/// scientific model.\r\n/// </summary>\r\nclass C\r\n{\r\n    // We host Whisper, a small\r\n    // audio model, here.\r\n    string s = @\"CLIP is a\r\nvision-language model.\";\r\n}\r\n",
                mode,
                iterations: 3,
                fixAllIterations: 1);

        [Fact]
        public Task Changes_an_article_on_the_previous_comment_line() =>
            Verify.CodeFixAsync(
                "class C\n{\n    // AlphaFold is an\n    // {|TL0001:LLM|} for proteins.\n    void M() { }\n}\n",
                "class C\n{\n    // AlphaFold is a\n    // scientific model for proteins.\n    void M() { }\n}\n");

        [Fact]
        public Task Fixes_a_doc_comment_with_other_elements_untouched() =>
            Verify.CodeFixAsync(
                "/// <summary>\n/// Uses <see cref=\"C\"/>: AlphaFold is an {|TL0001:LLM|}.\n/// </summary>\n/// <remarks>Call <c>M</c> first.</remarks>\npublic class C { }\n",
                "/// <summary>\n/// Uses <see cref=\"C\"/>: AlphaFold is a scientific model.\n/// </summary>\n/// <remarks>Call <c>M</c> first.</remarks>\npublic class C { }\n");

        [Fact]
        public Task Fix_all_applies_every_replacement_in_a_document_one_by_one_or_at_once() =>
            // Three replacements with three equivalence keys: Fix All still applies every diagnostic of the rule in
            // one pass, each with its own replacement (so that dotnet format, which asks for one key, fixes them all).
            Verify.CodeFixAsync(
                "class C\n{\n    // Whisper is an {|TL0001:LLM|}. Suno is an {|TL0001:LLM|}.\n    string a = \"AlphaFold is an {|TL0001:LLM|}.\";\n    string b = \"{|TL0002:LLMs|} such as Whisper and GPT-5 are loaded.\";\n}\n",
                "class C\n{\n    // Whisper is an audio model. Suno is an audio model.\n    string a = \"AlphaFold is a scientific model.\";\n    string b = \"Foundation models such as Whisper and GPT-5 are loaded.\";\n}\n",
                iterations: 4,
                fixAllIterations: 1);

        [Fact]
        public async Task Fix_all_covers_every_document_and_project()
        {
            var test = Verify.NewCodeFixTest();
            test.TestState.Sources.Add("class A\n{\n    // Whisper is an {|TL0001:LLM|}.\n    string s = \"Suno is an {|TL0001:LLM|}.\";\n}\n");
            test.TestState.Sources.Add("class B\n{\n    /* Bark is an {|TL0001:LLM|}. */\n}\n");
            test.TestState.AdditionalProjects["Second"].Sources.Add("class D\n{\n    // MusicGen is an {|TL0001:LLM|}.\n}\n");
            test.FixedState.Sources.Add("class A\n{\n    // Whisper is an audio model.\n    string s = \"Suno is an audio model.\";\n}\n");
            test.FixedState.Sources.Add("class B\n{\n    /* Bark is an audio model. */\n}\n");
            test.FixedState.AdditionalProjects["Second"].Sources.Add("class D\n{\n    // MusicGen is an audio model.\n}\n");
            await test.RunAsync();
        }

        [Fact]
        public Task A_term_broken_across_two_comment_lines_gets_no_fix() =>
            Verify.CodeFixAsync(
                "class C\n{\n    // Whisper is a {|TL0001:large\n    // language model|}.\n    void M() { }\n}\n",
                "class C\n{\n    // Whisper is a {|TL0001:large\n    // language model|}.\n    void M() { }\n}\n");

        [Fact]
        public Task TL0004_gets_no_fix() =>
            Verify.CodeFixAsync(
                "class C\n{\n    // A foundation model is simply an {|TL0004:LLM|}.\n    void M() { }\n}\n",
                "class C\n{\n    // A foundation model is simply an {|TL0004:LLM|}.\n    void M() { }\n}\n");

        [Fact]
        public void Offers_fixes_for_every_rule_with_a_replacement_and_not_for_TL0004() =>
            Assert.Equal(new[] { "TL0001", "TL0002", "TL0003", "TL0005", "TL0006", "TL0007", "TL0008", "TL0009" }, new ReplaceTermCodeFixProvider().FixableDiagnosticIds.OrderBy(id => id));

        [Fact]
        public void Fix_all_reaches_solution_scope() =>
            Assert.Contains(FixAllScope.Solution, new ReplaceTermCodeFixProvider().GetFixAllProvider().GetSupportedFixAllScopes());
    }
}
