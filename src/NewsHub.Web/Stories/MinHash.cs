namespace NewsHub.Web.Stories;

/// <summary>
/// MinHash over word 3-shingles: a fixed-size sketch whose agreement rate estimates the Jaccard similarity of two
/// texts' shingle sets. It recognises a reprint under a new headline even when TF-IDF weights are thin.
/// </summary>
public static class MinHash
{
    public const int Size = 64;
    private const int ShingleLength = 3;
    /// <summary>Below this many shingles the estimate is noise (a one-line teaser): no sketch is made.</summary>
    private const int MinimumShingles = 8;

    private static readonly ulong[] Seeds = CreateSeeds();

    public static int[] Compute(IReadOnlyList<string> terms)
    {
        var count = terms.Count - ShingleLength + 1;
        if (count < MinimumShingles) return [];
        var mins = new ulong[Size];
        Array.Fill(mins, ulong.MaxValue);
        for (var i = 0; i < count; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < ShingleLength; k++)
            {
                foreach (var c in terms[i + k]) { h ^= c; h *= 1099511628211UL; }
                h ^= 0x1F; h *= 1099511628211UL;
            }
            for (var s = 0; s < Size; s++)
            {
                var v = Mix(h ^ Seeds[s]);
                if (v < mins[s]) mins[s] = v;
            }
        }
        var sketch = new int[Size];
        for (var s = 0; s < Size; s++) sketch[s] = unchecked((int)mins[s]);
        return sketch;
    }

    /// <summary>Estimated Jaccard similarity; 0 when either text was too short to sketch.</summary>
    public static double Similarity(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count != Size || b.Count != Size) return 0;
        var same = 0;
        for (var i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same / (double)Size;
    }

    private static ulong Mix(ulong x)
    {
        // splitmix64 finaliser: cheap and well distributed, so one base hash yields Size independent-looking ones.
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Size; i++) { state += 0x9E3779B97F4A7C15UL; seeds[i] = Mix(state); }
        return seeds;
    }
}
