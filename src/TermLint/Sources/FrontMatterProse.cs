using System;

namespace TermLint.Sources
{
    /// <summary>
    /// The prose in a Markdown file's front matter: the values of the top-level keys <c>title</c>,
    /// <c>description</c>, <c>summary</c> and <c>excerpt</c> (any case), each a sentence of its own. Other keys —
    /// dates, authors, tags, URLs, layouts — are data, not prose. Reads YAML (plain, single- and double-quoted
    /// scalars, <c>|</c> and <c>&gt;</c> blocks, indented continuation lines) and TOML (basic, literal and
    /// multi-line strings, before the first <c>[table]</c>) without a YAML or TOML library: a value it cannot read
    /// is skipped, never an exception.
    /// </summary>
    internal static class FrontMatterProse
    {
        private static readonly string[] ProseKeys = { "title", "description", "summary", "excerpt" };

        /// <summary>Appends the prose values of the front matter lines in [start, end) to <paramref name="output"/>.</summary>
        public static void Append(string text, int start, int end, bool toml, SegmentBuilder output)
        {
            int line = start;
            while (line < end)
            {
                int lineEnd = LineEnd(text, line, end);
                if (toml && line < end && text[line] == '[')
                {
                    // Keys after a table header belong to that table, not to the page.
                    return;
                }

                int next = KeyValue(text, line, lineEnd, end, toml, output);
                line = next > line ? next : NextLine(text, lineEnd, end);
            }
        }

        /// <summary>At a line start: if it holds a prose key, appends its value and returns the offset after it; else -1.</summary>
        private static int KeyValue(string text, int line, int lineEnd, int end, bool toml, SegmentBuilder output)
        {
            int keyEnd = line;
            while (keyEnd < lineEnd && (char.IsLetterOrDigit(text[keyEnd]) || text[keyEnd] == '_' || text[keyEnd] == '-'))
            {
                keyEnd++;
            }

            if (keyEnd == line || !IsProseKey(text, line, keyEnd - line))
            {
                return -1;
            }

            int i = SkipSpaces(text, keyEnd, lineEnd);
            if (i >= lineEnd || text[i] != (toml ? '=' : ':'))
            {
                return -1;
            }

            i = SkipSpaces(text, i + 1, lineEnd);
            output.ParagraphBreak(i);
            int after = toml ? TomlValue(text, i, lineEnd, end, output) : YamlValue(text, i, lineEnd, end, output);
            output.ParagraphBreak(Math.Min(after, end));
            return after;
        }

        private static int YamlValue(string text, int i, int lineEnd, int end, SegmentBuilder output)
        {
            if (i >= lineEnd)
            {
                // "description:" then an indented plain scalar on the next lines (a list is not prose).
                return PlainContinuation(text, NextLine(text, lineEnd, end), end, output);
            }

            char c = text[i];
            if (c == '"' || c == '\'')
            {
                return Quoted(text, i, end, output, yamlSingle: c == '\'', escapes: c == '"');
            }

            if (c == '|' || c == '>')
            {
                return Block(text, NextLine(text, lineEnd, end), end, output);
            }

            if (c == '[' || c == '{' || c == '&' || c == '*' || c == '!')
            {
                // Flow collections, anchors, aliases and tags: data.
                return NextLine(text, lineEnd, end);
            }

            PlainLine(text, i, lineEnd, output);
            return PlainContinuation(text, NextLine(text, lineEnd, end), end, output);
        }

        /// <summary>A plain scalar's text on one line, up to a " #" comment.</summary>
        private static void PlainLine(string text, int i, int lineEnd, SegmentBuilder output)
        {
            int stop = lineEnd;
            for (int j = i; j < lineEnd; j++)
            {
                if (text[j] == '#' && j > i && (text[j - 1] == ' ' || text[j - 1] == '\t'))
                {
                    stop = j;
                    break;
                }
            }

            output.AppendText(text, i, stop);
        }

        /// <summary>Indented lines that continue a plain scalar; ends at a line that is not indented or is a list item.</summary>
        private static int PlainContinuation(string text, int line, int end, SegmentBuilder output)
        {
            while (line < end)
            {
                int lineEnd = LineEnd(text, line, end);
                int content = SkipSpaces(text, line, lineEnd);
                if (content == line || content >= lineEnd || text[content] == '-' || text[content] == '#')
                {
                    return line;
                }

                output.Break(line);
                PlainLine(text, content, lineEnd, output);
                line = NextLine(text, lineEnd, end);
            }

            return line;
        }

