using System.Collections.Generic;

namespace TermLint.Prose
{
    /// <summary>
    /// Where sentences begin and end in a token list: '.', '!', '?' or ';' end one (not the dot of "e.g." or of
    /// "3.1"), and a paragraph break or a bullet at the start of a line begins one.
    /// </summary>
    internal static class SentenceBoundaries
    {
        /// <summary>A paragraph break, or a bullet at the start of a line, begins a sentence.</summary>
        public static bool StartsNewSentence(string text, List<Token> tokens, int i)
        {
            var token = tokens[i];
            if ((token.Flags & TokenFlags.ParagraphStart) != 0)
            {
                return true;
            }

            if ((token.Flags & TokenFlags.LineStart) != 0 && token.Kind == TokenKind.Punct)
            {
                char c = text[token.Start];
                return c == '-' || c == '*' || c == '\u2022' || c == '+' || c == '#' || c == '|';
            }

            return false;
        }

        /// <summary>'.', '!', '?' or ';' ends a sentence, except the dot of an abbreviation ("e.g.", "etc.").</summary>
        public static bool EndsSentence(string text, List<Token> tokens, int i)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punct)
            {
                return false;
            }

            char c = text[token.Start];
            if (c == '!' || c == '?' || c == ';')
            {
                return true;
            }

            if (c != '.')
            {
                return false;
            }

            if (i > 0)
            {
                var before = tokens[i - 1];
                if (before.Kind == TokenKind.Word && before.End == token.Start && Lexicon.Abbreviations.Contains(text, before.Start, before.Length))
                {
                    return false;
                }
            }

            // "3.1" and "llm.model" are one word already; a dot followed directly by a letter is not a full stop.
            return i + 1 >= tokens.Count || tokens[i + 1].Start > token.End;
        }
    }
}
