using System;
using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>A small case-insensitive set of words, looked up by range without allocating.</summary>
    internal sealed class WordSet
    {
        private readonly string[][] _byLength;

        public WordSet(params string[] words)
        {
            int max = 0;
            foreach (string word in words)
            {
                max = Math.Max(max, word.Length);
            }

            var lists = new List<string>[max + 1];
            foreach (string word in words)
            {
                (lists[word.Length] ??= new List<string>()).Add(word);
            }

            _byLength = new string[max + 1][];
            for (int i = 0; i <= max; i++)
            {
                _byLength[i] = lists[i]?.ToArray() ?? Array.Empty<string>();
            }
        }

        public bool Contains(string text, int start, int length)
        {
            if (length >= _byLength.Length)
            {
                return false;
            }

            char first = TextFold.Lower(text[start]);
            foreach (string word in _byLength[length])
            {
                if (TextFold.Lower(word[0]) == first && TextFold.EqualsIgnoreCase(text, start, length, word))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Contains(string text, Token token) => Contains(text, token.Start, token.Length);
    }

    /// <summary>
    /// A list of grammar phrases of one or more words ("also known as", "in other words"), matched whole-word and
    /// longest first over tokens by the same matcher as the catalog's phrases.
    /// </summary>
    internal sealed class PhraseList
    {
        public PhraseList(params string[] phrases)
        {
            var list = new List<Phrase>(phrases.Length);
            foreach (string phrase in phrases)
            {
                list.Add(new Phrase(phrase, PhraseMatcher.WordsOf(phrase), exactCase: false, target: phrase));
            }

            Matcher = new PhraseMatcher(list);
        }

        public PhraseMatcher Matcher { get; }
    }
}
