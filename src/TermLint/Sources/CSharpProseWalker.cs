using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TermLint.Prose;

namespace TermLint.Sources
{
    /// <summary>
    /// Finds every place prose lives in a C# syntax tree — `//` comment blocks (consecutive lines are one block),
    /// `/* */`, doc comments (structured, or plain `///` when the build does not parse docs), and string literals
    /// of every kind — and hands each one that passes the prefilter to a sink as a <see cref="ProseSegment"/>.
    /// One walk over the tokens; text that holds no trigger word is never copied.
    /// </summary>
    internal sealed class CSharpProseWalker
    {
        [ThreadStatic]
        private static SegmentBuilder? t_raw;

        [ThreadStatic]
        private static SegmentBuilder? t_prose;

        [ThreadStatic]
        private static List<Rules.DocPart>? t_parts;

        private readonly Prefilter _prefilter;
        private readonly string _text;
        private readonly Action<ProseSegment, ProseSourceKind> _sink;
        private readonly bool _comments;
        private readonly bool _docs;
        private readonly bool _strings;

        // The `//` block being gathered: its kind (plain or `///`), its trivia spans, and the line breaks since its last line.
        private int _blockCount;
        private bool _blockIsDoc;
        private int[] _blockStarts = new int[16];
        private int[] _blockEnds = new int[16];
        private int _newlinesSinceComment;

        private System.Threading.CancellationToken _cancellationToken;
        private int _visited;

        // The interpolated strings the located walk has emitted and may still meet again (created on first use).
        private List<(int Start, int End)>? _emittedInterpolations;

        public CSharpProseWalker(string text, Prefilter prefilter, Action<ProseSegment, ProseSourceKind> sink, bool comments = true, bool docs = true, bool strings = true)
        {
            _text = text;
            _prefilter = prefilter;
            _sink = sink;
            _comments = comments;
            _docs = docs;
            _strings = strings;
        }

        /// <summary>
        /// Hands every piece of prose that holds a trigger word to the sink. Only the places where the prefilter finds
        /// a trigger are looked at: the token there (a string literal) or the run of trivia between two tokens (the
        /// comments there), so a file's cost follows its trigger words, not its size.
        /// </summary>
        public void Walk(SyntaxNode root, System.Threading.CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            if (!_prefilter.LocatesTriggers)
            {
                WalkEveryToken(root);
                return;
            }

            // Two kinds of place: a trigger word as written, and a \u, \U or \x escape, which may write one inside a
            // string literal ("an \u004C\u004CM"). Each is visited in text order, and once.
            int end = root.FullSpan.End;
            int trigger = _prefilter.IndexOfTrigger(_text, root.FullSpan.Start, end);
            int escape = _strings ? LiteralDecoder.IndexOfNumericEscape(_text, root.FullSpan.Start, end) : -1;
            while (trigger >= 0 || escape >= 0)
            {
                CountAndCheckCancellation();
                int resume = trigger >= 0 && (escape < 0 || trigger <= escape) ? VisitAt(root, trigger) : VisitEscapeAt(root, escape);
                if (trigger >= 0 && trigger < resume)
                {
                    trigger = resume < end ? _prefilter.IndexOfTrigger(_text, resume, end) : -1;
                }

                if (escape >= 0 && escape < resume)
                {
                    escape = resume < end ? LiteralDecoder.IndexOfNumericEscape(_text, resume, end) : -1;
                }
            }
        }

        /// <summary>An escape inside a token (a literal whose value may hold a trigger) visits that token; one anywhere else is not prose.</summary>
        private int VisitEscapeAt(SyntaxNode root, int position)
        {
            var token = root.FindToken(position);
            if (token.Span.Contains(position))
            {
                VisitTokenAt(token);
                return token.Span.End;
            }

            return position + 2;
        }

