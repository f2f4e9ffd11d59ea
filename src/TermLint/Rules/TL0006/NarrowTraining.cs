using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// "foundation model (was) trained only on X", "… trained on only X", "… trained on nothing but X", "… has only
    /// ever seen X", where X is not broad data ("text", "public data"), not hardware or a method ("GPUs", "LoRA") and
    /// not a time cut-off ("data up to 2024"). The training verbs, broad data and non-data words are catalog lists.
    /// </summary>
    internal static class NarrowTraining
    {
        public const string Name = "TrainedOnlyOn";

        public static bool Matches(Sentence s, int f)
        {
            var catalog = s.Catalog;
            int i = SkipModifierPhrase(s, f + 1);
            if (s.IsPunct(i, ','))
            {
                i++;
            }

            if (s.Is(i, "that") || s.Is(i, "which"))
            {
                i++;
            }

            if (s.Is(i, Lexicon.Perfects))
            {
                i++;
                if (s.Is(i, "been"))
                {
                    i++;
                }
            }
            else if (s.Is(i, Lexicon.SingularCopulas) || s.Is(i, Lexicon.PluralCopulas))
            {
                i++;
            }

            bool restricted = false;
            while ((s.Is(i, Lexicon.Adverbs) && !s.Is(i, "just")) || s.Is(i, Lexicon.Restrictive) || s.Is(i, "ever"))
            {
                // "has only ever seen", "is solely trained on".
                restricted |= s.Is(i, Lexicon.Restrictive);
                i++;
            }

            if (!s.IsListed(i, catalog.TrainingVerbs))
            {
                return false;
            }

            bool sees = s.Is(i, "seen") || s.Is(i, "sees") || s.Is(i, "saw");
            i++;
            if (s.Is(i, Lexicon.Restrictive))
            {
                restricted = true;
                i++;
            }

            return sees ? SeenOnly(s, f, i, restricted) : TrainedOn(s, f, i, restricted);
        }

        /// <summary>"Our foundation model for wind turbines was built exclusively from…": step over a short modifier phrase.</summary>
        private static int SkipModifierPhrase(Sentence s, int i)
        {
            if (!s.Is(i, Lexicon.ModifierPrepositions) || s.IsPunct(i + 1))
            {
                return i;
            }

            int k = i + 1;
            while (k < i + 4 && s.IsWord(k) && !IsVerbOfTraining(s, k))
            {
                k++;
            }

            return IsVerbOfTraining(s, k) ? k : i;
        }

        private static bool IsVerbOfTraining(Sentence s, int k) =>
            s.Is(k, "was") || s.Is(k, "is") || s.Is(k, "has") || s.IsListed(k, s.Catalog.TrainingVerbs);

        /// <summary>"has only ever seen invoices from one supplier", "has seen nothing except tax forms": the data is the object.</summary>
        private static bool SeenOnly(Sentence s, int f, int i, bool restricted)
        {
            int claim = i;
            if (s.Is(i, "nothing") && s.Is(i + 1, Lexicon.Exceptives))
            {
                restricted = true;
                i += 2;
            }

            return restricted && s.IsWord(i) && !s.Is(i, "on") && IsNarrowData(s, i) && !IsTimeCutoff(s, i) && !Stance.NegatedOrHedged(s, f, claim);
        }

        /// <summary>"trained only on X-rays", "trained on only X-rays", "trained on nothing but our support tickets".</summary>
        private static bool TrainedOn(Sentence s, int f, int i, bool restricted)
        {
            if (!(s.Is(i, "on") || s.Is(i, "from")))
            {
                return false;
            }

            i++;
            if (s.Is(i, Lexicon.Restrictive))
            {
                restricted = true;
                i++;
            }

            int claimEnd = i;
            if (s.Is(i, "nothing") && s.Is(i + 1, "but"))
            {
                // "nothing" restricts here, it does not negate.
                restricted = true;
                i += 2;
            }

            if (!restricted || Stance.NegatedOrHedged(s, f, claimEnd))
            {
                return false;
            }

            while (s.Is(i, Lexicon.Determiners) || s.Is(i, "single") || IsNumber(s, i))
            {
                i++;
            }

            // "a curated set of retinal scans": a narrow domain anywhere in the object decides; "next-token prediction":
            // an object whose head is no data (an objective, a method) never does.
            int last = ObjectEnd(s, i) - 1;
            for (int k = i; k <= last; k++)
            {
                if (s.IsListed(k, s.Catalog.NarrowDomains))
                {
                    return true;
                }
            }

            if (last >= i && s.IsListed(last, s.Catalog.NotData))
            {
                return false;
            }

            return (s.IsWord(i) && IsNarrowData(s, i)) || s.IsModel(i);
        }

        /// <summary>How many words the object of "trained on" may span: "a small curated set of retinal scans".</summary>
        private const int ObjectReach = 7;

        /// <summary>Where the object's noun phrase, read from <paramref name="i"/>, ends: at punctuation or a phrase breaker other than "of".</summary>
        private static int ObjectEnd(Sentence s, int i)
        {
            int end = i;
            while (end - i < ObjectReach && (s.IsWord(end) || s.IsModel(end) || s.IsPunct(end, '-')) && (s.Is(end, "of") || !s.Is(end, Lexicon.PhraseBreakers)))
            {
                end++;
            }

            return end;
        }

        private static bool IsNarrowData(Sentence s, int i) => !s.IsListed(i, s.Catalog.BroadData) && !s.IsListed(i, s.Catalog.NotData);

        /// <summary>"data up to 2024", "data until March": a cut-off in time, not a narrow domain.</summary>
        private static bool IsTimeCutoff(Sentence s, int i)
        {
            for (int k = i; k <= i + 3 && s.InRange(k); k++)
            {
                if (s.Is(k, Lexicon.TimeLimits) || (s.Is(k, "up") && s.Is(k + 1, "to")))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNumber(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            for (int k = s[i].Start; k < s[i].End; k++)
            {
                if (!char.IsDigit(s.Text[k]) && s.Text[k] != ',' && s.Text[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
