using System.Collections.Generic;

namespace TermLint.Catalog
{
    /// <summary>
    /// A well-known .NET type that works with one kind of model (<c>[type OpenAI.Images.ImageClient]</c>): a client or
    /// an abstraction. The section name is the type's full metadata name, as <c>Compilation.GetTypeByMetadataName</c>
    /// takes it: namespace, name, a backtick and the arity for a generic type (<c>IEmbeddingGenerator`2</c>), '+'
    /// before a nested type. TL0009 reads it: a doc comment of code that is, implements, derives from or belongs to
    /// the type must not call the documented thing an LLM unless the kind is a language kind.
    /// </summary>
    internal sealed class TypeEntry : CatalogEntry
    {
        public TypeEntry(string name, CatalogLocation location) : base(name, location) { }

        public string? KindName { get; set; }

        /// <summary>Where 'kind' was written, so a bad reference is reported at its value.</summary>
        public CatalogLocation? KindAt { get; set; }

        public bool? Enabled { get; set; }

        public TypeEntry Copy()
        {
            var copy = new TypeEntry(Name, Location) { Source = Source, KindName = KindName, KindAt = KindAt, Enabled = Enabled };
            copy.Specs.AddRange(Specs);
            return copy;
        }

        /// <summary>Why a section name is not a metadata name, or null: letters, digits, '_', '.', '+' and a backtick arity.</summary>
        public static string? NameProblem(string name)
        {
            if (name.Length == 0 || name[0] == '.' || name[name.Length - 1] == '.' || name.IndexOf("..", System.StringComparison.Ordinal) >= 0)
            {
                return "'" + name + "' is not a full metadata name; write the namespace and the name: [type Contoso.Speech.VoiceClient]";
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || (c == '`' && i + 1 < name.Length && char.IsDigit(name[i + 1]))))
                {
                    return "'" + name + "' is not a metadata name: a generic type is written with a backtick and its arity (IEmbeddingGenerator`2), a nested type with '+' (Outer+Inner)";
                }
            }

            return null;
        }
    }

    /// <summary>A type entry as the analyzer sees it: its kind resolved.</summary>
    internal sealed class CatalogTypeInfo
    {
        public CatalogTypeInfo(TypeEntry entry, KindEntry kind)
        {
            Entry = entry;
            Kind = kind;
        }

        public TypeEntry Entry { get; }
        public KindEntry Kind { get; }

        /// <summary>The full metadata name.</summary>
        public string MetadataName => Entry.Name;

        /// <summary>The type name without namespace and arity ("ImageClient", "IEmbeddingGenerator").</summary>
        public string ShortName
        {
            get
            {
                string name = Entry.Name;
                int dot = System.Math.Max(name.LastIndexOf('.'), name.LastIndexOf('+'));
                int tick = name.IndexOf('`', dot + 1);
                return tick > dot ? name.Substring(dot + 1, tick - dot - 1) : name.Substring(dot + 1);
            }
        }

        public bool IsLanguage => Kind.IsLanguage == true;
    }

    /// <summary>Compiles the merged type entries: every enabled one whose kind exists.</summary>
    internal static class TypeCatalog
    {
        public static List<CatalogTypeInfo> Compile(IEnumerable<TypeEntry> types, Dictionary<string, KindEntry> kinds, List<CatalogError> errors)
        {
            var compiled = new List<CatalogTypeInfo>();
            foreach (var type in types)
            {
                if (type.Enabled == false)
                {
                    continue;
                }

                if (type.KindName == null)
                {
                    errors.Add(new CatalogError(type.Location, "type '" + type.Name + "' has no 'kind'; add 'kind = <one of the declared kinds>'"));
                    continue;
                }

                if (!kinds.TryGetValue(type.KindName, out var kind))
                {
                    errors.Add(new CatalogError(type.KindAt ?? type.Location, "type '" + type.Name + "' names kind '" + type.KindName + "', which no [kind] section declares (known: " + string.Join(", ", kinds.Keys) + ")"));
                    continue;
                }

                compiled.Add(new CatalogTypeInfo(type, kind));
            }

            return compiled;
        }
    }
}
