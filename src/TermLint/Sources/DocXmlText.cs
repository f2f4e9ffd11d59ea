using System.Collections.Generic;
using TermLint.Rules;

namespace TermLint.Sources
{
    /// <summary>
    /// Turns the text of an XML doc comment (already stripped of its "///" or "*" markers) into prose: tags go,
    /// block tags end a sentence, &lt;c&gt; and &lt;code&gt; become one opaque token, self-closing references
    /// (&lt;see cref="…"/&gt;) become one opaque token, entities are decoded, attributes (cref, href, langword)
    /// are never prose. Tolerates any malformed XML: an unclosed '&lt;' is text.
    /// </summary>
    internal static class DocXmlText
    {
        public static void Extract(SegmentBuilder raw, SegmentBuilder prose) => Extract(raw, prose, null);

        /// <summary>
        /// The same, and where each part starts in the prose (summary, value, param with its name, returns; any other
        /// block tag or a closing tag starts an "other" part), for TL0009.
        /// </summary>
        public static void Extract(SegmentBuilder raw, SegmentBuilder prose, List<DocPart>? parts)
        {
            int n = raw.Length;
            int codeDepth = 0;
            int codeStart = -1;
            int i = 0;
            while (i < n)
            {
                char c = raw[i];
                if (c == '<')
                {
                    int close = FindTagEnd(raw, i);
                    if (close < 0)
                    {
                        // "<Word …" never closed: the compiler reads a broken tag, so its words are not prose (a fix
                        // there could rename the tag). A '<' before a space or a digit is a less-than sign.
                        if (i + 1 < n && (char.IsLetter(raw[i + 1]) || raw[i + 1] == '/'))
                        {
                            int lineEnd = i + 1;
                            while (lineEnd < n && raw[lineEnd] != '\n')
                            {
                                lineEnd++;
                            }

                            if (codeDepth == 0)
                            {
                                prose.Placeholder(raw.StartAt(i), raw.EndAt(lineEnd - 1));
                            }

                            i = lineEnd;
                            continue;
                        }

                        if (codeDepth == 0)
                        {
                            prose.Append(c, raw.StartAt(i), raw.EndAt(i));
                        }

                        i++;
                        continue;
                    }

                    if (IsCommentOrCData(raw, i))
                    {
                        // An XML comment or CDATA is not prose; neither is anything inside it.
                        int end = SkipCommentOrCData(raw, i);
                        if (codeDepth == 0)
                        {
                            prose.Placeholder(raw.StartAt(i), raw.EndAt(end - 1));
                        }

                        i = end;
                        continue;
                    }

                    ReadTag(raw, i, close, out bool closing, out bool selfClosing, out string name);
                    if (name == "c" || name == "code")
                    {
                        if (!closing && !selfClosing)
                        {
                            if (codeDepth++ == 0)
                            {
                                codeStart = raw.StartAt(i);
                            }
                        }
                        else if (closing && codeDepth > 0 && --codeDepth == 0)
                        {
                            prose.Placeholder(codeStart, raw.EndAt(close));
                            if (name == "code")
                            {
                                prose.ParagraphBreak(raw.EndAt(close));
                            }
                        }
                    }
                    else if (codeDepth == 0)
                    {
                        if (IsBlock(name))
                        {
                            prose.ParagraphBreak(raw.StartAt(i));
                            parts?.Add(PartOf(raw, i, close, name, closing || selfClosing, prose.Length));
                        }
                        else if (selfClosing)
                        {
                            prose.Placeholder(raw.StartAt(i), raw.EndAt(close));
                        }
                    }

                    i = close + 1;
                    continue;
                }

                if (codeDepth > 0)
                {
                    i++;
                    continue;
                }

                if (c == '&')
                {
                    int end = CharacterReferences.Decode(raw.Chars, i, n, html: false, out char first, out char second);
                    if (end > i)
                    {
                        int sourceEnd = raw.EndAt(end - 1);
                        prose.Append(first, raw.StartAt(i), sourceEnd);
                        if (second != '\0')
                        {
                            // The low half of a surrogate pair stands for no more source than the high half took.
                            prose.Append(second, sourceEnd, sourceEnd);
                        }

                        i = end;
                        continue;
                    }
                }

                // Plain text up to the next tag or entity goes over with its map in one step.
                int next = i + 1;
                while (next < n && raw[next] != '<' && raw[next] != '&')
                {
                    next++;
                }

                prose.AppendFrom(raw, i, next);
                i = next;
            }

            if (codeDepth > 0)
            {
                // An unclosed <c> or <code>: what follows is code to the end of the comment.
                prose.Placeholder(codeStart, raw.Length > 0 ? raw.EndAt(raw.Length - 1) : codeStart);
            }
        }

