namespace TermLint.Prose
{
    /// <summary>
    /// Runs of prose text that are not prose and become one opaque token: URLs, e-mail addresses, paths,
    /// `code spans` and placeholders (an interpolation hole, a &lt;c&gt; element).
    /// </summary>
    internal static class OpaqueRuns
    {
        /// <summary>The end of a URL, a `code span` or a placeholder starting at i, or i when none starts there.</summary>
        public static int End(string text, int i, int end)
        {
            char c = text[i];
            if (c == Tokenizer.Placeholder)
            {
                return i + 1;
            }

            if (c == '`')
            {
                int ticks = 1;
                while (i + ticks < end && text[i + ticks] == '`')
                {
                    ticks++;
                }

                int close = IndexOfRun(text, '`', ticks, i + ticks, end);
                return close < 0 ? i + ticks : close + ticks;
            }

            if ((c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W') && LooksLikeUrl(text, i, end))
            {
                int j = i;
                while (j < end && !char.IsWhiteSpace(text[j]) && text[j] != '"' && text[j] != '<' && text[j] != '>' && text[j] != ')' && text[j] != Tokenizer.Placeholder)
                {
                    j++;
                }

                // A sentence's full stop or comma after a URL is punctuation, not part of it.
                while (j > i + 1 && (text[j - 1] == '.' || text[j - 1] == ',' || text[j - 1] == ';' || text[j - 1] == ':'))
                {
                    j--;
                }

                return j;
            }

            return i;
        }

        private static bool LooksLikeUrl(string text, int i, int end)
        {
            int limit = System.Math.Min(end, i + 12);
            for (int j = i; j + 2 < limit; j++)
            {
                char c = text[j];
                if (c == ':' && text[j + 1] == '/' && text[j + 2] == '/')
                {
                    return true;
                }

                if (!char.IsLetter(c))
                {
                    break;
                }
            }

            return i + 4 <= end && (text[i] == 'w' || text[i] == 'W') && TextFold.EqualsIgnoreCase(text, i, 4, "www.");
        }

        /// <summary>An e-mail address ("a@b.c") or a path ("docs/whisper-llm", "src\\llm") that starts as a word.</summary>
        public static int EmailOrPathEnd(string text, int start, int wordEnd, int end)
        {
            if (wordEnd >= end || wordEnd + 1 >= end)
            {
                return wordEnd;
            }

            char c = text[wordEnd];
            if ((c == '@' || c == '\\') && Tokenizer.IsWordChar(text[wordEnd + 1]))
            {
                int j = wordEnd + 1;
                while (j < end && (Tokenizer.IsWordChar(text[j]) || text[j] is '.' or '-' or '_' or '@' or '\\' or '/'))
                {
                    j++;
                }

                while (j > wordEnd && text[j - 1] == '.')
                {
                    j--;
                }

                return j;
            }

            // "path/to/file.md": a slash between words followed by another slash or a file extension is a path.
            if (c == '/' && Tokenizer.IsWordChar(text[wordEnd + 1]))
            {
                int j = wordEnd + 1;
                bool pathLike = false;
                while (j < end && (Tokenizer.IsWordChar(text[j]) || text[j] is '.' or '-' or '_' or '/'))
                {
                    if (text[j] == '/' || (text[j] == '.' && j + 1 < end && char.IsLetter(text[j + 1])))
                    {
                        pathLike = true;
                    }

                    j++;
                }

                if (pathLike)
                {
                    while (j > wordEnd && text[j - 1] == '.')
                    {
                        j--;
                    }

                    return j;
                }
            }

            return wordEnd;
        }

        private static int IndexOfRun(string text, char c, int count, int from, int end)
        {
            for (int i = from; i + count <= end; i++)
            {
                if (text[i] != c)
                {
                    continue;
                }

                int run = 0;
                while (i + run < end && text[i + run] == c)
                {
                    run++;
                }

                if (run == count)
                {
                    return i;
                }

                i += run - 1;
            }

            return -1;
        }
    }
}
