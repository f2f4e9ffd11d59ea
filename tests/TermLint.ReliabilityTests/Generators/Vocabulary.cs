using System.Collections.Generic;
using System.Linq;
using TermLint.Catalog;

namespace TermLint.ReliabilityTests.Generators
{
    /// <summary>The words the generators draw from: the built-in catalog's own aliases and terms, plus hostile text.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] ModelAliases = BuiltInCatalog.Files
            .SelectMany(f => f.Models).SelectMany(m => m.Aliases.Prepend(m.Name)).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

        /// <summary>Aliases of models that are not language models: the ones TL0001 and TL0002 are about.</summary>
        public static readonly string[] NonLanguageAliases = BuiltInCatalog.Compiled.Models
            .Where(m => !m.IsLanguage && !m.IsMultimodal).SelectMany(m => m.Entry.Aliases.Prepend(m.Name)).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

        public static readonly string[] TermForms = BuiltInCatalog.Files
            .SelectMany(f => f.Terms).SelectMany(t => t.Forms)
            .Concat(new[] { "LLM's", "LLMs'", "LLMS", "Large Language Model", "Foundation Model", "FOUNDATIONAL MODEL", "Foundational models" })
            .Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

        public static readonly string[] AiWords = BuiltInCatalog.Files
            .SelectMany(f => f.Words).SelectMany(w => w.Words).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).Take(60).ToArray();

        public static readonly string[] Glue =
        {
            "is", "are", "is a", "is an", "an", "a", "the", "The", "such as", "like", "including", "and", "or", "not",
            "is not an", "also known as", "i.e.", "e.g.", "for", "in", "of", "Unlike", "every", "All", "is a kind of",
            "model", "models", "trained on", "images", "text", "AI", "transcribes", "audio", "clip", "whisper",
            "foundation", ".NET Foundation", "called", "as", "vs.", "etc.", "Is", "uses", "an LLM", "LLM-based",
        };

        public static readonly string[] Punctuation =
        {
            ".", ",", ";", "?", "!", "(", ")", ":", "-", "\u2014", "'", "\"", "`", "...", "/", "*", "<", ">", "&", "{", "}",
            "\\", "@", "$", "#", "[", "]", "//", "/*", "*/", "///", "<c>", "</c>", "<see cref=\"X\"/>", "&amp;", "&lt;",
            "{{", "}}", "\"\"", "\"\"\"", "\\n", "\\u0041", "u8", "http://example.com/llm", "`LLM`",
        };

        /// <summary>Combining marks, bidi controls, zero-width characters, lone and paired surrogates, line separators.</summary>
        public static readonly string[] Unicode =
        {
            "\u0301", "e\u0301", "L\u0332LM", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F",
            "\u202E", "\u202C", "\u2066", "\u2069", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E2\u05D1\u05E8\u05D9\u05EA",
            "\uD800", "\uDC00", "\uDBFF", "\uD83D\uDE00", "\uFFFC", "\u00A0", "\u2028", "\u2029", "\u0085", "\t", "\u0130",
            "\u00DF", "\uFB01", "\uFF2C\uFF2C\uFF2D", "\u2011", "\u00B7", "\u0000", "\u001B", "\uFFFD", "\uFFFF", "\u0131",
            "LLM\u200B", "Whi\u0301sper", "\u202ELLM\u202C",
        };

        public static readonly string[] Separators = { " ", " ", " ", " ", "", "\n", "\r\n", "  ", ", ", "\n\n", "\t" };
    }
}
