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

        /// <summary>Words besides the finding that make quoted text a clause rather than a label: "“Some LLM models support tools.”"</summary>
        private const int ClauseWords = 3;

        /// <summary>
        /// Whether the quotes around [at, after) hold a clause besides it: "“LLM's are expensive,” she said" quotes a
        /// sentence, while "the “LLMS” tab" and "the “LLM model settings” page" quote a label or a word named.
        /// </summary>
        public static bool HoldsClause(string text, List<Token> tokens, int first, int end, int at, int after)
        {
            int open = -1;
            bool inside = false;
            for (int i = first; i < end && tokens[i].Start < at; i++)
            {
                if (tokens[i].Kind != TokenKind.Punct)
                {
                    continue;
                }

                char c = text[tokens[i].Start];
                if (c == '"' || c == '\u201C' || c == '\u201D')
                {
                    inside = c == '"' ? !inside : c == '\u201C';
                    open = inside ? i : -1;
                }
            }

            int words = 0;
            for (int i = open + 1; open >= 0 && i < end && words < ClauseWords; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Punct && (text[token.Start] == '"' || text[token.Start] == '\u201D'))
                {
                    break;
                }

                words += token.Kind == TokenKind.Word && (token.Start < at || token.Start >= after) ? 1 : 0;
            }

            return words >= ClauseWords;
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
