using System;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>
    /// Parses the line-oriented catalog format (docs/catalogs.md). Never throws: every malformed line becomes a
    /// <see cref="CatalogError"/> with its line and column, and the rest of the file is still read.
    /// </summary>
    internal static class CatalogParser
    {
        /// <summary>Longest line the parser reads; longer lines are reported, not scanned (a catalog is not prose).</summary>
        internal const int MaxLineLength = 4000;

        public static CatalogFile Parse(string path, string text)
        {
            var file = new CatalogFile(path);
            CatalogEntry? current = null;
            int lineNumber = 0;
            int position = 0;
            text ??= string.Empty;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                position = 1;
            }

            // A binary file (an image, an archive, a UTF-16 file without a byte order mark) is one mistake, not one
            // per "line" of its bytes.
            string? binary = BinaryReason(text, 0, text.Length);
            if (binary != null)
            {
                file.Errors.Add(NotText(path, binary));
                return file;
            }

            while (position <= text.Length)
            {
                int end = text.IndexOf('\n', position);
                if (end < 0)
                {
                    end = text.Length;
                }

                lineNumber++;
                int lineEnd = end > position && text[end - 1] == '\r' ? end - 1 : end;
                ParseLine(file, ref current, path, lineNumber, text, position, lineEnd);
                position = end + 1;
            }

            return file;
        }

        /// <summary>Why text[start..end) is not a catalog someone wrote (a NUL, or many control characters), or null.</summary>
        internal static string? BinaryReason(string text, int start, int end)
        {
            int controls = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '\0')
                {
                    return "it holds NUL characters";
                }

                if ((char.IsControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD')
                {
                    controls++;
                }
            }

            // A stray control character in a hand-written file is reported at its line; a file full of them is not text.
            return controls >= BinaryControlCount && controls * 50L >= end - start
                ? "it holds " + controls + " control characters"
                : null;
        }

        /// <summary>This many control characters, when they are also at least 2 % of the text, make it binary.</summary>
        internal const int BinaryControlCount = 4;

        public static CatalogError NotText(string path, string reason) =>
            new CatalogError(new CatalogLocation(path, 1, 1), "the catalog is not a text file (" + reason + "), so none of it was read; save it as UTF-8 text, or remove it from the AdditionalFiles items");

        private static void ParseLine(CatalogFile file, ref CatalogEntry? current, string path, int lineNumber, string text, int start, int end)
        {
            int first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            int last = end;
            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (first == last || text[first] == '#' || text[first] == ';')
            {
                return;
            }

            int column = first - start + 1;
            var here = new CatalogLocation(path, lineNumber, column);
            if (last - first > MaxLineLength)
            {
                file.Errors.Add(new CatalogError(here, "line is longer than " + MaxLineLength + " characters; split the list over several lines with the same key"));
                return;
            }

            for (int i = first; i < last; i++)
            {
                char c = text[i];
                if (c == '\0' || (char.IsControl(c) && c != '\t'))
                {
                    file.Errors.Add(new CatalogError(new CatalogLocation(path, lineNumber, i - start + 1), "control character U+" + ((int)c).ToString("X4") + " is not allowed; is this a text file?"));
                    return;
                }
            }

            if (text[first] == '[')
            {
                current = ParseSection(file, here, text.Substring(first, last - first));
                return;
            }

            int equals = text.IndexOf('=', first, last - first);
            if (equals < 0)
            {
                file.Errors.Add(new CatalogError(here, "expected 'key = value' or a '[type name]' section header"));
                return;
            }

            string key = text.Substring(first, equals - first).Trim();
            string value = text.Substring(equals + 1, last - equals - 1).Trim();
            // Errors about a value point at its first character, not at the space after '='.
            int valueStart = equals + 1;
            while (valueStart < last && char.IsWhiteSpace(text[valueStart]))
            {
                valueStart++;
            }

            var valueAt = new CatalogLocation(path, lineNumber, valueStart - start + 1);
            if (key.Length == 0)
            {
                file.Errors.Add(new CatalogError(here, "the key before '=' is empty"));
                return;
            }

            if (current == null)
            {
                file.Errors.Add(new CatalogError(here, "'" + key + "' is outside any section; start one with [kind name], [model name], [term name], [words name] or [type name]"));
                return;
            }

            if (value.Length == 0)
            {
                file.Errors.Add(new CatalogError(valueAt, "'" + key + "' has no value"));
                return;
            }

            CatalogKeys.Apply(file, current, key, value, here, valueAt);
        }

        private static CatalogEntry? ParseSection(CatalogFile file, CatalogLocation here, string header)
        {
            if (header[header.Length - 1] != ']')
            {
                file.Errors.Add(new CatalogError(here, "section header is missing its closing ']'"));
                return null;
            }

            string inside = header.Substring(1, header.Length - 2).Trim();
            int space = inside.IndexOf(' ');
            if (space <= 0)
            {
                file.Errors.Add(new CatalogError(here, "section header needs a type and a name, e.g. [model Whisper]"));
                return null;
            }

            string type = inside.Substring(0, space);
            string name = inside.Substring(space + 1).Trim();
            if (name.IndexOf('|') >= 0 || name.IndexOf('=') >= 0)
            {
                file.Errors.Add(new CatalogError(here, "a section name cannot hold '|' or '='; put further spellings in 'aliases'"));
                return null;
            }

            switch (type)
            {
                case "kind":
                    var kind = new KindEntry(name, here);
                    file.Kinds.Add(kind);
                    return kind;
                case "model":
                    var model = new ModelEntry(name, here);
                    model.Aliases.Add(name);
                    file.Models.Add(model);
                    return model;
                case "term":
                    var term = new TermEntry(name, here);
                    file.Terms.Add(term);
                    return term;
                case "words":
                    var words = new WordsEntry(name, here);
                    file.Words.Add(words);
                    return words;
                case "type":
                    string? problem = TypeEntry.NameProblem(name);
                    if (problem != null)
                    {
                        file.Errors.Add(new CatalogError(here, problem));
                        return null;
                    }

                    var typeEntry = new TypeEntry(name, here);
                    file.Types.Add(typeEntry);
                    return typeEntry;
                default:
                    file.Errors.Add(new CatalogError(here, "unknown section type '" + type + "'; use kind, model, term, words or type"));
                    return null;
            }
        }
    }
}
