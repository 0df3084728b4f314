using System.Globalization;
using Extractor.Indexing.Spanish;
using Extractor.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Indexing;

/// <summary>
/// The search index in one SQLite file: tables for documents, sections and events, and FTS5 tables over events
/// (title and text), sections (title and text) and documents (title), each in two analysed forms (Spanish stems, and
/// folded words for prefixes). WAL journal, a connection per operation from the pool, and one short transaction per
/// write, so searches answer while an ingest writes and see each document as soon as it is committed.
/// </summary>
public sealed partial class SqliteSearchIndex : ISearchIndex
{
    internal const char ListSeparator = '\u001f';
    private const string Tokenizer = "tokenize = \"unicode61 remove_diacritics 2\"";

    private readonly string _connectionString;
    private readonly EventFactCache _facts = new();

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
        using var c = Open(writing: true);
        // A current index needs no write, so opening one never waits for a writer (an ingest or a rebuild).
        if (IsCurrent(c)) return;
        Execute(c, "PRAGMA journal_mode = WAL;");
        using var tx = c.BeginTransaction(deferred: false);
        // An index made before sections and documents were searchable gets their full-text tables filled here once.
        var backfill = !TableExists(c, tx, "sections_fts") && TableExists(c, tx, "sections");
        Execute(c, Tables + Indexes, tx);
        Execute(c, "INSERT OR IGNORE INTO index_meta(key, value) VALUES('instance', $i)", tx, ("$i", Guid.NewGuid().ToString("N")));
        if (backfill) BackfillTexts(c, tx);
        tx.Commit();
    }

    // All three full-text tables have the same columns (a section's body is its text, a document's its file name), so
    // one query expression fits them all.
    // Tables, then their secondary indexes: a rebuild creates the indexes after loading, which is faster.
    // The FTS tables keep no copy of the shadow texts (content=''): matching and ranking need only the inverted index.
    private const string Tables = $"""
        CREATE TABLE IF NOT EXISTS index_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, source_path TEXT NOT NULL, file_name TEXT NOT NULL, title TEXT NOT NULL,
            period TEXT, page_count INTEGER NOT NULL, kind TEXT);
        CREATE TABLE IF NOT EXISTS sections (
            id TEXT PRIMARY KEY, document_id TEXT NOT NULL, title TEXT NOT NULL, level INTEGER NOT NULL, parent_id TEXT,
            first_page INTEGER NOT NULL, last_page INTEGER NOT NULL, type TEXT, text TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS events (
            rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL, section_id TEXT,
            title TEXT NOT NULL, type TEXT NOT NULL, date TEXT, first_day TEXT, last_day TEXT, location TEXT,
            location_key TEXT, participants INTEGER, partners TEXT NOT NULL, page INTEGER NOT NULL, line INTEGER NOT NULL,
            text TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS event_partners (
            canonical TEXT NOT NULL, event_rowid INTEGER NOT NULL, PRIMARY KEY (canonical, event_rowid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS partner_names (
            document_id TEXT NOT NULL, name_key TEXT NOT NULL, name TEXT NOT NULL, canonical TEXT NOT NULL,
            type TEXT, country TEXT);
        CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
            title_s, body_s, title_f, body_f, {Tokenizer}, content = '', contentless_delete = 1);
        CREATE TABLE IF NOT EXISTS section_rows (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, document_id TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS sections_fts USING fts5(
            title_s, body_s, title_f, body_f, {Tokenizer}, content = '', contentless_delete = 1);
        CREATE TABLE IF NOT EXISTS document_rows (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
            title_s, body_s, title_f, body_f, {Tokenizer}, content = '', contentless_delete = 1);
        """;

    private const string Indexes = """
        CREATE INDEX IF NOT EXISTS documents_source ON documents(source_path);
        CREATE INDEX IF NOT EXISTS documents_file ON documents(file_name);
        CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);
        CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
        CREATE INDEX IF NOT EXISTS events_first_day ON events(first_day);
        CREATE INDEX IF NOT EXISTS event_partners_event ON event_partners(event_rowid);
        CREATE INDEX IF NOT EXISTS partner_names_key ON partner_names(name_key);
        CREATE INDEX IF NOT EXISTS partner_names_document ON partner_names(document_id);
        CREATE UNIQUE INDEX IF NOT EXISTS section_rows_id ON section_rows(id);
        CREATE INDEX IF NOT EXISTS section_rows_document ON section_rows(document_id);
        CREATE UNIQUE INDEX IF NOT EXISTS document_rows_id ON document_rows(id);
        """;

    /// <param name="writing">
    /// A connection for writing maps nothing and caches 8 MiB: every page a write transaction touches would otherwise stay
    /// mapped, and counted in the process's resident memory, up to the whole file, so an ingest's memory grew with the
    /// index (by 60 MiB at 10,000 documents, a 138 MB index); a write copies the pages it changes into the cache anyway.
    /// Searches map up to 256 MiB and cache 32 MiB. Pooled connections serve both, so every open sets both pragmas.
    /// </param>
    private SqliteConnection Open(bool writing = false)
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        // Memory-mapped reads spare a system call per page on the search path; safe with WAL.
        Execute(c, writing
            ? "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA mmap_size = 0; PRAGMA cache_size = -8192;"
            : "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32768;");
        return c;
    }

    private static bool IsCurrent(SqliteConnection c)
    {
        using var tx = c.BeginTransaction(deferred: true);
        return Scalar<long>(c, tx, """
            SELECT COUNT(*) FROM sqlite_master WHERE name IN ('index_meta', 'events_fts', 'sections_fts', 'documents_fts', 'section_rows', 'document_rows', 'document_rows_id')
            """) == 7 && Scalar<long>(c, tx, "SELECT COUNT(*) FROM index_meta WHERE key = 'instance'") == 1;
    }

    private static bool TableExists(SqliteConnection c, SqliteTransaction tx, string name) =>
        Scalar<long>(c, tx, "SELECT COUNT(*) FROM sqlite_master WHERE name = $n", ("$n", name)) > 0;

    private static T Scalar<T>(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
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
