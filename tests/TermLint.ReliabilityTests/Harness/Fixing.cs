using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TermLint.Analyzers;
using TermLint.CodeFixes;

namespace TermLint.ReliabilityTests.Harness
{
    /// <summary>
    /// Applies ReplaceTermCodeFixProvider's fixes (one diagnostic, or FixAll through its BatchFixer) in an
    /// AdhocWorkspace, and checks the fix invariants on every fixable diagnostic of a document.
    /// </summary>
    internal static class Fixing
    {
        public static readonly ReplaceTermCodeFixProvider Provider = new ReplaceTermCodeFixProvider();
        private static readonly AdhocWorkspace Workspace = new AdhocWorkspace();
        private static readonly MetadataReference CoreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);

        // Private-use characters stand for a replaced span when the literal's runtime value is compared; no
        // generator emits them, and no literal kind needs them escaped.
        private const char MarkerBase = '\uE000';

        public static Document CreateDocument(string text, DocumentationMode mode)
        {
            var projectId = ProjectId.CreateNewId();
            var documentId = DocumentId.CreateNewId(projectId);
            var solution = Workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Fuzz", "Fuzz", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    parseOptions: Analysis.ParseOptions(mode),
                    metadataReferences: new[] { CoreLibrary }))
                .AddDocument(documentId, "Input.cs", SourceText.From(text));
            return solution.GetDocument(documentId)!;
        }

        public static ImmutableArray<Diagnostic> Diagnose(Document document)
        {
            var compilation = document.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
            return Analysis.Run(compilation, concurrent: false).AssertNoFailure().Diagnostics;
        }

        public static bool IsFixable(Diagnostic d) =>
            Provider.FixableDiagnosticIds.Contains(d.Id) && d.Properties.TryGetValue(DiagnosticProperties.Replacement, out var r) && r != null;

        public static string EquivalenceKey(Diagnostic d) => d.Id + ":" + d.Properties[DiagnosticProperties.Replacement]!.ToLowerInvariant();

        public static Document ApplyOne(Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            Provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
            if (actions.Count != 1)
            {
                throw new InvalidOperationException("expected one code action for " + AnalysisResult.Describe(diagnostic) + ", got " + actions.Count);
            }

            return Apply(document, actions[0]);
        }

        public static Document ApplyFixAll(Document document, string equivalenceKey, ImmutableArray<Diagnostic> diagnostics)
        {
            string id = equivalenceKey.Substring(0, equivalenceKey.IndexOf(':'));
            var context = new FixAllContext(document, Provider, FixAllScope.Document, equivalenceKey, new[] { id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
            var action = Provider.GetFixAllProvider()!.GetFixAsync(context).GetAwaiter().GetResult();
            if (action == null)
            {
                return document;
            }

            return Apply(document, action);
        }

        private static Document Apply(Document document, CodeAction action)
        {
            var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var apply = operations.OfType<ApplyChangesOperation>().Single();
            return apply.ChangedSolution.GetDocument(document.Id)!;
        }

        private static string Text(Document document) => document.GetTextAsync().GetAwaiter().GetResult().ToString();

        /// <summary>
        /// Every fix invariant for every fixable diagnostic of the text (at most <paramref name="maxSingle"/> checked one by
        /// one); returns the number of diagnostics whose fix was checked.
        /// </summary>
        public static int CheckFixInvariants(string text, DocumentationMode mode, int maxSingle = 3, int maxKeys = 3)
        {
            var document = CreateDocument(text, mode);
            var diagnostics = Diagnose(document);
            var fixable = diagnostics.Where(IsFixable).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            if (fixable.Count == 0)
            {
                return 0;
            }

            var tree = document.GetSyntaxTreeAsync().GetAwaiter().GetResult()!;
            int checkedCount = 0;
            foreach (var diagnostic in fixable.Take(maxSingle))
            {
                CheckSingleFix(document, tree, diagnostic, mode);
                checkedCount++;
            }

            foreach (string key in fixable.Select(EquivalenceKey).Distinct().OrderBy(k => k, StringComparer.Ordinal).Take(maxKeys))
            {
                string all = Text(ApplyFixAll(document, key, diagnostics));
                string oneByOne = FixOneByOne(document, key);
                if (all != oneByOne)
                {
                    throw new InvalidOperationException("FixAll for " + key + " differs from fixing one by one:\nFixAll:     " + Fuzz.Literal(all) + "\none by one: " + Fuzz.Literal(oneByOne));
                }
            }

            var once = FixPass(document);
            var twice = FixPass(once);
            if (Text(once) != Text(twice))
            {
                throw new InvalidOperationException("a second fix pass changed the text:\nafter one: " + Fuzz.Literal(Text(once)) + "\nafter two: " + Fuzz.Literal(Text(twice)));
            }

            return checkedCount;
        }

        /// <summary>FixAll for every equivalence key the document has, in key order, diagnosing again after each.</summary>
        private static Document FixPass(Document document)
        {
            var keys = Diagnose(document).Where(IsFixable).Select(EquivalenceKey).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();
            foreach (string key in keys)
            {
                document = ApplyFixAll(document, key, Diagnose(document));
            }

            return document;
        }

        private static string FixOneByOne(Document document, string key)
        {
            // Fix All applies every diagnostic of the rule, each with its own replacement (so that `dotnet format`,
            // which asks for one equivalence key, fixes them all): one by one means every diagnostic of that rule.
            // Each step fixes the first remaining one; fixes never add one.
            string id = key.Substring(0, key.IndexOf(':'));
            for (int step = 0; step < 200; step++)
            {
                var next = Diagnose(document).Where(d => IsFixable(d) && d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
                if (next == null)
                {
                    return Text(document);
                }

                document = ApplyOne(document, next);
            }

            throw new InvalidOperationException("fixing " + key + " one by one did not terminate");
        }

        private static void CheckSingleFix(Document document, SyntaxTree tree, Diagnostic diagnostic, DocumentationMode mode)
        {
            string before = tree.GetText().ToString();
            var changes = ExpectedChanges(diagnostic);
            var fixedDocument = ApplyOne(document, diagnostic);
            string after = Text(fixedDocument);
            string what = AnalysisResult.Describe(diagnostic);

            // Only the reported span and its article change.
            string expected = SourceText.From(before).WithChanges(changes).ToString();
            if (after != expected)
            {
                throw new InvalidOperationException("the fix edited more than its spans: " + what + "\nexpected " + Fuzz.Literal(expected) + "\nactual   " + Fuzz.Literal(after));
            }

            var afterTree = fixedDocument.GetSyntaxTreeAsync().GetAwaiter().GetResult()!;
            CheckNoNewSyntaxErrors(tree, afterTree, what);
            CheckSameStructure(tree, afterTree, what);
            CheckRuntimeValue(tree, changes, what, mode);

            // The diagnostic is gone, and a second fix there has nothing to do.
            var termChange = changes[0];
            int shift = changes.Skip(1).Where(c => c.Span.Start < termChange.Span.Start).Sum(c => c.NewText!.Length - c.Span.Length);
            var replaced = new TextSpan(termChange.Span.Start + shift, termChange.NewText!.Length);
            foreach (var d in Diagnose(fixedDocument))
            {
                if (d.Location.SourceSpan.OverlapsWith(replaced) && (d.Id == diagnostic.Id || IsFixable(d)))
                {
                    throw new InvalidOperationException("after the fix, " + AnalysisResult.Describe(d) + " is reported on the replaced words of " + what + "\nfixed text: " + Fuzz.Literal(after));
                }
            }
        }

        private static List<TextChange> ExpectedChanges(Diagnostic diagnostic)
        {
            var changes = new List<TextChange> { new TextChange(diagnostic.Location.SourceSpan, diagnostic.Properties[DiagnosticProperties.Replacement]!) };
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.ArticleReplacement, out var article) && article != null)
            {
                changes.Add(new TextChange(diagnostic.AdditionalLocations[0].SourceSpan, article));
            }

            return changes;
        }

        private static void CheckNoNewSyntaxErrors(SyntaxTree before, SyntaxTree after, string what)
        {
            var had = ErrorCounts(before);
            foreach (var pair in ErrorCounts(after))
            {
                if (!had.TryGetValue(pair.Key, out int count) || count < pair.Value)
                {
                    throw new InvalidOperationException("the fix introduced syntax error " + pair.Key + ": " + what);
                }
            }
        }

        private static Dictionary<string, int> ErrorCounts(SyntaxTree tree)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var d in tree.GetDiagnostics())
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    counts[d.Id] = counts.TryGetValue(d.Id, out int n) ? n + 1 : 1;
                }
            }

            return counts;
        }

        /// <summary>The same tokens and trivia of the same kinds: a literal stays that literal, a comment that comment.</summary>
        private static void CheckSameStructure(SyntaxTree before, SyntaxTree after, string what)
        {
            var a = Shape(before.GetRoot());
            var b = Shape(after.GetRoot());
            if (a.Count != b.Count)
            {
                throw new InvalidOperationException("the fix changed the number of tokens and trivia (" + a.Count + " -> " + b.Count + "): " + what);
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i])
                {
                    throw new InvalidOperationException("the fix turned a " + a[i] + " into a " + b[i] + ": " + what);
                }
            }
        }

        private static List<SyntaxKind> Shape(SyntaxNode root)
        {
            var kinds = new List<SyntaxKind>();
            AddShape(root, kinds);
            return kinds;
        }

        /// <summary>
        /// Tokens and trivia in order, descending into doc comments. A doc comment that is already malformed XML
        /// counts as one piece: there TermLint reads an unclosed '&lt;' as text, where Roslyn starts a broken tag.
        /// </summary>
        private static void AddShape(SyntaxNode node, List<SyntaxKind> kinds)
        {
            foreach (var token in node.DescendantTokens(descendIntoTrivia: false))
            {
                AddTrivia(token.LeadingTrivia, kinds);
                kinds.Add(token.Kind());
                AddTrivia(token.TrailingTrivia, kinds);
            }
        }

        private static void AddTrivia(SyntaxTriviaList list, List<SyntaxKind> kinds)
        {
            foreach (var trivia in list)
            {
                kinds.Add(trivia.Kind());
                var structure = trivia.GetStructure();
                if (structure != null && !structure.ContainsDiagnostics)
                {
                    AddShape(structure, kinds);
                }
            }
        }

        /// <summary>
        /// For a string literal: the fixed literal's runtime value is the original's with exactly the replaced words
        /// swapped. Both are derived from the literal with each replaced span stood in for by a marker character.
        /// </summary>
        private static void CheckRuntimeValue(SyntaxTree tree, List<TextChange> changes, string what, DocumentationMode mode)
        {
            var root = tree.GetRoot();
            var token = root.FindToken(changes[0].Span.Start, findInsideTrivia: false);
            if (!token.Span.Contains(changes[0].Span) || !IsStringToken(token.Kind()))
            {
                return;
            }

            string before = tree.GetText().ToString();
            var markerChanges = changes.Select((c, i) => new TextChange(c.Span, ((char)(MarkerBase + i)).ToString())).ToList();
            var fixedChanges = changes;
            string marked = ValueAt(SourceText.From(before).WithChanges(markerChanges).ToString(), (char)MarkerBase, mode, out var markedKind);
            string original = token.ValueText;
            string expectedFixed = marked;
            for (int i = 0; i < changes.Count; i++)
            {
                expectedFixed = expectedFixed.Replace(((char)(MarkerBase + i)).ToString(), changes[i].NewText);
            }

            string fixedText = SourceText.From(before).WithChanges(fixedChanges).ToString();
            int at = changes[0].Span.Start + changes.Skip(1).Where(c => c.Span.Start < changes[0].Span.Start).Sum(c => c.NewText!.Length - c.Span.Length);
            var fixedToken = CSharpSyntaxTree.ParseText(fixedText, Analysis.ParseOptions(mode)).GetRoot().FindToken(at);
            if (!fixedToken.IsKind(token.Kind()) || markedKind != token.Kind())
            {
                throw new InvalidOperationException("the literal changed kind from " + token.Kind() + " to " + fixedToken.Kind() + ": " + what);
            }

            if (fixedToken.ValueText != expectedFixed)
            {
                throw new InvalidOperationException("the fixed literal's value is " + Fuzz.Literal(fixedToken.ValueText) + ", expected " + Fuzz.Literal(expectedFixed) + ": " + what);
            }

            // Outside the replaced words, the original value is the marked one.
            var markers = changes.Select((c, i) => (char)(MarkerBase + i)).ToArray();
            string prefix = marked.Substring(0, marked.IndexOfAny(markers));
            string suffix = marked.Substring(marked.LastIndexOfAny(markers) + 1);
            if (!original.StartsWith(prefix, StringComparison.Ordinal) || !original.EndsWith(suffix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the value outside the replaced words differs: original " + Fuzz.Literal(original) + ", marked " + Fuzz.Literal(marked) + ": " + what);
            }
        }

        private static string ValueAt(string text, char marker, DocumentationMode mode, out SyntaxKind kind)
        {
            int at = text.IndexOf(marker);
            var token = CSharpSyntaxTree.ParseText(text, Analysis.ParseOptions(mode)).GetRoot().FindToken(at);
            kind = token.Kind();
            return token.ValueText;
        }

        private static bool IsStringToken(SyntaxKind kind) =>
            kind == SyntaxKind.StringLiteralToken || kind == SyntaxKind.Utf8StringLiteralToken ||
            kind == SyntaxKind.SingleLineRawStringLiteralToken || kind == SyntaxKind.MultiLineRawStringLiteralToken ||
            kind == SyntaxKind.Utf8SingleLineRawStringLiteralToken || kind == SyntaxKind.Utf8MultiLineRawStringLiteralToken ||
            kind == SyntaxKind.InterpolatedStringTextToken;

        /// <summary>Hands FixAll the diagnostics already computed.</summary>
        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
        }
    }
}
