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
        public const string AcceptKey = "termlint.accept";
        public const string InlineDirectivesKey = "termlint.inline_directives";

        /// <summary>Every key this version reads, from the one table of keys (<see cref="OptionKeys"/>).</summary>
        public static string[] Keys => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(OptionKeys.All, k => k.Name));

        public static readonly TermLintOptions Default = new TermLintOptions(true, true, true, 0, true, Array.Empty<string>(), true);

        public TermLintOptions(bool scanComments, bool scanDocComments, bool scanStrings, int minStringLength, bool scanMarkdown, string[] acceptedPhrases, bool inlineDirectives)
        {
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

        /// <summary>Phrases (product names) that are taken as written: nothing inside them is read as a model or a term.</summary>
        public IReadOnlyList<string> AcceptedPhrases { get; }

        /// <summary>Whether `termlint-disable` comments are honoured (a team may allow only #pragma and SuppressMessage).</summary>
        public bool InlineDirectives { get; }

        public bool ScansNothingInCSharp => !ScanComments && !ScanDocComments && !ScanStrings;
    }
}
