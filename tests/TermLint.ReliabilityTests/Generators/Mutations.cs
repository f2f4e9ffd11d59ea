using System;
using System.Linq;
using System.Text;
using CsCheck;
using TermLint.ReliabilityTests.Harness;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>Realistic files from the corpus, broken: text inserted, deleted, duplicated or cut off.</summary>
    internal static class Mutations
    {
        /// <summary>Fragments that unbalance the lexer: quotes, braces, raw-string and comment openers, doc tags.</summary>
        public static readonly string[] Snippets =
        {
            "\"", "\"\"\"", "\"\"\"\"", "@\"", "$\"", "$@\"", "$\"\"\"", "$$\"\"\"", "{", "}", "{{", "}}", "(", ")", "/*", "*/",
            "//", "///", "/**", "<summary>", "</summary>", "<c>", "<see cref=\"", "<!--", "<![CDATA[", "&", "&lt", "\\", "\\u",
            "\\u00", "'", "\n", "\r", "\r\n", "#if X\n", "#endif\n", "#region", "u8", "\0", "\uD800", "\u2028", "\uFEFF", " LLM ",
            " is an LLM", " Whisper ", "LLMs such as Whisper, ", " foundational model ", "{x}", "{$\"", "\"\"\")",
        };

        private static readonly Gen<(int Op, uint Position, int Length, string Snippet)> Mutation =
            Gen.Select(Gen.Int[0, 4], Gen.UInt, Gen.Int[1, 60], Gen.OneOf(Gen.OneOf(Snippets), ProseGen.Piece));

        public static readonly Gen<(int File, (int Op, uint Position, int Length, string Snippet)[] Edits)> Edit =
            Gen.Select(Gen.Int[0, Repository.Corpus.Length - 1], Mutation.Array[1, 8]);

        public static string Apply(string text, (int Op, uint Position, int Length, string Snippet)[] edits)
        {
            var sb = new StringBuilder(text);
            foreach (var (op, position, length, snippet) in edits)
            {
                int at = (int)(position % (uint)(sb.Length + 1));
                int count = Math.Min(length, sb.Length - at);
                switch (op)
                {
                    case 0:
                        sb.Insert(at, snippet);
                        break;
                    case 1:
                        sb.Remove(at, count);
                        break;
                    case 2:
                        sb.Insert(at, sb.ToString(at, count));
                        break;
                    case 3:
                        sb.Remove(at, count).Insert(at, snippet);
                        break;
                    default:
                        sb.Length = Math.Max(at, sb.Length - length * 20);
                        break;
                }
            }

            return sb.ToString();
        }

        public static string Describe((int File, (int Op, uint Position, int Length, string Snippet)[] Edits) edit) =>
            Repository.Corpus[edit.File].Name + " with edits " + string.Join(", ", edit.Edits.Select(e => e.Op + "@" + e.Position + "/" + e.Length + ":" + Fuzz.Literal(e.Snippet)));
    }
}
