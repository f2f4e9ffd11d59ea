using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;
using TermLint.Rules;

namespace TermLint.Engine
{
    /// <summary>
    /// The engine's front door: prose text in, findings out, no Roslyn types. Prefilter, tokenize, split into
    /// sentences, match the catalog, run every rule. Buffers are reused per thread, so prose that fails the
    /// prefilter allocates nothing and prose that passes it allocates only its findings.
    /// </summary>
    internal sealed class ProseChecker
    {
        /// <summary>Longest run of tokens checked as one sentence; far beyond any real sentence.</summary>
        internal const int MaxSentenceTokens = 1024;

        /// <summary>A token list longer than this is not kept for the next segment.</summary>
        private const int MaxRetainedTokens = 1 << 16;

        [System.ThreadStatic]
        private static List<Token>? t_tokens;

        [System.ThreadStatic]
        private static Sentence? t_sentence;

        private readonly CompiledCatalog _catalog;
        private readonly IRule[] _rules;

        public ProseChecker(CompiledCatalog catalog, IRule[]? rules = null)
        {
            _catalog = catalog;
            _rules = rules ?? DefaultRules.All;
        }

        public CompiledCatalog Catalog => _catalog;

        /// <summary>Whether the text could hold a finding at all (the cheap gate).</summary>
        public bool MayMatch(string text, int start, int end) => _catalog.Prefilter.Matches(text, start, end);

        public List<Finding> Check(string text) => Check(text, 0, text.Length);

        public List<Finding> Check(string text, int start, int end)
        {
            var findings = new List<Finding>();
            Check(text, start, end, findings);
            return findings;
        }

        /// <summary>Adds the findings of text[start..end) to <paramref name="findings"/>, in text order per rule.</summary>
        public void Check(string text, int start, int end, List<Finding> findings, System.Threading.CancellationToken cancellationToken = default) =>
            Check(text, start, end, findings, null, cancellationToken);

        /// <summary>
        /// The same, for the text of a doc comment whose parts and subjects <paramref name="doc"/> knows (TL0009 reads
        /// them; without it TL0009 finds nothing).
        /// </summary>
        public void Check(string text, int start, int end, List<Finding> findings, DocContext? doc, System.Threading.CancellationToken cancellationToken = default)
        {
            if (!_catalog.Prefilter.Matches(text, start, end))
            {
                return;
            }

            var sentence = t_sentence ??= new Sentence();
            sentence.Doc = doc;
            try
            {
                CheckSentences(text, start, end, findings, sentence, cancellationToken);
            }
            finally
            {
                sentence.Doc = null;
                // The thread keeps the sentence, not the segment: its text and token list may be megabytes.
                sentence.Release();
            }
        }

        private void CheckSentences(string text, int start, int end, List<Finding> findings, Sentence sentence, System.Threading.CancellationToken cancellationToken)
        {
            var tokens = t_tokens ??= new List<Token>(256);
            tokens.Clear();
            // A text too long for the kept list (about a token per five characters) sizes a list once instead of
            // regrowing it; the list goes after the text, so an overestimate is never kept.
            int estimate = (end - start) / 5;
            if (estimate > MaxRetainedTokens && estimate > tokens.Capacity)
            {
                tokens.Capacity = estimate;
            }

            Tokenizer.Tokenize(text, start, end, tokens, cancellationToken);
            int first = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                // Every 256 tokens, not only at sentence ends: a huge comment block may have none.
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // A run with no sentence end (a huge comment block) is checked in bounded pieces, so the work
                // between two cancellation checks stays bounded too.
                if (i > first && (SentenceBoundaries.StartsNewSentence(text, tokens, i) || i - first >= MaxSentenceTokens))
                {
                    CheckSentence(text, tokens, first, i, sentence, findings);
                    first = i;
                }

                if (SentenceBoundaries.EndsSentence(text, tokens, i))
                {
                    CheckSentence(text, tokens, first, i + 1, sentence, findings);
                    first = i + 1;
                }
            }

            if (first < tokens.Count)
            {
                CheckSentence(text, tokens, first, tokens.Count, sentence, findings);
            }

            // One huge comment or literal must not pin its token list (20 bytes a token) to the thread for good.
            if (tokens.Capacity > MaxRetainedTokens)
            {
                t_tokens = null;
            }
        }

        /// <summary>
        /// "Whisper is an LLM model": TL0001 and TL0007 name the same words; the class error is the one to fix
        /// (its fix removes the form error too), so the form finding on those words goes. TL0003 goes only under a
        /// class finding with a fix ("Our ECG foundational model": TL0006's "domain model" replaces the words TL0003
        /// would fix); under TL0004, which has no fix, it stays.
        /// </summary>
        private static void DropFormFindingsUnderClassFindings(List<Finding> findings, int start)
        {
            for (int i = findings.Count - 1; i >= start; i--)
            {
                var form = findings[i];
                bool isTermForm = form.RuleId == RuleIds.TermForm;
                if (!isTermForm && form.RuleId != RuleIds.FoundationalModel)
                {
                    continue;
                }

                for (int k = start; k < findings.Count; k++)
                {
                    var other = findings[k];
                    bool covers = isTermForm
                        ? other.RuleId != RuleIds.TermForm
                        : other.RuleId != RuleIds.FoundationalModel && other.RuleId != RuleIds.TermForm && other.Replacement != null;
                    if (covers && other.Start < form.End && form.Start < other.End)
                    {
                        findings.RemoveAt(i);
                        break;
                    }
                }
            }
        }

        private void CheckSentence(string text, List<Token> tokens, int first, int end, Sentence sentence, List<Finding> findings)
        {
            if (end <= first || !_catalog.Prefilter.Matches(text, tokens[first].Start, tokens[end - 1].End))
            {
                return;
            }

            var last = tokens[end - 1];
            bool question = last.Kind == TokenKind.Punct && text[last.Start] == '?';
            sentence.Load(text, tokens, first, end, question, _catalog);

            // The rules read English; "Du hast dein erstes Large Language Model…" is not theirs to judge.
            if (!sentence.HasTerm || Language.IsOtherLanguage(sentence))
            {
                return;
            }

            int before = findings.Count;
            foreach (var rule in _rules)
            {
                rule.Check(sentence, findings);
            }

            if (findings.Count > before)
            {
                DropQuotedFindings(text, tokens, first, end, findings, before);
            }

            // Per sentence: two findings overlap only inside one sentence, and a segment of thousands of findings
            // must not compare each with all the others.
            if (findings.Count > before + 1)
            {
                DropFormFindingsUnderClassFindings(findings, before);
            }
        }

        /// <summary>
        /// A finding inside double quotes is a mention, not a use: "“Whisper is an LLM” is a common mistake" reports
        /// what someone wrote. A wrong form is wrong in a quoted sentence too ("“LLM's are expensive,” she said"), so a
        /// form finding goes only when the quotes hold no clause (the “LLMS” tab names a label).
        /// </summary>
        private static void DropQuotedFindings(string text, List<Token> tokens, int first, int end, List<Finding> findings, int from)
        {
            for (int f = findings.Count - 1; f >= from; f--)
            {
                var finding = findings[f];
                bool form = finding.RuleId == RuleIds.TermForm || finding.RuleId == RuleIds.FoundationalModel;
                if (Quotes.Encloses(text, tokens, first, end, finding.Start, finding.End)
                    && !(form && Quotes.HoldsClause(text, tokens, first, end, finding.Start, finding.End)))
                {
                    findings.RemoveAt(f);
                }
            }
        }
    }
}
