using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The relations that turn co-occurrence into a claim: a copula ("X is an LLM"), an apposition ("the X LLM",
    /// "X, an LLM,", "X (an LLM)"), and membership in a list introduced by a term ("LLMs such as X and Y"). Shared
    /// by the rules so that each rule only decides what a relation means.
    /// </summary>
    internal static class Relations
    {
        /// <summary>How far a parenthetical may reach before it is not an aside any more.</summary>
        private const int MaxParenthetical = 10;

        /// <summary>
        /// Walks back from the element before <paramref name="head"/> over adjectives (at most <paramref name="maxWords"/>)
        /// to its determiner. Returns the index where the noun phrase starts; <paramref name="determiner"/> is -1 when
        /// the phrase has none.
        /// </summary>
        public static int NounPhraseStart(Sentence s, int head, out int determiner, int maxWords = 3)
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

                // "Google's LLM", "Voyage AI's retrieval LLM": a possessive owner (of a few capitalised words) works as
                // the determiner.
                if ((s.IsWord(i) || s.IsModel(i)) && s[i].IsPossessive && !s.Is(i, "it's") && !s.Is(i, "that's") && !s.Is(i, "what's") && !s.Is(i, "there's"))
                {
                    determiner = i;
                    while (s.IsWord(i - 1) && char.IsUpper(s.Text[s[i - 1].Start]) && determiner - i < 2 && !s.StartsSentence(i - 1))
                    {
                        i--;
                    }

                    return i;
                }

                // "a fast, cheap LLM": adjectives in a row may be separated by commas.
                if (s.IsPunct(i, ',') && words > 0 && words < maxWords && s.IsWord(i - 1) && !s.Is(i - 1, Lexicon.PhraseBreakers) && LeadsToDeterminer(s, i - 1, maxWords - words))
                {
                    i--;
                    continue;
                }

                if (words == maxWords || !s.IsWord(i) || s.Is(i, Lexicon.PhraseBreakers) || s.IsNegation(i) || s.Is(i, Lexicon.Copulas) || s.Is(i, Lexicon.Auxiliaries))
                {
                    break;
                }

                words++;
                i--;
            }

            return i + 1;
        }

        /// <summary>Adverbs that end a noun phrase rather than being modified by it: "use an LLM here".</summary>
        private static readonly WordSet ClauseAdverbs = new WordSet("here", "there", "today", "instead", "too", "again", "first", "later", "locally", "remotely", "everywhere", "anywhere", "once", "twice");

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
        public static bool IsHeadNoun(Sentence s, int t)
        {
            int next = t + 1;
            if (!s.IsWord(next))
            {
                return true;
            }

            var e = s[next];
            string text = s.Text;
            if (char.IsUpper(text[e.Start]) || s.Is(next, Lexicon.PhraseBreakers) || s.Is(next, Lexicon.Determiners) || s.Is(next, Lexicon.Auxiliaries) || s.Is(next, Lexicon.Adverbs) || s.Is(next, ClauseAdverbs))
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

        /// <summary>The index of the '(' that opens the parenthetical closed at <paramref name="close"/>, or -1.</summary>
        public static int OpeningParen(Sentence s, int close)
        {
            for (int i = close - 1; i >= 0 && close - i <= MaxParenthetical; i--)
            {
                if (s.IsPunct(i, '('))
                {
                    return i;
                }

                if (s.IsPunct(i, ')'))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>The index of the ')' that closes the parenthetical opened at <paramref name="open"/>, or -1.</summary>
        public static int ClosingParen(Sentence s, int open)
        {
            for (int i = open + 1; s.InRange(i) && i - open <= MaxParenthetical; i++)
            {
                if (s.IsPunct(i, ')'))
                {
                    return i;
                }

                if (s.IsPunct(i, '('))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The model that is the subject of the verb at <paramref name="verb"/>: "Whisper is", "Whisper, which is",
        /// "Segment Anything Model (SAM) is", "the Whisper model is". Returns -1 when the subject is not one model.
        /// </summary>
        public static int SubjectModel(Sentence s, int verb)
        {
            int i = verb - 1;
            while (s.Is(i, Lexicon.Adverbs))
            {
                i--;
            }

            if ((s.Is(i, "which") || s.Is(i, "that") || s.Is(i, "who")) && (s.IsPunct(i - 1, ',') || s.IsPunct(i - 1, '(') || s.IsDash(i - 1)))
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
                int open = OpeningParen(s, i);
                if (open < 0)
                {
                    return -1;
                }

                i = open - 1;
            }

            if (s.Is(i, "model") || s.Is(i, "models") || s.Is(i, "family") || s.Is(i, "checkpoint") || s.Is(i, "variant") || s.Is(i, "release"))
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
        /// it with "which", "who" or "that" ("Whisper, which we self-host, is…"), or -1.
        /// </summary>
        public static int RelativeClauseStart(Sentence s, int close)
        {
            for (int i = close - 1; i > 0 && close - i <= 8; i--)
            {
                if (s.IsPunct(i, ',') || s.IsDash(i))
                {
                    return (s.Is(i + 1, "which") || s.Is(i + 1, "who") || s.Is(i + 1, "whose")) ? i : -1;
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

        /// <summary>
        /// Whether the subject at <paramref name="model"/> is hypothetical ("if X is…", "whether X is…"), negated
        /// ("neither Whisper nor CLIP is…", "no Whisper model is…") or one of a list.
        /// </summary>
        public static bool SubjectIsHypotheticalOrListed(Sentence s, int model)
        {
            for (int i = model - 1; i >= 0 && model - i <= 3; i--)
            {
                // "If Whisper is…", "Neither Whisper nor CLIP is…".
                if (s.Is(i, Lexicon.Conditionals) || s.IsNegation(i))
                {
                    return true;
                }

                if (!s.IsWord(i))
                {
                    break;
                }
            }

            // "GPT-5 and Whisper are LLMs": a list subject is the group rule's business.
            return (s.Is(model - 1, Lexicon.ListJoiners) || s.IsPunct(model - 1, ',') || s.IsPunct(model - 1, '/') || s.IsPunct(model - 1, '&')) && (s.IsModel(model - 2) || s.IsPunct(model - 2, ')'));
        }

        /// <summary>"…, but it is not", "…, which is wrong": a later clause takes the claim back.</summary>
        public static bool DeniedLater(Sentence s, int after)
        {
            for (int i = after + 1; i < s.Count; i++)
            {
                if (s.Is(i, "but") || s.Is(i, "however") || s.Is(i, "although") || s.Is(i, "though") || s.Is(i, "yet"))
                {
                    for (int k = i + 1; k < s.Count && k <= i + 5; k++)
                    {
                        if (s.IsNegation(k) || s.Is(k, "wrong") || s.Is(k, "incorrect") || s.Is(k, "false") || s.Is(k, "mistaken"))
                        {
                            return true;
                        }
                    }
                }

                if (s.Is(i, "which") && (s.Is(i + 1, "is") || s.Is(i + 1, "was")) && (s.Is(i + 2, "wrong") || s.Is(i + 2, "incorrect") || s.Is(i + 2, "false") || s.Is(i + 2, "a")))
                {
                    return s.Is(i + 2, "a") ? s.Is(i + 3, "mistake") || s.Is(i + 3, "myth") || s.Is(i + 3, "misconception") : true;
                }
            }

            return false;
        }

        /// <summary>"Some say Whisper is…", "It is a myth that Whisper is…", "People think Whisper is…": a claim reported, not made.</summary>
        public static bool Reported(Sentence s, int subject)
        {
            for (int i = subject - 1; i >= 0 && subject - i <= 6; i--)
            {
                if (s.Is(i, "say") || s.Is(i, "says") || s.Is(i, "claim") || s.Is(i, "claims") || s.Is(i, "think") || s.Is(i, "thinks") || s.Is(i, "believe")
                    || s.Is(i, "believes") || s.Is(i, "myth") || s.Is(i, "misconception") || s.Is(i, "assume") || s.Is(i, "assumes") || s.Is(i, "suggest") || s.Is(i, "suggests"))
                {
                    return true;
                }

                if (s.IsPunct(i, '.') || s.IsPunct(i, ';'))
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>Whether anything in (from, to) negates or hedges the claim ("is not", "is wrongly called").</summary>
        public static bool NegatedOrHedged(Sentence s, int from, int to)
        {
            for (int i = from + 1; i < to; i++)
            {
                if (s.IsNegation(i) || s.Is(i, Lexicon.Hedges))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the noun phrase starting at <paramref name="phraseStart"/> is contrasted or excluded: "unlike LLMs",
        /// "other than LLMs", "not LLMs", "rather than an LLM".
        /// </summary>
        public static bool IsContrasted(Sentence s, int phraseStart)
        {
            int i = phraseStart - 1;
            if (s.Is(i, Lexicon.Contrasts) || s.IsNegation(i))
            {
                return true;
            }

            if ((s.Is(i, "than") || s.Is(i, "from") || s.Is(i, "of") || s.Is(i, "to") || s.Is(i, "with")) && s.Is(i - 1, Lexicon.ContrastPhraseHeads))
            {
                return true;
            }

            return s.Is(i, "to") && s.Is(i - 1, "opposed");
        }

        /// <summary>
        /// The list a term introduces (a colon or a dash only when <paramref name="allowColon"/>, since "an LLM: Whisper
        /// is…" starts a new clause): "LLMs such as X, Y and Z", "LLMs like X", "LLMs, including X,", "LLMs: X, Y",
        /// "LLMs (X, Y)", "LLMs — X and Y". Adds the model indices to <paramref name="members"/>.
        /// </summary>
        public static void ListAfter(Sentence s, int term, List<int> members, bool allowColon = true)
        {
            int i = term + 1;
            bool paren = false;

            // "Large Language Models (LLMs), such as…": the acronym in parentheses is the same term.
            if (s.IsPunct(i, '(') && (s.IsLlmTerm(i + 1) || s.IsFoundationTerm(i + 1)) && s.IsPunct(i + 2, ')'))
            {
                i += 3;
            }

            if (s.IsPunct(i, ','))
            {
                i++;
            }

            int introduced = AfterIntroducer(s, i);
            if (introduced > i)
            {
                i = introduced;
            }
            else if (allowColon && (s.IsPunct(i, ':') || s.IsDash(i)))
            {
                i++;
            }
            else if (allowColon && (s.Is(i, "are") || s.Is(i, "were")) && s.IsModel(i + 1))
            {
                // "Our LLMs are GPT-5, Whisper and Claude": the list is the predicate.
                i++;
            }
            else if (allowColon && ColonWithin(s, i, 6) is int colon && colon > 0)
            {
                // "The following LLMs are supported: GPT-4.1, Whisper, Claude".
                i = colon + 1;
            }
            else if (s.IsPunct(i, '('))
            {
                paren = true;
                i = AfterIntroducer(s, i + 1);
            }
            else
            {
                return;
            }

            MembersForward(s, i, members, paren);
        }

        /// <summary>After "such as", "like", "including", "e.g.,": the index of the first list item, or <paramref name="i"/>.</summary>
        private static int AfterIntroducer(Sentence s, int i)
        {
            if (s.IsPhrase(i, "such", "as"))
            {
                return i + 2;
            }

            if (!s.Is(i, Lexicon.ListIntroducers))
            {
                return i;
            }

            i++;
            if (s.IsPunct(i, '.'))
            {
                i++;
            }

            if (s.IsPunct(i, ','))
            {
                i++;
            }

            return i;
        }

        /// <summary>Two or more models from <paramref name="i"/>, closed by a ',', a dash or ')' — else nothing.</summary>
        public static void ListInCommas(Sentence s, int i, List<int> members)
        {
            int before = members.Count;
            MembersForward(s, i, members, insideParen: false);
            int added = members.Count - before;
            int after = added > 0 ? members[members.Count - 1] + 1 : i;
            if (s.Is(after, "model") || s.Is(after, "models"))
            {
                after++;
            }

            if (added < 2 || !(s.IsPunct(after, ',') || s.IsDash(after) || s.IsPunct(after, ')')))
            {
                members.RemoveRange(before, added);
            }
        }

        /// <summary>The index of a ':' within the next few words (words only before it), or -1.</summary>
        private static int ColonWithin(Sentence s, int i, int words)
        {
            for (int k = i; k < i + words && s.InRange(k); k++)
            {
                if (s.IsPunct(k, ':'))
                {
                    return k;
                }

                if (!s.IsWord(k) || s.IsNegation(k))
                {
                    return -1;
                }
            }

            return -1;
        }

        private static void MembersForward(Sentence s, int i, List<int> members, bool insideParen)
        {
            if (s.IsWord(i) && s[i].IsPossessive && s.IsModel(i + 1))
            {
                i++;
            }

            // After the final joiner the list is complete: in "GPT-5 and Claude, and Whisper for audio" or
            // "GPT-5 and Claude, plus Whisper" the item after the comma belongs to the enclosing clause.
            bool joined = false;
            while (s.IsModel(i))
            {
                members.Add(i);
                i++;
                if (s.Is(i, "model") || s.Is(i, "models"))
                {
                    i++;
                }

                if (!insideParen && s.IsPunct(i, '('))
                {
                    int close = ClosingParen(s, i);
                    if (close < 0)
                    {
                        return;
                    }

                    i = close + 1;
                }

                if (s.IsPunct(i, ','))
                {
                    if (joined)
                    {
                        return;
                    }

                    i++;
                    if (s.Is(i, Lexicon.ListJoiners))
                    {
                        joined = true;
                        i++;
                    }
                }
                else if (s.Is(i, Lexicon.ListJoiners) || s.IsPunct(i, '/') || s.IsPunct(i, '&'))
                {
                    joined |= s.Is(i, Lexicon.ListJoiners);
                    i++;
                }
                else
                {
                    return;
                }

                if (s.IsWord(i) && s[i].IsPossessive && s.IsModel(i + 1))
                {
                    i++;
                }
            }
        }

        /// <summary>
        /// The list that ends just before <paramref name="end"/> (exclusive), read backwards: "X, Y and Z are …",
        /// "X, Y and other LLMs". Stops at a contrast ("Unlike X, Y and Z are …" keeps only Y and Z).
        /// </summary>
        public static void ListBefore(Sentence s, int end, List<int> members)
        {
            int i = end - 1;
            while (s.InRange(i))
            {
                if (s.Is(i, "model") || s.Is(i, "models"))
                {
                    i--;
                }

                if (s.IsPunct(i, ')'))
                {
                    int open = OpeningParen(s, i);
                    if (open < 0)
                    {
                        return;
                    }

                    i = open - 1;
                }

                if (!s.IsModel(i) || s[i].IsPossessive)
                {
                    return;
                }

                if (members.Count > 0 && (s.Is(i - 1, Lexicon.Contrasts) || s.Is(i - 1, Lexicon.ContrastPhraseHeads) || s.Is(i - 1, "from") || s.Is(i - 1, "than")))
                {
                    return;
                }

                members.Add(i);
                i--;
                if (s.Is(i, Lexicon.ListJoiners) || s.IsPunct(i, '&'))
                {
                    i--;
                    if (s.IsPunct(i, ','))
                    {
                        i--;
                    }

                    continue;
                }

                if (s.IsPunct(i, ',') || s.IsPunct(i, '/'))
                {
                    i--;
                    continue;
                }

                return;
            }
        }
    }
}
