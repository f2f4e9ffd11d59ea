using System.Text;

namespace TermLint.Corpus;

/// <summary>How much of the prose is about AI, and how much of that is conflated.</summary>
internal sealed record Density(string Name, double AiFileShare, double AiSentenceShare, double ConflatedShare)
{
    /// <summary>A codebase where some files deal with AI, and a few percent of AI prose misuses the terms.</summary>
    public static readonly Density Realistic = new("realistic", 0.30, 0.25, 0.03);

    /// <summary>Every file about AI and a third of AI prose conflated: the diagnostic-heavy worst case.</summary>
    public static readonly Density Dense = new("dense", 1.0, 0.5, 0.33);

    public static Density Parse(string name) => name switch
    {
        "realistic" => Realistic,
        "dense" => Dense,
        _ => throw new ArgumentException("density is 'realistic' or 'dense', not '" + name + "'"),
    };
}

/// <summary>
/// A deterministic generator of realistic C# files: namespaces, classes, XML doc comments, `//` blocks, `/* */`,
/// regions, and strings of every kind (regular, verbatim, interpolated, raw, UTF-8). The same seed and index give
/// the same file on every machine and runtime (its own PRNG, no System.Random).
/// </summary>
internal sealed class Generator
{
    private readonly Density _density;
    private readonly ulong _seed;
    private ulong _state;
    private bool _aiFile;
    private readonly StringBuilder _sb = new(8192);

    public Generator(Density density, ulong seed = 0x5EED_7E41_1A7Bul)
    {
        _density = density;
        _seed = seed;
    }

    public (string Path, string Text) File(int index)
    {
        _state = _seed ^ (ulong)(index + 1) * 0x9E3779B97F4A7C15ul;
        Next();
        _aiFile = Chance(_density.AiFileShare);
        _sb.Clear();
        string area = Pick(Prose.Areas);
        string name = Pascal(Pick(Prose.Words)) + Pascal(Pick(Prose.Words)) + index.ToString("D5");
        Line(0, "// Copyright (c) Contoso Ltd. All rights reserved.");
        Line(0, "// Licensed under the MIT License. See LICENSE in the project root for license information.");
        Line(0, "");
        Line(0, "using System;");
        Line(0, "using System.Collections.Generic;");
        Line(0, "using System.Threading;");
        Line(0, "using System.Threading.Tasks;");
        Line(0, "");
        bool fileScoped = Chance(0.5);
        int indent = fileScoped ? 0 : 1;
        Line(0, "namespace Contoso." + area + "." + Pascal(Pick(Prose.Words)) + (fileScoped ? ";" : ""));
        if (!fileScoped)
        {
            Line(0, "{");
        }
        else
        {
            Line(0, "");
        }

        int classes = Chance(0.2) ? 2 : 1;
        for (int c = 0; c < classes; c++)
        {
            Class(indent, c == 0 ? name : name + "Options");
            if (c + 1 < classes)
            {
                Line(0, "");
            }
        }

        if (!fileScoped)
        {
            Line(0, "}");
        }

        return ("src/" + area + "/" + name + ".cs", _sb.ToString());
    }

