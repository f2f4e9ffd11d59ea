using System;
using System.Collections.Generic;

namespace TermLint.Sources
{
    /// <summary>
    /// Reads a Razor file (<c>.razor</c>, <c>.cshtml</c>) the way its reader sees it. Markup text, the attributes
    /// people read (<c>title</c>, <c>alt</c>, <c>placeholder</c>, <c>aria-label</c>, <c>label</c>) and the comments
    /// (<c>@* *@</c>, <c>&lt;!-- --&gt;</c>) become one <see cref="ProseSegment"/>, each block element, attribute
    /// and comment a sentence of its own. The C# of <c>@code</c>, <c>@functions</c>, <c>@{ }</c> and of control
    /// blocks (<c>@if</c>, <c>@foreach</c> …) goes to a <see cref="CSharpIsland"/>, read as C#; markup nested in it
    /// is markup again. Tags, <c>@expressions</c>, directives (<c>@page</c>, <c>@inject</c> …), other attributes
    /// and <c>&lt;code&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c> are not prose.
    /// One forward pass; nesting is bounded; malformed Razor (an unclosed tag, quote or block) never throws and
    /// keeps the text after it.
    /// </summary>
    internal sealed class RazorProse
    {
        /// <summary>Code and markup nested deeper than this are read flat (a hostile file cannot exhaust the stack).</summary>
        internal const int MaxDepth = 48;

