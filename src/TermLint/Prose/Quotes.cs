using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>
    /// Whether a position of a sentence lies inside double quotes ("…" or “…”) that close later in the same sentence:
    /// a claim in quotes is a mention, not a use. Quotes in prose only; a string literal's own delimiters are not
    /// part of its prose.
    /// </summary>
    internal static class Quotes
    {
        /// <summary>Whether offset <paramref name="at"/> is inside quotes opened in tokens[first..] and closed after <paramref name="after"/>.</summary>
        public static bool Encloses(string text, List<Token> tokens, int first, int end, int at, int after)
        {
            bool inside = false;
            for (int i = first; i < end && tokens[i].Start < at; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Punct)
                {
                    continue;
                }

                char c = text[token.Start];
                if (c == '"')
                {
                    inside = !inside;
                }
                else if (c == '\u201C')
                {
                    inside = true;
                }
                else if (c == '\u201D')
                {
                    inside = false;
                }
            }

            return inside && ClosesLater(text, tokens, after, end);
        }

        private static bool ClosesLater(string text, List<Token> tokens, int after, int end)
        {
            for (int i = end - 1; i >= 0 && tokens[i].Start >= after; i--)
            {
                char c = text[tokens[i].Start];
                if (tokens[i].Kind == TokenKind.Punct && (c == '"' || c == '\u201D'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
