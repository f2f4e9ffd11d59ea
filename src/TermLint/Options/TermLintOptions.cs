using System;
using System.Collections.Generic;

namespace TermLint.Options
{
    /// <summary>
    /// What a user configured for one file through .editorconfig / .globalconfig (keys prefixed <c>termlint.</c>).
    /// Immutable and shared: one instance per distinct set of options, never per file.
    /// </summary>
    internal sealed class TermLintOptions
    {
        public const string Prefix = "termlint.";
        public const string ScanCommentsKey = "termlint.scan_comments";
        public const string ScanDocCommentsKey = "termlint.scan_doc_comments";
        public const string ScanStringsKey = "termlint.scan_strings";
        public const string MinStringLengthKey = "termlint.min_string_length";
        public const string ScanMarkdownKey = "termlint.scan_markdown";
        public const string ScanMarkdownCodeKey = "termlint.scan_markdown_code";
        public const string ScanFrontMatterKey = "termlint.scan_front_matter";
        public const string ScanRazorKey = "termlint.scan_razor";
        public const string ScanResxKey = "termlint.scan_resx";
        public const string AcceptKey = "termlint.accept";
        public const string InlineDirectivesKey = "termlint.inline_directives";

        /// <summary>Every key this version reads, from the one table of keys (<see cref="OptionKeys"/>).</summary>
        public static string[] Keys => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(OptionKeys.All, k => k.Name));

        public static readonly TermLintOptions Default = new TermLintOptions(true, true, true, 0, true, Array.Empty<string>(), true);

        public TermLintOptions(bool scanComments, bool scanDocComments, bool scanStrings, int minStringLength, bool scanMarkdown, string[] acceptedPhrases, bool inlineDirectives,
            bool scanMarkdownCode = true, bool scanFrontMatter = true, bool scanRazor = true, bool scanResx = true)
        {
            ScanMarkdownCode = scanMarkdownCode;
            ScanFrontMatter = scanFrontMatter;
            ScanRazor = scanRazor;
            ScanResx = scanResx;
            ScanComments = scanComments;
            ScanDocComments = scanDocComments;
            ScanStrings = scanStrings;
            MinStringLength = minStringLength;
            ScanMarkdown = scanMarkdown;
            AcceptedPhrases = acceptedPhrases;
            InlineDirectives = inlineDirectives;
        }

        /// <summary>`//` and `/* */` comments.</summary>
        public bool ScanComments { get; }

        /// <summary>`///` and `/** */` documentation comments.</summary>
        public bool ScanDocComments { get; }

        /// <summary>String literals of every kind, interpolated ones included.</summary>
        public bool ScanStrings { get; }

        /// <summary>A string literal whose decoded text is shorter than this is a key or an identifier, not prose.</summary>
        public int MinStringLength { get; }

        /// <summary>Markdown files added as AdditionalFiles.</summary>
        public bool ScanMarkdown { get; }

        /// <summary>In Markdown: ```csharp / ```cs / ```c# fences, read as C#.</summary>
        public bool ScanMarkdownCode { get; }

        /// <summary>In Markdown: the prose keys of front matter (title, description, summary, excerpt).</summary>
        public bool ScanFrontMatter { get; }

        /// <summary>Razor files (.razor, .cshtml): markup text, prose attributes, comments and the C# of code blocks.</summary>
        public bool ScanRazor { get; }

        /// <summary>.resx files: the values and comments of string resources.</summary>
        public bool ScanResx { get; }

        /// <summary>Phrases (product names) that are taken as written: nothing inside them is read as a model or a term.</summary>
        public IReadOnlyList<string> AcceptedPhrases { get; }

        /// <summary>Whether `termlint-disable` comments are honoured (a team may allow only #pragma and SuppressMessage).</summary>
        public bool InlineDirectives { get; }

        public bool ScansNothingInCSharp => !ScanComments && !ScanDocComments && !ScanStrings;
    }
}
