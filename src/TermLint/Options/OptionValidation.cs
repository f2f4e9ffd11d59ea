using System;
using System.Collections.Generic;

namespace TermLint.Options
{
    /// <summary>
    /// Finds the mistakes in a set of `termlint.*` options: a key that is not in <see cref="OptionKeys"/> (with the
    /// nearest known key as a suggestion) and a value the reader would not use (with the values it would). Keys of
    /// other tools (`dotnet_diagnostic.*`, `csharp_*`, `build_property.*`) are never looked at. No Roslyn types.
    /// </summary>
    internal static class OptionValidation
    {
        /// <summary>The problems of one set of options, in key order; empty (and not allocated) when there is none.</summary>
        public static IReadOnlyList<string> Check(IEnumerable<KeyValuePair<string, string?>> options)
        {
            List<string>? problems = null;
            foreach (var option in options)
            {
                string? problem = Check(option.Key, option.Value);
                if (problem != null)
                {
                    (problems ??= new List<string>()).Add(problem);
                }
            }

            if (problems == null)
            {
                return Array.Empty<string>();
            }

            problems.Sort(StringComparer.Ordinal);
            return problems;
        }

        /// <summary>The message for one key and its value, or null when TermLint has nothing to say about it.</summary>
        public static string? Check(string? name, string? value)
        {
            if (name == null || !OptionKeys.IsTermLintKey(name))
            {
                return null;
            }

            var key = OptionKeys.Find(name);
            if (key == null)
            {
                string? nearest = Nearest(name);
                return "'" + name + "' is not a TermLint option and is ignored; " +
                    (nearest != null ? "did you mean '" + nearest + "'?" : "the options are " + string.Join(", ", KnownNames()));
            }

            string written = value ?? string.Empty;
            if (OptionValues.IsValid(key.Kind, written))
            {
                return null;
            }

            string what = written.Trim().Length == 0 ? "'" + key.Name + "' has no value" : "'" + Shorten(written) + "' is not a valid value for '" + key.Name + "'";
            string consequence = key.Kind == OptionValueKind.PhraseList
                ? "the longer phrases are ignored"
                : "until then the default, " + key.DefaultValue + ", applies";
            return what + "; use " + OptionValues.Allowed(key.Kind) + " (" + consequence + ")";
        }

        /// <summary>The known key nearest to a misspelt one, when it is near enough to be what the user meant.</summary>
        internal static string? Nearest(string name)
        {
            string lower = name.ToLowerInvariant();
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var key in OptionKeys.All)
            {
                int distance = EditDistance(lower, key.Name);
                if (distance < bestDistance)
                {
                    best = key.Name;
                    bestDistance = distance;
                }
            }

            // Compare what follows the prefix: "termlint.bogus" is near no key, "termlint.scan_string" is near one.
            int suffixLength = Math.Max(1, lower.Length - TermLintOptions.Prefix.Length);
            return bestDistance <= Math.Max(2, suffixLength / 3) ? best : null;
        }

        /// <summary>Levenshtein distance; a misspelt key is short, so the quadratic table is small.</summary>
        internal static int EditDistance(string a, string b)
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

        private static IEnumerable<string> KnownNames()
        {
            foreach (var key in OptionKeys.All)
            {
                yield return key.Name;
            }
        }

        private static string Shorten(string value)
        {
            string trimmed = value.Trim();
            return trimmed.Length <= 60 ? trimmed : trimmed.Substring(0, 57) + "...";
        }
    }
}