        /// <summary>
        /// The same result as <see cref="Walk"/> by visiting every token and its trivia in order: used when the
        /// prefilter cannot locate its triggers (a user catalog term that starts with a non-ASCII letter), and by the
        /// tests as the reference the located walk must equal.
        /// </summary>
        internal void WalkEveryToken(SyntaxNode root)
        {
            foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
            {
                CountAndCheckCancellation();

                if (token.HasLeadingTrivia)
                {
                    VisitTrivia(token.LeadingTrivia);
                }

                if (!token.IsKind(SyntaxKind.EndOfFileToken))
                {
                    FlushBlock();
                    if (_strings)
                    {
                        VisitToken(token);
                    }
                }

                if (token.HasTrailingTrivia)
                {
                    VisitTrivia(token.TrailingTrivia);
                }
            }

            FlushBlock();
        }

        /// <summary>Visits the prose that holds <paramref name="position"/>; returns where the search for the next trigger resumes.</summary>
        private int VisitAt(SyntaxNode root, int position)
        {
            var token = root.FindToken(position);
            if (token.Span.Contains(position))
            {
                if (_strings)
                {
                    VisitTokenAt(token);
                }

                return token.Span.End;
            }

            // The trigger is in trivia: the comments between two tokens form blocks only with each other, since every
            // token ends a `//` block. Visit that whole run once, as the full walk would.
            if (position < token.SpanStart)
            {
                VisitGap(token.GetPreviousToken(includeZeroWidth: true), token);
                return token.SpanStart;
            }

            var next = token.GetNextToken(includeZeroWidth: true);
            VisitGap(token, next);
            return next.RawKind == 0 ? root.FullSpan.End : next.SpanStart;
        }

        /// <summary>The trailing trivia of <paramref name="before"/> and the leading trivia of <paramref name="after"/> (either may be missing).</summary>
        private void VisitGap(SyntaxToken before, SyntaxToken after)
        {
            _blockCount = 0;
            _newlinesSinceComment = 0;
            if (before.RawKind != 0 && before.HasTrailingTrivia)
            {
                VisitTrivia(before.TrailingTrivia);
            }

            if (after.RawKind != 0 && after.HasLeadingTrivia)
            {
                VisitTrivia(after.LeadingTrivia);
            }

            FlushBlock();
        }

        /// <summary>A string literal, or the interpolated string a text run belongs to (each emitted once).</summary>
        private void VisitTokenAt(SyntaxToken token)
        {
            if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
            {
                if (token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated && !AlreadyEmitted(interpolated))
                {
                    if (_prefilter.Matches(_text, interpolated.Span.Start, interpolated.Span.End))
                    {
                        EmitInterpolated(interpolated, prefilterDecoded: false);
                    }
                    else if (MayHideTrigger(interpolated.Span.Start, interpolated.Span.End))
                    {
                        EmitInterpolated(interpolated, prefilterDecoded: true);
                    }
                }

                return;
            }

            VisitToken(token);
        }

        /// <summary>
        /// Whether an interpolated string was emitted already (it holds several text runs with triggers); records it if
        /// not. Strings that end before it can never be met again and are forgotten, so only the enclosing ones of a
        /// nesting stay.
        /// </summary>
        private bool AlreadyEmitted(InterpolatedStringExpressionSyntax interpolated)
        {
            var list = _emittedInterpolations ??= new List<(int Start, int End)>(4);
            int start = interpolated.SpanStart;
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (list[i].Start == start)
                {
                    return true;
                }

                if (list[i].End <= start)
                {
                    list.RemoveAt(i);
                }
            }

            list.Add((start, interpolated.Span.End));
            return false;
        }

