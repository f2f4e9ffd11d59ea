using System;
using System.Collections.Generic;

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

        public bool Matches(string text, int start, int end) => _nonAscii || IndexOfTrigger(text, start, end) >= 0;

        /// <summary>The same scan over text being built (a decoded literal), without copying it to a string.</summary>
        public bool Matches(char[] text, int start, int end) => _nonAscii || IndexOfTrigger(new ArrayChars(text), start, end) >= 0;

        /// <summary>
        /// Whether <see cref="IndexOfTrigger"/> can say where triggers are. A trigger that starts with a non-ASCII
        /// character (possible only in a user catalog) makes every text match, so its position is unknown.
        /// </summary>
        public bool LocatesTriggers => !_nonAscii;

        /// <summary>Where the first trigger word in text[start..end) begins, or -1; triggers that start with a non-ASCII character are not located.</summary>
        public int IndexOfTrigger(string text, int start, int end) => IndexOfTrigger(new StringChars(text), start, end);

        // Generic over a struct, so that each kind of text gets its own compiled loop with the indexer inlined.
        private int IndexOfTrigger<TChars>(TChars text, int start, int end)
            where TChars : struct, IChars
        {
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
                        return i;
                    }
                }
            }

            return -1;
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
