using System;
using System.Collections.Generic;

namespace TermLint.Options
{
    /// <summary>What a key's value may be; the reader and the validation both use <see cref="OptionValues"/> for it.</summary>
    internal enum OptionValueKind
    {
        /// <summary>true or false (also yes/no, on/off, 1/0).</summary>
        Boolean,

        /// <summary>A whole number, 0 or more.</summary>
        NonNegativeInteger,

        /// <summary>`|`-separated phrases, each at most <see cref="OptionValues.MaxPhraseLength"/> characters.</summary>
        PhraseList,
    }

    /// <summary>One `termlint.*` key of .editorconfig / .globalconfig: its name, what its value may be, its default.</summary>
    internal sealed class OptionKey
    {
        public OptionKey(string name, OptionValueKind kind, string defaultValue)
        {
            Name = name;
            Kind = kind;
            DefaultValue = defaultValue;
        }

        public string Name { get; }

        public OptionValueKind Kind { get; }

        /// <summary>The default as a user would write it ("true", "0"; empty for an empty list).</summary>
        public string DefaultValue { get; }
    }

    /// <summary>
    /// The table of every key TermLint reads. The configuration check (TL9003) and the docs tests derive from it, so
    /// a new option is one line here (plus reading it in <see cref="TermLintOptionsReader"/>).
    /// </summary>
    internal static class OptionKeys
    {
        public static IReadOnlyList<OptionKey> All { get; } = new[]
        {
            new OptionKey(TermLintOptions.ScanCommentsKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanDocCommentsKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanStringsKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.MinStringLengthKey, OptionValueKind.NonNegativeInteger, "0"),
            new OptionKey(TermLintOptions.ScanMarkdownKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.AcceptKey, OptionValueKind.PhraseList, ""),
            new OptionKey(TermLintOptions.InlineDirectivesKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanMarkdownCodeKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanFrontMatterKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanRazorKey, OptionValueKind.Boolean, "true"),
            new OptionKey(TermLintOptions.ScanResxKey, OptionValueKind.Boolean, "true"),
        };

        private static readonly Dictionary<string, OptionKey> ByName = Index();

        /// <summary>The key with this name (compared as .editorconfig compares keys: ignoring case), or null.</summary>
        public static OptionKey? Find(string name) => ByName.TryGetValue(name, out var key) ? key : null;

        /// <summary>Whether a key belongs to TermLint (starts with <see cref="TermLintOptions.Prefix"/>, in any case).</summary>
        public static bool IsTermLintKey(string name) => name.StartsWith(TermLintOptions.Prefix, StringComparison.OrdinalIgnoreCase);

        private static Dictionary<string, OptionKey> Index()
        {
            var index = new Dictionary<string, OptionKey>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in All)
            {
                index.Add(key.Name, key);
            }

            return index;
        }
    }

    /// <summary>How values are read: one place, so a value the check accepts is always a value the reader uses.</summary>
    internal static class OptionValues
    {
        /// <summary>A longer accepted phrase is not a product name and is ignored.</summary>
        public const int MaxPhraseLength = 200;

        public static bool TryParseBoolean(string value, out bool result)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "true": case "yes": case "on": case "1": result = true; return true;
                case "false": case "no": case "off": case "0": result = false; return true;
                default: result = false; return false;
            }
        }

        public static bool TryParseNonNegativeInteger(string value, out int result) =>
            int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out result);

        /// <summary>The phrases of a `|`-separated list; blank items are dropped, and so are items that are too long.</summary>
        public static string[] ParsePhrases(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return Array.Empty<string>();
            }

            var list = new List<string>();
            foreach (string part in value!.Split('|'))
            {
                string phrase = part.Trim();
                if (phrase.Length > 0 && phrase.Length <= MaxPhraseLength)
                {
                    list.Add(phrase);
                }
            }

            return list.ToArray();
        }

        /// <summary>Whether the reader would use this value as written, for a key of this kind.</summary>
        public static bool IsValid(OptionValueKind kind, string value)
        {
            switch (kind)
            {
                case OptionValueKind.Boolean:
                    return TryParseBoolean(value, out _);
                case OptionValueKind.NonNegativeInteger:
                    return TryParseNonNegativeInteger(value, out _);
                default:
                    foreach (string part in value.Split('|'))
                    {
                        if (part.Trim().Length > MaxPhraseLength)
                        {
                            return false;
                        }
                    }

                    return true;
            }
        }

        /// <summary>What a user may write, for a message: "true or false".</summary>
        public static string Allowed(OptionValueKind kind)
        {
            switch (kind)
            {
                case OptionValueKind.Boolean:
                    return "true or false";
                case OptionValueKind.NonNegativeInteger:
                    return "a whole number, 0 or more";
                default:
                    return "phrases separated by '|', each at most " + MaxPhraseLength + " characters";
            }
        }
    }
}
