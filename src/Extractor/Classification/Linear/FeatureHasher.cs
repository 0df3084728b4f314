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
    private readonly SparseAccumulator _buckets;
    private readonly int _mask;

    public FeatureHasher(int bits)
    {
        if (bits is < 4 or > 26) throw new ArgumentOutOfRangeException(nameof(bits), bits, "Hash bits must be between 4 and 26.");
        _mask = (1 << bits) - 1;
        _buckets = new SparseAccumulator();
    }

    /// <summary>The buckets touched so far with their summed signed counts.</summary>
    public IReadOnlyDictionary<int, double> Values
    {
        get
        {
            var values = new Dictionary<int, double>();
            for (var i = 0; i < _buckets.Touched.Length; i++) values[_buckets.Touched[i]] = _buckets.ValueAt(i);
            return values;
        }
    }

    /// <summary>The buckets touched since the last <see cref="Clear"/>, in the order first touched.</summary>
    internal ReadOnlySpan<int> Touched => _buckets.Touched;

    /// <summary>The summed signed count of the bucket at a position of <see cref="Touched"/>.</summary>
    internal double ValueAt(int touchedPosition) => _buckets.ValueAt(touchedPosition);

    public void Clear() => _buckets.Clear();

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
        _buckets.Add(index, (h >> 63) == 0 ? weight : -weight);
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