        private static readonly string[] ProseAttributes = { "title", "alt", "placeholder", "aria-label", "label" };
        private static readonly string[] SkippedElements = { "code", "pre", "script", "style", "kbd", "samp" };
        private static readonly string[] SkippedClosers = { "</code", "</pre", "</script", "</style", "</kbd", "</samp" };
        private static readonly string[] InlineElements = { "a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "font", "i", "label", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "text", "time", "u", "var", "wbr" };
        private static readonly string[] VoidElements = { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };
        private static readonly string[] LineDirectives = { "page", "using", "inject", "attribute", "layout", "inherits", "implements", "namespace", "typeparam", "model", "rendermode", "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix" };
        private static readonly string[] ControlKeywords = { "if", "for", "foreach", "while", "switch", "lock", "using", "try", "do" };

        private readonly string _text;
        private readonly SegmentBuilder _out = new SegmentBuilder();
        private readonly List<(int At, int End)> _directives = new List<(int, int)>();
        private readonly CSharpIsland _csharp = new CSharpIsland();
        private readonly int[] _noCloserFrom = new int[SkippedClosers.Length];
        private int _depth;

        // The last offset of each closing character: a construct that opens after it can never close, so it is
        // read as unclosed at once instead of by a scan to the end of the file.
        private int _lastQuote = -2;
        private int _lastApostrophe = -2;
        private int _lastParen = -2;
        private int _lastBracket = -2;
        private bool _unbalanced;

        private RazorProse(string text)
        {
            _text = text;
            _csharp.Reset(text);
            for (int k = 0; k < _noCloserFrom.Length; k++)
            {
                _noCloserFrom[k] = int.MaxValue;
            }
        }

        /// <summary>The markup prose: text, prose attributes and comments, mapped to the file.</summary>
        public ProseSegment Segment { get; private set; } = null!;

        /// <summary>The C# of the file's code blocks, to walk as C#.</summary>
        public CSharpIsland CSharp => _csharp;

        /// <summary>Where each <c>termlint-</c> marker inside a Razor or HTML comment starts, and where its comment (or line) ends.</summary>
        public List<(int At, int End)> DirectiveMarkers => _directives;

        public static RazorProse Extract(string text)
        {
            var prose = new RazorProse(text ?? string.Empty);
            int start = prose._text.Length > 0 && prose._text[0] == '\uFEFF' ? 1 : 0;
            prose.Markup(start, prose._text.Length, -1, 0, untilBrace: false, untilLineEnd: false);
            prose.Segment = prose._out.Build();
            return prose;
        }

        // ---- Markup ---------------------------------------------------------------------------------------------

        /// <summary>
        /// Reads markup from <paramref name="i"/>. With an element name (<paramref name="nameStart"/> ≥ 0) it stops
        /// after that element's matching end tag; <paramref name="untilBrace"/> stops at a '}' (a @section's end);
        /// <paramref name="untilLineEnd"/> stops at the line end (an <c>@:</c> line). Returns where it stopped.
        /// </summary>
        private int Markup(int i, int end, int nameStart, int nameLength, bool untilBrace, bool untilLineEnd)
        {
            int nested = 0;
            while (i < end)
            {
                char c = _text[i];
                if ((untilLineEnd && c == '\n') || (untilBrace && c == '}'))
                {
                    return i;
                }

                if (c == '<')
                {
                    if (StartsWith(i, end, "<!--"))
                    {
                        i = Comment(i, i + 4, "-->", end);
                        continue;
                    }

                    if (i + 1 < end && (_text[i + 1] == '!' || _text[i + 1] == '?'))
                    {
                        int close = _text.IndexOf('>', i, end - i);
                        int after = close < 0 ? end : close + 1;
                        _out.ParagraphBreak(i);
                        i = after;
                        continue;
                    }

                    if (TryReadTag(i, end, out var tag))
                    {
                        if (nameStart >= 0 && SameName(tag, nameStart, nameLength))
                        {
                            if (tag.Closing)
                            {
                                if (nested == 0)
                                {
                                    _out.ParagraphBreak(i);
                                    return tag.End;
                                }

                                nested--;
                            }
                            else if (!tag.SelfClosing && !IsVoid(tag))
                            {
                                nested++;
                            }
                        }

                        i = Tag(tag, end);
                        continue;
                    }
                }
                else if (c == '@')
                {
                    i = Transition(i, end);
                    continue;
                }

                i = TextCharacter(i, end);
            }

            return end;
        }

        /// <summary>One character of text (a character reference decoded); the offset after it.</summary>
        private int TextCharacter(int i, int end)
        {
            if (_text[i] == '&')
            {
                int next = CharacterReferences.Append(_text, i, end, html: true, _out);
                if (next > 0)
                {
                    return next;
                }
            }

            _out.AppendText(_text[i], i, i + 1);
            return i + 1;
        }

        /// <summary>A tag: its prose attributes, a sentence break or a space, or the whole of a skipped element.</summary>
        private int Tag(in TagInfo tag, int end)
        {
            if (!tag.Closing && !tag.SelfClosing)
            {
                int skipped = Index(SkippedElements, tag);
                if (skipped >= 0)
                {
                    int close = FindCloser(skipped, tag.End, end);
                    if (close >= 0)
                    {
                        int gt = _text.IndexOf('>', close, end - close);
                        int resume = gt < 0 ? end : gt + 1;
                        _out.Placeholder(tag.Start, resume);
                        return resume;
                    }
                }
            }

            if (!tag.Closing)
            {
                ProseAttributeValues(tag);
            }

            if (Is(tag, "br"))
            {
                _out.Break(tag.Start);
            }
            else if (Index(InlineElements, tag) >= 0)
            {
                // A space for the reader, zero-width in the source: words on both sides of a tag are not one
                // unbroken run, so no fix replaces the tag with them.
                _out.Append(' ', tag.Start, tag.Start);
            }
            else
            {
                _out.ParagraphBreak(tag.Start);
            }

            return tag.End;
        }

        /// <summary>
        /// A markup element inside C# (<c>&lt;p&gt;…&lt;/p&gt;</c> in a code block, <c>@&lt;b&gt;…&lt;/b&gt;</c>): read as
        /// markup up to its matching end tag.
        /// </summary>
        private int Element(in TagInfo tag, int end)
        {
            _out.ParagraphBreak(tag.Start);
            int i = Tag(tag, end);
            if (tag.Closing || tag.SelfClosing || IsVoid(tag) || i != tag.End)
            {
                return i;
            }

            _depth++;
            i = Markup(i, end, tag.NameStart, tag.NameLength, untilBrace: false, untilLineEnd: false);
            _depth--;
            return i;
        }

        /// <summary>A Razor or HTML comment: prose of its own, and the place directives live.</summary>
        private int Comment(int at, int contentStart, string closer, int end)
        {
            int close = contentStart <= end ? _text.IndexOf(closer, contentStart, end - contentStart, StringComparison.Ordinal) : -1;
            int contentEnd = close < 0 ? end : close;
            int marker = IndexOfIgnoreCase(Suppression.InlineDirective.Marker, contentStart, contentEnd);
            while (marker >= 0)
            {
                _directives.Add((marker, contentEnd));
                marker = IndexOfIgnoreCase(Suppression.InlineDirective.Marker, marker + 1, contentEnd);
            }

            _out.ParagraphBreak(at);
            _out.AppendText(_text, contentStart, contentEnd);
            _out.ParagraphBreak(contentEnd);
            return close < 0 ? end : close + closer.Length;
        }

        private void ProseAttributeValues(in TagInfo tag)
        {
            int i = tag.NameStart + tag.NameLength;
            int end = tag.End - 1;
            while (i < end)
            {
                char c = _text[i];
                if (char.IsWhiteSpace(c) || c == '/')
                {
                    i++;
                    continue;
                }

                int nameStart = i;
                while (i < end && !char.IsWhiteSpace(_text[i]) && _text[i] != '=' && _text[i] != '>' && _text[i] != '"' && _text[i] != '\'')
                {
                    i++;
                }

                int nameEnd = i;
                if (nameEnd == nameStart)
                {
                    // A stray quote: skip its quoted text.
                    int close = AttributeValueEnd(i, end + 1);
                    i = close < 0 ? end : close;
                    continue;
                }

                int j = SkipSpaces(i, end);
                if (j >= end || _text[j] != '=')
                {
                    i = j;
                    continue;
                }

                j = SkipSpaces(j + 1, end);
                int valueStart;
                int valueEnd;
                if (j < end && (_text[j] == '"' || _text[j] == '\''))
                {
                    valueStart = j + 1;
                    int close = AttributeValueEnd(j, end + 1);
                    valueEnd = close < 0 ? end : close - 1;
                    i = close < 0 ? end : close;
                }
                else
                {
                    valueStart = j;
                    while (j < end && !char.IsWhiteSpace(_text[j]))
                    {
                        j++;
                    }

                    valueEnd = j;
                    i = j;
                }

                if (IsProseAttribute(nameStart, nameEnd - nameStart) && !StartsWithCode(valueStart, valueEnd))
                {
                    _out.ParagraphBreak(valueStart);
                    AttributeText(valueStart, valueEnd);
                    _out.ParagraphBreak(valueEnd);
                }
            }
        }

        /// <summary>An attribute value whose first non-blank character is a Razor transition is C#.</summary>
        private bool StartsWithCode(int start, int end)
        {
            int i = SkipSpaces(start, end);
            return i < end && _text[i] == '@' && !(i + 1 < end && _text[i + 1] == '@');
        }

        private void AttributeText(int i, int end)
        {
            while (i < end)
            {
                char c = _text[i];
                if (c == '@' && i + 1 < end)
                {
                    char n = _text[i + 1];
                    if (n == '@')
                    {
                        _out.Append('@', i, i + 2);
                        i += 2;
                        continue;
                    }

                    if (n == '(' && !(i > 0 && IsIdentifierPart(_text[i - 1])))
                    {
                        int close = Balanced(i + 1, end, '(', ')');
                        _out.Placeholder(i, close);
                        i = close;
                        continue;
                    }

                    if (IsIdentifierStart(n) && !(i > 0 && IsIdentifierPart(_text[i - 1])))
                    {
                        int exprEnd = ImplicitExpressionEnd(i + 1, end);
                        _out.Placeholder(i, exprEnd);
                        i = exprEnd;
                        continue;
                    }
                }

                i = TextCharacter(i, end);
            }
        }

        // ---- Razor transitions ----------------------------------------------------------------------------------

        /// <summary>At an '@' in markup: an escape, a comment, an expression, a directive or a code block.</summary>
        private int Transition(int at, int end)
        {
            int i = at + 1;
            if (i >= end)
            {
                _out.Append('@', at, i);
                return i;
            }

            char n = _text[i];
            if (n == '@')
            {
                _out.Append('@', at, at + 2);
                return at + 2;
            }

            if (n == '*')
            {
                return Comment(at, at + 2, "*@", end);
            }

            // "name@example.com" is text.
            if (at > 0 && IsIdentifierPart(_text[at - 1]))
            {
                _out.Append('@', at, i);
                return i;
            }

            if (n == '(')
            {
                int close = Balanced(i, end, '(', ')');
                _out.Placeholder(at, close);
                return close;
            }

            bool deep = _depth >= MaxDepth;
            if (n == '{' && !deep)
            {
                _out.ParagraphBreak(at);
                int after = CodeBlock(i, end, includeBraces: true);
                _out.ParagraphBreak(after);
                return after;
            }

            if (!IsIdentifierStart(n))
            {
                _out.Append('@', at, i);
                return i;
            }

            int wordEnd = IdentifierEnd(i, end);
            if (!deep && (Word(i, wordEnd, "code") || Word(i, wordEnd, "functions")))
            {
                int brace = SkipWhitespace(wordEnd, end);
                if (brace < end && _text[brace] == '{')
                {
                    _out.ParagraphBreak(at);
                    int after = CodeBlock(brace, end, includeBraces: false);
                    _out.ParagraphBreak(after);
                    return after;
                }
            }

            if (!deep && IsControlKeyword(i, wordEnd))
            {
                _out.ParagraphBreak(at);
                int after = Statement(i, end);
                _out.ParagraphBreak(after);
                return after;
            }

            if (AtLineStart(at))
            {
                if (Word(i, wordEnd, "section") && !deep)
                {
                    int nameStart = SkipSpaces(wordEnd, end);
                    int nameEnd = IdentifierEnd(nameStart, end);
                    int brace = SkipWhitespace(nameEnd, end);
                    if (nameEnd > nameStart && brace < end && _text[brace] == '{')
                    {
                        _out.ParagraphBreak(at);
                        _depth++;
                        int close = Markup(brace + 1, end, -1, 0, untilBrace: true, untilLineEnd: false);
                        _depth--;
                        _out.ParagraphBreak(close);
                        return close < end ? close + 1 : end;
                    }
                }

                if (IsLineDirective(i, wordEnd))
                {
                    int lineEnd = _text.IndexOf('\n', wordEnd, end - wordEnd);
                    int after = lineEnd < 0 ? end : lineEnd;
                    _out.ParagraphBreak(at);
                    return after;
                }
            }

            int expressionEnd = Word(i, wordEnd, "await") ? ImplicitExpressionEnd(SkipSpaces(wordEnd, end), end) : ImplicitExpressionEnd(i, end);
            _out.Placeholder(at, expressionEnd);
            return expressionEnd;
        }

        /// <summary>
        /// A control statement at its keyword (after the '@'): keyword, header and block go to the C# island, with
        /// its continuations (<c>else</c>, <c>else if</c>, <c>catch</c>, <c>finally</c>, <c>do … while</c>).
        /// </summary>
        private int Statement(int keyword, int end)
        {
            int keywordEnd = IdentifierEnd(keyword, end);
            bool isDo = Word(keyword, keywordEnd, "do");
            int i = Block(keyword, keywordEnd, end);
            if (i < 0)
            {
                // No block: "@using (x)" or a malformed statement; its header is code, not prose.
                int header = SkipSpaces(keywordEnd, end);
                int after = header < end && _text[header] == '(' ? Balanced(header, end, '(', ')') : keywordEnd;
                return after;
            }

            while (true)
            {
                int next = SkipWhitespace(i, end);
                int wordEnd = IdentifierEnd(next, end);
                if (Word(next, wordEnd, "else"))
                {
                    int afterElse = SkipWhitespace(wordEnd, end);
                    int ifEnd = IdentifierEnd(afterElse, end);
                    int block = Word(afterElse, ifEnd, "if") ? Block(next, ifEnd, end) : Block(next, wordEnd, end);
                    if (block < 0)
                    {
                        return i;
                    }

                    i = block;
                }
                else if (Word(next, wordEnd, "catch") || Word(next, wordEnd, "finally"))
                {
                    int block = Block(next, wordEnd, end);
                    if (block < 0)
                    {
                        return i;
                    }

                    i = block;
                }
                else if (isDo && Word(next, wordEnd, "while"))
                {
                    int header = SkipSpaces(wordEnd, end);
                    if (header >= end || _text[header] != '(')
                    {
                        return i;
                    }

                    int after = Balanced(header, end, '(', ')');
                    int semicolon = SkipSpaces(after, end);
                    if (semicolon < end && _text[semicolon] == ';')
                    {
                        after = semicolon + 1;
                    }

                    _csharp.Copy(next, after);
                    return after;
                }
                else
                {
                    return i;
                }
            }
        }

        /// <summary>
        /// From a keyword at <paramref name="from"/> ending at <paramref name="wordEnd"/>: its optional header
        /// "(…)" (and a catch's "when (…)") and its block. Copies them to the island and returns the offset after
        /// the block, or -1 when no block follows.
        /// </summary>
        private int Block(int from, int wordEnd, int end)
        {
            int i = SkipWhitespace(wordEnd, end);
            if (i < end && _text[i] == '(')
            {
                i = SkipWhitespace(Balanced(i, end, '(', ')'), end);
            }

            int whenEnd = IdentifierEnd(i, end);
            if (Word(i, whenEnd, "when"))
            {
                int header = SkipWhitespace(whenEnd, end);
                if (header < end && _text[header] == '(')
                {
                    i = SkipWhitespace(Balanced(header, end, '(', ')'), end);
                }
            }

            if (i >= end || _text[i] != '{')
            {
                return -1;
            }

            _csharp.Copy(from, i);
            return CodeBlock(i, end, includeBraces: true);
        }

        // ---- C# -------------------------------------------------------------------------------------------------

        /// <summary>
        /// A C# block from its '{' to the matching '}', copied to the island (with or without its braces; the
        /// members of <c>@code</c> go without, so they stand at the island's top level). Markup that starts a
        /// statement (<c>&lt;p&gt;</c>), <c>@:</c> lines, <c>@&lt;tag&gt;</c> templates and <c>@* *@</c> comments are
        /// read as markup and left out of the C#. Returns the offset after the block.
        /// </summary>
        private int CodeBlock(int open, int end, bool includeBraces)
        {
            _depth++;
            int depth = 1;
            int i = open + 1;
            int run = includeBraces ? open : open + 1;
            char previous = '{';
            while (i < end)
            {
                char c = _text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                int skipped = SkipLiteralOrComment(i, end, 0);
                if (skipped > i)
                {
                    if (c != '/')
                    {
                        previous = '"';
                    }

                    i = skipped;
                    continue;
                }

                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    if (--depth == 0)
                    {
                        _csharp.Copy(run, includeBraces ? i + 1 : i);
                        _depth--;
                        return i + 1;
                    }
                }
                else if (c == '@' && i + 1 < end)
                {
                    char n = _text[i + 1];
                    if (n == '*')
                    {
                        _csharp.Copy(run, i);
                        i = Comment(i, i + 2, "*@", end);
                        run = i;
                        continue;
                    }

                    if (n == ':')
                    {
                        _csharp.Copy(run, i);
                        _out.ParagraphBreak(i);
                        i = Markup(i + 2, end, -1, 0, untilBrace: false, untilLineEnd: true);
                        _out.ParagraphBreak(i);
                        run = i;
                        previous = ';';
                        continue;
                    }

                    if (n == '<' && _depth < MaxDepth && TryReadTag(i + 1, end, out var template) && !template.Closing)
                    {
                        _csharp.Copy(run, i);
                        i = Element(template, end);
                        _out.ParagraphBreak(i);
                        run = i;
                        previous = ')';
                        continue;
                    }
                }
                else if (c == '<' && StartsStatement(previous) && i + 1 < end && char.IsLetter(_text[i + 1]) && _depth < MaxDepth && TryReadTag(i, end, out var element))
                {
                    _csharp.Copy(run, i);
                    i = Element(element, end);
                    _out.ParagraphBreak(i);
                    run = i;
                    previous = ';';
                    continue;
                }

                previous = c;
                i++;
            }

            // Unclosed: the block runs to the end of the file, as the Razor compiler reads it.
            _csharp.Copy(run, end);
            _depth--;
            return end;
        }

