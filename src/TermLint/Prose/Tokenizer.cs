using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>
    /// Splits prose into words, punctuation and opaque runs (URLs, e-mail addresses, `code spans`, placeholders).
    /// Tokens are ranges of the input; nothing is copied. A word keeps inner hyphens, dots, apostrophes and
    /// underscores ("DALL-E", "Llama 3.1" is two words, "Whisper-to-LLM" is one), so a compound never matches a
    /// model or a term by one of its parts.
    /// </summary>
    internal static class Tokenizer
    {
        /// <summary>Stands for text that is not prose (an interpolation hole, a &lt;c&gt; element): one opaque token.</summary>
        public const char Placeholder = '\uFFFC';

        public static void Tokenize(string text, int start, int end, List<Token> tokens, System.Threading.CancellationToken cancellationToken = default)
        {
            int i = start;
            int newlines = 0;
            bool lineStart = true;
            int steps = 0;
            while (i < end)
            {
                // Prose can be megabytes long (one huge comment block): stay cancellable.
                if ((++steps & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                char c = text[i];
                if (c == '\n')
                {
                    newlines++;
                    lineStart = true;
                    i++;
                    continue;
                }

                if (char.IsWhiteSpace(c) || IsInvisible(c))
                {
                    i++;
                    continue;
                }

                var flags = TokenFlags.None;
                if (lineStart)
                {
                    flags |= TokenFlags.LineStart;
                }

                if (newlines >= 2 || tokens.Count == 0)
                {
                    flags |= TokenFlags.ParagraphStart;
                }

                newlines = 0;
                lineStart = false;

                int opaqueEnd = OpaqueRuns.End(text, i, end);
                if (opaqueEnd > i)
                {
                    tokens.Add(new Token(i, opaqueEnd - i, TokenKind.Opaque, flags));
                    i = opaqueEnd;
                    continue;
                }

                if (IsWordChar(c))
                {
                    int wordEnd = WordEnd(text, i, end);
                    int emailEnd = OpaqueRuns.EmailOrPathEnd(text, i, wordEnd, end);
                    if (emailEnd > wordEnd)
                    {
                        tokens.Add(new Token(i, emailEnd - i, TokenKind.Opaque, flags));
                        i = emailEnd;
                        continue;
                    }

                    flags |= WordFlags(text, i, wordEnd);
                    int baseEnd = (flags & TokenFlags.Possessive) != 0 ? wordEnd - 2 : wordEnd;
                    int baseHash = TextFold.HashIgnoreCase(text, i, baseEnd - i);
                    int hash = baseEnd == wordEnd ? baseHash : TextFold.ContinueHashIgnoreCase(baseHash, text, baseEnd, wordEnd - baseEnd);
                    tokens.Add(new Token(i, wordEnd - i, TokenKind.Word, flags, hash, baseHash));
                    i = wordEnd;
                    continue;
                }

                // A surrogate pair is one punctuation token, never split.
                int length = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(i, length, TokenKind.Punct, flags));
                i += length;
            }
        }

        /// <summary>Whether the text holds at least one word (used to validate catalog values).</summary>
        public static bool HasWord(string text)
        {
            foreach (char c in text)
            {
                if (IsWordChar(c))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsWordChar(char c)
        {
            // ASCII first: a letter or a digit, without the Unicode category lookup (no ASCII char is a mark).
            if (c < 128)
            {
                return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
            }

            return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
        }

        private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E';

        private static bool IsInnerConnector(char c) => c is '-' or '\u2010' or '\u2011' or '\u00B7' or '.' or '_' or '\'' or '\u2019' or '+';

        private static int WordEnd(string text, int i, int end)
        {
            i++;
            while (i < end)
            {
                char c = text[i];
                if (IsWordChar(c))
                {
                    i++;
                    continue;
                }

                // A connector joins two word characters ("DALL-E", "3.1", "LLM's"); '+' only ends a word ("Command R+").
                if (c == '+')
                {
                    i++;
                    while (i < end && text[i] == '+')
                    {
                        i++;
                    }

                    break;
                }

                if (IsInnerConnector(c) && i + 1 < end && IsWordChar(text[i + 1]))
                {
                    i += 2;
                    continue;
                }

                // "12,000": a comma between digits groups thousands.
                if (c == ',' && char.IsDigit(text[i - 1]) && i + 3 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
                {
                    i += 4;
                    continue;
                }

                break;
            }

            return i;
        }

        private static TokenFlags WordFlags(string text, int start, int end)
        {
            var flags = TokenFlags.None;
            int length = end - start;
            if (length >= 3 && (text[end - 1] == 's' || text[end - 1] == 'S') && (text[end - 2] == '\'' || text[end - 2] == '\u2019'))
            {
                flags |= TokenFlags.Possessive;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '_')
                {
                    return flags | TokenFlags.Identifier;
                }

                if (c == '.' && i > start && char.IsLetter(text[i - 1]) && i + 1 < end && char.IsLetter(text[i + 1]))
                {
                    return flags | TokenFlags.Identifier;
                }

                // "llmCache", "LlmTornado": a lower-case letter followed by an upper-case one is code, not prose.
                if (i > start && char.IsUpper(c) && char.IsLower(text[i - 1]) && !(i >= start + 2 && text[i - 2] == '-'))
                {
                    // "AlphaFold", "OpenAI", "DeepSeek" are real names: camel case alone is not code. Only a
                    // lower-case first letter ("llmCache", "whisperClient") marks an identifier.
                    if (char.IsLower(text[start]))
                    {
                        return flags | TokenFlags.Identifier;
                    }
                }
            }

            return flags;
        }
    }
}
