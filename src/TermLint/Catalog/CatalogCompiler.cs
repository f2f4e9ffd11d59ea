using System;
using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>
    /// Compiles merged catalog entries for matching: one phrase matcher over every alias and term form, one per word
    /// list, and the prefilter of term anchors. Problems (unknown kinds, duplicate aliases…) become errors, never
    /// exceptions.
    /// </summary>
    internal static class CatalogCompiler
    {
        public static CompiledCatalog Compile(IEnumerable<CatalogFile> files)
        {
            var merged = CatalogMerger.Merge(files);
            var errors = merged.Errors;
            var phrases = new List<Phrase>();
            var models = CompileModels(merged, phrases, errors);
            var triggers = CompileTerms(merged, phrases, errors);
            TermInfo? singular = null, plural = null;
            foreach (var phrase in phrases)
            {
                if (phrase.Target is TermInfo info && info.Role == TermRole.Llm && info.Entry.Enabled != false)
                {
                    singular ??= phrase.Text == "LLM" ? info : null;
                    plural ??= phrase.Text == "LLMs" ? info : null;
                }
            }

            var classes = CompileClasses(merged.Kinds, models);
            return new CompiledCatalog(new PhraseMatcher(phrases), CompileWordLists(merged.Words), merged.Kinds, new Prefilter(triggers), models, errors, merged.Entries)
            {
                Types = TypeCatalog.Compile(merged.TypesInOrder(), merged.Kinds, errors),
                Tasks = classes.Tasks,
                LlmSingular = singular,
                LooseAliases = new LooseNames(LooseAliases(models, merged.Words)),
                LlmPlural = plural,
                KindNouns = classes.Nouns,
            };
        }

        /// <summary>
        /// For every kind that is not a language kind and has models: its tasks ("text-to-image") and its noun and
        /// plural ("embedding model"), each phrase targeting the kind, so a sentence can name the class without a model.
        /// </summary>
        private static (PhraseMatcher Tasks, PhraseMatcher Nouns) CompileClasses(Dictionary<string, KindEntry> kinds, List<ModelInfo> models)
        {
            var used = new HashSet<KindEntry>();
            foreach (var model in models)
            {
                used.Add(model.Kind);
            }

            var tasks = new List<Phrase>();
            var nouns = new List<Phrase>();
            foreach (var kind in kinds.Values)
            {
                if (kind.IsLanguage == true || !used.Contains(kind))
                {
                    continue;
                }

                foreach (string task in kind.Tasks)
                {
                    AddPhrase(tasks, task, kind);
                }

                AddPhrase(nouns, kind.NounOrDefault, kind);
                AddPhrase(nouns, kind.PluralOrDefault, kind);
            }

            return (new PhraseMatcher(tasks), new PhraseMatcher(nouns));
        }

        /// <summary>Aliases by their lower-case letters and digits; a key two models share, or a homograph, is left out.</summary>
        private static Dictionary<string, ModelInfo> LooseAliases(List<ModelInfo> models, List<WordsEntry> words)
        {
            var homographs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var list in words)
            {
                if (list.Name == WordListNames.Homographs)
                {
                    foreach (string word in list.Words)
                    {
                        homographs.Add(LooseNames.KeyOf(word, 0, word.Length));
                    }
                }
            }

            var loose = new Dictionary<string, ModelInfo>(StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var model in models)
            {
                foreach (string alias in model.Entry.Aliases)
                {
                    string key = LooseNames.KeyOf(alias, 0, alias.Length);
                    if (key.Length < 3 || homographs.Contains(key) || shared.Contains(key))
                    {
                        continue;
                    }

                    if (loose.TryGetValue(key, out var owner) && owner != model)
                    {
                        loose.Remove(key);
                        shared.Add(key);
                        continue;
                    }

                    loose[key] = model;
                }
            }

            return loose;
        }

        private static void AddPhrase(List<Phrase> phrases, string text, KindEntry kind)
        {
            string[] words = PhraseMatcher.WordsOf(text);
            if (words.Length > 0)
            {
                phrases.Add(new Phrase(text, words, IsExact(AliasCase.Auto, words), kind));
            }
        }

        /// <summary>Every enabled model with a declared kind, its aliases added to <paramref name="phrases"/>.</summary>
        private static List<ModelInfo> CompileModels(CatalogMerger merged, List<Phrase> phrases, List<CatalogError> errors)
        {
            var compiled = new List<ModelInfo>();
            var seenAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var model in merged.ModelsInOrder())
            {
                if (model.Enabled == false)
                {
                    continue;
                }

                if (model.KindName == null)
                {
                    errors.Add(new CatalogError(model.Location, "model '" + model.Name + "' has no 'kind'; add 'kind = <one of the declared kinds>'"));
                    continue;
                }

                if (!merged.Kinds.TryGetValue(model.KindName, out var kind))
                {
                    errors.Add(new CatalogError(model.Location, "model '" + model.Name + "' names kind '" + model.KindName + "', which no [kind] section declares (known: " + string.Join(", ", merged.Kinds.Keys) + ")"));
                    continue;
                }

                var info = new ModelInfo(model, kind);
                compiled.Add(info);
                foreach (string alias in model.Aliases)
                {
                    if (seenAliases.TryGetValue(alias, out string? owner) && owner != model.Name)
                    {
                        errors.Add(new CatalogError(model.Location, "alias '" + alias + "' of model '" + model.Name + "' is already an alias of '" + owner + "'; the later one wins"));
                    }

                    seenAliases[alias] = model.Name;
                    string[] aliasWords = PhraseMatcher.WordsOf(alias);
                    if (aliasWords.Length > 0)
                    {
                        phrases.Add(new Phrase(alias, aliasWords, IsExact(model.Case ?? AliasCase.Auto, aliasWords), info));
                    }
                }
            }

            return compiled;
        }

        /// <summary>Every enabled term's forms added to <paramref name="phrases"/>; returns the prefilter's trigger words.</summary>
        private static List<string> CompileTerms(CatalogMerger merged, List<Phrase> phrases, List<CatalogError> errors)
        {
            var triggers = new List<string>();
            foreach (var term in merged.TermsInOrder())
            {
                if (term.Enabled == false)
                {
                    continue;
                }

                if (term.Role == null)
                {
                    errors.Add(new CatalogError(term.Location, "term '" + term.Name + "' has no 'role'; use llm, language-model, foundation or misnomer"));
                    continue;
                }

                if (term.Role == TermRole.Misnomer && term.Replace == null)
                {
                    errors.Add(new CatalogError(term.Location, "misnomer term '" + term.Name + "' needs 'replace = <the right word>'"));
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

            return triggers;
        }

        /// <summary>One matcher per word-list name; sections of the same name add to one list.</summary>
        private static Dictionary<string, PhraseMatcher> CompileWordLists(List<WordsEntry> words)
        {
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

            return wordLists;
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

        /// <summary>"LLMs", "models", and the shouted "LLMS" (an acronym's plural in capitals).</summary>
        private static bool IsPluralForm(string lastWord) =>
            lastWord.Length > 1 && (lastWord[lastWord.Length - 1] == 's'
                || (lastWord.Length > 3 && lastWord[lastWord.Length - 1] == 'S' && TextFold.IsAllUpper(lastWord)));

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
