using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Query;

namespace Extractor.Search;

/// <summary>The query service behind `extractor search` and the web API: validates a request, parses its query, asks the index.</summary>
public sealed class SearchService(ISearchIndex index)
{
    /// <summary>The hits and facets, or a diagnostic for a request that cannot run (bad syntax, bad date).</summary>
    public Result<SearchResponse> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryScope(request.In, out var scope, out var scopeError)) return Result<SearchResponse>.Failure(scopeError!);
        if (scope != SearchScope.Events)
            return Result<SearchResponse>.Failure("in", $"\"{request.In}\" hits are searched with SearchTexts, not Search");
        QueryNode? text = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var parsed = QueryParser.Parse(request.Query);
            if (!parsed.IsSuccess) return Result<SearchResponse>.Failure(parsed.Error!);
            text = parsed.Value;
        }
        if (!TryDate(request.From, "from", out var from, out var fromError)) return Result<SearchResponse>.Failure(fromError!);
        if (!TryDate(request.To, "to", out var to, out var toError)) return Result<SearchResponse>.Failure(toError!);
        if (from is { } f && to is { } t && t.LastDay < f.FirstDay)
            return Result<SearchResponse>.Failure("to", $"the period ends ({t}) before it starts ({f})");
        if (request.Limit < 0 || request.Limit > SearchRequest.MaxLimit)
            return Result<SearchResponse>.Failure("limit", $"must be between 0 and {SearchRequest.MaxLimit}, got {request.Limit}");
        if (request.Offset < 0) return Result<SearchResponse>.Failure("offset", $"cannot be negative, got {request.Offset}");

        var result = index.Search(new IndexQuery(text, Blank(request.Partner), from, to, Blank(request.Type),
            Blank(request.Document), Blank(request.City), request.Limit, request.Offset));
        var hits = result.Hits.Select(h => new SearchHit(h.EventId, h.Title, h.Type, h.Date, h.Location, h.Participants, h.Partners,
            new HitSource(h.DocumentId, h.DocumentTitle, h.FileName, h.Page, h.Line, h.SectionId), h.Snippet, h.Score)).ToList();
        return Result<SearchResponse>.Success(new SearchResponse(result.Total, request.Offset, request.Limit, hits, result.Facets));
    }

    /// <summary>Section or document hits (<see cref="SearchRequest.In"/>), or a diagnostic for a request that cannot run.</summary>
    public Result<TextSearchResponse> SearchTexts(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TryScope(request.In, out var scope, out var scopeError)) return Result<TextSearchResponse>.Failure(scopeError!);
        if (scope == SearchScope.Events) return Result<TextSearchResponse>.Failure("in", "events are searched with Search, not SearchTexts");
        var name = Name(scope);
        if (string.IsNullOrWhiteSpace(request.Query)) return Result<TextSearchResponse>.Failure("query", $"searching {name} needs words to look for");
        var parsed = QueryParser.Parse(request.Query);
        if (!parsed.IsSuccess) return Result<TextSearchResponse>.Failure(parsed.Error!);
        // Event-only filters would be silently meaningless here: say so instead.
        foreach (var (option, value) in new[] { ("partner", request.Partner), ("from", request.From), ("to", request.To), ("city", request.City) })
            if (!string.IsNullOrWhiteSpace(value)) return Result<TextSearchResponse>.Failure(option, $"filters events only, not {name}");
        if (request.Limit < 0 || request.Limit > SearchRequest.MaxLimit)
            return Result<TextSearchResponse>.Failure("limit", $"must be between 0 and {SearchRequest.MaxLimit}, got {request.Limit}");
        if (request.Offset < 0) return Result<TextSearchResponse>.Failure("offset", $"cannot be negative, got {request.Offset}");
        var result = index.SearchTexts(new TextQuery(scope, parsed.Value!, Blank(request.Document), Blank(request.Type), request.Limit, request.Offset));
        return Result<TextSearchResponse>.Success(new TextSearchResponse(name, result.Total, request.Offset, request.Limit, result.Hits));
    }

    /// <summary>"events", "sections" or "documents" (any case; empty means events).</summary>
    public static bool TryScope(string? value, out SearchScope scope, out Diagnostic? error)
    {
        error = null;
        scope = SearchScope.Events;
        if (string.IsNullOrWhiteSpace(value)) return true;
        switch (value.Trim().ToLowerInvariant())
        {
            case "events": return true;
            case "sections": scope = SearchScope.Sections; return true;
            case "documents": scope = SearchScope.Documents; return true;
            default:
                error = new Diagnostic("in", $"expected events, sections or documents, got \"{value}\"");
                return false;
        }
    }

    private static string Name(SearchScope scope) => scope.ToString().ToLowerInvariant();

    public IndexedSection? Section(string id) => index.GetSection(id);

    public IndexedEvent? Event(string id) => index.GetEvent(id);

    public IReadOnlyList<IndexedPartner> Partners() => index.Partners();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static bool TryDate(string? text, string name, out DatePoint? point, out Diagnostic? error)
    {
        point = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        point = DatePoint.ParseIso(text.Trim());
        if (point is null) error = new Diagnostic(name, $"expected YYYY, YYYY-MM or YYYY-MM-DD, got \"{text}\"");
        return point is not null;
    }
}
