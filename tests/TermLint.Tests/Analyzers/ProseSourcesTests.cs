using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Analyzers
{
    /// <summary>Where the analyzer finds prose in C#, and where one piece of prose ends — in both doc parse modes.</summary>
    public class ProseSourcesTests
    {
        [Theory]
        [InlineData(DocumentationMode.Diagnose)]
        [InlineData(DocumentationMode.None)]
        public Task Reads_every_doc_element_and_wraps_sentences_over_doc_lines(DocumentationMode mode) =>
            Verify.AnalyzerAsync(
                "/// <summary>\n" +
                "/// Loads Whisper, a small\n" +
                "/// {|TL0001:LLM|}, at startup.\n" +
                "/// </summary>\n" +
                "/// <remarks>AlphaFold is an {|TL0001:LLM|}.</remarks>\n" +
                "public class C\n" +
                "{\n" +
                "    /// <param name=\"x\">CLIP is an {|TL0001:LLM|}.</param>\n" +
                "    /// <returns>The {|TL0003:foundational model|}.</returns>\n" +
                "    public int M(int x) => x;\n" +
                "}\n",
                mode);

        [Theory]
        [InlineData(DocumentationMode.Diagnose)]
        [InlineData(DocumentationMode.None)]
        public Task Never_reads_code_elements_or_references_as_prose(DocumentationMode mode) =>
            Verify.AnalyzerAsync(
                "/// <summary>\n" +
                "/// <c>Whisper</c> is an LLM. <see cref=\"Whisper\"/> is an LLM.\n" +
                "/// <code>\n" +
                "/// // Whisper is an LLM.\n" +
                "/// </code>\n" +
                "/// </summary>\n" +
                "public class Whisper { }\n",
                mode);

        [Theory]
        [InlineData(DocumentationMode.Diagnose)]
        [InlineData(DocumentationMode.None)]
        public Task Block_elements_end_a_sentence(DocumentationMode mode) =>
            Verify.AnalyzerAsync(
                "/// <summary>Whisper</summary>\n" +
                "/// <remarks>is an LLM.</remarks>\n" +
                "public class C { }\n",
                mode);

        [Theory]
        [InlineData(DocumentationMode.Diagnose)]
        [InlineData(DocumentationMode.None)]
        public Task Decodes_entities_in_docs_and_reports_in_source(DocumentationMode mode) =>
            Verify.AnalyzerAsync(
                "/// <summary>R&amp;D note: DALL&#x2D;E is an {|TL0001:LLM|}.</summary>\n" +
                "public class C { }\n",
                mode);

        [Fact]
        public Task Reads_multi_line_doc_comments() =>
            Verify.AnalyzerAsync(
                "/**\n" +
                " * <summary>AlphaFold is an\n" +
                " * {|TL0001:LLM|}.</summary>\n" +
                " */\n" +
                "public class C { }\n");

        [Fact]
        public Task A_blank_line_separates_two_comment_blocks() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    // We load Whisper, the\n" +
                "\n" +
                "    // LLM, at startup.\n" +
                "    void M() { }\n" +
                "}\n");

        [Fact]
        public Task Code_between_comments_separates_them() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    int x; // AlphaFold is an\n" +
                "    int y; // LLM for proteins.\n" +
                "}\n");

        [Fact]
        public Task Four_slashes_make_an_ordinary_comment() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    //// AlphaFold is an {|TL0001:LLM|}.\n" +
                "    void M() { }\n" +
                "}\n");

        /// <summary>A literal without a space is a key or an ID; a two-word label is prose ("the Whisper LLM").</summary>
        [Fact]
        public Task Each_string_literal_is_its_own_prose() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    string a = \"Whisper is \" + \"an LLM for sure.\";\n" +
                "    string b = \"whisper-1\";\n" +
                "    string c = \"llm.model\";\n" +
                "    string d = \"whisper-large-v3\";\n" +
                "    string e = \"Whisper {|TL0001:LLM|}\";\n" +
                "}\n");

        [Fact]
        public Task An_interpolation_hole_is_not_a_model() =>
            Verify.AnalyzerAsync(
                "class C\n" +
                "{\n" +
                "    string M(string model) => $\"{model} is an LLM. Whisper is an {|TL0001:LLM|} {model}.\";\n" +
                "}\n");

        [Fact]
        public Task Reports_each_finding_at_its_own_place_in_a_long_file() =>
            Verify.AnalyzerAsync(new[]
            {
                "// Licensed to the .NET Foundation under one or more agreements.\n" +
                "namespace N\n" +
                "{\n" +
                "    /// <summary>Calls the Whisper {|TL0001:LLM|} and GPT-5.</summary>\n" +
                "    public class Speech\n" +
                "    {\n" +
                "        private const string Prompt = \"{|TL0002:LLMs|} such as Whisper and GPT-5 answer here.\";\n" +
                "\n" +
                "        /* Is CLIP an LLM? No. */\n" +
                "        public string Run() => @\"A {|TL0003:foundational model|}\"\" reply\"\" is cached.\";\n" +
                "    }\n" +
                "}\n",
                "class Other\n" +
                "{\n" +
                "    // A foundation model is simply an {|TL0004:LLM|}.\n" +
                "}\n",
            });
    }
}
