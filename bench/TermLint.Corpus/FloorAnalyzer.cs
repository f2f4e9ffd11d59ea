using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TermLint.Corpus;

/// <summary>
/// The cost floor for any prose analyzer: one syntax walk that visits exactly the comments, doc comments and string
/// literals TermLint visits, and per piece of prose does two case-insensitive IndexOf over the source text and
/// nothing else. It reports nothing unless asked, so the compiler's per-diagnostic cost stays out of the floor; asked,
/// it reports every trigger word it reads, which prices the compiler's share of a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    /// <param name="readsEveryWord">
    /// false (the corpus floor): two IndexOf per piece, which stop at the first hit. true (the pathological floor):
    /// every word of every piece is read once and looked up, as any prose analyzer must at least tokenize; on
    /// trigger-dense text the IndexOf floor stops at the first character and reads nothing else.
    /// </param>
    /// <param name="reportsHits">With <paramref name="readsEveryWord"/>: one diagnostic at each trigger word read.</param>
    public FloorAnalyzer(bool readsEveryWord = false, bool reportsHits = false)
    {
        _readsEveryWord = readsEveryWord || reportsHits;
        _reportsHits = reportsHits;
    }

    private readonly bool _readsEveryWord;
    private readonly bool _reportsHits;

    private static readonly DiagnosticDescriptor Hit = new("FLOOR1", "hit", "hit", "Floor", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <summary>Prose pieces seen that hold a trigger: read after a run so the JIT cannot drop the search.</summary>
    public static long Hits;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Hit);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => start.RegisterSyntaxTreeAction(_reportsHits ? AnalyzeTreeReportingWords : _readsEveryWord ? AnalyzeTreeReadingWords : AnalyzeTree));
    }

    private static void AnalyzeTreeReadingWords(SyntaxTreeAnalysisContext context) => AnalyzeTree(context, (text, start, end) => WordSearch(text, start, end, null));

    private static void AnalyzeTreeReportingWords(SyntaxTreeAnalysisContext context) =>
        AnalyzeTree(context, (text, start, end) => WordSearch(text, start, end, (wordStart, length) =>
            context.ReportDiagnostic(Diagnostic.Create(Hit, Location.Create(context.Tree, new Microsoft.CodeAnalysis.Text.TextSpan(wordStart, length))))));

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context) => AnalyzeTree(context, Search);

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, Func<string, int, int, int> search)
    {
        // The same text access TermLint needs: the whole file as one string.
        string text = context.Tree.GetText(context.CancellationToken).ToString();
        long hits = 0;
        foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens(descendIntoTrivia: false))
        {
            if (token.HasLeadingTrivia)
            {
                hits += Trivia(text, token.LeadingTrivia, search);
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
                    hits += search(text, token.Span.Start, token.Span.End);
                    break;
            }

            if (token.HasTrailingTrivia)
            {
                hits += Trivia(text, token.TrailingTrivia, search);
            }
        }

        Interlocked.Add(ref Hits, hits);
    }

    private static long Trivia(string text, SyntaxTriviaList list, Func<string, int, int, int> search)
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
                    hits += search(text, trivia.FullSpan.Start, trivia.FullSpan.End);
                    break;
            }
        }

        return hits;
    }

    /// <summary>Reads every word once: its length and a case-folded hash, and counts (and reports) the words that are triggers.</summary>
    private static int WordSearch(string text, int start, int end, Action<int, int>? report)
    {
        int hits = 0;
        int i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int hash = 17;
            int wordStart = i;
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash * 31) + (text[i] | 0x20);
                i++;
            }

            int length = i - wordStart;
            if ((length == 3 && hash == LlmHash) || (length == 4 && hash == LlmsHash) || (length == 10 && hash == FoundationHash))
            {
                hits++;
                report?.Invoke(wordStart, length);
            }
        }

        return hits;
    }

    private static readonly int LlmHash = Hash("llm");
    private static readonly int LlmsHash = Hash("llms");
    private static readonly int FoundationHash = Hash("foundation");

    private static int Hash(string word)
    {
        int hash = 17;
        foreach (char c in word)
        {
            hash = (hash * 31) + (c | 0x20);
        }

        return hash;
    }

    private static int Search(string text, int start, int end)
    {
        int a = text.IndexOf("llm", start, end - start, StringComparison.OrdinalIgnoreCase);
        int b = text.IndexOf("foundation", start, end - start, StringComparison.OrdinalIgnoreCase);
        return (a >= 0 ? 1 : 0) + (b >= 0 ? 1 : 0);
    }
}
