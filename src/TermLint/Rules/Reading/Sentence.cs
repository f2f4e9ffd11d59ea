using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// One sentence (or clause) as elements, with the small queries the rules ask. Instances are reused per thread;
    /// the rules never keep a reference after they return.
    /// </summary>
    internal sealed partial class Sentence
    {
        private readonly List<Element> _elements = new List<Element>(64);
        private int _tokenEnd;
        private int _tokenFirst;

        public string Text { get; private set; } = string.Empty;
        public List<Token> Tokens { get; private set; } = new List<Token>();
        public CompiledCatalog Catalog { get; private set; } = null!;
        public bool IsQuestion { get; private set; }
        public int Count => _elements.Count;
        public Element this[int index] => _elements[index];

        /// <summary>Whether any element is an LLM-class term, a foundation term or a misnomer (the rules' anchors).</summary>
        public bool HasTerm { get; private set; }

        /// <summary>How many elements are LLM-class terms, foundation terms, models, and models that are not language models.</summary>
        public int LlmTermCount { get; private set; }

        public int FoundationTermCount { get; private set; }

        public int ModelCount { get; private set; }

        public int NonLanguageModelCount { get; private set; }

        public int MultimodalModelCount { get; private set; }

        private static readonly List<Token> NoTokens = new List<Token>(0);

        /// <summary>Lets go of the last text and token list, so a reused sentence pins neither after its segment.</summary>
        public void Release()
        {
            Text = string.Empty;
            Tokens = NoTokens;
            _elements.Clear();
        }

        public void Load(string text, List<Token> tokens, int first, int end, bool question, CompiledCatalog catalog)
        {
            Text = text;
            Tokens = tokens;
            Catalog = catalog;
            IsQuestion = question;
            HasTerm = false;
            _listCacheCount = 0;
            ClearAiContextMarks();
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
                        var target = phrase.Target;
                        if (target is TermInfo misnomer && misnomer.Role == TermRole.Misnomer)
                        {
                            target = RepeatedModelNouns.Absorb(text, tokens, i, end, misnomer, ref count);
                        }

                        var last = tokens[i + count - 1];
                        var kind = target is ModelInfo ? ElementKind.Model : ElementKind.Term;
                        _elements.Add(new Element(kind, i, i + count - 1, token.Start, last.End, target, last.IsPossessive));
                        HasTerm |= kind == ElementKind.Term;
                        i += count;
                        continue;
                    }

                    var single = SingleWordTerm(text, token, catalog, out bool joined);
                    if (single != null)
                    {
                        int start = joined ? token.End - single.Form.Length : token.Start;
                        _elements.Add(new Element(ElementKind.Term, i, i, start, token.End, single, !joined && token.IsPossessive, joined));
                        HasTerm = true;
                        i++;
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
            ReadLooseNamesBeforeTerms();
            ReadApostrophePlurals();
            CountAnchors();
        }

        /// <summary>The counts that let a rule skip a sentence without looking at it: no LLM term, no TL0001.</summary>
        private void CountAnchors()
        {
            int llm = 0, foundation = 0, models = 0, nonLanguage = 0, multimodal = 0;
            for (int i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i];
                if (e.Kind == ElementKind.Model)
                {
                    models++;
                    nonLanguage += e.Model!.IsLanguage ? 0 : 1;
                    multimodal += e.Model!.IsMultimodal ? 1 : 0;
                }
                else if (e.Kind == ElementKind.Term)
                {
                    llm += IsLlmTerm(i) ? 1 : 0;
                    foundation += IsFoundationTerm(i) ? 1 : 0;
                }
            }

            LlmTermCount = llm;
            FoundationTermCount = foundation;
            ModelCount = models;
            NonLanguageModelCount = nonLanguage;
            MultimodalModelCount = multimodal;
        }

        /// <summary>
        /// "the dalle llm", "StableDiffusion LLM", "sdxl llm": right before an LLM term a word is read as a model name in
        /// any case and without its spaces or hyphens (the catalog's homographs excepted, so the verb "whisper" stays).
        /// </summary>
        private void ReadLooseNamesBeforeTerms()
        {
            for (int i = 0; i + 1 < _elements.Count; i++)
            {
                var e = _elements[i];
                bool lowerTerm = IsLowerCaseLlm(i + 1);
                if ((!IsLlmTerm(i + 1) && !lowerTerm) || e.IsPossessive || (Tokens[e.FirstToken].Flags & TokenFlags.Identifier) != 0)
                {
                    continue;
                }

                if (e.Kind == ElementKind.Word && Catalog.LooseAliases.TryGet(Text, e.Start, e.End, out var model))
                {
                    _elements[i] = new Element(ElementKind.Model, e.FirstToken, e.LastToken, e.Start, e.End, model!, false);
                }

                // "the dalle llm": after a model name, a lower-case "llm" is the term too (elsewhere it is usually code).
                if (lowerTerm && _elements[i].Kind == ElementKind.Model)
                {
                    var t = _elements[i + 1];
                    var form = Text[t.End - 1] == 's' || Text[t.End - 1] == 'S' ? Catalog.LlmPlural : Catalog.LlmSingular;
                    if (form != null)
                    {
                        _elements[i + 1] = new Element(ElementKind.Term, t.FirstToken, t.LastToken, t.Start, t.End, form, false);
                        HasTerm = true;
                    }
                }
            }
        }

        private bool IsLowerCaseLlm(int i)
        {
            if (!IsWord(i) || (Tokens[_elements[i].FirstToken].Flags & TokenFlags.Identifier) != 0)
            {
                return false;
            }

            var e = _elements[i];
            int length = e.End - e.Start;
            return (length == 3 || length == 4) && TextFold.EqualsIgnoreCase(Text, e.Start, 3, "llm") && (length == 3 || TextFold.Lower(Text[e.End - 1]) == 's');
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
            return TextFold.CollapseWhitespace(Text, e.Start, end);
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

        private bool EndsWithNt(int i)
        {
            var e = _elements[i];
            int length = e.End - e.Start;
            return length > 3 && (Text[e.End - 1] == 't' || Text[e.End - 1] == 'T') && (Text[e.End - 2] == '\'' || Text[e.End - 2] == '\u2019') && (Text[e.End - 3] == 'n' || Text[e.End - 3] == 'N');
        }
    }
}
