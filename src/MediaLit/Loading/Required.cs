namespace MediaLit.Loading;

/// <summary>
/// Null checks for the public entry points a notebook calls. A student who passes a variable that was never
/// set gets an ArgumentNullException that says what was expected, not a NullReferenceException from deep inside.
/// </summary>
internal static class Required
{
    /// <param name="expected">What the argument should be, in words a student knows ("the article's text").</param>
    public static T NotNull<T>(T? value, string parameter, string expected) where T : class =>
        value ?? throw new ArgumentNullException(parameter,
            $"\"{parameter}\" is null: pass {expected}. A variable that was never given a value, or a cell that was not run, is the usual cause.");
}
