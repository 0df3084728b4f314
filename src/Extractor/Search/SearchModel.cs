using Extractor.Indexing;

namespace Extractor.Search;

/// <summary>A search as the CLI and the web page ask it. Every field is optional; empty strings count as absent.</summary>
/// <param name="Query">Words, word*, "phrases", AND, OR, NOT, parentheses; empty lists everything, latest first.</param>
/// <param name="Partner">A partner's canonical name or an alias seen for it.</param>
/// <param name="From">YYYY, YYYY-MM or YYYY-MM-DD: events ending on or after its first day.</param>
/// <param name="To">YYYY, YYYY-MM or YYYY-MM-DD: events starting on or before its last day.</param>
/// <param name="Document">A document id or file name.</param>
/// <param name="Limit">Hits per page. Default: 20; at most 200.</param>
/// <param name="In">What to return: "events" (default), "sections" (title and text) or "documents" (title and file name).</param>
public sealed record SearchRequest(
    string? Query = null,
    string? Partner = null,
    string? From = null,
    string? To = null,
    string? Type = null,
    string? Document = null,
    string? City = null,
    int Limit = 20,
    int Offset = 0,
    string? In = null)
{
    public const int MaxLimit = 200;
}

/// <summary>Where a hit comes from: the document and the page and line its event starts on.</summary>
public sealed record HitSource(string DocumentId, string DocumentTitle, string FileName, int Page, int Line, string? SectionId);

/// <summary>One matching event.</summary>
/// <param name="Score">Relevance (negated BM25: higher is better); 0 when listing without a query.</param>
public sealed record SearchHit(
    string Id,
    string Title,
    string Type,
    string? Date,
    string? Location,
    long? Participants,
    IReadOnlyList<string> Partners,
    HitSource Source,
    Snippet Snippet,
    double Score);

/// <summary>A page of hits, how many matched in all, and facet counts over all matches.</summary>
public sealed record SearchResponse(int Total, int Offset, int Limit, IReadOnlyList<SearchHit> Hits, Facets Facets);

/// <summary>A page of section or document hits and how many matched in all (no facets: they describe events).</summary>
/// <param name="In">"sections" or "documents".</param>
public sealed record TextSearchResponse(string In, int Total, int Offset, int Limit, IReadOnlyList<TextHit> Hits);
