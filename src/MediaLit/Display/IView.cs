namespace MediaLit.Display;

/// <summary>
/// A type that knows how to show itself, in HTML and as plain text. New display types implement
/// this instead of adding a case to <see cref="HtmlView"/>, so each lesson's views stay in their own file.
/// Everything written from article text must go through <see cref="Html.Encode"/>.
/// </summary>
public interface IView
{
    /// <summary>HTML for a notebook; wrapped in the pack's style by the formatter.</summary>
    void WriteHtml(TextWriter writer);

    /// <summary>The plain-text alternative: what a screen reader or a terminal shows.</summary>
    void WritePlainText(TextWriter writer);
}
