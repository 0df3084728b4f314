namespace Extractor.Classification.Linear;

/// <summary>
/// Splits samples into folds by group (document), so no group has samples in both a training and a test set.
/// Deterministic: groups are taken largest first (ties by ordinal name), each into the fold with fewest samples so far.
/// </summary>
public static class GroupedFolds
{
    /// <summary>The fold (0 … folds−1) of each sample.</summary>
    public static int[] Assign(IReadOnlyList<string> groups, int folds)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least two folds.");
        var sizes = groups.GroupBy(g => g, StringComparer.Ordinal).Select(g => (Name: g.Key, Size: g.Count()))
            .OrderByDescending(g => g.Size).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        if (sizes.Count < folds) throw new ArgumentException($"{sizes.Count} groups cannot fill {folds} folds.", nameof(groups));
        var load = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, size) in sizes)
        {
            var target = 0;
            for (var f = 1; f < folds; f++)
                if (load[f] < load[target]) target = f;
            foldOf[name] = target;
            load[target] += size;
        }

        return groups.Select(g => foldOf[g]).ToArray();
    }
}
