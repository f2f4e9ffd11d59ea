namespace TermLint.Sources
{
    /// <summary>Where a prose segment came from; options (and users) can tell them apart.</summary>
    internal enum ProseSourceKind
    {
        Comment,
        DocComment,
        StringLiteral,
    }
}
