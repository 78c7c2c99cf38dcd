using System.Text;
using MediaLit.Articles;
using MediaLit.Loading;

namespace MediaLit.Tests;

/// <summary>Encodings the pack accepts: the same article, whatever the bytes, gives the same clean text.</summary>
public class EncodingTests
{
    private static readonly string Seed = File.ReadAllText(
        Directory.GetFiles(Path.Combine(TestPaths.DataDirectory, "articles"), "004_*.txt").Single());

    private static Article Load(byte[] bytes)
    {
        using var folder = new TempDataFolder();
        folder.WriteArticle("004.txt", bytes);
        folder.WriteMinimalManifest(("004", "articles/004.txt"));
        return Corpus.Load(folder.Root)["004"];
    }

    private static readonly Article Plain = Load(new UTF8Encoding(false).GetBytes(Seed));

    public static TheoryData<string, byte[]> Encoded => new()
    {
        { "UTF-8 with BOM", [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(Seed)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Seed)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Seed)] },
    };

    [Fact]
    public void The_seed_is_LF_UTF8_without_BOM_and_loads_as_stored()
    {
        Assert.DoesNotContain('\r', Seed);
        Assert.Equal(Seed, Plain.RawText);
        Assert.StartsWith("Russia's dangerous cooperation with the Taliban", Plain.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Byte_order_marked_files_give_the_same_article(string encoding, byte[] bytes)
    {
        var article = Load(bytes);
        Assert.True(Seed == article.RawText, $"{encoding}: the raw text should be the decoded text without its byte-order mark");
        Assert.Equal(Plain.Text, article.Text);
        Assert.Equal(Plain.Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        Assert.Equal(Plain.Metadata.Author.FromText.Value, article.Metadata.Author.FromText.Value);
    }

    [Fact]
    public void CRLF_line_endings_give_the_same_clean_text_and_the_carriage_returns_are_removals()
    {
        string crlf = Seed.Replace("\n", "\r\n", StringComparison.Ordinal);
        var article = Load(new UTF8Encoding(false).GetBytes(crlf));
        Assert.Equal(crlf, article.RawText);
        Assert.Equal(Plain.Text, article.Text);
        Assert.Equal(Plain.Paragraphs.Select(p => (p.Text, p.Kind)), article.Paragraphs.Select(p => (p.Text, p.Kind)));
        Assert.Equal(Plain.Sentences.Select(s => s.Text), article.Sentences.Select(s => s.Text));
        Assert.Equal(Plain.Metadata.Published.FromText.Value, article.Metadata.Published.FromText.Value);
        Assert.Equal("Published : 05 April 2017", article.Metadata.Published.FromText.Evidence!.Value.Of(article.RawText));
        Assert.Null(Accounting.PartitionFault(article));

        var removed = Accounting.RemovedMask(article);
        for (int i = 0; i < crlf.Length; i++)
            if (crlf[i] == '\r')
                Assert.True(removed[i], $"the '\\r' at {i} should be removed");
        Assert.All(article.Removals.Where(r => r.Text.Contains('\r', StringComparison.Ordinal) && r.Text.Trim().Length == 0),
            r => Assert.Equal(CleaningRuleIds.Whitespace, r.RuleId));
    }

    [Fact]
    public void TextDecoder_strips_only_the_byte_order_mark()
    {
        Assert.Equal("é\uFEFF", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF], "x.txt"));
        Assert.Equal("é", TextDecoder.Decode([0xC3, 0xA9], "x.txt"));
        Assert.Equal("Hi", TextDecoder.Decode([0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], "x.txt"));
    }
}
