using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0003 (and any misnomer term the catalog assigns to another rule): "foundational model" written for the AI
    /// term "foundation model". Silent where a complement shows another field ("a foundational model in
    /// cybersecurity", "the foundational model of the economy"), and on "foundational" without "model".
    /// </summary>
    internal sealed class FoundationalModelRule : IRule
    {
        public string Id => RuleIds.FoundationalModel;

        public void Check(Sentence s, List<Finding> findings)
        {
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null || term.Role != TermRole.Misnomer || (term.Entry.RuleId ?? Id) != Id)
                {
                    continue;
                }

                if (HasNonAiComplement(s, t))
                {
                    continue;
                }

                var e = s[t];
                var firstWord = s.Tokens[e.FirstToken];
                string original = s.Text.Substring(firstWord.Start, firstWord.BaseLength);
                string replacement = Inflection.MatchCase(original, term.Entry.Replace!, s.StartsSentence(t));
                string form = s.TermTextOf(t);
                string fixedForm = replacement + form.Substring(firstWord.BaseLength);
                var finding = new Finding(Id, firstWord.Start, firstWord.Start + firstWord.BaseLength, new[] { form, fixedForm }) { Replacement = replacement };
                if (s.IsWord(t - 1))
                {
                    Replacements.AdjustArticle(s, t - 1, replacement, finding);
                }

                findings.Add(finding);
            }
        }

        /// <summary>"foundational model in/of/for X" where X, in the next few words, holds no AI word.</summary>
        private static bool HasNonAiComplement(Sentence s, int t)
        {
            int next = t + 1;
            if (!(s.Is(next, "in") || s.Is(next, "of") || s.Is(next, "for") || s.Is(next, "within") || s.Is(next, "across")))
            {
                return false;
            }

            return !s.HasAiContext(next + 1, next + 5);
        }
    }
}
