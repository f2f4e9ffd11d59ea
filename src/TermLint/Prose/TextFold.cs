namespace TermLint.Prose
{
    /// <summary>Character comparison used for matching: hyphen-like marks are one character, case folds on request.</summary>
    internal static class TextFold
    {
        public static char Hyphen(char c) => c switch
        {
            '\u00B7' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2027' or '\u30FB' => '-',
            '\u2019' or '\u02BC' => '\'',
            _ => c,
        };

        public static char Lower(char c)
        {
            // ASCII first: Hyphen() maps only non-ASCII marks, so it can be skipped here.
            if (c < 128)
            {
                return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            }

            c = Hyphen(c);
            if (c < 128)
            {
                return c;
            }

            return char.ToLowerInvariant(c);
        }

        /// <summary>Whether text[start..start+length) equals word, comparing case-insensitively.</summary>
        /// <summary>Whether the word has a letter and no lower-case letter ("LLMS", "GPT-4").</summary>
        public static bool IsAllUpper(string word)
        {
            bool letter = false;
            foreach (char c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letter |= char.IsLetter(c);
            }

            return letter;
        }

        public static bool EqualsIgnoreCase(string text, int start, int length, string word)
        {
            if (length != word.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (Lower(text[start + i]) != Lower(word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether text[start..start+length) equals word exactly (hyphen-like marks still fold).</summary>
        public static bool EqualsExact(string text, int start, int length, string word)
        {
            if (length != word.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (Hyphen(text[start + i]) != Hyphen(word[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A hash of a range, folded for case and hyphens, equal for ranges that compare equal ignoring case.</summary>
        public static int HashIgnoreCase(string text, int start, int length) => ContinueHashIgnoreCase(unchecked((int)2166136261), text, start, length);

        /// <summary>The hash of a range that follows a range whose hash is <paramref name="hash"/>: the hash of both together.</summary>
        public static int ContinueHashIgnoreCase(int hash, string text, int start, int length)
        {
            unchecked
            {
                for (int i = 0; i < length; i++)
                {
                    hash = (hash ^ Lower(text[start + i])) * 16777619;
                }

                return hash;
            }
        }

        /// <summary>A phrase as one line: a term wrapped over two comment lines reads "large language model".</summary>
        public static string CollapseWhitespace(string text, int start, int end)
        {
            bool plain = true;
            for (int i = start; i < end && plain; i++)
            {
                plain = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && i + 1 < end && !char.IsWhiteSpace(text[i + 1]));
            }

            if (plain)
            {
                return text.Substring(start, end - start);
            }

            var builder = new System.Text.StringBuilder(end - start);
            bool space = false;
            for (int i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    space = true;
                    continue;
                }

                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(text[i]);
            }

            return builder.ToString();
        }
    }
}
