using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;
using TermLint.Rules;

namespace TermLint.CodeFixes
{
    /// <summary>What both code fix providers share: the rule IDs they serve, and one action that applies text changes to a source or additional document.</summary>
    internal static class DocumentEdits
    {
        /// <summary>The IDs of the rules the predicate picks, from the one table of rule metadata.</summary>
        public static ImmutableArray<string> RuleIds(Func<RuleInfo, bool> serves)
        {
            var ids = ImmutableArray.CreateBuilder<string>();
            foreach (var rule in KnownRules.All)
            {
                if (serves(rule))
                {
                    ids.Add(rule.Id);
                }
            }

            return ids.ToImmutable();
        }

        /// <summary>An action that applies the changes to a C# document, or to a Markdown, Razor or .resx file's text.</summary>
        public static CodeAction Action(TextDocument document, string title, List<TextChange> changes, string equivalenceKey) =>
            document is Document source
                ? CodeAction.Create(title, ct => ApplyAsync(source, changes, ct), equivalenceKey)
                : CodeAction.Create(title, ct => ApplyToAdditionalDocumentAsync(document, changes, ct), equivalenceKey);

        private static async Task<Document> ApplyAsync(Document document, List<TextChange> changes, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(changes));
        }

        private static async Task<Solution> ApplyToAdditionalDocumentAsync(TextDocument document, List<TextChange> changes, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var solution = document.Project.Solution;
            return document.Project.ContainsAdditionalDocument(document.Id)
                ? solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes))
                : solution;
        }
    }
}
