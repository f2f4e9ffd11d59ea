using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>The model a verb is about: "Whisper is", "Whisper, which is", "the Whisper model is".</summary>
    internal static class Subjects
    {
        /// <summary>
        /// The model that is the subject of the verb at <paramref name="verb"/>: "Whisper is", "Whisper, which is",
        /// "Segment Anything Model (SAM) is", "the Whisper model is". Returns -1 when the subject is not one model.
        /// </summary>
        public static int ModelBefore(Sentence s, int verb)
        {
            int i = verb - 1;
            while (s.Is(i, Lexicon.Adverbs))
            {
                i--;
            }

            if (s.Is(i, Lexicon.RelativePronouns) && (s.IsPunct(i - 1, ',') || s.IsPunct(i - 1, '(') || s.IsDash(i - 1)))
            {
                i -= 2;
            }
            else if (s.IsPunct(i, ',') || s.IsDash(i))
            {
                // "Whisper, which we self-host, is an LLM": step over a non-restrictive relative clause.
                int open = RelativeClauseStart(s, i);
                if (open >= 0)
                {
                    i = open - 1;
                }
            }

            if (s.IsPunct(i, ')'))
            {
                int open = Parentheticals.Opening(s, i);
                if (open < 0)
                {
                    return -1;
                }

                i = open - 1;
            }

            if (s.Is(i, Lexicon.ModelHeadNouns))
            {
                i--;
            }

            if (IsVersionWord(s, i) && s.IsModel(i - 1))
            {
                i--;
            }

            // "The wrapper around SDXL is an LLM": the model is the object of a preposition, not the subject.
            if (s.Is(i - 1, Lexicon.Prepositions))
            {
                return -1;
            }

            return s.IsModel(i) && !s[i].IsPossessive ? i : -1;
        }

        /// <summary>
        /// For a clause closed by the ',' or dash at <paramref name="close"/>, the index of the ',' or dash that opens
        /// it with "which", "who" or "whose" ("Whisper, which we self-host, is…"), or -1.
        /// </summary>
        public static int RelativeClauseStart(Sentence s, int close)
        {
            for (int i = close - 1; i > 0 && close - i <= 8; i--)
            {
                if (s.IsPunct(i, ',') || s.IsDash(i))
                {
                    return s.Is(i + 1, Lexicon.NonRestrictiveOpeners) ? i : -1;
                }

                if (!s.IsWord(i) && !s.IsModel(i))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>A short word with a digit that follows a model name: "v3", "3.5", "large-v2", "2024-08".</summary>
        public static bool IsVersionWord(Sentence s, int i)
        {
            if (!s.IsWord(i) || s[i].End - s[i].Start > 10)
            {
                return false;
            }

            for (int k = s[i].Start; k < s[i].End; k++)
            {
                if (char.IsDigit(s.Text[k]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
