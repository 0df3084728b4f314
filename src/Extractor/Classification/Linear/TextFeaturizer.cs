namespace Extractor.Classification.Linear;

/// <summary>
/// Turns a titled text into a sparse vector: hashed word 1–2-grams and (when the settings ask for them) character
/// n-grams of the folded title and body (each block log-scaled and L2-normalised, then weighted), followed by the layout
/// features (see <see cref="LayoutFeatures"/>).
/// </summary>
public sealed class TextFeaturizer(FeatureSettings settings)
{
    public FeatureSettings Settings { get; } = settings;

    // One reusable hasher and output accumulator per thread: classifiers run on several ingest workers at once.
    private readonly ThreadLocal<(FeatureHasher Hasher, SparseAccumulator Output)> _scratch =
        new(() => (new FeatureHasher(settings.HashBits), new SparseAccumulator()));

    /// <summary>The feature vector of one text.</summary>
    /// <param name="title">Heading or document title; "" when there is none.</param>
    /// <param name="text">The full text (for sections: heading and body).</param>
    /// <param name="level">Heading level, 0 when there is none.</param>
    /// <param name="position">Start of the text in its document, 0 to 1.</param>
    /// <param name="shapeTokens">Discrete shape features ("pages:3"), each hashed with weight <see cref="FeatureSettings.LayoutWeight"/>.</param>
    /// <param name="shapeWeight">Weight of the shape tokens; default <see cref="FeatureSettings.LayoutWeight"/>.</param>
    public SparseVector Featurize(string title, string text, int level, double position, IEnumerable<string>? shapeTokens = null, double? shapeWeight = null) =>
        Featurize(title, text, level, position, TextShape.Of(text), null, null, shapeTokens, shapeWeight);

    private SparseVector Featurize(string title, string text, int level, double position, TextShape shape, TextShape? document,
        UnitNeighbours? neighbours, IEnumerable<string>? shapeTokens, double? shapeWeight)
    {
        var (hasher, output) = _scratch.Value;
        output.Clear();
        if (shapeTokens is not null)
        {
            hasher.Clear();
            var prefix = FeatureHasher.Prefix("x");
            foreach (var token in shapeTokens) hasher.Add(prefix, token, shapeWeight ?? Settings.LayoutWeight);
            for (var i = 0; i < hasher.Touched.Length; i++) output.Add(hasher.Touched[i], hasher.ValueAt(i));
        }

        AddBlock(hasher, "t", TextFolding.Fold(title, 400), Settings.TitleWeight, output);
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..] : text;
        AddBlock(hasher, "b", TextFolding.Fold(body, Settings.MaxTextChars), Settings.BodyWeight, output);
        var layout = LayoutFeatures.Compute(title, shape, level, position, Settings.DocumentShapeWeight > 0 ? document : null,
            Settings.NeighbourShapeWeight > 0 ? neighbours : null);
        for (var i = 0; i < layout.Length; i++)
        {
            var scale = Settings.LayoutScale(i);
            if (layout[i] != 0 && scale != 0) output.Add(Settings.LayoutOffset + i, layout[i] * scale);
            // Every ratio of a block that is on falls in one bin: a ratio of 0 (or a missing neighbour's) in the first.
            if (Settings.ShapeBins > 0 && scale != 0 && LayoutFeatures.IsShapeRatio(i))
                output.Add(Settings.BinOffset + i * Settings.ShapeBins + ShapeBin(layout[i]), Settings.ShapeBinWeight);
        }

        return output.ToVectorAndClear();
    }

    /// <summary>A section's features: its heading, text, level and where it starts in the document.</summary>
    public SparseVector Section(string title, string text, int level, double position) => Featurize(title, text, level, position);

    /// <summary>
    /// The features of every unit of a document's sections (see <see cref="SectionUnits"/>): each unit's composed text, its
    /// shape (the sum of its sections'), with <see cref="FeatureSettings.DocumentShapeWeight"/> above 0 the shape of the
    /// whole document, with <see cref="FeatureSettings.NeighbourShapeWeight"/> above 0 the shapes of the units before and
    /// after it, and with <see cref="FeatureSettings.ContextWeight"/> above 0 its document-context tokens. Each section's
    /// and each unit's shape is computed once.
    /// </summary>
    public IReadOnlyList<SparseVector> Units(IReadOnlyList<SectionInput> sections, IReadOnlyList<SectionUnit> units, int pages)
    {
        var shapes = sections.Select(s => TextShape.Of(s.Text)).ToArray();
        var document = TextShape.Sum(shapes);
        var composed = units.Select(unit => SectionUnits.Compose(sections, unit)).ToArray();
        var unitShapes = units.Select(unit => unit.Count == 1 ? shapes[unit.First] : TextShape.Sum(shapes[unit.First..(unit.Last + 1)])).ToArray();
        var vectors = new SparseVector[units.Count];
        var fragmentShare = SectionUnits.FragmentShare(sections, Settings.FragmentChars);
        for (var u = 0; u < units.Count; u++)
        {
            var s = composed[u];
            var context = Settings.ContextWeight > 0 ? SectionUnits.Context(sections, units, u, pages, Settings.FragmentChars, fragmentShare).ToList() : null;
            var neighbours = new UnitNeighbours(u > 0 ? unitShapes[u - 1] : null, u + 1 < units.Count ? unitShapes[u + 1] : null, u, units.Count);
            vectors[u] = Featurize(s.Title, s.Text, s.Level, s.Position, unitShapes[u], document, neighbours, context, Settings.ContextWeight);
        }

        return vectors;
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

    /// <summary>The bin of a ratio in [0, 1]: equal widths over its square root, since most ratios crowd near 0.</summary>
    internal int ShapeBin(double ratio) => Math.Min(Settings.ShapeBins - 1, (int)Math.Floor(Math.Sqrt(ratio) * Settings.ShapeBins));

    private void AddBlock(FeatureHasher hasher, string ns, string folded, double weight, SparseAccumulator output)
    {
        if (folded.Length == 0 || weight == 0) return;
        hasher.Clear();
        // Folded text has exactly one space between words, so a word n-gram is the span from its first word's start to
        // its last word's end.
        var starts = new List<int> { 0 };
        for (var i = 0; i < folded.Length; i++)
            if (folded[i] == ' ') starts.Add(i + 1);
        var words = starts.Count;
        int End(int word) => word + 1 < words ? starts[word + 1] - 1 : folded.Length;
        for (var n = 1; n <= Settings.MaxWordNgram; n++)
        {
            var prefix = FeatureHasher.Prefix(ns + "w" + n);
            for (var i = 0; i + n <= words; i++) hasher.Add(prefix, folded.AsSpan(starts[i], End(i + n - 1) - starts[i]));
        }

        // Counts are whole numbers, so adding them in another order gives the same sums.
        if (Settings.MaxCharNgram >= Settings.MinCharNgram)
            hasher.AddCharNgrams(FeatureHasher.Prefix(ns + "c"), " " + folded + " ", Settings.MinCharNgram, Settings.MaxCharNgram);

        // Log-scaled counts, L2-normalised so long and short texts weigh alike.
        var touched = hasher.Touched;
        var scaled = new double[touched.Length];
        var norm = 0.0;
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = LogScaled(hasher.ValueAt(i));
            norm += scaled[i] * scaled[i];
        }

        norm = Math.Sqrt(norm);
        if (norm == 0) return;
        for (var i = 0; i < scaled.Length; i++)
            if (scaled[i] != 0) output.Add(touched[i], weight * scaled[i] / norm);
    }

    private static double LogScaled(double count) => Math.Sign(count) * Math.Log(1 + Math.Abs(count));
}
