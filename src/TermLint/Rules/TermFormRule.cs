using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0007 (suggestion), the forms that need context: "LLM's" used as a plural ("many LLM's", "LLM's are…",
    /// never the possessive "the LLM's answer"), and mid-sentence Title Case "Large Language Model" / "Foundation
    /// Model" (not at a sentence start, in a heading, in a product name, or before its acronym "(LLMs)"). The
    /// fixed wrong forms ("LLMS", "LLM model", "Language Learning Model") are catalog misnomers of TL0007.
    /// </summary>
    internal sealed class TermFormRule : IRule
    {
        private static readonly WordSet PluralQuantifiers = new WordSet(
            "many", "most", "some", "all", "these", "those", "other", "several", "various", "multiple", "few", "both", "different",
            "two", "three", "four", "five", "ten", "numerous", "such", "current", "modern", "foundational", "popular", "open-source", "proprietary", "which");

        private static readonly WordSet PluralVerbs = new WordSet(
            "are", "were", "have", "do", "don't", "aren't", "weren't", "haven't", "tend", "need", "generate", "hallucinate", "make", "use", "require", "produce", "perform", "struggle", "often", "still", "also");

        private static readonly WordSet Possessors = new WordSet("the", "a", "an", "this", "that", "our", "your", "its", "their", "each", "every", "one", "any");

        public string Id => RuleIds.TermForm;

        public void Check(Sentence s, List<Finding> findings)
        {
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null)
                {
                    continue;
                }

                if (term.Role == TermRole.Llm && s[t].IsPossessive && !term.IsPlural && IsPluralUse(s, t))
                {
                    string written = s.TextOf(t);
                    string plural = s.TermTextOf(t) + "s";
                    findings.Add(new Finding(Id, s[t].Start, s[t].End, new[] { written, plural }) { Replacement = plural });
                    continue;
                }

                if ((term.Role == TermRole.Llm || term.Role == TermRole.Foundation) && IsMidSentenceTitleCase(s, t))
                {
                    string written = s.TermTextOf(t);
                    string lower = written.ToLowerInvariant();
                    var e = s[t];
                    findings.Add(new Finding(Id, e.Start, e.IsPossessive ? e.End - 2 : e.End, new[] { written, lower }) { Replacement = lower });
                }
            }
        }

        private static bool IsPluralUse(Sentence s, int t)
        {
            if (s.Is(t - 1, PluralQuantifiers) || IsNumber(s, t - 1))
            {
                return true;
            }

            if (s.Is(t + 1, PluralVerbs))
            {
                return true;
            }

            // A possessive is followed by what it owns; "LLM's like Claude", "the LLM's in the registry" are plurals.
            if (s.Is(t + 1, Lexicon.PhraseBreakers) && !s.Is(t + 1, "is") && !s.Is(t + 1, "was") && !s.Is(t + 1, "not") && !s.Is(t + 1, "and") && !s.Is(t + 1, "or"))
            {
                return true;
            }

            // "support for LLM's." — nothing owned follows, and no article asks for a singular owner.
            bool nothingFollows = !s.InRange(t + 1) || (s.IsPunct(t + 1) && !s.IsPunct(t + 1, '"'));
            return nothingFollows && !s.Is(t - 1, Possessors);
        }

        private static bool IsNumber(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            var e = s[i];
            for (int k = e.Start; k < e.End; k++)
            {
                if (!char.IsDigit(s.Text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsMidSentenceTitleCase(Sentence s, int t)
        {
            var e = s[t];
            string text = s.Text;
            if (e.FirstToken == e.LastToken || s.StartsSentence(t))
            {
                return false;
            }

            // Every word of the term capitalised: "Large Language Model", "Foundation Models" — but not shouted
            // ("FOUNDATION MODEL"), which is emphasis, not a form.
            bool lowerSeen = false;
            for (int k = e.FirstToken; k <= e.LastToken; k++)
            {
                var token = s.Tokens[k];
                if (!char.IsUpper(text[token.Start]))
                {
                    return false;
                }

                for (int c = token.Start + 1; c < token.End && !lowerSeen; c++)
                {
                    lowerSeen = char.IsLower(text[c]);
                }
            }

            if (!lowerSeen)
            {
                return false;
            }

            // A product name or a heading: a capitalised word touches the term, or the sentence is mostly capitalised.
            if (IsCapitalisedWord(s, t - 1) || IsCapitalisedWord(s, t + 1) || !s.IsWord(t - 1))
            {
                return false;
            }

            // A title or an institution: "Center for Research on Foundation Models", "Risks of Foundation Models".
            int w = t - 1;
            while (w >= 0 && w >= t - 3 && s.IsWord(w) && (s.Is(w, "on") || s.Is(w, "of") || s.Is(w, "for") || s.Is(w, "and") || s.Is(w, "the") || s.Is(w, "in") || s.Is(w, "to")))
            {
                w--;
            }

            if (w < t - 1 && IsCapitalisedWord(s, w))
            {
                return false;
            }

            // "Large Language Models (LLMs)": the expansion of an acronym is often capitalised on purpose.
            if (s.IsPunct(t + 1, '(') && s.IsLlmTerm(t + 2))
            {
                return false;
            }

            int lower = 0;
            for (int i = 0; i < s.Count; i++)
            {
                if (s.IsWord(i) && char.IsLower(text[s[i].Start]))
                {
                    lower++;
                }
            }

            return lower >= 3;
        }

        private static bool IsCapitalisedWord(Sentence s, int i) =>
            (s.IsWord(i) || s.IsModel(i)) && char.IsUpper(s.Text[s[i].Start]) && !s.StartsSentence(i);
    }
}
