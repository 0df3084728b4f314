namespace Extractor.Sectioning;

/// <summary>Options of the section splitter.</summary>
public sealed record SectioningOptions
{
    /// <summary>A heading is at most this many characters long. Default: 180.</summary>
    public int MaxHeadingLength { get; init; } = 180;

    /// <summary>A heading is at most this many source lines long. Default: 3.</summary>
    public int MaxHeadingLines { get; init; } = 3;

    /// <summary>On a PDF page, a block whose font is this much larger than the body's is a heading. Default: 1.15.</summary>
    public double HeadingFontRatio { get; init; } = 1.15;
}
