using System;
using System.Collections.Generic;

namespace TermLint.Sources
{
    /// <summary>
    /// Turns a Markdown document into one <see cref="ProseSegment"/> of the text a reader sees, mapped back to the
    /// source: front matter, fenced and indented code, inline code, link targets and reference definitions, autolinks,
    /// HTML tags and comments are left out; headings, list items, table cells and paragraphs become their own
    /// sentences. `termlint-` directives inside HTML comments are returned for <see cref="Suppression.DirectiveMap"/>.
    /// The prose keys of front matter (<c>title</c>, <c>description</c>, <c>summary</c>, <c>excerpt</c>) can be read as
    /// sentences of their own, and the content lines of <c>```csharp</c> / <c>```cs</c> / <c>```c#</c> fences are
    /// returned for reading as C#. A fence that is never closed is not a fence: the text after it stays prose.
    /// Line-by-line and linear; malformed Markdown only means less is skipped, never an exception.
    /// </summary>
    internal sealed class MarkdownProse
    {
        private readonly string _text;
        private readonly bool _frontMatterProse;
        private readonly SegmentBuilder _out = new SegmentBuilder();
        private readonly List<(int At, int End)> _directives = new List<(int, int)>();
        private List<List<(int Start, int End)>>? _csharpFences;

        private char _fenceChar;
        private int _fenceLength;
        private int _fenceIndent;
        private int _fenceQuotes;
        private List<(int Start, int End)>? _fenceLines;
        private Dictionary<string, int>? _noCloserFrom;

        // A search for the closing line of a fence of this character from this offset, at least this long, failed:
        // a later fence that is no longer cannot close either (keeps many unclosed fences linear).
        private int _noBacktickCloseFrom = int.MaxValue;
        private int _noBacktickCloseLength;
        private int _noTildeCloseFrom = int.MaxValue;
        private int _noTildeCloseLength;
        private bool _inHtmlComment;
        private string? _skipUntilTag;
        private bool _inIndentedCode;
        private bool _inList;
        private bool _previousBlank = true;

        private MarkdownProse(string text, bool frontMatterProse)
        {
            _text = text;
            _frontMatterProse = frontMatterProse;
        }

        public ProseSegment Segment { get; private set; } = null!;

        /// <summary>Where each `termlint-` marker inside an HTML comment starts, and where its comment (or line) ends.</summary>
        public List<(int At, int End)> DirectiveMarkers => _directives;

        /// <summary>
        /// The closed C# fences, each as its content lines (offsets of the line's text after the fence's indentation
        /// and block-quote markers, without the line break).
        /// </summary>
        public IReadOnlyList<List<(int Start, int End)>> CSharpFences => (IReadOnlyList<List<(int Start, int End)>>?)_csharpFences ?? Array.Empty<List<(int Start, int End)>>();

        /// <param name="text">The Markdown document.</param>
        /// <param name="frontMatterProse">Whether the prose keys of front matter are read (otherwise front matter is skipped).</param>
        public static MarkdownProse Extract(string text, bool frontMatterProse = false)
        {
            var prose = new MarkdownProse(text ?? string.Empty, frontMatterProse);
            prose.Run();
            return prose;
        }

        private void Run()
        {
            int position = 0;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                position = 1;
            }

            position = SkipFrontMatter(position);
            while (position < _text.Length)
            {
                int end = _text.IndexOf('\n', position);
                int next = end < 0 ? _text.Length : end + 1;
                if (end < 0)
                {
                    end = _text.Length;
                }

                if (end > position && _text[end - 1] == '\r')
                {
                    end--;
                }

                Line(position, end);
                _out.Break(end);
                position = next;
            }

            Segment = _out.View();
        }

        /// <summary>YAML (`---`) or TOML (`+++`) front matter at the very start of the file.</summary>
        private int SkipFrontMatter(int start)
        {
            string? fence = LineIs(start, "---") ? "---" : LineIs(start, "+++") ? "+++" : null;
            if (fence == null)
            {
                return start;
            }

            int position = NextLine(start);
            while (position < _text.Length)
            {
                if (LineIs(position, fence) || (fence == "---" && LineIs(position, "...")))
                {
                    if (_frontMatterProse)
                    {
                        FrontMatterProse.Append(_text, NextLine(start), position, toml: fence == "+++", _out);
                    }

                    return NextLine(position);
                }

                position = NextLine(position);
            }

            // No closing fence: it was a thematic break, not front matter.
            return start;
        }

