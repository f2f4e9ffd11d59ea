using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TermLint.Cli.Analysis;

/// <summary>One edit of a fix: the span it replaces (offsets and lines) and the new text.</summary>
internal sealed record FixEdit(TextSpan Span, LinePositionSpan Lines, string NewText);

/// <summary>
/// One diagnostic as the tool reports it: the analyzer's own <see cref="Diagnostic"/> (with its fix properties) and
/// where it is. A diagnostic without a location (TL9003, once per project) names the project's folder.
/// </summary>
internal sealed class Finding
{
    public Finding(Diagnostic diagnostic, string path, bool hasLocation)
    {
        Diagnostic = diagnostic;
        Path = path;
        HasLocation = hasLocation;
        Span = hasLocation ? diagnostic.Location.GetLineSpan() : default;
    }

    public Diagnostic Diagnostic { get; }

    /// <summary>The file's full path, or the project's folder for a diagnostic without a location.</summary>
    public string Path { get; }

    public bool HasLocation { get; }

    public FileLinePositionSpan Span { get; }

    public string Id => Diagnostic.Id;

    public DiagnosticSeverity Severity => Diagnostic.Severity;

    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public string? HelpUri => Diagnostic.Descriptor.HelpLinkUri is { Length: > 0 } uri ? uri : null;

    /// <summary>1-based line and column, as the compiler prints them.</summary>
    public int Line => Span.StartLinePosition.Line + 1;

    public int Column => Span.StartLinePosition.Character + 1;

    public int EndLine => Span.EndLinePosition.Line + 1;

    public int EndColumn => Span.EndLinePosition.Character + 1;

    public bool IsFixable => Edits != null;

    /// <summary>The edits of the diagnostic's fix (the same as the code fix's), or null when it has none.</summary>
    public IReadOnlyList<FixEdit>? Edits { get; private set; }

    public void ReadEdits(SourceText text)
    {
        var changes = TermLint.Analyzers.FixEdits.For(Diagnostic, text);
        Edits = changes?.Select(c => new FixEdit(c.Span, text.Lines.GetLinePositionSpan(c.Span), c.NewText ?? string.Empty)).ToList();
    }

    /// <summary>The compiler's order: path, then position, then ID.</summary>
    public static int Compare(Finding a, Finding b)
    {
        int c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0)
        {
            return c;
        }

        c = a.HasLocation.CompareTo(b.HasLocation);
        if (c != 0)
        {
            return c;
        }

        c = a.Diagnostic.Location.SourceSpan.Start.CompareTo(b.Diagnostic.Location.SourceSpan.Start);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