        private static bool StartsStatement(char previous) => previous == '{' || previous == '}' || previous == ';' || previous == ':';

        /// <summary>
        /// The end of a C# string, character literal or comment starting at <paramref name="i"/>, or
        /// <paramref name="i"/> when none starts there. Unterminated ones end at their line (or, for a block
        /// comment and a multi-line raw or verbatim string, at the end of the file).
        /// </summary>
        private int SkipLiteralOrComment(int i, int end, int nesting)
        {
            char c = _text[i];
            if (c == '/' && i + 1 < end)
            {
                if (_text[i + 1] == '/')
                {
                    int lineEnd = _text.IndexOf('\n', i, end - i);
                    return lineEnd < 0 ? end : lineEnd;
                }

                if (_text[i + 1] == '*')
                {
                    int close = i + 2 < end ? _text.IndexOf("*/", i + 2, end - i - 2, StringComparison.Ordinal) : -1;
                    return close < 0 ? end : close + 2;
                }

                return i;
            }

            if (c == '\'')
            {
                for (int j = i + 1; j < end && j < i + 12 && _text[j] != '\n'; j++)
                {
                    if (_text[j] == '\\')
                    {
                        j++;
                        continue;
                    }

                    if (_text[j] == '\'')
                    {
                        return j + 1;
                    }
                }

                return i;
            }

            int p = i;
            bool verbatim = false;
            bool interpolated = false;
            while (p < end && p - i < 4 && (_text[p] == '@' || _text[p] == '$'))
            {
                verbatim |= _text[p] == '@';
                interpolated |= _text[p] == '$';
                p++;
            }

            if (p >= end || _text[p] != '"')
            {
                return i;
            }

            int quotes = 0;
            while (p + quotes < end && _text[p + quotes] == '"')
            {
                quotes++;
            }

            if (quotes >= 3)
            {
                // Raw: closed by a run of at least as many quotes.
                int j = p + quotes;
                while (j < end)
                {
                    if (_text[j] == '"')
                    {
                        int run = 0;
                        while (j + run < end && _text[j + run] == '"')
                        {
                            run++;
                        }

                        if (run >= quotes)
                        {
                            return j + run;
                        }

                        j += run;
                        continue;
                    }

                    j++;
                }

                return end;
            }

            if (quotes == 2 && !verbatim)
            {
                return p + 2;
            }

            int k = p + 1;
            while (k < end)
            {
                char d = _text[k];
                if (verbatim)
                {
                    if (d == '"')
                    {
                        if (k + 1 < end && _text[k + 1] == '"')
                        {
                            k += 2;
                            continue;
                        }

                        return k + 1;
                    }
                }
                else
                {
                    if (d == '\n')
                    {
                        return k;
                    }

                    if (d == '\\')
                    {
                        k += 2;
                        continue;
                    }

                    if (d == '"')
                    {
                        return k + 1;
                    }
                }

                if (interpolated && d == '{')
                {
                    if (k + 1 < end && _text[k + 1] == '{')
                    {
                        k += 2;
                        continue;
                    }

                    k = Hole(k, end, nesting);
                    continue;
                }

                k++;
            }

            return end;
        }

