using System.Globalization;
using Extractor.Indexing.Spanish;
using Extractor.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Indexing;

/// <summary>
/// The search index in one SQLite file: tables for documents, sections and events, and an FTS5 table over each
/// event's title and text in two analysed forms (Spanish stems, and folded words for prefixes). WAL journal, a
/// connection per operation from the pool, and one short transaction per document, so searches answer while an
/// ingest writes and see each document as soon as it is committed.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    // Title matches weigh more than body matches; same weights for the stemmed and the folded columns.
    private const string Bm25 = "bm25(events_fts, 4.0, 1.0, 4.0, 1.0)";
    private const char ListSeparator = '\u001f';
    private const int MaxFacetValues = 50;

    private readonly string _connectionString;

    public SqliteSearchIndex(IndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var full = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var c = Open();
        Execute(c, Schema);
    }

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, source_path TEXT NOT NULL, file_name TEXT NOT NULL, title TEXT NOT NULL,
            period TEXT, page_count INTEGER NOT NULL, kind TEXT);
        CREATE INDEX IF NOT EXISTS documents_source ON documents(source_path);
        CREATE TABLE IF NOT EXISTS sections (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, title TEXT NOT NULL, level INTEGER NOT NULL, parent_id TEXT,
            first_page INTEGER NOT NULL, last_page INTEGER NOT NULL, type TEXT, text TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);
        CREATE TABLE IF NOT EXISTS events (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL, section_id TEXT,
            title TEXT NOT NULL, type TEXT NOT NULL, date TEXT, first_day TEXT, last_day TEXT, location TEXT,
            location_key TEXT, participants INTEGER, partners TEXT NOT NULL, page INTEGER NOT NULL, line INTEGER NOT NULL,
            text TEXT NOT NULL, body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
        CREATE INDEX IF NOT EXISTS events_first_day ON events(first_day);
        CREATE TABLE IF NOT EXISTS event_partners (
            canonical TEXT NOT NULL, event_rowid INTEGER NOT NULL, PRIMARY KEY (canonical, event_rowid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS event_partners_event ON event_partners(event_rowid);
        CREATE TABLE IF NOT EXISTS partner_names (
            document_id TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL, canonical TEXT NOT NULL,
            type TEXT, country TEXT);
        CREATE INDEX IF NOT EXISTS partner_names_key ON partner_names(name_key);
        CREATE INDEX IF NOT EXISTS partner_names_document ON partner_names(document_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
            title_s, body_s, title_f, body_f, tokenize = "unicode61 remove_diacritics 2");
        """;

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Execute(c, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;");
        return c;
    }

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    public void Update(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        // An older version of the same source file has another id (its content changed): it goes too.
        var stale = new List<string> { document.Document.Id };
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id FROM documents WHERE source_path = $p AND id <> $id";
            cmd.Parameters.AddWithValue("$p", document.Document.SourcePath);
            cmd.Parameters.AddWithValue("$id", document.Document.Id);
            using var r = cmd.ExecuteReader();
            while (r.Read()) stale.Add(r.GetString(0));
        }
        foreach (var id in stale) Delete(c, tx, id);
        Insert(c, tx, document);
        tx.Commit();
    }

    public void Remove(string documentId)
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        Delete(c, tx, documentId);
        tx.Commit();
    }

    public void Rebuild(IEnumerable<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using (var c = Open())
        {
            using var tx = c.BeginTransaction(deferred: false);
            Execute(c, "DELETE FROM events_fts; DELETE FROM event_partners; DELETE FROM partner_names; DELETE FROM events; DELETE FROM sections; DELETE FROM documents;", tx);
            tx.Commit();
        }
        foreach (var d in documents) Update(d);
        using (var c = Open()) Execute(c, "INSERT INTO events_fts(events_fts) VALUES('optimize');");
    }

    private static void Delete(SqliteConnection c, SqliteTransaction tx, string documentId)
    {
        // FTS5 cannot use "rowid IN (subquery)" as a lookup and would scan the whole table: delete row by row.
        var rowids = new List<long>();
        using (var select = c.CreateCommand())
        {
            select.Transaction = tx;
            select.CommandText = "SELECT rowid FROM events WHERE document_id = $d";
            select.Parameters.AddWithValue("$d", documentId);
            using var r = select.ExecuteReader();
            while (r.Read()) rowids.Add(r.GetInt64(0));
        }
        using (var delete = c.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM events_fts WHERE rowid = $r";
            var p = delete.Parameters.Add(new SqliteParameter("$r", 0L));
            foreach (var rowid in rowids)
            {
                p.Value = rowid;
                delete.ExecuteNonQuery();
            }
        }
        Execute(c, """
            DELETE FROM event_partners WHERE event_rowid IN (SELECT rowid FROM events WHERE document_id = $d);
            DELETE FROM events WHERE document_id = $d;
            DELETE FROM partner_names WHERE document_id = $d;
            DELETE FROM sections WHERE document_id = $d;
            DELETE FROM documents WHERE id = $d;
            """, tx, ("$d", documentId));
    }

    private static void Insert(SqliteConnection c, SqliteTransaction tx, StoredDocument stored)
    {
        var d = stored.Document;
        Execute(c, "INSERT INTO documents(id, source_path, file_name, title, period, page_count, kind) VALUES($id, $p, $f, $t, $period, $pages, $kind)",
            tx, ("$id", d.Id), ("$p", d.SourcePath), ("$f", d.FileName), ("$t", d.Title), ("$period", d.Period), ("$pages", d.PageCount), ("$kind", d.Kind));

        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO sections(id, document_id, title, level, parent_id, first_page, last_page, type, text) VALUES($id, $d, $t, $l, $p, $fp, $lp, $ty, $tx)";
            var ps = AddParameters(cmd, "$id", "$d", "$t", "$l", "$p", "$fp", "$lp", "$ty", "$tx");
            foreach (var s in stored.Sections)
            {
                Set(ps, s.Id, d.Id, s.Title, s.Level, s.ParentId, s.FirstPage, s.LastPage, s.Type, s.Text);
                cmd.ExecuteNonQuery();
            }
        }

        var sectionTitles = stored.Sections.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        using (var ev = c.CreateCommand())
        using (var fts = c.CreateCommand())
        using (var ep = c.CreateCommand())
        {
            ev.Transaction = fts.Transaction = ep.Transaction = tx;
            ev.CommandText = """
                INSERT INTO events(rowid, id, document_id, section_id, title, type, date, first_day, last_day, location, location_key,
                                   participants, partners, page, line, text, body)
                VALUES($rowid, $id, $d, $s, $t, $ty, $date, $fd, $ld, $loc, $lk, $pa, $pt, $pg, $ln, $tx, $b)
                """;
            var evp = AddParameters(ev, "$rowid", "$id", "$d", "$s", "$t", "$ty", "$date", "$fd", "$ld", "$loc", "$lk", "$pa", "$pt", "$pg", "$ln", "$tx", "$b");
            fts.CommandText = "INSERT INTO events_fts(rowid, title_s, body_s, title_f, body_f) VALUES($r, $ts, $bs, $tf, $bf)";
            var ftsp = AddParameters(fts, "$r", "$ts", "$bs", "$tf", "$bf");
            ep.CommandText = "INSERT OR IGNORE INTO event_partners(canonical, event_rowid) VALUES($c, $r)";
            var epp = AddParameters(ep, "$c", "$r");

            long nextRowid;
            using (var max = c.CreateCommand())
            {
                max.Transaction = tx;
                max.CommandText = "SELECT COALESCE(MAX(rowid), 0) FROM events";
                nextRowid = (long)max.ExecuteScalar()!;
            }
            foreach (var e in stored.Events)
            {
                var rowid = ++nextRowid;
                var body = EventBody(e, e.SectionId is { } sid ? sectionTitles.GetValueOrDefault(sid) : null);
                Set(evp, rowid, e.Id, d.Id, e.SectionId, e.Title, e.Type, e.Date, e.FirstDay, e.LastDay, e.Location,
                    e.Location is null ? null : SpanishAnalyzer.Fold(e.Location.Trim()), e.Participants,
                    string.Join(ListSeparator, e.Partners), e.Page, e.Line, e.Text, body);
                ev.ExecuteNonQuery();
                var (titleStems, titleFolded) = SpanishAnalyzer.ShadowTexts(e.Title);
                var (bodyStems, bodyFolded) = SpanishAnalyzer.ShadowTexts(body);
                Set(ftsp, rowid, titleStems, bodyStems, titleFolded, bodyFolded);
                fts.ExecuteNonQuery();
                foreach (var p in e.Partners)
                {
                    Set(epp, p, rowid);
                    ep.ExecuteNonQuery();
                }
            }
        }

        using (var pn = c.CreateCommand())
        {
            pn.Transaction = tx;
            pn.CommandText = "INSERT INTO partner_names(document_id, name_key, name, canonical, type, country) VALUES($d, $k, $n, $c, $t, $co)";
            var pnp = AddParameters(pn, "$d", "$k", "$n", "$c", "$t", "$co");
            var names = new HashSet<(string, string)>();
            foreach (var m in stored.Mentions.Where(m => m.Canonical is not null))
            {
                foreach (var name in new[] { m.Canonical!, m.Text })
                    if (names.Add((SpanishAnalyzer.Fold(name), m.Canonical!)))
                    {
                        Set(pnp, d.Id, SpanishAnalyzer.Fold(name), name, m.Canonical, m.OrganisationType, m.Country);
                        pn.ExecuteNonQuery();
                    }
            }
            foreach (var p in stored.Events.SelectMany(e => e.Partners))
                if (names.Add((SpanishAnalyzer.Fold(p), p)))
                {
                    Set(pnp, d.Id, SpanishAnalyzer.Fold(p), p, p, null, null);
                    pn.ExecuteNonQuery();
                }
        }
    }

    /// <summary>What an event is found by besides its title: its text, place, partners and section heading.</summary>
    internal static string EventBody(EventRecord e, string? sectionTitle)
    {
        var parts = new List<string> { e.Text };
        if (e.Location is not null) parts.Add(e.Location);
        if (e.Partners.Count > 0) parts.Add(string.Join(", ", e.Partners));
        if (!string.IsNullOrWhiteSpace(sectionTitle) && sectionTitle != e.Title) parts.Add(sectionTitle);
        return string.Join(" · ", parts);
    }

    private static SqliteParameter[] AddParameters(SqliteCommand cmd, params string[] names) =>
        names.Select(n => cmd.Parameters.Add(new SqliteParameter(n, null))).ToArray();

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public IndexResult Search(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: true); // one snapshot for the match list and the details
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var where = new List<string>();
        string sql;
        if (query.Text is not null)
        {
            sql = $"SELECT e.rowid, {Bm25}, e.first_day, e.document_id, e.type, e.location, e.partners FROM events_fts JOIN events e ON e.rowid = events_fts.rowid";
            where.Add("events_fts MATCH $q");
            cmd.Parameters.AddWithValue("$q", FtsExpression.From(query.Text));
        }
        else sql = "SELECT e.rowid, 0.0, e.first_day, e.document_id, e.type, e.location, e.partners FROM events e";

        if (!string.IsNullOrWhiteSpace(query.Partner))
        {
            where.Add("e.rowid IN (SELECT ep.event_rowid FROM event_partners ep WHERE ep.canonical IN (SELECT canonical FROM partner_names WHERE name_key = $pk))");
            cmd.Parameters.AddWithValue("$pk", SpanishAnalyzer.Fold(query.Partner.Trim()));
        }
        if (query.From is { } from)
        {
            where.Add("e.last_day >= $from");
            cmd.Parameters.AddWithValue("$from", from.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.To is { } to)
        {
            where.Add("e.first_day <= $to");
            cmd.Parameters.AddWithValue("$to", to.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
        cmd.CommandText = sql + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "");

        var matches = new List<(long Rowid, double Score, string? FirstDay)>();
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        var years = new Dictionary<string, int>(StringComparer.Ordinal);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var cities = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var firstDay = r.IsDBNull(2) ? null : r.GetString(2);
                matches.Add((r.GetInt64(0), r.GetDouble(1), firstDay));
                if (firstDay is not null)
                {
                    Count(years, firstDay[..4]);
                    Count(months, firstDay[..7]);
                }
                Count(documents, r.GetString(3));
                Count(types, r.GetString(4));
                if (!r.IsDBNull(5)) Count(cities, r.GetString(5));
                var list = r.GetString(6);
                if (list.Length > 0)
                    foreach (var p in list.Split(ListSeparator)) Count(partners, p);
            }
        }

        // BM25 is negative, lower is better; browsing without a query lists the latest events first.
        var ordered = query.Text is not null
            ? matches.OrderBy(m => m.Score).ThenBy(m => m.Rowid)
            : matches.OrderByDescending(m => m.FirstDay ?? "", StringComparer.Ordinal).ThenBy(m => m.Rowid);
        var page = ordered.Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 0, 1000)).ToList();
        var titles = DocumentTitles(c, tx, documents.Keys);
        var hits = Details(c, tx, page, new Highlighter(query.Text));
        var facets = new Facets(
            Top(partners),
            years.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            months.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetValue(kv.Key, kv.Key, kv.Value)).ToList(),
            Top(documents, id => titles.TryGetValue(id, out var t) ? t.Title : id),
            Top(types),
            Top(cities));
        return new IndexResult(matches.Count, hits, facets);
    }

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<FacetValue> Top(Dictionary<string, int> counts, Func<string, string>? label = null) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues)
            .Select(kv => new FacetValue(kv.Key, label?.Invoke(kv.Key) ?? kv.Key, kv.Value)).ToList();

    private static Dictionary<string, (string Title, string FileName)> DocumentTitles(SqliteConnection c, SqliteTransaction tx, IEnumerable<string> ids)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var list = ids.ToList();
        if (list.Count == 0) return result;
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, title, file_name FROM documents WHERE id IN (" + InList(cmd, "$d", list) + ")";
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = (r.GetString(1), r.GetString(2));
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

    private static List<IndexHit> Details(SqliteConnection c, SqliteTransaction tx, List<(long Rowid, double Score, string? FirstDay)> page, Highlighter highlighter)
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

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public IndexedSection? GetSection(string id)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT s.id, s.document_id, d.title, d.file_name, s.title, s.level, s.parent_id, s.first_page, s.last_page, s.type, s.text
            FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.id = $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new IndexedSection(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5),
            NullableString(r, 6), r.GetInt32(7), r.GetInt32(8), NullableString(r, 9), r.GetString(10));
    }

    public IndexedEvent? GetEvent(string id)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT e.id, e.document_id, d.title, d.file_name, e.section_id, e.title, e.type, e.date, e.first_day, e.last_day,
                   e.location, e.participants, e.partners, e.page, e.line, e.text
            FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = $id
            """;
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var partners = r.GetString(12);
        return new IndexedEvent(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), r.GetString(5),
            r.GetString(6), NullableString(r, 7), NullableString(r, 8), NullableString(r, 9), NullableString(r, 10),
            r.IsDBNull(11) ? null : r.GetInt64(11), partners.Length == 0 ? [] : partners.Split(ListSeparator),
            r.GetInt32(13), r.GetInt32(14), r.GetString(15));
    }

    public IReadOnlyList<IndexedPartner> Partners()
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: true);
        var counts = new Dictionary<string, (int Events, int Documents)>(StringComparer.Ordinal);
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                SELECT ep.canonical, COUNT(*), COUNT(DISTINCT e.document_id)
                FROM event_partners ep JOIN events e ON e.rowid = ep.event_rowid GROUP BY ep.canonical
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read()) counts[r.GetString(0)] = (r.GetInt32(1), r.GetInt32(2));
        }
        var info = new SortedDictionary<string, (SortedSet<string> Aliases, string? Type, string? Country, HashSet<string> Docs)>(StringComparer.Ordinal);
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT canonical, name, type, country, document_id FROM partner_names";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var canonical = r.GetString(0);
                if (!info.TryGetValue(canonical, out var entry))
                    info[canonical] = entry = (new SortedSet<string>(StringComparer.Ordinal), null, null, new HashSet<string>(StringComparer.Ordinal));
                if (r.GetString(1) != canonical) entry.Aliases.Add(r.GetString(1));
                entry.Docs.Add(r.GetString(4));
                info[canonical] = entry with { Type = entry.Type ?? NullableString(r, 2), Country = entry.Country ?? NullableString(r, 3) };
            }
        }
        return info.Select(kv =>
        {
            var (events, docs) = counts.GetValueOrDefault(kv.Key);
            return new IndexedPartner(kv.Key, kv.Value.Aliases.ToList(), kv.Value.Type, kv.Value.Country, events, Math.Max(docs, kv.Value.Docs.Count));
        }).OrderByDescending(p => p.EventCount).ThenBy(p => p.Canonical, StringComparer.Ordinal).ToList();
    }
}
