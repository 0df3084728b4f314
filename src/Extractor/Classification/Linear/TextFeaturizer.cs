namespace Extractor.Classification.Linear;

/// <summary>
/// Turns a titled text into a sparse vector: hashed word 1–2-grams and character 3–5-grams of the folded title and body
/// (each block log-scaled and L2-normalised, then weighted), followed by the layout features.
/// </summary>
public sealed class TextFeaturizer(FeatureSettings settings)
{
    public FeatureSettings Settings { get; } = settings;

    // One reusable hasher per thread: classifiers run on several ingest workers at once.
    private readonly ThreadLocal<FeatureHasher> _hasher = new(() => new FeatureHasher(settings.HashBits));

    /// <summary>The feature vector of one text.</summary>
    /// <param name="title">Heading or document title; "" when there is none.</param>
    /// <param name="text">The full text (for sections: heading and body).</param>
    /// <param name="level">Heading level, 0 when there is none.</param>
    /// <param name="position">Start of the text in its document, 0 to 1.</param>
    /// <param name="shapeTokens">Discrete shape features ("pages:3"), each hashed with weight <see cref="FeatureSettings.LayoutWeight"/>.</param>
    /// <param name="shapeWeight">Weight of the shape tokens; default <see cref="FeatureSettings.LayoutWeight"/>.</param>
    public SparseVector Featurize(string title, string text, int level, double position, IEnumerable<string>? shapeTokens = null, double? shapeWeight = null)
    {
        var pairs = new List<KeyValuePair<int, double>>();
        var hasher = _hasher.Value!;
        hasher.Clear();
        if (shapeTokens is not null)
        {
            foreach (var token in shapeTokens) hasher.Add("x", token, shapeWeight ?? Settings.LayoutWeight);
            pairs.AddRange(hasher.Sorted());
        }

        AddBlock(hasher, "t", TextFolding.Fold(title, 400), Settings.TitleWeight, pairs);
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..] : text;
        AddBlock(hasher, "b", TextFolding.Fold(body, Settings.MaxTextChars), Settings.BodyWeight, pairs);
        var layout = LayoutFeatures.Compute(title, text, level, position);
        for (var i = 0; i < layout.Length; i++)
            if (layout[i] != 0) pairs.Add(new(Settings.LayoutOffset + i, layout[i] * Settings.LayoutWeight));
        return SparseVector.FromPairs(pairs);
    }

    /// <summary>A section's features: its heading, text, level and where it starts in the document.</summary>
    public SparseVector Section(string title, string text, int level, double position) => Featurize(title, text, level, position);

    /// <summary>
    /// The features of one unit of a document's sections (see <see cref="SectionUnits"/>): the composed text plus, with
    /// <see cref="FeatureSettings.ContextWeight"/> above 0, the unit's document-context tokens.
    /// </summary>
    public SparseVector Unit(IReadOnlyList<SectionInput> sections, IReadOnlyList<SectionUnit> units, int unitIndex, int pages)
    {
        var s = SectionUnits.Compose(sections, units[unitIndex]);
        var context = Settings.ContextWeight > 0 ? SectionUnits.Context(sections, units, unitIndex, pages, Settings.FragmentChars).ToList() : null;
        return Featurize(s.Title, s.Text, s.Level, s.Position, context, Settings.ContextWeight);
    }

    /// <summary>
    /// A document's features: its title and the start of its text, plus its shape as binned tokens (pages, sections,
    /// characters, sections per page, each on a log2 scale).
    /// </summary>
    public SparseVector Document(string title, string text, int pages, int sections, int chars) =>
        Featurize(title, text, 0, 0,
        [
            $"pages:{Bin(pages)}", $"sections:{Bin(sections)}", $"chars:{Bin(chars)}",
            $"sections_per_page:{Bin((double)sections / Math.Max(1, pages))}", $"chars_per_page:{Bin((double)chars / Math.Max(1, pages) / 100)}",
        ]);

    private static int Bin(double value) => (int)Math.Floor(Math.Log2(1 + Math.Max(0, value)));

    private void AddBlock(FeatureHasher hasher, string ns, string folded, double weight, List<KeyValuePair<int, double>> pairs)
    {
        if (folded.Length == 0 || weight == 0) return;
        hasher.Clear();
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n <= Settings.MaxWordNgram; n++)
        {
            var wordNs = ns + "w" + n;
            for (var i = 0; i + n <= words.Length; i++) hasher.Add(wordNs, words, i, n);
        }

        var padded = " " + folded + " ";
        // Counts are whole numbers, so adding them in another order gives the same sums.
        hasher.AddCharNgrams(FeatureHasher.Prefix(ns + "c"), padded, Settings.MinCharNgram, Settings.MaxCharNgram);

        // Log-scaled counts, L2-normalised so long and short texts weigh alike.
        var scaled = hasher.Sorted().Select(p => new KeyValuePair<int, double>(p.Key, Math.Sign(p.Value) * Math.Log(1 + Math.Abs(p.Value)))).ToList();
        var norm = Math.Sqrt(scaled.Sum(p => p.Value * p.Value));
        if (norm == 0) return;
        foreach (var p in scaled)
            if (p.Value != 0) pairs.Add(new(p.Key, weight * p.Value / norm));
    }
}
