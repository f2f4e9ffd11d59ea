namespace TermLint.Catalog
{
    /// <summary>
    /// Copies of entries, specs included, so that checking a user catalog (dropping a bad 'kind' or spec) or merging
    /// catalogs never changes a parsed file, which is cached and shared by every compilation that holds the same text
    /// (the built-in files by every compilation in the process).
    /// </summary>
    internal static class CatalogEntryCopies
    {
        public static KindEntry Copy(this KindEntry kind)
        {
            var copy = new KindEntry(kind.Name, kind.Location)
            {
                Source = kind.Source,
                Noun = kind.Noun,
                Plural = kind.Plural,
                Label = kind.Label,
                IsLanguage = kind.IsLanguage,
                IsMultimodal = kind.IsMultimodal,
            };
            copy.Specs.AddRange(kind.Specs);
            copy.Tasks.AddRange(kind.Tasks);
            return copy;
        }

        public static ModelEntry Copy(this ModelEntry model)
        {
            var copy = new ModelEntry(model.Name, model.Location)
            {
                Source = model.Source,
                KindName = model.KindName,
                KindAt = model.KindAt,
                Case = model.Case,
                Vendor = model.Vendor,
                Noun = model.Noun,
                Enabled = model.Enabled,
            };
            copy.Aliases.AddRange(model.Aliases);
            copy.Specs.AddRange(model.Specs);
            return copy;
        }

        public static TermEntry Copy(this TermEntry term)
        {
            var copy = new TermEntry(term.Name, term.Location)
            {
                Source = term.Source,
                Role = term.Role,
                Replace = term.Replace,
                RuleId = term.RuleId,
                RuleAt = term.RuleAt,
                Enabled = term.Enabled,
                Means = term.Means,
                NeedsAiContext = term.NeedsAiContext,
            };
            copy.Forms.AddRange(term.Forms);
            copy.Specs.AddRange(term.Specs);
            return copy;
        }
    }
}
