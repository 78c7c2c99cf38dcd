using System.Text;

namespace MediaLit.Tests;

/// <summary>
/// Cheap generators for the volume run, from the same pieces as <see cref="FuzzInputs"/> (awkward Unicode, the
/// analysers' words, markdown and HTML pieces, any code unit): a handful of picks per input instead of FsCheck's
/// sized generators, so a core makes tens of thousands of inputs a second.
/// </summary>
internal static class FuzzVolumeInputs
{
    private static readonly string[] Spaces = [" ", " ", "\n", "\n\n", "\r\n", "\t", "\r"];

    public static string Piece(ref FuzzRandom random) => random.Below(14) switch
    {
        < 3 => random.Pick(FuzzInputs.AwkwardCharacters),
        < 6 => random.Pick(FuzzInputs.Words),
        < 9 => random.Pick(SpanRoundTripTests.Pieces),
        < 11 => ((char)random.Below(0x10000)).ToString(),
        _ => random.Pick(Spaces),
    };

    public static string Text(FuzzRandom random, int maxPieces = 64)
    {
        var text = new StringBuilder();
        for (int n = random.Length(maxPieces); n > 0; n--)
            text.Append(Piece(ref random));
        return text.ToString();
    }

    public static byte[] FileBytes(FuzzRandom random)
    {
        int kind = random.Below(8);
        if (kind < 2)
        {
            var bytes = new byte[random.Length(400)];
            for (int i = 0; i < bytes.Length; i++)
                bytes[i] = (byte)random.Next();
            return kind == 0 ? bytes : [0xFF, 0xFE, .. bytes];
        }

        string text = Text(random);
        return kind switch
        {
            < 5 => Encoding.UTF8.GetBytes(text),
            5 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            6 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
    }

    public static string Html(FuzzRandom random)
    {
        var html = new StringBuilder();
        for (int n = random.Length(80); n > 0; n--)
            html.Append(random.Below(7) < 4 ? random.Pick(FuzzInputs.HtmlPieces) : Piece(ref random));
        return html.ToString();
    }

    /// <summary>A paragraph of a text: a span from anywhere to anywhere after it.</summary>
    public static (string Text, MediaLit.Articles.TextSpan Paragraph) Paragraph(FuzzRandom random)
    {
        string text = Text(random);
        int start = random.Below(text.Length + 1);
        return (text, new MediaLit.Articles.TextSpan(start, start + random.Below(text.Length - start + 1)));
    }

    /// <summary>Two texts around a common middle, so most pairs do share a passage (as the property test builds them).</summary>
    public static (string A, string B) ReusePair(FuzzRandom random)
    {
        string first = Text(random, 24), second = Text(random, 24), middle = Text(random, 24);
        return (first + "\n" + middle + " " + middle + "\n" + second, second + " the aforementioned " + middle + " " + middle + " " + first);
    }

    private static readonly string[] ManifestKeys =
        ["id", "file", "title", "author", "outlet", "outletKind", "published", "url", "captions", "sha256", "extra"];

    private static readonly string[] ValueKeys = ["value", "source", "note", "precision", "kind"];

    private static readonly string[] Scalars =
    [
        "\"001\"", "\"000 \"", "\"../<b>x\"", "\"a\"", "\"\"", "\"001.txt\"", "\"text\"", "\"factcheck\"", "\"unknown\"", "\"day\"",
        "\"month\"", "\"year\"", "\"2021-07-08\"", "\"2021-07\"", "\"2021\"", "\"July 2021\"", "\"updated\"", "\"https://example.org/a\"",
        "0", "-1", "1e999", "3.5", "true", "false", "null", "[]", "{}", "[\"x\"]", "\"\\u0000\"", "\"\\uD800\"", "\"" + new string('a', 70) + "\"",
        "\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"",
    ];

    /// <summary>articles.json text: mostly the right shape with values of every kind, sometimes cut or spliced.</summary>
    public static string Manifest(FuzzRandom random)
    {
        var json = new StringBuilder(random.Below(10) == 0 ? "[" : "{\"articles\": [");
        for (int entry = random.Length(5); entry > 0; entry--)
        {
            json.Append('{');
            for (int field = random.Length(9); field > 0; field--)
            {
                json.Append('"').Append(random.Pick(ManifestKeys)).Append("\": ");
                if (random.Below(3) == 0)
                {
                    json.Append('{');
                    for (int key = random.Length(5); key > 0; key--)
                        json.Append('"').Append(random.Pick(ValueKeys)).Append("\": ").Append(random.Pick(Scalars)).Append(key > 1 ? ", " : "");
                    json.Append('}');
                }
                else
                {
                    json.Append(random.Pick(Scalars));
                }
                json.Append(field > 1 ? ", " : "");
            }
            json.Append('}').Append(entry > 1 ? ", " : "");
        }
        json.Append("]}");
        string text = json.ToString();
        return random.Below(8) switch
        {
            0 => text[..random.Below(text.Length + 1)],
            1 => text.Insert(random.Below(text.Length + 1), Piece(ref random)),
            _ => text,
        };
    }
}
