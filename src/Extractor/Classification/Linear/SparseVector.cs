namespace Extractor.Classification.Linear;

/// <summary>A sparse feature vector: strictly increasing indices with their values.</summary>
public sealed class SparseVector
{
    public SparseVector(int[] indices, double[] values)
    {
        if (indices.Length != values.Length) throw new ArgumentException("Indices and values must have the same length.", nameof(values));
        for (var i = 1; i < indices.Length; i++)
            if (indices[i] <= indices[i - 1]) throw new ArgumentException("Indices must be strictly increasing.", nameof(indices));
        Indices = indices;
        Values = values;
    }

    public int[] Indices { get; }
    public double[] Values { get; }
    public int Count => Indices.Length;

    /// <summary>Builds a vector from index/value pairs in any order, summing duplicates and dropping zeros.</summary>
    public static SparseVector FromPairs(IEnumerable<KeyValuePair<int, double>> pairs)
    {
        var sorted = new SortedDictionary<int, double>();
        foreach (var (k, v) in pairs) sorted[k] = sorted.TryGetValue(k, out var old) ? old + v : v;
        var nonZero = sorted.Where(p => p.Value != 0).ToList();
        return new SparseVector(nonZero.Select(p => p.Key).ToArray(), nonZero.Select(p => p.Value).ToArray());
    }
}
