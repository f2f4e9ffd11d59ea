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
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null || term.Role != TermRole.Misnomer || term.Entry.RuleId != Id)
                {
                    continue;
                }

                if (term.Entry.NeedsAiContext == true && AiComplement.IsOtherField(s, t))
                {
                    continue;
                }

                // "the LLM model name": the form modifies another noun, and dropping a word would change what is named.
                if (term.Entry.NeedsAiContext != true && !NounPhrases.IsHead(s, t))
                {
                    continue;
                }

                // "WE HOST LLMS IN TWO REGIONS": in shouted text the capitals are not the writer's choice.
                if (IsShouted(s, t))
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

                // "large learning model models": the repeated noun is part of the same error, so one fix takes both
                // (fixing the first alone would leave "large language model models", a second finding).
                if (!e.IsPossessive && wanted.EndsWith(" model", System.StringComparison.Ordinal) && s.Is(t + 1, Lexicon.ModelNouns))
                {
                    bool pluralNoun = s.Is(t + 1, "models");
                    end = s[t + 1].IsPossessive ? s[t + 1].End - 2 : s[t + 1].End;
                    form = s.Text.Substring(e.Start, end - e.Start);
                    wanted = pluralNoun ? Inflection.PluralOf(term.Entry.Replace!) : term.Entry.Replace!;
                }

                string replacement = Inflection.MatchCase(form, wanted, s.StartsSentence(t));
                var finding = new Finding(Id, e.Start, end, new[] { form, replacement }) { Replacement = replacement, Shape = Shape };
                if (s.IsWord(t - 1))
                {
                    Replacements.AdjustArticle(s, t - 1, replacement, finding);
                }

                findings.Add(finding);
            }
        }

        private static bool IsShouted(Sentence s, int t)
        {
            for (int i = t - 1; i <= t + 1; i += 2)
            {
                if (!s.IsWord(i))
                {
                    continue;
                }

                var e = s[i];
                bool allUpper = true;
                for (int k = e.Start; k < e.End && allUpper; k++)
                {
                    allUpper = !char.IsLower(s.Text[k]);
                }

                if (allUpper && e.End - e.Start > 1)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
