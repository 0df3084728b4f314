namespace Extractor.Classification.Linear;

/// <summary>
/// A sparse feature vector: distinct indices with their values, in a fixed order (the featurizer's is the order features
/// were first met, which is the same on every run; sorting would cost more than everything a prediction does with it).
/// </summary>
public sealed class SparseVector
{
    public SparseVector(int[] indices, double[] values)
    {
        if (indices.Length != values.Length) throw new ArgumentException("Indices and values must have the same length.", nameof(values));
        if (indices.Any(i => i < 0) || indices.Distinct().Count() != indices.Length) throw new ArgumentException("Indices must be distinct and not negative.", nameof(indices));
        Indices = indices;
        Values = values;
    }

    private SparseVector(int[] indices, double[] values, bool _)
    {
        Indices = indices;
        Values = values;
    }

    /// <summary>A vector whose indices the caller guarantees distinct and not negative (the featurizer's accumulator).</summary>
    internal static SparseVector Unchecked(int[] indices, double[] values) => new(indices, values, false);

    public int[] Indices { get; }
    public double[] Values { get; }
    public int Count => Indices.Length;
}
