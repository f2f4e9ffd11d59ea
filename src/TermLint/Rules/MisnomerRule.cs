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
        public MisnomerRule(string id) => Id = id;

        public string Id { get; }

        public void Check(Sentence s, List<Finding> findings)
        {
            for (int t = 0; t < s.Count; t++)
            {
                var term = s[t].Term;
                if (term == null || term.Role != TermRole.Misnomer || term.Entry.RuleId != Id)
                {
                    continue;
                }

                if (term.Entry.NeedsAiContext == true && HasNonAiComplement(s, t))
                {
                    continue;
                }

                // "the LLM model name": the form modifies another noun, and dropping a word would change what is named.
                if (term.Entry.NeedsAiContext != true && !Relations.IsHeadNoun(s, t))
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
                if (!e.IsPossessive && wanted.EndsWith(" model", System.StringComparison.Ordinal) && (s.Is(t + 1, "model") || s.Is(t + 1, "models")))
                {
                    bool pluralNoun = s.Is(t + 1, "models");
                    end = s[t + 1].IsPossessive ? s[t + 1].End - 2 : s[t + 1].End;
                    form = s.Text.Substring(e.Start, end - e.Start);
                    wanted = pluralNoun ? Inflection.PluralOf(term.Entry.Replace!) : term.Entry.Replace!;
                }

                string replacement = Inflection.MatchCase(form, wanted, s.StartsSentence(t));
                var finding = new Finding(Id, e.Start, end, new[] { form, replacement }) { Replacement = replacement };
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

        /// <summary>
        /// "foundational model in/of/for X" where X, in the next few words, holds no AI word; or where the thing
        /// called a foundational model is not a model at all ("Defense in depth is a foundational model for…").
        /// </summary>
        private static bool HasNonAiComplement(Sentence s, int t)
        {
            int next = t + 1;
            if (!(s.Is(next, "in") || s.Is(next, "of") || s.Is(next, "for") || s.Is(next, "within") || s.Is(next, "across")))
            {
                // "The waterfall model is a foundational model that every team learns": a predicate about something
                // that is not an AI model, in a sentence with no AI word, is the ordinary adjective.
                return IsPredicateOfNonModel(s, t) && !HasAiWordBesidesModel(s, t);
            }

            if (!s.HasAiContext(next + 1, next + 5))
            {
                return true;
            }

            return IsPredicateOfNonModel(s, t);
        }

        /// <summary>"X is a foundational model" where X is a noun, not a catalog model and not "it"/"this".</summary>
        private static bool IsPredicateOfNonModel(Sentence s, int t)
        {
            int start = Relations.NounPhraseStart(s, t, out _);
            int verb = start - 1;
            while (s.Is(verb, Lexicon.Adverbs))
            {
                verb--;
            }

            return s.Is(verb, Lexicon.Copulas) && Relations.SubjectModel(s, verb) < 0 && s.IsWord(verb - 1) && !s.Is(verb - 1, "it") && !s.Is(verb - 1, "this");
        }

        /// <summary>Whether the sentence is about AI by any word other than "model" and the misnomer itself.</summary>
        private static bool HasAiWordBesidesModel(Sentence s, int t)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (i == t || s.Is(i, "model") || s.Is(i, "models"))
                {
                    continue;
                }

                if (s.HasAiContext(i, i + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
