using System;
using System.Collections.Generic;
using TermLint.Catalog;

namespace TermLint.Engine
{
    /// <summary>The built-in catalog merged with a project's own catalog files, and what was wrong in those files.</summary>
    internal sealed class UserCatalogSet
    {
        public static readonly UserCatalogSet BuiltInOnly = new UserCatalogSet(BuiltInCatalog.Compiled, new Dictionary<string, List<CatalogError>>(StringComparer.Ordinal));

        public UserCatalogSet(CompiledCatalog catalog, Dictionary<string, List<CatalogError>> errorsByFile)
        {
            Catalog = catalog;
            Checker = new ProseChecker(catalog);
            ErrorsByFile = errorsByFile;
        }

        public CompiledCatalog Catalog { get; }
        public ProseChecker Checker { get; }

        /// <summary>Problems per user catalog path, in line order (TL9001); built-in files never appear here.</summary>
        public IReadOnlyDictionary<string, List<CatalogError>> ErrorsByFile { get; }

        public IReadOnlyList<CatalogError> ErrorsIn(string path) =>
            ErrorsByFile.TryGetValue(path, out var errors) ? errors : (IReadOnlyList<CatalogError>)Array.Empty<CatalogError>();
    }

    /// <summary>
    /// Merges a project's user catalogs after the built-in ones and runs their specs against the merged catalog; a
    /// failing spec is reported at its line like any other problem of the file.
    /// </summary>
    internal static class UserCatalogSpecs
    {
        public static UserCatalogSet Merge(IReadOnlyList<CatalogFile> builtIn, IReadOnlyList<CatalogFile> user, ICollection<string> knownRuleIds)
        {
            var merged = UserCatalogMerge.Merge(builtIn, user, knownRuleIds);
            var set = new UserCatalogSet(merged.Catalog, merged.ErrorsByFile);
            RunSpecs(set, merged.UserFiles);
            foreach (var list in merged.ErrorsByFile.Values)
            {
                list.Sort((a, b) => a.Location.Line != b.Location.Line ? a.Location.Line.CompareTo(b.Location.Line) : a.Location.Column.CompareTo(b.Location.Column));
            }

            return set;
        }

        /// <summary>Each user spec against the merged catalog; a failing one is reported at its line.</summary>
        private static void RunSpecs(UserCatalogSet set, List<CatalogFile> files)
        {
            int run = 0;
            for (int f = 0; f < files.Count; f++)
            {
                var file = files[f];
                var errors = (List<CatalogError>)set.ErrorsByFile[file.Path];
                foreach (var entry in UserCatalogMerge.EntriesOf(file))
                {
                    foreach (var spec in entry.Specs)
                    {
                        if (++run > UserCatalogMerge.MaxSpecs)
                        {
                            if (run == UserCatalogMerge.MaxSpecs + 1)
                            {
                                errors.Add(new CatalogError(spec.Location, "only the first " + UserCatalogMerge.MaxSpecs + " specs of the user catalogs are run; move the rest into tests"));
                            }

                            return;
                        }

                        string? failure = Failure(set.Checker, spec, entry is TypeEntry type ? SpecContext(set.Catalog, type.Name) : null);
                        if (failure != null)
                        {
                            errors.Add(new CatalogError(spec.Location, failure));
                        }
                    }
                }
            }
        }

        /// <summary>
        /// What a spec of a [type …] entry is: the first sentence of the summary of something of that type (the doc comment
        /// of a class that implements it, of a member of it). Null when the type is disabled or has no usable kind.
        /// </summary>
        internal static Rules.DocContext? SpecContext(CompiledCatalog catalog, string typeName)
        {
            foreach (var type in catalog.Types)
            {
                if (type.MetadataName == typeName)
                {
                    return Rules.DocContext.Single(Rules.DocPartKind.Summary, new Rules.DocSubject(type.ShortName, "is", type.Kind));
                }
            }

            return null;
        }

        internal static string? Failure(ProseChecker checker, CatalogSpec spec) => Failure(checker, spec, null);

        /// <summary>Why the spec fails, or null; the sentence is read as a doc comment with <paramref name="doc"/>'s subject when given.</summary>
        internal static string? Failure(ProseChecker checker, CatalogSpec spec, Rules.DocContext? doc)
        {
            var findings = new List<Rules.Finding>();
            checker.Check(spec.Sentence, 0, spec.Sentence.Length, findings, doc);
            if (!spec.MustFlag)
            {
                if (findings.Count == 0)
                {
                    return null;
                }

                var first = findings[0];
                return "spec fails: 'pass = " + spec.Sentence + "' must raise nothing but raises " + first.RuleId + " at '" + spec.Sentence.Substring(first.Start, first.End - first.Start) + "'; fix the entry (kind, aliases) or move the sentence to 'flag'";
            }

            foreach (var finding in findings)
            {
                if (spec.RuleId == null || finding.RuleId == spec.RuleId)
                {
                    return null;
                }
            }

            string raised = findings.Count == 0 ? "nothing" : findings[0].RuleId;
            return "spec fails: '" + spec.Sentence + "' must raise " + (spec.RuleId ?? "a rule") + " but raises " + raised + "; check the entry's kind and aliases against the sentence, or change the spec";
        }

    }
}
