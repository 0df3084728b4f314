using System.Globalization;
using Extractor.Indexing.Spanish;
using Microsoft.Data.Sqlite;

namespace Extractor.Indexing;

public sealed partial class SqliteSearchIndex
{
    // Title matches weigh more than body matches; same weights for the stemmed and the folded columns.
    private const string Bm25Weights = "4.0, 1.0, 4.0, 1.0";
    private const int MaxFacetValues = 50;

    /// <remarks>
    /// A text query asks SQLite only for the matching rowids (reading more columns of thousands of rows back into .NET
    /// costs more than the match itself); filters and facet counts then run over the remembered facts of those rows
    /// (<see cref="EventFactCache"/>); SQLite ranks the kept rowids by BM25 and returns only the page, which alone is
    /// read in full and highlighted. Browsing starts from the partner's events when a partner is given, else filters
    /// in SQL. Facets always count all matches, never a sample.
    /// </remarks>
    public IndexResult Search(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: true); // one snapshot for the matches, their facts and the details
        var instance = Scalar<string>(c, tx, "SELECT value FROM index_meta WHERE key = 'instance'");

        // Candidates: the full-text matches, or (browsing) the partner's events, or the events the SQL filters keep.
        var byPartner = query.Text is null && !string.IsNullOrWhiteSpace(query.Partner);
        var matches = query.Text is not null ? TextMatches(c, tx, query)
            : byPartner ? PartnerEvents(c, tx, query.Partner!)
            : BrowseMatches(c, tx, query);
        var facts = _facts.Get(c, tx, instance, matches);
        var filter = query.Text is not null || byPartner ? EventFilter.From(c, tx, query) : EventFilter.None;