        /// <summary>A "|" or "&gt;" block: the following lines indented more than the key, blank lines included.</summary>
        private static int Block(string text, int line, int end, SegmentBuilder output)
        {
            int indent = -1;
            while (line < end)
            {
                int lineEnd = LineEnd(text, line, end);
                int content = SkipSpaces(text, line, lineEnd);
                if (content >= lineEnd)
                {
                    output.Break(line);
                    line = NextLine(text, lineEnd, end);
                    continue;
                }

                int lineIndent = content - line;
                if (lineIndent == 0 || (indent > 0 && lineIndent < indent))
                {
                    return line;
                }

                if (indent < 0)
                {
                    indent = lineIndent;
                }

                output.Break(line);
                output.AppendText(text, line + indent, lineEnd);
                line = NextLine(text, lineEnd, end);
            }

            return line;
        }

        /// <summary>A quoted scalar or string from its opening quote; may span lines. Returns the offset after its line.</summary>
        private static int Quoted(string text, int open, int end, SegmentBuilder output, bool yamlSingle, bool escapes)
        {
            char quote = text[open];
            int i = open + 1;
            while (i < end)
            {
                char c = text[i];
                if (c == quote)
                {
                    if (yamlSingle && i + 1 < end && text[i + 1] == quote)
                    {
                        output.Append(quote, i, i + 2);
                        i += 2;
                        continue;
                    }

                    return NextLine(text, LineEnd(text, i, end), end);
                }

                if (escapes && c == '\\' && i + 1 < end)
                {
                    i = Escape(text, i, end, output);
                    continue;
                }

                output.AppendText(c, i, i + 1);
                i++;
            }

            return end;
        }

        private static int Escape(string text, int i, int end, SegmentBuilder output)
        {
            char e = text[i + 1];
            char simple = e switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => ' ',
                ' ' => ' ',
                '_' => '\u00A0',
                _ => '\0',
            };
            if (simple != '\0')
            {
                output.Append(simple, i, i + 2);
                return i + 2;
            }

            int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
            if (digits > 0 && i + 2 + digits <= end)
            {
                int value = 0;
                bool ok = true;
                for (int k = i + 2; k < i + 2 + digits; k++)
                {
                    int d = HexValue(text[k]);
                    if (d < 0 || value > 0x10FFF)
                    {
                        ok = false;
                        break;
                    }

                    value = (value << 4) | d;
                }

                if (ok && value > 0 && value <= 0xFFFF && !(value >= 0xD800 && value <= 0xDFFF))
                {
                    output.Append((char)value, i, i + 2 + digits);
                    return i + 2 + digits;
                }
            }

            output.Append('\\', i, i + 1);
            return i + 1;
        }

        private static int TomlValue(string text, int i, int lineEnd, int end, SegmentBuilder output)
        {
            if (i >= lineEnd)
            {
                return NextLine(text, lineEnd, end);
            }

            char c = text[i];
            if ((c == '"' || c == '\'') && i + 2 < end && text[i + 1] == c && text[i + 2] == c)
            {
                // """…""" or '''…''': multi-line.
                int contentStart = i + 3;
                if (contentStart < end && text[contentStart] == '\r')
                {
                    contentStart++;
                }

                if (contentStart < end && text[contentStart] == '\n')
                {
                    contentStart++;
                }

                int close = contentStart <= end ? text.IndexOf(c == '"' ? "\"\"\"" : "'''", contentStart, end - contentStart, StringComparison.Ordinal) : -1;
                int contentEnd = close < 0 ? end : close;
                for (int k = contentStart; k < contentEnd; k++)
                {
                    if (c == '"' && text[k] == '\\' && k + 1 < contentEnd)
                    {
                        k = Escape(text, k, contentEnd, output) - 1;
                        continue;
                    }

                    output.AppendText(text[k], k, k + 1);
                }

                return close < 0 ? end : NextLine(text, LineEnd(text, close, end), end);
            }

            if (c == '"' || c == '\'')
            {
                Quoted(text, i, lineEnd, output, yamlSingle: false, escapes: c == '"');
                return NextLine(text, lineEnd, end);
            }

            return NextLine(text, lineEnd, end);
        }

        private static bool IsProseKey(string text, int start, int length)
        {
            foreach (string key in ProseKeys)
            {
                if (length == key.Length && string.Compare(text, start, key, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static int HexValue(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        private static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i;
        }

        /// <summary>The end of the line at <paramref name="i"/>, before its "\r\n" or "\n".</summary>
        private static int LineEnd(string text, int i, int end)
        {
            int newline = i < end ? text.IndexOf('\n', i, end - i) : -1;
            int lineEnd = newline < 0 ? end : newline;
            return lineEnd > i && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        }

        private static int NextLine(string text, int lineEnd, int end)
        {
            int i = lineEnd;
            if (i < end && text[i] == '\r')
            {
                i++;
            }

            if (i < end && text[i] == '\n')
            {
                i++;
            }

            return i;
        }
    }
}
