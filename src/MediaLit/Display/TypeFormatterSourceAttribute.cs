namespace MediaLit.Display;

/// <summary>
/// Tells .NET Interactive (and the pack's headless runner) how to show a type, with no package
/// reference: the formatting library finds this attribute by its name and calls the source's
/// <c>CreateTypeFormatters()</c>. Keep the name and the member shapes exactly as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>Left null, the kernel prefers HTML as it does for every type.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
