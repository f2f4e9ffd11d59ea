using System;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>
    /// The keys of each section type and how their values are read (docs/catalogs.md). A value that cannot be
    /// used becomes a <see cref="CatalogError"/> at its column; the entry keeps its other values.
    /// </summary>
    internal static class CatalogKeys
    {
        public static void Apply(CatalogFile file, CatalogEntry entry, string key, string value, CatalogLocation keyAt, CatalogLocation valueAt)
        {
            switch (key)
            {
                case "source":
                    entry.Source = value;
                    return;
                case "flag":
                case "pass":
                    AddSpec(file, entry, key == "flag", value, valueAt);
                    return;
            }

            bool known = entry switch
            {
                KindEntry kind => ApplyKind(file, kind, key, value, valueAt),
                ModelEntry model => ApplyModel(file, model, key, value, valueAt),
                TermEntry term => ApplyTerm(file, term, key, value, valueAt),
                WordsEntry words => ApplyWords(file, words, key, value, valueAt),
                TypeEntry type => ApplyType(file, type, key, value, valueAt),
                _ => false,
            };

            if (known)
            {
                return;
            }

            file.Errors.Add(new CatalogError(keyAt, UnknownKey(key, SectionType(entry))));
        }

        /// <summary>The keys of each section type besides <see cref="CommonKeys"/>, in the order the docs list them.</summary>
        internal static readonly string[] KindKeys = { "noun", "plural", "label", "language", "multimodal" };
        internal static readonly string[] ModelKeys = { "kind", "aliases", "vendor", "noun", "case", "enabled" };
        internal static readonly string[] TermKeys = { "role", "forms", "replace", "rule", "means", "context", "enabled" };
        internal static readonly string[] WordsKeys = { "words" };
        internal static readonly string[] TypeKeys = { "kind", "enabled" };
        internal static readonly string[] CommonKeys = { "source", "flag", "pass" };

        /// <summary>What a package user needs without the repository: the keys the section takes, and the nearest one.</summary>
        private static string UnknownKey(string key, string type)
        {
            var keys = new System.Collections.Generic.List<string>(type switch
            {
                "kind" => KindKeys,
                "model" => ModelKeys,
                "term" => TermKeys,
                "type" => TypeKeys,
                _ => WordsKeys,
            });
            keys.AddRange(CommonKeys);
            string? nearest = NearestName.Find(key, keys);
            return "unknown key '" + key + "' in a " + type + " section; " + (nearest != null ? "did you mean '" + nearest + "'? " : string.Empty) +
                "a " + type + " section takes " + string.Join(", ", keys);
        }

        private static bool ApplyKind(CatalogFile file, KindEntry kind, string key, string value, CatalogLocation valueAt)
        {
            switch (key)
            {
                case "noun": kind.Noun = Noun(file, value, valueAt); return true;
                case "plural": kind.Plural = Noun(file, value, valueAt); return true;
                case "label": kind.Label = value; return true;
                case "language": kind.IsLanguage = YesNo(file, key, value, valueAt); return true;
                case "multimodal": kind.IsMultimodal = YesNo(file, key, value, valueAt); return true;
                case "tasks": AddList(file, kind.Tasks, value, valueAt); return true;
            }

            return false;
        }

        private static bool ApplyModel(CatalogFile file, ModelEntry model, string key, string value, CatalogLocation valueAt)
        {
            switch (key)
            {
                case "kind": model.KindName = value; model.KindAt = valueAt; return true;
                case "aliases": AddList(file, model.Aliases, value, valueAt); return true;
                case "vendor": model.Vendor = value; return true;
                case "noun": model.Noun = Noun(file, value, valueAt); return true;
                case "enabled": model.Enabled = YesNo(file, key, value, valueAt); return true;
                case "case":
                    switch (value)
                    {
                        case "auto": model.Case = AliasCase.Auto; return true;
                        case "exact": model.Case = AliasCase.Exact; return true;
                        case "any": model.Case = AliasCase.Any; return true;
                    }

                    file.Errors.Add(new CatalogError(valueAt, "'case' must be auto, exact or any, not '" + value + "'"));
                    return true;
            }

            return false;
        }

        private static bool ApplyTerm(CatalogFile file, TermEntry term, string key, string value, CatalogLocation valueAt)
        {
            switch (key)
            {
                case "forms": AddList(file, term.Forms, value, valueAt); return true;
                case "replace": term.Replace = Noun(file, value, valueAt); return true;
                case "rule": term.RuleId = value; term.RuleAt = valueAt; return true;
                case "means":
                    switch (value)
                    {
                        case "llm": term.Means = TermRole.Llm; return true;
                        case "foundation": term.Means = TermRole.Foundation; return true;
                    }

                    file.Errors.Add(new CatalogError(valueAt, "'means' must be llm or foundation, not '" + value + "'"));
                    return true;
                case "context":
                    switch (value)
                    {
                        case "ai": term.NeedsAiContext = true; return true;
                        case "any": term.NeedsAiContext = false; return true;
                    }

                    file.Errors.Add(new CatalogError(valueAt, "'context' must be ai or any, not '" + value + "'"));
                    return true;
                case "enabled": term.Enabled = YesNo(file, key, value, valueAt); return true;
                case "role":
                    switch (value)
                    {
                        case "llm": term.Role = TermRole.Llm; return true;
                        case "language-model": term.Role = TermRole.LanguageModel; return true;
                        case "foundation": term.Role = TermRole.Foundation; return true;
                        case "misnomer": term.Role = TermRole.Misnomer; return true;
                    }

                    file.Errors.Add(new CatalogError(valueAt, "'role' must be llm, language-model, foundation or misnomer, not '" + value + "'"));
                    return true;
            }

            return false;
        }

        private static bool ApplyType(CatalogFile file, TypeEntry type, string key, string value, CatalogLocation valueAt)
        {
            switch (key)
            {
                case "kind": type.KindName = value; type.KindAt = valueAt; return true;
                case "enabled": type.Enabled = YesNo(file, key, value, valueAt); return true;
            }

            return false;
        }

        private static bool ApplyWords(CatalogFile file, WordsEntry words, string key, string value, CatalogLocation valueAt)
        {
            if (key != "words")
            {
                return false;
            }

            AddList(file, words.Words, value, valueAt);
            return true;
        }

        private static string SectionType(CatalogEntry entry) => entry switch
        {
            KindEntry _ => "kind",
            ModelEntry _ => "model",
            TermEntry _ => "term",
            TypeEntry _ => "type",
            _ => "words",
        };

        private static void AddSpec(CatalogFile file, CatalogEntry entry, bool mustFlag, string value, CatalogLocation at)
        {
            string? rule = null;
            string sentence = value;
            if (value.Length >= 7 && value.StartsWith("TL", StringComparison.Ordinal) && value[6] == ':' && IsDigits(value, 2, 4))
            {
                rule = value.Substring(0, 6);
                sentence = value.Substring(7).Trim();
                if (!mustFlag)
                {
                    file.Errors.Add(new CatalogError(at, "a 'pass' spec must raise nothing, so it takes no rule ID; write 'pass = <sentence>'"));
                    return;
                }
            }

            if (sentence.Length == 0)
            {
                file.Errors.Add(new CatalogError(at, "the spec has no sentence"));
                return;
            }

            entry.Specs.Add(new CatalogSpec(mustFlag, rule, sentence.Replace("\\n", "\n"), at));
        }

        private static bool IsDigits(string text, int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static void AddList(CatalogFile file, System.Collections.Generic.List<string> list, string value, CatalogLocation at)
        {
            foreach (string part in value.Split('|'))
            {
                string item = part.Trim();
                if (item.Length == 0)
                {
                    file.Errors.Add(new CatalogError(at, "empty item in a '|' list"));
                    continue;
                }

                if (!Tokenizer.HasWord(item))
                {
                    file.Errors.Add(new CatalogError(at, "'" + item + "' holds no word to match"));
                    continue;
                }

                list.Add(item);
            }
        }

        private static string? Noun(CatalogFile file, string value, CatalogLocation at)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (!(char.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == '\''))
                {
                    file.Errors.Add(new CatalogError(at, "'" + value + "' may hold only letters, digits, spaces, hyphens and apostrophes, so that a fix can write it into any literal or comment"));
                    return null;
                }
            }

            return value;
        }

        private static bool? YesNo(CatalogFile file, string key, string value, CatalogLocation at)
        {
            switch (value)
            {
                case "yes": case "true": return true;
                case "no": case "false": return false;
            }

            file.Errors.Add(new CatalogError(at, "'" + key + "' must be yes or no, not '" + value + "'"));
            return null;
        }
    }
}
