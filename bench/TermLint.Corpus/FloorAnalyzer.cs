using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TermLint.Corpus;

/// <summary>
/// The cost floor for any prose analyzer: one syntax walk that visits exactly the comments, doc comments and string
/// literals TermLint visits, and per piece of prose does two case-insensitive IndexOf over the source text and
/// nothing else. It reports nothing unless asked, so the compiler's per-diagnostic cost stays out of the floor.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Hit = new("FLOOR1", "hit", "hit", "Floor", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <summary>Prose pieces seen that hold a trigger: read after a run so the JIT cannot drop the search.</summary>
    public static long Hits;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Hit);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterSyntaxTreeAction(AnalyzeTree));
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        // The same text access TermLint needs: the whole file as one string.
        string text = context.Tree.GetText(context.CancellationToken).ToString();
        long hits = 0;
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens(descendIntoTrivia: false))
        {
            if (token.HasLeadingTrivia)
            {
                hits += Trivia(text, token.LeadingTrivia);
            }

            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                    hits += Search(text, token.Span.Start, token.Span.End);
                    break;
            }

            if (token.HasTrailingTrivia)
            {
                hits += Trivia(text, token.TrailingTrivia);
            }
        }

        Interlocked.Add(ref Hits, hits);
    }

    private static long Trivia(string text, SyntaxTriviaList list)
    {
        long hits = 0;
        foreach (var trivia in list)
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    hits += Search(text, trivia.FullSpan.Start, trivia.FullSpan.End);
                    break;
            }
        }

        return hits;
    }

    private static int Search(string text, int start, int end)
    {
        int a = text.IndexOf("llm", start, end - start, StringComparison.OrdinalIgnoreCase);
        int b = text.IndexOf("foundation", start, end - start, StringComparison.OrdinalIgnoreCase);
        return (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0);
    }
}
