using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Which single model an LLM-class term classifies, through a relation: "the X LLM", "the LLM X is…",
    /// "X is an LLM", "X, an LLM,", "X (an LLM)", "the LLM (X)", "an LLM such as X", "an LLM called X". Negated,
    /// hedged, hypothetical, contrasted and list-subject sentences classify nothing. Shared by TL0001 (non-language
    /// models) and TL0005 (multimodal models).
    /// </summary>
    internal static class Classification
    {
        [System.ThreadStatic]
        private static List<int>? t_members;

        /// <summary>The one model that the term at <paramref name="t"/> classifies, or -1.</summary>
        public static int ClassifiedModel(Sentence s, int t)
        {
            bool plural = s[t].Term!.IsPlural;

            // "the Whisper LLM", "Our captioning pipeline calls the Whisper large language model".
            if (s.IsModel(t - 1) && !s[t - 1].IsPossessive && !s.Is(t + 1, Lexicon.CompoundHeads) && !plural)
            {
                int m = t - 1;
                if (!s.Is(m - 1, Lexicon.ListJoiners) && !s.IsPunct(m - 1, '+') && !s.IsPunct(m - 1, '/'))
                {
                    return m;
                }
            }

            // "the Whisper v3 LLM": a version the catalog does not list still belongs to the model.
            if (!plural && Relations.IsVersionWord(s, t - 1) && s.IsModel(t - 2) && !s[t - 2].IsPossessive && !s.Is(t + 1, Lexicon.CompoundHeads) && !s.Is(t - 3, Lexicon.ListJoiners))
            {
                return t - 2;
            }

            int start = Relations.NounPhraseStart(s, t, out int determiner);

            // "The image LLM Stable Diffusion is slow on CPU."
            if (!plural && s.IsModel(t + 1) && !s[t + 1].IsPossessive && start < t && !Relations.IsContrasted(s, start)
                && (!s.InRange(t + 2) || s.IsPunct(t + 2) || s.Is(t + 2, Lexicon.Auxiliaries)) && !s.IsPunct(t + 2, '('))
            {
                return t + 1;
            }

            // "Whisper is an LLM", "Since SDXL is an LLM", "Whisper, which is an LLM", "use Whisper as an LLM",
            // "Whisper is used as an LLM", "Whisper serves as an LLM", "Whisper is called an LLM".
            int subject = CopulaSubject(s, start, determiner);
            if (subject >= 0)
            {
                return !Relations.NegatedOrHedged(s, subject, t) && !Relations.SubjectIsHypotheticalOrListed(s, subject) && !s.Is(t + 1, "or") && Relations.IsHeadNoun(s, t)
                    && !Relations.DeniedLater(s, t) && !Relations.Reported(s, subject) ? subject : -1;
            }

            // "Whisper, a small LLM, runs…", "uses Whisper,\nan LLM that runs on the edge device".
            if (determiner >= 0 && (s.IsPunct(start - 1, ',') || s.IsDash(start - 1)) && s.IsModel(start - 2) && !s[start - 2].IsPossessive && !ListContinues(s, t) && Relations.IsHeadNoun(s, t)
                && !s.IsPunct(start - 3, ',') && !s.Is(start - 3, Lexicon.ListJoiners) && !Relations.IsContrasted(s, start - 2))
            {
                return start - 2;
            }

            // "We replaced our old LLM, ESMFold, with AlphaFold 3": the term, then the model in commas.
            if (determiner >= 0 && !plural && s.IsPunct(t + 1, ',') && s.IsModel(t + 2) && !s[t + 2].IsPossessive
                && (s.IsPunct(t + 3, ',') || s.IsPunct(t + 3, ')') || !s.InRange(t + 3) || s.IsPunct(t + 3, '.'))
                && !s.Is(t + 4, Lexicon.ListJoiners) && !s.IsModel(t + 4) && !Relations.IsContrasted(s, start))
            {
                return t + 2;
            }

            // "LLM=text-embedding-3-small": a setting that names the model.
            if (s.IsPunct(t + 1, '=') && s.IsModel(t + 2))
            {
                return t + 2;
            }

            // "Whisper (an LLM)", "Whisper (LLM)".
            if (s.IsPunct(start - 1, '(') && s.IsPunct(t + 1, ')') && s.IsModel(start - 2) && !s[start - 2].IsPossessive)
            {
                return start - 2;
            }

            // "an LLM called Whisper", "The LLM (DALL-E 3) draws the cover image", "an LLM such as Whisper",
            // "LLMs such as Whisper" (a list of two or more is TL0002's).
            if (!plural && (s.Is(t + 1, "called") || s.Is(t + 1, "named")) && s.IsModel(t + 2))
            {
                return t + 2;
            }

            var members = t_members ??= new List<int>();
            members.Clear();
            Relations.ListAfter(s, t, members, allowColon: false);
            if (members.Count == 1 && !Relations.IsContrasted(s, start))
            {
                return members[0];
            }

            return -1;
        }

        private static bool IsGerund(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            var e = s[i];
            return e.End - e.Start > 4 && s.Text[e.End - 1] == 'g' && s.Text[e.End - 2] == 'n' && s.Text[e.End - 3] == 'i';
        }

        private static bool PluralTermAfter(Sentence s, int start)
        {
            for (int i = start; s.InRange(i) && i <= start + 4; i++)
            {
                if (s[i].Term is { } term)
                {
                    return term.IsPlural;
                }
            }

            return false;
        }

        /// <summary>The model that a copula-like verb before the noun phrase at <paramref name="start"/> makes its subject, or -1.</summary>
        private static int CopulaSubject(Sentence s, int start, int determiner)
        {
            int verb = start - 1;
            while (s.Is(verb, Lexicon.Adverbs) || s.IsNegation(verb) || s.Is(verb, Lexicon.Hedges))
            {
                verb--;
            }

            // "Whisper is one of the LLMs we host": the member of a group is classified by it ("one of the LLM
            // options" is not: the group there is the options).
            if (s.Is(verb, "of") && (s.Is(verb - 1, "one") || s.Is(verb - 1, "another")))
            {
                if (s[start].Term == null && !PluralTermAfter(s, start))
                {
                    return -1;
                }

                verb -= 2;
                while (s.Is(verb, Lexicon.Adverbs) || s.IsNegation(verb) || s.Is(verb, Lexicon.Hedges))
                {
                    verb--;
                }
            }

            if (s.Is(verb, "as"))
            {
                if (determiner < 0 || s.Is(verb - 1, "such") || s.Is(verb - 1, "well") || s.Is(verb - 1, "same"))
                {
                    return -1;
                }

                int direct = Relations.SubjectModel(s, verb);
                if (direct >= 0)
                {
                    // "Registering SDXL as an LLM throws…": a gerund names the (wrong) act; it does not claim it.
                    return IsGerund(s, direct - 1) ? -1 : direct;
                }

                verb--;
                if (!s.Is(verb, Lexicon.ClassifyingVerbs) && !s.Is(verb, Lexicon.Naming))
                {
                    return -1;
                }

                int beforeVerb = verb - 1;
                while (s.Is(beforeVerb, Lexicon.Adverbs) || s.Is(beforeVerb, Lexicon.Hedges))
                {
                    beforeVerb--;
                }

                return s.Is(beforeVerb, Lexicon.Copulas) ? Relations.SubjectModel(s, beforeVerb) : Relations.SubjectModel(s, verb);
            }

            if (s.Is(verb, Lexicon.Naming))
            {
                verb--;
                while (s.Is(verb, Lexicon.Adverbs) || s.Is(verb, Lexicon.Hedges) || s.IsNegation(verb))
                {
                    verb--;
                }
            }

            return s.Is(verb, Lexicon.Copulas) ? Relations.SubjectModel(s, verb) : -1;
        }

        /// <summary>"Whisper, an LLM and DALL-E": the term is one item of a list, not an apposition.</summary>
        private static bool ListContinues(Sentence s, int t) =>
            s.Is(t + 1, Lexicon.ListJoiners) || (s.IsPunct(t + 1, ',') && s.Is(t + 2, Lexicon.ListJoiners));
    }
}
