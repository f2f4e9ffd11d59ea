using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TermLint.Options;

namespace TermLint.Analyzers
{
    /// <summary>
    /// TL9003: the `termlint.*` options of a compilation that TermLint cannot use (an unknown key, an invalid value).
    /// Options reach an analyzer from three places: the global options (.globalconfig, build properties), the
    /// options of each syntax tree and those of each AdditionalFile (.editorconfig sections). Each distinct problem
    /// is reported once per compilation, without a location: a diagnostic cannot point into an .editorconfig.
    /// </summary>
    internal sealed class ConfigurationCheck
    {
        // Roslyn shares one options instance between all files with the same effective options: check each once.
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, IReadOnlyList<string>> Checked = new ConditionalWeakTable<AnalyzerConfigOptions, IReadOnlyList<string>>();
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, IReadOnlyList<string>>.CreateValueCallback CheckCallback = CheckOptions;

        private readonly IReadOnlyList<string> _problems;
        private int _reported;

        private ConfigurationCheck(IReadOnlyList<string> problems)
        {
            _problems = problems;
        }

        /// <summary>The problems in every options set of the compilation, or null when there is none (the usual case).</summary>
        public static ConfigurationCheck? For(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
        {
            try
            {
                var provider = options.AnalyzerConfigOptionsProvider;
                var seen = new HashSet<AnalyzerConfigOptions>(ReferenceComparer.Instance);
                SortedSet<string>? problems = null;
                Add(provider.GlobalOptions, seen, ref problems);
                foreach (var tree in compilation.SyntaxTrees)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(provider.GetOptions(tree), seen, ref problems);
                }

                foreach (var file in options.AdditionalFiles)
                {
                    if (file != null)
                    {
                        Add(provider.GetOptions(file), seen, ref problems);
                    }
                }

                return problems == null ? null : new ConfigurationCheck(new List<string>(problems));
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // A host whose options cannot be enumerated: TermLint still runs, with the options it can read.
                return null;
            }
        }

        /// <summary>Reports the problems the first time it is called in this compilation; later calls do nothing.</summary>
        public void ReportOnce(Action<Diagnostic> report)
        {
            if (Interlocked.Exchange(ref _reported, 1) != 0)
            {
                return;
            }

            foreach (string problem in _problems)
            {
                report(Diagnostic.Create(Descriptors.InvalidOption, Location.None, problem));
            }
        }

        internal static IReadOnlyList<string> ProblemsIn(AnalyzerConfigOptions options) => Checked.GetValue(options, CheckCallback);

        private static void Add(AnalyzerConfigOptions? options, HashSet<AnalyzerConfigOptions> seen, ref SortedSet<string>? problems)
        {
            if (options == null || !seen.Add(options))
            {
                return;
            }

            var found = ProblemsIn(options);
            if (found.Count > 0)
            {
                problems ??= new SortedSet<string>(StringComparer.Ordinal);
                problems.UnionWith(found);
            }
        }

        private static IReadOnlyList<string> CheckOptions(AnalyzerConfigOptions options)
        {
            try
            {
                return OptionValidation.Check(TermLintPairs(options));
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // AnalyzerConfigOptions.Keys is virtual and throws NotImplementedException in a host that does not
                // implement it: the options are still read, only not checked.
                return Array.Empty<string>();
            }
        }

        private static IEnumerable<KeyValuePair<string, string?>> TermLintPairs(AnalyzerConfigOptions options)
        {
            // Materialised here, so that an exception from Keys is caught by the caller's handler.
            List<KeyValuePair<string, string?>>? pairs = null;
            foreach (string key in options.Keys)
            {
                if (key != null && OptionKeys.IsTermLintKey(key))
                {
                    options.TryGetValue(key, out string? value);
                    (pairs ??= new List<KeyValuePair<string, string?>>()).Add(new KeyValuePair<string, string?>(key, value));
                }
            }

            return pairs ?? (IEnumerable<KeyValuePair<string, string?>>)Array.Empty<KeyValuePair<string, string?>>();
        }

        private sealed class ReferenceComparer : IEqualityComparer<AnalyzerConfigOptions>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(AnalyzerConfigOptions? x, AnalyzerConfigOptions? y) => ReferenceEquals(x, y);

            public int GetHashCode(AnalyzerConfigOptions obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
