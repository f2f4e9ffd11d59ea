using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TermLint.Options;
using Xunit;
using static TermLint.Tests.Configuration.ConfiguredRun;

namespace TermLint.Tests.Configuration
{
    /// <summary>
    /// TL9003: a `termlint.*` key TermLint does not know, or a value it cannot use, is reported once per compilation
    /// (without a location), wherever it is set; a correct configuration and the keys of other tools never are.
    /// </summary>
    public class OptionCheckTests
    {
        private const string Source = "// Whisper is an {|TL0001:LLM|}.\nclass C { }\n";

        private static IReadOnlyList<string> Check(params (string Key, string? Value)[] options) =>
            OptionValidation.Check(options.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)));

        [Theory]
        [InlineData("termlint.scan_string", "termlint.scan_strings")]
        [InlineData("termlint.scan_coments", "termlint.scan_comments")]
        [InlineData("termlint.min_string_lenght", "termlint.min_string_length")]
        [InlineData("termlint.scan_doc_comment", "termlint.scan_doc_comments")]
        [InlineData("termlint.inline_directive", "termlint.inline_directives")]
        [InlineData("termlint.accepts", "termlint.accept")]
        [InlineData("termlint.scanmarkdown", "termlint.scan_markdown")]
        public void A_misspelt_key_is_reported_with_the_nearest_known_key(string key, string nearest)
        {
            string problem = Assert.Single(Check((key, "false")));

            Assert.Equal("'" + key + "' is not a TermLint option and is ignored; did you mean '" + nearest + "'?", problem);
        }

        [Fact]
        public void A_key_near_no_known_key_is_reported_with_the_list_of_options()
        {
            string problem = Assert.Single(Check(("termlint.bogus", "42")));

            Assert.StartsWith("'termlint.bogus' is not a TermLint option and is ignored; the options are termlint.scan_comments, ", problem);
            Assert.All(OptionKeys.All, key => Assert.Contains(key.Name, problem));
        }

        [Theory]
        [InlineData("termlint.scan_comments", "maybe", "'maybe' is not a valid value for 'termlint.scan_comments'; use true or false (until then the default, true, applies)")]
        [InlineData("termlint.scan_strings", "", "'termlint.scan_strings' has no value; use true or false (until then the default, true, applies)")]
        [InlineData("termlint.min_string_length", "-4", "'-4' is not a valid value for 'termlint.min_string_length'; use a whole number, 0 or more (until then the default, 0, applies)")]
        [InlineData("termlint.min_string_length", "ten", "'ten' is not a valid value for 'termlint.min_string_length'; use a whole number, 0 or more (until then the default, 0, applies)")]
        public void An_invalid_value_is_reported_with_the_values_the_key_takes(string key, string value, string message) =>
            Assert.Equal(message, Assert.Single(Check((key, value))));

        [Fact]
        public void An_accepted_phrase_too_long_to_be_a_name_is_reported()
        {
            string problem = Assert.Single(Check(("termlint.accept", "Contoso Whisper LLM | " + new string('x', 201))));

            Assert.Contains("is not a valid value for 'termlint.accept'; use phrases separated by '|', each at most 200 characters (the longer phrases are ignored)", problem);
        }

        [Theory]
        [InlineData("termlint.scan_comments", "true")]
        [InlineData("termlint.scan_comments", "False")]
        [InlineData("termlint.scan_doc_comments", "no")]
        [InlineData("termlint.scan_strings", "off")]
        [InlineData("termlint.scan_markdown", "1")]
        [InlineData("termlint.inline_directives", "yes")]
        [InlineData("termlint.min_string_length", "30")]
        [InlineData("termlint.min_string_length", " 0 ")]
        [InlineData("termlint.accept", "Contoso Whisper LLM | Acme LLM Studio")]
        [InlineData("termlint.accept", "")]
        [InlineData("TermLint.Scan_Strings", "false")]
        public void A_valid_option_is_not_reported(string key, string value) => Assert.Empty(Check((key, value)));

        [Theory]
        [InlineData("dotnet_diagnostic.TL0001.severity", "warnin")]
        [InlineData("dotnet_analyzer_diagnostic.category-Terminology.severity", "suggestion")]
        [InlineData("csharp_style_var_for_built_in_types", "true:suggestion")]
        [InlineData("build_property.TargetFramework", "net10.0")]
        [InlineData("build_metadata.AdditionalFiles.SourceItemType", "AdditionalFiles")]
        [InlineData("indent_size", "4")]
        [InlineData("termlint", "true")]
        [InlineData("my_termlint.scan_strings", "maybe")]
        public void Keys_of_other_tools_are_never_reported(string key, string value) => Assert.Empty(Check((key, value)));

        [Fact]
        public void The_default_of_every_known_key_is_a_valid_value() =>
            Assert.All(OptionKeys.All, key => Assert.Empty(Check((key.Name, key.DefaultValue))));

        [Fact]
        public void Problems_come_in_a_stable_order() =>
            Assert.Equal(
                Check(("termlint.scan_comments", "maybe"), ("termlint.bogus", "42")),
                Check(("termlint.bogus", "42"), ("termlint.scan_comments", "maybe")));

        // Through the analyzer: where options come from, and once per compilation.

        [Fact]
        public Task A_misspelt_key_in_an_editorconfig_is_reported_once_however_many_files_it_applies_to() =>
            new ConfiguredRun()
                .Source(Source, "/0/A.cs")
                .Source("// AlphaFold is an {|TL0001:LLM|}.\nclass D { }\n", "/0/B.cs")
                .Source("class E { }\n", "/0/C.cs")
                .EditorConfig("termlint.scan_string = false")
                .Expect(Diagnostic("TL9003").WithArguments("'termlint.scan_string' is not a TermLint option and is ignored; did you mean 'termlint.scan_strings'?"))
                .RunAsync();

        [Fact]
        public Task An_invalid_value_is_reported_and_the_default_applies() =>
            new ConfiguredRun()
                .Source("// Whisper is an {|TL0001:LLM|}.\nclass C { const string S = \"AlphaFold is an {|TL0001:LLM|}.\"; }\n")
                .EditorConfig("termlint.scan_strings = maybe")
                .Expect(Diagnostic("TL9003").WithArguments("'maybe' is not a valid value for 'termlint.scan_strings'; use true or false (until then the default, true, applies)"))
                .RunAsync();

        [Fact]
        public Task Mistakes_in_a_globalconfig_are_reported() =>
            new ConfiguredRun()
                .Source(Source)
                .GlobalConfig("termlint.bogus = 42", "termlint.min_string_length = ten")
                .Expect(
                    Diagnostic("TL9003").WithArguments("'ten' is not a valid value for 'termlint.min_string_length'; use a whole number, 0 or more (until then the default, 0, applies)"),
                    Diagnostic("TL9003").WithArguments(Check(("termlint.bogus", "42")).Single()))
                .RunAsync();

        [Fact]
        public Task A_mistake_in_a_section_that_only_a_markdown_file_matches_is_reported() =>
            new ConfiguredRun()
                .Source("class C { }\n", "/0/C.cs")
                .AdditionalFile("/0/docs/guide.md", "Whisper is an {|TL0001:LLM|}.\n")
                .RawConfig("/0/.editorconfig", "root = true\n\n[*.md]\ntermlint.scan_markdwn = false\n")
                .Expect(Diagnostic("TL9003").WithArguments("'termlint.scan_markdwn' is not a TermLint option and is ignored; did you mean 'termlint.scan_markdown'?"))
                .RunAsync();

        [Fact]
        public Task A_mistake_in_a_section_of_one_file_is_reported_and_the_same_mistake_twice_is_reported_once() =>
            new ConfiguredRun()
                .Source(Source, "/0/Current.cs")
                .Source("class Legacy { }\n", "/0/Legacy.cs")
                .RawConfig("/0/.editorconfig", "root = true\n\n[*.cs]\ntermlint.scan_comments = maybe\n\n[Legacy.cs]\ntermlint.scan_comments = maybe\ntermlint.inline_directives = sometimes\n")
                .Expect(
                    Diagnostic("TL9003").WithArguments("'maybe' is not a valid value for 'termlint.scan_comments'; use true or false (until then the default, true, applies)"),
                    Diagnostic("TL9003").WithArguments("'sometimes' is not a valid value for 'termlint.inline_directives'; use true or false (until then the default, true, applies)"))
                .RunAsync();

        [Fact]
        public Task A_correct_configuration_beside_other_tools_keys_reports_nothing_of_its_own() =>
            new ConfiguredRun()
                .Source("// Whisper is an {|TL0001:LLM|}.\nclass C { const string S = \"AlphaFold is an LLM.\"; }\n")
                .EditorConfig(
                    "indent_style = space",
                    "csharp_style_var_for_built_in_types = true:suggestion",
                    "dotnet_diagnostic.TL0003.severity = error",
                    "dotnet_analyzer_diagnostic.category-Style.severity = none",
                    "termlint.scan_strings = false",
                    "termlint.scan_comments = true",
                    "termlint.scan_doc_comments = yes",
                    "termlint.min_string_length = 10",
                    "termlint.scan_markdown = true",
                    "termlint.accept = Contoso Whisper LLM | Acme LLM Studio",
                    "termlint.inline_directives = true")
                .GlobalConfig("build_property.TargetFramework = net8.0", "termlint.scan_markdown = false")
                .RunAsync();

        [Fact]
        public Task Severity_of_the_check_is_set_in_a_globalconfig() =>
            new ConfiguredRun()
                .Source(Source)
                .EditorConfig("termlint.bogus = 42")
                .GlobalConfig("dotnet_diagnostic.TL9003.severity = none")
                .RunAsync();
    }
}
