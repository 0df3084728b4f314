using System.Globalization;
using Extractor.Indexing.Spanish;
using Extractor.Storage;
using Extractor.Storage.Postgres;
using Npgsql;

namespace Extractor.Indexing.Postgres;

/// <summary>
/// The search index over the shared PostgreSQL store: the events table with its stemmed and folded tsvectors (GIN
/// indexes), filtered and faceted in SQL. The rows are written by <see cref="PostgresDocumentStore"/> in the same
/// transaction as the document, so this index is never behind its store; Update, Remove and Rebuild go through it.
/// Searches read one snapshot (REPEATABLE READ, read-only), so they can run on a read replica.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    private const int MaxFacetValues = 50;

    private readonly NpgsqlDataSource _source;
    private readonly PostgresDocumentStore _store;

    public PostgresSearchIndex(NpgsqlDataSource source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _store = new PostgresDocumentStore(source);
    }

    public void Update(StoredDocument document) => _store.Save(document);

    public void Remove(string documentId) => _store.RemoveDocument(documentId);

    /// <summary>
    /// Writes these documents' rows again (the tsvectors are recomputed from them). Since the store and the index are
    /// the same tables, documents not given are not dropped here: the store decides what exists.
    /// </summary>
    public void Rebuild(IEnumerable<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents) _store.Save(d);
        using var c = _source.OpenConnection();
        PostgresDocumentStore.Exec(c, null, "ANALYZE events; ANALYZE partner_names;");
    }

    public IndexResult Search(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var c = _source.OpenConnection();
        using var tx = c.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        PostgresDocumentStore.Exec(c, tx, "SET TRANSACTION READ ONLY");

        var where = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        var rank = "0::double precision";
        if (query.Text is not null)
        {
            var ts = TsQueryTranslation.From(query.Text);
            where.Add(ts.Condition);
            rank = ts.Rank;
            parameters.AddRange(ts.Parameters.Select(p => new NpgsqlParameter(p.Name, p.Value)));
        }
        if (!string.IsNullOrWhiteSpace(query.Partner))
        {
            where.Add("e.partners && ARRAY(SELECT DISTINCT canonical FROM partner_names WHERE name_key = @pk)");
            parameters.Add(new NpgsqlParameter("pk", SpanishAnalyzer.Fold(query.Partner.Trim())));
        }
        if (query.From is { } from)
        {
            where.Add("e.last_day >= @from");
            parameters.Add(new NpgsqlParameter("from", from.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (query.To is { } to)
        {
            where.Add("e.first_day <= @to");
            parameters.Add(new NpgsqlParameter("to", to.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            where.Add("lower(e.type) = lower(@type)");
            parameters.Add(new NpgsqlParameter("type", query.Type.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.Document))
        {
            where.Add("(e.document_id = @doc OR e.document_id IN (SELECT id FROM documents WHERE file_name = @doc))");
            parameters.Add(new NpgsqlParameter("doc", query.Document.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.City))
        {
            where.Add("e.location_key = @city");
            parameters.Add(new NpgsqlParameter("city", SpanishAnalyzer.Fold(query.City.Trim())));
        }
        var matched = $"""
            WITH m AS MATERIALIZED (
                SELECT e.document_id, e.id, e.seq, e.first_day, e.type, e.location, e.partners, {rank} AS score
                FROM events e {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")})
            """;

        // Facets over every match, in SQL; their order (count, then value ordinally) is settled below as SQLite's is.
        var facets = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var name in new[] { "partner", "year", "month", "document", "type", "city" }) facets[name] = new(StringComparer.Ordinal);
        var total = 0;
        using (var cmd = new NpgsqlCommand(matched + """
            SELECT 'total', NULL, count(*) FROM m
            UNION ALL SELECT 'partner', p, count(*) FROM m, unnest(m.partners) p GROUP BY p
            UNION ALL SELECT 'year', substr(first_day, 1, 4), count(*) FROM m WHERE first_day IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'month', substr(first_day, 1, 7), count(*) FROM m WHERE first_day IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'document', document_id, count(*) FROM m GROUP BY 2
            UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY 2
            UNION ALL SELECT 'city', location, count(*) FROM m WHERE location IS NOT NULL GROUP BY 2
            """, c, tx))
        {
            cmd.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var count = checked((int)r.GetInt64(2));
                if (r.GetString(0) == "total") total = count;
                else facets[r.GetString(0)][r.GetString(1)] = count;
            }
        }

        // Relevance first when there is a query; else the latest events first, as the SQLite index lists them.
        var order = query.Text is not null ? "m.score DESC, m.seq" : "m.first_day DESC NULLS LAST, m.seq";
        var hits = new List<IndexHit>();
        var highlighter = new Highlighter(query.Text);
        using (var cmd = new NpgsqlCommand(matched + $"""
            SELECT e.id, e.title, e.type, e.date, e.location, e.participants, e.partners, e.document_id, d.title, d.file_name,
                   e.page, e.line, e.section_id, e.body, m.score
            FROM m JOIN events e ON e.document_id = m.document_id AND e.id = m.id JOIN documents d ON d.id = e.document_id
            ORDER BY {order} LIMIT @limit OFFSET @offset
            """, c, tx))
        {
            cmd.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            cmd.Parameters.AddWithValue("limit", Math.Clamp(query.Limit, 0, 1000));
            cmd.Parameters.AddWithValue("offset", Math.Max(0, query.Offset));
            using var r = cmd.ExecuteReader();
            while (r.Read())
                hits.Add(new IndexHit(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4),
                    r.IsDBNull(5) ? null : r.GetInt64(5), r.GetFieldValue<string[]>(6), r.GetString(7), r.GetString(8), r.GetString(9),
                    r.GetInt32(10), r.GetInt32(11), NullableString(r, 12), highlighter.Snip(r.GetString(13)), r.GetDouble(14)));
        }

        var titles = DocumentTitles(c, tx, facets["document"].Keys.ToArray());
        tx.Commit();
        return new IndexResult(total, hits, new Facets(
            Top(facets["partner"]),
            facets["year"].OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            facets["month"].OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            Top(facets["document"], id => titles.GetValueOrDefault(id, id)),
            Top(facets["type"]),
            Top(facets["city"])));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, Func<string, string>? label = null) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues)
            .Select(kv => new FacetValue(kv.Key, label?.Invoke(kv.Key) ?? kv.Key, kv.Value)).ToList();

    private static Dictionary<string, string> DocumentTitles(NpgsqlConnection c, NpgsqlTransaction tx, string[] ids)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Length == 0) return result;
        using var cmd = new NpgsqlCommand("SELECT id, title FROM documents WHERE id = ANY(@ids)", c, tx);
        cmd.Parameters.AddWithValue("ids", ids);
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = r.GetString(1);
        return result;
    }

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public IndexedSection? GetSection(string id)
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT s.id, s.document_id, d.title, d.file_name, s.title, s.level, s.parent_id, s.first_page, s.last_page, s.type, s.text
            FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.id = @id LIMIT 1
            """, c);
        cmd.Parameters.AddWithValue("id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new IndexedSection(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5),
            NullableString(r, 6), r.GetInt32(7), r.GetInt32(8), NullableString(r, 9), r.GetString(10));
    }

    public IndexedEvent? GetEvent(string id)
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT e.id, e.document_id, d.title, d.file_name, e.section_id, e.title, e.type, e.date, e.first_day, e.last_day,
                   e.location, e.participants, e.partners, e.page, e.line, e.text
            FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = @id LIMIT 1
            """, c);
        cmd.Parameters.AddWithValue("id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new IndexedEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), r.GetString(5),
            r.GetString(6), NullableString(r, 7), NullableString(r, 8), NullableString(r, 9), NullableString(r, 10),
            r.IsDBNull(11) ? null : r.GetInt64(11), r.GetFieldValue<string[]>(12), r.GetInt32(13), r.GetInt32(14), r.GetString(15));
    }

    public IReadOnlyList<IndexedPartner> Partners()
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            WITH counts AS (
                SELECT p AS canonical, count(*) AS events, count(DISTINCT e.document_id) AS documents
                FROM events e, unnest(e.partners) p GROUP BY p),
            info AS (
                SELECT canonical,
                       COALESCE(array_agg(DISTINCT name COLLATE "C" ORDER BY name COLLATE "C") FILTER (WHERE name <> canonical), '{}') AS aliases,
                       (array_agg(type) FILTER (WHERE type IS NOT NULL))[1] AS type,
                       (array_agg(country) FILTER (WHERE country IS NOT NULL))[1] AS country,
                       count(DISTINCT document_id) AS documents
                FROM partner_names GROUP BY canonical)
            SELECT i.canonical, i.aliases, i.type, i.country, COALESCE(c.events, 0), GREATEST(COALESCE(c.documents, 0), i.documents)
            FROM info i LEFT JOIN counts c ON c.canonical = i.canonical
            """, c);
        using var r = cmd.ExecuteReader();
        var list = new List<IndexedPartner>();
        while (r.Read())
            list.Add(new IndexedPartner(r.GetString(0), r.GetFieldValue<string[]>(1), NullableString(r, 2), NullableString(r, 3),
                checked((int)r.GetInt64(4)), checked((int)r.GetInt64(5))));
        return list.OrderByDescending(p => p.EventCount).ThenBy(p => p.Canonical, StringComparer.Ordinal).ToList();
    }
}