        /// <summary>An interpolation hole from its '{': nested braces and strings are skipped; the offset after its '}'.</summary>
        private int Hole(int open, int end, int nesting)
        {
            int depth = 1;
            int k = open + 1;
            while (k < end)
            {
                char d = _text[k];
                if (d == '\n' && nesting > 8)
                {
                    return k;
                }

                if (nesting < 16 && (d == '"' || d == '\'' || d == '@' || d == '$' || d == '/'))
                {
                    int skipped = SkipLiteralOrComment(k, end, nesting + 1);
                    if (skipped > k)
                    {
                        k = skipped;
                        continue;
                    }
                }

                if (d == '{')
                {
                    depth++;
                }
                else if (d == '}' && --depth == 0)
                {
                    return k + 1;
                }

                k++;
            }

            return end;
        }

        /// <summary>
        /// From an opening bracket to just after its match, skipping C# literals. A bracket that never closes ends
        /// at its line, so the text after it is still read. Once one bracket has been found unbalanced the file is
        /// broken, and later brackets are matched within their line only: a file of unclosed brackets stays linear.
        /// </summary>
        private int Balanced(int open, int end, char opening, char closing)
        {
            int last = closing == ')' ? (_lastParen == -2 ? _lastParen = _text.LastIndexOf(')') : _lastParen)
                : (_lastBracket == -2 ? _lastBracket = _text.LastIndexOf(']') : _lastBracket);
            int newline = _text.IndexOf('\n', open, end - open);
            int lineEnd = newline < 0 ? end : newline;
            if (last < open)
            {
                return lineEnd;
            }

            int limit = _unbalanced ? lineEnd : end;
            int depth = 0;
            int i = open;
            while (i < limit)
            {
                char c = _text[i];
                if (c == '"' || c == '\'' || c == '@' || c == '$' || c == '/')
                {
                    int skipped = SkipLiteralOrComment(i, end, 0);
                    if (skipped > i)
                    {
                        i = skipped;
                        continue;
                    }
                }

                if (c == opening)
                {
                    depth++;
                }
                else if (c == closing && --depth == 0)
                {
                    return i + 1;
                }

                i++;
            }

            _unbalanced = true;
            return lineEnd;
        }

