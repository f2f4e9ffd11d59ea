using System;

namespace TermLint.Sources
{
    /// <summary>
    /// Prose as a reader sees it (escapes decoded, comment markers and XML tags removed) with, for every character,
    /// the source range it came from. Gaps between ranges (a "//" at a line start, an interpolation hole) are how the
    /// fix knows a span is not one piece of source text. The map is stored as runs: a run copies source text one to
    /// one, or stands one character for a source range (an escape, an entity, a marker), so a plain literal of any
    /// length maps with one run.
    /// </summary>
    internal sealed class ProseSegment
    {
        private readonly SourceRuns _runs;

        public ProseSegment(string text, SourceRuns runs)
        {
            Text = text;
            _runs = runs;
        }

        /// <summary>A segment over per-character maps (each text character to source[starts[i]..ends[i])).</summary>
        public ProseSegment(string text, int[] starts, int[] ends)
        {
            Text = text;
            _runs = new SourceRuns(4);
            for (int i = 0; i < text.Length; i++)
            {
                _runs.Add(starts[i], ends[i]);
            }
        }

        public string Text { get; }

        /// <summary>For a C# doc comment: where its parts (summary, param…) start in <see cref="Text"/>; null for other prose.</summary>
        public System.Collections.Generic.IReadOnlyList<Rules.DocPart>? DocParts { get; set; }

        public int SourceStart(int index) => _runs.StartAt(index);

        public int SourceEnd(int index) => _runs.EndAt(index);

        /// <summary>The source range of text[start..end), and whether it is one unbroken run of source text.</summary>
        public (int Start, int End, bool Contiguous) Map(int start, int end)
        {
            if (end <= start)
            {
                int at = start < Text.Length ? _runs.StartAt(start) : (Text.Length > 0 ? _runs.EndAt(Text.Length - 1) : 0);
                return (at, at, true);
            }

            return (_runs.StartAt(start), _runs.EndAt(end - 1), _runs.IsContiguous(start, end));
        }
    }

    /// <summary>
    /// The map from prose characters to source ranges, as runs in prose order. A copy run maps its characters to
    /// consecutive source characters; a single run maps one character to a source range of any length (also empty).
    /// </summary>
    internal sealed class SourceRuns
    {
        private int[] _proseStart;
        private int[] _sourceStart;
        private int[] _sourceEnd;

        public SourceRuns(int capacity)
        {
            _proseStart = new int[capacity];
            _sourceStart = new int[capacity];
            _sourceEnd = new int[capacity];
        }

        /// <summary>How many runs there are.</summary>
        public int Count { get; private set; }

        /// <summary>How many prose characters they map.</summary>
        public int Length { get; private set; }

        public void Clear()
        {
            Count = 0;
            Length = 0;
        }

        /// <summary>Maps the next prose character to source[start..end); extends the last copy run where it can.</summary>
        public void Add(int sourceStart, int sourceEnd)
        {
            if (sourceEnd == sourceStart + 1 && Count > 0 && IsCopy(Count - 1) && _sourceEnd[Count - 1] == sourceStart)
            {
                _sourceEnd[Count - 1] = sourceEnd;
                Length++;
                return;
            }

            Push(Length, sourceStart, sourceEnd);
            Length++;
        }

        /// <summary>Maps the next <paramref name="count"/> prose characters one to one onto source[from..).</summary>
        public void AddCopy(int from, int count)
        {
            if (count <= 0)
            {
                return;
            }

            if (Count > 0 && IsCopy(Count - 1) && _sourceEnd[Count - 1] == from)
            {
                _sourceEnd[Count - 1] = from + count;
            }
            else
            {
                Push(Length, from, from + count);
            }

            Length += count;
        }

        public int StartAt(int index)
        {
            int run = RunOf(index);
            return IsCopy(run) ? _sourceStart[run] + (index - _proseStart[run]) : _sourceStart[run];
        }

        public int EndAt(int index)
        {
            int run = RunOf(index);
            return IsCopy(run) ? _sourceStart[run] + (index - _proseStart[run]) + 1 : _sourceEnd[run];
        }

