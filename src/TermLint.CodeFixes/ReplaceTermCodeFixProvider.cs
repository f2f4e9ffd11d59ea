using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
    /// Replaces the words a TermLint diagnostic names with the replacement the analyzer computed (carried in the
    /// diagnostic's properties, so nothing is analyzed again). Edits only the diagnostic's span and, when the
    /// article must change, the article's span. The analyzer attaches a replacement only where the span is one
    /// unbroken run of source text and the replacement needs no escaping in any literal, comment or doc.
    /// <para>
    /// The same fix is offered for diagnostics in AdditionalFiles (Markdown, Razor, .resx), through Roslyn's code
    /// fixes for non-source documents (<see cref="ExportCodeFixProviderAttribute.DocumentKinds"/>, Roslyn 4.5 and
    /// later): a host that supports them applies it to the additional document's text. Fix All and
    /// <c>dotnet format</c> work on source documents only.
    /// </para>
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceTermCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
    [Shared]
    public sealed class ReplaceTermCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = DocumentEdits.RuleIds(rule => rule.HasFix);

        /// <summary>
        /// Fix All applies every diagnostic of the chosen rule with its own replacement. BatchFixer would keep only the
        /// fixes whose equivalence key ("ID:replacement") equals the key of the action Fix All started from, and
        /// <c>dotnet format</c> starts from the first diagnostic it finds, whatever its rule or replacement: it then
        /// fixed one replacement of one rule and reported "didn't return a Fix All action" for the others.
        /// </summary>
        public override FixAllProvider GetFixAllProvider() => FixAll;

        private static readonly FixAllProvider FixAll = FixAllProvider.Create(FixAllInDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.TextDocument;
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var changes = ChangesFor(diagnostic, text);
                if (changes == null)
                {
                    continue;
                }

                string original = text.ToString(diagnostic.Location.SourceSpan);
                string replacement = diagnostic.Properties[DiagnosticProperties.Replacement]!;
                string title = "Replace '" + original + "' with '" + replacement + "'";
                string key = diagnostic.Id + ":" + replacement.ToLowerInvariant();
                context.RegisterCodeFix(DocumentEdits.Action(document, title, changes, key), diagnostic);
            }
        }

        /// <summary>The text changes for a diagnostic, or null when it carries no safe fix or the source moved.</summary>
        internal static List<TextChange>? ChangesFor(Diagnostic diagnostic, SourceText text) => FixEdits.For(diagnostic, text);

        private static async Task<Document?> FixAllInDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            // SourceText.WithChanges wants its changes ordered and disjoint: FixEdits leaves out a diagnostic whose
            // edits overlap an accepted one (it is left for the next run rather than merged into a garbled edit).
            var accepted = FixEdits.NonOverlapping(diagnostics, text);
            return accepted.Count == 0 ? document : document.WithText(text.WithChanges(accepted));
        }
    }
}