        /// <summary>An implicit expression: a name, then ".name", "?.name", "(…)" and "[…]" (no spaces).</summary>
        private int ImplicitExpressionEnd(int i, int end)
        {
            i = IdentifierEnd(i, end);
            while (i < end)
            {
                char c = _text[i];
                if (c == '(' || c == '[')
                {
                    i = Balanced(i, end, c, c == '(' ? ')' : ']');
                    continue;
                }

                if (c == '!' && i + 1 < end && _text[i + 1] == '.')
                {
                    i++;
                    continue;
                }

                int member = c == '.' ? i + 1 : c == '?' && i + 1 < end && _text[i + 1] == '.' ? i + 2 : -1;
                if (member > 0 && member < end && IsIdentifierStart(_text[member]))
                {
                    i = IdentifierEnd(member, end);
                    continue;
                }

                break;
            }

            return i;
        }

        // ---- Tags -----------------------------------------------------------------------------------------------

        private readonly struct TagInfo
        {
            public TagInfo(int start, int end, int nameStart, int nameLength, bool closing, bool selfClosing)
            {
                Start = start;
                End = end;
                NameStart = nameStart;
                NameLength = nameLength;
                Closing = closing;
                SelfClosing = selfClosing;
            }

            public int Start { get; }
            public int End { get; }
            public int NameStart { get; }
            public int NameLength { get; }
            public bool Closing { get; }
            public bool SelfClosing { get; }
        }

