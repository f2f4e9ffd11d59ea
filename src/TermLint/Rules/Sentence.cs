using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    internal enum ElementKind : byte
    {
        Word,
        Punct,
        Opaque,
        Model,
        Term,
    }

    /// <summary>One unit of a sentence for the rules: a plain token, or a catalog match spanning several tokens.</summary>
    internal readonly struct Element
    {
        public Element(ElementKind kind, int firstToken, int lastToken, int start, int end, object? target, bool possessive)
        {
            Kind = kind;
            FirstToken = firstToken;
            LastToken = lastToken;
            Start = start;
            End = end;
            Target = target;
            IsPossessive = possessive;
        }

        public ElementKind Kind { get; }
        public int FirstToken { get; }
        public int LastToken { get; }
        /// <summary>Offset of the first character in the prose text.</summary>
        public int Start { get; }
        /// <summary>Offset after the last character, possessive ending included.</summary>
        public int End { get; }
        public object? Target { get; }
        public bool IsPossessive { get; }

        public ModelInfo? Model => Target as ModelInfo;
        public TermInfo? Term => Target as TermInfo;
    }

    /// <summary>
    /// One sentence (or clause) as elements, with the small queries the rules ask. Instances are reused per thread;
    /// the rules never keep a reference after they return.
    /// </summary>
    internal sealed class Sentence
    {
        private readonly List<Element> _elements = new List<Element>(64);
        private int _tokenEnd;
        private int _tokenFirst;
        private int _segmentVersion;
        private int _segmentCacheVersion = -1;
        private PhraseMatcher? _segmentCacheKey;
        private bool _segmentCacheValue;

        public string Text { get; private set; } = string.Empty;
        public List<Token> Tokens { get; private set; } = new List<Token>();
        public CompiledCatalog Catalog { get; private set; } = null!;
        public bool IsQuestion { get; private set; }
        public int Count => _elements.Count;
        public Element this[int index] => _elements[index];

        /// <summary>Whether any element is an LLM-class term, a foundation term or a misnomer (the rules' anchors).</summary>
        public bool HasTerm { get; private set; }

        public void Load(string text, List<Token> tokens, int first, int end, bool question, CompiledCatalog catalog)
        {
            Text = text;
            Tokens = tokens;
            Catalog = catalog;
            IsQuestion = question;
            HasTerm = false;
            _tokenEnd = end;
            _tokenFirst = first;
            _elements.Clear();
            var matcher = catalog.Mentions;
            for (int i = first; i < end;)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Word)
                {
                    var phrase = matcher.Match(text, tokens, i, end, out int count);
                    if (phrase != null)
                    {
                        var last = tokens[i + count - 1];
                        var kind = phrase.Target is ModelInfo ? ElementKind.Model : ElementKind.Term;
                        _elements.Add(new Element(kind, i, i + count - 1, token.Start, last.End, phrase.Target, last.IsPossessive));
                        HasTerm |= kind == ElementKind.Term;
                        i += count;
                        continue;
                    }

                    _elements.Add(new Element(ElementKind.Word, i, i, token.Start, token.End, null, token.IsPossessive));
                }
                else
                {
                    _elements.Add(new Element(token.Kind == TokenKind.Punct ? ElementKind.Punct : ElementKind.Opaque, i, i, token.Start, token.End, null, false));
                }

                i++;
            }

            DemoteUnclassifyingLanguageModels();
        }

        /// <summary>"language model" names the class only after an article, a copula or nothing: not "protein language model".</summary>
        private void DemoteUnclassifyingLanguageModels()
        {
            for (int i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i];
                if (e.Term?.Role != TermRole.LanguageModel)
                {
                    continue;
                }

                bool classifies = i == 0 || Is(i - 1, Lexicon.Determiners) || Is(i - 1, Lexicon.Copulas) || Is(i - 1, Lexicon.Adverbs) || IsPunct(i - 1);
                if (!classifies)
                {
                    _elements[i] = new Element(ElementKind.Word, e.FirstToken, e.LastToken, e.Start, e.End, null, e.IsPossessive);
                }
            }
        }

        public ElementKind KindAt(int i) => i >= 0 && i < _elements.Count ? _elements[i].Kind : ElementKind.Punct;

        public bool InRange(int i) => i >= 0 && i < _elements.Count;

        public bool IsWord(int i) => InRange(i) && _elements[i].Kind == ElementKind.Word;

        public bool Is(int i, WordSet words) => IsWord(i) && words.Contains(Text, _elements[i].Start, _elements[i].End - _elements[i].Start);

        public bool Is(int i, string word) => IsWord(i) && TextFold.EqualsIgnoreCase(Text, _elements[i].Start, _elements[i].End - _elements[i].Start, word);

        public bool IsPunct(int i) => InRange(i) && _elements[i].Kind == ElementKind.Punct;

        public bool IsPunct(int i, char c) => IsPunct(i) && Text[_elements[i].Start] == c;

        /// <summary>A dash used as punctuation: '-', '–' or '—' standing alone.</summary>
        public bool IsDash(int i) => IsPunct(i) && Text[_elements[i].Start] is '-' or '\u2013' or '\u2014';

        public bool IsModel(int i) => InRange(i) && _elements[i].Kind == ElementKind.Model;

        /// <summary>An LLM-class term ("LLM", "large language models", a classifying "language model").</summary>
        public bool IsLlmTerm(int i) => InRange(i) && _elements[i].Term is { } t && (t.Role == TermRole.Llm || t.Role == TermRole.LanguageModel || (t.Role == TermRole.Misnomer && t.Entry.Means == TermRole.Llm));

        /// <summary>"foundation model(s)", or a misnomer that stands for it ("foundational model").</summary>
        public bool IsFoundationTerm(int i) => InRange(i) && _elements[i].Term is { } t && (t.Role == TermRole.Foundation || (t.Role == TermRole.Misnomer && t.Entry.Means == TermRole.Foundation));

        public bool IsNegation(int i) => Is(i, Lexicon.Negations) || (IsWord(i) && EndsWithNt(i));

        /// <summary>Whether the word at i is followed (after whitespace only) by a word, used for phrases like "such as".</summary>
        public bool IsPhrase(int i, string first, string second) => Is(i, first) && Is(i + 1, second);

        public string TextOf(int i) => Text.Substring(_elements[i].Start, _elements[i].End - _elements[i].Start);

        /// <summary>The term text without a possessive ending.</summary>
        public string TermTextOf(int i)
        {
            var e = _elements[i];
            int end = e.IsPossessive ? e.End - 2 : e.End;
            return CollapseWhitespace(Text, e.Start, end);
        }

        /// <summary>A phrase as one line: a term wrapped over two comment lines reads "large language model".</summary>
        private static string CollapseWhitespace(string text, int start, int end)
        {
            bool plain = true;
            for (int i = start; i < end && plain; i++)
            {
                plain = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && i + 1 < end && !char.IsWhiteSpace(text[i + 1]));
            }

            if (plain)
            {
                return text.Substring(start, end - start);
            }

            var builder = new System.Text.StringBuilder(end - start);
            bool space = false;
            for (int i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    space = true;
                    continue;
                }

                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(text[i]);
            }

            return builder.ToString();
        }

        /// <summary>Whether the element starts its sentence (only punctuation such as quotes or bullets before it).</summary>
        public bool StartsSentence(int i)
        {
            for (int k = i - 1; k >= 0; k--)
            {
                if (_elements[k].Kind != ElementKind.Punct)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether any word of the sentence is in the word list.</summary>
        public bool HasWordFrom(PhraseMatcher words) => AnyMatch(words, _tokenFirst, _tokenEnd);

        /// <summary>Whether any word of the whole segment (every sentence of the comment, doc or literal) is in the word list.</summary>
        public bool SegmentHasWordFrom(PhraseMatcher words)
        {
            if (ReferenceEquals(words, _segmentCacheKey) && _segmentCacheVersion == _segmentVersion)
            {
                return _segmentCacheValue;
            }

            _segmentCacheKey = words;
            _segmentCacheVersion = _segmentVersion;
            _segmentCacheValue = AnyMatch(words, 0, Tokens.Count);
            return _segmentCacheValue;
        }

        /// <summary>Called once per segment, so segment-level answers are computed once.</summary>
        public void BeginSegment() => _segmentVersion++;

        private bool AnyMatch(PhraseMatcher words, int from, int to)
        {
            if (words.Count == 0)
            {
                return false;
            }

            for (int i = from; i < to; i++)
            {
                if (Tokens[i].IsWord && words.Match(Text, Tokens, i, to, out _) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the AI-context word list or any catalog mention occurs in elements [from, to).</summary>
        public bool HasAiContext(int from, int to)
        {
            from = from < 0 ? 0 : from;
            to = to > _elements.Count ? _elements.Count : to;
            for (int i = from; i < to; i++)
            {
                var e = _elements[i];
                if (e.Kind == ElementKind.Model || (e.Kind == ElementKind.Term && e.Term!.Role != TermRole.Misnomer))
                {
                    return true;
                }

                if (e.Kind == ElementKind.Word && Catalog.AiContext.Match(Text, Tokens, e.FirstToken, _tokenEnd, out _) != null)
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsWithNt(int i)
        {
            var e = _elements[i];
            int length = e.End - e.Start;
            return length > 3 && (Text[e.End - 1] == 't' || Text[e.End - 1] == 'T') && (Text[e.End - 2] == '\'' || Text[e.End - 2] == '\u2019') && (Text[e.End - 3] == 'n' || Text[e.End - 3] == 'N');
        }
    }
}
