using System.Text;

namespace MediaLit.Loading;

/// <summary>
/// Turns an article file's bytes into text. Accepts UTF-8 with or without a byte-order mark and
/// UTF-16 with one; refuses empty, binary and undecodable files with a <see cref="CorpusException"/>.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        string text = DecodeByMark(bytes, path);
        if (string.IsNullOrWhiteSpace(text))
            throw new CorpusException(CorpusProblem.EmptyFile, path, "The file has no text.",
                "Paste the article's text into the file, or remove its entry from articles.json.");
        return text;
    }

    /// <summary>
    /// Bytes whose encoding was declared by their source (a web server's Content-Type, a page's &lt;meta charset&gt;).
    /// A byte-order mark still wins, as in browsers. <paramref name="declared"/> must throw on invalid bytes.
    /// </summary>
    /// <param name="declaredAs">The encoding and who declared it, for messages: "iso-8859-1 (the server's Content-Type header)".</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, Encoding declared, string declaredAs)
    {
        ArgumentNullException.ThrowIfNull(declared);
        if (HasByteOrderMark(bytes) || declared is UTF8Encoding)
            return Decode(bytes, path);
        // Only UTF-16 and UTF-32 hold NUL bytes in text; in any other encoding they still mean a binary file.
        if (declared is not (UnicodeEncoding or UTF32Encoding) && bytes.Contains((byte)0))
            throw new CorpusException(CorpusProblem.BinaryFile, path, "The file contains NUL bytes, so it is not a text file.",
                "Save the article as plain text (UTF-8), e.g. copy the text into a new .txt file.");
        string text;
        try
        {
            text = declared.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CorpusException(CorpusProblem.UndecodableText, path,
                $"The text is declared as {declaredAs}, but its bytes are not valid {declared.WebName} (bad byte at offset {e.Index}).",
                "Save the page again as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8) and load the file.");
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new CorpusException(CorpusProblem.EmptyFile, path, "The file has no text.",
                "Paste the article's text into the file, or remove its entry from articles.json.");
        return text;
    }

    /// <summary>Whether the bytes start with a UTF-8 or UTF-16 byte-order mark.</summary>
    public static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static string DecodeByMark(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], path);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], bigEndian: false, path);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], bigEndian: true, path);
        // Without a mark, a NUL byte means a binary file (or UTF-16 we cannot place): text never has one.
        if (bytes.Contains((byte)0))
            throw new CorpusException(CorpusProblem.BinaryFile, path, "The file contains NUL bytes, so it is not a text file.",
                "Save the article as plain text (UTF-8), e.g. copy the text into a new .txt file.");
        return DecodeUtf8(bytes, path);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string path)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CorpusException(CorpusProblem.UndecodableText, path,
                $"The file is not valid UTF-8 (bad byte at offset {e.Index}).",
                "Re-save the file as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8).");
        }
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string path)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new CorpusException(CorpusProblem.UndecodableText, path, "The file starts like UTF-16 but its bytes are not valid UTF-16.",
                "Re-save the file as UTF-8 (in VS Code: 'Save with Encoding' → UTF-8).");
        }
    }
}
