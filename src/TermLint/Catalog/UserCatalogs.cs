using System;
using System.Collections.Generic;
using TermLint.Rules;

namespace TermLint.Catalog
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
    /// Merges user catalog files (already parsed) after the built-in ones. A user file may add kinds, models,
    /// aliases and terms, override a kind's noun, switch a built-in entry off and carry specs. Every line that
    /// cannot be used becomes a <see cref="CatalogError"/> in its own file, and that line alone is dropped: the rest
    /// of the file and the built-in catalog keep working. No Roslyn types: plain files in, a catalog out.
    /// </summary>
    internal static class UserCatalogs
    {
        /// <summary>How user catalogs are recognised among AdditionalFiles.</summary>
        public const string FileExtension = ".termlint";

        /// <summary>Upper bound on the user specs run per build, so a generated catalog cannot make a build crawl.</summary>
        public const int MaxSpecs = 1000;

        public static bool IsCatalogPath(string path) => path.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase);

        public static UserCatalogSet Merge(IReadOnlyList<CatalogFile> builtIn, IReadOnlyList<CatalogFile> user, ICollection<string> knownRuleIds)
        {
            var errors = new Dictionary<string, List<CatalogError>>(StringComparer.Ordinal);
            foreach (var file in user)
            {
                errors[file.Path] = new List<CatalogError>(file.Errors);
            }

            var kinds = new HashSet<string>(StringComparer.Ordinal);
            var models = new HashSet<string>(StringComparer.Ordinal);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in builtIn)
            {
                Collect(file, kinds, models, terms);
            }

            foreach (var file in user)
            {
                Collect(file, kinds, null, null);
            }

            var clean = new List<CatalogFile>(builtIn.Count + user.Count);
            clean.AddRange(builtIn);
            foreach (var file in user)
            {
                clean.Add(Sanitize(file, kinds, models, terms, knownRuleIds, errors[file.Path]));
            }

            var catalog = CompiledCatalog.Compile(clean);
            foreach (var error in catalog.Errors)
            {
                // Parse errors are already listed; built-in files are checked by the test suite, not reported to users;
                // "has no 'kind'" after a malformed 'kind' line would say the same thing twice.
                if (errors.TryGetValue(error.Location.File, out var list) && !Contains(list, error) && !SectionHasError(list, error.Location, user))
                {
                    list.Add(error);
                }
            }

            var set = new UserCatalogSet(catalog, errors);
            RunSpecs(set, clean, builtIn.Count);
            foreach (var list in errors.Values)
            {
                list.Sort((a, b) => a.Location.Line != b.Location.Line ? a.Location.Line.CompareTo(b.Location.Line) : a.Location.Column.CompareTo(b.Location.Column));
            }

            return set;
        }

        private static void Collect(CatalogFile file, HashSet<string> kinds, HashSet<string>? models, HashSet<string>? terms)
        {
            foreach (var kind in file.Kinds)
            {
                kinds.Add(kind.Name);
            }

            if (models != null)
            {
                foreach (var model in file.Models)
                {
                    models.Add(model.Name);
                }
            }

            if (terms != null)
            {
                foreach (var term in file.Terms)
                {
                    terms.Add(term.Name);
                }
            }
        }

        /// <summary>A copy of the file without the values that name something that does not exist.</summary>
        private static CatalogFile Sanitize(CatalogFile file, HashSet<string> kinds, HashSet<string> models, HashSet<string> terms, ICollection<string> ruleIds, List<CatalogError> errors)
        {
            var clean = new CatalogFile(file.Path);
            clean.Kinds.AddRange(file.Kinds);
            clean.Words.AddRange(file.Words);
            foreach (var entry in file.Kinds)
            {
                CheckSpecs(entry, ruleIds, errors);
            }

            foreach (var model in file.Models)
            {
                bool known = models.Contains(model.Name);
                if (model.Enabled == false && !known)
                {
                    errors.Add(new CatalogError(model.Location, "there is no model '" + model.Name + "' to switch off; 'enabled = no' takes the exact name of a built-in [model] section (names are case-sensitive)"));
                    continue;
                }

                var copy = model.Copy();
                if (model.KindName != null && !kinds.Contains(model.KindName))
                {
                    errors.Add(new CatalogError(model.KindAt ?? model.Location, "model '" + model.Name + "' names kind '" + model.KindName + "', which no [kind] section declares; use one of " + string.Join(", ", Sorted(kinds)) + ", or declare [kind " + model.KindName + "] with a noun"));
                    if (!known)
                    {
                        // A new model without a usable kind cannot be compiled; the error above is the one to fix.
                        continue;
                    }

                    copy.KindName = null;
                }

                copy.Specs.Clear();
                copy.Specs.AddRange(CheckSpecs(model, ruleIds, errors));
                models.Add(model.Name);
                clean.Models.Add(copy);
            }

            foreach (var term in file.Terms)
            {
                if (term.Enabled == false && !terms.Contains(term.Name))
                {
                    errors.Add(new CatalogError(term.Location, "there is no term '" + term.Name + "' to switch off; 'enabled = no' takes the exact name of a built-in [term] section (see rules/terms.termlint)"));
                    continue;
                }

                var copy = term.Copy();
                if (term.RuleId != null && !ruleIds.Contains(term.RuleId))
                {
                    errors.Add(new CatalogError(term.RuleAt ?? term.Location, "'rule = " + term.RuleId + "' names no TermLint rule; use one of " + string.Join(", ", Sorted(ruleIds))));
                    copy.RuleId = null;
                }

                copy.Specs.Clear();
                copy.Specs.AddRange(CheckSpecs(term, ruleIds, errors));
                terms.Add(term.Name);
                clean.Terms.Add(copy);
            }

            return clean;
        }

        private static List<CatalogSpec> CheckSpecs(CatalogEntry entry, ICollection<string> ruleIds, List<CatalogError> errors)
        {
            var valid = new List<CatalogSpec>(entry.Specs.Count);
            foreach (var spec in entry.Specs)
            {
                if (spec.RuleId != null && !ruleIds.Contains(spec.RuleId))
                {
                    errors.Add(new CatalogError(spec.Location, "spec names rule " + spec.RuleId + ", which TermLint does not have; use one of " + string.Join(", ", Sorted(ruleIds)) + ", or write 'flag = <sentence>' for any rule"));
                    continue;
                }

                valid.Add(spec);
            }

            return valid;
        }

        /// <summary>Each user spec against the merged catalog; a failing one is reported at its line.</summary>
        private static void RunSpecs(UserCatalogSet set, List<CatalogFile> files, int firstUserFile)
        {
            int run = 0;
            for (int f = firstUserFile; f < files.Count; f++)
            {
                var file = files[f];
                var errors = (List<CatalogError>)set.ErrorsByFile[file.Path];
                foreach (var entry in EntriesOf(file))
                {
                    foreach (var spec in entry.Specs)
                    {
                        if (++run > MaxSpecs)
                        {
                            if (run == MaxSpecs + 1)
                            {
                                errors.Add(new CatalogError(spec.Location, "only the first " + MaxSpecs + " specs of the user catalogs are run; move the rest into tests"));
                            }

                            return;
                        }

                        string? failure = Failure(set.Checker, spec);
                        if (failure != null)
                        {
                            errors.Add(new CatalogError(spec.Location, failure));
                        }
                    }
                }
            }
        }

        private static IEnumerable<CatalogEntry> EntriesOf(CatalogFile file)
        {
            foreach (var e in file.Kinds) { yield return e; }
            foreach (var e in file.Models) { yield return e; }
            foreach (var e in file.Terms) { yield return e; }
            foreach (var e in file.Words) { yield return e; }
        }

        internal static string? Failure(ProseChecker checker, CatalogSpec spec)
        {
            var findings = checker.Check(spec.Sentence);
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

        /// <summary>Whether an error is already listed inside the section whose header is at <paramref name="header"/>.</summary>
        private static bool SectionHasError(List<CatalogError> list, CatalogLocation header, IReadOnlyList<CatalogFile> files)
        {
            int next = int.MaxValue;
            foreach (var file in files)
            {
                if (file.Path != header.File)
                {
                    continue;
                }

                foreach (var entry in EntriesOf(file))
                {
                    int line = entry.Location.Line;
                    if (line > header.Line && line < next)
                    {
                        next = line;
                    }
                }
            }

            foreach (var error in list)
            {
                if (error.Location.Line > header.Line && error.Location.Line < next)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Contains(List<CatalogError> list, CatalogError error)
        {
            foreach (var e in list)
            {
                if (ReferenceEquals(e, error))
                {
                    return true;
                }
            }

            return false;
        }

        private static List<string> Sorted(IEnumerable<string> names)
        {
            var list = new List<string>(names);
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }
}
