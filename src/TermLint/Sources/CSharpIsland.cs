using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TermLint.Prose;

namespace TermLint.Sources
{
    /// <summary>
    /// The C# inside another document — a Razor <c>@code</c> block, a Markdown <c>```csharp</c> fence — gathered
    /// piece by piece into one C# text, parsed with Roslyn's syntax only (no compilation) and walked by the same
    /// <see cref="CSharpProseWalker"/> as a .cs file. Every segment it yields is mapped back to the host document.
    /// Host text between two pieces (markup, a quote marker) becomes whitespace that keeps its line breaks, so
    /// consecutive <c>//</c> lines still form one block and tokens never run together.
    /// </summary>
    internal sealed class CSharpIsland
    {
        /// <summary>
        /// Script parsing: a snippet may hold members, statements and types at the top level, as fences and
        /// <c>@code</c> blocks do; documentation comments are structured, as with GenerateDocumentationFile.
        /// </summary>
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

        private readonly StringBuilder _text = new StringBuilder();

        // Piece k starts at island offset _islandStarts[k] and host offset _hostStarts[k]; a gap maps every one of
        // its characters to the host offset where the gap starts.
        private readonly List<int> _islandStarts = new List<int>();
        private readonly List<int> _hostStarts = new List<int>();
        private readonly List<bool> _isGap = new List<bool>();
        private string _host = string.Empty;
        private int _hostCursor;
        private string? _built;
        private SyntaxNode? _root;

        public int Length => _text.Length;

        /// <summary>The C# gathered so far (host text between pieces as whitespace with its line breaks).</summary>
        public string Text => _built ??= _text.ToString();

        /// <summary>Starts a new island over <paramref name="host"/>.</summary>
        public void Reset(string host)
        {
            _host = host;
            _text.Clear();
            _islandStarts.Clear();
            _hostStarts.Clear();
            _isGap.Clear();
            _hostCursor = 0;
            _built = null;
            _root = null;
        }

        /// <summary>Adds host[from..to) as C#; host text skipped since the last piece becomes a gap first.</summary>
        public void Copy(int from, int to)
        {
            if (to <= from)
            {
                return;
            }

            if (from > _hostCursor && _text.Length > 0)
            {
                Gap(_hostCursor, from);
            }

            AddPiece(from, isGap: false);
            _text.Append(_host, from, to - from);
            _hostCursor = to;
            _built = null;
        }

        private void Gap(int from, int to)
        {
            AddPiece(from, isGap: true);
            int newlines = 0;
            for (int i = from; i < to; i++)
            {
                if (_host[i] == '\n')
                {
                    _text.Append('\n');
                    newlines++;
                }
            }

            if (newlines == 0)
            {
                _text.Append(' ');
            }
        }

        private void AddPiece(int hostStart, bool isGap)
        {
            _islandStarts.Add(_text.Length);
            _hostStarts.Add(hostStart);
            _isGap.Add(isGap);
        }

        /// <summary>Whether any of the C# gathered so far holds a trigger word (one scan, no allocation once built).</summary>
        public bool MayMatch(Prefilter prefilter)
        {
            if (_text.Length == 0)
            {
                return false;
            }

            _built ??= _text.ToString();
            return prefilter.Matches(_built);
        }

        /// <summary>
        /// Parses the island and hands every comment, doc comment and string literal that passes the prefilter to
        /// <paramref name="sink"/>, mapped to host offsets.
        /// </summary>
        public void Walk(Prefilter prefilter, Action<ProseSegment, ProseSourceKind> sink, bool comments, bool docs, bool strings, CancellationToken cancellationToken)
        {
            if (_text.Length == 0)
            {
                return;
            }

            string text = _built ??= _text.ToString();
            var tree = CSharpSyntaxTree.ParseText(text, ParseOptions, cancellationToken: cancellationToken);
            _root = tree.GetRoot(cancellationToken);
            var walker = new CSharpProseWalker(text, prefilter, (segment, kind) => sink(ToHost(segment), kind), comments, docs, strings);
            walker.Walk(_root, cancellationToken);
        }

        /// <summary>
        /// After <see cref="Walk"/>: where each <c>termlint-</c> directive in a C# comment starts and where its comment
        /// (or line) ends, in host offsets. A directive-shaped text in a string literal is data, not a directive.
        /// </summary>
        public void AddDirectiveMarkers(List<(int At, int End)> markers)
        {
            if (_root == null || _built == null)
            {
                return;
            }

            string text = _built;
            int at = text.IndexOf(Suppression.InlineDirective.Marker, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var trivia = _root.FindTrivia(at);
                if (Suppression.CSharpDirectives.IsComment(trivia) && trivia.Span.Contains(at))
                {
                    int end = trivia.Span.End;
                    int lineEnd = text.IndexOf('\n', at);
                    if (lineEnd >= 0 && lineEnd < end)
                    {
                        end = lineEnd;
                    }

                    markers.Add((HostStart(at), HostEnd(end)));
                }

                at = text.IndexOf(Suppression.InlineDirective.Marker, at + Suppression.InlineDirective.Marker.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        private ProseSegment ToHost(ProseSegment segment)
        {
            int n = segment.Text.Length;
            var starts = new int[n];
            var ends = new int[n];
            for (int i = 0; i < n; i++)
            {
                int start = segment.SourceStart(i);
                int end = segment.SourceEnd(i);
                starts[i] = HostStart(start);
                ends[i] = end > start ? HostEnd(end) : starts[i];
            }

            return new ProseSegment(segment.Text, starts, ends);
        }

        /// <summary>The host offset of the island character at <paramref name="offset"/>.</summary>
        internal int HostStart(int offset)
        {
            int k = PieceAt(offset);
            if (k < 0)
            {
                return 0;
            }

            return _isGap[k] ? _hostStarts[k] : _hostStarts[k] + (offset - _islandStarts[k]);
        }

        /// <summary>The host offset just after the island character before <paramref name="end"/>.</summary>
        internal int HostEnd(int end)
        {
            if (end <= 0)
            {
                return HostStart(0);
            }

            int k = PieceAt(end - 1);
            if (k < 0)
            {
                return 0;
            }

            return _isGap[k] ? _hostStarts[k] : _hostStarts[k] + (end - _islandStarts[k]);
        }

        private int PieceAt(int offset)
        {
            int lo = 0;
            int hi = _islandStarts.Count - 1;
            int found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (_islandStarts[mid] <= offset)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }
    }
}
