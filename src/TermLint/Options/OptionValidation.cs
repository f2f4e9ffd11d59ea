using System;
using System.Collections.Generic;
using TermLint.Prose;

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
        internal static string? Nearest(string name) =>
            // What follows the prefix decides: "termlint.bogus" is near no key, "termlint.scan_string" is near one.
            NearestName.Find(name, KnownNames(), TermLintOptions.Prefix.Length);

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
