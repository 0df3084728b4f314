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
        : this(labels, bias, weights.Select(w =>
        {
            var keys = w.Where(p => p.Value != 0).Select(p => p.Key).ToArray();
            var values = keys.Select(k => w[k]).ToArray();
            Array.Sort(keys, values);
            return new LabelWeights(keys, values);
        }).ToList())
    {
    }

    /// <summary>One label's weights: feature indices in increasing order, each once, with their weights.</summary>
    public sealed record LabelWeights(int[] Features, double[] Values);

    /// <param name="weights">Per label, its weights sorted by feature (as a model file holds them, so loading one sorts nothing).</param>
    public SoftmaxRegression(IReadOnlyList<string> labels, IReadOnlyList<double> bias, IReadOnlyList<LabelWeights> weights)
    {
        if (labels.Count < 2) throw new ArgumentException("A classifier needs at least two labels.", nameof(labels));
        if (bias.Count != labels.Count || weights.Count != labels.Count) throw new ArgumentException("Bias and weights need one entry per label.");
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count) throw new ArgumentException("Labels must be distinct.", nameof(labels));
        Labels = labels.ToArray();
        Bias = bias.ToArray();
        // Laid out by feature (labels in order within one): compressed rows rather than dictionaries, as a model is
        // loaded at the start of every ingest.
        var byLabel = weights.Select(w =>
        {
            var (keys, values) = (w.Features, w.Values);
            if (keys.Length != values.Length) throw new ArgumentException("A label needs one weight per feature index.", nameof(weights));
            if (keys.Length > 0 && keys[0] < 0) throw new ArgumentException($"Feature indices must not be negative (was {keys[0]}).", nameof(weights));
            for (var i = 1; i < keys.Length; i++)
                if (keys[i] <= keys[i - 1]) throw new ArgumentException($"Feature indices must increase (feature index {keys[i]} after {keys[i - 1]}).", nameof(weights));
            return (keys, values);
        }).ToArray();
        var features = byLabel.Max(l => l.keys.Length == 0 ? 0 : l.keys[^1] + 1);
        _start = new int[features + 1];
        foreach (var (keys, _) in byLabel)
            foreach (var f in keys) _start[f + 1]++;
        for (var f = 0; f < features; f++) _start[f + 1] += _start[f];
        var next = _start[..^1];
        _label = new int[_start[^1]];
        _weight = new double[_start[^1]];
        for (var k = 0; k < byLabel.Length; k++)
        {
            var (keys, values) = byLabel[k];
            for (var i = 0; i < keys.Length; i++)
            {
                var at = next[keys[i]]++;
                _label[at] = k;
                _weight[at] = values[i];
            }
        }
        // Read back from the compressed rows when asked for (by the model writer only).
        _weights = new Lazy<IReadOnlyList<IReadOnlyDictionary<int, double>>>(() =>
        {
            var perLabel = Labels.Select(_ => new SortedDictionary<int, double>()).ToArray();
            for (var f = 0; f + 1 < _start.Length; f++)
                for (var j = _start[f]; j < _start[f + 1]; j++) perLabel[_label[j]][f] = _weight[j];
            return perLabel;
        });
    }

    private readonly Lazy<IReadOnlyList<IReadOnlyDictionary<int, double>>> _weights;

    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyList<double> Bias { get; }

    /// <summary>Per label, nonzero weights ordered by feature index.</summary>
    public IReadOnlyList<IReadOnlyDictionary<int, double>> Weights => _weights.Value;

    public int NonZeroWeights => _weight.Length;

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
