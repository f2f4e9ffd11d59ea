using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TermLint.Analyzers;
using TermLint.Catalog;
using TermLint.Engine;
using Xunit;

namespace TermLint.Tests.Sources
{
    /// <summary>
    /// A Razor, .resx or Markdown file without a trigger word costs the AdditionalFile pass one prefilter scan and
    /// no allocation (the figures are in bench/README.md; this keeps the property from regressing).
    /// </summary>
    public class AdditionalFileCostTests
    {
        private const string Razor = "@page \"/orders\"\n@inject IOrders Orders\n\n<h1 title=\"Orders\">Orders</h1>\n<p>Orders placed before noon ship the same day.</p>\n@code {\n    // Refunds reach the card within five days.\n    private string Label = \"Your cart is saved\";\n}\n";
        private const string Resx = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"version\"><value>2.0</value></resheader>\n  <data name=\"A\" xml:space=\"preserve\"><value>Orders ship the same day.</value><comment>Checkout page.</comment></data>\n</root>\n";
        private const string Markdown = "---\ntitle: Orders\ndescription: How orders ship\n---\n\n# Orders\n\nOrders ship the same day.\n\n```csharp\n// Refunds take five days.\nvar order = Get(id);\n```\n";

        [Theory]
        [InlineData("/app/Components/Orders.razor", Razor)]
        [InlineData("/app/Pages/Orders.cshtml", Razor)]
        [InlineData("/app/Resources/Orders.resx", Resx)]
        [InlineData("/app/docs/orders.md", Markdown)]
        public void A_file_without_a_trigger_word_allocates_nothing(string path, string text)
        {
            var checker = new ProseChecker(BuiltInCatalog.Compiled);
            var file = new TermLint.Tests.Configuration.InMemoryAdditionalText(path, text);
            var options = new NoOptions();
            Assert.False(checker.MayMatch(text, 0, text.Length));

            // Warm up (JIT, statics), then measure the very call the analyzer makes per file.
            Lint(file, options, checker);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                Assert.Null(Lint(file, options, checker));
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        private static object? Lint(AdditionalText file, AnalyzerConfigOptionsProvider options, ProseChecker checker) =>
            AdditionalFileAnalysis.Lint(file, AdditionalFileAnalysis.KindOf(file.Path), options, checker, CancellationToken.None);

        private sealed class NoOptions : AnalyzerConfigOptionsProvider
        {
            private static readonly AnalyzerConfigOptions Empty = new EmptyOptions();

            public override AnalyzerConfigOptions GlobalOptions => Empty;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

            private sealed class EmptyOptions : AnalyzerConfigOptions
            {
                public override bool TryGetValue(string key, out string value)
                {
                    value = null!;
                    return false;
                }
            }
        }
    }
}
