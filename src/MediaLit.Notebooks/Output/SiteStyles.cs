namespace MediaLit.Notebooks.Output;

/// <summary>
/// The site's one stylesheet, inline in every page so a page works alone from disk. Three concerns:
/// a narrow phone (390 px) never scrolls the page sideways (wide tables scroll in the library's own
/// <c>.table-scroll</c> box, code wraps); a wide screen keeps the contents beside the lesson; print gives a
/// clean A4 lesson (no navigation, chart tables opened and long folded tables summarised, tables wrapped to the
/// page, no break inside a chart or a table row). Colours meet WCAG AA contrast on white.
/// </summary>
internal static class SiteStyles
{
    public const string Css = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font: 17px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; margin: 0; overflow-wrap: break-word; }
        a { color: #0b5cad; }
        a:focus-visible, summary:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: .5rem; }
        header.site { border-bottom: 1px solid #d8dde3; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; align-items: center; }
        header.site .home { font-weight: 650; text-decoration: none; }
        .edition { margin: 0; padding: .25rem .7rem; background: #6b2c91; color: #fff; border-radius: 4px; font-size: .9rem; }
        footer.site { border-top: 1px solid #d8dde3; margin-top: 3rem; padding: .5rem 1rem 2rem; color: #4a4a4f; font-size: .85rem; }
        footer.site p { max-width: 44rem; margin: .5rem auto; }
        main { min-width: 0; }
        .layout { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 .75rem; }
        h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 .5rem; border-bottom: 1px solid #e3e6ea; padding-bottom: .2rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
        h1, h2, h3, h4 { scroll-margin-top: 1rem; }
        .reader .piece { scroll-margin-top: 30vh; }
        .trace-note { border-left: 4px solid #8A5A00; background: #FFF8DC; padding: .3rem .8rem; margin: .75rem 0; }
        .trace-note p, .trace-note ul { margin: .25rem 0; }
        a.trace[href] { font-variant-numeric: tabular-nums; }
        img, svg, video { max-width: 100%; height: auto; }
        code { font: .88em/1.45 ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", monospace; }
        pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 4px solid #c5ccd4; color: #333; }
        table { border-collapse: collapse; font-size: .88rem; }
        th, td { border: 1px solid #d0d5db; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f1f3f5; }
        .md > table { display: block; overflow-x: auto; max-width: 100%; }
        .table-scroll { max-width: 100%; }

        /* A code cell: compact, quiet, clearly code; its outputs below it as the notebook shows them. */
        .code-cell { margin: 1rem 0 1.25rem; }
        .code-cell pre.source { background: #f4f6f8; border-left: 3px solid #8a97a6; padding: .35rem .6rem; font-size: .9rem; }
        .output { margin: .5rem 0 0; }
        .output.html { max-width: 100%; overflow-x: auto; }
        pre.output { background: #fafafa; border: 1px solid #e3e6ea; padding: .35rem .6rem; font: .85rem/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
        pre.output.stderr { background: #fff5f5; }
        .cell-note { background: #fff6e5; border-left: 4px solid #a65f00; padding: .4rem .7rem; font-size: .92rem; }

        /* Contents: folded at the top of a narrow page, always open beside the lesson on a wide screen. */
        .toc { margin: 1rem 0; font-size: .92rem; }
        .toc summary { cursor: pointer; font-weight: 600; color: #0b5cad; padding: .3rem 0; }
        .toc ol { list-style: none; margin: .25rem 0; padding-left: 0; }
        .toc ol ol { padding-left: 1rem; font-size: .88rem; }
        .toc li { margin: .2rem 0; }
        .toc a { text-decoration: none; }
        .toc a:hover { text-decoration: underline; }
        @media (min-width: 72rem) {
          .lesson .layout { max-width: 68rem; display: grid; grid-template-columns: 16rem minmax(0, 44rem); gap: 0 3rem; align-items: start; }
          .toc { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; margin: 1.5rem 0; padding-right: .5rem; }
          .toc summary { cursor: default; pointer-events: none; list-style: none; }
          .toc summary::-webkit-details-marker { display: none; }
          .toc details::details-content { content-visibility: visible; display: block; }
        }

        .pager { max-width: 44rem; margin: 2.5rem auto 0; padding: 0 1rem; display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; }
        .pager a { display: block; flex: 1 1 14rem; border: 1px solid #c5ccd4; border-radius: 6px; padding: .6rem .8rem; text-decoration: none; }
        .pager a[rel=next] { text-align: right; }
        .pager span { display: block; font-size: .8rem; color: #4a4a4f; }

        /* The index: one card per lesson. */
        .intro { color: #333; }
        .cards { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: 1.25rem; }
        .card { border: 1px solid #d0d5db; border-radius: 8px; padding: .9rem 1.1rem; }
        .card h2 { margin: 0 0 .25rem; border: 0; font-size: 1.25rem; }
        .card h3 { font-size: .95rem; margin: .8rem 0 .2rem; }
        .card .time { margin: 0; color: #4a4a4f; font-size: .92rem; }
        .card ol, .card ul { margin: .2rem 0; padding-left: 1.4rem; }
        .card p { margin: .2rem 0; }

        /* The run report. */
        .report td.failed { color: #a11; font-weight: 600; }
        .report td.skipped { color: #8a4b00; font-weight: 600; }

        @page { size: A4; margin: 14mm 13mm 16mm; }
        @media print {
          body { font-size: 11pt; }
          .skip, .toc, .pager, footer.site, header.site .home { display: none !important; }
          header.site { border: 0; padding: 0; }
          .layout { max-width: none; padding: 0; }
          h1 { margin-top: 0; }
          h2, h3 { break-after: avoid; }
          a { color: inherit; }
          /* Paper cannot unfold: "The numbers as a table" under a chart is printed open. Rows folded past the
             first ten stay folded (one table ran to 96 more rows, a dozen pages) and say where the rest is; the
             kernel's object trees print as their one-line summary, as on screen. */
          details:not(.more-rows):not(.dni-treeview)::details-content { content-visibility: visible; display: block; }
          details:not(.dni-treeview) > summary { color: inherit !important; font-weight: 600; list-style: none; }
          details:not(.dni-treeview) > summary::-webkit-details-marker { display: none; }
          details.more-rows > summary { font-weight: normal; font-style: italic; }
          details.more-rows > summary::after { content: " (on the lesson's web page)"; }
          /* Tables wrap to the page width instead of scrolling (a cut column cannot be scrolled on paper). */
          .table-scroll, .medialit .table-scroll, .output.html, .md > table { overflow: visible !important; max-height: none !important; }
          table { width: 100%; font-size: 8.5pt; }
          th, td { overflow-wrap: anywhere; }
          /* The kernel's object views keep a summary on one line; on paper it must wrap. */
          .output.html code, .output.html pre, .output.html summary { white-space: pre-wrap !important; overflow-wrap: anywhere; }
          .table-scroll thead th, .medialit .table-scroll thead th { position: static !important; }
          thead { display: table-header-group; }
          tr, figure, img, svg, .medialit-plot, pre.source { break-inside: avoid; }
          figure.medialit-chart { break-inside: avoid; }
          pre.source { font-size: 8.5pt; }
        }
        """;
}
