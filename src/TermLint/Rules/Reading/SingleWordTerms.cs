using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    /// <summary>Terms the phrase matcher cannot see because they share one word with something else.</summary>
    internal sealed partial class Sentence
    {
        /// <summary>
        /// A term in one word that the phrase matcher does not see: joined to a modifier ("audio-LLMs"), or a
        /// lower-case "llm's" ("many llm's": an apostrophe never sits in an identifier, so it is the term in prose).
        /// </summary>
        private static TermInfo? SingleWordTerm(string text, Token token, CompiledCatalog catalog, out bool joined)
        {
            var found = JoinedTerm(text, token, catalog);
            joined = found != null;
            if (!joined && token.IsPossessive && token.BaseLength == 3 && TextFold.EqualsIgnoreCase(text, token.Start, 3, "llm"))
            {
                found = catalog.LlmSingular;
            }

            return found;
        }

        /// <summary>Modifiers that make a joined word something other than a kind of LLM: "pre-LLM", "non-LLM", "multi-LLM".</summary>
        private static readonly WordSet NotKindPrefixes = new WordSet("pre", "post", "non", "anti", "multi", "sub", "pro", "un", "de", "co", "per", "cross", "inter", "intra");

        /// <summary>"audio-LLMs", "closed-LLM": one word of letters, a hyphen, and the LLM term as written.</summary>
        private static TermInfo? JoinedTerm(string text, Token token, CompiledCatalog catalog)
        {
            int end = token.End;
            bool plural = end - token.Start > 5 && text[end - 1] == 's';
            int suffix = end - (plural ? 4 : 3);
            if (suffix - 2 < token.Start || text[suffix - 1] != '-' || string.CompareOrdinal(text, suffix, "LLM", 0, 3) != 0)
            {
                return null;
            }

            for (int k = token.Start; k < suffix - 1; k++)
            {
                if (!char.IsLetter(text[k]))
                {
                    return null;
                }
            }

            return NotKindPrefixes.Contains(text, token.Start, suffix - 1 - token.Start) ? null : (plural ? catalog.LlmPlural : catalog.LlmSingular);
        }
    }
}
