using System.Collections.Generic;
using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>A misnomer's repeated model noun, read as part of the misnomer when a sentence is loaded.</summary>
    internal static class RepeatedModelNouns
    {
        /// <summary>
        /// "large learning model models", "LLM models model": after a misnomer that is or should be a "model" phrase,
        /// a further "model" is the same word again, so it belongs to the misnomer. Every rule then reads one term
        /// (TL0007 replaces all of it; TL0001 sees "the LLM model model Cohere Embed" as the term before a model), and
        /// a fix of one rule never uncovers a finding of another. Allocates only for such a repeat.
        /// </summary>
        public static TermInfo Absorb(string text, List<Token> tokens, int first, int end, TermInfo misnomer, ref int count)
        {
            string? replace = misnomer.Entry.Replace;
            bool repeats = EndsWithModelNoun(misnomer.Form) || (replace != null && EndsWithModelNoun(replace));
            int next = first + count;
            if (!repeats || tokens[next - 1].IsPossessive)
            {
                return misnomer;
            }

            int absorbed = 0;
            while (next + absorbed < end && IsModelNoun(text, tokens[next + absorbed]) && !tokens[next + absorbed - 1].IsPossessive)
            {
                absorbed++;
            }

            if (absorbed == 0)
            {
                return misnomer;
            }

            count += absorbed;
            var last = tokens[first + count - 1];
            int lastEnd = last.Start + last.BaseLength;
            bool plural = TextFold.Lower(text[lastEnd - 1]) == 's';
            return new TermInfo(misnomer.Entry, text.Substring(tokens[first].Start, lastEnd - tokens[first].Start), plural);
        }

        private static bool EndsWithModelNoun(string form) =>
            form.EndsWith(" model", System.StringComparison.OrdinalIgnoreCase) || form.EndsWith(" models", System.StringComparison.OrdinalIgnoreCase);

        private static bool IsModelNoun(string text, Token token)
        {
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if ((token.Flags & TokenFlags.Identifier) != 0)
            {
                return false;
            }

            return Lexicon.ModelNouns.Contains(text, token.Start, token.BaseLength);
        }
    }
}