        var kept = new List<(long Rowid, string? FirstDay)>(matches.Count);
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var cities = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            var f = facts[i];
            if (!filter.Matches(f)) continue;
            kept.Add((matches[i], f.FirstDay));
            if (f.Year is not null) Count(years, f.Year);
            if (f.Month is not null) Count(months, f.Month);
            Count(documents, f.DocumentId);
            Count(types, f.Type);
            if (f.Location is not null) Count(cities, f.Location);
            foreach (var p in f.Partners) Count(partners, p);
        }

        var offset = Math.Max(0, query.Offset);
        var limit = Math.Clamp(query.Limit, 0, 1000);
        // BM25 is negative, lower is better; browsing without a query lists the latest events first.
        var page = query.Text is not null
            ? RankedPage(c, tx, query, kept.Count == matches.Count ? null : kept.Select(k => k.Rowid), offset, limit)
            : kept.OrderByDescending(m => m.FirstDay ?? "", StringComparer.Ordinal).ThenBy(m => m.Rowid).Skip(offset).Take(limit)
                .Select(m => (m.Rowid, 0.0)).ToList();
        var topDocuments = Top(documents);
        var titles = DocumentTitles(c, tx, topDocuments.Select(d => d.Value).ToList());
        var hits = Details(c, tx, page, new Highlighter(query.Text));
        var facets = new Facets(
            Top(partners),
            years.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            months.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            topDocuments.Select(d => d with { Label = titles.TryGetValue(d.Value, out var t) ? t : d.Value }).ToList(),
            Top(types),
            Top(cities));
        return new IndexResult(kept.Count, hits, facets);
    }

    private static List<long> TextMatches(SqliteConnection c, SqliteTransaction tx, IndexQuery query)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT rowid FROM events_fts WHERE events_fts MATCH $q";
        cmd.Parameters.AddWithValue("$q", FtsExpression.From(query.Text!));
        var result = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetInt64(0));
        return result;
    }

    /// <summary>
    /// One page of the matches by BM25 (ties by rowid), ranked in SQLite so only the page comes back; when filters
    /// dropped some matches, the kept rowids restrict the ranking (and BM25 is computed for them only).
    /// </summary>
    private static List<(long Rowid, double Score)> RankedPage(
        SqliteConnection c, SqliteTransaction tx, IndexQuery query, IEnumerable<long>? only, int offset, int limit)
    {
        var result = new List<(long, double)>();
        if (limit == 0) return result;
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var restrict = "";
        if (only is not null)
        {
            var ids = string.Join(',', only.Select(r => r.ToString(CultureInfo.InvariantCulture)));
            if (ids.Length == 0) return result;
            restrict = " AND +rowid IN (SELECT value FROM json_each($ids))";
            cmd.Parameters.AddWithValue("$ids", "[" + ids + "]");
        }
        cmd.CommandText = $"""
            SELECT rowid, bm25(events_fts, {Bm25Weights}) AS score FROM events_fts
            WHERE events_fts MATCH $q{restrict} ORDER BY score, rowid LIMIT $limit OFFSET $offset
            """;
        cmd.Parameters.AddWithValue("$q", FtsExpression.From(query.Text!));
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add((r.GetInt64(0), r.GetDouble(1)));
        return result;
    }

    private static List<long> PartnerEvents(SqliteConnection c, SqliteTransaction tx, string partner)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            SELECT DISTINCT event_rowid FROM event_partners
            WHERE canonical IN (SELECT canonical FROM partner_names WHERE name_key = $pk) ORDER BY event_rowid
            """;
        cmd.Parameters.AddWithValue("$pk", SpanishAnalyzer.Fold(partner.Trim()));
        var result = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetInt64(0));
        return result;
    }

    private static List<long> BrowseMatches(SqliteConnection c, SqliteTransaction tx, IndexQuery query)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Partner))
        {
            where.Add("e.rowid IN (SELECT ep.event_rowid FROM event_partners ep WHERE ep.canonical IN (SELECT canonical FROM partner_names WHERE name_key = $pk))");
            cmd.Parameters.AddWithValue("$pk", SpanishAnalyzer.Fold(query.Partner.Trim()));
        }
        if (query.From is { } from)
        {
            where.Add("e.last_day >= $from");
            cmd.Parameters.AddWithValue("$from", Iso(from.FirstDay));
        }
        if (query.To is { } to)
        {
            where.Add("e.first_day <= $to");
            cmd.Parameters.AddWithValue("$to", Iso(to.LastDay));
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            where.Add("e.type = $type COLLATE NOCASE");
            cmd.Parameters.AddWithValue("$type", query.Type.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Document))
        {
            where.Add("(e.document_id = $doc OR e.document_id IN (SELECT id FROM documents WHERE file_name = $doc))");
            cmd.Parameters.AddWithValue("$doc", query.Document.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.City))
        {
            where.Add("e.location_key = $city");
            cmd.Parameters.AddWithValue("$city", SpanishAnalyzer.Fold(query.City.Trim()));
        }
        cmd.CommandText = "SELECT e.rowid FROM events e" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "");
        var result = new List<long>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetInt64(0));
        return result;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The query's filters, checked on remembered facts exactly as the browse SQL checks them on rows.</summary>
    private sealed class EventFilter
    {
        public static readonly EventFilter None = new();

        private HashSet<string>? _partners;
        private string? _from, _to, _type, _cityKey;
        private HashSet<string>? _documents;

        public static EventFilter From(SqliteConnection c, SqliteTransaction tx, IndexQuery query)
        {
            var f = new EventFilter();
            if (!string.IsNullOrWhiteSpace(query.Partner))
                f._partners = [.. Strings(c, tx, "SELECT canonical FROM partner_names WHERE name_key = $k", ("$k", SpanishAnalyzer.Fold(query.Partner.Trim())))];
            if (query.From is { } from) f._from = Iso(from.FirstDay);
            if (query.To is { } to) f._to = Iso(to.LastDay);
            if (!string.IsNullOrWhiteSpace(query.Type)) f._type = query.Type.Trim();
            if (!string.IsNullOrWhiteSpace(query.Document))
            {
                var doc = query.Document.Trim();
                f._documents = [doc, .. Strings(c, tx, "SELECT id FROM documents WHERE file_name = $d", ("$d", doc))];
            }
            if (!string.IsNullOrWhiteSpace(query.City)) f._cityKey = SpanishAnalyzer.Fold(query.City.Trim());
            return f;
        }

        public bool Matches(EventFacts e) =>
            (_partners is null || e.Partners.Any(_partners.Contains))
            && (_from is null || (e.LastDay is not null && string.CompareOrdinal(e.LastDay, _from) >= 0))
            && (_to is null || (e.FirstDay is not null && string.CompareOrdinal(e.FirstDay, _to) <= 0))
            && (_type is null || AsciiEqualsIgnoreCase(e.Type, _type))
            && (_documents is null || _documents.Contains(e.DocumentId))
            && (_cityKey is null || e.LocationKey == _cityKey);

        /// <summary>SQLite's NOCASE: only ASCII letters are folded.</summary>
        private static bool AsciiEqualsIgnoreCase(string a, string b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
                if (char.IsAscii(a[i]) && char.IsAscii(b[i]) ? char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i]) : a[i] != b[i])
                    return false;
            return true;
        }
    }

    private static List<string> Strings(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) result.Add(r.GetString(0));
        return result;
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    private static List<FacetValue> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues)
            .Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList();

    private static Dictionary<string, string> DocumentTitles(SqliteConnection c, SqliteTransaction tx, IReadOnlyList<string> ids)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0) return result;
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, title FROM documents WHERE id IN (" + InList(cmd, "$d", ids) + ")";
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = r.GetString(1);
        return result;
    }

    private static string InList<T>(SqliteCommand cmd, string prefix, IReadOnlyList<T> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
            cmd.Parameters.AddWithValue(names[i], values[i]);
        }
        return string.Join(',', names);
    }

    private static List<IndexHit> Details(SqliteConnection c, SqliteTransaction tx, List<(long Rowid, double Score)> page, Highlighter highlighter)
    {
        if (page.Count == 0) return [];
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            SELECT e.rowid, e.id, e.title, e.type, e.date, e.location, e.participants, e.partners, e.document_id, d.title,
                   d.file_name, e.page, e.line, e.section_id, e.body
            FROM events e JOIN documents d ON d.id = e.document_id WHERE e.rowid IN (
            """ + InList(cmd, "$r", page.Select(p => p.Rowid).ToList()) + ")";
        var byRow = new Dictionary<long, IndexHit>();
        var scores = page.ToDictionary(p => p.Rowid, p => p.Score);
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var rowid = r.GetInt64(0);
                var partners = r.GetString(7);
                byRow[rowid] = new IndexHit(
                    r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), NullableString(r, 5),
                    r.IsDBNull(6) ? null : r.GetInt64(6),
                    partners.Length == 0 ? [] : partners.Split(ListSeparator),
                    r.GetString(8), r.GetString(9), r.GetString(10), r.GetInt32(11), r.GetInt32(12), NullableString(r, 13),
                    highlighter.Snip(r.GetString(14)), scores[rowid] == 0 ? 0 : -scores[rowid]);
            }
        return page.Where(p => byRow.ContainsKey(p.Rowid)).Select(p => byRow[p.Rowid]).ToList();
    }

    public TextSearchResult SearchTexts(TextQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (fts, rows) = query.Scope switch
        {
            SearchScope.Sections => ("sections_fts", "section_rows"),
            SearchScope.Documents => ("documents_fts", "document_rows"),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Scope, "Events are searched with Search(IndexQuery)."),
        };
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: true);
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        // Sections' and documents' own filters: the document (id or file name) and the label.
        var owner = query.Scope == SearchScope.Sections ? "x.document_id" : "x.id";
        var label = query.Scope == SearchScope.Sections ? "s.type" : "d.kind";
        var where = new List<string>();
        cmd.Parameters.AddWithValue("$q", FtsExpression.From(query.Text));
        if (!string.IsNullOrWhiteSpace(query.Document))
        {
            where.Add($"({owner} = $doc OR {owner} IN (SELECT id FROM documents WHERE file_name = $doc))");
            cmd.Parameters.AddWithValue("$doc", query.Document.Trim());
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            where.Add($"{label} = $type COLLATE NOCASE");
            cmd.Parameters.AddWithValue("$type", query.Type.Trim());
        }
        // BM25 is only available in a query over the full-text table alone: rank there, then join.
        cmd.CommandText = $"""
            WITH m AS MATERIALIZED (SELECT rowid, bm25({fts}, {Bm25Weights}) AS score FROM {fts} WHERE {fts} MATCH $q)
            SELECT x.rowid, m.score, COUNT(*) OVER () AS total, s.id, s.title, s.type,
                   d.id, d.title, d.file_name, s.first_page, s.last_page, s.text, d.kind, d.page_count
            FROM m JOIN {rows} x ON x.rowid = m.rowid
                 {(query.Scope == SearchScope.Sections ? "JOIN sections s ON s.id = x.id" : "LEFT JOIN sections s ON 0")}
                 JOIN documents d ON d.id = {owner}
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY m.score, x.rowid LIMIT $limit OFFSET $offset
            """;
        cmd.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 0, 1000));
        cmd.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        var highlighter = new Highlighter(query.Text);
        var hits = new List<TextHit>();
        var total = 0;
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                total = r.GetInt32(2);
                var score = -r.GetDouble(1);
                hits.Add(query.Scope == SearchScope.Sections
                    ? new TextHit("section", r.GetString(3), r.GetString(4), NullableString(r, 5), r.GetString(6), r.GetString(7),
                        r.GetString(8), r.GetInt32(9), r.GetInt32(10), highlighter.Snip(r.GetString(11)), score)
                    : new TextHit("document", r.GetString(6), r.GetString(7), NullableString(r, 12), r.GetString(6), r.GetString(7),
                        r.GetString(8), 1, r.GetInt32(13), highlighter.Snip(r.GetString(7)), score));
            }
        // A page past the end reads no row and so no total: count apart then.
        if (hits.Count == 0 && query.Offset > 0 || query.Limit <= 0) total = CountTexts(c, tx, cmd);
        return new TextSearchResult(total, hits);
    }

    private static int CountTexts(SqliteConnection c, SqliteTransaction tx, SqliteCommand paged)
    {
        using var count = c.CreateCommand();
        count.Transaction = tx;
        var sql = paged.CommandText;
        count.CommandText = "SELECT COUNT(*) FROM (" + sql[..sql.LastIndexOf("ORDER BY", StringComparison.Ordinal)] + ")";
        foreach (SqliteParameter p in paged.Parameters)
            if (p.ParameterName is not "$limit" and not "$offset") count.Parameters.AddWithValue(p.ParameterName, p.Value);
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlySet<string> DocumentIds()
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: true);
        return Strings(c, tx, "SELECT id FROM documents").ToHashSet(StringComparer.Ordinal);
    }
}
