using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The term in commas or a dash after the model: "Whisper, a small LLM, runs…", "uses Whisper,\nan LLM that runs
    /// on the edge device". Not one item of a list ("Whisper, an LLM and DALL-E") nor a contrast.
    /// </summary>
    internal sealed class Apposition : ClassShape
    {
        public static readonly Apposition Instance = new Apposition();

        private Apposition() : base(nameof(Apposition)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int start = term.Start;
            int model = start - 2;
            if (!term.HasDeterminer || !(s.IsPunct(start - 1, ',') || s.IsDash(start - 1)) || !s.IsModel(model) || s[model].IsPossessive)
            {
                return NoMatch;
            }

            int t = term.Index;
            bool apposed = !ListContinues(s, t) && !NewClauseAfter(s, t + 1) && NounPhrases.IsHead(s, t) && !s.IsPunct(start - 3, ',') && !s.Is(start - 3, Lexicon.ListJoiners) && !Stance.IsContrasted(s, model);
            return apposed ? model : NoMatch;
        }

        /// <summary>
        /// "Whisper, an LLM and DALL-E", "Whisper, an LLM, and Piper", "Whisper, an LLM, Piper and OCR": the term is one
        /// item of a list, not an apposition. After the comma, a name followed by a joiner or another comma goes on with it.
        /// </summary>
        private static bool ListContinues(Sentence s, int t)
        {
            if (s.Is(t + 1, Lexicon.ListJoiners) || (s.IsPunct(t + 1, ',') && s.Is(t + 2, Lexicon.ListJoiners)))
            {
                return true;
            }

            if (!s.IsPunct(t + 1, ',') || !IsName(s, t + 2))
            {
                return false;
            }

            for (int i = t + 3; i <= t + 5 && s.InRange(i); i++)
            {
                if (s.Is(i, Lexicon.ListJoiners) || s.IsPunct(i, ','))
                {
                    return true;
                }

                if (!IsName(s, i))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>A model, or a capitalised word (a name the catalog does not hold: "Piper", "OCR").</summary>
        private static bool IsName(Sentence s, int i) => s.IsModel(i) || (s.IsWord(i) && char.IsUpper(s.Text[s[i].Start]));

        /// <summary>
        /// "Speech is transcribed by Whisper, an LLM then tags it": with no comma after the phrase, an adverb of sequence
        /// or a verb starts a new clause whose subject the term is; an apposition would be closed first.
        /// </summary>
        private static bool NewClauseAfter(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            if (s.Is(i, Lexicon.SequenceAdverbs) || s.Is(i, Lexicon.Auxiliaries))
            {
                return true;
            }

            // A present-tense verb after the singular term: "…, an LLM summarises it" (nouns after the term are compounds).
            var e = s[i];
            char last = s.Text[e.End - 1];
            return e.End - e.Start > 3 && last == 's' && s.Text[e.End - 2] != 's' && char.IsLower(s.Text[e.Start]) && !s.Is(i, Lexicon.PhraseBreakers);
        }
    }

    /// <summary>The term, then the model in commas: "We replaced our old LLM, ESMFold, with AlphaFold 3."</summary>
    internal sealed class TermThenModelInCommas : ClassShape
    {
        public static readonly TermThenModelInCommas Instance = new TermThenModelInCommas();

        private TermThenModelInCommas() : base(nameof(TermThenModelInCommas)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int t = term.Index;
            if (!term.HasDeterminer || term.IsPlural || !s.IsPunct(t + 1, ',') || !s.IsModel(t + 2) || s[t + 2].IsPossessive)
            {
                return NoMatch;
            }

            bool closed = s.IsPunct(t + 3, ',') || s.IsPunct(t + 3, ')') || !s.InRange(t + 3) || s.IsPunct(t + 3, '.');
            return closed && !s.Is(t + 4, Lexicon.ListJoiners) && !s.IsModel(t + 4) && !Stance.IsContrasted(s, term.Start) ? t + 2 : NoMatch;
        }
    }

    /// <summary>
    /// The term in parentheses after the model: "Whisper (an LLM) transcribes calls", "Whisper (LLM)", "Whisper (an
    /// LLM by OpenAI)".
    /// </summary>
    internal sealed class ParenthesizedClass : ClassShape
    {
        public static readonly ParenthesizedClass Instance = new ParenthesizedClass();

        private ParenthesizedClass() : base(nameof(ParenthesizedClass)) { }

        public override int Match(Sentence s, in TermAt term)
        {
            int start = term.Start;
            bool glossed = s.IsPunct(start - 1, '(') && s.IsPunct(Close(s, term.Index + 1), ')') && s.IsModel(start - 2) && !s[start - 2].IsPossessive;
            return glossed ? start - 2 : NoMatch;
        }

        /// <summary>Where the gloss closes: right after the term, or after its maker ("by OpenAI", "from Meta AI").</summary>
        private static int Close(Sentence s, int i)
        {
            if (!s.Is(i, "by") && !s.Is(i, "from"))
            {
                return i;
            }

            int k = i + 1;
            while (k <= i + 3 && s.IsWord(k) && char.IsUpper(s.Text[s[k].Start]))
            {
                k++;
            }

            return k > i + 1 ? k : i;
        }
    }
}
