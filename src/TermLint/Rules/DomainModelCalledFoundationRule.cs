using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0006: a model trained on one narrow domain is called a foundation model — "a foundation model trained only
    /// on chest X-rays", "our fraud foundation model is trained solely on card transactions" — and a catalog model
    /// of kind `domain` called a foundation model. The seed: "A specialized medical-imaging model trained only on
    /// X-rays is a domain model, not a foundation model." Silent on broad training, on fine-tuning a foundation model,
    /// and on "trained only on text / images / public data" (a modality or broad data is not a narrow domain).
    /// </summary>
    internal sealed class DomainModelCalledFoundationRule : IRule
    {
        internal const string Noun = "domain model";
        internal const string Plural = "domain models";

        private static readonly WordSet TrainingVerbs = new WordSet("trained", "pretrained", "pre-trained", "built", "fitted", "fit", "learned", "learnt", "developed");
        private static readonly WordSet Restrictive = new WordSet("only", "solely", "exclusively", "purely", "entirely", "just", "strictly");
        private static readonly WordSet BroadData = new WordSet(
            "text", "texts", "images", "image", "audio", "code", "speech", "video", "videos", "public", "web", "internet", "broad", "diverse",
            "large", "massive", "general", "multilingual", "multimodal", "trillions", "billions", "millions", "synthetic", "open", "unlabeled", "unlabelled",
            "english", "natural", "licensed", "permissively", "curated", "publicly", "openly", "high-quality", "internet-scale", "web-scale", "wide");

        public string Id => RuleIds.DomainModelCalledFoundation;

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion)
            {
                return;
            }

            for (int f = 0; f < s.Count; f++)
            {
                if (!s.IsFoundationTerm(f) || s[f].IsPossessive)
                {
                    continue;
                }

                bool domain = TrainedOnNarrowData(s, f);
                if (!domain)
                {
                    int model = Classification.ClassifiedModel(s, f);
                    domain = model >= 0 && s[model].Model!.Kind.Name == "domain";
                }

                if (domain)
                {
                    findings.Add(Replacements.ForTerm(s, f, Id, Noun, Plural, new[] { s.TermTextOf(f), s[f].Term!.IsPlural ? Plural : Noun }));
                }
            }
        }

        /// <summary>"foundation model (was) trained only on X", "foundation model trained on only X", X not broad data.</summary>
        private static bool TrainedOnNarrowData(Sentence s, int f)
        {
            int i = f + 1;
            if (s.IsPunct(i, ','))
            {
                i++;
            }

            if (s.Is(i, "that") || s.Is(i, "which"))
            {
                i++;
            }

            if (s.Is(i, "has") || s.Is(i, "have") || s.Is(i, "had"))
            {
                i++;
                if (!s.Is(i, "been"))
                {
                    return false;
                }

                i++;
            }
            else if (s.Is(i, "was") || s.Is(i, "is") || s.Is(i, "are") || s.Is(i, "were"))
            {
                i++;
            }

            while (s.Is(i, Lexicon.Adverbs) && !s.Is(i, "just"))
            {
                i++;
            }

            if (!s.Is(i, TrainingVerbs))
            {
                return false;
            }

            i++;
            bool restricted = false;
            if (s.Is(i, Restrictive))
            {
                restricted = true;
                i++;
            }

            if (!(s.Is(i, "on") || s.Is(i, "with") || s.Is(i, "from")))
            {
                return false;
            }

            i++;
            if (s.Is(i, Restrictive))
            {
                restricted = true;
                i++;
            }

            if (!restricted || Relations.NegatedOrHedged(s, f, i))
            {
                return false;
            }

            while (s.Is(i, Lexicon.Determiners))
            {
                i++;
            }

            return s.IsWord(i) && !s.Is(i, BroadData) || s.IsModel(i) || s.IsPunct(i, '"');
        }
    }
}
