using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TermLint.Engine;
using TermLint.Options;
using TermLint.Rules;
using TermLint.Sources;
using TermLint.Suppression;

namespace TermLint.Analyzers
{
    /// <summary>
    /// Checks the prose segments of one file — a syntax tree or an AdditionalFile — and turns their findings into
    /// diagnostics at the file's own spans, with the replacement in <see cref="Diagnostic.Properties"/> wherever it
    /// is one unbroken run of source text. An exception while checking one segment is contained to it (TL9002 at
    /// the segment) and the rest of the file is still checked. Nothing is allocated until a segment has a finding.
    /// </summary>
    internal sealed class ProseReport
    {
        private readonly ProseChecker _checker;
        private readonly TermLintOptions _options;
        private readonly SyntaxTree? _tree;
        private readonly string _path;
        private readonly SourceText _sourceText;
        private readonly CancellationToken _cancellationToken;
        private readonly List<Finding> _findings = new List<Finding>();
        private List<Diagnostic>? _diagnostics;
        private List<Diagnostic>? _errors;
        private Action<ProseSegment, ProseSourceKind>? _sink;

        public ProseReport(ProseChecker checker, TermLintOptions options, SyntaxTree? tree, string path, SourceText sourceText, CancellationToken cancellationToken)
        {
            _checker = checker;
            _options = options;
            _tree = tree;
            _path = path;
            _sourceText = sourceText;
            _cancellationToken = cancellationToken;
        }

        /// <summary><see cref="Check"/> as a delegate, for <see cref="CSharpProseWalker"/> and <see cref="CSharpIsland"/>.</summary>
        public Action<ProseSegment, ProseSourceKind> Sink => _sink ??= Check;

        public bool HasDiagnostics => _diagnostics != null;

        /// <summary>
        /// For a syntax tree in a compilation that has TL0009's catalog types: the subjects of a doc comment (resolved
        /// only when a sentence has a TL0009 shape). Null elsewhere, and then TL0009 finds nothing.
        /// </summary>
        public TreeDocSubjects? DocSubjects { get; set; }

        /// <summary>The diagnostics found so far, before directives are applied.</summary>
        public List<Diagnostic>? Diagnostics => _diagnostics;

        public void Check(ProseSegment segment, ProseSourceKind kind)
        {
            if (kind == ProseSourceKind.StringLiteral && segment.Text.Length < _options.MinStringLength)
            {
                return;
            }

            _findings.Clear();
            try
            {
                var doc = kind == ProseSourceKind.DocComment && DocSubjects != null && segment.DocParts is { Count: > 0 } parts
                    ? new DocContext(parts, DocSubjects.For(segment))
                    : null;
                AcceptedPhraseMask.Check(_checker, segment.Text, _options.AcceptedPhrases, _findings, doc, _cancellationToken);
                foreach (var finding in _findings)
                {
                    (_diagnostics ??= new List<Diagnostic>()).Add(ToDiagnostic(segment, finding));
                }
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                var at = segment.Map(0, segment.Text.Length);
                InternalError(at.Start, e);
            }
        }

        /// <summary>TL9002 at <paramref name="position"/>: TermLint failed on this text; the rest of the file is unaffected.</summary>
        public void InternalError(int position, Exception e)
        {
            int at = Math.Max(0, Math.Min(position, _sourceText.Length));
            (_errors ??= new List<Diagnostic>()).Add(Diagnostic.Create(Descriptors.InternalError, At(TextSpan.FromBounds(at, at)), e.GetType().Name + ": " + e.Message));
        }

        /// <summary>Whether directives are worth reading: there is something they could switch off, and they are honoured.</summary>
        public bool NeedsDirectives => _diagnostics != null && _options.InlineDirectives;

        /// <summary>
        /// The diagnostics to report: those on a line an inline directive switches off are dropped (read the
        /// directives only when <see cref="NeedsDirectives"/>); internal errors are always reported.
        /// </summary>
        public List<Diagnostic>? Finish(DirectiveMap map)
        {
            if (_diagnostics == null)
            {
                return _errors;
            }

            var kept = _errors ?? new List<Diagnostic>(_diagnostics.Count);
            foreach (var diagnostic in _diagnostics)
            {
                int line = _sourceText.Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).LineNumber;
                if (!map.IsSuppressed(diagnostic.Id, line))
                {
                    kept.Add(diagnostic);
                }
            }

            return kept;
        }

        /// <summary>
        /// The directives whose markers are at the given offsets of <paramref name="text"/> (Markdown and Razor
        /// comments, C# comments in fences and code blocks).
        /// </summary>
        public static DirectiveMap Directives(string text, SourceText sourceText, List<(int At, int End)> markers)
        {
            if (markers.Count == 0)
            {
                return DirectiveMap.Empty;
            }

            markers.Sort((x, y) => x.At.CompareTo(y.At));
            var directives = new List<InlineDirective>(markers.Count);
            foreach (var (at, end) in markers)
            {
                var directive = InlineDirective.TryParse(text, at, end, sourceText.Lines.GetLineFromPosition(at).LineNumber);
                if (directive != null)
                {
                    directives.Add(directive);
                }
            }

            return DirectiveMap.Build(directives, line => CSharpDirectives.IsBlank(sourceText, line), sourceText.Lines.Count);
        }

