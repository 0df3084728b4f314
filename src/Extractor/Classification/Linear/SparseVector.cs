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
        // Sorting (index, position) keeps duplicates in the order given, so sums come out the same on every run.
        var given = pairs as IReadOnlyList<KeyValuePair<int, double>> ?? pairs.ToList();
        var order = new long[given.Count];
        for (var p = 0; p < order.Length; p++) order[p] = ((long)given[p].Key << 32) | (uint)p;
        Array.Sort(order);
        var all = order.Select(o => (Key: (int)(o >> 32), Value: given[(int)(o & 0xFFFFFFFF)].Value)).ToArray();
        var indices = new List<int>(all.Length);
        var values = new List<double>(all.Length);
        // Summed in index order, then in the order given, as a sorted dictionary would: the same vector bit for bit.
        for (var i = 0; i < all.Length;)
        {
            var k = all[i].Key;
            var sum = 0.0;
            for (; i < all.Length && all[i].Key == k; i++) sum += all[i].Value;
            if (sum == 0) continue;
            indices.Add(k);
            values.Add(sum);
        }

        return new SparseVector(indices.ToArray(), values.ToArray());
    }
}
