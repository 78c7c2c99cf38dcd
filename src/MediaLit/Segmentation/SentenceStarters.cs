namespace MediaLit.Segmentation;

/// <summary>
/// Capitalised words that begin sentences and are hardly ever part of a name: after an abbreviation or an
/// initialism ("in the U.S. How", "Pitt, Briggs &amp; Co. It") such a word means a new sentence, while any other
/// capitalised word ("the U.S. Government", "Mt. Fuji", "Albert I. Jones") means the stop was only the
/// abbreviation's. The words are English closed-class words (pronouns, determiners, wh-words, conjunctions,
/// auxiliaries, sentence-opening prepositions and adverbs) as a reference grammar lists them, e.g. Huddleston and
/// Pullum, The Cambridge Grammar of the English Language (2002), chs. 5–7 and 15. The selection is ours; words
/// that are also common names or surnames (Will, May, Mark, Grace) are left out on purpose.
/// </summary>
internal static class SentenceStarters
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // personal, demonstrative and indefinite pronouns
        "I", "You", "He", "She", "It", "We", "They", "This", "That", "These", "Those", "There", "Here",
        "Someone", "Something", "Everyone", "Everything", "Nobody", "Nothing", "None", "Many", "Most", "Some",
        // determiners and quantifiers
        "The", "A", "An", "Its", "His", "Her", "Their", "Our", "My", "Your", "Each", "Every", "All", "Both",
        "Several", "Few", "Any", "Such", "Another", "Other", "Much", "More", "No", "Neither", "Either",
        // wh-words
        "What", "When", "Where", "Which", "Who", "Whom", "Whose", "Why", "How", "Whether", "Whatever",
        // coordinators, subordinators and linking adverbs
        "And", "But", "Or", "Nor", "Yet", "So", "Then", "Thus", "Hence", "Still", "However", "Therefore",
        "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Instead", "Indeed", "Also", "Although", "Though",
        "Because", "Since", "While", "Whereas", "If", "Unless", "Once", "As", "After", "Before", "Until",
        // sentence-opening prepositions
        "In", "On", "At", "For", "From", "With", "Without", "By", "Of", "Under", "Over", "During", "Despite",
        "According", "Among", "Against", "Between", "Through",
        // auxiliaries (questions) and the negator
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Can", "Could", "Would", "Should",
        "Must", "Shall", "Might", "Not",
        // time and focus adverbs that open sentences
        "Now", "Today", "Yesterday", "Tomorrow", "Later", "Earlier", "Even", "Only", "Last", "Next",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word at <paramref name="at"/> (after any opening quotes or brackets) is one of the words.</summary>
    public static bool StartsAt(string text, int at, int end)
    {
        while (at < end && TextShape.IsOpener(text[at]))
            at++;
        int wordEnd = at;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
            wordEnd++;
        // "A." is an initial ("U.S. A. Smith"), not the article.
        if (wordEnd - at == 1 && wordEnd < end && text[wordEnd] == '.')
            return false;
        return wordEnd > at && Lookup.Contains(text.AsSpan(at, wordEnd - at));
    }
}
