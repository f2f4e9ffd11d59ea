namespace TermLint.Prose
{
    /// <summary>Chooses "a" or "an" for the word that follows, by how it is spoken.</summary>
    internal static class Articles
    {
        public static string For(string phrase)
        {
            if (string.IsNullOrEmpty(phrase))
            {
                return "a";
            }

            int end = 0;
            while (end < phrase.Length && phrase[end] != ' ' && phrase[end] != '-')
            {
                end++;
            }

            string word = phrase.Substring(0, end);
            if (word.Length == 0)
            {
                return "a";
            }

            // An acronym is spelled out: "an LLM", "an SDK", "a GPU".
            if (word.Length > 1 && TextFold.IsAllUpper(word))
            {
                return "AEFHILMNORSX".IndexOf(word[0]) >= 0 ? "an" : "a";
            }

            string lower = word.ToLowerInvariant();
            foreach (string prefix in ConsonantSoundVowels)
            {
                if (lower.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    return "a";
                }
            }

            foreach (string prefix in SilentH)
            {
                if (lower.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    return "an";
                }
            }

            return "aeiou".IndexOf(lower[0]) >= 0 ? "an" : "a";
        }

        private static readonly string[] ConsonantSoundVowels = { "uni", "use", "usu", "uti", "uro", "eu", "one", "once", "ubi" };
        private static readonly string[] SilentH = { "hour", "honest", "honor", "honour", "heir" };

        /// <summary>Whether the word is the indefinite article.</summary>
        public static bool IsIndefinite(string text, int start, int length) =>
            TextFold.EqualsIgnoreCase(text, start, length, "a") || TextFold.EqualsIgnoreCase(text, start, length, "an");
    }

    /// <summary>Plurals and case of replacement phrases.</summary>
    internal static class Inflection
    {
        public static string PluralOf(string noun)
        {
            if (noun.EndsWith("s", System.StringComparison.Ordinal) || noun.EndsWith("x", System.StringComparison.Ordinal))
            {
                return noun + "es";
            }

            return noun + "s";
        }

        /// <summary>
        /// Writes the replacement in the case of the text it replaces: lower case stays lower, a capitalised first
        /// word (a sentence start) capitalises the replacement, Title Case stays Title Case, an all-caps acronym
        /// ("LLM") in running text becomes the replacement as written, or capitalised at a sentence start.
        /// </summary>
        public static string MatchCase(string original, string replacement, bool sentenceStart)
        {
            if (replacement.Length == 0 || original.Length == 0)
            {
                return replacement;
            }

            // "LARGE LANGUAGE MODEL", "FOUNDATIONAL MODELS": shouted text stays shouted (an acronym alone does not).
            if (original.IndexOf(' ') > 0 && original.ToUpperInvariant() == original && original.ToLowerInvariant() != original)
            {
                return replacement.ToUpperInvariant();
            }

            // Title Case mid-sentence ("a Foundational Model") is itself a form error (TL0007), so a fix writes the
            // common noun; only a sentence start keeps its capital.
            bool firstUpper = char.IsUpper(original[0]);
            bool acronym = original.Length > 1 && char.IsUpper(original[1]);
            bool title = !acronym && original.IndexOf(' ') > 0 && IsTitleCase(original);
            if (sentenceStart && (firstUpper || title))
            {
                return Capitalize(replacement);
            }

            if (firstUpper && !acronym && !title)
            {
                return Capitalize(replacement);
            }

            return replacement;
        }

        public static string Capitalize(string text) =>
            text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static bool IsTitleCase(string text)
        {
            bool wordStart = true;
            foreach (char c in text)
            {
                if (c == ' ')
                {
                    wordStart = true;
                    continue;
                }

                if (wordStart && char.IsLetter(c) && !char.IsUpper(c))
                {
                    return false;
                }

                wordStart = false;
            }

            return true;
        }
    }
}
