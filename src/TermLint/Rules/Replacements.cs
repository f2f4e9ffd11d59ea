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
            string noun = WithoutRepeatedModifier(s, term, isPlural ? plural : singular);
            string replacement = Inflection.MatchCase(original, noun, s.StartsSentence(term));
            var finding = new Finding(ruleId, e.Start, end, args) { Replacement = e.IsJoined ? null : replacement };
            if (!isPlural && s.IsWord(term - 1))
            {
                AdjustArticle(s, term - 1, replacement, finding);
            }

            return finding;
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
