using System;

namespace TermLint.Prose
{
    internal enum TokenKind : byte
    {
        /// <summary>Letters and digits, with inner hyphens, dots and apostrophes ("DALL-E", "3.1", "LLM's").</summary>
        Word,
        /// <summary>One punctuation character.</summary>
        Punct,
        /// <summary>Text that is not prose: a URL, an e-mail, a `code span`, an interpolation hole, a &lt;c&gt; element.</summary>
        Opaque,
    }

    [Flags]
    internal enum TokenFlags : byte
    {
        None = 0,
        /// <summary>Ends in 's or ’s; <see cref="Token.BaseLength"/> excludes it.</summary>
        Possessive = 1,
        /// <summary>Shaped like code: holds '_' or a dot between letters ("llm.model"), or lower-then-upper inside ("llmCache").</summary>
        Identifier = 2,
        /// <summary>The first token on its line.</summary>
        LineStart = 4,
        /// <summary>An empty line (or a block boundary) comes before it.</summary>
        ParagraphStart = 8,
    }

    /// <summary>One token of prose: a range of the prose text, never a copy of it.</summary>
    internal readonly struct Token
    {
        public Token(int start, int length, TokenKind kind, TokenFlags flags)
            : this(start, length, kind, flags, 0, 0)
        {
        }

        /// <param name="hash">For a word: <see cref="TextFold.HashIgnoreCase"/> of its text.</param>
        /// <param name="baseHash">For a word: the same of its text without a possessive ending.</param>
        public Token(int start, int length, TokenKind kind, TokenFlags flags, int hash, int baseHash)
        {
            Start = start;
            Length = length;
            Kind = kind;
            Flags = flags;
            Hash = hash;
            BaseHash = baseHash;
        }

        /// <summary>
        /// For a word, its case-folded hash, taken once by the tokenizer: every phrase list looks a word up by it, so
        /// no list hashes the word again.
        /// </summary>
        public int Hash { get; }

        /// <summary>The hash of the word without its possessive ending (equal to <see cref="Hash"/> without one).</summary>
        public int BaseHash { get; }

        public int Start { get; }
        public int Length { get; }
        public TokenKind Kind { get; }
        public TokenFlags Flags { get; }

        public int End => Start + Length;
        public bool IsWord => Kind == TokenKind.Word;
        public bool IsPossessive => (Flags & TokenFlags.Possessive) != 0;
        public bool IsIdentifier => (Flags & TokenFlags.Identifier) != 0;

        /// <summary>The length without a possessive ending.</summary>
        public int BaseLength => IsPossessive ? Length - 2 : Length;
    }
}
