using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>Every place in C# where a sentence of prose can live, as the analyzer's tests see them.</summary>
    public enum ProseKind
    {
        LineComment,
        WrappedLineComment,
        BlockComment,
        RegularString,
        VerbatimString,
        RawSingleLineString,
        RawMultiLineString,
        InterpolatedString,
        InterpolatedVerbatimString,
        InterpolatedRawString,
        Utf8String,
        DocSummaryParsed,
        DocSummaryPlain,
    }

    /// <summary>
    /// Puts one sentence (with <c>{|TLxxxx:…|}</c> markup, or without) into a compilable file as a given kind of
    /// prose, escaping what that kind needs, so one list of sentences tests every source kind.
    /// </summary>
    public static class ProsePlacement
    {
        public static IEnumerable<ProseKind> AllKinds => (ProseKind[])Enum.GetValues(typeof(ProseKind));

        /// <summary>The doc-comment kinds, parsed and plain: where TL0009's cases run.</summary>
        public static IEnumerable<ProseKind> DocKinds => new[] { ProseKind.DocSummaryParsed, ProseKind.DocSummaryPlain };

        /// <summary>
        /// A sentence as the summary of a class tied to a catalog type of <paramref name="kind"/>, declared in the same
        /// file under its real metadata name (TL0009's cases; the real packages are tested end to end).
        /// </summary>
        public static string PlaceOnSubject(string kind, string sentence)
        {
            var (stub, use) = kind switch
            {
                "embedding" => ("namespace OpenAI.Embeddings { public class EmbeddingClient { } }", "OpenAI.Embeddings.EmbeddingClient"),
                "image" => ("namespace OpenAI.Images { public class ImageClient { } }", "OpenAI.Images.ImageClient"),
                "audio" => ("namespace OpenAI.Audio { public class AudioClient { } }", "OpenAI.Audio.AudioClient"),
                "video" => ("namespace OpenAI.Videos { public class VideoClient { } }", "OpenAI.Videos.VideoClient"),
                "llm" => ("namespace OpenAI.Chat { public class ChatClient { } }", "OpenAI.Chat.ChatClient"),
                _ => throw new ArgumentException("no stand-in type for kind " + kind),
            };
            return stub + "\n/// <summary>\n/// " + sentence.Replace("&", "&amp;").Replace("<", "&lt;") + "\n/// </summary>\npublic class C : " + use + "\n{\n}\n";
        }

        /// <summary>How the file must be parsed: only the plain doc kind turns doc parsing off.</summary>
        public static DocumentationMode DocModeOf(ProseKind kind) => kind == ProseKind.DocSummaryPlain ? DocumentationMode.None : DocumentationMode.Diagnose;

        public static string Place(ProseKind kind, string sentence)
        {
            if (sentence.IndexOf('\n') >= 0 || sentence.IndexOf('\\') >= 0)
            {
                throw new ArgumentException("Place takes a one-line sentence without backslashes: " + sentence);
            }

            switch (kind)
            {
                case ProseKind.LineComment:
                    return InClass("    // " + sentence + "\n    void M() { }");
                case ProseKind.WrappedLineComment:
                    var (first, second) = SplitOutsideMarkup(sentence);
                    return InClass("    // " + first + "\n    // " + second + "\n    void M() { }");
                case ProseKind.BlockComment:
                    return InClass("    /* " + sentence + " */\n    void M() { }");
                case ProseKind.RegularString:
                    return InMethod("string s = \"" + sentence.Replace("\"", "\\\"") + "\";");
                case ProseKind.VerbatimString:
                    return InMethod("string s = @\"" + sentence.Replace("\"", "\"\"") + "\";");
                case ProseKind.RawSingleLineString:
                    return InMethod("string s = \"\"\"" + sentence + "\"\"\";");
                case ProseKind.RawMultiLineString:
                    return InMethod("string s = \"\"\"\n            " + sentence + "\n            \"\"\";");
                case ProseKind.InterpolatedString:
                    return InMethod("int n = 1;\n        string s = $\"" + sentence.Replace("\"", "\\\"") + " (attempt {n})\";");
                case ProseKind.InterpolatedVerbatimString:
                    return InMethod("int n = 1;\n        string s = $@\"" + sentence.Replace("\"", "\"\"") + " (attempt {n})\";");
                case ProseKind.InterpolatedRawString:
                    return InMethod("int n = 1;\n        string s = $\"\"\"" + sentence + " (attempt {n})\"\"\";");
                case ProseKind.Utf8String:
                    return InMethod("System.ReadOnlySpan<byte> s = \"" + sentence.Replace("\"", "\\\"") + "\"u8;");
                case ProseKind.DocSummaryParsed:
                case ProseKind.DocSummaryPlain:
                    return "/// <summary>\n/// " + sentence.Replace("&", "&amp;").Replace("<", "&lt;") + "\n/// </summary>\npublic class C\n{\n}\n";
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        private static string InClass(string members) => "class C\n{\n" + members + "\n}\n";

        private static string InMethod(string statement) => "class C\n{\n    void M()\n    {\n        " + statement + "\n    }\n}\n";

        /// <summary>Splits at the space nearest the middle that is not inside a markup span.</summary>
        private static (string First, string Second) SplitOutsideMarkup(string sentence)
        {
            int best = -1;
            int depth = 0;
            for (int i = 0; i < sentence.Length; i++)
            {
                if (sentence[i] == '{' && i + 1 < sentence.Length && sentence[i + 1] == '|')
                {
                    depth++;
                }
                else if (sentence[i] == '|' && i + 1 < sentence.Length && sentence[i + 1] == '}')
                {
                    depth--;
                }
                else if (sentence[i] == ' ' && depth == 0 && (best < 0 || Math.Abs(i - sentence.Length / 2) < Math.Abs(best - sentence.Length / 2)))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                throw new ArgumentException("No space outside markup to wrap at: " + sentence);
            }

            return (sentence.Substring(0, best), sentence.Substring(best + 1));
        }
    }
}
