using System;
using System.Collections.Generic;

namespace TermLint.Catalog
{
    /// <summary>The merged catalog, the problems found per user file, and the user files as they were used (their specs still to run).</summary>
    internal sealed class MergedCatalog
    {
        public MergedCatalog(CompiledCatalog catalog, Dictionary<string, List<CatalogError>> errorsByFile, List<CatalogFile> userFiles)
        {
            Catalog = catalog;
            ErrorsByFile = errorsByFile;
            UserFiles = userFiles;
        }

        public CompiledCatalog Catalog { get; }
        public Dictionary<string, List<CatalogError>> ErrorsByFile { get; }
        public List<CatalogFile> UserFiles { get; }
    }

    /// <summary>
    /// Merges user catalog files (already parsed) after the built-in ones; their specs are run by the engine. A user file may add kinds, models,
    /// aliases and terms, override a kind's noun, switch a built-in entry off and carry specs. Every line that
    /// cannot be used becomes a <see cref="CatalogError"/> in its own file, and that line alone is dropped: the rest
    /// of the file and the built-in catalog keep working. No Roslyn types: plain files in, a catalog out.
    /// </summary>
    internal static class UserCatalogMerge
    {
        /// <summary>How user catalogs are recognised among AdditionalFiles.</summary>
        public const string FileExtension = ".termlint";

        /// <summary>Upper bound on the user specs run per build, so a generated catalog cannot make a build crawl.</summary>
        public const int MaxSpecs = 1000;

        public static bool IsCatalogPath(string path) => path.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase);

        public static MergedCatalog Merge(IReadOnlyList<CatalogFile> builtIn, IReadOnlyList<CatalogFile> user, ICollection<string> knownRuleIds)
        {
            var errors = new Dictionary<string, List<CatalogError>>(StringComparer.Ordinal);
            foreach (var file in user)
            {
                errors[file.Path] = new List<CatalogError>(file.Errors);
            }

            var kinds = new HashSet<string>(StringComparer.Ordinal);
            var models = new HashSet<string>(StringComparer.Ordinal);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var types = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in builtIn)
            {
                Collect(file, kinds, models, terms);
                foreach (var type in file.Types)
                {
                    types.Add(type.Name);
                }
            }

            foreach (var file in user)
            {
                Collect(file, kinds, null, null);
            }

            var clean = new List<CatalogFile>(builtIn.Count + user.Count);
            clean.AddRange(builtIn);
            foreach (var file in user)
            {
                var sanitized = Sanitize(file, kinds, models, terms, knownRuleIds, errors[file.Path]);
                SanitizeTypes(file, sanitized, kinds, types, knownRuleIds, errors[file.Path]);
                clean.Add(sanitized);
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

            return new MergedCatalog(catalog, errors, clean.GetRange(builtIn.Count, clean.Count - builtIn.Count));
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
                    errors.Add(new CatalogError(model.Location, "there is no model '" + model.Name + "' to switch off; " + DidYouMean(model.Name, models) + "'enabled = no' takes the exact name of a built-in [model] section (names are case-sensitive)"));
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
                    errors.Add(new CatalogError(term.Location, "there is no term '" + term.Name + "' to switch off; " + DidYouMean(term.Name, terms) + "'enabled = no' takes the exact name of a built-in [term] section: " + string.Join(", ", Sorted(terms))));
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

        /// <summary>The file's [type …] entries into <paramref name="clean"/>, without a kind that does not exist.</summary>
        private static void SanitizeTypes(CatalogFile file, CatalogFile clean, HashSet<string> kinds, HashSet<string> types, ICollection<string> ruleIds, List<CatalogError> errors)
        {
            foreach (var type in file.Types)
            {
                bool known = types.Contains(type.Name);
                if (type.Enabled == false && !known)
                {
                    errors.Add(new CatalogError(type.Location, "there is no type '" + type.Name + "' to switch off; " + DidYouMean(type.Name, types) + "'enabled = no' takes the exact metadata name of a built-in [type] section"));
                    continue;
                }

                var copy = type.Copy();
                if (type.KindName != null && !kinds.Contains(type.KindName))
                {
                    errors.Add(new CatalogError(type.KindAt ?? type.Location, "type '" + type.Name + "' names kind '" + type.KindName + "', which no [kind] section declares; use one of " + string.Join(", ", Sorted(kinds))));
                    if (!known)
                    {
                        continue;
                    }

                    copy.KindName = null;
                }

                copy.Specs.Clear();
                copy.Specs.AddRange(CheckSpecs(type, ruleIds, errors));
                types.Add(type.Name);
                clean.Types.Add(copy);
            }
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

        internal static IEnumerable<CatalogEntry> EntriesOf(CatalogFile file)
        {
            foreach (var e in file.Kinds) { yield return e; }
            foreach (var e in file.Models) { yield return e; }
            foreach (var e in file.Terms) { yield return e; }
            foreach (var e in file.Words) { yield return e; }
            foreach (var e in file.Types) { yield return e; }
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

        /// <summary>"did you mean 'Whisper'? " for a name that differs from an existing one in case or by a typo; else empty.</summary>
        private static string DidYouMean(string name, IEnumerable<string> names)
        {
            string? nearest = TermLint.Prose.NearestName.Find(name, Sorted(names));
            return nearest == null ? string.Empty : "did you mean '" + nearest + "'? ";
        }

        private static List<string> Sorted(IEnumerable<string> names)
        {
            var list = new List<string>(names);
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }
}