        /// <summary>
        /// A start or end tag at '&lt;': its name and where it ends ('&gt;' outside quotes). Not a tag — "&lt;" text —
        /// when no name follows, a '&lt;' comes first, or a quote or the tag itself never closes.
        /// </summary>
        private bool TryReadTag(int lt, int end, out TagInfo tag)
        {
            tag = default;
            int i = lt + 1;
            bool closing = i < end && _text[i] == '/';
            if (closing)
            {
                i++;
            }

            int nameStart = i;
            if (i >= end || !char.IsLetter(_text[i]))
            {
                return false;
            }

            while (i < end && (char.IsLetterOrDigit(_text[i]) || _text[i] == '-' || _text[i] == ':' || _text[i] == '.' || _text[i] == '_'))
            {
                i++;
            }

            int nameLength = i - nameStart;
            while (i < end)
            {
                char c = _text[i];
                if (c == '>')
                {
                    bool selfClosing = _text[i - 1] == '/';
                    tag = new TagInfo(lt, i + 1, nameStart, nameLength, closing, selfClosing);
                    return true;
                }

                if (c == '<')
                {
                    return false;
                }

                if (c == '"' || c == '\'')
                {
                    int close = AttributeValueEnd(i, end);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close;
                    continue;
                }

                i++;
            }

            return false;
        }

