namespace TermLint.Sources
{
    /// <summary>Where a prose segment came from; options (and users) can tell them apart.</summary>
    internal enum ProseSourceKind
    {
        Comment,
        DocComment,
        StringLiteral,

        /// <summary>Text a reader sees in a document: Markdown, Razor markup, front matter.</summary>
        Markup,

        /// <summary>The value or comment of a .resx string resource.</summary>
        Resource,
    }
}
