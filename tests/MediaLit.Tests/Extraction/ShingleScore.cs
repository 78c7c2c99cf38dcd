using System.Text.RegularExpressions;

namespace MediaLit.Tests.Extraction;

/// <summary>One page's share of true positives, false positives and false negatives (they sum to 1, or are all 0).</summary>
internal readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>Undefined (null) when nothing was extracted; such pages are left out of the mean, as the benchmark does.</summary>
    public double? Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive == 0 ? null : TruePositive / (TruePositive + FalsePositive);

    public double? Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative == 0 ? null : TruePositive / (TruePositive + FalseNegative);
}

/// <summary>Precision and recall averaged over pages, and the F1 of those two averages.</summary>
internal sealed record ShingleScore(double Precision, double Recall, int Pages)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"F1 {F1:0.000} (precision {Precision:0.000}, recall {Recall:0.000}) on {Pages} pages";
}

/// <summary>
/// The metric of the ScrapingHub article-extraction benchmark (its evaluate.py, read and re-implemented here):
/// text is cut into <c>\w+</c> tokens (case kept), tokens into overlapping 4-gram shingles counted as a multiset;
/// per page, matched/extra/missing shingles are normalised to shares so a long page weighs no more than a short one;
/// precision and recall are averaged over pages and F1 is taken of the two averages.
/// </summary>
internal static partial class ShingleScorer
{
    private const int ShingleLength = 4;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    public static ShingleMatch Match(string expected, string extracted)
    {
        var truth = Shingles(expected);
        var guess = Shingles(extracted);
        double tp = 0, fp = 0, fn = 0;
        foreach (string key in truth.Keys.Union(guess.Keys))
        {
            int t = truth.GetValueOrDefault(key), g = guess.GetValueOrDefault(key);
            tp += Math.Min(t, g);
            fp += Math.Max(0, g - t);
            fn += Math.Max(0, t - g);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    public static ShingleScore Average(IReadOnlyCollection<ShingleMatch> matches)
    {
        var precisions = matches.Select(m => m.Precision).OfType<double>().ToList();
        var recalls = matches.Select(m => m.Recall).OfType<double>().ToList();
        return new ShingleScore(precisions.Count > 0 ? precisions.Average() : 0, recalls.Count > 0 ? recalls.Average() : 0, matches.Count);
    }

    /// <summary>
    /// Counts of 4-token shingles. A text of fewer than four tokens is one shorter shingle, and an empty text has
    /// none, as in the benchmark. Tokens are joined with a character \w never matches, so joins cannot collide.
    /// </summary>
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Max(1, tokens.Count - ShingleLength + 1); i++)
        {
            var shingle = tokens.GetRange(i, Math.Min(ShingleLength, tokens.Count - i));
            if (shingle.Count == 0)
                continue;
            string key = string.Join('\u0001', shingle);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
