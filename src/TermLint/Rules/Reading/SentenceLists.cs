using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>The sentence's word-list queries: catalog lists, grammar phrases, AI context.</summary>
    internal sealed partial class Sentence
    {
        // Per sentence: which word lists it holds, for the few lists rules ask about.
        private readonly PhraseMatcher?[] _listCacheKeys = new PhraseMatcher?[8];
        private readonly bool[] _listCacheValues = new bool[8];
        private int _listCacheCount;

        /// <summary>Whether any word of the sentence is in the word list (computed once per sentence and list).</summary>
        public bool HasWordFrom(PhraseMatcher words)
        {
            for (int i = 0; i < _listCacheCount; i++)
            {
                if (ReferenceEquals(_listCacheKeys[i], words))
                {
                    return _listCacheValues[i];
                }
            }

            bool value = AnyMatch(words, _tokenFirst, _tokenEnd);
            if (_listCacheCount < _listCacheKeys.Length)
            {
                _listCacheKeys[_listCacheCount] = words;
                _listCacheValues[_listCacheCount++] = value;
            }

            return value;
        }

        /// <summary>
        /// Where a phrase of <paramref name="list"/> that starts at element <paramref name="i"/> ends (the index after
        /// it), or <paramref name="i"/> when none starts there. Only plain words and punctuation make up a phrase.
        /// </summary>
        public int PhraseEnd(int i, PhraseList list)
        {
            if (!IsWord(i))
            {
                return i;
            }

            var e = _elements[i];
            if (list.Matcher.Match(Text, Tokens, e.FirstToken, _tokenEnd, out int count) == null)
            {
                return i;
            }

            // Word and punctuation elements are one token each: the phrase covers elements i..i+count-1 exactly when
            // they are plain and their tokens follow one another.
            for (int k = 1; k < count; k++)
            {
                int element = i + k;
                if (!InRange(element) || (_elements[element].Kind != ElementKind.Word && _elements[element].Kind != ElementKind.Punct) || _elements[element].FirstToken != e.FirstToken + k)
                {
                    return i;
                }
            }

            return i + count;
        }

        /// <summary>Whether a phrase of the list starts at element i.</summary>
        public bool StartsPhrase(int i, PhraseList list) => PhraseEnd(i, list) > i;

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
                // A misnomer that is AI prose only in AI context ("foundational model") shows none itself, unless it is
                // reported (see MarkAiContext); "LLM models" does.
                if (e.Kind == ElementKind.Model || (e.Kind == ElementKind.Term && (e.Term!.Role != TermRole.Misnomer || e.Term.Entry.NeedsAiContext != true || IsMarkedAiContext(i))))
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

        /// <summary>Whether the element is a word that a catalog word list holds (a phrase of the list starts there).</summary>
        public bool IsListed(int i, PhraseMatcher words) => IsWord(i) && words.Match(Text, Tokens, _elements[i].FirstToken, _tokenEnd, out _) != null;

        /// <summary>Whether consecutive words of the sentence spell the noun or its plural ("domain model", "domain models").</summary>
        public bool HasNoun(string noun, string plural)
        {
            for (int i = 0; i < Count; i++)
            {
                if (SpellsAt(i, noun) || SpellsAt(i, plural))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the words of <paramref name="phrase"/> (separated by single spaces) are the words from element i on.</summary>
        private bool SpellsAt(int i, string phrase)
        {
            int from = 0;
            while (from < phrase.Length)
            {
                if (!IsWord(i))
                {
                    return false;
                }

                // Words are short: a plain scan beats IndexOf's call.
                int end = from;
                while (end < phrase.Length && phrase[end] != ' ')
                {
                    end++;
                }

                if (!WordEquals(i, phrase, from, end - from))
                {
                    return false;
                }

                i++;
                from = end + 1;
            }

            return true;
        }

        private bool WordEquals(int i, string phrase, int start, int length)
        {
            var e = this[i];
            if (e.End - e.Start != length)
            {
                return false;
            }

            for (int k = 0; k < length; k++)
            {
                if (TextFold.Lower(Text[e.Start + k]) != TextFold.Lower(phrase[start + k]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The target of a phrase of <paramref name="words"/> that ends right before element <paramref name="end"/> and
        /// starts at most <paramref name="maxWords"/> elements earlier ("text-to-image" before "LLM"), or null.
        /// </summary>
        public object? PhraseEndingAt(int end, PhraseMatcher words, int maxWords, out int start)
        {
            for (start = end - 1; start >= 0 && end - start <= maxWords; start--)
            {
                if (!IsWord(start) && !IsPunct(start))
                {
                    break;
                }

                if (!IsWord(start) || !InRange(end))
                {
                    continue;
                }

                var phrase = words.Match(Text, Tokens, this[start].FirstToken, this[end].FirstToken, out int count);
                if (phrase != null && this[start].FirstToken + count == this[end].FirstToken && PlainBetween(start, end))
                {
                    return phrase.Target;
                }
            }

            start = -1;
            return null;
        }

        private bool PlainBetween(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (!IsWord(i) && !IsPunct(i))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
