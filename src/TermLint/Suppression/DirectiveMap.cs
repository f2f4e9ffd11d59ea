using System.Collections.Generic;

namespace TermLint.Suppression
{
    /// <summary>
    /// The lines of one file on which inline directives switch rules off. Built from the directives in file order;
    /// a query is a scan of a handful of ranges. The empty map costs nothing and is shared.
    /// </summary>
    internal sealed class DirectiveMap
    {
        public static readonly DirectiveMap Empty = new DirectiveMap(new List<(int, int, string?)>());

        // Inclusive 0-based line ranges; a null rule means every rule.
        private readonly List<(int First, int Last, string? RuleId)> _ranges;

        private DirectiveMap(List<(int, int, string?)> ranges) => _ranges = ranges;

        public bool IsEmpty => _ranges.Count == 0;

        public bool IsSuppressed(string ruleId, int line)
        {
            foreach (var (first, last, id) in _ranges)
            {
                if (line >= first && line <= last && (id == null || id == ruleId))
                {
                    return true;
                }
            }

            return false;
        }

        /// <param name="directives">In file order.</param>
        /// <param name="isBlankLine">Whether a 0-based line holds only whitespace (disable-next-line skips such lines).</param>
        /// <param name="lineCount">Lines in the file; an unmatched disable runs to the last one.</param>
        public static DirectiveMap Build(List<InlineDirective> directives, System.Func<int, bool> isBlankLine, int lineCount)
        {
            if (directives.Count == 0)
            {
                return Empty;
            }

            var ranges = new List<(int, int, string?)>();
            int? allSince = null;
            var since = new Dictionary<string, int>();
            foreach (var directive in directives)
            {
                switch (directive.Kind)
                {
                    case DirectiveKind.DisableLine:
                        AddRanges(ranges, directive, directive.Line, directive.Line);
                        break;
                    case DirectiveKind.DisableNextLine:
                        int next = directive.Line + 1;
                        while (next < lineCount - 1 && isBlankLine(next))
                        {
                            next++;
                        }

                        AddRanges(ranges, directive, next, next);
                        break;
                    case DirectiveKind.Disable:
                        if (directive.RuleIds.Count == 0)
                        {
                            allSince ??= directive.Line;
                        }
                        else
                        {
                            foreach (string id in directive.RuleIds)
                            {
                                if (!since.ContainsKey(id))
                                {
                                    since[id] = directive.Line;
                                }
                            }
                        }

                        break;
                    case DirectiveKind.Restore:
                        if (directive.RuleIds.Count == 0)
                        {
                            // A bare restore ends every open disable.
                            if (allSince != null)
                            {
                                ranges.Add((allSince.Value, directive.Line, null));
                                allSince = null;
                            }

                            foreach (var open in since)
                            {
                                ranges.Add((open.Value, directive.Line, open.Key));
                            }

                            since.Clear();
                        }
                        else
                        {
                            foreach (string id in directive.RuleIds)
                            {
                                if (since.TryGetValue(id, out int first))
                                {
                                    ranges.Add((first, directive.Line, id));
                                    since.Remove(id);
                                }
                            }
                        }

                        break;
                }
            }

            int last = lineCount - 1;
            if (allSince != null)
            {
                ranges.Add((allSince.Value, last, null));
            }

            foreach (var open in since)
            {
                ranges.Add((open.Value, last, open.Key));
            }

            return new DirectiveMap(ranges);
        }

        private static void AddRanges(List<(int, int, string?)> ranges, InlineDirective directive, int first, int last)
        {
            if (directive.RuleIds.Count == 0)
            {
                ranges.Add((first, last, null));
                return;
            }

            foreach (string id in directive.RuleIds)
            {
                ranges.Add((first, last, id));
            }
        }
    }
}
