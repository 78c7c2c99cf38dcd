namespace MediaLit.Outlets;

/// <summary>
/// One fact about an outlet with where it comes from. An unknown fact has a null
/// <see cref="Value"/> and says in <see cref="UnknownBecause"/> why it is unknown.
/// </summary>
/// <param name="Source">The outlet, author, date and address the fact rests on, as the fact-check gives them.</param>
/// <param name="Verified">False for what the fact-check could not confirm (marked UNVERIFIED there).</param>
public sealed record SourcedFact(string? Value, string Source, bool Verified, string? UnknownBecause = null)
{
    public bool IsKnown => Value is not null;

    public override string ToString() => Value ?? $"unknown ({UnknownBecause})";
}

/// <summary>One named organisation's finding about an outlet: its opinion or report, not the pack's verdict.</summary>
/// <param name="By">Who made the finding (e.g. "US State Department, Global Engagement Center").</param>
/// <param name="Verified">False when the fact-check could not confirm that the finding was made.</param>
public sealed record Assessment(string By, string Finding, string Source, bool Verified);
