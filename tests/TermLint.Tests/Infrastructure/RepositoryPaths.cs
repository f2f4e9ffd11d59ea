using System;
using System.IO;
using Xunit;

namespace TermLint.Tests.Infrastructure
{
    /// <summary>The repository the tests run in: found by walking up from the test binaries to TermLint.sln.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TermLint.sln")))
            {
                dir = dir.Parent;
            }

            Assert.True(dir != null, "TermLint.sln not found above " + AppContext.BaseDirectory);
            return dir!.FullName;
        }
    }
}
