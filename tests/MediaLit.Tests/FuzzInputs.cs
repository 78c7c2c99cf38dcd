using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace MediaLit.Tests;

/// <summary>
/// Generators for the fuzz tests: text a student might paste (any Unicode, including the characters that
/// break naive code) and HTML a saved page might hold (scripts, handlers, broken tags).
/// <para>
/// How many cases each property tries: <see cref="Runs"/> per property by default, so <c>dotnet test</c>
/// stays quick; set <c>MEDIALIT_FUZZ=heavy</c> (×20) or a number (that many) for a long run. A failure prints
/// FsCheck's shrunk counter-example and the seed that replays it.
/// </para>
/// <para>
/// The volume run (<see cref="FuzzVolumeTests"/> and MediaLit.Notebooks.Tests' NotebookFuzzTests) checks the same
/// properties on cheap generated inputs on every core: 2,000 per path by default, a million with
/// <c>MEDIALIT_FUZZ=heavy</c>; run with <c>--logger "console;verbosity=detailed"</c> to see its "fuzz volume:" lines.
/// </para>
/// </summary>
internal static class FuzzInputs
{
    public const int DefaultRuns = 150;

    public static int Runs { get; } = ReadRuns(Environment.GetEnvironmentVariable("MEDIALIT_FUZZ"));

    private static int ReadRuns(string? setting) =>
        setting switch
        {
            null or "" => DefaultRuns,
            "heavy" => DefaultRuns * 20,
            _ when int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 => n,
            _ => throw new InvalidOperationException($"MEDIALIT_FUZZ is \"{setting}\": use \"heavy\" or a positive number of cases."),
        };

    /// <summary>The property-test settings; <paramref name="share"/> scales the count for expensive properties.</summary>
    public static Config Config(double share = 1.0) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Math.Max(10, (int)(Runs * share)));

    // Characters that break naive text code: invisible ones, direction marks, NUL and other controls, lone
    // surrogates, combining marks, Unicode line separators, a BOM in the middle, and letters of other scripts.
    public static readonly string[] AwkwardCharacters =
    [
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2069",
        "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u000B", "\u000C",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D",
        "\u0301", "e\u0301", "\u0489", "\u2028", "\u2029", "\u3000", "\u00A0", "\u2009",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E2\u05D1\u05E8\u05D9\u05EA", "\u0420\u043E\u0441\u0441\u0438\u044F", "\u65E5\u672C",
        "\uFFFD", "\uFFFE", "\uFFFF", "\u0130", "\u0131", "\u1E9E", "\uFB01",
    ];

    // Words and punctuation the analysers react to, so random texts reach their rules and not only their guards.
    public static readonly string[] Words =
    [
        "Russia", "the Taliban", "Mr.", "Gen.", "U.S.", "said", "says", "told", "according to", "reportedly", "officials",
        "\u201CWe will,\u201D", "\"No.\"", "he said.", "In July 2021", "last year", "December 2016", "two days later",
        "the same month", "in March", "1980s", "9/11", "2019-02-05", "ten years ago", "...", "\u2026", "?", "!", ".",
        "the aforementioned", "1. ", "No. 5", "Moscow", "Kabul",
        // A passive agent, a list of names and a place after a name: ", and was seen by" once ran a sentence's
        // subject back past its start (SentenceStartTests).
        "was seen by", "by Ab Cd, Ef and Gh", ", 41, of Lund,", "of Kabul, Afghanistan, said",
    ];

    /// <summary>Any UTF-16 code unit at all, surrogates and controls included.</summary>
    public static Gen<string> AnyCodeUnit { get; } = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static Gen<string> Piece { get; } = Gen.Frequency(
        (3, Gen.Elements(AwkwardCharacters)),
        (3, Gen.Elements(Words)),
        (3, Gen.Elements(SpanRoundTripTests.Pieces)),
        (2, AnyCodeUnit),
        (3, Gen.Elements(" ", " ", "\n", "\n\n", "\r\n", "\t")));

    /// <summary>Any text: awkward Unicode, the analysers' own words, markdown pieces and random code units.</summary>
    public static Arbitrary<string> UnicodeText { get; } =
        Gen.ListOf(Piece).Select(parts => string.Concat(parts)).ToArbitrary();

    // Pieces that can never create markup when another piece's markup is removed: the documented limit of
    // cleaning (see SpanRoundTripTests.Cleaning_cannot_be_idempotent_where_removing_markup_uncovers_markup)
    // is about escapes, '#', '[', '*' and '_' uncovered by a removal, so those are left to the safe pieces.
    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("\\*#[]()_`>");

    private static Gen<string> IdempotentPiece { get; } = Gen.Frequency(
        (3, Gen.Elements(AwkwardCharacters)),
        (3, Gen.Elements(Words)),
        (3, Gen.Elements(SpanRoundTripTests.IdempotencePieces)),
        (2, AnyCodeUnit.Where(s => !s.AsSpan().ContainsAny(MarkupCharacters))),
        (3, Gen.Elements(" ", "\n", "\n\n", "\r\n", "\t")));

    public static Arbitrary<string> IdempotentText { get; } =
        Gen.ListOf(IdempotentPiece).Select(parts => string.Concat(parts)).ToArbitrary();

    /// <summary>Bytes as a file on disk may hold them: random, or text in some encoding, with or without a mark.</summary>
    public static Arbitrary<byte[]> FileBytes { get; } = Gen.Frequency(
        (2, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
        (2, UnicodeText.Generator.Select(t => System.Text.Encoding.UTF8.GetBytes(t))),
        (1, UnicodeText.Generator.Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(t)])),
        (1, UnicodeText.Generator.Select(t => (byte[])[0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(t)])),
        (1, UnicodeText.Generator.Select(t => (byte[])[0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(t)])),
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (byte[])[0xFF, 0xFE, .. b])))
        .ToArbitrary();

    // The script payloads the browser test looks for, plus malformed markup that trips parsers.
    internal static readonly string[] HtmlPieces =
    [
        "<script>alert(1)</script>", "<script", "</script>", "<img src=x onerror=alert(2)>", "<a href=\"javascript:alert(3)\">",
        "<svg onload=alert(4)>", "<iframe src=\"javascript:alert(5)\">", "<body onload=alert(6)>", "<!--", "-->", "<![CDATA[", "]]>",
        "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<h1>", "</h1>", "<title>", "</title>", "<br>", "<br/>",
        "<blockquote>", "<li>", "<nav>", "<footer>", "<aside class=comments>", "<p class=\"byline\">", "<time datetime=\"2021-07-08\">",
        "<meta property=\"og:title\" content=\"", "<meta name=\"author\" content=\"", "\">",
        "<script type=\"application/ld+json\">{\"headline\":", "}</script>", "<table><tr><td>", "<template>", "<noscript>",
        "&lt;script&gt;", "&amp;", "&#0;", "&#xD800;", "&#x202E;", "&nbsp;", "&", "<", ">", "\"", "'", "=", "</", "<>", "<p<p>",
        "<style>p{}</style>", "<math><mi>", "<select><option>", "<textarea>", "<plaintext>", "<xmp>", "<!DOCTYPE html>", "<html>", "<head>", "<body>",
    ];

    /// <summary>HTML from tags, attributes, scripts and text in any order: mostly broken, as pasted pages often are.</summary>
    public static Arbitrary<string> Html { get; } =
        Gen.ListOf(Gen.Frequency((4, Gen.Elements(HtmlPieces)), (3, Piece))).Select(parts => string.Concat(parts)).ToArbitrary();
}
