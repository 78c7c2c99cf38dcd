using System.Globalization;
using MediaLit.Loading;

namespace MediaLit.Timelines;

/// <summary>One line of <c>data/lexicons/temporal-words.jsonl</c>: a word and what it means for a date.</summary>
/// <param name="Means">month, season, part, number, vague-number, unit, relative, recent or ordinal.</param>
/// <param name="Value">The meaning: a month's number, a season's "MM-dd/MM-dd", a window ("6 weeks") …</param>
public sealed record TemporalWord(string Word, string Means, string Value, string Source);

/// <summary>One line of <c>data/lexicons/named-dates.jsonl</c>: a name that stands for a date ("9/11").</summary>
public sealed record NamedDate(string Name, DateInterval Interval, string Source);

/// <summary>The word lists behind temporal expressions, in <c>data/lexicons/</c> with their sources.</summary>
public sealed class TemporalLexicon
{
    public const string WordsFile = "temporal-words.jsonl";
    public const string NamedDatesFile = "named-dates.jsonl";

    private static readonly string[] KnownMeanings = ["month", "season", "part", "number", "vague-number", "unit", "relative", "recent", "ordinal"];

    private TemporalLexicon(IReadOnlyList<TemporalWord> words, IReadOnlyList<NamedDate> namedDates)
    {
        Words = words;
        NamedDates = namedDates;
        // One look-up per resolved expression instead of a scan of every word: a text dense with dates
        // (a table, a pasted list, a bait) would otherwise pay the whole lexicon for each one.
        // The meaning as written, the word in any case (the first entry of a file wins, as a scan would find it).
        foreach (var word in words)
        {
            if (!_byMeaning.TryGetValue(word.Means, out var lookup))
                _byMeaning[word.Means] = lookup = new Dictionary<string, TemporalWord>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            lookup.Dictionary.TryAdd(word.Word, word);
        }
    }

    // Each meaning's words, asked with a part of a text: the date finder looks a word up where it stands, without a copy.
    private readonly Dictionary<string, Dictionary<string, TemporalWord>.AlternateLookup<ReadOnlySpan<char>>> _byMeaning = new(StringComparer.Ordinal);

    public IReadOnlyList<TemporalWord> Words { get; }
    public IReadOnlyList<NamedDate> NamedDates { get; }

    public static TemporalLexicon Load(string dataDirectory)
    {
        string folder = Path.Combine(dataDirectory, "lexicons");
        var words = JsonLines.Read(Path.Combine(folder, WordsFile), (e, at) =>
        {
            var word = new TemporalWord(JsonLines.Str(e, "word", at), JsonLines.Str(e, "means", at), JsonLines.Str(e, "value", at), JsonLines.Str(e, "source", at));
            if (!KnownMeanings.Contains(word.Means))
                throw new FormatException($"{at}: \"means\" is \"{word.Means}\", not one of {string.Join(", ", KnownMeanings)}.");
            return word;
        });
        var named = JsonLines.Read(Path.Combine(folder, NamedDatesFile), (e, at) => new NamedDate(
            JsonLines.Str(e, "name", at),
            new DateInterval(ParseDay(JsonLines.Str(e, "start", at), at), ParseDay(JsonLines.Str(e, "end", at), at)),
            JsonLines.Str(e, "source", at)));
        return new TemporalLexicon(words, named);
    }

    /// <summary>The words with one meaning, longest first so "a couple of" wins over "a".</summary>
    public IEnumerable<TemporalWord> Meaning(string means) =>
        Words.Where(w => w.Means == means).OrderByDescending(w => w.Word.Length);

    /// <summary>What a word means as a number (month number, amount, ordinal), or null.</summary>
    public int? Number(string means, string word) => Number(means, word.AsSpan());

    /// <inheritdoc cref="Number(string, string)"/>
    internal int? Number(string means, ReadOnlySpan<char> word) =>
        Find(means, word) is { } found
        && int.TryParse(found.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n) ? n : null;

    /// <summary>The entry for a word of one meaning, in any case.</summary>
    public TemporalWord? Find(string means, string word) => Find(means, word.AsSpan());

    /// <inheritdoc cref="Find(string, string)"/>
    internal TemporalWord? Find(string means, ReadOnlySpan<char> word) =>
        _byMeaning.TryGetValue(means, out var lookup) && lookup.TryGetValue(word, out var found) ? found : null;

    private static DateOnly ParseDay(string text, string at) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"{at}: \"{text}\" is not a date in yyyy-MM-dd form.");
}