        /// <summary>
        /// After the closing quote of the attribute value whose opening quote is at <paramref name="quote"/>, or -1
        /// when it never closes. Razor code inside the value (<c>@(…)</c>, <c>@Name["…"]</c>) may hold quotes of its
        /// own: it is skipped as code.
        /// </summary>
        private int AttributeValueEnd(int quote, int end)
        {
            char q = _text[quote];
            int last = q == '"' ? (_lastQuote == -2 ? _lastQuote = _text.LastIndexOf('"') : _lastQuote)
                : (_lastApostrophe == -2 ? _lastApostrophe = _text.LastIndexOf('\'') : _lastApostrophe);
            if (last <= quote)
            {
                return -1;
            }

            int i = quote + 1;
            while (i < end)
            {
                char c = _text[i];
                if (c == q)
                {
                    return i + 1;
                }

                if (c == '@' && i + 1 < end && !(i > quote + 1 && IsIdentifierPart(_text[i - 1])))
                {
                    char n = _text[i + 1];
                    if (n == '@')
                    {
                        i += 2;
                        continue;
                    }

                    if (n == '(')
                    {
                        i = Balanced(i + 1, end, '(', ')');
                        continue;
                    }

                    if (IsIdentifierStart(n))
                    {
                        i = ImplicitExpressionEnd(i + 1, end);
                        continue;
                    }
                }

                i++;
            }

            return -1;
        }

