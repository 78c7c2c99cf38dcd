using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MediaLit.Notebooks.Handouts;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// The handouts on paper: Chromium prints each one to PDF (A4, the page's own @page size and margins) and it must take
/// at most the number of sheets the handouts' index states for it, in the orientation it states. The PDFs and the
/// page counts are left in artifacts/handouts-print/ for a person to look at.
/// </summary>
public sealed partial class HandoutPrintTests
{
    [ChromiumFact]
    public async Task Each_handout_prints_on_at_most_the_A4_pages_its_index_states()
    {
        var site = TempFolders.New("medialit-handout-print-");
        var index = HandoutWriter.Write(Artifacts.RepositoryRoot, site);
        var stated = StatedPages().Matches(File.ReadAllText(index)).ToList();
        Assert.True(stated.Count >= 5, $"the handouts' index states pages for only {stated.Count} handouts");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var output = SiteFixture.ArtifactsFolder("handouts-print");
        var counts = new StringBuilder("A4 pages per handout (Chromium print-to-PDF via Playwright Page.PdfAsync, PreferCSSPageSize, the handout's @page size and 12 mm margins):\n");
        var failures = new List<string>();
        foreach (var handout in stated)
        {
            var file = handout.Groups["file"].Value;
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(Path.Combine(Path.GetDirectoryName(index)!, file)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
            await File.WriteAllBytesAsync(Path.Combine(output, Path.ChangeExtension(file, ".pdf")), pdf);
            var pages = SitePages.PdfPageCount(pdf);
            var most = int.Parse(handout.Groups["pages"].Value, CultureInfo.InvariantCulture);
            var box = MediaBox().Match(Encoding.Latin1.GetString(pdf));
            var landscape = box.Success && double.Parse(box.Groups["w"].Value, CultureInfo.InvariantCulture) > double.Parse(box.Groups["h"].Value, CultureInfo.InvariantCulture);
            counts.Append(CultureInfo.InvariantCulture, $"{file}: {pages} of at most {most}, {(landscape ? "landscape" : "portrait")}\n");
            if (pages < 1 || pages > most)
                failures.Add($"{file} prints on {pages} pages; its index says at most {most}");
            if (landscape != (handout.Groups["orientation"].Value == "landscape"))
                failures.Add($"{file} prints {(landscape ? "landscape" : "portrait")}; its index says {handout.Groups["orientation"].Value}");
            await page.CloseAsync();
        }

        await File.WriteAllTextAsync(Path.Combine(output, "print-pages.txt"), counts.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + counts);
    }

    [GeneratedRegex("<a href=\"(?<file>[^\"]+)\">[^<]*</a>[^<]*<span class=\"small\">\\(A4 (?<orientation>portrait|landscape), at most (?<pages>[0-9]+) pages?\\)</span>")]
    private static partial Regex StatedPages();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[0-9.]+)\s+(?<h>[0-9.]+)\s*\]")]
    private static partial Regex MediaBox();
}
