using MediaLit.Articles;
using MediaLit.Reuse;

namespace MediaLit.Display;

/// <summary>Plain text for text-reuse results: the non-visual alternative to the highlighted view.</summary>
internal static class ReusePlainText
{
    public static void Report(TextWriter w, ReuseReport report)
    {
        w.WriteLine($"{report.Passages.Count} shared passages of {report.Options.ShingleSize}+ words. Shared text shows that two articles are related, not who copied whom.");
        if (report.SetAside.Any)
            w.WriteLine(report.SetAside.ToString());
        w.WriteLine();
        w.WriteLine(report.SharesTable().ToPlainText());
        w.WriteLine();
        w.WriteLine(report.Matrix.ToTable().ToPlainText());
        w.WriteLine();
        w.Write(report.PassagesTable().ToPlainText());
        if (report.DanglingReferences.Count > 0)
        {
            w.WriteLine();
            w.WriteLine();
            w.Write(report.DanglingTable().ToPlainText());
        }
    }

    /// <summary>Each article in turn; a passage is [[n: …]], a dangling cue is &gt;&gt;…&lt;&lt;.</summary>
    public static void Comparison(TextWriter w, ReuseComparison comparison)
    {
        w.WriteLine("Shared passages are marked [[n: …]] and dangling back-references >>…<<. This does not say who copied whom.");
        foreach (var article in new[] { comparison.First, comparison.Second })
        {
            w.WriteLine();
            w.WriteLine($"=== {article.Id}: {article.Metadata.Title.Value ?? "(no headline)"} ({ReuseViews.Date(article)}) ===");
            int previous = 0;
            foreach (var (text, passage, cue) in comparison.Runs(article))
            {
                if (previous != 0 && passage != previous)
                    w.Write("]]");
                if (passage != 0 && passage != previous)
                    w.Write($"[[{passage}: ");
                w.Write(cue is null ? text : $">>{text}<<");
                previous = passage;
            }
            if (previous != 0)
                w.Write("]]");
            w.WriteLine();
        }
        w.WriteLine();
        w.Write(comparison.Passages.PassagesTable().ToPlainText());
    }
}
