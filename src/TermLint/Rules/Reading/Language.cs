using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>
    /// Whether a sentence is in another language than English, decided per sentence and cheaply: by counting the
    /// catalog's function words of other languages ("und", "nous", "para") against English ones. Translated docs mix
    /// languages file by file and even line by line, so neither a path nor front matter decides it.
    /// </summary>
    internal static class Language
    {
        /// <summary>Fewer foreign function words than this never make a sentence foreign ("the Große model" stays English).</summary>
        private const int MinimumForeignWords = 2;

        public static bool IsOtherLanguage(Sentence s)
        {
            int foreign = 0, english = 0;
            for (int i = 0; i < s.Count; i++)
            {
                if (!s.IsWord(i))
                {
                    continue;
                }

                if (s.Is(i, Lexicon.EnglishFunctionWords))
                {
                    english++;
                }
                else if (s.IsListed(i, s.Catalog.OtherLanguages))
                {
                    foreign++;
                }
            }

            return foreign >= MinimumForeignWords && foreign > english;
        }
    }
}
