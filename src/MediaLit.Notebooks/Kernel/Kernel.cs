using Microsoft.AspNetCore.Html;
using MediaLit.Notebooks.Execution;

namespace Microsoft.DotNet.Interactive;

/// <summary>
/// Stand-in for the members of the .NET Interactive kernel that notebook code uses through the
/// kernel's default <c>using static Microsoft.DotNet.Interactive.Kernel;</c>. Same namespace, names and
/// signatures, so a lesson compiles unchanged in Polyglot Notebooks and in this runner.
/// </summary>
public static class Kernel
{
    // Lower-case names mirror the kernel's API; notebooks call display(...) and HTML(...).
#pragma warning disable IDE1006, CA1707
    /// <summary>Displays a value in the current cell's outputs, formatted like the kernel does.</summary>
    public static DisplayedValue display(object? value, params string[] mimeTypes) =>
        DisplayCapture.Display(value, mimeTypes);
#pragma warning restore IDE1006, CA1707

    /// <summary>Marks a string as raw HTML (not escaped when displayed).</summary>
    public static IHtmlContent HTML(string content) => new HtmlString(content);

    /// <summary>Wraps CSS in a style element, as the kernel's CSS helper does.</summary>
    public static IHtmlContent CSS(string content) => new HtmlString($"<style>{content}</style>");

    /// <summary>Wraps script code in a script element, as the kernel's Javascript helper does.</summary>
    public static IHtmlContent Javascript(string scriptContent) => new HtmlString($"<script type=\"text/javascript\">{scriptContent}</script>");
}

/// <summary>A displayed output that can be replaced later, like the kernel's DisplayedValue.</summary>
public sealed class DisplayedValue
{
    private readonly Action<object?> _update;

    internal DisplayedValue(Action<object?> update) => _update = update;

    /// <summary>Replaces the displayed output with a new value.</summary>
    public void Update(object? updatedValue) => _update(updatedValue);
}
