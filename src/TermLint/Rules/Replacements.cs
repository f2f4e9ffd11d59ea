using System;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>Builds findings whose fix replaces a term, keeping case, plural and the a/an article right.</summary>
    internal static class Replacements
    {
        /// <summary>A finding on the term at <paramref name="term"/> that replaces it with a noun (singular or plural as the term is).</summary>
        public static Finding ForTerm(Sentence s, int term, string ruleId, string singular, string plural, string[] args)
        {
            var e = s[term];
            bool isPlural = e.Term?.IsPlural == true;
            string original = s.TermTextOf(term);
            int end = e.IsPossessive ? e.End - 2 : e.End;

            // "Large Language Models (LLM), such as…": the gloss names the same term, so the fix replaces it too
            // ("foundation models (LLM)" would equate the two, a TL0004 finding of its own).
            if (!e.IsPossessive && IsGloss(s, term))
            {
                end = s[term + 3].End;
                NameTheGlossToo(args, original, TextFold.CollapseWhitespace(s.Text, e.Start, end));
            }

            string noun = WithoutRepeatedModifier(s, term, isPlural ? plural : singular);
            string replacement = Inflection.MatchCase(original, noun, s.StartsSentence(term));
            var finding = new Finding(ruleId, e.Start, end, args) { Replacement = e.IsJoined ? null : replacement };
            if (!isPlural && s.IsWord(term - 1))
            {
                AdjustArticle(s, term - 1, replacement, finding);
            }

            return finding;
        }

        /// <summary>The message names the words the fix replaces: "'Large Language Models (LLM)' names a group…".</summary>
        private static void NameTheGlossToo(string[] args, string term, string glossed)
        {
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == term)
                {
                    args[i] = glossed;
                }
            }
        }

        /// <summary>"Large Language Models (LLMs)": the term, then the same kind of term alone in parentheses.</summary>
        private static bool IsGloss(Sentence s, int term)
        {
            var gloss = s.InRange(term + 2) ? s[term + 2].Term : null;
            return s.IsPunct(term + 1, '(') && gloss != null && gloss.Role == s[term].Term?.Role && !s[term + 2].IsPossessive && s.IsPunct(term + 3, ')');
        }

        /// <summary>"the image LLM" becomes "the image model", not "the image image model".</summary>
        private static string WithoutRepeatedModifier(Sentence s, int term, string noun)
        {
            int space = noun.IndexOf(' ');
            if (space <= 0 || !s.IsWord(term - 1))
            {
                return noun;
            }

            var before = s[term - 1];
            return TextFold.EqualsIgnoreCase(s.Text, before.Start, before.End - before.Start, noun.Substring(0, space)) ? noun.Substring(space + 1) : noun;
        }

        /// <summary>Sets the article edit when "a"/"an" before the replaced words no longer fits: "an LLM" → "a foundation model".</summary>
        public static void AdjustArticle(Sentence s, int article, string replacement, Finding finding)
        {
            var a = s[article];
            if (!Articles.IsIndefinite(s.Text, a.Start, a.End - a.Start))
            {
                return;
            }

            string have = s.Text.Substring(a.Start, a.End - a.Start);
            string want = Articles.For(replacement);
            if (string.Equals(have, want, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            finding.ArticleStart = a.Start;
            finding.ArticleEnd = a.End;
            finding.ArticleReplacement = char.IsUpper(have[0]) ? Inflection.Capitalize(want) : want;
        }
    }
}
