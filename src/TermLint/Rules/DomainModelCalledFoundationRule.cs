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

        private static readonly WordSet TrainingVerbs = new WordSet("trained", "pretrained", "pre-trained", "built", "fitted", "fit", "learned", "learnt", "learns", "developed", "seen", "sees", "saw");
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
                if (s.Is(i, "been"))
                {
                    i++;
                }
            }
            else if (s.Is(i, "was") || s.Is(i, "is") || s.Is(i, "are") || s.Is(i, "were"))
            {
                i++;
            }

            bool restricted = false;
            while ((s.Is(i, Lexicon.Adverbs) && !s.Is(i, "just")) || s.Is(i, Restrictive) || s.Is(i, "ever"))
            {
                // "has only ever seen", "is solely trained on".
                restricted |= s.Is(i, Restrictive);
                i++;
            }

            if (!s.Is(i, TrainingVerbs))
            {
                return false;
            }

            i++;
            if (s.Is(i, Restrictive))
            {
                restricted = true;
                i++;
            }

            // "has only ever seen invoices from one supplier": the data directly after the verb.
            if (restricted && (s.Is(i - 1, "seen") || s.Is(i - 1, "sees") || s.Is(i - 1, "saw")) && s.IsWord(i) && !s.Is(i, "on") && !s.Is(i, BroadData))
            {
                return !Relations.NegatedOrHedged(s, f, i);
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

            int claimEnd = i;
            if (s.Is(i, "nothing") && s.Is(i + 1, "but"))
            {
                // "trained on nothing but our support tickets" ("nothing" restricts here, it does not negate).
                restricted = true;
                i += 2;
            }

            if (!restricted || Relations.NegatedOrHedged(s, f, claimEnd))
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
