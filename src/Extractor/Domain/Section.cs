namespace Extractor.Domain;

/// <summary>The types of section the section classifier assigns (definitions in docs/labels.md).</summary>
public static class SectionTypes
{
    public const string Activity = "activity";
    public const string Statistics = "statistics";
    public const string Partners = "partners";
    public const string Finance = "finance";
    public const string Institutional = "institutional";
    public const string Analysis = "analysis";
    public const string Navigation = "navigation";

    public static readonly IReadOnlyList<string> All = [Activity, Statistics, Partners, Finance, Institutional, Analysis, Navigation];
}

/// <summary>The kinds of document the document classifier assigns (definitions in docs/labels.md).</summary>
public static class DocumentKinds
{
    public const string MunicipalReport = "municipal_report";
    public const string NetworkBrochure = "network_brochure";
    public const string Article = "article";
    public const string Presentation = "presentation";

    public static readonly IReadOnlyList<string> All = [MunicipalReport, NetworkBrochure, Article, Presentation];
}

/// <summary>A label a classifier gave, with its probability.</summary>
public sealed record Label(string Name, double Probability);

/// <summary>
/// One section of a document's tree. Its <see cref="Span"/> covers its heading and its own body text up to the
/// next heading of any level; subsections are separate sections pointing at it through <see cref="ParentId"/>.
/// </summary>
/// <param name="Id">Stable id: document id, "#", and the section's ordinal ("3f9a…#12").</param>
/// <param name="Title">The heading's text, or "" for the untitled front matter before the first heading.</param>
/// <param name="Level">1 for top-level sections; 0 only for the front matter.</param>
/// <param name="HeadingSpan">The heading's span in the clean text (empty for the front matter).</param>
/// <param name="Span">Heading plus body, up to the next heading.</param>
public sealed record Section(string Id, string Title, int Level, string? ParentId, int FirstPage, int LastPage, TextSpan HeadingSpan, TextSpan Span, Label? Type = null)
{
    /// <summary>The body: the section's span after its heading.</summary>
    public TextSpan BodySpan => new(HeadingSpan.End, Span.End);
}

/// <summary>What the document as a whole is: title, the period it covers, and its kind.</summary>
public sealed record DocumentInfo(string Id, string ContentHash, string SourcePath, string Title, DateValue? Period, int PageCount, Label? Kind = null)
{
    public string FileName => System.IO.Path.GetFileName(SourcePath);
}

/// <summary>A clean document split into its section tree, in reading order.</summary>
public sealed record SectionedDocument(DocumentInfo Info, CleanDocument Clean, IReadOnlyList<Section> Sections)
{
    // The sections' starts, for the list they were taken from (a copy made with other sections computes its own).
    private (IReadOnlyList<Section> For, int[] Starts)? _starts;

    /// <summary>
    /// The section containing the offset (the last one, should several), or null when none does. Sections are in reading order
    /// and each spans its heading and its own body, so the ones starting at or before the offset are found by binary search: a scan
    /// of all of them for each mention was quadratic in an archive of thousands of news items.
    /// </summary>
    public Section? SectionAt(int offset)
    {
        if (_starts is not { } cached || !ReferenceEquals(cached.For, Sections))
            _starts = cached = (Sections, Sections.Select(s => s.Span.Start).ToArray());
        var starts = cached.Starts;
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) lo = mid + 1; else hi = mid;
        }

        // Sections starting at or before the offset, latest first; the spans do not overlap, so the first that holds it is the one.
        for (var i = lo - 1; i >= 0; i--)
        {
            if (Sections[i].Span.Contains(offset)) return Sections[i];
            if (Sections[i].Span.End <= offset && Sections[i].Span.Length > 0 && i < lo - 1) break;
        }

        return null;
    }
}
