using System;
using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Sources
{
    /// <summary>
    /// The prose of a .resx file: the <c>&lt;value&gt;</c> of each string <c>&lt;data&gt;</c> and the
    /// <c>&lt;comment&gt;</c> of every <c>&lt;data&gt;</c>, one <see cref="ProseSegment"/> each, mapped to the file.
    /// Resources with a <c>type</c> (other than System.String) or a <c>mimetype</c> are not text; WinForms designer
    /// entries (names starting with "&gt;&gt;") are not prose; neither is text without a space (identifiers, keys,
    /// URLs). Format items (<c>{0}</c>, <c>{0:N2}</c>, <c>{name}</c>) are opaque tokens, like interpolation holes.
    /// <para>
    /// A small reader of its own, not <c>XmlReader</c>: it knows the five predefined entities and numeric character
    /// references and nothing else, so a DOCTYPE, an entity declaration or an external reference is skipped text —
    /// it cannot be made to fetch anything or to expand anything. Broken XML (an unclosed element, a stray '&lt;', a
    /// truncated file) never throws: each value is read up to the next tag, and the values after the break are
    /// still read.
    /// </para>
    /// </summary>
    internal static class ResxProse
    {
        [ThreadStatic]
        private static SegmentBuilder? t_builder;

        /// <summary>Adds a segment for every value and comment of <paramref name="text"/> that passes <paramref name="prefilter"/>.</summary>
        public static void Extract(string text, Prefilter prefilter, List<ProseSegment> output)
        {
            int end = text.Length;
            int i = 0;
            bool subsets = true;
            while (i < end)
            {
                int lt = text.IndexOf('<', i);
                if (lt < 0)
                {
                    return;
                }

                int skipped = SkipNonElement(text, lt, end, ref subsets);
                if (skipped > lt)
                {
                    i = skipped;
                    continue;
                }

                if (IsStartTag(text, lt, end, "data"))
                {
                    int tagEnd = TagEnd(text, lt, end);
                    bool selfClosing = IsSelfClosing(text, lt, tagEnd);
                    bool isString = IsStringResource(text, lt, tagEnd);
                    i = selfClosing ? tagEnd : Data(text, tagEnd, end, isString, prefilter, output, ref subsets);
                    continue;
                }

                i = TagEnd(text, lt, end);
            }
        }

        /// <summary>Inside a &lt;data&gt;: its &lt;value&gt; and &lt;comment&gt;; returns the offset after &lt;/data&gt;.</summary>
        private static int Data(string text, int i, int end, bool isString, Prefilter prefilter, List<ProseSegment> output, ref bool subsets)
        {
            while (i < end)
            {
                int lt = text.IndexOf('<', i);
                if (lt < 0)
                {
                    return end;
                }

                int skipped = SkipNonElement(text, lt, end, ref subsets);
                if (skipped > lt)
                {
                    i = skipped;
                    continue;
                }

                if (IsEndTag(text, lt, end, "data"))
                {
                    return TagEnd(text, lt, end);
                }

                if (IsStartTag(text, lt, end, "data"))
                {
                    // The previous <data> was never closed: this one starts afresh.
                    return lt;
                }

                bool value = IsStartTag(text, lt, end, "value");
                if (value || IsStartTag(text, lt, end, "comment"))
                {
                    int tagEnd = TagEnd(text, lt, end);
                    if (IsSelfClosing(text, lt, tagEnd))
                    {
                        i = tagEnd;
                        continue;
                    }

                    int textEnd = TextEnd(text, tagEnd, end);
                    if ((isString || !value) && prefilter.Matches(text, tagEnd, textEnd))
                    {
                        var segment = Decode(text, tagEnd, textEnd);
                        if (segment != null)
                        {
                            output.Add(segment);
                        }
                    }

                    i = textEnd;
                    continue;
                }

                i = TagEnd(text, lt, end);
            }

            return end;
        }

        /// <summary>Where an element's text ends: at the next tag that is not CDATA or a comment.</summary>
        private static int TextEnd(string text, int i, int end)
        {
            while (i < end)
            {
                int lt = text.IndexOf('<', i);
                if (lt < 0)
                {
                    return end;
                }

                if (StartsWith(text, lt, end, "<![CDATA["))
                {
                    int close = text.IndexOf("]]>", lt, StringComparison.Ordinal);
                    i = close < 0 ? end : close + 3;
                    continue;
                }

                if (StartsWith(text, lt, end, "<!--"))
                {
                    int close = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = close < 0 ? end : close + 3;
                    continue;
                }

                return lt;
            }

            return end;
        }

        /// <summary>Decodes text[start..end) (references, CDATA, format items); null when it is not prose (no space).</summary>
        private static ProseSegment? Decode(string text, int start, int end)
        {
            var builder = t_builder ??= new SegmentBuilder();
            builder.Clear();
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (c == '<')
                {
                    if (StartsWith(text, i, end, "<![CDATA["))
                    {
                        int close = text.IndexOf("]]>", i, end - i, StringComparison.Ordinal);
                        int contentEnd = close < 0 ? end : close;
                        for (int k = i + 9; k < contentEnd; k++)
                        {
                            k = FormatItemOrChar(text, k, contentEnd, builder) - 1;
                        }

                        i = close < 0 ? end : close + 3;
                        continue;
                    }

                    // An XML comment inside the value: not prose.
                    int commentEnd = text.IndexOf("-->", i, end - i, StringComparison.Ordinal);
                    builder.Break(i);
                    i = commentEnd < 0 ? end : commentEnd + 3;
                    continue;
                }

                if (c == '&')
                {
                    int next = CharacterReferences.Append(text, i, end, html: false, builder);
                    if (next > 0)
                    {
                        i = next;
                        continue;
                    }
                }

                i = FormatItemOrChar(text, i, end, builder);
            }

            return builder.HasWhitespace() ? builder.Build() : null;
        }

        /// <summary>A composite-format item ("{0}", "{1,-8:N2}", "{name}") as one opaque token, "{{"/"}}" as a brace, or one character.</summary>
        private static int FormatItemOrChar(string text, int i, int end, SegmentBuilder builder)
        {
            char c = text[i];
            if ((c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
            {
                builder.Append(c, i, i + 2);
                return i + 2;
            }

            if (c == '{')
            {
                int close = FormatItemEnd(text, i, end);
                if (close > i)
                {
                    builder.Placeholder(i, close);
                    return close;
                }
            }

            builder.AppendText(c, i, i + 1);
            return i + 1;
        }

        /// <summary>"{index[,alignment][:format]}" or "{name}": the offset after its '}', or -1.</summary>
        private static int FormatItemEnd(string text, int open, int end)
        {
            int limit = Math.Min(end, open + 128);
            int i = open + 1;
            int nameStart = i;
            while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '.'))
            {
                i++;
            }

            if (i == nameStart)
            {
                return -1;
            }

            i = SkipBlanks(text, i, limit);
            if (i < limit && text[i] == ',')
            {
                i = SkipBlanks(text, i + 1, limit);
                if (i < limit && text[i] == '-')
                {
                    i++;
                }

                int digits = i;
                while (i < limit && char.IsDigit(text[i]))
                {
                    i++;
                }

                if (i == digits)
                {
                    return -1;
                }

                i = SkipBlanks(text, i, limit);
            }

            if (i < limit && text[i] == ':')
            {
                while (i < limit && text[i] != '}' && text[i] != '{' && text[i] != '\n')
                {
                    i++;
                }
            }

            return i < limit && text[i] == '}' ? i + 1 : -1;
        }

        private static int SkipBlanks(string text, int i, int end)
        {
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            return i;
        }

        /// <summary>
        /// A string resource: no <c>mimetype</c>, no <c>type</c> other than System.String, and not a WinForms designer
        /// entry (a name that starts with "&gt;&gt;").
        /// </summary>
        private static bool IsStringResource(string text, int lt, int tagEnd)
        {
            int name = AttributeValue(text, lt, tagEnd, "name");
            if (name >= 0 && (StartsWith(text, name, tagEnd, ">>") || StartsWith(text, name, tagEnd, "&gt;&gt;")))
            {
                return false;
            }

            if (AttributeValue(text, lt, tagEnd, "mimetype") >= 0)
            {
                return false;
            }

            int type = AttributeValue(text, lt, tagEnd, "type");
            return type < 0 || StartsWith(text, type, tagEnd, "System.String");
        }

        /// <summary>Where the value of attribute <paramref name="name"/> starts inside the tag, or -1.</summary>
        private static int AttributeValue(string text, int lt, int tagEnd, string name)
        {
            int i = lt + 1;
            while (i < tagEnd && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < tagEnd)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                int nameStart = i;
                while (i < tagEnd && text[i] != '=' && !char.IsWhiteSpace(text[i]) && text[i] != '>' && text[i] != '/')
                {
                    i++;
                }

                bool match = i - nameStart == name.Length && string.CompareOrdinal(text, nameStart, name, 0, name.Length) == 0;
                while (i < tagEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= tagEnd || text[i] != '=')
                {
                    i++;
                    continue;
                }

                i++;
                while (i < tagEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i < tagEnd && (text[i] == '"' || text[i] == '\''))
                {
                    char quote = text[i];
                    int close = text.IndexOf(quote, i + 1, tagEnd - i - 1);
                    if (match)
                    {
                        return i + 1;
                    }

                    i = close < 0 ? tagEnd : close + 1;
                    continue;
                }

                if (match)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Comments, CDATA, processing instructions and declarations (a DOCTYPE, with its internal subset): the offset after them, or lt.</summary>
        /// <param name="subsets">
        /// Whether a declaration's "[ … ]" subset is still looked for: after one never closes, later declarations end
        /// at their first '&gt;' (a file of unclosed DOCTYPEs costs one scan, not one per declaration).
        /// </param>
        private static int SkipNonElement(string text, int lt, int end, ref bool subsets)
        {
            if (StartsWith(text, lt, end, "<!--"))
            {
                int close = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return close < 0 ? end : close + 3;
            }

            if (StartsWith(text, lt, end, "<![CDATA["))
            {
                int close = text.IndexOf("]]>", lt, StringComparison.Ordinal);
                return close < 0 ? end : close + 3;
            }

            if (StartsWith(text, lt, end, "<?"))
            {
                int close = text.IndexOf("?>", lt + 2, StringComparison.Ordinal);
                return close < 0 ? end : close + 2;
            }

            if (StartsWith(text, lt, end, "<!"))
            {
                // A DOCTYPE's internal subset ("[ … ]") may hold '>'. One whose brackets never balance ends at its
                // first '>', so the resources after it are still read.
                int firstGt = -1;
                int depth = 0;
                for (int i = lt + 2; i < end; i++)
                {
                    char c = text[i];
                    if (c == '[')
                    {
                        depth++;
                    }
                    else if (c == ']')
                    {
                        depth--;
                    }
                    else if (c == '>')
                    {
                        if (depth <= 0)
                        {
                            return i + 1;
                        }

                        if (firstGt < 0)
                        {
                            firstGt = i;
                            if (!subsets)
                            {
                                return i + 1;
                            }
                        }
                    }
                }

                subsets = false;
                return firstGt < 0 ? end : firstGt + 1;
            }

            return lt;
        }

        /// <summary>The offset after the '&gt;' that ends the tag at <paramref name="lt"/> (quotes respected); a tag that never ends stops before the next '&lt;'.</summary>
        private static int TagEnd(string text, int lt, int end)
        {
            char quote = '\0';
            for (int i = lt + 1; i < end; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                    else if (c == '<')
                    {
                        // A quote that never closes: the tag ends before the next one.
                        return i;
                    }

                    continue;
                }

                if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
                else if (c == '<')
                {
                    return i;
                }
            }

            return end;
        }

        private static bool IsStartTag(string text, int lt, int end, string name) =>
            StartsWith(text, lt + 1, end, name) && lt + 1 + name.Length < end && IsNameEnd(text[lt + 1 + name.Length]);

        private static bool IsEndTag(string text, int lt, int end, string name) =>
            lt + 1 < end && text[lt + 1] == '/' && StartsWith(text, lt + 2, end, name) && (lt + 2 + name.Length >= end || IsNameEnd(text[lt + 2 + name.Length]));

        private static bool IsSelfClosing(string text, int lt, int tagEnd) => tagEnd - 2 > lt && text[tagEnd - 1] == '>' && text[tagEnd - 2] == '/';

        private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c == '>' || c == '/';

        private static bool StartsWith(string text, int i, int end, string value) =>
            end - i >= value.Length && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;
    }
}
