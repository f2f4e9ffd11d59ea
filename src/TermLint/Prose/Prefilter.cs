using System;
using System.Collections.Generic;
using System.Text;

namespace TermLint.Prose
{
    /// <summary>
    /// The cheap gate in front of everything: does a text hold any trigger word at all (case-insensitive)? One
    /// forward scan, a table lookup per character, no allocation. Every rule needs one of the triggers, so prose
    /// without them costs only this scan.
    /// </summary>
    internal sealed class Prefilter
    {
        private readonly string[][] _byFirstChar = new string[128][];
        private readonly bool _nonAscii;

        public Prefilter(IEnumerable<string> triggers)
        {
            var lists = new List<string>[128];
            foreach (string trigger in Minimize(triggers))
            {
                char first = TextFold.Lower(trigger[0]);
                if (first >= 128)
                {
                    _nonAscii = true;
                    continue;
                }

                (lists[first] ??= new List<string>()).Add(trigger.ToLowerInvariant());
                char upper = char.ToUpperInvariant(first);
                if (upper < 128 && upper != first)
                {
                    (lists[upper] ??= new List<string>()).Add(trigger.ToLowerInvariant());
                }
            }

            for (int i = 0; i < 128; i++)
            {
                _byFirstChar[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
            }
        }

        public bool Matches(string text) => Matches(text, 0, text.Length);

        public bool Matches(string text, int start, int end) => Matches(new StringChars(text), start, end);

        /// <summary>The same scan over text being built (a decoded literal), without copying it to a string.</summary>
        public bool Matches(StringBuilder text) => Matches(new BuilderChars(text), 0, text.Length);

        // Generic over a struct, so that each kind of text gets its own compiled loop with the indexer inlined.
        private bool Matches<TChars>(TChars text, int start, int end)
            where TChars : struct, IChars
        {
            if (_nonAscii)
            {
                return true;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c >= 128)
                {
                    continue;
                }

                var candidates = _byFirstChar[c];
                for (int k = 0; k < candidates.Length; k++)
                {
                    string trigger = candidates[k];
                    if (i + trigger.Length <= end && StartsWithIgnoreCase(text, i, trigger))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool StartsWithIgnoreCase<TChars>(TChars text, int start, string lowerTrigger)
            where TChars : struct, IChars
        {
            for (int k = 1; k < lowerTrigger.Length; k++)
            {
                char c = text[start + k];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + 32);
                }

                if (c != lowerTrigger[k])
                {
                    return false;
                }
            }

            return true;
        }

        private interface IChars
        {
            char this[int index] { get; }
        }

        private readonly struct StringChars : IChars
        {
            private readonly string _text;

            public StringChars(string text) => _text = text;

            public char this[int index] => _text[index];
        }

        private readonly struct BuilderChars : IChars
        {
            private readonly StringBuilder _text;

            public BuilderChars(StringBuilder text) => _text = text;

            public char this[int index] => _text[index];
        }

        /// <summary>Drops triggers that contain another trigger ("foundational" when "foundation" is there).</summary>
        private static List<string> Minimize(IEnumerable<string> triggers)
        {
            var all = new List<string>();
            foreach (string t in triggers)
            {
                if (t.Length > 0 && !all.Contains(t.ToLowerInvariant()))
                {
                    all.Add(t.ToLowerInvariant());
                }
            }

            var kept = new List<string>();
            foreach (string t in all)
            {
                bool covered = false;
                foreach (string other in all)
                {
                    if (!ReferenceEquals(t, other) && other.Length < t.Length && t.IndexOf(other, StringComparison.Ordinal) >= 0)
                    {
                        covered = true;
                        break;
                    }
                }

                if (!covered)
                {
                    kept.Add(t);
                }
            }

            return kept;
        }
    }
}
