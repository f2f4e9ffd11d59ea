using System.Linq;
using System.Text;
using CsCheck;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>Catalog text from well-formed to garbage: real keys with hostile values, broken headers, binary bytes.</summary>
    internal static class CatalogGen
    {
        private static readonly Gen<string> Word = Gen.OneOf(
            Gen.OneOf(Vocabulary.ModelAliases), Gen.OneOf(Vocabulary.TermForms), Gen.OneOf(Vocabulary.Glue),
            Gen.OneOf(Vocabulary.Punctuation), Gen.OneOf(Vocabulary.Unicode), Gen.OneOf("", " ", "|", "=", "[", "]", "#", ";", "yes", "no", "image", "audio", "llm", "misnomer", "foundation", "language-model", "TL0001", "TL0003", "exact", "any", "auto"));

        private static readonly Gen<string> Value = Word.Array[0, 5].Select(words => string.Join(Pick(words.Length), words));

        private static readonly Gen<string> Line = Gen.Frequency(
            (3, Gen.Select(Gen.OneOf("kind", "model", "term", "words", "mode", "", "model model"), Value, (type, name) => "[" + type + " " + name + "]")),
            (8, Gen.Select(Gen.OneOf("noun", "plural", "label", "language", "multimodal", "kind", "aliases", "case", "vendor", "enabled", "role", "forms", "replace", "rule", "words", "source", "flag", "pass", "", " "), Value, (key, value) => key + " = " + value)),
            (1, Value),
            (1, Gen.Char.Array[0, 40].Select(chars => new string(chars))),
            (1, Gen.Byte.Array[0, 60].Select(bytes => Encoding.UTF8.GetString(bytes))),
            (1, Gen.Byte.Array[0, 60].Select(bytes => Encoding.Latin1.GetString(bytes))));

        public static readonly Gen<string> Text = Gen.Select(Line.Array[0, 30], Gen.OneOf("\n", "\r\n", "\r"), (lines, newline) => string.Join(newline, lines));

        private static string Pick(int n) => n % 3 == 0 ? " | " : n % 3 == 1 ? " " : "|";
    }
}
