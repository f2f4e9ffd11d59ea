using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0007 (suggestion), the forms that need context: "LLM's" used as a plural ("many LLM's", "LLM's are…",
    /// never the possessive "the LLM's answer"), and mid-sentence Title Case "Large Language Model" / "Foundation
    /// Model" (not at a sentence start, in a heading, in a product name, or before its acronym "(LLMs)"). The
    /// fixed wrong forms ("LLMS", "LLM model", "Language Learning Model") are catalog misnomers of TL0007 (see
    /// <see cref="MisnomerRule"/>).
    /// </summary>
    internal sealed class TL0007TermForm : IRule
    {
        public const string ApostrophePluralShape = "ApostrophePlural";
        public const string TitleCaseShape = "MidSentenceTitleCase";

        public string Id => RuleIds.TermForm;

        public IReadOnlyList<string> Shapes { get; } = new[] { ApostrophePluralShape, TitleCaseShape };

        public void Check(Sentence s, List<Finding> findings)
        {
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null)
                {
                    continue;
                }

                if (s[t].IsApostrophePlural)
                {
                    string written = TextFold.CollapseWhitespace(s.Text, s[t].Start, s[t].End);
                    // "llm's" becomes the usual "LLMs"; "LLM's" keeps its letters.
                    string singular = written.Substring(0, written.Length - 2);
                    string acronym = s.Catalog.LlmSingular?.Form ?? singular;
                    bool acronymInLowerCase = singular != acronym && string.Equals(singular, acronym, System.StringComparison.OrdinalIgnoreCase);
                    string plural = (acronymInLowerCase ? acronym : singular) + "s";
                    findings.Add(new Finding(Id, s[t].Start, s[t].End, new[] { written, plural }) { Replacement = plural, Shape = ApostrophePluralShape });
                    continue;
                }

                if ((term.Role == TermRole.Llm || term.Role == TermRole.Foundation) && TitleCase.IsMidSentence(s, t))
                {
                    string written = s.TermTextOf(t);
                    string lower = written.ToLowerInvariant();
                    var e = s[t];
                    findings.Add(new Finding(Id, e.Start, e.IsPossessive ? e.End - 2 : e.End, new[] { written, lower }) { Replacement = lower, Shape = TitleCaseShape });
                }
            }
        }
    }

    /// <summary>
    /// Mid-sentence Title Case of a term of several words ("a Large Language Model"), but not shouted text, a heading,
    /// a product or institution name ("Center for Research on Foundation Models"), or an expansion before its acronym.
    /// </summary>
    internal static class TitleCase
    {
        public static bool IsMidSentence(Sentence s, int t)
        {
            var e = s[t];
            if (e.FirstToken == e.LastToken || s.StartsSentence(t) || !EveryWordCapitalised(s, e))
            {
                return false;
            }

            // A product name or a heading: a capitalised word touches the term, or the sentence is mostly capitalised.
            // A model name before it is no product name: "the Faster Whisper Large Language Model" calls Whisper one.
            if (s.IsModel(t - 1))
            {
                return CountLowerWords(s) >= 3;
            }

            if (IsCapitalisedWord(s, t - 1) || IsCapitalisedWord(s, t + 1) || !s.IsWord(t - 1))
            {
                return false;
            }

            int w = t - 1;
            while (w >= 0 && w >= t - 3 && s.IsWord(w) && s.Is(w, Lexicon.TitleGlue))
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

            return CountLowerWords(s) >= 3;
        }

        private static int CountLowerWords(Sentence s)
        {
            int lower = 0;
            for (int i = 0; i < s.Count; i++)
            {
                if (s.IsWord(i) && char.IsLower(s.Text[s[i].Start]))
                {
                    lower++;
                }
            }

            return lower;
        }

        /// <summary>Whether a term of several words is written in Title Case ("Foundation Models", not "FOUNDATION MODELS").</summary>
        public static bool IsTitled(Sentence s, Element e) => e.FirstToken != e.LastToken && EveryWordCapitalised(s, e);

        /// <summary>"Large Language Model", "Foundation Models" — but not shouted ("FOUNDATION MODEL"), which is emphasis.</summary>
        private static bool EveryWordCapitalised(Sentence s, Element e)
        {
            bool lowerSeen = false;
            for (int k = e.FirstToken; k <= e.LastToken; k++)
            {
                var token = s.Tokens[k];
                if (!char.IsUpper(s.Text[token.Start]))
                {
                    return false;
                }

                for (int c = token.Start + 1; c < token.End && !lowerSeen; c++)
                {
                    lowerSeen = char.IsLower(s.Text[c]);
                }
            }

            return lowerSeen;
        }

        private static bool IsCapitalisedWord(Sentence s, int i) =>
            (s.IsWord(i) || s.IsModel(i)) && char.IsUpper(s.Text[s[i].Start]) && !s.StartsSentence(i);
    }
}
