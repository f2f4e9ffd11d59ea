using System.Collections.Generic;
using TermLint.Prose;

namespace TermLint.Catalog
{
    /// <summary>Where an entry or a value was written: a catalog file and a 1-based line.</summary>
    internal readonly struct CatalogLocation
    {
        public CatalogLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }
        public int Line { get; }
        public int Column { get; }

        public override string ToString() => File + "(" + Line + "," + Column + ")";
    }

    /// <summary>A sentence that an entry promises to flag (with a rule, or any rule) or to leave alone.</summary>
    internal sealed class CatalogSpec
    {
        public CatalogSpec(bool mustFlag, string? ruleId, string sentence, CatalogLocation location)
        {
            MustFlag = mustFlag;
            RuleId = ruleId;
            Sentence = sentence;
            Location = location;
        }

        public bool MustFlag { get; }
        public string? RuleId { get; }
        public string Sentence { get; }
        public CatalogLocation Location { get; }
    }

    /// <summary>Common shape of every entry: its name, where it was declared, its source and its specs.</summary>
    internal abstract class CatalogEntry
    {
        protected CatalogEntry(string name, CatalogLocation location)
        {
            Name = name;
            Location = location;
        }

        public string Name { get; }
        public CatalogLocation Location { get; }
        public string? Source { get; set; }
        public List<CatalogSpec> Specs { get; } = new List<CatalogSpec>();
    }

    /// <summary>A kind of foundation model and the noun a fix uses for it.</summary>
    internal sealed class KindEntry : CatalogEntry
    {
        public KindEntry(string name, CatalogLocation location) : base(name, location) { }

        public string? Noun { get; set; }
        public string? Plural { get; set; }
        public string? Label { get; set; }

        /// <summary>Phrases that name a task only a model of this kind does ("text-to-image"): "a text-to-image LLM" is this kind.</summary>
        public List<string> Tasks { get; } = new List<string>();
        public bool? IsLanguage { get; set; }
        public bool? IsMultimodal { get; set; }


        // The defaults are read for every sentence a rule checks: each is built once per value it derives from
        // (the properties stay settable while a catalog is parsed and merged).
        private Derived _noun, _plural, _label;

        public string NounOrDefault => Noun ?? _noun.For(Name, n => n + " model");
        public string PluralOrDefault => Plural ?? _plural.For(NounOrDefault, Inflection.PluralOf);
        public string LabelOrDefault => Label ?? _label.For(NounOrDefault, n => Articles.For(n) + " " + n);

        /// <summary>A string derived from another, kept until the other changes.</summary>
        private struct Derived
        {
            private string? _from;
            private string? _value;

            public string For(string from, System.Func<string, string> derive)
            {
                if (!ReferenceEquals(from, _from) || _value == null)
                {
                    _value = derive(from);
                    _from = from;
                }

                return _value;
            }
        }
    }

    /// <summary>How the aliases of a model compare with prose.</summary>
    internal enum AliasCase
    {
        /// <summary>One capitalised word (Whisper, CLIP) matches only as written; any other alias in any case.</summary>
        Auto,
        Exact,
        Any,
    }

    /// <summary>A model (family) with the aliases people write for it.</summary>
    internal sealed class ModelEntry : CatalogEntry
    {
        public ModelEntry(string name, CatalogLocation location) : base(name, location) { }

        public string? KindName { get; set; }

        /// <summary>Where 'kind' was written, so a bad reference is reported at its value.</summary>
        public CatalogLocation? KindAt { get; set; }

        public List<string> Aliases { get; } = new List<string>();

        public AliasCase? Case { get; set; }
        public string? Vendor { get; set; }
        public string? Noun { get; set; }
        public bool? Enabled { get; set; }
    }

    /// <summary>What a term family means to the rules.</summary>
    internal enum TermRole
    {
        /// <summary>"LLM", "large language model": the language class.</summary>
        Llm,
        /// <summary>"language model": the language class only where it classifies (after an article or copula).</summary>
        LanguageModel,
        /// <summary>"foundation model": the umbrella.</summary>
        Foundation,
        /// <summary>A wrong form that a rule replaces ("foundational model").</summary>
        Misnomer,
    }

    /// <summary>A family of terms ("LLM", "LLMs", "large language model"...).</summary>
    internal sealed class TermEntry : CatalogEntry
    {
        public TermEntry(string name, CatalogLocation location) : base(name, location) { }

        public TermRole? Role { get; set; }
        public List<string> Forms { get; } = new List<string>();

        public string? Replace { get; set; }
        public string? RuleId { get; set; }

        /// <summary>Where 'rule' was written, so an unknown rule ID is reported at its value.</summary>
        public CatalogLocation? RuleAt { get; set; }

        /// <summary>For a misnomer: the class it stands for (llm or foundation), so relation rules see it too.</summary>
        public TermRole? Means { get; set; }
        /// <summary>For a misnomer: true when it is wrong only in AI prose ("foundational model").</summary>
        public bool? NeedsAiContext { get; set; }
        public bool? Enabled { get; set; }
    }

    /// <summary>A named word list that rules consult ("ai-context").</summary>
    internal sealed class WordsEntry : CatalogEntry
    {
        public WordsEntry(string name, CatalogLocation location) : base(name, location) { }

        public List<string> Words { get; } = new List<string>();
    }

    /// <summary>A problem found in a catalog file, at a line and column.</summary>
    internal sealed class CatalogError
    {
        public CatalogError(CatalogLocation location, string message)
        {
            Location = location;
            Message = message;
        }

        public CatalogLocation Location { get; }
        public string Message { get; }

        public override string ToString() => Location + ": " + Message;
    }

    /// <summary>The entries of one catalog file as written, before merging.</summary>
    internal sealed class CatalogFile
    {
        public CatalogFile(string path) => Path = path;

        public string Path { get; }
        public List<KindEntry> Kinds { get; } = new List<KindEntry>();
        public List<ModelEntry> Models { get; } = new List<ModelEntry>();
        public List<TermEntry> Terms { get; } = new List<TermEntry>();
        public List<WordsEntry> Words { get; } = new List<WordsEntry>();
        public List<TypeEntry> Types { get; } = new List<TypeEntry>();
        public List<CatalogError> Errors { get; } = new List<CatalogError>();
    }
}
