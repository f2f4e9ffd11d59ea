using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TermLint.Catalog;
using TermLint.Rules;
using TermLint.Sources;

namespace TermLint.Analyzers
{
    /// <summary>
    /// TL0009's view of one syntax tree: for a doc comment, the declaration it documents and, per part, the catalog
    /// kind the code ties it to. The semantic model is requested only when a sentence of a doc comment has a TL0009
    /// shape, once per tree; both doc modes find the declaration the same way, from the token the comment is the
    /// leading trivia of.
    /// </summary>
    internal sealed class TreeDocSubjects
    {
        /// <summary>A type as its declaration names it: "IEmbeddingGenerator<string, Embedding<float>>", without the "?" of a nullable reference.</summary>
        private static readonly SymbolDisplayFormat Display = SymbolDisplayFormat.MinimallyQualifiedFormat
            .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private readonly Compilation _compilation;
        private readonly SyntaxTree _tree;
        private readonly SyntaxNode _root;
        private readonly DocTypeIndex _index;
        private readonly CancellationToken _cancellationToken;
        private SemanticModel? _model;

        public TreeDocSubjects(Compilation compilation, SyntaxTree tree, SyntaxNode root, DocTypeIndex index, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _tree = tree;
            _root = root;
            _index = index;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The subjects of the doc comment that <paramref name="segment"/> is (nothing is resolved until asked).</summary>
        public IDocSubjects For(ProseSegment segment) => new Comment(this, segment.Text.Length > 0 ? segment.SourceStart(0) : -1);

        /// <summary>How many semantic models TL0009 has requested in this process (the corpus runner reports it).</summary>
        internal static int SemanticModelsRequested => s_requested;

        private static int s_requested;

        private SemanticModel Model
        {
            get
            {
                if (_model == null)
                {
                    Interlocked.Increment(ref s_requested);
#pragma warning disable RS1030 // A syntax-tree action has no semantic model of its own: one is made only for a tree with a TL0009 candidate.
                    _model = _compilation.GetSemanticModel(_tree);
#pragma warning restore RS1030
                }

                return _model;
            }
        }

        /// <summary>The declaration whose doc comment holds <paramref name="position"/>, or null (a comment inside a body, before a namespace).</summary>
        private MemberDeclarationSyntax? DeclarationAt(int position)
        {
            if (position < 0 || position >= _root.FullSpan.End)
            {
                return null;
            }

            var token = _root.FindToken(position);
            if (position >= token.SpanStart)
            {
                return null;
            }

            for (var node = token.Parent; node != null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax member)
                {
                    bool documentable = !(member is BaseNamespaceDeclarationSyntax) && !(member is GlobalStatementSyntax) && !(member is IncompleteMemberSyntax);
                    return documentable && member.GetFirstToken() == token ? member : null;
                }

                if (node is StatementSyntax || node is ExpressionSyntax && !(node is TypeSyntax))
                {
                    return null;
                }
            }

            return null;
        }

        private ISymbol? SymbolOf(MemberDeclarationSyntax member) => member switch
        {
            BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 => Model.GetDeclaredSymbol(field.Declaration.Variables[0], _cancellationToken),
            _ => Model.GetDeclaredSymbol(member, _cancellationToken),
        };

        /// <summary>The subject of a part: the nearest level of the symbol that is tied to a catalog type decides.</summary>
        private DocSubject? SubjectOf(MemberDeclarationSyntax member, DocPartKind kind, string? name)
        {
            var symbol = SymbolOf(member);
            if (symbol == null)
            {
                return null;
            }

            var matches = new List<TypeMatch>();
            if (kind == DocPartKind.Param && name != null && ParameterNamed(member, symbol, name) is { } parameter)
            {
                _index.Collect(parameter.Type, matches);
                if (matches.Count > 0)
                {
                    return Decide(parameter.Name, matches, Tied("is of type", matches[0]));
                }

                return MemberSubject(symbol, parameter.Name, "belongs to '" + symbol.Name + "', which ", matches);
            }

            return MemberSubject(symbol, NameOf(symbol), string.Empty, matches);
        }

