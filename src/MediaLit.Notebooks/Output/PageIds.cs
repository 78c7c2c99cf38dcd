using System.Text;

namespace MediaLit.Notebooks.Output;

/// <summary>
/// Heading ids for one page. Lessons repeat headings ("What this means, and what it cannot tell you" under every
/// part), and each markdown cell is rendered on its own, so ids are made unique here, per page, in page order:
/// the same notebook always gets the same ids.
/// </summary>
internal sealed class PageIds
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Ids the page layout uses itself (skip link target, contents), so no heading takes them.</summary>
    public PageIds(params string[] reserved) => _used.UnionWith(reserved);

    /// <summary>The level of the page's last heading so far (7 before the first), shared by every markdown cell.</summary>
    public int LastHeadingLevel { get; set; } = 7;

    public string Next(string text)
    {
        var slug = Slug(text);
        var id = slug;
        for (var n = 2; !_used.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    /// <summary>Lower-case ASCII letters and digits joined by dashes; never empty, never starting with a digit.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '—' or '–') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        if (id.Length > 60)
        {
            id = id[..60].TrimEnd('-');
        }

        return id.Length == 0 || char.IsAsciiDigit(id[0]) ? "s-" + id : id;
    }
}
