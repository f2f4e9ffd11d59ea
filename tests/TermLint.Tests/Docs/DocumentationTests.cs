using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TermLint.Catalog;
using TermLint.Options;
using TermLint.Rules;
using Xunit;

namespace TermLint.Tests.Docs
{
    /// <summary>
    /// The docs a user reads stay true to the code and to each other: every rule is in both READMEs and has a page,
    /// every option is documented, every link reaches a file of this repository (the package README's links are
    /// absolute, and the docs packed into the package link only each other), and the commands shown work as written.
    /// </summary>
    public class DocumentationTests
    {
        private const string RepositoryUrl = "https://github.com/termlint/termlint/";

        private static readonly string Root = RepoRoot.Path;

        private static string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Root, relative));

        public static IEnumerable<object[]> RuleIds => KnownRules.All.Select(r => new object[] { r.Id });

        /// <summary>Every Markdown file of the repository a reader may open (build output excluded).</summary>
        public static IEnumerable<object[]> MarkdownFiles =>
            Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "artifacts" or "TestResults" or ".git" or "BenchmarkDotNet.Artifacts"))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new object[] { f });

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Every_rule_is_in_both_readmes_and_has_a_page(string id)
        {
            Assert.True(File.Exists(System.IO.Path.Combine(Root, "docs", "rules", id + ".md")), id + " has no page in docs/rules");
            Assert.Contains(File.ReadAllLines(System.IO.Path.Combine(Root, "README.md")), line => line.StartsWith("| [" + id + "](docs/rules/" + id + ".md) |", StringComparison.Ordinal));
            Assert.Contains(
                File.ReadAllLines(System.IO.Path.Combine(Root, "src", "TermLint.Package", "README.md")),
                line => line.StartsWith("| [" + id + "](" + RepositoryUrl + "blob/main/docs/rules/" + id + ".md) |", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("README.md")]
        [InlineData("src/TermLint.Package/README.md")]
        public void The_readmes_give_the_sarif_form_that_writes_sarif_2_1(string readme)
        {
            string text = Read(readme);
            Assert.Contains("-p:ErrorLog=\"termlint.sarif%2Cversion=2.1\"", text);
            Assert.DoesNotContain("sarif,version", text);
        }

        [Fact]
        public void The_package_readme_links_only_absolute_urls()
        {
            var relative = Links(Read("src/TermLint.Package/README.md")).Where(l => !l.StartsWith("https://", StringComparison.Ordinal) && !l.StartsWith("http://", StringComparison.Ordinal)).ToList();
            Assert.True(relative.Count == 0, "The package gallery shows no relative links: " + string.Join(", ", relative));
        }

        [Fact]
        public void The_package_readme_installs_the_version_this_repository_packs()
        {
            string version = XDocument.Load(System.IO.Path.Combine(Root, "Directory.Build.props")).Descendants("TermLintVersion").Single().Value;
            Assert.Contains("<PackageReference Include=\"TermLint\" Version=\"" + version + "\" PrivateAssets=\"all\" />", Read("src/TermLint.Package/README.md"));
        }

        [Theory]
        [MemberData(nameof(MarkdownFiles))]
        public void Every_link_into_the_repository_reaches_a_file_and_heading_that_exist(string file)
        {
            string dir = System.IO.Path.GetDirectoryName(System.IO.Path.Combine(Root, file))!;
            var broken = new List<string>();
            foreach (string link in Links(File.ReadAllText(System.IO.Path.Combine(Root, file))))
            {
                string? target;
                if (link.StartsWith(RepositoryUrl + "blob/main/", StringComparison.Ordinal) || link.StartsWith(RepositoryUrl + "tree/main/", StringComparison.Ordinal))
                {
                    target = System.IO.Path.Combine(Root, link.Substring(RepositoryUrl.Length + "blob/main/".Length));
                }
                else if (link.StartsWith("#", StringComparison.Ordinal))
                {
                    target = System.IO.Path.Combine(Root, file) + link;
                }
                else if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                else
                {
                    target = System.IO.Path.Combine(dir, link);
                }

                string? problem = Check(target);
                if (problem != null)
                {
                    broken.Add(link + ": " + problem);
                }
            }

            Assert.True(broken.Count == 0, file + " has broken links:\n" + string.Join("\n", broken));
        }

        [Theory]
        [MemberData(nameof(MarkdownFiles))]
        public void The_docs_in_the_package_link_each_other_not_the_rest_of_the_repository(string file)
        {
            if (!file.StartsWith("docs/", StringComparison.Ordinal))
            {
                return;
            }

            string docs = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "docs")) + System.IO.Path.DirectorySeparatorChar;
            string dir = System.IO.Path.GetDirectoryName(System.IO.Path.Combine(Root, file))!;
            var outside = Links(Read(file))
                .Where(l => !l.Contains("://", StringComparison.Ordinal) && !l.StartsWith("#", StringComparison.Ordinal))
                .Where(l => !System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, l.Split('#')[0])).StartsWith(docs, StringComparison.Ordinal))
                .ToList();
            Assert.True(outside.Count == 0, file + " is packed under docs/, where these relative links lead nowhere (use an absolute URL): " + string.Join(", ", outside));
        }

        [Fact]
        public void Every_option_is_documented_with_its_default_in_the_configuration_page_and_both_readmes()
        {
            foreach (string doc in new[] { "docs/configuration.md", "README.md", "src/TermLint.Package/README.md" })
            {
                string[] lines = File.ReadAllLines(System.IO.Path.Combine(Root, doc));
                foreach (var key in OptionKeys.All)
                {
                    string defaultCell = key.DefaultValue.Length == 0 ? "" : "`" + key.DefaultValue + "`";
                    Assert.True(
                        lines.Any(l => l.StartsWith("| `" + key.Name + "` | ", StringComparison.Ordinal) && (defaultCell.Length == 0 || l.Contains("| " + defaultCell + " |", StringComparison.Ordinal))),
                        doc + " has no table row for " + key.Name + " with its default " + key.DefaultValue);
                }

                var documented = lines.Select(l => Regex.Match(l, "^\\| `(termlint\\.[a-z_]+)` \\|")).Where(m => m.Success).Select(m => m.Groups[1].Value);
                Assert.All(documented, name => Assert.NotNull(OptionKeys.Find(name)));
            }
        }

        [Fact]
        public void The_catalog_page_names_every_built_in_kind_term_family_and_word_list()
        {
            string page = Read("docs/catalogs.md");
            var names = BuiltInCatalog.Files.SelectMany(f => f.Kinds.Select(k => k.Name).Concat(f.Terms.Select(t => t.Name)).Concat(f.Words.Select(w => w.Name))).Distinct();
            Assert.All(names, name => Assert.Contains("`" + name + "`", page));
        }

        [Fact]
        public void The_catalog_page_lists_the_keys_the_parser_takes()
        {
            string page = Read("docs/catalogs.md");
            foreach (string key in CatalogKeys.KindKeys.Concat(CatalogKeys.ModelKeys).Concat(CatalogKeys.TermKeys).Concat(CatalogKeys.WordsKeys).Concat(CatalogKeys.TypeKeys).Concat(CatalogKeys.CommonKeys))
            {
                Assert.Contains("`" + key + "`", page);
            }
        }

        [Theory]
        [MemberData(nameof(MarkdownFiles))]
        public void A_user_doc_that_mentions_the_seed_explains_it(string file)
        {
            if (!file.StartsWith("docs/", StringComparison.Ordinal) && file != "README.md" && file != "src/TermLint.Package/README.md")
            {
                return;
            }

            // "source = seed: …" quotes a built-in entry; any other mention must say what the seed is.
            string prose = Regex.Replace(Read(file), "seed: \"", string.Empty);
            if (Regex.IsMatch(prose, "\\bseed\\b(?! in CI| and input)", RegexOptions.IgnoreCase) && file != "docs/taxonomy.md")
            {
                Assert.Contains("taxonomy.md", prose);
            }
        }

        /// <summary>The targets of the Markdown links of a text, outside code blocks and code spans.</summary>
        internal static IEnumerable<string> Links(string markdown)
        {
            string text = Regex.Replace(markdown, "^(```|~~~).*?^\\1", string.Empty, RegexOptions.Multiline | RegexOptions.Singleline);
            text = Regex.Replace(text, "`[^`\n]*`", string.Empty);
            foreach (Match m in Regex.Matches(text, "\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)"))
            {
                yield return m.Groups[1].Value;
            }
        }

        /// <summary>Null when the file or folder (and the heading after '#') exists; else what is missing.</summary>
        private static string? Check(string target)
        {
            string path = target;
            string? anchor = null;
            int hash = target.IndexOf('#');
            if (hash >= 0)
            {
                path = target.Substring(0, hash);
                anchor = target.Substring(hash + 1);
            }

            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return "no file " + System.IO.Path.GetRelativePath(Root, path);
            }

            if (anchor == null || anchor.Length == 0 || Directory.Exists(path) || !path.EndsWith(".md", StringComparison.Ordinal))
            {
                return null;
            }

            var slugs = File.ReadAllLines(path).Where(l => Regex.IsMatch(l, "^#{1,6} ")).Select(l => Slug(l.TrimStart('#').Trim())).ToHashSet();
            return slugs.Contains(anchor) ? null : "no heading #" + anchor + " in " + System.IO.Path.GetRelativePath(Root, path);
        }

        /// <summary>GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.</summary>
        internal static string Slug(string heading)
        {
            var slug = new StringBuilder();
            foreach (char c in heading.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            return slug.ToString();
        }
    }

    /// <summary>The repository's root, found from the test's output folder.</summary>
    internal static class RepoRoot
    {
        public static readonly string Path = Find();

        private static string Find()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "TermLint.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, "TermLint.sln not found above " + AppContext.BaseDirectory);
            return dir!.FullName;
        }
    }
}
