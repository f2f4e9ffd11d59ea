using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>Where a noun phrase starts and whether a term is its head: the phrase structure every relation needs.</summary>
    internal static class NounPhrases
    {
        /// <summary>
        /// Walks back from the element before <paramref name="head"/> over adjectives (at most <paramref name="maxWords"/>)
        /// to its determiner. Returns the index where the noun phrase starts; <paramref name="determiner"/> is -1 when
        /// the phrase has none. "a fast, cheap LLM", "Google's LLM", "Voyage AI's retrieval LLM".
        /// </summary>
        public static int Start(Sentence s, int head, out int determiner, int maxWords = 3)
        {
            determiner = -1;
            int i = head - 1;
            int words = 0;
            while (s.InRange(i))
            {
                if (s.Is(i, Lexicon.Determiners))
                {
                    determiner = i;
                    return i;
                }

                // A possessive owner (of a few capitalised words) works as the determiner.
                if ((s.IsWord(i) || s.IsModel(i)) && s[i].IsPossessive && !s.Is(i, Lexicon.ContractedCopulas))
                {
                    determiner = i;
                    while (s.IsWord(i - 1) && char.IsUpper(s.Text[s[i - 1].Start]) && determiner - i < 2 && !s.StartsSentence(i - 1))
                    {
                        i--;
                    }

                    return i;
                }

                // Adjectives in a row may be separated by commas.
                if (s.IsPunct(i, ',') && words > 0 && words < maxWords && s.IsWord(i - 1) && !s.Is(i - 1, Lexicon.PhraseBreakers) && LeadsToDeterminer(s, i - 1, maxWords - words))
                {
                    i--;
                    continue;
                }

                // "is video model RAG LMMs": a model noun is a head of its own, never a modifier of the term.
                if (words == maxWords || !s.IsWord(i) || s.Is(i, Lexicon.PhraseBreakers) || s.IsNegation(i) || s.Is(i, Lexicon.Copulas) || s.Is(i, Lexicon.Auxiliaries) || s.Is(i, Lexicon.ModelNouns))
                {
                    break;
                }

                words++;
                i--;
            }

            return i + 1;
        }

        /// <summary>Whether plain words from <paramref name="i"/> back reach an article within <paramref name="words"/> words.</summary>
        private static bool LeadsToDeterminer(Sentence s, int i, int words)
        {
            for (int k = i; k >= 0 && i - k <= words; k--)
            {
                if (s.Is(k, Lexicon.Determiners))
                {
                    return true;
                }

                if (!s.IsWord(k) || s.Is(k, Lexicon.PhraseBreakers) || s.Is(k, Lexicon.Copulas))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the term is the head of its noun phrase, not a modifier of a noun after it: "Whisper is an LLM
        /// that…" classifies Whisper; "Whisper is one of the LLM options" or "… an LLM provider" does not.
        /// </summary>
        public static bool IsHead(Sentence s, int t)
        {
            int next = t + 1;
            if (!s.IsWord(next))
            {
                return true;
            }

            var e = s[next];
            string text = s.Text;
            if (char.IsUpper(text[e.Start]) || s.Is(next, Lexicon.PhraseBreakers) || s.Is(next, Lexicon.Determiners) || s.Is(next, Lexicon.Auxiliaries) || s.Is(next, Lexicon.Adverbs) || s.Is(next, Lexicon.ClauseAdverbs))
            {
                return true;
            }

            int length = e.End - e.Start;

            // After a singular term, a word in -s is its verb ("the LLM model returns JSON"), not a plural it modifies.
            if (s[t].Term?.IsPlural == false && length > 2 && text[e.End - 1] == 's' && text[e.End - 2] != 's' && text[e.End - 2] != 'u')
            {
                return true;
            }

            bool participle = (length > 3 && text[e.End - 2] == 'e' && text[e.End - 1] == 'd')
                || (length > 4 && text[e.End - 3] == 'i' && text[e.End - 2] == 'n' && text[e.End - 1] == 'g');
            return participle;
        }
    }
}
