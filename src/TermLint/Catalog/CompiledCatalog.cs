using System;
using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>A model as the rules see it: its kind resolved, its fix noun chosen.</summary>
    internal sealed class ModelInfo
    {
        public ModelInfo(ModelEntry entry, KindEntry kind)
        {
            Entry = entry;
            Kind = kind;
            Noun = entry.Noun ?? kind.NounOrDefault;
            Plural = entry.Noun != null ? Inflection.PluralOf(entry.Noun) : kind.PluralOrDefault;
        }

        public ModelEntry Entry { get; }
        public KindEntry Kind { get; }
        public string Name => Entry.Name;
        public string Noun { get; }
        public string Plural { get; }
        public bool IsLanguage => Kind.IsLanguage == true;
        public bool IsMultimodal => Kind.IsMultimodal == true;
    }

    /// <summary>A term form as the rules see it.</summary>
    internal sealed class TermInfo
    {
        public TermInfo(TermEntry entry, string form, bool plural)
        {
            Entry = entry;
            Form = form;
            IsPlural = plural;
        }

        public TermEntry Entry { get; }
        public string Form { get; }
        public bool IsPlural { get; }
        public TermRole Role => Entry.Role ?? TermRole.Llm;
    }

    /// <summary>
    /// The merged, validated catalog compiled for matching: built once per set of catalog files (the built-in one
    /// once per process), then shared read-only by every tree and thread.
    /// </summary>
    internal sealed class CompiledCatalog
    {
        private readonly Dictionary<string, PhraseMatcher> _wordLists;
        private readonly Dictionary<string, KindEntry> _kinds;

        internal CompiledCatalog(PhraseMatcher mentions, Dictionary<string, PhraseMatcher> wordLists, Dictionary<string, KindEntry> kinds, Prefilter prefilter, List<ModelInfo> models, List<CatalogError> errors, List<CatalogEntry> entries)
        {
            Mentions = mentions;
            _wordLists = wordLists;
            _kinds = kinds;
            AiContext = WordList(WordListNames.AiContext);
            MultimodalContext = WordList(WordListNames.MultimodalContext);
            MultimodalNames = WordList(WordListNames.MultimodalNames);
            MultimodalMarkers = WordList(WordListNames.MultimodalMarkers);
            Modalities = WordList(WordListNames.Modalities);
            EuAiAct = WordList(WordListNames.EuAiAct);
            Regulatory = WordList(WordListNames.Regulatory);
            CompoundHeads = WordList(WordListNames.CompoundHeads);
            TrainingVerbs = WordList(WordListNames.TrainingVerbs);
            BroadData = WordList(WordListNames.BroadData);
            NotData = WordList(WordListNames.NotData);
            NarrowDomains = WordList(WordListNames.NarrowDomains);
            AdaptationVerbs = WordList(WordListNames.AdaptationVerbs);
            OtherLanguages = WordList(WordListNames.OtherLanguages);
            Prefilter = prefilter;
            Models = models;
            Errors = errors;
            Entries = entries;
        }

        /// <summary>Models and terms; a match's target is a <see cref="ModelInfo"/> or a <see cref="TermInfo"/>.</summary>
        public PhraseMatcher Mentions { get; }

        /// <summary>Words that mark prose as AI prose.</summary>
        public PhraseMatcher AiContext { get; }

        /// <summary>Words that put a model's image or audio abilities at the centre of a sentence (TL0005).</summary>
        public PhraseMatcher MultimodalContext { get; }

        /// <summary>Words that name the multimodal class ("multimodal"; TL0005).</summary>
        public PhraseMatcher MultimodalNames { get; }

        /// <summary>Words right before an LLM term that name other modalities ("a vision LLM"; TL0005).</summary>
        public PhraseMatcher MultimodalMarkers { get; }

        /// <summary>Modality words that name another class before "model" ("an image model"; TL0005).</summary>
        public PhraseMatcher Modalities { get; }

        /// <summary>Names of the EU AI Act (TL0008).</summary>
        public PhraseMatcher EuAiAct { get; }

        /// <summary>Words that make a sentence about regulating the models (TL0008).</summary>
        public PhraseMatcher Regulatory { get; }

        /// <summary>Nouns that make "the Whisper LLM pipeline" a compound (TL0001).</summary>
        public PhraseMatcher CompoundHeads { get; }

        /// <summary>Verbs that say what a model learned from (TL0006).</summary>
        public PhraseMatcher TrainingVerbs { get; }

        /// <summary>Broad training data (TL0006).</summary>
        public PhraseMatcher BroadData { get; }

        /// <summary>Things a model is trained on that are not data (TL0006).</summary>
        public PhraseMatcher NotData { get; }

        /// <summary>Function words of other languages ("und", "nous", "para"): English rules skip a sentence of them.</summary>
        public PhraseMatcher OtherLanguages { get; }

        /// <summary>
        /// Every alias by its letters and digits in lower case ("dalle", "stablediffusion"), for the one word right
        /// before an LLM term, where people type names loosely; homographs are left out.
        /// </summary>
        public LooseNames LooseAliases { get; internal set; } = LooseNames.Empty;

        /// <summary>The LLM term's forms "LLM" and "LLMs", for a term joined to a modifier ("audio-LLMs"); null when no catalog has them.</summary>
        public TermInfo? LlmSingular { get; internal set; }

        public TermInfo? LlmPlural { get; internal set; }

        /// <summary>Tasks of non-language kinds ("text-to-image"); a match's target is the <see cref="KindEntry"/>.</summary>
        public PhraseMatcher Tasks { get; internal set; } = EmptyList;

        /// <summary>Nouns of non-language kinds ("embedding model"); a match's target is the <see cref="KindEntry"/>.</summary>
        public PhraseMatcher KindNouns { get; internal set; } = EmptyList;

        /// <summary>Narrow domains of data (TL0006).</summary>
        public PhraseMatcher NarrowDomains { get; }

        /// <summary>Verbs that use or adapt a foundation model (TL0006).</summary>
        public PhraseMatcher AdaptationVerbs { get; }

        public Prefilter Prefilter { get; }
        public IReadOnlyList<ModelInfo> Models { get; }

        /// <summary>The enabled <c>[type …]</c> entries with their kinds (TL0009), in catalog order.</summary>
        public IReadOnlyList<CatalogTypeInfo> Types { get; internal set; } = Array.Empty<CatalogTypeInfo>();

        /// <summary>Problems found while merging and resolving (unknown kinds, missing sources...).</summary>
        public IReadOnlyList<CatalogError> Errors { get; }

        /// <summary>Every entry that carries specs, for the spec runner.</summary>
        public IReadOnlyList<CatalogEntry> Entries { get; }

        public static CompiledCatalog Compile(IEnumerable<CatalogFile> files) => CatalogCompiler.Compile(files);

        /// <summary>A word list by its section name; an empty list when no catalog declares it.</summary>
        public PhraseMatcher WordList(string name) => _wordLists.TryGetValue(name, out var matcher) ? matcher : EmptyList;

        /// <summary>A kind by its section name, merged over every catalog; null when none declares it.</summary>
        public KindEntry? Kind(string name) => _kinds.TryGetValue(name, out var kind) ? kind : null;

        private static readonly PhraseMatcher EmptyList = new PhraseMatcher(Array.Empty<Phrase>());
    }
}
