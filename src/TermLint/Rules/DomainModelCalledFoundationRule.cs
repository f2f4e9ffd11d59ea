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

        /// <summary>What a model is trained *on* that is not data: hardware, places, times, methods.</summary>
        private static readonly WordSet NotData = new WordSet(
            "gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "cluster", "clusters", "machine", "machines", "node", "nodes", "hardware", "device", "devices",
            "server", "servers", "laptop", "laptops", "accelerator", "accelerators", "weekend", "weekends", "weekdays", "nights", "night", "scratch",
            "premises", "prem", "cloud", "azure", "aws", "gcp", "rlhf", "dpo", "lora", "cpu-only", "budget", "schedule");

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

                // "If the foundation model is trained only on X-rays…" is hypothetical; "… is a domain model" already says it.
                if (Relations.SubjectIsHypotheticalOrListed(s, f) || SaysDomainModel(s))
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

        private static bool SaysDomainModel(Sentence s)
        {
            for (int i = 0; i + 1 < s.Count; i++)
            {
                if (s.Is(i, "domain") && (s.Is(i + 1, "model") || s.Is(i + 1, "models")))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"foundation model (was) trained only on X", "foundation model trained on only X", X not broad data.</summary>
        private static bool TrainedOnNarrowData(Sentence s, int f)
        {
            int i = f + 1;

            // "Our foundation model for wind turbines was built exclusively from…": step over a short modifier phrase.
            if ((s.Is(i, "for") || s.Is(i, "of") || s.Is(i, "in")) && !s.IsPunct(i + 1))
            {
                int k = i + 1;
                while (k < i + 4 && s.IsWord(k) && !s.Is(k, "was") && !s.Is(k, "is") && !s.Is(k, "has") && !s.Is(k, TrainingVerbs))
                {
                    k++;
                }

                if (s.Is(k, "was") || s.Is(k, "is") || s.Is(k, "has") || s.Is(k, TrainingVerbs))
                {
                    i = k;
                }
            }

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

            bool sees = s.Is(i, "seen") || s.Is(i, "sees") || s.Is(i, "saw");
            i++;
            if (s.Is(i, Restrictive))
            {
                restricted = true;
                i++;
            }

            // "has only ever seen invoices from one supplier", "has seen nothing except tax forms": the data is the object.
            if (sees)
            {
                int claim = i;
                if (s.Is(i, "nothing") && (s.Is(i + 1, "but") || s.Is(i + 1, "except")))
                {
                    restricted = true;
                    i += 2;
                }

                return restricted && s.IsWord(i) && !s.Is(i, "on") && !s.Is(i, BroadData) && !s.Is(i, NotData) && !IsTimeCutoff(s, i) && !Relations.NegatedOrHedged(s, f, claim);
            }

            if (!(s.Is(i, "on") || s.Is(i, "from")))
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

            while (s.Is(i, Lexicon.Determiners) || s.Is(i, "single") || IsNumber(s, i))
            {
                i++;
            }

            return (s.IsWord(i) && !s.Is(i, BroadData) && !s.Is(i, NotData)) || s.IsModel(i);
        }

        /// <summary>"data up to 2024", "data until March": a cut-off in time, not a narrow domain.</summary>
        private static bool IsTimeCutoff(Sentence s, int i)
        {
            for (int k = i; k <= i + 3 && s.InRange(k); k++)
            {
                if (s.Is(k, "until") || s.Is(k, "through") || s.Is(k, "before") || s.Is(k, "after") || s.Is(k, "since") || (s.Is(k, "up") && s.Is(k + 1, "to")))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsNumber(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            for (int k = s[i].Start; k < s[i].End; k++)
            {
                if (!char.IsDigit(s.Text[k]) && s.Text[k] != ',' && s.Text[k] != '.')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
