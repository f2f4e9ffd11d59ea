using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TermLint.Tests.Infrastructure;
using Xunit;

namespace TermLint.Tests.Architecture
{
    /// <summary>
    /// The heart of the analyzer stays readable: no file in Catalog, Prose or Rules longer than 300 lines, and no
    /// method, constructor or accessor in Rules longer than 60 (a shape is a small named unit, not a page of tests).
    /// </summary>
    public class SizeLimitsTests
    {
        private const int MaxFileLines = 300;
        private const int MaxMethodLines = 60;

        [Theory]
        [InlineData("Catalog")]
        [InlineData("Prose")]
        [InlineData("Rules")]
        public void No_file_is_longer_than_the_limit(string folder)
        {
            var tooLong = SourcesIn(folder).Select(f => (File: f, Lines: File.ReadAllLines(f).Length)).Where(f => f.Lines > MaxFileLines)
                .Select(f => Path.GetFileName(f.File) + ": " + f.Lines + " lines").ToList();
            Assert.True(tooLong.Count == 0, "Files over " + MaxFileLines + " lines in " + folder + ":" + Environment.NewLine + string.Join(Environment.NewLine, tooLong));
        }

        [Fact]
        public void No_method_in_Rules_is_longer_than_the_limit()
        {
            var tooLong = SourcesIn("Rules")
                .SelectMany(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f).GetRoot().DescendantNodes().Where(IsBody).Select(n => (File: f, Node: n)))
                .Select(m => (m.File, m.Node, Lines: m.Node.GetLocation().GetLineSpan().EndLinePosition.Line - m.Node.GetLocation().GetLineSpan().StartLinePosition.Line + 1))
                .Where(m => m.Lines > MaxMethodLines)
                .Select(m => Path.GetFileName(m.File) + "(" + (m.Node.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + "): " + m.Lines + " lines")
                .ToList();
            Assert.True(tooLong.Count == 0, "Methods over " + MaxMethodLines + " lines in Rules:" + Environment.NewLine + string.Join(Environment.NewLine, tooLong));
        }

        private static bool IsBody(SyntaxNode node) => node is BaseMethodDeclarationSyntax || node is AccessorDeclarationSyntax || node is LocalFunctionStatementSyntax;

        private static string[] SourcesIn(string folder)
        {
            var files = Directory.GetFiles(RepositoryPaths.Combine("src", "TermLint", folder), "*.cs", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            return files;
        }
    }
}