        private static DocPart PartOf(SegmentBuilder raw, int open, int close, string name, bool closes, int at)
        {
            var kind = closes ? DocPartKind.Other : name switch
            {
                "summary" => DocPartKind.Summary,
                "value" => DocPartKind.Value,
                "param" => DocPartKind.Param,
                "returns" => DocPartKind.Returns,
                _ => DocPartKind.Other,
            };
            return new DocPart(at, kind, kind == DocPartKind.Param ? NameAttribute(raw, open, close) : null);
        }

        /// <summary>The value of the tag's <c>name="…"</c> (or <c>name='…'</c>) attribute, or null.</summary>
        private static string? NameAttribute(SegmentBuilder raw, int open, int close)
        {
            for (int i = open + 1; i + 5 < close; i++)
            {
                if (raw[i] == 'n' && raw[i + 1] == 'a' && raw[i + 2] == 'm' && raw[i + 3] == 'e' && char.IsWhiteSpace(raw[i - 1]))
                {
                    int k = i + 4;
                    while (k < close && char.IsWhiteSpace(raw[k]))
                    {
                        k++;
                    }

                    if (k >= close || raw[k] != '=')
                    {
                        continue;
                    }

                    k++;
                    while (k < close && char.IsWhiteSpace(raw[k]))
                    {
                        k++;
                    }

                    if (k >= close || (raw[k] != '"' && raw[k] != '\''))
                    {
                        return null;
                    }

                    char quote = raw[k];
                    int valueStart = k + 1;
                    int valueEnd = valueStart;
                    while (valueEnd < close && raw[valueEnd] != quote)
                    {
                        valueEnd++;
                    }

                    while (valueStart < valueEnd && char.IsWhiteSpace(raw[valueStart]))
                    {
                        valueStart++;
                    }

                    while (valueEnd > valueStart && char.IsWhiteSpace(raw[valueEnd - 1]))
                    {
                        valueEnd--;
                    }

                    return raw.Substring(valueStart, valueEnd - valueStart);
                }
            }

            return null;
        }

        private static int FindTagEnd(SegmentBuilder raw, int open)
        {
            // A tag may span lines; it never holds another '<'. Bounded so a stray '<' costs little.
            int limit = System.Math.Min(raw.Length, open + 2000);
            for (int i = open + 1; i < limit; i++)
            {
                char c = raw[i];
                if (c == '>')
                {
                    return i;
                }

                if (c == '<')
                {
                    return -1;
                }
            }

            return -1;
        }

        private static bool IsCommentOrCData(SegmentBuilder raw, int i) =>
            (i + 3 < raw.Length && raw[i + 1] == '!' && raw[i + 2] == '-' && raw[i + 3] == '-')
            || (i + 8 < raw.Length && raw[i + 1] == '!' && raw[i + 2] == '[' && raw[i + 3] == 'C');

        private static int SkipCommentOrCData(SegmentBuilder raw, int i)
        {
            bool comment = raw[i + 2] == '-';
            for (int j = i + 4; j < raw.Length; j++)
            {
                if (raw[j] == '>' && ((comment && raw[j - 1] == '-' && raw[j - 2] == '-') || (!comment && raw[j - 1] == ']' && raw[j - 2] == ']')))
                {
                    return j + 1;
                }
            }

            return raw.Length;
        }

        private static void ReadTag(SegmentBuilder raw, int open, int close, out bool closing, out bool selfClosing, out string name)
        {
            int i = open + 1;
            closing = i < close && raw[i] == '/';
            if (closing)
            {
                i++;
            }

            selfClosing = raw[close - 1] == '/';
            int start = i;
            while (i < close && (char.IsLetterOrDigit(raw[i]) || raw[i] == '-' || raw[i] == '_' || raw[i] == ':'))
            {
                i++;
            }

            name = KnownName(raw, start, i - start);
        }

        /// <summary>
        /// The block tags, in lower case: each ends a sentence. With "c" and "code" they are every tag name this
        /// reader acts on; a doc comment holds many tags, and naming them from this table allocates nothing.
        /// </summary>
        private static readonly string[] BlockNames =
        {
            "summary", "remarks", "para", "p", "param", "typeparam", "returns", "value", "exception", "example", "item",
            "term", "description", "list", "listheader", "br", "seealso", "inheritdoc", "include", "permission",
            "threadsafety", "note",
        };

        /// <summary>"c", "code" or the entry of <see cref="BlockNames"/> that raw[start..start+length) spells in any case; "" for any other name.</summary>
        private static string KnownName(SegmentBuilder raw, int start, int length)
        {
            if (length == 1 && raw.EqualsIgnoreCase(start, "c"))
            {
                return "c";
            }

            if (length == 4 && raw.EqualsIgnoreCase(start, "code"))
            {
                return "code";
            }

            foreach (string block in BlockNames)
            {
                if (block.Length == length && raw.EqualsIgnoreCase(start, block))
                {
                    return block;
                }
            }

            return string.Empty;
        }

        /// <summary>Every name <see cref="KnownName"/> gives besides "c" and "code" is a block tag.</summary>
        private static bool IsBlock(string name) => name.Length > 0 && name != "c" && name != "code";
    }
}
