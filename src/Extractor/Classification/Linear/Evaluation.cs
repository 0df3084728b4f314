namespace Extractor.Classification.Linear;

/// <summary>Precision, recall and F1 of one label, with its number of true samples.</summary>
public sealed record LabelScore(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>How a classifier did on held-out (or training) samples: accuracy, macro-F1, per-label scores and the confusion matrix.</summary>
/// <param name="Method">How the predictions were obtained ("grouped 5-fold by document", "leave-one-document-out", "training set").</param>
/// <param name="Confusion">Rows are true labels, columns predicted labels, both in <see cref="Labels"/> order.</param>
public sealed record Evaluation(string Method, IReadOnlyList<string> Labels, double Accuracy, double MacroF1, IReadOnlyList<LabelScore> PerLabel, int[][] Confusion, int Samples)
{
    /// <summary>Scores predictions against the truth. Macro-F1 averages over labels that occur in the truth or the predictions.</summary>
    public static Evaluation Score(string method, IReadOnlyList<string> labels, IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        var k = labels.Count;
        var confusion = Enumerable.Range(0, k).Select(_ => new int[k]).ToArray();
        for (var i = 0; i < truth.Count; i++) confusion[truth[i]][predicted[i]]++;
        var scores = new List<LabelScore>();
        for (var c = 0; c < k; c++)
        {
            var tp = confusion[c][c];
            var support = confusion[c].Sum();
            var predictedCount = confusion.Sum(row => row[c]);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.Add(new LabelScore(labels[c], Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4), support));
        }

        var present = Enumerable.Range(0, k).Where(c => scores[c].Support > 0 || confusion.Sum(row => row[c]) > 0).ToList();
        var accuracy = truth.Count == 0 ? 0 : (double)Enumerable.Range(0, k).Sum(c => confusion[c][c]) / truth.Count;
        var macro = present.Count == 0 ? 0 : present.Average(c => scores[c].F1);
        return new Evaluation(method, labels.ToArray(), Math.Round(accuracy, 4), Math.Round(macro, 4), scores, confusion, truth.Count);
    }

    /// <summary>A plain-text table of the results, for the console.</summary>
    public string Describe()
    {
        var w = Math.Max(8, Labels.Max(l => l.Length));
        var b = new System.Text.StringBuilder();
        b.AppendLine(System.FormattableString.Invariant($"{Method}: {Samples} samples, accuracy {Accuracy:0.000}, macro-F1 {MacroF1:0.000}"));
        b.AppendLine(System.FormattableString.Invariant($"  {"label".PadRight(w)}  precision  recall     F1  support"));
        foreach (var s in PerLabel)
            b.AppendLine(System.FormattableString.Invariant($"  {s.Label.PadRight(w)}  {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,5:0.000}  {s.Support,7}"));
        b.AppendLine("  confusion (rows: true, columns: predicted)");
        var abbreviations = Labels.Select(l => l.Length > 6 ? l[..6] : l).ToList();
        b.AppendLine($"  {"".PadRight(w)}  {string.Join(" ", abbreviations.Select(a => a.PadLeft(6)))}");
        for (var r = 0; r < Labels.Count; r++)
            b.AppendLine($"  {Labels[r].PadRight(w)}  {string.Join(" ", Confusion[r].Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(6)))}");
        return b.ToString();
    }
}