        /// <summary>Whether prose [start..end) maps to one unbroken range: each character's source ends where the next one's starts.</summary>
        public bool IsContiguous(int start, int end)
        {
            int run = RunOf(start);
            int last = RunOf(end - 1);
            for (int r = run; r < last; r++)
            {
                // Inside a copy run characters follow one another; only the boundary between runs can break.
                int boundary = RunEnd(r);
                if (EndAt(boundary - 1) != StartAt(boundary))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Maps the next prose characters as <paramref name="other"/> maps its prose [from..to), run by run.</summary>
        public void AddRange(SourceRuns other, int from, int to)
        {
            if (from >= to)
            {
                return;
            }

            int run = other.RunOf(from);
            int i = from;
            while (i < to)
            {
                int runEnd = Math.Min(other.RunEnd(run), to);
                if (other.IsCopy(run))
                {
                    AddCopy(other._sourceStart[run] + (i - other._proseStart[run]), runEnd - i);
                }
                else
                {
                    // Only a copy run is longer than one character.
                    Add(other._sourceStart[run], other._sourceEnd[run]);
                }

                i = runEnd;
                run++;
            }
        }

        public SourceRuns Copy()
        {
            var copy = new SourceRuns(Math.Max(Count, 1)) { Count = Count, Length = Length };
            Array.Copy(_proseStart, copy._proseStart, Count);
            Array.Copy(_sourceStart, copy._sourceStart, Count);
            Array.Copy(_sourceEnd, copy._sourceEnd, Count);
            return copy;
        }

        /// <summary>
        /// A copy run is one whose source length equals its prose length (a single run of length one is both, and maps
        /// the same way either way).
        /// </summary>
        private bool IsCopy(int run) => _sourceEnd[run] - _sourceStart[run] == RunEnd(run) - _proseStart[run];

        private int RunEnd(int run) => run + 1 < Count ? _proseStart[run + 1] : Length;

        private int RunOf(int index)
        {
            int low = 0;
            int high = Count - 1;
            while (low < high)
            {
                int mid = (low + high + 1) >> 1;
                if (_proseStart[mid] <= index)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return low;
        }

        private void Push(int proseStart, int sourceStart, int sourceEnd)
        {
            if (Count == _proseStart.Length)
            {
                int size = Math.Max(4, Count * 2);
                Array.Resize(ref _proseStart, size);
                Array.Resize(ref _sourceStart, size);
                Array.Resize(ref _sourceEnd, size);
            }

            _proseStart[Count] = proseStart;
            _sourceStart[Count] = sourceStart;
            _sourceEnd[Count] = sourceEnd;
            Count++;
        }
    }

    /// <summary>
    /// Builds a <see cref="ProseSegment"/>; one instance per thread, cleared between segments. The buffers grow by
    /// doubling and are reused, so building a segment costs its text string and a few runs.
    /// </summary>
    internal sealed class SegmentBuilder
    {
        /// <summary>A text buffer larger than this is not kept for the next segment (one huge literal must not pin memory).</summary>
        private const int MaxRetained = 1 << 20;

        private char[] _chars = new char[256];
        private SourceRuns _runs = new SourceRuns(16);

        public int Length => _runs.Length;

        public char this[int index] => _chars[index];

        /// <summary>The text built so far, for scanners that read strings and buffers alike (valid until the next append).</summary>
        public Prose.ArrayChars Chars => new Prose.ArrayChars(_chars);

        public int StartAt(int index) => _runs.StartAt(index);

        public int EndAt(int index) => _runs.EndAt(index);

        public void Clear()
        {
            _runs.Clear();
            if (_chars.Length > MaxRetained)
            {
                _chars = new char[256];
            }
        }

        public void Append(char c, int sourceStart, int sourceEnd)
        {
            EnsureCapacity(Length + 1);
            _chars[Length] = c;
            _runs.Add(sourceStart, sourceEnd);
        }

        /// <summary>Copies source[from..to) one to one.</summary>
        public void AppendSource(string source, int from, int to)
        {
            int n = to - from;
            if (n <= 0)
            {
                return;
            }

            EnsureCapacity(Length + n);
            source.CopyTo(from, _chars, Length, n);
            _runs.AddCopy(from, n);
        }

        /// <summary>Makes room for <paramref name="capacity"/> characters at once, instead of doubling up to it.</summary>
        public void EnsureCapacity(int capacity)
        {
            if (capacity > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, capacity));
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

        /// <summary>Appends other's text [from..to) with its map, run by run rather than character by character.</summary>
        public void AppendFrom(SegmentBuilder other, int from, int to)
        {
            int n = to - from;
            if (n <= 0)
            {
                return;
            }

            EnsureCapacity(Length + n);
            Array.Copy(other._chars, from, _chars, Length, n);
            _runs.AddRange(other._runs, from, to);
        }

        /// <summary>Whether the text at <paramref name="start"/> spells <paramref name="lowerCaseWord"/> in any case.</summary>
        public bool EqualsIgnoreCase(int start, string lowerCaseWord)
        {
            if (start + lowerCaseWord.Length > Length)
            {
                return false;
            }

            for (int k = 0; k < lowerCaseWord.Length; k++)
            {
                if (char.ToLowerInvariant(_chars[start + k]) != lowerCaseWord[k])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A copy of text [start..start+length).</summary>
        public string Substring(int start, int length) => new string(_chars, start, length);

        public bool HasWhitespace()
        {
            for (int i = 0; i < Length; i++)
            {
                if (char.IsWhiteSpace(_chars[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the text built so far passes the prefilter, without copying it.</summary>
        public bool Matches(Prose.Prefilter prefilter) => prefilter.Matches(_chars, 0, Length);

        /// <summary>A segment that owns a copy of the map: it stays valid after the builder is reused.</summary>
        public ProseSegment Build() => new ProseSegment(new string(_chars, 0, Length), _runs.Copy());

        /// <summary>
        /// A segment that shares the builder's map: valid only until the builder is next changed. The walker hands
        /// views to its sink, which reports from them before it returns.
        /// </summary>
        public ProseSegment View() => new ProseSegment(new string(_chars, 0, Length), _runs);
    }
}
