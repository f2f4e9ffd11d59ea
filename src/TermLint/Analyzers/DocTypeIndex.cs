using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using TermLint.Catalog;
using TermLint.Rules;

namespace TermLint.Analyzers
{
    /// <summary>
    /// The catalog's <c>[type …]</c> entries resolved in one compilation (TL0009), once per compilation. A compilation
    /// that references none of them (no AI package, no user type) gets no index, and TL0009 does no work in it.
    /// </summary>
    internal sealed class DocTypeIndex
    {
        private readonly Dictionary<INamedTypeSymbol, CatalogTypeInfo> _types;
        private readonly KindEntry? _foundation;
        private readonly ReportDiagnostic? _global;

        private DocTypeIndex(Dictionary<INamedTypeSymbol, CatalogTypeInfo> types, KindEntry? foundation, ReportDiagnostic? global)
        {
            _types = types;
            _foundation = foundation;
            _global = global;
        }

        public static DocTypeIndex? Create(Compilation compilation, CompiledCatalog catalog, CancellationToken cancellationToken)
        {
            if (catalog.Types.Count == 0)
            {
                return null;
            }

            var types = new Dictionary<INamedTypeSymbol, CatalogTypeInfo>(SymbolEqualityComparer.Default);
            foreach (var type in catalog.Types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var symbol in compilation.GetTypesByMetadataName(type.MetadataName))
                {
                    types[symbol.OriginalDefinition] = type;
                }
            }

            if (types.Count == 0)
            {
                return null;
            }

            return new DocTypeIndex(types, catalog.Kind(KindNames.Foundation), GlobalSeverity(compilation, cancellationToken));
        }

        /// <summary>Whether TL0009 is off for this tree (severity none, by .editorconfig, .globalconfig or NoWarn): then it costs nothing there.</summary>
        public bool IsOffIn(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider != null && provider.TryGetDiagnosticValue(tree, RuleIds.DocumentedThingCalledLlm, cancellationToken, out var severity))
            {
                return severity == ReportDiagnostic.Suppress;
            }

            return _global == ReportDiagnostic.Suppress;
        }

        private static ReportDiagnostic? GlobalSeverity(Compilation compilation, CancellationToken cancellationToken)
        {
            var provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider != null && provider.TryGetGlobalDiagnosticValue(RuleIds.DocumentedThingCalledLlm, cancellationToken, out var global))
            {
                return global;
            }

            return compilation.Options.SpecificDiagnosticOptions.TryGetValue(RuleIds.DocumentedThingCalledLlm, out var specific) ? specific : (ReportDiagnostic?)null;
        }

        /// <summary>The umbrella kind, for something tied to catalog types of two non-language kinds (an image and an audio client).</summary>
        public KindEntry? Foundation => _foundation;

        /// <summary>
        /// The catalog types <paramref name="type"/> is, derives from or implements, nearest first, with how it is tied
        /// to each; an array is its element, a type parameter its constraints, and a System wrapper of one type
        /// (<c>Task&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, <c>Lazy&lt;T&gt;</c>) that type.
        /// </summary>
        public void Collect(ITypeSymbol? type, List<TypeMatch> into, int depth = 0)
        {
            if (type == null || depth > 3)
            {
                return;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    Collect(array.ElementType, into, depth + 1);
                    return;
                case ITypeParameterSymbol parameter:
                    foreach (var constraint in parameter.ConstraintTypes)
                    {
                        Collect(constraint, into, depth + 1);
                    }

                    return;
                case INamedTypeSymbol named:
                    int before = into.Count;
                    Add(named, named, TypeTie.Is, into);
                    for (var b = named.BaseType; b != null; b = b.BaseType)
                    {
                        Add(named, b, TypeTie.DerivesFrom, into);
                    }

                    foreach (var i in named.AllInterfaces)
                    {
                        Add(named, i, TypeTie.Implements, into);
                    }

                    if (into.Count == before && named.IsGenericType && named.TypeArguments.Length == 1 && IsSystem(named.ContainingNamespace))
                    {
                        Collect(named.TypeArguments[0], into, depth + 1);
                    }

                    return;
            }
        }

        private void Add(INamedTypeSymbol owner, INamedTypeSymbol candidate, TypeTie tie, List<TypeMatch> into)
        {
            if (_types.TryGetValue(candidate.OriginalDefinition, out var info))
            {
                into.Add(new TypeMatch(owner, candidate.OriginalDefinition, info, tie));
            }
        }

        private static bool IsSystem(INamespaceSymbol? ns)
        {
            while (ns != null && !ns.IsGlobalNamespace)
            {
                if (ns.ContainingNamespace?.IsGlobalNamespace == true)
                {
                    return ns.Name == "System";
                }

                ns = ns.ContainingNamespace;
            }

            return false;
        }
    }

    /// <summary>How a type is tied to a catalog type.</summary>
    internal enum TypeTie
    {
        Is,
        DerivesFrom,
        Implements,
    }

    /// <summary>A type (<see cref="Owner"/>) tied to a catalog type.</summary>
    internal readonly struct TypeMatch
    {
        public TypeMatch(INamedTypeSymbol owner, INamedTypeSymbol catalogType, CatalogTypeInfo info, TypeTie tie)
        {
            Owner = owner;
            CatalogType = catalogType;
            Info = info;
            Tie = tie;
        }

        public INamedTypeSymbol Owner { get; }
        public INamedTypeSymbol CatalogType { get; }
        public CatalogTypeInfo Info { get; }
        public TypeTie Tie { get; }
    }
}
