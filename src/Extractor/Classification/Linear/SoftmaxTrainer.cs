namespace Extractor.Classification.Linear;

/// <summary>
/// Fits a <see cref="SoftmaxRegression"/> by L-BFGS on the features the training samples use. Deterministic: the same
/// samples in the same order give the same model, bit for bit.
/// </summary>
public static class SoftmaxTrainer
{
    /// <param name="groups">Optional document of each sample; with <see cref="TrainerOptions.MinDocuments"/> above 1, hashed features
    /// seen in fewer documents are dropped (layout features, at or above <paramref name="keepFrom"/>, are always kept).</param>
    /// <param name="keepFrom">First feature index exempt from the document-frequency filter.</param>
    /// <param name="sampleWeights">Optional weight of each sample (multiplied with its class weight); null weighs all alike.</param>
    public static SoftmaxRegression Train(IReadOnlyList<SparseVector> samples, IReadOnlyList<int> labels, IReadOnlyList<string> labelNames, TrainerOptions options,
        IReadOnlyList<string>? groups = null, int keepFrom = int.MaxValue, IReadOnlyList<double>? sampleWeights = null)
    {
        if (groups is not null && options.MinDocuments > 1) samples = KeepShared(samples, groups, options.MinDocuments, keepFrom);
        if (sampleWeights is not null && sampleWeights.Count != samples.Count) throw new ArgumentException("One weight per sample.", nameof(sampleWeights));
        if (samples.Count != labels.Count) throw new ArgumentException("One label per sample.", nameof(labels));
        if (samples.Count == 0) throw new ArgumentException("No training samples.", nameof(samples));
        var k = labelNames.Count;
        var features = samples.SelectMany(x => x.Indices).Distinct().Order().ToArray();
        var compact = new Dictionary<int, int>(features.Length);
        for (var i = 0; i < features.Length; i++) compact[features[i]] = i;
        var indices = samples.Select(x => x.Indices.Select(i => compact[i]).ToArray()).ToArray();
        var values = samples.Select(x => x.Values.ToArray()).ToArray();

        var counts = new int[k];
        foreach (var y in labels) counts[y]++;
        var classWeights = counts.Select(c => c == 0 ? 0 : Math.Pow((double)samples.Count / (k * c), options.ClassBalance)).ToArray();
        var documentWeights = DocumentWeights(groups, samples.Count, options.DocumentBalance);
        var weightOf = labels.Select((y, i) => classWeights[y] * documentWeights[i] * (sampleWeights?[i] ?? 1)).ToArray();

        var objective = new SoftmaxObjective(indices, values, labels.ToArray(), weightOf, features.Length, k, options.L2);
        var theta = new double[objective.Dimension];
        Lbfgs.Minimize(objective.Evaluate, theta, options.MaxIterations, options.GradientTolerance, options.History);

        var entries = new List<(int Feature, int Label, double Weight)>();
        for (var f = 0; f < features.Length; f++)
            for (var c = 0; c < k; c++)
            {
                var w = Math.Round(theta[f * k + c], options.Decimals, MidpointRounding.ToEven);
                if (w != 0) entries.Add((features[f], c, w));
            }

        if (entries.Count > options.MaxWeights)
            entries = entries.OrderByDescending(e => Math.Abs(e.Weight)).ThenBy(e => e.Feature).ThenBy(e => e.Label).Take(options.MaxWeights).ToList();
        var weights = Enumerable.Range(0, k).Select(_ => new Dictionary<int, double>()).ToArray();
        foreach (var (feature, label, weight) in entries) weights[label][feature] = weight;
        var bias = Enumerable.Range(0, k).Select(c => Math.Round(theta[features.Length * k + c], options.Decimals, MidpointRounding.ToEven)).ToArray();
        return new SoftmaxRegression(labelNames, bias, weights);
    }

    /// <summary>(1 / samples of the document)^balance, scaled to mean 1; all 1 without groups.</summary>
    private static double[] DocumentWeights(IReadOnlyList<string>? groups, int count, double balance)
    {
        if (groups is null || balance == 0) return Enumerable.Repeat(1.0, count).ToArray();
        var sizes = groups.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var raw = groups.Select(g => Math.Pow(1.0 / sizes[g], balance)).ToArray();
        var mean = raw.Average();
        return raw.Select(w => w / mean).ToArray();
    }

    /// <summary>Drops features that occur in fewer than <paramref name="minGroups"/> groups: they can only memorise one document.</summary>
    private static List<SparseVector> KeepShared(IReadOnlyList<SparseVector> samples, IReadOnlyList<string> groups, int minGroups, int keepFrom)
    {
        if (groups.Count != samples.Count) throw new ArgumentException("One group per sample.", nameof(groups));
        var seen = new Dictionary<int, HashSet<string>>();
        for (var i = 0; i < samples.Count; i++)
            foreach (var f in samples[i].Indices)
            {
                if (!seen.TryGetValue(f, out var set)) seen[f] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(groups[i]);
            }

        return samples.Select(x =>
        {
            var keep = Enumerable.Range(0, x.Count).Where(j => x.Indices[j] >= keepFrom || seen[x.Indices[j]].Count >= minGroups).ToArray();
            return new SparseVector(keep.Select(j => x.Indices[j]).ToArray(), keep.Select(j => x.Values[j]).ToArray());
        }).ToList();
    }
}
