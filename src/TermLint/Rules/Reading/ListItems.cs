using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>The items of a list, read forwards: catalog models and other names, with their separators.</summary>
    internal static class ListItems
    {
        /// <summary>
        /// Items joined by commas, "and", "or", '/' or '&amp;': catalog models (added to <paramref name="members"/>) and
        /// other names ("DistilBERT", "Stability XL", counted in <see cref="OtherItems"/>). After the final joiner the
        /// list is complete: in "GPT-5 and Claude, and Whisper for audio" or "GPT-5 and Claude, plus Whisper" the item
        /// after the comma belongs to the enclosing clause. Returns the index after the last item.
        /// </summary>
        public static int Forward(Sentence s, int i, List<int> members, bool insideParen)
        {
            t_otherItems = 0;

            // "an LLM, specifically the DALL-E models": an article before the first item.
            if (s.Is(i, "the") && s.IsModel(i + 1))
            {
                i++;
            }

            int end = i;
            bool joined = false;
            while (true)
            {
                int after = Item(s, i, members, insideParen);
                if (after < 0)
                {
                    return end;
                }

                if (!insideParen && s.IsPunct(after, '('))
                {
                    int close = Parentheticals.Closing(s, after);
                    if (close < 0)
                    {
                        return after;
                    }

                    after = close + 1;
                }

                end = after;
                i = AfterSeparator(s, after, ref joined);
                if (i < 0)
                {
                    return end;
                }
            }
        }

        /// <summary>One item at i: a catalog model (added to the members) or another name; the index after it, or -1.</summary>
        private static int Item(Sentence s, int i, List<int> members, bool insideParen)
        {
            if (s.IsWord(i) && s[i].IsPossessive && s.IsModel(i + 1))
            {
                i++;
            }

            if (s.IsModel(i) && !s[i].IsPossessive)
            {
                // A possessive model owns what follows ("Whisper's recipe"): it is not a member. Name words after a
                // model are its variant ("CLIP ViT-L", "Whisper Turbo").
                members.Add(i);
                i = NameEnd(s, i + 1);
            }
            else
            {
                int name = NameEnd(s, i);
                if (name == i && insideParen && members.Count > 0 && s.IsWord(i) && s.IsPunct(i + 1, ')') && !s.Is(i, Lexicon.PhraseBreakers))
                {
                    // The last item of a parenthesized list, written in lower case: "(Dall-e/firefly)".
                    name = i + 1;
                }

                if (name == i)
                {
                    return -1;
                }

                // "OpenAI GPT-4", "Azure Whisper": a vendor or host before a catalog model names that model.
                if (s.IsModel(name) && !s[name].IsPossessive)
                {
                    members.Add(name);
                    i = NameEnd(s, name + 1);
                    return s.Is(i, Lexicon.ModelNouns) ? i + 1 : i;
                }

                t_otherItems++;
                i = name;
            }

            return s.Is(i, Lexicon.ModelNouns) ? i + 1 : i;
        }

        /// <summary>The index after a list separator at i (a comma, a joiner, '/', '&amp;'), or -1 where the list ends.</summary>
        private static int AfterSeparator(Sentence s, int i, ref bool joined)
        {
            if (s.IsPunct(i, ','))
            {
                if (joined)
                {
                    return -1;
                }

                i++;
                if (s.Is(i, Lexicon.ListJoiners))
                {
                    joined = true;
                    i++;
                }

                return i;
            }

            if (s.Is(i, Lexicon.ListJoiners) || s.IsPunct(i, '/') || s.IsPunct(i, '&'))
            {
                joined |= s.Is(i, Lexicon.ListJoiners);
                return i + 1;
            }

            return -1;
        }

        public static void ResetOthers() => t_otherItems = 0;

        [System.ThreadStatic]
        private static int t_otherItems;

        /// <summary>How many items of the last list read were names the catalog does not hold.</summary>
        public static int OtherItems => t_otherItems;

        /// <summary>The end of a name the catalog does not hold: capitalised or numbered words ("Stability XL", "DistilBERT").</summary>
        private static int NameEnd(Sentence s, int i)
        {
            int k = i;
            while (k < i + 4 && IsNameWord(s, k))
            {
                k++;
            }

            return k;
        }

        private static bool IsNameWord(Sentence s, int i)
        {
            if (!s.IsWord(i) || s[i].IsPossessive || s.Is(i, Lexicon.PhraseBreakers) || s.Is(i, Lexicon.Determiners) || s.IsNegation(i) || s.Is(i, "etc"))
            {
                return false;
            }

            var e = s[i];
            if (char.IsUpper(s.Text[e.Start]))
            {
                return true;
            }

            for (int k = e.Start; k < e.End; k++)
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
