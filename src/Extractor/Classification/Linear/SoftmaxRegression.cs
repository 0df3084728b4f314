namespace Extractor.Classification.Linear;

/// <summary>
/// A trained multinomial logistic regression: per label a bias and sparse weights over feature indices.
/// Immutable and thread-safe; <see cref="Probabilities"/> is the softmax of bias plus weights·features.
/// </summary>
public sealed class SoftmaxRegression
{
    // Weights by feature in compressed rows: feature f's (label, weight) pairs are at [_start[f], _start[f + 1]).
    private readonly int[] _start;
    private readonly int[] _label;
    private readonly double[] _weight;

    /// <param name="labels">The label names, in score order.</param>
    /// <param name="bias">One bias per label.</param>
    /// <param name="weights">Per label, its nonzero weights by feature index.</param>
    public SoftmaxRegression(IReadOnlyList<string> labels, IReadOnlyList<double> bias, IReadOnlyList<IReadOnlyDictionary<int, double>> weights)
    {
        if (labels.Count < 2) throw new ArgumentException("A classifier needs at least two labels.", nameof(labels));
        if (bias.Count != labels.Count || weights.Count != labels.Count) throw new ArgumentException("Bias and weights need one entry per label.");
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count) throw new ArgumentException("Labels must be distinct.", nameof(labels));
        Labels = labels.ToArray();
        Bias = bias.ToArray();
        Weights = weights.Select(w => (IReadOnlyDictionary<int, double>)new SortedDictionary<int, double>(w.Where(p => p.Value != 0).ToDictionary())).ToArray();
        var entries = Weights.SelectMany((w, k) => w.Select(p => (Feature: p.Key, Label: k, p.Value)))
            .OrderBy(t => t.Feature).ThenBy(t => t.Label).ToArray();
        var features = entries.Length == 0 ? 0 : entries[^1].Feature + 1;
        _start = new int[features + 1];
        foreach (var e in entries) _start[e.Feature + 1]++;
        for (var f = 0; f < features; f++) _start[f + 1] += _start[f];
        _label = entries.Select(e => e.Label).ToArray();
        _weight = entries.Select(e => e.Value).ToArray();
    }

    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<double> Bias { get; }

    /// <summary>Per label, nonzero weights ordered by feature index.</summary>
    public IReadOnlyList<IReadOnlyDictionary<int, double>> Weights { get; }

    public int NonZeroWeights => Weights.Sum(w => w.Count);

    /// <summary>The probability of each label (in <see cref="Labels"/> order).</summary>
    public double[] Probabilities(SparseVector x)
    {
        var scores = Bias.ToArray();
        var features = _start.Length - 1;
        for (var i = 0; i < x.Count; i++)
        {
            var f = x.Indices[i];
            if ((uint)f >= (uint)features) continue;
            for (var j = _start[f]; j < _start[f + 1]; j++) scores[_label[j]] += _weight[j] * x.Values[i];
        }
        return Softmax(scores);
    }

    /// <summary>The most probable label's index (the lowest index on ties) and its probability.</summary>
    public (int Index, double Probability) Predict(SparseVector x)
    {
        var p = Probabilities(x);
        var best = 0;
        for (var k = 1; k < p.Length; k++)
            if (p[k] > p[best]) best = k;
        return (best, p[best]);
    }

    internal static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var e = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }
}
