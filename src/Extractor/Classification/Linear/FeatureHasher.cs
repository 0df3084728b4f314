namespace Extractor.Classification.Linear;

/// <summary>
/// Signed feature hashing (Weinberger et al. 2009, "Feature Hashing for Large Scale Multitask Learning"): a feature name
/// goes to one of 2^bits buckets with a sign, so collisions cancel out on average. The hash is FNV-1a 64, fixed across
/// runs and platforms (unlike <see cref="string.GetHashCode()"/>), so saved models stay valid.
/// </summary>
public sealed class FeatureHasher
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    // Dense buckets plus the list of those touched: far cheaper than a dictionary for the thousands of n-grams of one
    // text, and reusable (Clear resets only what was touched).
    private readonly double[] _buckets;
    private readonly bool[] _seen;
    private readonly List<int> _touched = [];
    private readonly int _mask;

    public FeatureHasher(int bits)
    {
        if (bits is < 4 or > 26) throw new ArgumentOutOfRangeException(nameof(bits), bits, "Hash bits must be between 4 and 26.");
        _mask = (1 << bits) - 1;
        _buckets = new double[1 << bits];
        _seen = new bool[1 << bits];
    }

    /// <summary>The buckets touched so far with their summed signed counts.</summary>
    public IReadOnlyDictionary<int, double> Values => _touched.ToDictionary(i => i, i => _buckets[i]);

    /// <summary>The buckets touched so far, by increasing index.</summary>
    public List<KeyValuePair<int, double>> Sorted()
    {
        var indices = _touched.ToArray();
        Array.Sort(indices);
        return indices.Select(i => new KeyValuePair<int, double>(i, _buckets[i])).ToList();
    }

    public void Clear()
    {
        foreach (var i in _touched)
        {
            _buckets[i] = 0;
            _seen[i] = false;
        }

        _touched.Clear();
    }

    /// <summary>Adds one occurrence of the feature "namespace|text".</summary>
    public void Add(string ns, ReadOnlySpan<char> text, double weight = 1) => Add(Prefix(ns), text, weight);

    /// <summary>The hash state after "namespace|": computed once for a namespace used many times.</summary>
    public static ulong Prefix(string ns)
    {
        var h = Offset;
        foreach (var c in ns) h = Step(h, c);
        return Step(h, '|');
    }

    /// <summary>Adds one occurrence of the feature whose namespace state is <paramref name="prefix"/> (see <see cref="Prefix"/>).</summary>
    public void Add(ulong prefix, ReadOnlySpan<char> text, double weight = 1)
    {
        var h = prefix;
        foreach (var c in text) h = Step(h, c);
        Put(h, weight);
    }

    /// <summary>Adds "namespace|w1 w2 …" for <paramref name="count"/> words from <paramref name="start"/>, without joining them first.</summary>
    public void Add(string ns, string[] words, int start, int count, double weight = 1)
    {
        var h = Offset;
        foreach (var c in ns) h = Step(h, c);
        h = Step(h, '|');
        for (var w = start; w < start + count; w++)
        {
            if (w > start) h = Step(h, ' ');
            foreach (var c in words[w]) h = Step(h, c);
        }

        Put(h, weight);
    }

    /// <summary>
    /// Adds every character n-gram of <paramref name="text"/> with <paramref name="min"/> ≤ n ≤ <paramref name="max"/>, each
    /// hashed as <see cref="Add(ulong, ReadOnlySpan{char}, double)"/> would, extending one hash per start position.
    /// </summary>
    public void AddCharNgrams(ulong prefix, string text, int min, int max)
    {
        for (var i = 0; i + min <= text.Length; i++)
        {
            var h = prefix;
            for (var k = 0; k < max && i + k < text.Length; k++)
            {
                h = Step(h, text[i + k]);
                if (k + 1 >= min) Put(h, 1);
            }
        }
    }

    private void Put(ulong h, double weight)
    {
        // Mix the high bits down before taking the bucket; the top bit gives the sign.
        var mixed = h ^ (h >> 29);
        var index = (int)(mixed & (ulong)_mask);
        var sign = (h >> 63) == 0 ? 1.0 : -1.0;
        if (!_seen[index])
        {
            _seen[index] = true;
            _touched.Add(index);
        }

        _buckets[index] += sign * weight;
    }

    private static ulong Step(ulong h, char c)
    {
        h ^= (byte)c;
        h *= Prime;
        h ^= (byte)(c >> 8);
        h *= Prime;
        return h;
    }
}
