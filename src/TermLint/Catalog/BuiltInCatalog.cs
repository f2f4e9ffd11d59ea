using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace TermLint.Catalog
{
    /// <summary>The catalog files embedded from rules/, parsed and compiled once per process.</summary>
    internal static class BuiltInCatalog
    {
        private const string ResourcePrefix = "TermLint.Rules.";
        private static readonly Lazy<IReadOnlyList<CatalogFile>> LazyFiles = new Lazy<IReadOnlyList<CatalogFile>>(Load);
        private static readonly Lazy<CompiledCatalog> LazyCompiled = new Lazy<CompiledCatalog>(() => CompiledCatalog.Compile(LazyFiles.Value));

        public static IReadOnlyList<CatalogFile> Files => LazyFiles.Value;

        public static CompiledCatalog Compiled => LazyCompiled.Value;

        private static IReadOnlyList<CatalogFile> Load()
        {
            var assembly = typeof(BuiltInCatalog).GetTypeInfo().Assembly;
            var names = new List<string>();
            foreach (string name in assembly.GetManifestResourceNames())
            {
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".termlint", StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }

            // Kinds and terms first, then models, each in a stable order, so merging is deterministic.
            names.Sort((a, b) => Rank(a) != Rank(b) ? Rank(a).CompareTo(Rank(b)) : string.CompareOrdinal(a, b));
            var files = new List<CatalogFile>(names.Count);
            foreach (string name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name);
                if (stream == null)
                {
                    continue;
                }

                using var reader = new StreamReader(stream);
                string path = "rules/" + name.Substring(ResourcePrefix.Length).Replace("models.", "models/").Replace("types.", "types/");
                files.Add(CatalogParser.Parse(path, reader.ReadToEnd()));
            }

            return files;
        }

        private static int Rank(string name) => name.EndsWith("kinds.termlint", StringComparison.Ordinal) ? 0 : name.EndsWith("terms.termlint", StringComparison.Ordinal) ? 1 : 2;
    }
}
