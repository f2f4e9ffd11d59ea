using TermLint.Prose;

namespace TermLint.Sources
{
    /// <summary>
    /// Decodes one XML/HTML character reference (<c>&amp;amp;</c>, <c>&amp;#65;</c>, <c>&amp;#x41;</c>, and for HTML
    /// <c>&amp;nbsp;</c>) in Markdown, Razor markup and .resx text. Only these fixed references exist: an entity a
    /// document declares itself is never expanded (nothing is fetched, nothing grows). Allocation-free.
    /// </summary>
    internal static class CharacterReferences
    {
        /// <summary>
        /// At <paramref name="i"/> (an '&amp;'), the end of a reference that ends before <paramref name="end"/> and
        /// the UTF-16 code units it stands for (<paramref name="second"/> is '\0' unless it is a surrogate pair);
        /// -1 when the text there is not a reference this decoder knows.
        /// </summary>
        public static int Decode(string text, int i, int end, bool html, out char first, out char second) =>
            Decode(new StringChars(text), i, end, html, out first, out second);

        /// <summary>The same over any characters (a builder's buffer).</summary>
        public static int Decode<TChars>(TChars text, int i, int end, bool html, out char first, out char second)
            where TChars : struct, IChars
        {
            first = '&';
            second = '\0';
            int limit = System.Math.Min(end, i + 12);
            int semicolon = -1;
            for (int j = i + 1; j < limit; j++)
            {
                if (text[j] == ';')
                {
                    semicolon = j;
                    break;
                }
            }

            if (semicolon < 0)
            {
                return -1;
            }

            int nameStart = i + 1;
            int nameLength = semicolon - nameStart;
            if (nameLength >= 2 && text[nameStart] == '#')
            {
                return Numeric(text, nameStart + 1, semicolon, out first, out second) ? semicolon + 1 : -1;
            }

            char value = Is(text, nameStart, nameLength, "amp") ? '&'
                : Is(text, nameStart, nameLength, "lt") ? '<'
                : Is(text, nameStart, nameLength, "gt") ? '>'
                : Is(text, nameStart, nameLength, "quot") ? '"'
                : Is(text, nameStart, nameLength, "apos") ? '\''
                : html && Is(text, nameStart, nameLength, "nbsp") ? ' '
                : '\0';
            if (value == '\0')
            {
                return -1;
            }

            first = value;
            return semicolon + 1;
        }

        private static bool Numeric<TChars>(TChars text, int start, int end, out char first, out char second)
            where TChars : struct, IChars
        {
            first = '&';
            second = '\0';
            bool hex = text[start] == 'x' || text[start] == 'X';
            int i = hex ? start + 1 : start;
            if (i >= end)
            {
                return false;
            }

            int value = 0;
            for (; i < end; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
                if (digit < 0)
                {
                    return false;
                }

                value = value * (hex ? 16 : 10) + digit;
                if (value > 0x10FFFF)
                {
                    return false;
                }
            }

            if (value == 0 || (value >= 0xD800 && value <= 0xDFFF))
            {
                return false;
            }

            if (value > 0xFFFF)
            {
                value -= 0x10000;
                first = (char)(0xD800 + (value >> 10));
                second = (char)(0xDC00 + (value & 0x3FF));
                return true;
            }

            first = (char)value;
            return true;
        }

        private static bool Is<TChars>(TChars text, int start, int length, string name)
            where TChars : struct, IChars
        {
            if (length != name.Length)
            {
                return false;
            }

            for (int k = 0; k < length; k++)
            {
                if (text[start + k] != name[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Appends the reference at <paramref name="i"/>, mapped to its whole source; the index after it, or -1.</summary>
        public static int Append(string text, int i, int end, bool html, SegmentBuilder output)
        {
            int next = Decode(text, i, end, html, out char first, out char second);
            if (next < 0)
            {
                return -1;
            }

            output.Append(first, i, next);
            if (second != '\0')
            {
                output.Append(second, next, next);
            }

            return next;
        }
    }
}
