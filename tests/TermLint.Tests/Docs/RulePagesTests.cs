using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TermLint.Analyzers;
using Xunit;

namespace TermLint.Tests.Docs
{
    /// <summary>
    /// Every diagnostic has a rule page in the repository that its help link reaches, the page describes that
    /// diagnostic (ID, title, category, default severity), and both rule tables link it: the README's and the
    /// index in docs/rules.
    /// </summary>
    public class RulePagesTests
    {
        public static IEnumerable<object[]> DescriptorIds => Descriptors.All.Select(d => new object[] { d.Id });

        private static readonly string Root = FindRepoRoot();

        private static string FindRepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TermLint.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, "TermLint.sln not found above " + AppContext.BaseDirectory);
            return dir!.FullName;
        }

        private static DiagnosticDescriptor Descriptor(string id) => Descriptors.All.Single(d => d.Id == id);

        private static string PagePath(string id) => Path.Combine(Root, "docs", "rules", id + ".md");

        private static string[] PageLines(string id)
        {
            Assert.True(File.Exists(PagePath(id)), "No rule page for " + id + " at " + PagePath(id));
            return File.ReadAllLines(PagePath(id));
        }

        /// <summary>The value of a "| Name | value |" row of the page's header table.</summary>
        private static string HeaderRow(string[] lines, string name)
        {
            string prefix = "| " + name + " | ";
            string? row = lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(row != null, "The page has no '" + name + "' row");
            return row!.Substring(prefix.Length).TrimEnd().TrimEnd('|').Trim();
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void The_help_link_points_at_the_page_in_the_repository(string id)
        {
            string link = Descriptor(id).HelpLinkUri;
            Assert.EndsWith("docs/rules/" + id + ".md", link, StringComparison.Ordinal);
            Assert.StartsWith("https://", link, StringComparison.Ordinal);
            string relative = link.Substring(link.IndexOf("docs/rules/", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(Root, relative)), id + "'s help link " + link + " has no file " + relative + " in the repository");
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void The_page_title_names_the_rule_and_its_title(string id) =>
            Assert.Equal("# " + id + ": " + Descriptor(id).Title, PageLines(id)[0]);

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void The_page_header_gives_the_id_category_and_default_severity(string id)
        {
            var descriptor = Descriptor(id);
            string[] lines = PageLines(id);
            Assert.Equal(id, HeaderRow(lines, "ID"));
            Assert.Equal(descriptor.Category, HeaderRow(lines, "Category"));
            string severity = HeaderRow(lines, "Default severity");
            Assert.StartsWith(descriptor.DefaultSeverity.ToString(), severity, StringComparison.Ordinal);
            Assert.Equal(!descriptor.IsEnabledByDefault, severity.Contains("disabled by default", StringComparison.Ordinal));
        }

        [Fact]
        public void Every_rule_page_belongs_to_a_diagnostic()
        {
            var pages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "TL*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(p => p, StringComparer.Ordinal);
            Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), pages);
        }

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void The_readme_rule_table_links_the_page(string id) =>
            Assert.Contains(
                File.ReadAllLines(Path.Combine(Root, "README.md")),
                line => line.StartsWith("| [" + id + "](docs/rules/" + id + ".md) |", StringComparison.Ordinal));

        [Theory]
        [MemberData(nameof(DescriptorIds))]
        public void The_rules_index_links_the_page_with_its_title(string id) =>
            Assert.Contains(
                File.ReadAllLines(Path.Combine(Root, "docs", "rules", "README.md")),
                line => line.StartsWith("| [" + id + "](" + id + ".md) | " + Descriptor(id).Title + " |", StringComparison.Ordinal));

        public static IEnumerable<object[]> ProseRuleIds => TermLint.Rules.KnownRules.All.Where(r => TermLint.Rules.KnownRules.IsProseRule(r.Id)).Select(r => new object[] { r.Id });

        /// <summary>The "what it catches" table of a rule page has one row per shape of the rule, under the shape's name in code.</summary>
        [Theory]
        [MemberData(nameof(ProseRuleIds))]
        public void The_page_lists_every_shape_of_the_rule_by_name(string id)
        {
            var shapes = TermLint.Rules.DefaultRules.ShapesOf(id);
            Assert.NotEmpty(shapes);
            string[] lines = PageLines(id);
            var rows = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Substring(3, l.IndexOf('`', 3) - 3)).ToList();
            foreach (string shape in shapes)
            {
                Assert.True(rows.Contains(shape), id + ".md has no table row for shape " + shape);
            }
        }
    }
}