    /// <summary>
    /// A Markdown page of a docs site, from the same sentence pools: front matter (title, description, tags),
    /// headings, paragraphs, a bulleted list, a table, a link, inline code, a C# fence and a shell fence.
    /// </summary>
    public (string Path, string Text) MarkdownFile(int index)
    {
        _state = _seed ^ (ulong)(index + 1) * 0xD1B54A32D192ED03ul;
        Next();
        _aiFile = Chance(_density.AiFileShare);
        _sb.Clear();
        string area = Pick(Prose.Areas);
        string word = Pick(Prose.Words);
        string name = word + "-" + Pick(Prose.Words) + "-" + index.ToString("D5");
        Line(0, "---");
        Line(0, "title: " + Pascal(word) + " " + Pick(Prose.Words) + " guide");
        Line(0, "description: \"" + Sentence().Replace("\"", "'") + "\"");
        Line(0, "tags: [" + area.ToLowerInvariant() + ", " + Pick(Prose.Words) + "]");
        Line(0, "---");
        Line(0, "");
        Line(0, "# " + Pascal(word) + " in " + area);
        Line(0, "");
        int sections = 2 + Int(3);
        for (int section = 0; section < sections; section++)
        {
            Paragraph(2 + Int(4));
            Line(0, "## " + Pascal(Pick(Prose.Words)) + " and " + Pick(Prose.Words));
            Line(0, "");
            Paragraph(1 + Int(3));
            switch (Int(4))
            {
                case 0:
                    for (int item = 0; item < 2 + Int(4); item++)
                    {
                        Line(0, "- " + Sentence());
                    }

                    Line(0, "");
                    break;
                case 1:
                    Line(0, "| Setting | Meaning |");
                    Line(0, "|---|---|");
                    for (int row = 0; row < 2 + Int(3); row++)
                    {
                        Line(0, "| `" + Pick(Prose.Words) + "` | " + Sentence().Replace("|", "/") + " |");
                    }

                    Line(0, "");
                    break;
                case 2:
                    Line(0, "```csharp");
                    Line(0, "// " + Sentence());
                    Line(0, "var client = new " + Pascal(Pick(Prose.Words)) + "Client(\"https://api.contoso.com/v1\");");
                    Line(0, "var answer = await client.SendAsync(\"" + Escape(Sentence()) + "\");");
                    Line(0, "```");
                    Line(0, "");
                    break;
                default:
                    Line(0, "```sh");
                    Line(0, "contoso " + Pick(Prose.Words) + " --" + Pick(Prose.Words) + " ./data");
                    Line(0, "```");
                    Line(0, "");
                    break;
            }
        }

        Line(0, "See [the " + Pick(Prose.Words) + " reference](https://docs.contoso.com/" + Pick(Prose.Words) + ") and `" + Pick(Prose.Words) + ".json`.");
        return ("docs/" + area + "/" + name + ".md", _sb.ToString());
    }

    private void Paragraph(int sentences)
    {
        var line = new StringBuilder();
        for (int k = 0; k < sentences; k++)
        {
            line.Append(k == 0 ? "" : " ").Append(Sentence());
        }

        Line(0, line.ToString());
        Line(0, "");
    }

    private void Class(int indent, string name)
    {
        Doc(indent, summarySentences: 1 + Int(2), remarks: Chance(0.4));
        Line(indent, "public sealed class " + name);
        Line(indent, "{");
        int i = indent + 1;
        Line(i, "private const string DefaultEndpoint = \"https://api.contoso.com/v1/" + Pick(Prose.Words) + "\";");
        Line(i, "private static readonly string[] Names = { \"" + Pick(Prose.Words) + "\", \"" + Pick(Prose.Words) + "-id\", \"" + Pick(Prose.Words) + ".key\" };");
        Line(i, "private readonly Dictionary<string, int> _counts = new();");
        Line(i, "");
        int members = 3 + Int(4);
        for (int m = 0; m < members; m++)
        {
            if (Chance(0.25))
            {
                Property(i);
            }
            else
            {
                Method(i, m);
            }

            Line(0, "");
        }

        if (Chance(0.3))
        {
            Line(i, "#region Helpers");
            Line(i, "private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;");
            Line(i, "#endregion");
        }

        Line(indent, "}");
    }

    private void Property(int i)
    {
        Doc(i, summarySentences: 1, remarks: false);
        Line(i, "public int " + Pascal(Pick(Prose.Words)) + "Limit { get; set; } = " + (10 + Int(990)) + ";");
    }

