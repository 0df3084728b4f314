namespace Extractor.Extraction;

/// <summary>Options of the extraction stages.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The partner gazetteer, relative to the repository root or absolute. Default: corpus/gazetteer/partners.tsv.</summary>
    public string Gazetteer { get; init; } = "corpus/gazetteer/partners.tsv";

    /// <summary>Sections of these types give no partners, events, amounts or counts (tables of contents, covers); their dates are still read. Default: navigation.</summary>
    public IReadOnlyList<string> SkipSectionTypes { get; init; } = ["navigation"];

    /// <summary>A section is skipped only when the classifier gives its type at least this probability. Default: 0.6.</summary>
    public double SkipMinProbability { get; init; } = 0.8;
}
