using System.Text;

namespace TermLint.Cli.Files;

/// <summary>
/// A file's bytes and the text the compiler would read from them: a byte order mark (UTF-8, UTF-16, UTF-32) decides;
/// without one the bytes are UTF-8 if they are valid UTF-8, else Latin-1 (every byte one character, so lines and
/// columns match a single-byte code page). A text with two NUL characters in a row is not text (the compiler's
/// CS2015 rule) and is skipped.
/// </summary>
internal sealed class TextFile
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private TextFile(string path, byte[] bytes, Encoding encoding, int preambleLength, string text)
    {
        Path = path;
        Bytes = bytes;
        Encoding = encoding;
        PreambleLength = preambleLength;
        Text = text;
    }

    public string Path { get; }

    /// <summary>The bytes as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>The encoding of the text after the byte order mark (an encoder that writes no BOM of its own).</summary>
    public Encoding Encoding { get; }

    public int PreambleLength { get; }

    public string Text { get; }

    public bool IsBinary => Text.Contains("\0\0", StringComparison.Ordinal);

    /// <summary>Whether the file starts with a UTF-8 byte order mark (a diff shows it as part of the first line).</summary>
    public bool HasUtf8Mark => PreambleLength == 3;

    public static TextFile Read(string path) => FromBytes(path, File.ReadAllBytes(path));

    public static TextFile FromBytes(string path, byte[] bytes)
    {
        var (encoding, preamble) = Detect(bytes);
        string text;
        try
        {
            text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        }
        catch (DecoderFallbackException) when (preamble == 0)
        {
            // Not UTF-8, and no mark says what it is: one character per byte.
            encoding = Encoding.Latin1;
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // The mark names the encoding, but the bytes are not all valid in it: read with U+FFFD for the bad ones,
            // as the compiler does. Such a text does not encode back to its bytes, so Encode refuses to rewrite it.
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
            text = lenient.GetString(bytes, preamble, bytes.Length - preamble);
        }

        return new TextFile(path, bytes, encoding, preamble, text);
    }

    /// <summary>
    /// The bytes of <paramref name="newText"/> in this file's encoding, after its byte order mark, or null when the
    /// file cannot be written back exactly: its text does not re-encode to the bytes read (a lone surrogate, a
    /// replaced invalid sequence), or the new text has a character the encoding cannot hold. Because the encodings
    /// are stateless, every unchanged character then keeps its exact bytes: only the replaced spans differ.
    /// </summary>
    public byte[]? Encode(string newText)
    {
        byte[] body;
        try
        {
            if (!RoundTrips())
            {
                return null;
            }

            body = Encoding.GetBytes(newText);
            if (!string.Equals(Encoding.GetString(body), newText, StringComparison.Ordinal))
            {
                return null;
            }
        }
        catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException)
        {
            return null;
        }

        var result = new byte[PreambleLength + body.Length];
        Array.Copy(Bytes, result, PreambleLength);
        Array.Copy(body, 0, result, PreambleLength, body.Length);
        return result;
    }

    private bool RoundTrips()
    {
        byte[] again = Encoding.GetBytes(Text);
        return again.AsSpan().SequenceEqual(Bytes.AsSpan(PreambleLength));
    }

    private static (Encoding Encoding, int Preamble) Detect(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (StrictUtf8, 0);
    }
}