        private bool LineIs(int start, string marker)
        {
            if (string.CompareOrdinal(_text, start, marker, 0, marker.Length) != 0)
            {
                return false;
            }

            int i = start + marker.Length;
            while (i < _text.Length && _text[i] != '\n')
            {
                if (!char.IsWhiteSpace(_text[i]))
                {
                    return false;
                }

                i++;
            }

            return true;
        }

        /// <summary>Whether a fence of <paramref name="c"/> opened at <paramref name="at"/> is closed by a later line.</summary>
        private bool OpensFence(int at, int end, char c, int from)
        {
            int length = Run(at, end, c);
            bool backtick = c == '`';
            if (backtick && _text.IndexOf('`', at + length, end - at - length) >= 0)
            {
                // "```x``` text" is inline code, not a fence.
                return false;
            }

            if (backtick ? from >= _noBacktickCloseFrom && length >= _noBacktickCloseLength : from >= _noTildeCloseFrom && length >= _noTildeCloseLength)
            {
                return false;
            }

            int position = from;
            while (position < _text.Length)
            {
                int lineEnd = _text.IndexOf('\n', position);
                if (lineEnd < 0)
                {
                    lineEnd = _text.Length;
                }

                if (IsClosingFence(position, lineEnd, c, length))
                {
                    return true;
                }

                position = lineEnd + 1;
            }

            if (backtick)
            {
                _noBacktickCloseFrom = from;
                _noBacktickCloseLength = length;
            }
            else
            {
                _noTildeCloseFrom = from;
                _noTildeCloseLength = length;
            }

            return false;
        }

        /// <summary>A line of at least <paramref name="length"/> fence characters and nothing else (after block-quote markers).</summary>
        private bool IsClosingFence(int start, int end, char c, int length)
        {
            int i = start;
            while (i < end && (_text[i] == ' ' || _text[i] == '\t' || _text[i] == '>'))
            {
                i++;
            }

            int run = Run(i, end, c);
            return run >= length && IsBlank(i + run, end);
        }

        /// <summary>Where a fence's content line starts: after its block-quote markers and at most the fence's indentation.</summary>
        private int FenceContentStart(int start, int end)
        {
            int i = start;
            for (int q = 0; q < _fenceQuotes; q++)
            {
                int j = i;
                while (j < end && j - i < 3 && _text[j] == ' ')
                {
                    j++;
                }

                if (j >= end || _text[j] != '>')
                {
                    break;
                }

                i = j + 1;
                if (i < end && _text[i] == ' ')
                {
                    i++;
                }
            }

            for (int k = 0; k < _fenceIndent && i < end && _text[i] == ' '; k++)
            {
                i++;
            }

            return i;
        }

        /// <summary>The fence's info string names C#: "csharp", "cs" or "c#" (any case) as its first word.</summary>
        private bool IsCSharpInfo(int i, int end)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

            int wordEnd = i;
            while (wordEnd < end && !char.IsWhiteSpace(_text[wordEnd]) && _text[wordEnd] != '{' && _text[wordEnd] != ',')
            {
                wordEnd++;
            }

