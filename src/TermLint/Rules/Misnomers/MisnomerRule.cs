using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Replaces a wrong form the catalog lists as a misnomer of this rule: TL0003 "foundational model" (only in AI
    /// prose: silent where a complement shows another field, "a foundational model in cybersecurity"), TL0007
    /// "Language Learning Model", "LLM model", "LLMS". The replacement keeps case, plural and the a/an article.
    /// </summary>
    internal sealed class MisnomerRule : IRule
    {
        /// <summary>The one shape: a wrong form the catalog lists, used as a head noun.</summary>
        public const string Shape = "CatalogMisnomer";

        public MisnomerRule(string id) => Id = id;

        public string Id { get; }

        public IReadOnlyList<string> Shapes { get; } = new[] { Shape };

        public void Check(Sentence s, List<Finding> findings)
        {
            MarkReportedAiMisnomers(s);
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null || term.Role != TermRole.Misnomer || term.Entry.RuleId != Id)
                {
                    continue;
                }

                if (term.Entry.NeedsAiContext == true ? !s.IsMarkedAiContext(t) : IsShouted(s, t))
                {
                    continue;
                }

                string form = s.TermTextOf(t);
                string wanted = term.Entry.Replace!;
                if (term.IsPlural && !wanted.EndsWith("s", System.StringComparison.Ordinal))
                {
                    wanted = Inflection.PluralOf(wanted);
                }

                var e = s[t];
                int end = e.IsPossessive ? e.End - 2 : e.End;

                string replacement = Inflection.MatchCase(form, wanted, s.StartsSentence(t));
                var finding = new Finding(Id, e.Start, end, new[] { form, replacement }) { Replacement = replacement, Shape = Shape };
                if (s.IsWord(t - 1))
                {
                    Replacements.AdjustArticle(s, t - 1, replacement, finding);
                }

                findings.Add(finding);
            }
        }

        /// <summary>
        /// "a foundational model … the foundational model": once one is reported its fix is AI context for the others,
        /// so the sentence is read until no more are reported (as fixing them one by one would). A quoted label is
        /// dropped later and never fixed, so it is no context.
        /// </summary>
        private void MarkReportedAiMisnomers(Sentence s)
        {
            bool marked = true;
            while (marked)
            {
                marked = false;
                for (int t = 0; t < s.Count; t++)
                {
                    var term = s[t].Term;
                    if (term != null && term.Role == TermRole.Misnomer && term.Entry.RuleId == Id && term.Entry.NeedsAiContext == true
                        && !s.IsMarkedAiContext(t) && !IsShouted(s, t) && !s.IsQuotedLabel(t) && !AiComplement.IsOtherField(s, t))
                    {
                        s.MarkAiContext(t);
                        marked = true;
                    }
                }
            }
        }

        /// <summary>Whether most words of the sentence are in capitals ("WE HOST LLMS IN TWO REGIONS"); an acronym beside the term ("AI LLM models") is not shouting.</summary>
        private static bool IsShouted(Sentence s, int t)
        {
            int words = 0, shouted = 0;
            for (int i = 0; i < s.Count; i++)
            {
                if (i == t || !s.IsWord(i) || s[i].End - s[i].Start < 2)
                {
                    continue;
                }

                words++;
                bool allUpper = true;
                for (int k = s[i].Start; k < s[i].End && allUpper; k++)
                {
                    allUpper = !char.IsLower(s.Text[k]);
                }

                shouted += allUpper ? 1 : 0;
            }

            return words >= 2 && shouted * 3 >= words * 2;
        }
    }
}
