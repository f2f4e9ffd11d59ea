using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0005 (suggestion): a multimodal model (GPT-4o, Gemini…) is called only an LLM in a sentence that is about
    /// its image or audio abilities — "the GPT-4o LLM transcribes the call", "send the screenshot to the Gemini
    /// LLM". The relation is one of the <see cref="Classification"/> shapes and the cue must be in the term's own
    /// clause. Calling a multimodal model an LLM elsewhere is correct (it is both) and stays silent. The fix writes
    /// the model's kind noun ("multimodal model").
    /// </summary>
    internal sealed class TL0005MultimodalCalledOnlyLlm : IRule
    {
        /// <summary>The one shape: a classification (any <see cref="Classification"/> shape) with an image or audio cue in the term's clause.</summary>
        public const string Shape = "ClassifiedWithMediaCue";

        public string Id => RuleIds.MultimodalCalledOnlyLlm;

        public IReadOnlyList<string> Shapes { get; } = new[] { Shape };

        public void Check(Sentence s, List<Finding> findings)
        {
            var catalog = s.Catalog;
            if (s.IsQuestion || s.LlmTermCount == 0 || s.MultimodalModelCount == 0 || !s.HasWordFrom(catalog.MultimodalContext) || MentionsMultimodal(s))
            {
                return;
            }

            for (int t = 0; t < s.Count; t++)
            {
                if (!s.IsLlmTerm(t) || s[t].IsPossessive || SaysMultimodal(s, t) || (s.Is(t + 1, "with") && IsCue(s, t + 2)))
                {
                    continue;
                }

                int model = Classification.ClassifiedModel(s, t, out _);
                if (model < 0 || !s[model].Model!.IsMultimodal || !MultimodalCue.InClause(s, t))
                {
                    continue;
                }

                var info = s[model].Model!;
                string kindNoun = Articles.For(info.Noun) + " " + info.Noun;
                var finding = Replacements.ForTerm(s, t, Id, info.Noun, info.Plural, new[] { s.TermTextOf(model), s.TermTextOf(t), s[t].Term!.IsPlural ? info.Plural : info.Noun, kindNoun });
                finding.Shape = Shape;
                findings.Add(finding);
            }
        }

        /// <summary>"GPT-4o is both an LLM and a multimodal model", "an LLM as well as a vision model": the sentence already says it.</summary>
        private static bool MentionsMultimodal(Sentence s)
        {
            for (int i = 0; i < s.Count; i++)
            {
                if (s.IsListed(i, s.Catalog.MultimodalNames) || (s.Is(i + 1, Lexicon.ModelNouns) && s.IsListed(i, s.Catalog.Modalities)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"a multimodal LLM", "a vision LLM": the words right before the term name the other modalities.</summary>
        private static bool SaysMultimodal(Sentence s, int t)
        {
            for (int i = t - 1; i >= 0 && t - i <= 3 && s.IsWord(i); i--)
            {
                if (s.IsListed(i, s.Catalog.MultimodalNames) || s.IsListed(i, s.Catalog.MultimodalMarkers))
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool IsCue(Sentence s, int i) => s.IsListed(i, s.Catalog.MultimodalContext);
    }
}
