using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TermLint.Analyzers
{
    /// <summary>
    /// The text changes of a TermLint fix, read from the diagnostic alone: the replacement at its span and, when the
    /// article must change, the article replacement at its first additional location. One place, used by the code fix
    /// (lightbulb, Fix All, <c>dotnet format</c>) and by the command-line tool's <c>termlint fix</c>, so both make the
    /// same edits.
    /// </summary>
    internal static class FixEdits
    {
        /// <summary>The text changes for a diagnostic, or null when it carries no safe fix or the source moved.</summary>
        public static List<TextChange>? For(Diagnostic diagnostic, SourceText text)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out string? replacement) || replacement == null)
            {
                return null;
            }

            var span = diagnostic.Location.SourceSpan;
            if (span.End > text.Length || span.IsEmpty)
            {
                return null;
            }

            var changes = new List<TextChange> { new TextChange(span, replacement) };
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.ArticleReplacement, out string? article) && article != null && diagnostic.AdditionalLocations.Count > 0)
            {
                var articleSpan = diagnostic.AdditionalLocations[0].SourceSpan;
                if (articleSpan.End > text.Length || articleSpan.OverlapsWith(span))
                {
                    return null;
                }

                changes.Add(new TextChange(articleSpan, article));
            }

            return changes;
        }

        /// <summary>
        /// The changes of every diagnostic in the order given, leaving out a diagnostic whose changes overlap (or start
        /// where) an accepted one starts; sorted by position, ready for <see cref="SourceText.WithChanges(IEnumerable{TextChange})"/>.
        /// A diagnostic left out is left for the next run rather than merged into a garbled edit.
        /// </summary>
        public static List<TextChange> NonOverlapping(IEnumerable<Diagnostic> diagnostics, SourceText text) => NonOverlapping(diagnostics, text, out _);

        /// <summary>The same, and how many diagnostics the changes fix.</summary>
        public static List<TextChange> NonOverlapping(IEnumerable<Diagnostic> diagnostics, SourceText text, out int fixedCount)
        {
            var accepted = new List<TextChange>();
            fixedCount = 0;
            foreach (var diagnostic in diagnostics)
            {
                var changes = For(diagnostic, text);
                if (changes != null && !OverlapsAny(changes, accepted))
                {
                    accepted.AddRange(changes);
                    fixedCount++;
                }
            }

            accepted.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            return accepted;
        }

        private static bool OverlapsAny(List<TextChange> changes, List<TextChange> accepted)
        {
            foreach (var change in changes)
            {
                foreach (var other in accepted)
                {
                    if (change.Span.OverlapsWith(other.Span) || change.Span.Start == other.Span.Start)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
