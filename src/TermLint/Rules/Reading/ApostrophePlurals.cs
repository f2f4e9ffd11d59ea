using TermLint.Catalog;
using TermLint.Prose;

namespace TermLint.Rules
{
    internal sealed partial class Sentence
    {
        /// <summary>
        /// "Kandinsky and Grok LLM's": an "LLM's" used as a plural is the plural term for every rule, so that TL0002
        /// sees the group before TL0007's fix writes "LLMs" (a fix must not uncover a finding the first pass missed).
        /// </summary>
        private void ReadApostrophePlurals()
        {
            for (int i = 0; i < _elements.Count; i++)
            {
                var e = _elements[i];
                if (e.Kind != ElementKind.Term || !e.IsPossessive || e.Term!.Role != TermRole.Llm || e.Term.IsPlural || !ApostrophePlural.IsPluralUse(this, i))
                {
                    continue;
                }

                var plural = Catalog.LlmPlural ?? e.Term;
                _elements[i] = new Element(ElementKind.Term, e.FirstToken, e.LastToken, e.Start, e.End, plural, false, e.IsJoined, apostrophePlural: true);
            }
        }
    }

    /// <summary>"LLM's" as a plural: "many LLM's", "LLM's are…", "LLM's like Claude", "support for LLM's."</summary>
    internal static class ApostrophePlural
    {
        public static bool IsPluralUse(Sentence s, int t)
        {
            // "LLM's such as ChatGPT": a list of examples follows a plural.
            if (s.Is(t - 1, Lexicon.PluralQuantifiers) || IsNumber(s, t - 1) || s.Is(t + 1, Lexicon.PluralVerbs) || s.StartsPhrase(t + 1, Lexicon.SuchAs))
            {
                return true;
            }

            // A possessive is followed by what it owns; "LLM's like Claude", "the LLM's in the registry" are plurals.
            if (s.Is(t + 1, Lexicon.PhraseBreakers) && !s.Is(t + 1, "is") && !s.Is(t + 1, "was") && !s.Is(t + 1, "not") && !s.Is(t + 1, "and") && !s.Is(t + 1, "or"))
            {
                return true;
            }

            // "support for LLM's." — nothing owned follows, and no article asks for a singular owner.
            bool nothingFollows = !s.InRange(t + 1) || (s.IsPunct(t + 1) && !s.IsPunct(t + 1, '"'));
            return nothingFollows && !s.Is(t - 1, Lexicon.Possessors);
        }

        private static bool IsNumber(Sentence s, int i)
        {
            if (!s.IsWord(i))
            {
                return false;
            }

            var e = s[i];
            for (int k = e.Start; k < e.End; k++)
            {
                if (!char.IsDigit(s.Text[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }

}