        private Location At(TextSpan span) =>
            _tree != null ? Location.Create(_tree, span) : Location.Create(_path, span, _sourceText.Lines.GetLinePositionSpan(span));

        /// <summary>
        /// Whether writing <paramref name="replacement"/> at prose offset <paramref name="at"/> would change the escape
        /// before it: in <c>"\x85LLM"</c> the escape is <c>\x85</c>, but <c>"\x85audio model"</c> reads <c>\x85a</c>. A
        /// <c>\x</c> escape takes one to four hex digits, so a shorter one followed by a hex digit grows. Such a fix is
        /// not offered (rare, and widening the edit to the escape would change text the diagnostic does not name).
        /// The file's own text is read, so this holds in C# files and in the C# of fences and code blocks alike.
        /// </summary>
        private bool ExtendsHexEscape(ProseSegment segment, int at, string? replacement)
        {
            if (at <= 0 || string.IsNullOrEmpty(replacement) || !Uri.IsHexDigit(replacement![0]))
            {
                return false;
            }

            int start = segment.SourceStart(at - 1);
            int length = segment.SourceEnd(at - 1) - start;
            if (length < 3 || length > 5 || start + 1 >= _sourceText.Length)
            {
                return false;
            }

            return _sourceText[start] == '\\' && (_sourceText[start + 1] == 'x' || _sourceText[start + 1] == 'X');
        }

        internal Diagnostic ToDiagnostic(ProseSegment segment, Finding finding)
        {
            var span = segment.Map(finding.Start, finding.End);
            var location = At(TextSpan.FromBounds(span.Start, span.End));
            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = Array.Empty<Location>();
            bool fixable = finding.Replacement != null && span.Contiguous && !ExtendsHexEscape(segment, finding.Start, finding.Replacement);
            if (fixable && finding.ArticleReplacement != null)
            {
                var article = segment.Map(finding.ArticleStart, finding.ArticleEnd);
                if (article.Contiguous && !ExtendsHexEscape(segment, finding.ArticleStart, finding.ArticleReplacement))
                {
                    additional = new[] { At(TextSpan.FromBounds(article.Start, article.End)) };
                    properties = properties.Add(DiagnosticProperties.ArticleReplacement, finding.ArticleReplacement);
                }
                else
                {
                    fixable = false;
                }
            }

            if (fixable)
            {
                properties = properties.Add(DiagnosticProperties.Replacement, finding.Replacement);
            }

            if (finding.Readings != null)
            {
                AddReadings(segment, finding.Readings, ref properties, ref additional);
            }

            object[] args = finding.MessageArgs;
            return Diagnostic.Create(Descriptors.ForRule(finding.RuleId), location, additional, properties, args);
        }

        /// <summary>
        /// The readings a lightbulb may offer, as properties and additional locations. A reading is carried only when
        /// every edit maps to source characters one for one (no escape or line break inside it, so nothing the writer
        /// typed is rewritten) and its text needs no escaping in any literal, comment or doc.
        /// </summary>
        private void AddReadings(ProseSegment segment, List<FindingReading> readings, ref ImmutableDictionary<string, string?> properties, ref Location[] additional)
        {
            var locations = new List<Location>(additional);
            int carried = 0;
            foreach (var reading in readings)
            {
                var spans = new List<TextSpan>(reading.Edits.Count);
                foreach (var edit in reading.Edits)
                {
                    var span = segment.Map(edit.Start, edit.End);
                    if (!span.Contiguous || span.End - span.Start != edit.End - edit.Start || !IsPlainText(edit.Text) || ExtendsHexEscape(segment, edit.Start, edit.Text))
                    {
                        break;
                    }

                    spans.Add(TextSpan.FromBounds(span.Start, span.End));
                }

                if (spans.Count != reading.Edits.Count)
                {
                    continue;
                }

                properties = properties.Add(DiagnosticProperties.ReadingTitle(carried), reading.Title).Add(DiagnosticProperties.ReadingEdits(carried), spans.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                for (int j = 0; j < spans.Count; j++)
                {
                    properties = properties.Add(DiagnosticProperties.ReadingText(carried, j), reading.Edits[j].Text)
                        .Add(DiagnosticProperties.ReadingLocation(carried, j), locations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    locations.Add(At(spans[j]));
                }

                carried++;
            }

            if (carried > 0)
            {
                properties = properties.Add(DiagnosticProperties.Readings, carried.ToString(System.Globalization.CultureInfo.InvariantCulture));
                additional = locations.ToArray();
            }
        }

        /// <summary>Letters, digits, spaces and hyphens: text that is the same in every literal, comment and doc.</summary>
        private static bool IsPlainText(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != ' ' && c != '-')
                {
                    return false;
                }
            }

            return text.Length > 0;
        }
    }
}
