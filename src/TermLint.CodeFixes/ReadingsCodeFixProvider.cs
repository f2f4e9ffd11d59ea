using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.Rules;

namespace TermLint.CodeFixes
{
    /// <summary>
    /// Offers the readings a diagnostic carries (TL0004: "foundation models (LLMs)" → keep one term or the other; "Foundation
    /// models are LLMs" → state the true direction), each as its own lightbulb action. Only the writer knows which one
    /// was meant, so there is no Fix All and <c>dotnet format</c> applies none of them.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadingsCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
    [Shared]
    public sealed class ReadingsCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = DocumentEdits.RuleIds(rule => rule.HasReadings);

        /// <summary>None: a reading is a choice made once, by the writer, for one sentence.</summary>
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                int count = Number(diagnostic, DiagnosticProperties.Readings);
                for (int k = 0; k < count; k++)
                {
                    var changes = ChangesFor(diagnostic, k, text);
                    if (changes == null || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ReadingTitle(k), out string? title) || title == null)
                    {
                        continue;
                    }

                    string key = diagnostic.Id + ".reading:" + title;
                    context.RegisterCodeFix(DocumentEdits.Action(document, title, changes, key), diagnostic);
                }
            }
        }

        /// <summary>The text changes of reading <paramref name="k"/>, or null when the diagnostic does not carry it whole or the source moved.</summary>
        internal static List<TextChange>? ChangesFor(Diagnostic diagnostic, int k, SourceText text)
        {
            int edits = Number(diagnostic, DiagnosticProperties.ReadingEdits(k));
            if (edits == 0)
            {
                return null;
            }

            var changes = new List<TextChange>(edits);
            for (int j = 0; j < edits; j++)
            {
                int at = Number(diagnostic, DiagnosticProperties.ReadingLocation(k, j), -1);
                if (at < 0 || at >= diagnostic.AdditionalLocations.Count
                    || !diagnostic.Properties.TryGetValue(DiagnosticProperties.ReadingText(k, j), out string? replacement) || replacement == null)
                {
                    return null;
                }

                var span = diagnostic.AdditionalLocations[at].SourceSpan;
                if (span.End > text.Length || span.IsEmpty)
                {
                    return null;
                }

                foreach (var other in changes)
                {
                    if (other.Span.OverlapsWith(span))
                    {
                        return null;
                    }
                }

                changes.Add(new TextChange(span, replacement));
            }

            changes.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            return changes;
        }

        private static int Number(Diagnostic diagnostic, string key, int none = 0) =>
            diagnostic.Properties.TryGetValue(key, out string? value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : none;
    }
}
