using System;
using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>
    /// "Did you mean …?" for a name the user misspelt (an option key, a catalog key, a model to switch off): the
    /// candidate with the smallest edit distance, ignoring case, when it is near enough to be what was meant.
    /// </summary>
    internal static class NearestName
    {
        /// <summary>The nearest candidate, or null when none is within a third of the name's length (at least 2 edits).</summary>
        public static string? Find(string name, IEnumerable<string> candidates) => Find(name, candidates, ignoredPrefixLength: 0);

        /// <param name="ignoredPrefixLength">Characters at the start that every candidate shares ("termlint."), which
        /// do not count towards the name's length when deciding what is near.</param>
        public static string? Find(string name, IEnumerable<string> candidates, int ignoredPrefixLength)
        {
            string lower = name.ToLowerInvariant();
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = EditDistance(lower, candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            int length = Math.Max(1, lower.Length - ignoredPrefixLength);
            return bestDistance <= Math.Max(2, length / 3) ? best : null;
        }

        /// <summary>Levenshtein distance; names are short, so the two rows are small (longer names are never near).</summary>
        public static int EditDistance(string a, string b)
        {
            if (a.Length > 200 || b.Length > 200)
            {
                return int.MaxValue;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
