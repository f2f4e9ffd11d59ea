namespace TermLint.Rules
{
    /// <summary>
    /// Which single model a term classifies, through one of the named shapes, tried in order; the first that matches
    /// (or vetoes) decides. Shared by TL0001 (non-language models called LLMs), TL0005 (multimodal models called only
    /// LLMs) and TL0006 (domain models called foundation models). Mere co-occurrence classifies nothing.
    /// </summary>
    internal static class Classification
    {
        /// <summary>Every shape, in the order they are tried; the rule pages list them under these names.</summary>
        public static readonly ClassShape[] Shapes =
        {
            ModelBeforeTerm.Instance,
            VersionedModelBeforeTerm.Instance,
            TermBeforeModel.Instance,
            CopulaClass.Instance,
            TermIsModel.Instance,
            Apposition.Instance,
            TermThenModelInCommas.Instance,
            SettingValue.Instance,
            ParenthesizedClass.Instance,
            NamedByTerm.Instance,
            SingleListMember.Instance,
            LikeOtherTerms.Instance,
        };

        public static readonly string[] ShapeNames = NamesOf(Shapes);

        private static string[] NamesOf(ClassShape[] shapes)
        {
            var names = new string[shapes.Length];
            for (int i = 0; i < shapes.Length; i++)
            {
                names[i] = shapes[i].Name;
            }

            return names;
        }

        /// <summary>The model that the term at <paramref name="t"/> classifies, or -1; <paramref name="shape"/> says how.</summary>
        public static int ClassifiedModel(Sentence s, int t, out ClassShape? shape)
        {
            var term = new TermAt(s, t);
            if (term.FollowsNoun)
            {
                shape = null;
                return -1;
            }

            foreach (var candidate in Shapes)
            {
                int model = candidate.Match(s, term);
                if (model == ClassShape.Veto)
                {
                    break;
                }

                if (model >= 0)
                {
                    shape = candidate;
                    return model;
                }
            }

            shape = null;
            return -1;
        }
    }
}