        private int FindCloser(int k, int from, int end)
        {
            if (from >= _noCloserFrom[k])
            {
                return -1;
            }

            int close = IndexOfIgnoreCase(SkippedClosers[k], from, end);
            if (close < 0)
            {
                _noCloserFrom[k] = from;
            }

            return close;
        }

        private bool SameName(in TagInfo tag, int nameStart, int nameLength) =>
            tag.NameLength == nameLength && string.Compare(_text, tag.NameStart, _text, nameStart, nameLength, StringComparison.OrdinalIgnoreCase) == 0;

        private bool Is(in TagInfo tag, string name) =>
            tag.NameLength == name.Length && string.Compare(_text, tag.NameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private int Index(string[] names, in TagInfo tag)
        {
            for (int k = 0; k < names.Length; k++)
            {
                if (Is(tag, names[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        private bool IsVoid(in TagInfo tag) => Index(VoidElements, tag) >= 0;

        private bool IsProseAttribute(int start, int length)
        {
            foreach (string name in ProseAttributes)
            {
                if (length == name.Length && string.Compare(_text, start, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // ---- Characters -----------------------------------------------------------------------------------------

        private bool IsControlKeyword(int start, int end)
        {
            foreach (string keyword in ControlKeywords)
            {
                if (Word(start, end, keyword))
                {
                    // "@using Namespace" is a directive; "@using (…)" a statement.
                    return keyword != "using" || (SkipSpaces(end, _text.Length) < _text.Length && _text[SkipSpaces(end, _text.Length)] == '(');
                }
            }

            return false;
        }

        private bool IsLineDirective(int start, int end)
        {
            foreach (string directive in LineDirectives)
            {
                if (Word(start, end, directive))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Word(int start, int end, string word) =>
            end - start == word.Length && string.CompareOrdinal(_text, start, word, 0, word.Length) == 0;

        private bool AtLineStart(int at)
        {
            for (int i = at - 1; i >= 0; i--)
            {
                char c = _text[i];
                if (c == '\n')
                {
                    return true;
                }

                if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF')
                {
                    return false;
                }
            }

            return true;
        }

        private int IdentifierEnd(int i, int end)
        {
            while (i < end && IsIdentifierPart(_text[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private int SkipSpaces(int i, int end)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

            return i;
        }

        private int SkipWhitespace(int i, int end)
        {
            while (i < end && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            return i;
        }

        private bool StartsWith(int i, int end, string value) =>
            end - i >= value.Length && string.CompareOrdinal(_text, i, value, 0, value.Length) == 0;

        private int IndexOfIgnoreCase(string value, int start, int end) =>
            end - start < value.Length ? -1 : _text.IndexOf(value, start, end - start, StringComparison.OrdinalIgnoreCase);
    }
}
