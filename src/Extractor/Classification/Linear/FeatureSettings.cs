namespace Extractor.Classification.Linear;

/// <summary>How text becomes features; saved in every model file so a model is read with the settings it was trained with.</summary>
public sealed record FeatureSettings
{
    /// <summary>Feature hashing uses 2^HashBits buckets. Default: 18.</summary>
    public int HashBits { get; init; } = 18;

    /// <summary>Word n-grams from 1 to this length. Default: 2 (unigrams and bigrams).</summary>
    public int MaxWordNgram { get; init; } = 2;

    /// <summary>Shortest character n-gram. Default: 3.</summary>
    public int MinCharNgram { get; init; } = 3;

    /// <summary>Longest character n-gram; below <see cref="MinCharNgram"/> (e.g. 0), no character n-grams. Default: 5.</summary>
    public int MaxCharNgram { get; init; } = 5;

    /// <summary>Only the first this many characters of a body feed the n-grams (layout features see all of it). Default: 2000.</summary>
    public int MaxTextChars { get; init; } = 2000;

    /// <summary>Scale of the title's n-gram block (each block is L2-normalised, then scaled). Default: 0.5.</summary>
    public double TitleWeight { get; init; } = 0.5;

    /// <summary>Scale of the body's n-gram block. Default: 0.5.</summary>
    public double BodyWeight { get; init; } = 0.5;

    /// <summary>
    /// Scale of the layout and cue-word features. Default: 5, chosen by grouped cross-validation: they carry over between
    /// documents better than n-grams do.
    /// </summary>
    public double LayoutWeight { get; init; } = 5.0;

    /// <summary>
    /// Sections shorter than this many characters (heading and body, trimmed) are fragments: they are classified together
    /// with the sections that follow them up to the next full section (see <see cref="SectionUnits"/>). 0 classifies every
    /// section alone. Default: 0 (the document classifier); the section classifier is trained with 120.
    /// </summary>
    public int FragmentChars { get; init; }

    /// <summary>
    /// Scale of a section unit's document-shape features (the "doc_" layout features: the shape ratios of its whole
    /// document); 0 leaves them out. Default: 0 (the document classifier); the section classifier is trained with 10.
    /// </summary>
    public double DocumentShapeWeight { get; init; }

    /// <summary>Scale of the document-context tokens of a section unit (see <see cref="SectionUnits.Context"/>); 0 leaves them out. Default: 0.</summary>
    public double ContextWeight { get; init; }

    /// <summary>
    /// Scale of a section unit's neighbour features: the shape ratios of the units just before and after it ("prev_…",
    /// "next_…"; 0 with "no_previous" / "no_next" set at either end of the document) and its index among its document's
    /// units as a fraction; 0 leaves them out. Default: 0 (the document classifier); the section classifier is trained
    /// with 0.5.
    /// </summary>
    public double NeighbourShapeWeight { get; init; }

    /// <summary>
    /// Each shape ratio (see <see cref="LayoutFeatures.IsShapeRatio"/>) of a block that is on is also given as one of this
    /// many one-hot bins of equal width over its square root, weighted <see cref="ShapeBinWeight"/>: a linear model weighs
    /// a ratio in proportion, and the bins let it weigh a middling share of, say, short lines unlike a low or a high one.
    /// 0 leaves them out. Default: 0 (the document classifier); the section classifier is trained with 3.
    /// </summary>
    public int ShapeBins { get; init; }

    /// <summary>Scale of the bins of <see cref="ShapeBins"/>. Default: 0.3.</summary>
    public double ShapeBinWeight { get; init; } = 0.3;

    /// <summary>The scale of the layout feature at <paramref name="index"/> (0-based among <see cref="LayoutFeatures.Names"/>).</summary>
    public double LayoutScale(int index) =>
        index < LayoutFeatures.DocumentOffset ? LayoutWeight
        : index < LayoutFeatures.NeighbourOffset ? DocumentShapeWeight
        : NeighbourShapeWeight;

    /// <summary>Index of the first bin of <see cref="ShapeBins"/>: they follow the layout features, <see cref="ShapeBins"/> per layout feature.</summary>
    public int BinOffset => LayoutOffset + LayoutFeatures.Names.Count;

    /// <summary>Index of the first layout feature: they follow the hash buckets.</summary>
    public int LayoutOffset => 1 << HashBits;

    /// <summary>Number of feature dimensions: hash buckets, layout features and their bins.</summary>
    public int Dimension => BinOffset + LayoutFeatures.Names.Count * ShapeBins;
}
