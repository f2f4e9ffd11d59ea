using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using TermLint.Engine;
using TermLint.Catalog;
using TermLint.Rules;
using TermLint.Sources;

namespace TermLint.ReliabilityTests.Harness
{
    /// <summary>
    /// Checks, below the analyzer, that every finding lies inside its prose segment, names the words it reports,
    /// and maps back to source text that spells those words (one source char per prose char, or an escape).
    /// </summary>
    internal static class SpanInvariants
    {
        private static readonly ProseChecker Checker = new ProseChecker(BuiltInCatalog.Compiled);

        /// <summary>Walks the tree as the analyzer does; returns how many findings were checked.</summary>
        public static int Check(SyntaxTree tree)
        {
            string source = tree.GetText().ToString();
            int checkedFindings = 0;
            var walker = new CSharpProseWalker(source, Checker.Catalog.Prefilter, (segment, kind) => checkedFindings += CheckSegment(source, segment, kind));
            walker.Walk(tree.GetRoot(), CancellationToken.None);
            return checkedFindings;
        }

        /// <summary>Checks every finding of one prose segment of <paramref name="source"/>; returns how many there were.</summary>
        public static int CheckSegment(string source, ProseSegment segment, ProseSourceKind kind)
        {
            var findings = new List<Finding>();
            Checker.Check(segment.Text, 0, segment.Text.Length, findings, CancellationToken.None);
            foreach (var finding in findings)
            {
                CheckFinding(source, segment, kind, finding);
            }

            return findings.Count;
        }

        private static void CheckFinding(string source, ProseSegment segment, ProseSourceKind kind, Finding finding)
        {
            // Built only on failure: a segment can be megabytes long.
            var where = new Where(kind, segment, finding);
            string text = segment.Text;
            if (finding.Start < 0 || finding.End > text.Length || finding.Start >= finding.End)
            {
                throw new InvalidOperationException("finding outside its segment: " + where);
            }

            CheckMapped(source, segment, finding.Start, finding.End, where);
            string found = text.Substring(finding.Start, finding.End - finding.Start);
            string named = Named(finding);
            if (named != null && !SameWords(found, named, prefixOnly: finding.RuleId == "TL0003"))
            {
                throw new InvalidOperationException("finding text " + Fuzz.Literal(found) + " is not the words its message names " + Fuzz.Literal(named) + ": " + where);
            }

            if (finding.ArticleReplacement != null)
            {
                if (finding.ArticleStart < 0 || finding.ArticleEnd > finding.Start || finding.ArticleStart >= finding.ArticleEnd)
                {
                    throw new InvalidOperationException("article edit outside the segment or not before the term: " + where);
                }

                CheckMapped(source, segment, finding.ArticleStart, finding.ArticleEnd, where);
            }
        }

        /// <summary>Every prose char of [start, end) comes from source inside the mapped span, spelled as itself or as an escape.</summary>
        private static void CheckMapped(string source, ProseSegment segment, int start, int end, Where where)
        {
            var (sourceStart, sourceEnd, _) = segment.Map(start, end);
            if (sourceStart < 0 || sourceEnd > source.Length || sourceStart > sourceEnd)
            {
                throw new InvalidOperationException("mapped span " + sourceStart + ".." + sourceEnd + " outside the source of length " + source.Length + ": " + where);
            }

            for (int i = start; i < end; i++)
            {
                int s = segment.SourceStart(i);
                int e = segment.SourceEnd(i);
                if (s < sourceStart || e > sourceEnd || s > e)
                {
                    throw new InvalidOperationException("prose char " + i + " maps to " + s + ".." + e + ", outside " + sourceStart + ".." + sourceEnd + ": " + where);
                }

                char c = segment.Text[i];
                if (e - s == 1 && source[s] != c && !(c == SegmentBuilder.TextBacktick && source[s] == '`'))
                {
                    throw new InvalidOperationException("prose char " + Fuzz.Literal(c.ToString()) + " at " + i + " maps to source char " + Fuzz.Literal(source[s].ToString()) + ": " + where);
                }

                if (e - s > 1 && !IsEscapeOf(source, s, e, c))
                {
                    throw new InvalidOperationException("prose char " + Fuzz.Literal(c.ToString()) + " maps to " + Fuzz.Literal(source.Substring(s, e - s)) + ", which is not an escape of it: " + where);
                }
            }
        }

        private sealed class Where
        {
            private readonly ProseSourceKind _kind;
            private readonly ProseSegment _segment;
            private readonly Finding _finding;

            public Where(ProseSourceKind kind, ProseSegment segment, Finding finding)
            {
                _kind = kind;
                _segment = segment;
                _finding = finding;
            }

            public override string ToString()
            {
                string text = _segment.Text.Length > 2000 ? _segment.Text.Substring(System.Math.Max(0, _finding.Start - 500), System.Math.Min(1000, _segment.Text.Length - System.Math.Max(0, _finding.Start - 500))) : _segment.Text;
                return _kind + " segment " + Fuzz.Literal(text) + ", finding " + _finding;
            }
        }

        private static bool IsEscapeOf(string source, int s, int e, char c)
        {
            string escape = source.Substring(s, e - s);
            if (escape == "\r\n" && c == '\n')
            {
                return true;
            }

            // "" in verbatim strings, {{ }} in interpolations and format strings, '' in YAML, @@ in Razor.
            if (escape.Length == 2 && escape[0] == escape[1] && (c == '"' || c == '{' || c == '}' || c == '\'' || c == '@') && escape[0] == c)
            {
                return true;
            }

            if (escape[0] != '\\')
            {
                // A character reference in a doc comment, Markdown, Razor markup or a .resx value.
                return escape[0] == '&' && escape[escape.Length - 1] == ';';
            }

            return true;
        }

        /// <summary>The words a finding's message names, per rule.</summary>
        private static string Named(Finding finding) => finding.RuleId switch
        {
            "TL0001" => finding.MessageArgs[3],
            "TL0002" => finding.MessageArgs[0],
            "TL0003" => finding.MessageArgs[0],
            "TL0004" => finding.MessageArgs[1],
            _ => null!,
        };

        private static bool SameWords(string found, string named, bool prefixOnly)
        {
            string a = Collapse(found);
            string b = Collapse(named);
            return prefixOnly ? b.StartsWith(a, StringComparison.Ordinal) : string.Equals(a, b, StringComparison.Ordinal);
        }

        private static string Collapse(string text)
        {
            var sb = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
