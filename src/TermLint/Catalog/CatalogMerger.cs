using System;
using System.Collections.Generic;

namespace TermLint.Catalog
{
    /// <summary>
    /// Catalog files merged in order: a later file adds aliases, forms and words to an entry of the same name and
    /// overrides its values. Entries are copied before they are merged into, so a parsed file (cached and shared by
    /// every compilation that holds the same text) is never changed.
    /// </summary>
    internal sealed class CatalogMerger
    {
        private readonly Dictionary<string, ModelEntry> _models = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        private readonly List<string> _modelOrder = new List<string>();
        private readonly Dictionary<string, TermEntry> _terms = new Dictionary<string, TermEntry>(StringComparer.Ordinal);
        private readonly List<string> _termOrder = new List<string>();
        private readonly Dictionary<string, TypeEntry> _types = new Dictionary<string, TypeEntry>(StringComparer.Ordinal);
        private readonly List<string> _typeOrder = new List<string>();

        private CatalogMerger()
        {
        }

        public Dictionary<string, KindEntry> Kinds { get; } = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        public List<WordsEntry> Words { get; } = new List<WordsEntry>();
        public List<CatalogEntry> Entries { get; } = new List<CatalogEntry>();
        public List<CatalogError> Errors { get; } = new List<CatalogError>();

        public static CatalogMerger Merge(IEnumerable<CatalogFile> files)
        {
            var merger = new CatalogMerger();
            foreach (var file in files)
            {
                merger.Errors.AddRange(file.Errors);
                foreach (var kind in file.Kinds)
                {
                    merger.Add(kind);
                }

                foreach (var model in file.Models)
                {
                    merger.Add(model);
                }

                foreach (var term in file.Terms)
                {
                    merger.Add(term);
                }

                merger.Words.AddRange(file.Words);
                merger.Entries.AddRange(file.Words);
                foreach (var type in file.Types)
                {
                    merger.Add(type);
                }
            }

            return merger;
        }

        public IEnumerable<ModelEntry> ModelsInOrder()
        {
            foreach (string name in _modelOrder)
            {
                yield return _models[name];
            }
        }

        public IEnumerable<TermEntry> TermsInOrder()
        {
            foreach (string name in _termOrder)
            {
                yield return _terms[name];
            }
        }

        public IEnumerable<TypeEntry> TypesInOrder()
        {
            foreach (string name in _typeOrder)
            {
                yield return _types[name];
            }
        }

        private void Add(TypeEntry type)
        {
            Entries.Add(type);
            if (!_types.TryGetValue(type.Name, out var existing))
            {
                _types[type.Name] = type.Copy();
                _typeOrder.Add(type.Name);
                return;
            }

            existing.KindName = type.KindName ?? existing.KindName;
            existing.KindAt = type.KindName != null ? type.KindAt : existing.KindAt;
            existing.Enabled = type.Enabled ?? existing.Enabled;
        }

        private void Add(KindEntry kind)
        {
            Entries.Add(kind);
            if (!Kinds.TryGetValue(kind.Name, out var existing))
            {
                Kinds[kind.Name] = kind.Copy();
                return;
            }

            // A new noun without its own plural or label takes both from the noun, so the message and the fix never
            // describe one kind with two nouns.
            existing.Noun = kind.Noun ?? existing.Noun;
            existing.Plural = kind.Plural ?? (kind.Noun != null ? null : existing.Plural);
            existing.Label = kind.Label ?? (kind.Noun != null ? null : existing.Label);
            existing.IsLanguage = kind.IsLanguage ?? existing.IsLanguage;
            existing.IsMultimodal = kind.IsMultimodal ?? existing.IsMultimodal;
            existing.Tasks.AddRange(kind.Tasks);
        }

        private void Add(ModelEntry model)
        {
            Entries.Add(model);
            if (!_models.TryGetValue(model.Name, out var existing))
            {
                _models[model.Name] = model.Copy();
                _modelOrder.Add(model.Name);
                return;
            }

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

        private void Add(TermEntry term)
        {
            Entries.Add(term);
            if (!_terms.TryGetValue(term.Name, out var existing))
            {
                _terms[term.Name] = term.Copy();
                _termOrder.Add(term.Name);
                return;
            }

            existing.Role = term.Role ?? existing.Role;
            existing.Replace = term.Replace ?? existing.Replace;
            existing.RuleId = term.RuleId ?? existing.RuleId;
            existing.Means = term.Means ?? existing.Means;
            existing.NeedsAiContext = term.NeedsAiContext ?? existing.NeedsAiContext;
            existing.Enabled = term.Enabled ?? existing.Enabled;
            existing.Forms.AddRange(term.Forms);
        }
    }
}
