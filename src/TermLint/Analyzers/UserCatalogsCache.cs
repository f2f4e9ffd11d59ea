using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TermLint.Catalog;
using TermLint.Engine;

namespace TermLint.Analyzers
{
    /// <summary>
    /// Finds the user catalogs among a compilation's AdditionalFiles and returns the merged catalog. Each file is
    /// parsed once per text (keyed by path and content checksum) and each set of files is merged once, so an IDE
    /// that starts a compilation per keystroke in C# re-uses the same catalog until a catalog file changes.
    /// </summary>
    internal static class UserCatalogsCache
    {
        /// <summary>A catalog larger than this is reported, not parsed: it is not a hand-written file.</summary>
        public const int MaxFileLength = 1 << 20;

        /// <summary>How much of a text too long to parse is looked at to tell a binary file from a long one.</summary>
        private const int BinarySample = 1 << 16;

        // Bounded by clearing: an IDE editing a catalog creates a new text per keystroke.
        private const int MaxCached = 64;
        private static readonly ConcurrentDictionary<string, CatalogFile> Parsed = new ConcurrentDictionary<string, CatalogFile>(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, UserCatalogSet> Merged = new ConcurrentDictionary<string, UserCatalogSet>(StringComparer.Ordinal);

        public static UserCatalogSet For(ImmutableArray<AdditionalText> additionalFiles, ICollection<string> knownRuleIds, CancellationToken cancellationToken)
        {
            List<CatalogFile>? files = null;
            StringBuilder? key = null;
            foreach (var additional in additionalFiles)
            {
                if (additional?.Path == null || !UserCatalogMerge.IsCatalogPath(additional.Path))
                {
                    continue;
                }

                var text = additional.GetText(cancellationToken);
                string fileKey = text == null ? additional.Path : Key(additional.Path, text);
                var file = text == null ? Unreadable(additional.Path) : ParseCached(fileKey, additional.Path, text, cancellationToken);
                files ??= new List<CatalogFile>();
                key ??= new StringBuilder();
                files.Add(file);
                key.Append(fileKey).Append('\n');
            }

            if (files == null)
            {
                return UserCatalogSet.BuiltInOnly;
            }

            // The order of AdditionalFiles is the order of the project file: it decides which override wins.
            string setKey = key!.ToString();
            if (Merged.TryGetValue(setKey, out var cached))
            {
                return cached;
            }

            var merged = UserCatalogSpecs.Merge(BuiltInCatalog.Files, files, knownRuleIds);
            if (Merged.Count >= MaxCached)
            {
                Merged.Clear();
            }

            return Merged.GetOrAdd(setKey, merged);
        }

        private static CatalogFile ParseCached(string key, string path, SourceText text, CancellationToken cancellationToken)
        {
            if (Parsed.TryGetValue(key, out var file))
            {
                return file;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (text.Length > MaxFileLength)
            {
                // Not parsed, so say which it is: a binary file, or a text too long to be written by hand.
                file = new CatalogFile(path);
                string? binary = CatalogParser.BinaryReason(text.ToString(new TextSpan(0, BinarySample)), 0, BinarySample);
                file.Errors.Add(binary != null
                    ? CatalogParser.NotText(path, binary)
                    : new CatalogError(new CatalogLocation(path, 1, 1), "the catalog holds " + text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters, more than the " + MaxFileLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " TermLint reads, so none of it was read; split it into several *.termlint files"));
            }
            else
            {
                file = CatalogParser.Parse(path, text.ToString());
            }

            if (Parsed.Count >= MaxCached)
            {
                Parsed.Clear();
            }

            return Parsed.GetOrAdd(key, file);
        }

        private static CatalogFile Unreadable(string path)
        {
            var file = new CatalogFile(path);
            // The compiler gives an analyzer no text for a file it could not read, and reports why itself: CS2001 for
            // a missing file, CS2015 for one it takes as binary (two NUL characters in a row).
            file.Errors.Add(new CatalogError(new CatalogLocation(path, 1, 1), "the compiler passed TermLint no text for this catalog, so none of it was read: the file is missing, unreadable or not a text file (the compiler's own error for this path, such as CS2001 or CS2015, says which)"));
            return file;
        }

        private static string Key(string path, SourceText text)
        {
            var checksum = text.GetChecksum();
            var key = new StringBuilder(path.Length + 1 + checksum.Length * 2 + 12);
            key.Append(path).Append('|').Append(text.Length).Append('|');
            foreach (byte b in checksum)
            {
                key.Append(b.ToString("x2"));
            }

            return key.ToString();
        }
    }
}
