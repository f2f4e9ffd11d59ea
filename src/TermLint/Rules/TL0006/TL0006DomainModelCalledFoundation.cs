using System.Collections.Generic;
using TermLint.Catalog;

namespace TermLint.Rules
{
    /// <summary>
    /// TL0006: a model trained on one narrow domain is called a foundation model — "a foundation model trained only
    /// on chest X-rays", "our fraud foundation model is trained solely on card transactions" — or a catalog model of
    /// kind `domain` is called one. The seed: "A specialized medical-imaging model trained only on X-rays is a domain
    /// model, not a foundation model." Silent on broad training, on fine-tuning a foundation model, and on "trained
    /// only on text / images / public data". The fix writes the catalog's domain kind noun.
    /// </summary>
    internal sealed class TL0006DomainModelCalledFoundation : IRule
    {
        public const string DomainKindShape = "DomainKindModel";

        public string Id => RuleIds.DomainModelCalledFoundation;

        public IReadOnlyList<string> Shapes { get; } = new[] { NarrowTraining.Name, NarrowDomain.ModifierName, NarrowDomain.ComplementName, DomainKindShape };

        public void Check(Sentence s, List<Finding> findings)
        {
            if (s.IsQuestion || s.FoundationTermCount == 0)
            {
                return;
            }

            var domain = s.Catalog.Kind(KindNames.Domain);
            string noun = domain?.NounOrDefault ?? "domain model";
            string plural = domain?.PluralOrDefault ?? "domain models";

            // "… is a domain model" already says it.
            if (s.HasNoun(noun, plural))
            {
                return;
            }

            for (int f = 0; f < s.Count; f++)
            {
                // "If the foundation model is trained only on X-rays…" is hypothetical.
                if (!s.IsFoundationTerm(f) || s[f].IsPossessive || Stance.SubjectIsHypotheticalOrListed(s, f))
                {
                    continue;
                }

                // "ECG foundation models such as X, Y and Z": the named models carry their own classes (TL0002's to judge).
                string? shape = IntroducesNamedModels(s, f) ? null : NarrowTraining.Matches(s, f) ? NarrowTraining.Name : NarrowDomain.Match(s, f);
                if (shape == null)
                {
                    int model = Classification.ClassifiedModel(s, f, out _);
                    shape = model >= 0 && s[model].Model!.Kind.Name == KindNames.Domain ? DomainKindShape : null;
                }

                if (shape != null)
                {
                    var finding = Replacements.ForTerm(s, f, Id, noun, plural, new[] { s.TermTextOf(f), s[f].Term!.IsPlural ? plural : noun, Prose.Articles.For(noun) + " " + noun });
                    finding.Shape = shape;
                    findings.Add(finding);
                }
            }
        }

        [System.ThreadStatic]
        private static List<int>? t_members;

        private static bool IntroducesNamedModels(Sentence s, int f)
        {
            var members = t_members ??= new List<int>();
            members.Clear();
            Lists.After(s, f, members);
            return members.Count > 0;
        }
    }
}
