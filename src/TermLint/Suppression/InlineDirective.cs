using System.Collections.Generic;

namespace TermLint.Suppression
{
    /// <summary>What an inline directive does.</summary>
    internal enum DirectiveKind
    {
        /// <summary>`termlint-disable-next-line`: the next line that is not blank.</summary>
        DisableNextLine,
        /// <summary>`termlint-disable-line`: the directive's own line (a trailing comment after a string literal).</summary>
        DisableLine,
        /// <summary>`termlint-disable`: from here to the matching `termlint-restore`, or to the end of the file.</summary>
        Disable,
        /// <summary>`termlint-restore` (or `termlint-enable`): ends a `termlint-disable`.</summary>
        Restore,
    }

    /// <summary>
    /// One parsed directive: its kind, the 0-based line it is on, and the rule IDs it names (none = every rule).
    /// Grammar: <c>termlint-(disable-next-line|disable-line|disable|restore|enable) [TLnnnn[,| ]...] [reason]</c>;
    /// the first word that is not a rule ID starts a free-form reason.
    /// </summary>
    internal sealed class InlineDirective
    {
        public const string Marker = "termlint-";

        private static readonly (string Word, DirectiveKind Kind)[] Keywords =
        {
            ("disable-next-line", DirectiveKind.DisableNextLine),
            ("disable-line", DirectiveKind.DisableLine),
            ("disable", DirectiveKind.Disable),
            ("restore", DirectiveKind.Restore),
            ("enable", DirectiveKind.Restore),
        };

        public InlineDirective(DirectiveKind kind, int line, IReadOnlyList<string> ruleIds)
        {
            Kind = kind;
            Line = line;
            RuleIds = ruleIds;
        }

        public DirectiveKind Kind { get; }
        public int Line { get; }

        /// <summary>Upper-case rule IDs; empty means every rule.</summary>
        public IReadOnlyList<string> RuleIds { get; }

        public bool Covers(string ruleId)
        {
            if (RuleIds.Count == 0)
            {
                return true;
            }

            foreach (string id in RuleIds)
            {
                if (id == ruleId)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Parses a directive whose marker starts at <paramref name="at"/> and that may run to <paramref name="end"/>
        /// (the end of its comment or line). Null when the text there is not a directive ("termlint-disabled", prose
        /// that mentions termlint-something).
        /// </summary>
        public static InlineDirective? TryParse(string text, int at, int end, int line)
        {
            // "my-termlint-disable" is not a directive; "<!--termlint-disable-->" is.
            bool openerBefore = at >= 4 && string.CompareOrdinal(text, at - 4, "<!--", 0, 4) == 0;
            if (at > 0 && !openerBefore && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '-' || text[at - 1] == '_'))
            {
                return null;
            }

            int i = at + Marker.Length;
            foreach (var (word, kind) in Keywords)
            {
                if (!Matches(text, i, end, word))
                {
                    continue;
                }

                int after = i + word.Length;
                if (after < end && !IsSeparator(text[after]))
                {
                    continue;
                }

                return new InlineDirective(kind, line, ReadIds(text, after, end));
            }

            return null;
        }

        private static List<string> ReadIds(string text, int i, int end)
        {
            var ids = new List<string>();
            while (i < end)
            {
                while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == ','))
                {
                    i++;
                }

                if (i + 6 > end || !IsRuleId(text, i) || (i + 6 < end && char.IsLetterOrDigit(text[i + 6])))
                {
                    break;
                }

                ids.Add(text.Substring(i, 6).ToUpperInvariant());
                i += 6;
            }

            return ids;
        }

        private static bool IsRuleId(string text, int i) =>
            (text[i] == 'T' || text[i] == 't') && (text[i + 1] == 'L' || text[i + 1] == 'l')
            && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) && char.IsDigit(text[i + 4]) && char.IsDigit(text[i + 5]);

        private static bool Matches(string text, int i, int end, string word)
        {
            if (i + word.Length > end)
            {
                return false;
            }

            for (int k = 0; k < word.Length; k++)
            {
                if (char.ToLowerInvariant(text[i + k]) != word[k])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == ',' || c == ':' || c == '*';
    }
}
