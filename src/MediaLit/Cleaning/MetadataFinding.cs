using MediaLit.Articles;
using MediaLit.Metadata;

namespace MediaLit.Cleaning;

/// <summary>A metadata value read from a line of the raw text by a rule of <c>data/rules/metadata.jsonl</c>.</summary>
/// <param name="Evidence">The line it was read from, in the raw text.</param>
public sealed record MetadataFinding(string Field, string Value, TextSpan Evidence, string RuleId, PublicationDate? Date = null);
