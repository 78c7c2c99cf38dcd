namespace MediaLit.Benchmarks.Scale;

/// <summary>
/// A tiny seeded generator (Steele, Lea and Flood's SplitMix64). Our own rather than
/// <see cref="Random"/>, whose seeded sequence .NET does not promise to keep across versions:
/// the scale corpus must be the same file for file on every machine and SDK.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound); the modulo bias is below 2^-40 for the bounds used here.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;
}
