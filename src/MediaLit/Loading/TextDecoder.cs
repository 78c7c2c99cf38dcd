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
