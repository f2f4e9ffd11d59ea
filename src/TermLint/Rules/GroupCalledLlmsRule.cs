using System.Collections.Generic;
using System.Text;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0002: a group of models that holds a non-language model is called LLMs — "LLMs such as GPT-5 and Whisper",
    /// "Popular LLMs: GPT-5, Whisper", "CLIP, Llama and other LLMs", "Whisper and GPT-5 are LLMs". A list with a
    /// single model is TL0001's. Silent on contrasts ("Unlike LLMs such as GPT-5, Whisper…"), negations, questions,
    /// and lists whose items each carry their own class ("LLMs (GPT-5) and image models (DALL-E 3)").
    /// </summary>
    internal sealed class GroupCalledLlmsRule : IRule
    {
        /// <summary>The replacement for a mixed group; the umbrella term of the seed.</summary>
        internal const string Umbrella = "foundation model";
        internal const string UmbrellaPlural = "foundation models";

        [System.ThreadStatic]
        private static List<int>? t_members;

        public string Id => RuleIds.GroupWithNonLanguageModelCalledLlms;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion)
            {
                return;
            }

            var members = t_members ??= new List<int>();
            for (int t = 0; t < s.Count; t++)
            {
                if (!s.IsLlmTerm(t) || s[t].IsPossessive)
                {
                    continue;
                }

                members.Clear();
                int start = Relations.NounPhraseStart(s, t, out _);
                if (Relations.IsContrasted(s, start))
                {
                    continue;
                }

                // "an LLM such as Whisper or DALL-E" names a group as much as "LLMs such as…" does.
                bool plural = s[t].Term!.IsPlural;
                bool everyMember = s.Is(t - 1, "every") || s.Is(t - 1, "each");
                Relations.ListAfter(s, t, members, allowColon: plural || everyMember);
                if (members.Count == 0 && plural)
                {
                    MembersBefore(s, t, start, members);
                }

                if (members.Count == 0 && plural && s.IsPunct(t + 1, ','))
                {
                    // "Both LLMs, Claude Haiku and Imagen 3, are called…": a list in commas, closed again.
                    Relations.ListInCommas(s, t + 2, members);
                }

                if (members.Count < 2)
                {
                    continue;
                }

                string? offenders = DescribeNonLanguage(s, members);
                if (offenders != null)
                {
                    findings.Add(Replacements.ForTerm(s, t, Id, Umbrella, UmbrellaPlural, new[] { s.TermTextOf(t), offenders, plural ? UmbrellaPlural : Umbrella }));
                }
            }
        }

        /// <summary>"X, Y and other LLMs", "X and Y are LLMs".</summary>
        private static void MembersBefore(Sentence s, int t, int start, List<int> members)
        {
            if (s.Is(t - 1, "other") && s.Is(t - 2, Lexicon.ListJoiners))
            {
                Relations.ListBefore(s, t - 2, members);
                return;
            }

            int verb = start - 1;
            while (s.Is(verb, Lexicon.Adverbs))
            {
                verb--;
            }

            if ((s.Is(verb, "are") || s.Is(verb, "were")) && !Relations.NegatedOrHedged(s, verb, t))
            {
                int end = verb;
                while (s.Is(end - 1, Lexicon.Adverbs))
                {
                    end--;
                }

                Relations.ListBefore(s, end, members);

                // "Neither Whisper nor GPT-5 are LLMs", "If Whisper and GPT-5 are LLMs…": denied or hypothetical.
                if (members.Count > 0)
                {
                    int first = members[members.Count - 1];
                    if (s.IsNegation(first - 1) || s.Is(first - 1, Lexicon.Conditionals) || s.Is(first - 2, Lexicon.Conditionals))
                    {
                        members.Clear();
                    }
                }
            }
        }

        /// <summary>"Whisper (an audio foundation model) and AlphaFold (a scientific foundation model)", or null if all are language models.</summary>
        private static string? DescribeNonLanguage(Sentence s, List<int> members)
        {
            StringBuilder? text = null;
            foreach (int m in members)
            {
                ModelInfo info = s[m].Model!;
                if (info.IsLanguage)
                {
                    continue;
                }

                text ??= new StringBuilder();
                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                text.Append(s.TermTextOf(m)).Append(" (").Append(info.Kind.LabelOrDefault).Append(')');
            }

            return text?.ToString();
        }
    }
}
