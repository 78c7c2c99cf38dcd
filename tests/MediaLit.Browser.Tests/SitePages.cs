using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>Opening a page of an exported site from disk and waiting until its charts are drawn.</summary>
internal static partial class SitePages
{
    public static async Task<IPage> OpenAsync(IBrowser browser, string file, int width, int height = 900)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // plotly.js draws each figure as .main-svg inside the figure; a page is only "as seen" once they are there.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('figure.medialit-chart')].every(f => f.querySelector('.main-svg'))");
        return page;
    }

    /// <summary>The innermost elements reaching past the right edge of the page, for a failure message.</summary>
    public static Task<string> TooWideAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const edge = document.documentElement.clientWidth;
          const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > edge + 1);
          const innermost = wide.filter(e => ![...e.children].some(c => wide.includes(c)));
          return innermost.slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} in #${e.closest('[id]')?.id} (${Math.round(e.getBoundingClientRect().right)} px)`).join('; ');
        }
        """);

    /// <summary>The number of pages in a PDF Chromium wrote (each page is one <c>/Type /Page</c> object).</summary>
    public static int PdfPageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
