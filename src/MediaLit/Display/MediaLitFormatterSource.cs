namespace MediaLit.Display;

/// <summary>The formatters for every displayable MediaLit type: HTML for the notebook, plain text as the alternative.</summary>
public sealed class MediaLitFormatterSource
{
    // An instance method by convention: the formatting library creates the source and calls this.
#pragma warning disable CA1822
    public IEnumerable<object> CreateTypeFormatters() =>
        [new MediaLitFormatter("text/html", HtmlView.TryWrite), new MediaLitFormatter("text/plain", PlainTextView.TryWrite)];
#pragma warning restore CA1822
}

/// <summary>One formatter, in the shape the formatting library looks for: a MIME type and one Format method.</summary>
public sealed class MediaLitFormatter
{
    private readonly Func<object, TextWriter, bool> _write;

    internal MediaLitFormatter(string mimeType, Func<object, TextWriter, bool> write)
    {
        MimeType = mimeType;
        _write = write;
    }

    public string MimeType { get; }

    public bool Format(object instance, TextWriter writer) => _write(instance, writer);
}