        /// <summary>Every 1024 tokens or trivia: one token can carry a huge trivia list (thousands of comments).</summary>
        private void CountAndCheckCancellation()
        {
            if ((++_visited & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private void VisitTrivia(SyntaxTriviaList list)
        {
            foreach (var trivia in list)
            {
                CountAndCheckCancellation();
                switch (trivia.Kind())
                {
                    case SyntaxKind.EndOfLineTrivia:
                        _newlinesSinceComment++;
                        if (_newlinesSinceComment > 1)
                        {
                            FlushBlock();
                        }

                        break;
                    case SyntaxKind.WhitespaceTrivia:
                        break;
                    case SyntaxKind.SingleLineCommentTrivia:
                        AddCommentLine(trivia.Span.Start, trivia.Span.End);
                        break;
                    case SyntaxKind.MultiLineCommentTrivia:
                        FlushBlock();
                        if (_comments && _prefilter.Matches(_text, trivia.Span.Start, trivia.Span.End))
                        {
                            EmitBlockComment(trivia.Span.Start, trivia.Span.End);
                        }

                        break;
                    case SyntaxKind.SingleLineDocumentationCommentTrivia:
                    case SyntaxKind.MultiLineDocumentationCommentTrivia:
                        FlushBlock();
                        if (_docs && _prefilter.Matches(_text, trivia.FullSpan.Start, trivia.FullSpan.End))
                        {
                            EmitDocLines(trivia.FullSpan.Start, trivia.FullSpan.End);
                        }

                        // The structured trivia holds its own line breaks.
                        _newlinesSinceComment = 1;
                        break;
                    default:
                        // Directives, disabled text, skipped tokens: never prose, and they end a block.
                        FlushBlock();
                        break;
                }
            }
        }

        private void AddCommentLine(int start, int end)
        {
            // "///" in a build that does not parse docs is a doc line; "////" is an ordinary comment.
            bool doc = end - start >= 3 && _text[start + 2] == '/' && !(end - start >= 4 && _text[start + 3] == '/');
            if (_blockCount > 0 && (doc != _blockIsDoc || _newlinesSinceComment > 1))
            {
                FlushBlock();
            }

            if (_blockCount == _blockStarts.Length)
            {
                Array.Resize(ref _blockStarts, _blockCount * 2);
                Array.Resize(ref _blockEnds, _blockCount * 2);
            }

            _blockIsDoc = doc;
            _blockStarts[_blockCount] = start;
            _blockEnds[_blockCount] = end;
            _blockCount++;
            _newlinesSinceComment = 0;
        }

        private void FlushBlock()
        {
            int count = _blockCount;
            _blockCount = 0;
            _newlinesSinceComment = 0;
            if (count == 0 || !(_blockIsDoc ? _docs : _comments))
            {
                return;
            }

            bool any = false;
            for (int i = 0; i < count && !any; i++)
            {
                any = _prefilter.Matches(_text, _blockStarts[i], _blockEnds[i]);
            }

            if (!any)
            {
                return;
            }

            var raw = t_raw ??= new SegmentBuilder();
            raw.Clear();
            // The block's size at once: a block of 100,000 lines would otherwise regrow the buffer many times.
            raw.EnsureCapacity(_blockEnds[count - 1] - _blockStarts[0]);
            for (int i = 0; i < count; i++)
            {
                CountAndCheckCancellation();
                if (i > 0)
                {
                    raw.Break(_blockEnds[i - 1]);
                }

                int contentStart = _blockStarts[i] + (_blockIsDoc ? 3 : 2);
                raw.AppendSource(_text, contentStart, _blockEnds[i]);
            }

            if (_blockIsDoc)
            {
                EmitDoc(raw);
            }
            else
            {
                _sink(raw.View(), ProseSourceKind.Comment);
            }
        }

        private void EmitBlockComment(int start, int end)
        {
            var raw = t_raw ??= new SegmentBuilder();
            raw.Clear();
            raw.EnsureCapacity(end - start);
            int contentEnd = end - 2 >= start + 2 && _text[end - 1] == '/' && _text[end - 2] == '*' ? end - 2 : end;
            AppendLinesStripped(raw, start + 2, contentEnd, '*');
            _sink(raw.View(), ProseSourceKind.Comment);
        }

        /// <summary>A structured doc comment: its lines, each without indentation and its "///" (or "/**", "*") marker.</summary>
        private void EmitDocLines(int start, int end)
        {
            var raw = t_raw ??= new SegmentBuilder();
            raw.Clear();
            raw.EnsureCapacity(end - start);
            bool multiLine = end - start >= 3 && _text[start + 1] == '*' && _text[start + 2] == '*';
            if (multiLine)
            {
                int contentEnd = end;
                while (contentEnd > start && char.IsWhiteSpace(_text[contentEnd - 1]))
                {
                    contentEnd--;
                }

                if (contentEnd - 2 >= start + 3 && _text[contentEnd - 1] == '/' && _text[contentEnd - 2] == '*')
                {
                    contentEnd -= 2;
                }

                AppendLinesStripped(raw, start + 3, contentEnd, '*');
            }
            else
            {
                int lineStart = start;
                bool first = true;
                while (lineStart < end)
                {
                    int lineEnd = lineStart;
                    while (lineEnd < end && _text[lineEnd] != '\n' && _text[lineEnd] != '\r')
                    {
                        lineEnd++;
                    }

                    int content = lineStart;
                    while (content < lineEnd && (_text[content] == ' ' || _text[content] == '\t'))
                    {
                        content++;
                    }

                    if (content + 3 <= lineEnd && _text[content] == '/' && _text[content + 1] == '/' && _text[content + 2] == '/')
                    {
                        content += 3;
                    }

                    if (!first)
                    {
                        raw.Break(lineStart);
                    }

                    raw.AppendSource(_text, content, lineEnd);
                    first = false;
                    lineStart = lineEnd;
                    if (lineStart < end && _text[lineStart] == '\r')
                    {
                        lineStart++;
                    }

                    if (lineStart < end && _text[lineStart] == '\n')
                    {
                        lineStart++;
                    }
                }
            }

            EmitDoc(raw);
        }

        private void EmitDoc(SegmentBuilder raw)
        {
            var prose = t_prose ??= new SegmentBuilder();
            var parts = t_parts ??= new List<Rules.DocPart>(8);
            prose.Clear();
            parts.Clear();
            prose.EnsureCapacity(raw.Length);
            DocXmlText.Extract(raw, prose, parts);
            var segment = prose.View();
            // Valid only while the sink runs, like the view itself (TL0009 reads the parts of a doc comment).
            segment.DocParts = parts;
            _sink(segment, ProseSourceKind.DocComment);
        }

        /// <summary>Appends the lines of [start, end), dropping each later line's indentation and one leading marker char.</summary>
        private void AppendLinesStripped(SegmentBuilder raw, int start, int end, char marker)
        {
            int i = start;
            bool lineStart = false;
            while (i < end)
            {
                char c = _text[i];
                if (c == '\r' || c == '\n')
                {
                    raw.Break(i);
                    if (c == '\r' && i + 1 < end && _text[i + 1] == '\n')
                    {
                        i++;
                    }

                    i++;
                    lineStart = true;
                    continue;
                }

                if (lineStart)
                {
                    while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
                    {
                        i++;
                    }

                    if (i < end && _text[i] == marker && !(i + 1 < end && _text[i + 1] == '/'))
                    {
                        i++;
                    }

                    lineStart = false;
                    continue;
                }

                raw.Append(c, i, i + 1);
                i++;
            }
        }

        private void VisitToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    if (_prefilter.Matches(_text, token.Span.Start, token.Span.End))
                    {
                        EmitLiteral(token, prefilterDecoded: false);
                    }
                    else if (MayHideTrigger(token.Span.Start, token.Span.End))
                    {
                        EmitLiteral(token, prefilterDecoded: true);
                    }

                    break;
                case SyntaxKind.InterpolatedStringStartToken:
                case SyntaxKind.InterpolatedVerbatimStringStartToken:
                case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    if (token.Parent is InterpolatedStringExpressionSyntax interpolated)
                    {
                        if (_prefilter.Matches(_text, interpolated.Span.Start, interpolated.Span.End))
                        {
                            EmitInterpolated(interpolated, prefilterDecoded: false);
                        }
                        else if (MayHideTrigger(interpolated.Span.Start, interpolated.Span.End))
                        {
                            EmitInterpolated(interpolated, prefilterDecoded: true);
                        }
                    }

                    break;
            }
        }

        /// <summary>
        /// Whether a literal whose source text holds no trigger word may still hold one in its value: only a regular
        /// (not verbatim, not raw) literal with a \u, \U or \x escape, as in "an \u004C\u004CM". Such a literal is
        /// decoded and the prefilter runs again on the decoded text; every other literal costs nothing more.
        /// </summary>
        private bool MayHideTrigger(int start, int end)
        {
            int i = start;
            while (i < end && (_text[i] == '$' || _text[i] == '@'))
            {
                if (_text[i] == '@')
                {
                    return false;
                }

                i++;
            }

            if (i + 2 < end && _text[i] == '"' && _text[i + 1] == '"' && _text[i + 2] == '"')
            {
                return false;
            }

            return LiteralDecoder.HasNumericEscape(_text, i, end);
        }

        /// <summary>Whether a file's text may hold a trigger word only inside an escape (see <see cref="MayHideTrigger"/>).</summary>
        public static bool MayHideTriggerInLiterals(string text) => LiteralDecoder.HasNumericEscape(text, 0, text.Length);

        private void EmitLiteral(SyntaxToken token, bool prefilterDecoded)
        {
            int start = token.Span.Start;
            int end = token.Span.End;
            var builder = t_raw ??= new SegmentBuilder();
            builder.Clear();
            if (end > start + 2 && (_text[end - 1] == '8') && (_text[end - 2] == 'u' || _text[end - 2] == 'U'))
            {
                end -= 2;
            }

            var escapes = LiteralEscapes.Regular;
            int i = start;
            if (i < end && _text[i] == '@')
            {
                escapes = LiteralEscapes.Verbatim;
                i++;
            }

            int quotes = 0;
            while (i + quotes < end && _text[i + quotes] == '"')
            {
                quotes++;
            }

            if (quotes >= 3)
            {
                escapes = LiteralEscapes.Raw;
            }
            else if (quotes != 1)
            {
                return;
            }

            int contentStart = i + quotes;
            int contentEnd = end;
            int closing = 0;
            while (closing < quotes && contentEnd - 1 >= contentStart && _text[contentEnd - 1] == '"')
            {
                contentEnd--;
                closing++;
            }

            if (escapes == LiteralEscapes.Verbatim && closing == 1)
            {
                // @"a""" ends with an escaped quote then the closing one; count pairs to be exact.
                contentEnd = VerbatimContentEnd(contentStart, end);
            }
            else if (escapes == LiteralEscapes.Regular && closing == 1 && IsEscapedQuote(contentStart, contentEnd))
            {
                // "abc\" is unterminated: its last quote is content.
                contentEnd++;
            }

            if (contentEnd <= contentStart)
            {
                return;
            }

            LiteralDecoder.Decode(_text, contentStart, contentEnd, escapes, interpolated: false, builder);
            if (prefilterDecoded && !builder.Matches(_prefilter))
            {
                return;
            }

            EmitString(builder);
        }

        private int VerbatimContentEnd(int contentStart, int end)
        {
            int i = contentStart;
            while (i < end)
            {
                if (_text[i] == '"')
                {
                    if (i + 1 < end && _text[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    return i;
                }

                i++;
            }

            return end;
        }

        private bool IsEscapedQuote(int contentStart, int quoteIndex)
        {
            int backslashes = 0;
            for (int i = quoteIndex - 1; i >= contentStart && _text[i] == '\\'; i--)
            {
                backslashes++;
            }

            return (backslashes & 1) == 1;
        }

        private void EmitInterpolated(InterpolatedStringExpressionSyntax node, bool prefilterDecoded)
        {
            string start = node.StringStartToken.Text;
            var escapes = start.IndexOf("\"\"\"", StringComparison.Ordinal) >= 0 ? LiteralEscapes.Raw : start.IndexOf('@') >= 0 ? LiteralEscapes.Verbatim : LiteralEscapes.Regular;
            var builder = t_raw ??= new SegmentBuilder();
            builder.Clear();
            foreach (var content in node.Contents)
            {
                if (content is InterpolatedStringTextSyntax text)
                {
                    LiteralDecoder.Decode(_text, text.TextToken.Span.Start, text.TextToken.Span.End, escapes, interpolated: true, builder);
                }
                else
                {
                    builder.Placeholder(content.Span.Start, content.Span.End);
                }
            }

            if (prefilterDecoded && !builder.Matches(_prefilter))
            {
                return;
            }

            EmitString(builder);
        }

        private void EmitString(SegmentBuilder builder)
        {
            // A literal without a space is a key, an identifier, a model ID or a URL: "whisper-1", "llm.model".
            if (!builder.HasWhitespace())
            {
                return;
            }

            _sink(builder.View(), ProseSourceKind.StringLiteral);
        }
    }
}
