using System;
using System.IO;
using System.Linq;

namespace TermLint.ReliabilityTests.Harness
{
    /// <summary>Finds the repository from the test assembly by walking up to TermLint.sln.</summary>
    internal static class Repository
    {
        public static readonly string Root = FindRoot();

        public static string CorpusDirectory => Path.Combine(Root, "tests", "TermLint.ReliabilityTests", "Corpus");

        /// <summary>The committed corpus, in a stable order, as (name, text).</summary>
        public static readonly (string Name, string Text)[] Corpus = Directory.GetFiles(CorpusDirectory, "*.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "TermLint.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("TermLint.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
