using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>
/// Labelled sections turned into training samples, one per <see cref="SectionUnit"/>: features, label (that of the unit's
/// closing full section; for a run of fragments alone, its most frequent label), document, whether it is synthetic, and
/// the labels of the sections it covers (for per-section scores).
/// </summary>
public sealed record SectionUnitSamples(
    IReadOnlyList<SparseVector> X, IReadOnlyList<int> Y, IReadOnlyList<string> Groups, IReadOnlyList<bool> Synthetic, IReadOnlyList<int[]> SectionLabels)
{
    public int Count => Y.Count;

    /// <summary>Number of sections that are fragments under the settings' rule.</summary>
    public static int Fragments(IEnumerable<SectionSample> rows, FeatureSettings features) => rows.Count(r => SectionUnits.IsFragment(r.Text, features.FragmentChars));

    public static SectionUnitSamples Build(IReadOnlyList<SectionSample> rows, FeatureSettings features)
    {
        var featurizer = new TextFeaturizer(features);
        var x = new List<SparseVector>();
        var y = new List<int>();
        var groups = new List<string>();
        var synthetic = new List<bool>();
        var sectionLabels = new List<int[]>();
        var order = new List<string>();
        var byDoc = new Dictionary<string, List<SectionSample>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (!byDoc.TryGetValue(r.Doc, out var list))
            {
                byDoc[r.Doc] = list = [];
                order.Add(r.Doc);
            }

            list.Add(r);
        }

        foreach (var doc in order)
        {
            var sections = byDoc[doc].OrderBy(r => r.Index).ToList();
            var inputs = sections.Select(r => r.Input).ToList();
            var units = SectionUnits.Group(inputs.Select(s => s.Text).ToList(), features.FragmentChars);
            var vectors = featurizer.Units(inputs, units, sections[0].Pages);
            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                var labels = sections.Skip(unit.First).Take(unit.Count).Select(r => ClassifierTraining.IndexOf(SectionTypes.All, r.Label)).ToArray();
                var closing = sections[unit.Last];
                var label = !SectionUnits.IsFragment(closing.Text, features.FragmentChars) ? labels[^1]
                    : labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => Array.IndexOf(labels, g.Key)).First().Key;
                x.Add(vectors[u]);
                y.Add(label);
                groups.Add(doc);
                synthetic.Add(sections[0].Synthetic);
                sectionLabels.Add(labels);
            }
        }

        return new SectionUnitSamples(x, y, groups, synthetic, sectionLabels);
    }
}
