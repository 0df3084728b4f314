using Extractor.Domain;
using Extractor.Indexing.Query;

namespace Extractor.Indexing;

/// <summary>What to look for: a parsed query (or none, to browse) and filters, all optional.</summary>
/// <param name="Partner">A partner's canonical name or any alias seen for it; case and accents are ignored.</param>
/// <param name="From">Events whose date range ends on or after the first day of this point.</param>
/// <param name="To">Events whose date range starts on or before the last day of this point.</param>
/// <param name="Document">A document id or file name.</param>
/// <param name="City">An event location, compared with case and accents folded.</param>
public sealed record IndexQuery(
    QueryNode? Text = null,
    string? Partner = null,
    DatePoint? From = null,
    DatePoint? To = null,
    string? Type = null,
    string? Document = null,
    string? City = null,
    int Limit = 20,
    int Offset = 0);

/// <summary>A highlighted range of a snippet: [Start, Start + Length) of <see cref="Snippet.Text"/>.</summary>
public sealed record Highlight(int Start, int Length);

/// <summary>A short passage of an event's text with the words that matched the query marked.</summary>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>One matching event. Score is the negated BM25 (higher is better; 0 when browsing without a query).</summary>
public sealed record IndexHit(
    string EventId,
    string Title,
    string Type,
    string? Date,
    string? Location,
    long? Participants,
    IReadOnlyList<string> Partners,
    string DocumentId,
    string DocumentTitle,
    string FileName,
    int Page,
    int Line,
    string? SectionId,
    Snippet Snippet,
    double Score);

/// <summary>One value of a facet and how many matching events have it.</summary>
/// <param name="Label">What to show: the document's title for documents, else the value.</param>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>Counts of the matching events (all of them, not only the page) by each facet.</summary>
/// <param name="Month">"YYYY-MM" of each event's first day, in calendar order.</param>
public sealed record Facets(
    IReadOnlyList<FacetValue> Partner,
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Month,
    IReadOnlyList<FacetValue> Document,
    IReadOnlyList<FacetValue> Type,
    IReadOnlyList<FacetValue> City);

/// <summary>A page of hits, the number of all matches, and the facets over all matches.</summary>
public sealed record IndexResult(int Total, IReadOnlyList<IndexHit> Hits, Facets Facets);

/// <summary>A section as the index holds it, for showing its text.</summary>
public sealed record IndexedSection(
    string Id, string DocumentId, string DocumentTitle, string FileName, string Title, int Level, string? ParentId,
    int FirstPage, int LastPage, string? Type, string Text);

/// <summary>An event as the index holds it.</summary>
public sealed record IndexedEvent(
    string Id, string DocumentId, string DocumentTitle, string FileName, string? SectionId, string Title, string Type,
    string? Date, string? FirstDay, string? LastDay, string? Location, long? Participants, IReadOnlyList<string> Partners,
    int Page, int Line, string Text);

/// <summary>A partner across the indexed documents.</summary>
public sealed record IndexedPartner(string Canonical, IReadOnlyList<string> Aliases, string? Type, string? Country, int EventCount, int DocumentCount);

/// <summary>What a search returns: events (the default), sections (title and text), or documents (title).</summary>
public enum SearchScope { Events, Sections, Documents }

/// <summary>A full-text search over sections or documents.</summary>
/// <param name="Text">The parsed query; required, since these hits are only ranked by relevance.</param>
/// <param name="Document">A document id or file name.</param>
/// <param name="Type">A section's classifier label, or a document's kind.</param>
public sealed record TextQuery(
    SearchScope Scope,
    QueryNode Text,
    string? Document = null,
    string? Type = null,
    int Limit = 20,
    int Offset = 0);

/// <summary>One matching section or document. Score is the negated BM25 (higher is better).</summary>
/// <param name="Kind">"section" or "document".</param>
/// <param name="Id">The section id, or the document id for a document hit.</param>
/// <param name="Type">The section's label or the document's kind, when classified.</param>
/// <param name="FirstPage">The section's first page; 1 for a document.</param>
/// <param name="LastPage">The section's last page; the page count for a document.</param>
/// <param name="Snippet">From the section text, or the document title.</param>
public sealed record TextHit(
    string Kind,
    string Id,
    string Title,
    string? Type,
    string DocumentId,
    string DocumentTitle,
    string FileName,
    int FirstPage,
    int LastPage,
    Snippet Snippet,
    double Score);

/// <summary>A page of section or document hits and how many matched in all.</summary>
public sealed record TextSearchResult(int Total, IReadOnlyList<TextHit> Hits);
