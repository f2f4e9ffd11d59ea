using TermLint.Catalog;

namespace TermLint.Rules
{
    internal enum ElementKind : byte
    {
        Word,
        Punct,
        Opaque,
        Model,
        Term,
    }

    /// <summary>One unit of a sentence for the rules: a plain token, or a catalog match spanning several tokens.</summary>
    internal readonly struct Element
    {
        public Element(ElementKind kind, int firstToken, int lastToken, int start, int end, object? target, bool possessive, bool joined = false, bool apostrophePlural = false)
        {
            IsJoined = joined;
            IsApostrophePlural = apostrophePlural;
            Kind = kind;
            FirstToken = firstToken;
            LastToken = lastToken;
            Start = start;
            End = end;
            Target = target;
            IsPossessive = possessive;
        }

        public ElementKind Kind { get; }
        public int FirstToken { get; }
        public int LastToken { get; }
        /// <summary>Offset of the first character in the prose text.</summary>
        public int Start { get; }
        /// <summary>Offset after the last character, possessive ending included.</summary>
        public int End { get; }
        public object? Target { get; }
        public bool IsPossessive { get; }

        /// <summary>A term joined to a modifier in one word ("audio-LLMs"): read as the term, never replaced by a fix.</summary>
        public bool IsJoined { get; }

        /// <summary>
        /// "LLM's" written as a plural ("many LLM's", "LLM's like Claude"): read by every rule as the plural term, not
        /// as a possessive; its span keeps the "'s" so that a fix replaces it too.
        /// </summary>
        public bool IsApostrophePlural { get; }

        public ModelInfo? Model => Target as ModelInfo;
        public TermInfo? Term => Target as TermInfo;
    }
}
