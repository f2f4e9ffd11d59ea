using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>The documents TermLint reads besides C# files.</summary>
    public enum DocumentFormat
    {
        Razor,
        Cshtml,
        Markdown,
        Resx,
    }

    /// <summary>A generated AdditionalFile and where its planted sentence's term is.</summary>
    internal sealed class GeneratedDocument
    {
        public GeneratedDocument(string path, string text, int planted)
        {
            Path = path;
            Text = text;
            Planted = planted;
        }

        public string Path { get; }
        public string Text { get; }

        /// <summary>The offset of the planted "LLM", which must be reported as TL0001 (-1 after a mutation).</summary>
        public int Planted { get; }

        public override string ToString() => Path + (Planted >= 0 ? " (planted LLM at " + Planted + ")" : "") + ": " + Harness.Fuzz.Literal(Text);
    }

    /// <summary>
    /// Places generated prose in every place of a Razor, Markdown or .resx document, each encoded as that place
    /// requires, with one planted sentence in a place of its own; or, mutated, with hostile snippets and cuts.
    /// </summary>
    internal static class DocumentGen
    {
        /// <summary>A sentence no generated prose contains, with a finding on its "LLM".</summary>
        public const string PlantedSentence = "The Whisper LLM transcribes the calls of ticket 90417.";

        private const string PlantedTerm = "LLM transcribes the calls of ticket 90417";

        private static readonly string[] RazorPlaces = { "text", "attribute", "razor-comment", "html-comment", "code-comment", "code-string", "control-markup", "text-line", "nested-component" };
        private static readonly string[] MarkdownPlaces = { "paragraph", "heading", "list-item", "quote", "front-matter", "csharp-comment", "csharp-string", "other-fence" };
        private static readonly string[] ResxPlaces = { "value", "comment" };

        public static readonly Gen<GeneratedDocument> Document = Gen.Select(
            Gen.Enum<DocumentFormat>(),
            Gen.Select(ProseGen.Prose, Gen.UInt).Array[1, 10],
            Gen.UInt,
            (format, pieces, plant) => Build(format, pieces, plant));

        /// <summary>Snippets that break each format's structure: unclosed tags, quotes, blocks, fences, comments, XML.</summary>
        private static readonly string[] Hostile =
        {
            "<", "<p", "<p title=\"", "\"", "'", "</p>", "<code>", "</pre>", "@", "@@", "@*", "*@", "@{", "@code {", "@if (x) {", "}", "{", "@(", "@Model.X(\"", ")", "@:", "@<b>",
            "<!--", "-->", "```csharp\n", "```\n", "~~~\n", "---\n", "+++\n", "title: \"", "description: '", "excerpt: |\n", "> ", "    ", "\n", "\r\n",
            "<data name=\"x\">", "<value>", "</value>", "</data>", "<comment>", "<![CDATA[", "]]>", "<!DOCTYPE r [<!ENTITY e \"LLM\">]>", "&e;", "&", "&#", "&#x;", "{0", "{{",
            "//", "/*", "*/", "\"\"\"", "$\"{", "\u0000", "\uD800", "\u2028",
        };

        public static readonly Gen<GeneratedDocument> Mutated = Gen.Select(
            Document,
            Gen.Select(Gen.UInt, Gen.OneOf(Hostile)).Array[1, 6],
            Gen.UInt,
            (document, inserts, cut) => Mutate(document, inserts, cut));

        public static GeneratedDocument Build(DocumentFormat format, (string Prose, uint Place)[] pieces, uint plant)
        {
            switch (format)
            {
                case DocumentFormat.Razor:
                case DocumentFormat.Cshtml:
                    return Razor(format, pieces, plant);
                case DocumentFormat.Markdown:
                    return Markdown(pieces, plant);
                default:
                    return Resx(pieces, plant);
            }
        }

        private static GeneratedDocument Razor(DocumentFormat format, (string Prose, uint Place)[] pieces, uint plant)
        {
            var markup = new StringBuilder("@page \"/generated\"\n@inject IService Service\n\n");
            var code = new StringBuilder();
            var all = pieces.Select(p => (p.Prose, Place: RazorPlaces[p.Place % RazorPlaces.Length])).ToList();
            all.Insert((int)(plant % (uint)(all.Count + 1)), (PlantedSentence, RazorPlaces[plant % (uint)RazorPlaces.Length]));
            foreach (var (prose, place) in all)
            {
                switch (place)
                {
                    case "text":
                        markup.Append("<p>").Append(Markup(prose)).Append("</p>\n");
                        break;
                    case "attribute":
                        markup.Append("<img src=\"a.png\" alt=\"").Append(Markup(prose).Replace("\"", "&quot;")).Append("\" />\n");
                        break;
                    case "razor-comment":
                        markup.Append("@* ").Append(prose.Replace("*@", "* @")).Append(" *@\n");
                        break;
                    case "html-comment":
                        markup.Append("<!-- ").Append(prose.Replace("--", "- -")).Append(" -->\n");
                        break;
                    case "code-comment":
                        foreach (string line in Lines(prose))
                        {
                            code.Append("    // ").Append(line).Append('\n');
                        }

                        code.Append("    private int _n").Append(code.Length).Append(";\n");
                        break;
                    case "code-string":
                        code.Append("    private string _s").Append(code.Length).Append(" = \"").Append(CSharpString(prose)).Append("\";\n");
                        break;
                    case "control-markup":
                        markup.Append("@if (Service.Ready)\n{\n    <p>").Append(Markup(prose)).Append("</p>\n}\nelse\n{\n    <p>Not ready.</p>\n}\n");
                        break;
                    case "text-line":
                        markup.Append("@{\n    @:").Append(Markup(string.Join(" ", Lines(prose)))).Append("\n}\n");
                        break;
                    default:
                        markup.Append("<Card Title=\"x\">\n  <CardBody>\n    <p>").Append(Markup(prose)).Append("</p>\n  </CardBody>\n</Card>\n");
                        break;
                }
            }

            string text = markup.Append("\n@code {\n").Append(code).Append("}\n").ToString();
            return new GeneratedDocument(format == DocumentFormat.Razor ? "/app/Components/Generated.razor" : "/app/Pages/Generated.cshtml", text, Planted(text));
        }

        private static GeneratedDocument Markdown((string Prose, uint Place)[] pieces, uint plant)
        {
            var front = new StringBuilder();
            var body = new StringBuilder();
            var all = pieces.Select(p => (p.Prose, Place: MarkdownPlaces[p.Place % MarkdownPlaces.Length])).ToList();
            // Never in the last place, "other-fence": a JS fence is not read.
            all.Insert((int)(plant % (uint)(all.Count + 1)), (PlantedSentence, MarkdownPlaces[plant % (uint)(MarkdownPlaces.Length - 1)]));
            foreach (var (prose, place) in all)
            {
                string line = MarkdownLine(prose);
                switch (place)
                {
                    case "paragraph":
                        body.Append(line).Append("\n\n");
                        break;
                    case "heading":
                        body.Append("## ").Append(line).Append("\n\n");
                        break;
                    case "list-item":
                        body.Append("- ").Append(line).Append("\n\n");
                        break;
                    case "quote":
                        body.Append("> ").Append(line).Append("\n\n");
                        break;
                    case "front-matter":
                        front.Append(front.Length == 0 ? "title" : "description").Append(": \"").Append(YamlString(prose)).Append("\"\n");
                        break;
                    case "csharp-comment":
                        body.Append("```csharp\n");
                        foreach (string l in Lines(prose))
                        {
                            body.Append("// ").Append(l.Replace("`", "'")).Append('\n');
                        }

                        body.Append("Call();\n```\n\n");
                        break;
                    case "csharp-string":
                        body.Append("```cs\nvar s = \"").Append(CSharpString(prose).Replace("`", "'")).Append("\";\n```\n\n");
                        break;
                    default:
                        body.Append("```js\n").Append(prose.Replace("`", "'")).Append("\n```\n\n");
                        break;
                }
            }

            string text = (front.Length > 0 ? "---\n" + front + "author: generated\n---\n\n" : "") + "# Generated\n\n" + body;
            return new GeneratedDocument("/app/docs/generated.md", text, Planted(text));
        }

        private static GeneratedDocument Resx((string Prose, uint Place)[] pieces, uint plant)
        {
            var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n");
            var all = pieces.Select(p => (p.Prose, Place: ResxPlaces[p.Place % ResxPlaces.Length])).ToList();
            all.Insert((int)(plant % (uint)(all.Count + 1)), (PlantedSentence, ResxPlaces[plant % (uint)ResxPlaces.Length]));
            int n = 0;
            foreach (var (prose, place) in all)
            {
                text.Append("  <data name=\"S").Append(n++).Append("\" xml:space=\"preserve\">\n");
                text.Append(place == "value" ? "    <value>" + Xml(prose) + "</value>\n" : "    <value>x</value>\n    <comment>" + Xml(prose) + "</comment>\n");
                text.Append("  </data>\n");
            }

            string s = text.Append("</root>\n").ToString();
            return new GeneratedDocument("/app/Resources/Generated.resx", s, Planted(s));
        }

        private static GeneratedDocument Mutate(GeneratedDocument document, (uint Position, string Snippet)[] inserts, uint cut)
        {
            var text = new StringBuilder(document.Text);
            foreach (var (position, snippet) in inserts)
            {
                text.Insert((int)(position % (uint)(text.Length + 1)), snippet);
            }

            // One mutation in four is also cut short, as a half-saved file is.
            if (cut % 4 == 0)
            {
                text.Length = (int)(cut / 4 % (uint)(text.Length + 1));
            }

            return new GeneratedDocument(document.Path, text.ToString(), -1);
        }

        private static int Planted(string text)
        {
            int at = text.IndexOf(PlantedTerm, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException("the planted sentence is missing from the generated document");
            }

            return at;
        }

        // ---- Encodings ------------------------------------------------------------------------------------------

        /// <summary>Markup text: the characters that start a tag, a Razor transition or a reference are escaped.</summary>
        private static string Markup(string prose) => prose.Replace("&", "&amp;").Replace("<", "&lt;").Replace("@", "@@");

        /// <summary>One line of Markdown that cannot open a block (fence, HTML block, comment, indented code) or a code span.</summary>
        private static string MarkdownLine(string prose) =>
            string.Join(" ", Lines(prose)).Replace("`", "'").Replace("<", "&lt;").Replace("\\", "\\\\").TrimStart(' ', '\t', '>', '#', '-', '*', '+', '=', '|', '[', '~', '_').Trim();

        private static string Xml(string prose) => prose.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private static string YamlString(string prose) => string.Join(" ", Lines(prose)).Replace("\\", "\\\\").Replace("\"", "\\\"");

        private static string CSharpString(string prose)
        {
            var sb = new StringBuilder();
            foreach (char c in string.Join(" ", Lines(prose)))
            {
                sb.Append(c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c.ToString());
            }

            return sb.ToString();
        }

        /// <summary>The prose split at every character C# or Markdown may take as a line end; each line is non-empty.</summary>
        private static IEnumerable<string> Lines(string prose)
        {
            foreach (string line in prose.Split('\n', '\r', '\u2028', '\u2029', '\u0085'))
            {
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }
    }
}
