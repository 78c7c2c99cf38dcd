using System.Buffers;

namespace MediaLit.Segmentation;

/// <summary>
/// Where the items of a list run into one line start: "1. The first item 2. The second item", "1.) … 2.) …",
/// "1) … 2) …", "(a) … (b) …", "a. The first item b. The second item", "• 9. The first item • 10. …".
/// A marker is a number (1–99) or one lower-case letter, closed by ".", ".)" or ")" (or wrapped in brackets),
/// and followed by a word. It starts an item only in a run counted up by one from a marker that opens the
/// paragraph, a line or a sentence, or follows a colon: "He scored 1. Then 2. Then 3." and "for 1. above … for 2. above" are
/// prose. A bullet (•) after a space always starts an item.
/// </summary>
internal static class ListItems
{
    // Markers of different shapes count separately: "1." and "a)" never continue each other's list.
    private enum Shape { Dot, DotParen, Paren, Enclosed }

    private readonly record struct Marker(int Value, bool Letter, Shape Shape, int End);

    // A marker's '.' or ')', or a bullet: the only places worth a look, found with a vectorised search.
    private static readonly SearchValues<char> Signs = SearchValues.Create(".)•⁃‣◦▪■");

    /// <summary>The item starts after <paramref name="start"/>, in order; null when there are none.</summary>
    public static List<int>? Find(string text, int start, int end)
    {
        List<int>? items = null;
        Span<int> expected = stackalloc int[8];
        expected.Clear();
        for (int p = start; p < end;)
        {
            int found = text.AsSpan(p, end - p).IndexOfAny(Signs);
            if (found < 0)
                break;
            int q = p + found;
            p = q + 1;
            if (TextShape.IsBullet(text[q]))
            {
                if (q > start && char.IsWhiteSpace(text[q - 1]))
                    (items ??= []).Add(q);
                continue;
            }
            if (MarkerStart(text, start, q) is not { } m || ReadMarker(text, m, end) is not { } marker)
                continue;
            p = marker.End;
            int kind = (marker.Letter ? 4 : 0) + (int)marker.Shape;
            if (OpensList(text, start, m))
                expected[kind] = marker.Value + 1;
            else if (expected[kind] != 0 && expected[kind] == marker.Value)
            {
                expected[kind]++;
                // "• 10." starts at its bullet, already listed.
                if (!AfterBullet(text, start, m))
                    (items ??= []).Add(m);
            }
            else
                expected[kind] = 0;
        }
        return items;
    }

    // Back from the '.' or ')' over one or two digits or one lower-case letter, and an opening bracket, to a word start.
    private static int? MarkerStart(string text, int start, int sign)
    {
        int m = sign;
        while (m > start && sign - m < 2 && char.IsAsciiDigit(text[m - 1]))
            m--;
        if (m == sign && m > start && char.IsAsciiLetterLower(text[m - 1]))
            m--;
        if (m == sign)
            return null;
        if (m > start && text[m - 1] == '(')
            m--;
        return m == start || char.IsWhiteSpace(text[m - 1]) || TextShape.IsBullet(text[m - 1]) ? m : null;
    }

    // "1." "12.)" "3)" "(4)" "a." "b)" "(c)", then white space and a word.
    private static Marker? ReadMarker(string text, int p, int end)
    {
        bool enclosed = text[p] == '(';
        int k = enclosed ? p + 1 : p;
        int value = 0;
        bool letter = false;
        if (k < end && char.IsAsciiLetterLower(text[k]) && !(k + 1 < end && char.IsLetter(text[k + 1])))
        {
            value = text[k] - 'a' + 1;
            letter = true;
            k++;
        }
        else
        {
            int digitsEnd = k;
            while (digitsEnd < end && digitsEnd - k < 3 && char.IsAsciiDigit(text[digitsEnd]))
                value = value * 10 + (text[digitsEnd++] - '0');
            if (digitsEnd == k || digitsEnd - k > 2)
                return null;
            k = digitsEnd;
        }
        Shape shape;
        if (enclosed)
        {
            if (k >= end || text[k] != ')') return null;
            shape = Shape.Enclosed; k++;
        }
        else if (k + 1 < end && text[k] == '.' && text[k + 1] == ')') { shape = Shape.DotParen; k += 2; }
        else if (k < end && text[k] == '.') { shape = Shape.Dot; k++; }
        else if (k < end && text[k] == ')') { shape = Shape.Paren; k++; }
        else return null;
        int next = k;
        while (next < end && next - k < 4 && text[next] is ' ' or '\t' or '\u00A0')
            next++;
        return next > k && next < end && !char.IsWhiteSpace(text[next]) ? new Marker(value, letter, shape, k) : null;
    }

    private static bool AfterBullet(string text, int start, int p)
    {
        while (p > start && text[p - 1] is ' ' or '\t' or '\u00A0')
            p--;
        return p > start && TextShape.IsBullet(text[p - 1]);
    }

    // The first marker of a list opens the paragraph, a line or a sentence, or follows a colon ("Steps: 1. Open …").
    private static bool OpensList(string text, int start, int p)
    {
        int q = p;
        while (q > start && (text[q - 1] is ' ' or '\t' or '\u00A0' || TextShape.IsBullet(text[q - 1])))
            q--;
        return q == start || TextShape.IsLineBreak(text[q - 1]) || text[q - 1] == ':' || TextShape.IsTerminator(text[q - 1]) && q < p;
    }
}