        private DocSubject? MemberSubject(ISymbol symbol, string name, string prefix, List<TypeMatch> matches)
        {
            switch (symbol)
            {
                case INamedTypeSymbol type:
                    _index.Collect(type, matches);
                    return matches.Count > 0 ? Decide(name, matches, prefix + TypeRelation(matches[0])) : null;
                case IMethodSymbol method:
                    if (method.MethodKind != MethodKind.Constructor && method.MethodKind != MethodKind.StaticConstructor)
                    {
                        _index.Collect(method.ReturnType, matches);
                        if (matches.Count > 0)
                        {
                            return Decide(name, matches, prefix + Tied("returns", matches[0]));
                        }
                    }

                    if (method.IsExtensionMethod && method.Parameters.Length > 0)
                    {
                        _index.Collect(method.Parameters[0].Type, matches);
                        if (matches.Count > 0)
                        {
                            return Decide(name, matches, prefix + Tied("extends", matches[0]));
                        }
                    }

                    break;
                case IPropertySymbol property:
                    _index.Collect(property.Type, matches);
                    break;
                case IFieldSymbol field:
                    _index.Collect(field.Type, matches);
                    break;
            }

            if (matches.Count > 0)
            {
                return Decide(name, matches, prefix + Tied("is of type", matches[0]));
            }

            if (symbol.ContainingType is { } containing)
            {
                _index.Collect(containing, matches);
                if (matches.Count > 0)
                {
                    return Decide(name, matches, prefix + Tied("is a member of", matches[0]));
                }
            }

            return null;
        }

        /// <summary>An LLM kind among the matches makes the subject an LLM client; two other kinds make it a foundation model client.</summary>
        private DocSubject Decide(string name, List<TypeMatch> matches, string relation)
        {
            KindEntry kind = matches[0].Info.Kind;
            foreach (var match in matches)
            {
                if (match.Info.IsLanguage)
                {
                    return new DocSubject(name, relation, match.Info.Kind);
                }

                if (!ReferenceEquals(match.Info.Kind, kind) && match.Info.Kind.Name != kind.Name)
                {
                    kind = _index.Foundation ?? kind;
                }
            }

            return new DocSubject(name, relation, kind);
        }

        private static string TypeRelation(TypeMatch match) => match.Tie switch
        {
            TypeTie.Is => "is",
            TypeTie.DerivesFrom => "derives from '" + match.CatalogType.ToDisplayString(Display) + "',",
            // An interface extends the interfaces it lists; a class or struct implements them.
            _ => (match.Owner.TypeKind == TypeKind.Interface ? "extends '" : "implements '") + match.CatalogType.ToDisplayString(Display) + "',",
        };

        /// <summary>"is of type 'ImageClient'," or "is a member of 'AvatarService', which implements 'IImageGenerator',".</summary>
        private static string Tied(string role, TypeMatch match)
        {
            string owner = role + " '" + match.Owner.ToDisplayString(Display) + "'";
            return match.Tie == TypeTie.Is ? owner + "," : owner + ", which " + TypeRelation(match);
        }

        private static string NameOf(ISymbol symbol) => symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? symbol.ContainingType.Name : symbol.Name;

        private IParameterSymbol? ParameterNamed(MemberDeclarationSyntax member, ISymbol symbol, string name)
        {
            var parameters = symbol switch
            {
                IMethodSymbol method => method.Parameters,
                IPropertySymbol property => property.Parameters,
                INamedTypeSymbol { DelegateInvokeMethod: { } invoke } => invoke.Parameters,
                _ => default,
            };
            if (!parameters.IsDefault)
            {
                foreach (var p in parameters)
                {
                    if (p.Name == name)
                    {
                        return p;
                    }
                }
            }

            // A record's or class's primary constructor: its parameters are written on the type.
            if (member is TypeDeclarationSyntax { ParameterList: { } list })
            {
                foreach (var p in list.Parameters)
                {
                    if (p.Identifier.ValueText == name)
                    {
                        return Model.GetDeclaredSymbol(p, _cancellationToken) as IParameterSymbol;
                    }
                }
            }

            return null;
        }

        private sealed class Comment : IDocSubjects
        {
            private readonly TreeDocSubjects _tree;
            private readonly int _position;
            private MemberDeclarationSyntax? _member;
            private bool _found;

            public Comment(TreeDocSubjects tree, int position)
            {
                _tree = tree;
                _position = position;
            }

            public DocSubject? SubjectOf(DocPartKind kind, string? name)
            {
                if (!_found)
                {
                    _member = _tree.DeclarationAt(_position);
                    _found = true;
                }

                return _member == null ? null : _tree.SubjectOf(_member, kind, name);
            }
        }
    }
}
