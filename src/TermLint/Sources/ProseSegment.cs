using System;

namespace TermLint.Sources
{
    /// <summary>
    /// Prose as a reader sees it (escapes decoded, comment markers and XML tags removed) with, for every character,
    /// the source range it came from. Gaps between ranges (a "//" at a line start, an interpolation hole) are
    /// how the fix knows a span is not one piece of source text.
    /// </summary>
    internal sealed class ProseSegment
    {
        private readonly int[] _starts;
        private readonly int[] _ends;

        /// <summary>A segment over maps of exactly <c>text.Length</c> entries (or longer: only that many are read).</summary>
        public ProseSegment(string text, int[] starts, int[] ends)
        {
            Text = text;
            _starts = starts;
            _ends = ends;
        }

        public string Text { get; }

        public int SourceStart(int index) => _starts[index];

        public int SourceEnd(int index) => _ends[index];

        /// <summary>The source range of text[start..end), and whether it is one unbroken run of source text.</summary>
        public (int Start, int End, bool Contiguous) Map(int start, int end)
        {
            if (end <= start)
            {
                int at = start < Text.Length ? _starts[start] : (Text.Length > 0 ? _ends[Text.Length - 1] : 0);
                return (at, at, true);
            }

            bool contiguous = true;
            for (int i = start; i + 1 < end; i++)
            {
                if (_ends[i] != _starts[i + 1])
                {
                    contiguous = false;
                    break;
                }
            }

            return (_starts[start], _ends[end - 1], contiguous);
        }
    }

    /// <summary>
    /// Builds a <see cref="ProseSegment"/>; one instance per thread, cleared between segments. The buffers grow by
    /// doubling and are reused, so building a segment costs its text string and nothing per character.
    /// </summary>
    internal sealed class SegmentBuilder
    {
        /// <summary>Buffers larger than this are not kept for the next segment (one huge literal must not pin memory).</summary>
        private const int MaxRetained = 1 << 20;

        private char[] _chars = new char[256];
        private int[] _starts = new int[256];
        private int[] _ends = new int[256];
        private int _length;

        public int Length => _length;

        public char this[int index] => _chars[index];

        public int StartAt(int index) => _starts[index];

        public int EndAt(int index) => _ends[index];

        public void Clear()
        {
            _length = 0;
            if (_chars.Length > MaxRetained)
            {
                _chars = new char[256];
                _starts = new int[256];
                _ends = new int[256];
            }
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            if (_length == _chars.Length)
            {
                Grow(1);
            }

            _chars[_length] = c;
            _starts[_length] = sourceStart;
            _ends[_length] = sourceEnd;
            _length++;
        }

        /// <summary>Copies source[from..to) one to one.</summary>
        public void AppendSource(string source, int from, int to)
        {
            int n = to - from;
            if (n <= 0)
            {
                return;
            }

            if (_length + n > _chars.Length)
            {
                Grow(n);
            }

            source.CopyTo(from, _chars, _length, n);
            for (int k = 0; k < n; k++)
            {
                _starts[_length + k] = from + k;
                _ends[_length + k] = from + k + 1;
            }

            _length += n;
        }

        /// <summary>Makes room for <paramref name="capacity"/> characters at once, instead of doubling up to it.</summary>
        public void EnsureCapacity(int capacity)
        {
            if (capacity > _chars.Length)
            {
                Grow(capacity - _length);
            }
        }

        /// <summary>
        /// A backtick that is text, handed to the prose engine as plain punctuation (U+2035, reversed prime). The engine
        /// reads '`' as the start of a `code span` that runs to the next backtick of the segment, as in a comment. A
        /// Markdown, Razor or .resx document is one segment (or many small ones) whose reader has already resolved
        /// its own code spans, or whose format has none: there a stray backtick is a character, and as a delimiter it
        /// would hide every sentence up to the next stray one in the file.
        /// </summary>
        public const char TextBacktick = '\u2035';

        /// <summary>One character of document text (see <see cref="TextBacktick"/>).</summary>
        public void AppendText(char c, int sourceStart, int sourceEnd) => Append(c == '`' ? TextBacktick : c, sourceStart, sourceEnd);

        /// <summary>Copies document text source[from..to) one to one (see <see cref="TextBacktick"/>).</summary>
        public void AppendText(string source, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                AppendText(source[i], i, i + 1);
            }
        }

        /// <summary>A line break that stands for source text that is not prose (a comment marker, a tag).</summary>
        public void Break(int sourcePosition) => Append('\n', sourcePosition, sourcePosition);

        /// <summary>A blank line: ends a sentence, as between two doc elements.</summary>
        public void ParagraphBreak(int sourcePosition)
        {
            Break(sourcePosition);
            Break(sourcePosition);
        }

        /// <summary>One opaque token standing for non-prose source text (an interpolation hole, a &lt;c&gt; element).</summary>
        public void Placeholder(int sourceStart, int sourceEnd)
        {
            Append(' ', sourceStart, sourceStart);
            Append(Prose.Tokenizer.Placeholder, sourceStart, sourceEnd);
            Append(' ', sourceEnd, sourceEnd);
        }

        public bool HasWhitespace()
        {
            for (int i = 0; i < _length; i++)
            {
                if (char.IsWhiteSpace(_chars[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A segment that owns copies of the maps: it stays valid after the builder is reused.</summary>
        public ProseSegment Build()
        {
            var starts = new int[_length];
            var ends = new int[_length];
            Array.Copy(_starts, starts, _length);
            Array.Copy(_ends, ends, _length);
            return new ProseSegment(new string(_chars, 0, _length), starts, ends);
        }

        /// <summary>
        /// A segment that shares the builder's maps: valid only until the builder is next changed. The walker hands
        /// views to its sink, which reports from them before it returns.
        /// </summary>
        public ProseSegment View() => new ProseSegment(new string(_chars, 0, _length), _starts, _ends);

        private void Grow(int needed)
        {
            int size = Math.Max(_chars.Length * 2, _length + needed);
            Array.Resize(ref _chars, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
        }
    }
}
