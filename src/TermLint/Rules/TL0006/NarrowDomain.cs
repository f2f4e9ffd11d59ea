using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// The foundation term is tied to one narrow domain of data from the catalog's <c>narrow-domains</c> list: as a
    /// modifier ("a chest X-ray foundation model", "a mammography vision-language foundation model") or in a short
    /// complement ("a foundation model for retinal OCT images", "pretrained a foundation model on chest radiographs").
    /// Silent where the sentence adapts or uses a foundation model ("we fine-tune a foundation model on chest X-rays":
    /// adapting a broad model to a domain is what foundation models are for), and where the claim is negated.
    /// </summary>
    internal static class NarrowDomain
    {
        public const string ModifierName = "DomainModifier";
        public const string ComplementName = "DomainComplement";

        /// <summary>How many words before the term a domain modifier may sit ("chest X-ray vision-language foundation model").</summary>
        private const int ModifierReach = 4;

        /// <summary>How many words of a complement are read after "for", "on" or "in".</summary>
        private const int ComplementReach = 4;

        /// <summary>The shape that ties the term at <paramref name="f"/> to a narrow domain, or null.</summary>
        public static string? Match(Sentence s, int f)
        {
            int start = NounPhrases.Start(s, f, out _, maxWords: ModifierReach);
            if (s.IsNegation(start - 1) || Stance.IsContrasted(s, start))
            {
                return null;
            }

            for (int k = f - 1; k >= start; k--)
            {
                if (s.IsListed(k, s.Catalog.NarrowDomains))
                {
                    return ModifierName;
                }
            }

            return HasDomainComplement(s, f) && !IsAdapted(s, start) ? ComplementName : null;
        }

        private static bool HasDomainComplement(Sentence s, int f)
        {
            int i = f + 1;
            if (!(s.Is(i, "for") || s.Is(i, "on") || s.Is(i, "in")))
            {
                return false;
            }

            for (int k = i + 1; k <= i + ComplementReach && s.InRange(k); k++)
            {
                if (s.IsListed(k, s.Catalog.NarrowDomains))
                {
                    return true;
                }

                if (!s.IsWord(k) && !s.IsPunct(k, '-'))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>"we fine-tune a foundation model on…", "using a foundation model for…": a verb of use before the phrase.</summary>
        private static bool IsAdapted(Sentence s, int start)
        {
            for (int k = start - 1; k >= 0 && start - k <= 3; k--)
            {
                if (s.IsListed(k, s.Catalog.AdaptationVerbs))
                {
                    return true;
                }

                if (!s.IsWord(k))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
