using System.Collections.Generic;
using System.Text;
using TermLint.Catalog;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0002: a group of models that holds a non-language model is called LLMs — "LLMs such as GPT-5 and Whisper",
    /// "Popular LLMs: GPT-5, Whisper", "CLIP, Llama and other LLMs", "Whisper and GPT-5 are LLMs". A list with a
    /// single model is TL0001's. Silent on contrasts ("Unlike LLMs such as GPT-5, Whisper…"), negations, questions,
    /// and lists whose items each carry their own class ("LLMs (GPT-5) and image models (DALL-E 3)"). The fix writes
    /// the catalog's umbrella kind ("foundation models").
    /// </summary>
    internal sealed class TL0002GroupCalledLlms : IRule
    {
        /// <summary>The shapes, tried in order until one finds members.</summary>
        public static readonly GroupShape[] GroupShapes = { ListAfterTerm.Instance, OtherMembersBefore.Instance, ListBeforeTerm.Instance, ListSubject.Instance, ListInCommas.Instance };

        [System.ThreadStatic]
        private static List<int>? t_members;

        public string Id => RuleIds.GroupWithNonLanguageModelCalledLlms;

        public IReadOnlyList<string> Shapes { get; } = NamesOf(GroupShapes);

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || s.LlmTermCount == 0 || s.NonLanguageModelCount == 0)
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

                var term = new TermAt(s, t);
                if (term.FollowsNoun || term.IsCoordinated || Stance.IsContrasted(s, term.Start))
                {
                    continue;
                }

                members.Clear();
                GroupShape? found = null;
                foreach (var shape in GroupShapes)
                {
                    shape.Collect(s, term, members);
                    if (members.Count > 0)
                    {
                        found = shape;
                        break;
                    }
                }

                // A group: two catalog models, or one among names the catalog does not hold ("LLMs (Whisper, DistilBERT)"),
                // or one with the others the sentence does not name ("Whisper and other LLMs").
                string? offenders = members.Count + ListItems.OtherItems + (found?.UnnamedMembers ?? 0) < 2 || members.Count == 0 ? null : DescribeNonLanguage(s, members);
                if (offenders == null)
                {
                    continue;
                }

                var umbrella = s.Catalog.Kind(KindNames.Foundation);
                string singular = umbrella?.NounOrDefault ?? "foundation model";
                string plural = umbrella?.PluralOrDefault ?? "foundation models";
                var finding = Replacements.ForTerm(s, t, Id, singular, plural, new[] { s.TermTextOf(t), offenders, term.IsPlural ? plural : singular });
                finding.Shape = found!.Name;
                findings.Add(finding);
            }
        }

        private static string[] NamesOf(GroupShape[] shapes)
        {
            var names = new string[shapes.Length];
            for (int i = 0; i < shapes.Length; i++)
            {
                names[i] = shapes[i].Name;
            }

            return names;
        }

        /// <summary>"DALL-E 3 (an image foundation model) and Whisper (an audio foundation model)", in text order; null if all are language models.</summary>
        private static string? DescribeNonLanguage(Sentence s, List<int> members)
        {
            members.Sort();
            int count = 0;
            foreach (int m in members)
            {
                count += s[m].Model!.IsLanguage ? 0 : 1;
            }

            if (count == 0)
            {
                return null;
            }

            var text = new StringBuilder();
            int written = 0;
            foreach (int m in members)
            {
                ModelInfo info = s[m].Model!;
                if (info.IsLanguage)
                {
                    continue;
                }

                if (written > 0)
                {
                    text.Append(written == count - 1 ? " and " : ", ");
                }

                text.Append(s.TermTextOf(m)).Append(" (").Append(info.Kind.LabelOrDefault).Append(')');
                written++;
            }

            return text.ToString();
        }
    }
}
