using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TermLint.Suppression
{
    /// <summary>
    /// Finds `termlint-…` directives in the comments of a C# file (`//`, `/* */`, `///`, `/** */`). Only called
    /// for a file that has something to report, so files without findings never pay for it. A directive-shaped
    /// text inside a string literal is data, not a directive.
    /// </summary>
    internal static class CSharpDirectives
    {
        public static DirectiveMap Collect(SyntaxNode root, SourceText sourceText, string text)
        {
            var directives = new List<InlineDirective>();
            int at = text.IndexOf(InlineDirective.Marker, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var trivia = root.FindTrivia(at);
                if (IsComment(trivia) && trivia.Span.Contains(at))
                {
                    var line = sourceText.Lines.GetLineFromPosition(at);
                    int end = Math.Min(trivia.Span.End, line.End);
                    var directive = InlineDirective.TryParse(text, at, end, line.LineNumber);
                    if (directive != null)
                    {
                        directives.Add(directive);
                    }
                }

                at = text.IndexOf(InlineDirective.Marker, at + InlineDirective.Marker.Length, StringComparison.OrdinalIgnoreCase);
            }

            return DirectiveMap.Build(directives, line => IsBlank(sourceText, line), sourceText.Lines.Count);
        }

        internal static bool IsBlank(SourceText text, int line)
        {
            var span = text.Lines[line].Span;
            for (int i = span.Start; i < span.End; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static bool IsComment(SyntaxTrivia trivia)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    return true;
                default:
                    return false;
            }
        }
    }
}
