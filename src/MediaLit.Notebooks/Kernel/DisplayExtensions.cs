using MediaLit.Notebooks.Execution;
using Microsoft.DotNet.Interactive;

// The kernel puts these extension methods in namespace System so that every cell sees them
// without a using directive; the runner does the same so notebook code compiles unchanged.
namespace System;

/// <summary>The kernel's <c>Display()</c> / <c>DisplayAs()</c> extension methods.</summary>
public static class NotebookDisplayExtensions
{
    /// <summary>Displays the value in the current cell's outputs.</summary>
    public static DisplayedValue Display(this object? value, params string[] mimeTypes) =>
        DisplayCapture.Display(value, mimeTypes);

    /// <summary>Displays a string as the given MIME type, e.g. "text/html" (not escaped) or "text/markdown".</summary>
    public static DisplayedValue DisplayAs(this string value, string mimeType) =>
        DisplayCapture.DisplayRaw(value, mimeType);
}
