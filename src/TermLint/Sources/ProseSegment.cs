using System.Collections.Generic;
using System.Text;

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
                int at = start < _starts.Length ? _starts[start] : (_ends.Length > 0 ? _ends[_ends.Length - 1] : 0);
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

    /// <summary>Builds a <see cref="ProseSegment"/>; one instance per thread, cleared between segments.</summary>
    internal sealed class SegmentBuilder
    {
        private readonly StringBuilder _text = new StringBuilder(256);
        private readonly List<int> _starts = new List<int>(256);
        private readonly List<int> _ends = new List<int>(256);

        public int Length => _text.Length;

        public char this[int index] => _text[index];

        public int StartAt(int index) => _starts[index];

        public int EndAt(int index) => _ends[index];

        public void Clear()
        {
            _text.Clear();
            _starts.Clear();
            _ends.Clear();
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            _text.Append(c);
            _starts.Add(sourceStart);
            _ends.Add(sourceEnd);
        }

        /// <summary>Copies source[from..to) one to one.</summary>
        public void AppendSource(string source, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                Append(source[i], i, i + 1);
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
            for (int i = 0; i < _text.Length; i++)
            {
                if (char.IsWhiteSpace(_text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        public ProseSegment Build() => new ProseSegment(_text.ToString(), _starts.ToArray(), _ends.ToArray());
    }
}
