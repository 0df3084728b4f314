namespace Extractor.Classification.Linear;

/// <summary>
/// The training objective over a compacted feature space: weighted mean cross-entropy of the softmax plus λ/2·‖W‖².
/// Parameters are laid out as weights [feature·K + label] followed by K biases.
/// </summary>
internal sealed class SoftmaxObjective
{
    private readonly int[][] _indices;
    private readonly double[][] _values;
    private readonly int[] _labels;
    private readonly double[] _sampleWeights;
    private readonly double _weightSum;
    private readonly double _l2;

    public SoftmaxObjective(int[][] indices, double[][] values, int[] labels, double[] sampleWeights, int features, int classes, double l2)
    {
        _indices = indices;
        _values = values;
        _labels = labels;
        _sampleWeights = sampleWeights;
        _weightSum = sampleWeights.Sum();
        _l2 = l2;
        Features = features;
        Classes = classes;
    }

    public int Features { get; }
    public int Classes { get; }
    public int Dimension => (Features + 1) * Classes;

    /// <summary>The loss at <paramref name="theta"/>; writes the gradient into <paramref name="gradient"/>.</summary>
    public double Evaluate(double[] theta, double[] gradient)
    {
        var k = Classes;
        var biasOffset = Features * k;
        Array.Clear(gradient);
        var scores = new double[k];
        var loss = 0.0;
        for (var i = 0; i < _labels.Length; i++)
        {
            var idx = _indices[i];
            var val = _values[i];
            for (var c = 0; c < k; c++) scores[c] = theta[biasOffset + c];
            for (var j = 0; j < idx.Length; j++)
            {
                var row = idx[j] * k;
                for (var c = 0; c < k; c++) scores[c] += val[j] * theta[row + c];
            }

            var max = scores.Max();
            var sum = 0.0;
            for (var c = 0; c < k; c++) sum += Math.Exp(scores[c] - max);
            var logSum = max + Math.Log(sum);
            var s = _sampleWeights[i];
            loss += s * (logSum - scores[_labels[i]]);
            for (var c = 0; c < k; c++)
            {
                var g = s * (Math.Exp(scores[c] - logSum) - (c == _labels[i] ? 1 : 0));
                if (g == 0) continue;
                for (var j = 0; j < idx.Length; j++) gradient[idx[j] * k + c] += val[j] * g;
                gradient[biasOffset + c] += g;
            }
        }

        loss /= _weightSum;
        for (var p = 0; p < gradient.Length; p++) gradient[p] /= _weightSum;
        var penalty = 0.0;
        for (var p = 0; p < biasOffset; p++)
        {
            penalty += theta[p] * theta[p];
            gradient[p] += _l2 * theta[p];
        }

        return loss + 0.5 * _l2 * penalty;
    }
}
