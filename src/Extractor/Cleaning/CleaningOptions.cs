namespace Extractor.Cleaning;

/// <summary>Options of the cleaning stage.</summary>
public sealed record CleaningOptions
{
    /// <summary>A line recurring at the top or bottom of at least this share of pages is a running header or footer. Default: 0.3.</summary>
    public double RunningLineMinShare { get; init; } = 0.3;

    /// <summary>... and on at least this many pages. Default: 3.</summary>
    public int RunningLineMinPages { get; init; } = 3;

    /// <summary>How many lines at each edge of a page are looked at for headers, footers and page numbers. Default: 3.</summary>
    public int EdgeLines { get; init; } = 3;

    /// <summary>At least this many consecutive very short lines form vertical debris (a sidebar title set letter by letter). Default: 4.</summary>
    public int DebrisMinRun { get; init; } = 4;

    /// <summary>Rejoin words hyphenated across line breaks. Default: true.</summary>
    public bool JoinHyphenation { get; init; } = true;
}
