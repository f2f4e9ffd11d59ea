using System.Globalization;

namespace TermLint.Sources
{
    /// <summary>How the characters between a literal's delimiters are written.</summary>
    internal enum LiteralEscapes
    {
        /// <summary>"\n", "\u0041", "\x41": backslash escapes.</summary>
        Regular,
        /// <summary>@"…": a doubled quote is one quote.</summary>
        Verbatim,
        /// <summary>"""…""": no escapes at all.</summary>
        Raw,
    }

    /// <summary>
    /// Decodes the content of a string literal (or an interpolated string's text run) into a segment, mapping
    /// each decoded character back to the escape sequence that wrote it. Malformed escapes are kept as written.
    /// </summary>
    internal static class LiteralDecoder
    {
        public static void Decode(string source, int from, int to, LiteralEscapes escapes, bool interpolated, SegmentBuilder builder)
        {
            builder.EnsureCapacity(builder.Length + (to - from));
            int i = from;
            while (i < to)
            {
                // Text without anything to decode is copied in one run.
                int plain = PlainRunEnd(source, i, to, escapes, interpolated);
                if (plain > i)
                {
                    builder.AppendSource(source, i, plain);
                    i = plain;
                    continue;
                }

                char c = source[i];
                if (interpolated && escapes != LiteralEscapes.Raw && (c == '{' || c == '}') && i + 1 < to && source[i + 1] == c)
                {
                    builder.Append(c, i, i + 2);
                    i += 2;
                    continue;
                }

                if (escapes == LiteralEscapes.Verbatim && c == '"' && i + 1 < to && source[i + 1] == '"')
                {
                    builder.Append('"', i, i + 2);
                    i += 2;
                    continue;
                }

                if (escapes == LiteralEscapes.Regular && c == '\\' && i + 1 < to)
                {
                    i = DecodeEscape(source, i, to, builder);
                    continue;
                }

                builder.Append(c, i, i + 1);
                i++;
            }
        }

        /// <summary>Where the run of characters that decode to themselves, starting at i, ends.</summary>
        private static int PlainRunEnd(string source, int i, int to, LiteralEscapes escapes, bool interpolated)
        {
            bool braces = interpolated && escapes != LiteralEscapes.Raw;
            while (i < to)
            {
                char c = source[i];
                if ((c == '\\' && escapes == LiteralEscapes.Regular) || (c == '"' && escapes == LiteralEscapes.Verbatim) || (braces && (c == '{' || c == '}')))
                {
                    break;
                }

                i++;
            }

            return i;
        }

        private static int DecodeEscape(string source, int i, int to, SegmentBuilder builder)
        {
            char e = source[i + 1];
            char simple = e switch
            {
                '\'' => '\'',
                '"' => '"',
                '\\' => '\\',
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                'e' => '\u001B',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'v' => '\v',
                _ => '\uFFFF',
            };

            if (simple != '\uFFFF')
            {
                builder.Append(simple, i, i + 2);
                return i + 2;
            }

            int digits = e == 'u' ? 4 : e == 'U' ? 8 : e == 'x' ? -4 : 0;
            if (digits == 0)
            {
                builder.Append('\\', i, i + 1);
                return i + 1;
            }

            int max = digits < 0 ? -digits : digits;
            int end = i + 2;
            while (end < to && end - (i + 2) < max && IsHex(source[end]))
            {
                end++;
            }

            int count = end - (i + 2);
            if (count == 0 || (digits > 0 && count != digits))
            {
                builder.Append('\\', i, i + 1);
                return i + 1;
            }

            if (!uint.TryParse(source.Substring(i + 2, count), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint value) || value > 0x10FFFF)
            {
                builder.Append('\\', i, i + 1);
                return i + 1;
            }

            if (value > 0xFFFF)
            {
                string pair = char.ConvertFromUtf32((int)value);
                builder.Append(pair[0], i, end);
                builder.Append(pair[1], end, end);
            }
            else
            {
                builder.Append((char)value, i, end);
            }

            return end;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