    private void Method(int i, int m)
    {
        string word = Pick(Prose.Words);
        Doc(i, summarySentences: 1 + Int(2), remarks: Chance(0.15), parameter: word, returns: true);
        Line(i, "public async Task<string> " + Pascal(word) + "Async" + m + "(string " + word + ", CancellationToken cancellationToken = default)");
        Line(i, "{");
        int b = i + 1;
        Line(b, "if (string.IsNullOrEmpty(" + word + "))");
        Line(b, "{");
        Line(b + 1, "throw new ArgumentException(\"" + Escape(Sentence()) + "\", nameof(" + word + "));");
        Line(b, "}");
        Line(b, "");
        if (Chance(0.6))
        {
            Comment(b, 1 + Int(3));
        }

        Line(b, "int count = _counts.TryGetValue(" + word + ", out var c) ? c : 0;");
        Line(b, "var started = DateTime.UtcNow;");
        Line(b, "await Task.Delay(1, cancellationToken).ConfigureAwait(false);");
        switch (Int(6))
        {
            case 0:
                Line(b, "var path = @\"C:\\data\\" + word + "\\" + Pick(Prose.Words) + ".json\";");
                Line(b, "var note = @\"" + Sentence().Replace("\"", "\"\"") + " See \"\"docs\"\" for details.\";");
                break;
            case 1:
                Line(b, "var prompt = \"\"\"");
                Line(b + 1, Sentence());
                Line(b + 1, Sentence() + " Answer in \"plain\" text.");
                Line(b + 1, "\"\"\";");
                break;
            case 2:
                Line(b, "ReadOnlySpan<byte> header = \"content-type: application/json\"u8;");
                Line(b, "var hint = \"" + Escape(Sentence()) + "\\n\" + \"" + Escape(Sentence()) + "\";");
                break;
            case 3:
                Line(b, "var raw = $\"\"\"");
                Line(b + 1, "{{\"name\": \"{" + word + "}\", \"count\": {count}}}");
                Line(b + 1, "\"\"\";");
                break;
            case 4:
                Line(b, "/* " + Sentence() + " */");
                Line(b, "var label = Names[count % Names.Length];");
                break;
            default:
                Line(b, "var label = \"" + Pick(Prose.Words) + "\" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);");
                break;
        }

        Line(b, "_counts[" + word + "] = count + 1;");
        Line(b, "return $\"" + Interpolated(word) + "\";");
        Line(i, "}");
    }

    private string Interpolated(string word)
    {
        // Prose with holes: the hole is an opaque placeholder in the prose the rules see.
        string s = Escape(Sentence());
        return Chance(0.5)
            ? s.TrimEnd('.') + " ({" + word + "}, {count} so far, took {(DateTime.UtcNow - started).TotalMilliseconds:F1} ms)."
            : "Handled {" + word + "} in {(DateTime.UtcNow - started).TotalMilliseconds} ms. " + s;
    }

    private void Doc(int i, int summarySentences, bool remarks, string? parameter = null, bool returns = false)
    {
        Line(i, "/// <summary>");
        for (int k = 0; k < summarySentences; k++)
        {
            Line(i, "/// " + DocSentence());
        }

        Line(i, "/// </summary>");
        if (parameter != null)
        {
            Line(i, "/// <param name=\"" + parameter + "\">The " + parameter + " to process; must not be <see langword=\"null\"/>.</param>");
            Line(i, "/// <param name=\"cancellationToken\">Cancels the operation.</param>");
        }

        if (returns)
        {
            Line(i, "/// <returns>" + DocSentence() + "</returns>");
            Line(i, "/// <exception cref=\"ArgumentException\">The argument is empty.</exception>");
        }

        if (remarks)
        {
            Line(i, "/// <remarks>");
            Line(i, "/// <para>" + DocSentence() + " " + DocSentence() + "</para>");
            Line(i, "/// <para>Call <see cref=\"Dispose\"/> when done; <c>Flush()</c> is implied.</para>");
            Line(i, "/// </remarks>");
        }
    }

    private string DocSentence()
    {
        string s = Sentence();
        int the = s.IndexOf(" the ", StringComparison.Ordinal);
        return the >= 0 && Chance(0.2) ? s.Substring(0, the) + " the <c>" + Pick(Prose.Words) + "</c> " + s.Substring(the + 5) : s;
    }

    private void Comment(int i, int lines)
    {
        for (int k = 0; k < lines; k++)
        {
            Line(i, "// " + Sentence());
        }
    }

    private string Sentence()
    {
        if (_aiFile && Chance(_density.AiSentenceShare))
        {
            return Chance(_density.ConflatedShare) ? Pick(Prose.AiConflated) : Pick(Prose.AiCorrect);
        }

        return Pick(Prose.Neutral);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string Pascal(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);

    private void Line(int indent, string text)
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', indent * 4);
        }

        _sb.Append(text).Append('\n');
    }

    private T Pick<T>(T[] items) => items[Int(items.Length)];

    private bool Chance(double p) => (Next() >> 11) * (1.0 / (1ul << 53)) < p;

    private int Int(int n) => (int)((Next() >> 33) % (ulong)n);

    private ulong Next()
    {
        // SplitMix64: tiny, fast, and the same on every platform.
        ulong z = _state += 0x9E3779B97F4A7C15ul;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ul;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBul;
        return z ^ (z >> 31);
    }
}
