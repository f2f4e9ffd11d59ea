using System;
using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>
    /// Merges catalog files in order (a later file adds aliases, forms and words, and overrides values) and compiles
    /// the result for matching: one phrase matcher over every alias and term form, one per word list, and the
    /// prefilter of term anchors. Problems (unknown kinds, duplicate aliases…) become errors, never exceptions.
    /// </summary>
    internal static class CatalogCompiler
    {
        public static CompiledCatalog Compile(IEnumerable<CatalogFile> files)
        {
            var errors = new List<CatalogError>();
            var kinds = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
            var models = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
            var modelOrder = new List<string>();
            var terms = new Dictionary<string, TermEntry>(StringComparer.Ordinal);
            var termOrder = new List<string>();
            var words = new List<WordsEntry>();
            var entries = new List<CatalogEntry>();

            foreach (var file in files)
            {
                errors.AddRange(file.Errors);
                foreach (var kind in file.Kinds)
                {
                    entries.Add(kind);
                    if (kinds.TryGetValue(kind.Name, out var existing))
                    {
                        // A new noun without its own plural or label takes both from the noun, so the message and
                        // the fix never describe one kind with two nouns.
                        existing.Noun = kind.Noun ?? existing.Noun;
                        existing.Plural = kind.Plural ?? (kind.Noun != null ? null : existing.Plural);
                        existing.Label = kind.Label ?? (kind.Noun != null ? null : existing.Label);
                        existing.IsLanguage = kind.IsLanguage ?? existing.IsLanguage;
                        existing.IsMultimodal = kind.IsMultimodal ?? existing.IsMultimodal;
                    }
                    else
                    {
                        // A copy to merge into: merging never changes an entry that another compilation shares.
                        kinds[kind.Name] = kind.Copy();
                    }
                }

                foreach (var model in file.Models)
                {
                    entries.Add(model);
                    if (models.TryGetValue(model.Name, out var existing))
                    {
                        existing.KindName = model.KindName ?? existing.KindName;
                        existing.Vendor = model.Vendor ?? existing.Vendor;
                        existing.Noun = model.Noun ?? existing.Noun;
                        existing.Case = model.Case ?? existing.Case;
                        existing.Enabled = model.Enabled ?? existing.Enabled;
                        foreach (string alias in model.Aliases)
                        {
                            if (!existing.Aliases.Contains(alias))
                            {
                                existing.Aliases.Add(alias);
                            }
                        }
                    }
                    else
                    {
                        models[model.Name] = model.Copy();
                        modelOrder.Add(model.Name);
                    }
                }

                foreach (var term in file.Terms)
                {
                    entries.Add(term);
                    if (terms.TryGetValue(term.Name, out var existing))
                    {
                        existing.Role = term.Role ?? existing.Role;
                        existing.Replace = term.Replace ?? existing.Replace;
                        existing.RuleId = term.RuleId ?? existing.RuleId;
                        existing.Means = term.Means ?? existing.Means;
                        existing.NeedsAiContext = term.NeedsAiContext ?? existing.NeedsAiContext;
                        existing.Enabled = term.Enabled ?? existing.Enabled;
                        existing.Forms.AddRange(term.Forms);
                    }
                    else
                    {
                        terms[term.Name] = term.Copy();
                        termOrder.Add(term.Name);
                    }
                }

                words.AddRange(file.Words);
                entries.AddRange(file.Words);
            }

            var phrases = new List<Phrase>();
            var compiledModels = new List<ModelInfo>();
            var seenAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in modelOrder)
            {
                var model = models[name];
                if (model.Enabled == false)
                {
                    continue;
                }

                if (model.KindName == null)
                {
                    errors.Add(new CatalogError(model.Location, "model '" + name + "' has no 'kind'; add 'kind = <one of the declared kinds>'"));
                    continue;
                }

                if (!kinds.TryGetValue(model.KindName, out var kind))
                {
                    errors.Add(new CatalogError(model.Location, "model '" + name + "' names kind '" + model.KindName + "', which no [kind] section declares (known: " + string.Join(", ", kinds.Keys) + ")"));
                    continue;
                }

                var info = new ModelInfo(model, kind);
                compiledModels.Add(info);
                foreach (string alias in model.Aliases)
                {
                    if (seenAliases.TryGetValue(alias, out string? owner) && owner != name)
                    {
                        errors.Add(new CatalogError(model.Location, "alias '" + alias + "' of model '" + name + "' is already an alias of '" + owner + "'; the later one wins"));
                    }

                    seenAliases[alias] = name;
                    string[] aliasWords = PhraseMatcher.WordsOf(alias);
                    if (aliasWords.Length > 0)
                    {
                        phrases.Add(new Phrase(alias, aliasWords, IsExact(model.Case ?? AliasCase.Auto, aliasWords), info));
                    }
                }
            }

            var triggers = new List<string>();
            foreach (string name in termOrder)
            {
                var term = terms[name];
                if (term.Enabled == false)
                {
                    continue;
                }

                if (term.Role == null)
                {
                    errors.Add(new CatalogError(term.Location, "term '" + name + "' has no 'role'; use llm, language-model, foundation or misnomer"));
                    continue;
                }

                if (term.Role == TermRole.Misnomer && term.Replace == null)
                {
                    errors.Add(new CatalogError(term.Location, "misnomer term '" + name + "' needs 'replace = <the right word>'"));
                    continue;
                }

                foreach (string form in term.Forms)
                {
                    string[] formWords = PhraseMatcher.WordsOf(form);
                    if (formWords.Length == 0)
                    {
                        continue;
                    }

                    bool plural = IsPluralForm(formWords[formWords.Length - 1]);
                    phrases.Add(new Phrase(form, formWords, IsExact(AliasCase.Auto, formWords), new TermInfo(term, form, plural), acronymsExact: true));
                    triggers.Add(AnchorOf(formWords));
                }
            }

            var listPhrases = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
            foreach (var list in words)
            {
                if (!listPhrases.TryGetValue(list.Name, out var target))
                {
                    listPhrases[list.Name] = target = new List<Phrase>();
                }

                foreach (string word in list.Words)
                {
                    string[] w = PhraseMatcher.WordsOf(word);
                    if (w.Length > 0)
                    {
                        target.Add(new Phrase(word, w, IsExact(AliasCase.Auto, w), list));
                    }
                }
            }

            var wordLists = new Dictionary<string, PhraseMatcher>(StringComparer.Ordinal);
            foreach (var pair in listPhrases)
            {
                wordLists[pair.Key] = new PhraseMatcher(pair.Value);
            }

            return new CompiledCatalog(new PhraseMatcher(phrases), wordLists, kinds, new Prefilter(triggers), compiledModels, errors, entries);
        }

        private static bool IsExact(AliasCase mode, string[] words)
        {
            switch (mode)
            {
                case AliasCase.Exact:
                    return true;
                case AliasCase.Any:
                    return false;
            }

            if (words.Length != 1)
            {
                return false;
            }

            bool upper = false;
            foreach (char c in words[0])
            {
                if (char.IsDigit(c) || c == '-' || c == '.')
                {
                    return false;
                }

                upper |= char.IsUpper(c);
            }

            return upper;
        }

        private static bool IsPluralForm(string lastWord) =>
            lastWord.Length > 1 && lastWord[lastWord.Length - 1] == 's';

        /// <summary>The word of a term form that the prefilter looks for: its first word that is not a common word.</summary>
        private static string AnchorOf(string[] words)
        {
            foreach (string word in words)
            {
                switch (word.ToLowerInvariant())
                {
                    case "model":
                    case "models":
                    case "large":
                    case "ai":
                    case "a":
                    case "an":
                    case "the":
                        continue;
                    default:
                        return word.EndsWith("s", StringComparison.Ordinal) && word.Length > 3 ? word.Substring(0, word.Length - 1) : word;
                }
            }

            return words[0];
        }
    }
}
