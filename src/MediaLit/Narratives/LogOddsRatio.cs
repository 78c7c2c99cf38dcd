namespace MediaLit.Narratives;

/// <summary>
/// One word's weighted log-odds ratio between a text and the rest.
/// <see cref="Z"/> above about 1.96 means the word is used more in this text than the prior and the
/// counts would lead one to expect by chance; below −1.96, less.
/// </summary>
/// <param name="Alpha">The word's share of the prior, α_w = α0 × (the word's count in the prior) / (all words in the prior).</param>
/// <param name="Delta">log-odds of the word in this text minus log-odds in the rest.</param>
public sealed record LogOddsScore(
    string Word, int CountHere, int TotalHere, int CountElsewhere, int TotalElsewhere,
    double Alpha, double Delta, double Variance, double Z);

/// <summary>
/// The weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn,
/// "Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of
/// Political Conflict", Political Analysis 16(4), 2008, §3.5 (equations 22 and 24):
/// <code>
/// δ_w = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w))
/// σ²_w ≈ 1 / (y_i + α_w) + 1 / (y_j + α_w)
/// z_w = δ_w / √σ²_w
/// </code>
/// where y are a word's counts and n the total words in text i and in the rest j. The prior adds
/// α_w pseudo-counts to each side, so a word seen once or twice is pulled towards the corpus rate
/// instead of topping the list, and the z-score divides by the uncertainty that remains.
/// </summary>
public static class LogOddsRatio
{
    /// <summary>Scores every word that occurs in either text, highest z first.</summary>
    /// <param name="prior">Background counts (usually both texts together); must contain every word of both texts.</param>
    /// <param name="alpha0">The prior's total weight in pseudo-words (α0).</param>
    /// <example>
    /// here {a:3, b:1}, elsewhere {a:1, b:3, c:2}, prior their sum, α0 = 10 ⇒ a: δ = 0.788, z = 1.347.
    /// </example>
    public static IReadOnlyList<LogOddsScore> Compare(
        IReadOnlyDictionary<string, int> here, IReadOnlyDictionary<string, int> elsewhere,
        IReadOnlyDictionary<string, int> prior, double alpha0)
    {
        ArgumentNullException.ThrowIfNull(here);
        ArgumentNullException.ThrowIfNull(elsewhere);
        ArgumentNullException.ThrowIfNull(prior);
        if (!(alpha0 > 0) || double.IsInfinity(alpha0))
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "The prior's weight must be a positive number of pseudo-words.");
        long priorTotal = prior.Values.Sum(v => (long)v);
        // Every word of either text, in ordinal order (the order ties in z are broken in).
        var union = new HashSet<string>(here.Keys, StringComparer.Ordinal);
        union.UnionWith(elsewhere.Keys);
        string[] words = [.. union];
        Array.Sort(words, StringComparer.Ordinal);
        return Score(words, here, elsewhere, prior, priorTotal, here.Values.Sum(), elsewhere.Values.Sum(), alpha0);
    }

    private static List<LogOddsScore> Score(string[] words, IReadOnlyDictionary<string, int> here, IReadOnlyDictionary<string, int> elsewhere,
        IReadOnlyDictionary<string, int> prior, long priorTotal, int nI, int nJ, double alpha0)
    {
        var scores = new List<LogOddsScore>(words.Length);
        foreach (string word in words)
        {
            if (!prior.TryGetValue(word, out int priorCount) || priorCount <= 0)
                throw new ArgumentException($"The prior has no count for \"{word}\"; use counts that include both texts.", nameof(prior));
            int yI = here.GetValueOrDefault(word), yJ = elsewhere.GetValueOrDefault(word);
            scores.Add(Of(word, yI, nI, yJ, nJ, priorCount, priorTotal, alpha0));
        }
        // Highest z first, ties by word: a total order (each word once), so the unstable sort gives the one result.
        scores.Sort(static (a, b) => b.Z.CompareTo(a.Z) is var byZ and not 0 ? byZ : string.CompareOrdinal(a.Word, b.Word));
        return scores;
    }

    /// <summary>One word's score: equations 22 and 24 with the prior's share α_w of the word.</summary>
    internal static LogOddsScore Of(string word, int yI, int nI, int yJ, int nJ, int priorCount, long priorTotal, double alpha0)
    {
        var (alpha, delta, variance, z) = Terms(yI, nI, yJ, nJ, priorCount, priorTotal, alpha0);
        return new LogOddsScore(word, yI, nI, yJ, nJ, alpha, delta, variance, z);
    }

    /// <summary>
    /// α_w, δ_w, σ²_w and z_w, in one place for <see cref="Compare"/> and the vocabulary comparison: the same
    /// operations in the same order on the same numbers give the same doubles, bit for bit, wherever they are called.
    /// </summary>
    internal static (double Alpha, double Delta, double Variance, double Z) Terms(int yI, int nI, int yJ, int nJ, int priorCount, long priorTotal, double alpha0)
    {
        double alpha = alpha0 * priorCount / priorTotal;
        double delta = Math.Log((yI + alpha) / (nI + alpha0 - yI - alpha)) - Math.Log((yJ + alpha) / (nJ + alpha0 - yJ - alpha));
        double variance = 1 / (yI + alpha) + 1 / (yJ + alpha);
        return (alpha, delta, variance, delta / Math.Sqrt(variance));
    }
}