            int length = wordEnd - i;
            return (length == 6 && string.Compare(_text, i, "csharp", 0, 6, StringComparison.OrdinalIgnoreCase) == 0)
                || (length == 2 && (string.Compare(_text, i, "cs", 0, 2, StringComparison.OrdinalIgnoreCase) == 0 || string.Compare(_text, i, "c#", 0, 2, StringComparison.OrdinalIgnoreCase) == 0));
        }

        private int NextLine(int start)
        {
            int end = _text.IndexOf('\n', start);
            return end < 0 ? _text.Length : end + 1;
        }

        private void Line(int start, int end)
        {
            if (_inHtmlComment)
            {
                start = ContinueHtmlComment(start, end);
                if (start >= end)
                {
                    return;
                }
            }

            if (_skipUntilTag != null)
            {
                int close = IndexOfIgnoreCase(_skipUntilTag, start, end);
                if (close < 0)
                {
                    return;
                }

                start = close + _skipUntilTag.Length;
                _skipUntilTag = null;
            }

            int indent = 0;
            int i = start;
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                indent += _text[i] == '\t' ? 4 : 1;
                i++;
            }

            bool blank = i >= end;
            if (_fenceLength > 0)
            {
                if (IsClosingFence(start, end, _fenceChar, _fenceLength))
                {
                    _fenceLength = 0;
                    _fenceLines = null;
                    _out.Break(end);
                }
                else
                {
                    _fenceLines?.Add((FenceContentStart(start, end), end));
                }

                return;
            }

            if (blank)
            {
                _previousBlank = true;
                return;
            }

            if (indent >= 4 && (_inIndentedCode || (_previousBlank && !_inList)))
            {
                _inIndentedCode = true;
                return;
            }

            _inIndentedCode = false;
            bool wasBlank = _previousBlank;
            _previousBlank = false;

            // Block quotes: any number of '>' markers, each with an optional space.
            int quotes = 0;
            while (i < end && _text[i] == '>')
            {
                quotes++;
                i++;
                if (i < end && _text[i] == ' ')
                {
                    i++;
                }
            }

            int afterQuotes = i;
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

            if (i >= end)
            {
                return;
            }

            char c = _text[i];
            if ((c == '`' || c == '~') && Run(i, end, c) >= 3 && OpensFence(i, end, c, NextLine(i)))
            {
                _fenceChar = c;
                _fenceLength = Run(i, end, c);
                _fenceQuotes = quotes;
                _fenceIndent = quotes > 0 ? i - afterQuotes : indent;
                _fenceLines = null;
                if (IsCSharpInfo(i + _fenceLength, end))
                {
                    _fenceLines = new List<(int, int)>();
                    (_csharpFences ??= new List<List<(int Start, int End)>>()).Add(_fenceLines);
                }

                _out.Break(i);
                return;
            }

            if (IsThematicBreakOrUnderline(i, end, wasBlank) || (IsTableSeparator(i, end) && _text.IndexOf('|', i, end - i) >= 0))
            {
                _out.Break(i);
                return;
            }

            if (c == '[' && IsReferenceDefinition(i, end))
            {
                return;
            }

            if (c == '#')
            {
                int hashes = Run(i, end, '#');
                if (hashes <= 6 && (i + hashes >= end || _text[i + hashes] == ' ' || _text[i + hashes] == '\t'))
                {
                    int contentEnd = end;
                    while (contentEnd > i + hashes && (_text[contentEnd - 1] == '#' || _text[contentEnd - 1] == ' ' || _text[contentEnd - 1] == '\t'))
                    {
                        contentEnd--;
                    }

                    // A heading is a sentence of its own.
                    _out.ParagraphBreak(i);
                    Inline(i + hashes, contentEnd);
                    _out.ParagraphBreak(end);
                    _inList = false;
                    return;
                }
            }

            int item = ListMarkerEnd(i, end);
            if (item > i)
            {
                _inList = true;
                _out.ParagraphBreak(i);
                i = item;
                if (i + 3 <= end && _text[i] == '[' && _text[i + 2] == ']' && (_text[i + 1] == ' ' || _text[i + 1] == 'x' || _text[i + 1] == 'X'))
                {
                    i += 3;
                }
            }
            else if (indent == 0 && wasBlank)
            {
                _inList = false;
            }

            Inline(i, end);
        }

        /// <summary>Inline content of one line: code spans, links, HTML, emphasis markers and escapes.</summary>
        private void Inline(int start, int end)
        {
            int linkTargetFrom = -1;
            int linkTargetTo = -1;
            int i = start;
            while (i < end)
            {
                char c = _text[i];
                if (i == linkTargetFrom)
                {
                    i = linkTargetTo;
                    linkTargetFrom = -1;
                    continue;
                }

                switch (c)
                {
                    case '\\' when i + 1 < end && IsAsciiPunctuation(_text[i + 1]):
                        _out.Append(_text[i + 1], i, i + 2);
                        i += 2;
                        continue;
                    case '`':
                        int ticks = Run(i, end, '`');
                        int close = ClosingTicks(i + ticks, end, ticks);
                        if (close < 0)
                        {
                            // No closing run on the line: literal backticks (CommonMark), not a code span.
                            _out.AppendText(_text, i, i + ticks);
                            i += ticks;
                            continue;
                        }

                        _out.Placeholder(i, close + ticks);
                        i = close + ticks;
                        continue;
                    case '<':
                        i = Html(i, end);
                        continue;
                    case '!' when i + 1 < end && _text[i + 1] == '[':
                        i++;
                        continue;
                    case '[':
                        int closeBracket = ClosingBracket(i, end);
                        if (closeBracket > i && linkTargetFrom < 0)
                        {
                            int targetEnd = LinkTargetEnd(closeBracket + 1, end);
                            if (targetEnd > closeBracket)
                            {
                                linkTargetFrom = closeBracket;
                                linkTargetTo = targetEnd;
                            }
                        }

                        i++;
                        continue;
                    case ']':
                        i++;
                        continue;
                    case '*':
                    case '~' when i + 1 < end && _text[i + 1] == '~':
                        i += Run(i, end, c);
                        continue;
                    case '_' when !(i > start && char.IsLetterOrDigit(_text[i - 1]) && i + 1 < end && char.IsLetterOrDigit(_text[i + 1])):
                        i++;
                        continue;
                    case '&':
                        int entityEnd = Entity(i, end);
                        if (entityEnd > i)
                        {
                            i = entityEnd;
                            continue;
                        }

                        break;
                    case '|':
                        // Table cells are separate sentences.
                        _out.ParagraphBreak(i);
                        i++;
                        continue;
                }

                _out.Append(c, i, i + 1);
                i++;
            }
        }

        private int Html(int i, int end)
        {
            if (string.CompareOrdinal(_text, i, "<!--", 0, 4) == 0)
            {
                _inHtmlComment = true;
                int after = ContinueHtmlComment(i + 4, end);
                return after;
            }

            int close = _text.IndexOf('>', i, end - i);
            if (close < 0 || i + 1 >= end || !(char.IsLetter(_text[i + 1]) || _text[i + 1] == '/'))
            {
                _out.Append('<', i, i + 1);
                return i + 1;
            }

            string inside = _text.Substring(i + 1, close - i - 1);
            if (inside.IndexOf(':') >= 0 || inside.IndexOf('@') >= 0 && inside.IndexOf(' ') < 0)
            {
                // An autolink <https://…> or <me@example.com>.
                _out.Placeholder(i, close + 1);
                return close + 1;
            }

            string name = TagName(inside);
            if (name == "code" || name == "pre" || name == "script" || name == "style" || name == "kbd" || name == "samp")
            {
                string closing = "</" + name;
                int closeTag = IndexOfIgnoreCase(closing, close + 1, end);
                if (closeTag < 0 && ClosesOnALaterLine(closing, end))
                {
                    _skipUntilTag = closing;
                    return end;
                }

                if (closeTag < 0)
                {
                    // Never closed: an ordinary tag, so the text after it is still read.
                    _out.Append(' ', i, i);
                    return close + 1;
                }

                int closeEnd = _text.IndexOf('>', closeTag, end - closeTag);
                int resume = closeEnd < 0 ? end : closeEnd + 1;
                _out.Placeholder(i, resume);
                return resume;
            }

            // A space for the reader, zero-width in the source: a fix never spans (and deletes) the tag.
            _out.Append(' ', i, i);
            return close + 1;
        }

        /// <summary>
        /// Whether "&lt;/name" occurs after <paramref name="from"/>. A failed search is remembered per name: a file of
        /// unclosed &lt;code&gt; tags costs one scan, not one per tag.
        /// </summary>
        private bool ClosesOnALaterLine(string closing, int from)
        {
            _noCloserFrom ??= new Dictionary<string, int>(StringComparer.Ordinal);
            if (_noCloserFrom.TryGetValue(closing, out int failedFrom) && from >= failedFrom)
            {
                return false;
            }

            if (IndexOfIgnoreCase(closing, from, _text.Length) >= 0)
            {
                return true;
            }

            _noCloserFrom[closing] = from;
            return false;
        }

        /// <summary>Reads an HTML comment from <paramref name="i"/> to its "-->" or the line end, noting directives.</summary>
        private int ContinueHtmlComment(int i, int end)
        {
            int close = _text.IndexOf("-->", i, end - i, StringComparison.Ordinal);
            int contentEnd = close < 0 ? end : close;
            int marker = IndexOfIgnoreCase(Suppression.InlineDirective.Marker, i, contentEnd);
            while (marker >= 0)
            {
                _directives.Add((marker, contentEnd));
                marker = IndexOfIgnoreCase(Suppression.InlineDirective.Marker, marker + 1, contentEnd);
            }

            if (close < 0)
            {
                return end;
            }

            _inHtmlComment = false;
            return close + 3;
        }

        private static string TagName(string inside)
        {
            int s = inside.Length > 0 && inside[0] == '/' ? 1 : 0;
            int e = s;
            while (e < inside.Length && char.IsLetterOrDigit(inside[e]))
            {
                e++;
            }

            return inside.Substring(s, e - s).ToLowerInvariant();
        }

        private int Entity(int i, int end) => CharacterReferences.Append(_text, i, end, html: true, _out);

        private int ClosingTicks(int from, int end, int ticks)
        {
            int i = from;
            while (i < end)
            {
                if (_text[i] == '`')
                {
                    int run = Run(i, end, '`');
                    if (run == ticks)
                    {
                        return i;
                    }

                    i += run;
                    continue;
                }

                i++;
            }

            return -1;
        }

        private int ClosingBracket(int open, int end)
        {
            int depth = 0;
            for (int i = open; i < end; i++)
            {
                char c = _text[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == '`')
                {
                    int close = ClosingTicks(i + Run(i, end, '`'), end, Run(i, end, '`'));
                    if (close > i)
                    {
                        i = close + Run(close, end, '`') - 1;
                        continue;
                    }
                }

                if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The end of "(target "title")" or "[ref]" right after a link's text; -1 when there is none.</summary>
        private int LinkTargetEnd(int i, int end)
        {
            if (i >= end)
            {
                return -1;
            }

            char open = _text[i];
            if (open != '(' && open != '[')
            {
                return -1;
            }

            char close = open == '(' ? ')' : ']';
            int depth = 0;
            for (int j = i; j < end; j++)
            {
                if (_text[j] == '\\')
                {
                    j++;
                    continue;
                }

                if (_text[j] == open)
                {
                    depth++;
                }
                else if (_text[j] == close && --depth == 0)
                {
                    return j + 1;
                }
            }

            return -1;
        }

        private bool IsReferenceDefinition(int i, int end)
        {
            int close = ClosingBracket(i, end);
            return close > i && close + 1 < end && _text[close + 1] == ':';
        }

        private bool IsThematicBreakOrUnderline(int i, int end, bool afterBlank)
        {
            char c = _text[i];
            if (c != '-' && c != '*' && c != '_' && c != '=')
            {
                return false;
            }

            int count = 0;
            for (int j = i; j < end; j++)
            {
                if (_text[j] == c)
                {
                    count++;
                }
                else if (_text[j] != ' ' && _text[j] != '\t')
                {
                    return false;
                }
            }

            return count >= 3 || (c == '=' || c == '-') && count >= 1 && !afterBlank;
        }

        private bool IsTableSeparator(int i, int end)
        {
            bool dash = false;
            for (int j = i; j < end; j++)
            {
                char c = _text[j];
                if (c == '-')
                {
                    dash = true;
                }
                else if (c != '|' && c != ':' && c != ' ' && c != '\t')
                {
                    return false;
                }
            }

            return dash;
        }

        private int ListMarkerEnd(int i, int end)
        {
            char c = _text[i];
            if (c == '-' || c == '*' || c == '+')
            {
                return i + 1 < end && (_text[i + 1] == ' ' || _text[i + 1] == '\t') ? i + 2 : (i + 1 == end ? end : -1);
            }

            int j = i;
            while (j < end && j - i < 9 && char.IsDigit(_text[j]))
            {
                j++;
            }

            if (j > i && j < end && (_text[j] == '.' || _text[j] == ')') && (j + 1 == end || _text[j + 1] == ' ' || _text[j + 1] == '\t'))
            {
                return Math.Min(j + 2, end);
            }

            return -1;
        }

        private int Run(int i, int end, char c)
        {
            int j = i;
            while (j < end && _text[j] == c)
            {
                j++;
            }

            return j - i;
        }

        private bool IsBlank(int i, int end)
        {
            for (int j = i; j < end; j++)
            {
                if (!char.IsWhiteSpace(_text[j]))
                {
                    return false;
                }
            }

            return true;
        }

        private int IndexOfIgnoreCase(string value, int start, int end) =>
            end - start < value.Length ? -1 : _text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase);

        private static bool IsAsciiPunctuation(char c) => c < 128 && char.IsPunctuation(c) || c == '`' || c == '*' || c == '_' || c == '<' || c == '>' || c == '|' || c == '#' || c == '+' || c == '=' || c == '~' || c == '^' || c == '$';
    }
}
