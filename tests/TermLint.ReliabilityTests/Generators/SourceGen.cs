using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>Every place TermLint reads prose from.</summary>
    public enum SourceKind
    {
        LineComment,
        BlockComment,
        DocLines,
        DocBlock,
        PlainTripleSlash,
        RegularString,
        VerbatimString,
        RawSingleLine,
        RawMultiLine,
        Interpolated,
        InterpolatedVerbatim,
        InterpolatedRaw,
        NestedInterpolation,
        Utf8String,
    }

    /// <summary>A generated C# file and how to parse it.</summary>
    internal sealed class GeneratedSource
    {
        public GeneratedSource(string text, DocumentationMode mode, string description)
        {
            Text = text;
            Mode = mode;
            Description = description;
        }

        public string Text { get; }
        public DocumentationMode Mode { get; }
        public string Description { get; }

        public override string ToString() => Description + " (" + Mode + "): " + Harness.Fuzz.Literal(Text);
    }

    /// <summary>Places generated prose in a C# file, encoded as each source kind requires (or, sometimes, wrongly).</summary>
    internal static class SourceGen
    {
        private static readonly Gen<SourceKind> Kind = Gen.Enum<SourceKind>();

        public static readonly Gen<GeneratedSource> Source = Gen.Select(
            Gen.Select(ProseGen.Prose, Kind).Array[1, 4],
            Gen.Bool,
            Gen.UInt,
            (pieces, parseDocs, style) => Build(pieces, parseDocs ? DocumentationMode.Diagnose : DocumentationMode.None, style));

        /// <summary>Sources whose prose is a conflation, so most inputs carry a fixable diagnostic.</summary>
        public static readonly Gen<GeneratedSource> Fixable = Gen.Select(
            Gen.Select(Gen.Select(ProseGen.Prose, ProseGen.Conflation, ProseGen.Prose, (a, b, c) => a + " " + b + " " + c), Kind).Array[1, 3],
            Gen.Bool,
            Gen.UInt,
            (pieces, parseDocs, style) => Build(pieces, parseDocs ? DocumentationMode.Diagnose : DocumentationMode.None, style));

        /// <summary>Builds the file; <paramref name="style"/> seeds the encoding choices, and 0 puts interpolation holes only at the end.</summary>
        public static GeneratedSource Build((string Prose, SourceKind Kind)[] pieces, DocumentationMode mode, uint style)
        {
            var random = style == 0 ? null : new Random(unchecked((int)style));
            var members = new StringBuilder();
            var leading = new StringBuilder();
            int n = 0;
            foreach (var (prose, kind) in pieces)
            {
                string place = Place(prose, kind, random, n++);
                if (kind <= SourceKind.PlainTripleSlash)
                {
                    leading.Append(place);
                    members.Append(place).Append("        public int P").Append(n).Append(" { get; }\n");
                }
                else
                {
                    members.Append("        public object F").Append(n).Append(" = ").Append(place).Append(";\n");
                }
            }

            string text = "using System;\n\n" + leading + "namespace Fuzz\n{\n    public class Sample\n    {\n        private int x = 1, y = 2;\n" + members + "    }\n}\n";
            return new GeneratedSource(text, mode, string.Join(", ", pieces.Select(p => p.Kind)));
        }

        private static string Place(string prose, SourceKind kind, Random? random, int n)
        {
            switch (kind)
            {
                case SourceKind.LineComment:
                    return string.Concat(Lines(prose).Select(l => "        // " + l + "\n"));
                case SourceKind.BlockComment:
                    return "        /* " + prose.Replace("*/", "* /") + " */\n";
                case SourceKind.DocLines:
                    return "        /// <summary>\n" + string.Concat(Lines(Xml(prose, random)).Select(l => "        /// " + l + "\n")) + "        /// </summary>\n";
                case SourceKind.DocBlock:
                    return "        /** <summary>" + Xml(prose, random).Replace("*/", "* /") + "</summary> */\n";
                case SourceKind.PlainTripleSlash:
                    return string.Concat(Lines(prose).Select(l => "        /// " + l + "\n"));
                case SourceKind.RegularString:
                    return "\"" + EscapeRegular(prose, random, interpolated: false) + "\"";
                case SourceKind.Utf8String:
                    return "\"" + EscapeRegular(prose, random, interpolated: false) + "\"u8.ToArray()";
                case SourceKind.VerbatimString:
                    return "@\"" + prose.Replace("\"", "\"\"") + "\"";
                case SourceKind.RawSingleLine:
                {
                    string line = string.Join(" ", Lines(prose));
                    string quotes = Quotes(line);
                    return quotes + " " + line + " " + quotes;
                }

                case SourceKind.RawMultiLine:
                {
                    string quotes = Quotes(prose);
                    return quotes + "\n" + string.Concat(Lines(prose).Select(l => "            " + l + "\n")) + "            " + quotes;
                }

                case SourceKind.Interpolated:
                    return "$\"" + WithHoles(EscapeRegular(prose, random, interpolated: true), random, "{x}") + "\"";
                case SourceKind.InterpolatedVerbatim:
                    return "$@\"" + WithHoles(prose.Replace("\"", "\"\"").Replace("{", "{{").Replace("}", "}}"), random, "{y,5}") + "\"";
                case SourceKind.InterpolatedRaw:
                {
                    string body = prose.Replace("{", "(").Replace("}", ")");
                    string quotes = Quotes(body);
                    return "$" + quotes + "\n" + string.Concat(Lines(WithHoles(body, random, "{x + y}")).Select(l => "            " + l + "\n")) + "            " + quotes;
                }

                case SourceKind.NestedInterpolation:
                {
                    string inner = "$\"" + WithHoles(EscapeRegular(prose, random, interpolated: true), random, "{x}") + "\"";
                    return "$\"outer " + n + " {" + inner + "} and {$\"LLMs such as GPT-5 and Claude {y}\"}\"";
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        private static string[] Lines(string prose) => prose.Replace("\r\n", "\n").Split('\n');

        private static string Quotes(string content)
        {
            int longest = 0, run = 0;
            foreach (char c in content)
            {
                run = c == '"' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            return new string('"', Math.Max(3, longest + 1));
        }

        /// <summary>Escapes for a regular literal; some letters become \u escapes to test the source map.</summary>
        private static string EscapeRegular(string prose, Random? random, bool interpolated)
        {
            var sb = new StringBuilder(prose.Length + 8);
            foreach (char c in prose)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\u2028': sb.Append("\\u2028"); break;
                    case '\u2029': sb.Append("\\u2029"); break;
                    case '\u0085': sb.Append("\\x85"); break;
                    case '{' when interpolated: sb.Append("{{"); break;
                    case '}' when interpolated: sb.Append("}}"); break;
                    default:
                        if (char.IsLetter(c) && random != null && random.Next(20) == 0)
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            return sb.ToString();
        }

        /// <summary>Doc text: usually escaped XML, sometimes raw (hostile: stray '&lt;' and '&amp;').</summary>
        private static string Xml(string prose, Random? random) =>
            random != null && random.Next(4) == 0 ? prose : prose.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>Inserts interpolation holes at random spaces.</summary>
        private static string WithHoles(string text, Random? random, string hole)
        {
            if (random == null)
            {
                return text + " " + hole;
            }

            var sb = new StringBuilder(text.Length + 16);
            foreach (char c in text)
            {
                sb.Append(c);
                if (c == ' ' && random.Next(6) == 0)
                {
                    sb.Append(hole).Append(' ');
                }
            }

            return sb.ToString();
        }
    }
}
