namespace TermLint.Prose
{
    /// <summary>
    /// Read access to characters, for the few scanners that run over both strings and reused buffers. Generic code
    /// constrained to a struct of this interface is compiled once per source type, so the reads are as cheap as on a
    /// string or an array directly.
    /// </summary>
    internal interface IChars
    {
        char this[int index] { get; }
    }

    internal readonly struct StringChars : IChars
    {
        private readonly string _text;

        public StringChars(string text) => _text = text;

        public char this[int index] => _text[index];
    }

    internal readonly struct ArrayChars : IChars
    {
        private readonly char[] _text;

        public ArrayChars(char[] text) => _text = text;

        public char this[int index] => _text[index];
    }
}
