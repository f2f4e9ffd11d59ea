using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>A phrase of the catalog (an alias or a term form) split into words, with how its case compares.</summary>
    internal sealed class Phrase
    {
        public Phrase(string text, string[] words, bool exactCase, object target, bool acronymsExact = false)
        {
            Text = text;
            Words = words;
            ExactCase = exactCase;
            Target = target;
            if (acronymsExact)
            {
                // "LLM model" must not match "llm model": an acronym inside a phrase keeps its case.
                ExactWords = new bool[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    ExactWords[i] = IsAcronym(words[i]);
                }
            }
        }

        private static bool IsAcronym(string word)
        {
            int upper = 0;
            foreach (char c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                upper += char.IsUpper(c) ? 1 : 0;
            }

            return upper >= 2;
        }

        /// <summary>Per word, whether it matches only as written (null: <see cref="ExactCase"/> applies to all).</summary>
        public bool[]? ExactWords { get; }

        public string Text { get; }
        public string[] Words { get; }
        public bool ExactCase { get; }
        /// <summary>The catalog entry the phrase names (a model or a term).</summary>
        public object Target { get; }
    }

    /// <summary>
    /// Longest-first, whole-word matching of many phrases over a token list. Phrases are bucketed by a folded hash
    /// of their first word, so a token costs one lookup by the hash the tokenizer took and, only on a hit, a few
    /// comparisons; nothing is allocated.
    /// </summary>
    internal sealed class PhraseMatcher
    {
        private readonly Dictionary<int, Phrase[]> _byFirstWord;

        /// <summary>
        /// One bit per first-word hash (folded to <see cref="FilterBits"/> bits): a clear bit says no phrase starts
        /// with the word, before any dictionary lookup. Most words of prose start no phrase of a given list.
        /// </summary>
        private readonly ulong[] _firstWordFilter = new ulong[FilterBits / 64];

        private const int FilterBits = 4096;

        public PhraseMatcher(IEnumerable<Phrase> phrases)
        {
            var buckets = new Dictionary<int, List<Phrase>>();
            foreach (var phrase in phrases)
            {
                string first = phrase.Words[0];
                int hash = TextFold.HashIgnoreCase(first, 0, first.Length);
                if (!buckets.TryGetValue(hash, out var list))
                {
                    buckets[hash] = list = new List<Phrase>();
                }

                list.Add(phrase);
            }

            _byFirstWord = new Dictionary<int, Phrase[]>(buckets.Count);
            foreach (var pair in buckets)
            {
                // Longest first, so "Stable Diffusion XL" wins over "Stable Diffusion".
                pair.Value.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                _byFirstWord[pair.Key] = pair.Value.ToArray();
                SetFilterBit(pair.Key);
            }
        }

        private void SetFilterBit(int hash)
        {
            int bit = hash & (FilterBits - 1);
            _firstWordFilter[bit >> 6] |= 1UL << (bit & 63);
        }

        private bool MayStartPhrase(int hash)
        {
            int bit = hash & (FilterBits - 1);
            return (_firstWordFilter[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        public int Count => _byFirstWord.Count;

        /// <summary>The longest phrase that starts at tokens[index] and ends before tokens[limit], or null.</summary>
        public Phrase? Match(string text, List<Token> tokens, int index, int limit, out int wordCount)
        {
            wordCount = 0;
            var token = tokens[index];
            if (!token.IsWord)
            {
                return null;
            }

            if (!(MayStartPhrase(token.Hash) && _byFirstWord.TryGetValue(token.Hash, out var candidates))
                && !(token.IsPossessive && MayStartPhrase(token.BaseHash) && _byFirstWord.TryGetValue(token.BaseHash, out candidates)))
            {
                return null;
            }

            foreach (var phrase in candidates)
            {
                int n = phrase.Words.Length;
                if (index + n > limit)
                {
                    continue;
                }

                bool all = true;
                for (int k = 0; k < n && all; k++)
                {
                    var t = tokens[index + k];
                    if (t.Kind == TokenKind.Opaque)
                    {
                        all = false;
                        break;
                    }

                    // Only the last word may carry the possessive: "the Stable Diffusion's output".
                    bool last = k == n - 1;
                    if (!last && t.IsPossessive)
                    {
                        all = false;
                        break;
                    }

                    bool exact = phrase.ExactCase || (phrase.ExactWords != null && phrase.ExactWords[k]);
                    all = WordEquals(text, t.Start, last ? t.BaseLength : t.Length, phrase.Words[k], exact)
                        || (last && t.IsPossessive && WordEquals(text, t.Start, t.Length, phrase.Words[k], exact));
                }

                if (all)
                {
                    wordCount = n;
                    return phrase;
                }
            }

            return null;
        }

        private static bool WordEquals(string text, int start, int length, string word, bool exact) =>
            exact ? TextFold.EqualsExact(text, start, length, word) : TextFold.EqualsIgnoreCase(text, start, length, word);

        /// <summary>Splits a catalog phrase into its words with the prose tokenizer, so both sides split alike.</summary>
        public static string[] WordsOf(string phrase)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            var words = new List<string>(tokens.Count);
            // Punctuation inside a phrase is part of it ("Regulation (EU) 2024/1689"); opaque runs are not.
            foreach (var token in tokens)
            {
                if (token.Kind != TokenKind.Opaque && (token.IsWord || words.Count > 0))
                {
                    words.Add(phrase.Substring(token.Start, token.Length));
                }
            }

            return words.ToArray();
        }
    }
}
