using System.Text.Json;
using Extractor.Domain;
using Extractor.Indexing.Spanish;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Storage.Postgres;

/// <summary>
/// The document store in a shared PostgreSQL database: the stored JSON of each document (the truth, as the JSON store
/// has it) and its sections, events, mentions and partner names as rows, written in one transaction, so the search
/// index (<see cref="Indexing.Postgres.PostgresSearchIndex"/>) sees a document complete or not at all. Documents are
/// keyed by id (from the content hash) and every write is an upsert, so two workers saving the same content, or a
/// worker redoing a document another one finished, leave one copy. Safe for many writers on many machines.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    // Serialises the rewrite of the partners table when several workers commit at once.
    private const long PartnersLock = 0x7061_7274_6e65_72;
    private const int MaxRetries = 5;

    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;

    public PostgresDocumentStore(NpgsqlDataSource source, TimeProvider? time = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _time = time ?? TimeProvider.System;
    }

    public StoreManifest ReadManifest()
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("SELECT source_path, content_hash, document_id, stored_at FROM sources", c);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            entries[r.GetString(0)] = new ManifestEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3));
        return new StoreManifest(entries);
    }

    public StoredDocument Save(ProcessedDocument document)
    {
        var stored = StoredDocumentBuilder.Build(document);
        Save(stored);
        return stored;
    }

    /// <summary>Stores already-built records (also what reindexing rewrites). Idempotent; retried on a deadlock with another worker.</summary>
    public void Save(StoredDocument stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Retry(c =>
        {
            using var tx = c.BeginTransaction();
            var d = stored.Document;
            // One writer per document id at a time: the delete-and-insert of its rows must not interleave.
            Exec(c, tx, "SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", ("id", d.Id));
            Exec(c, tx, """
                INSERT INTO documents (id, content_hash, source_path, file_name, title, period, page_count, kind, stored)
                VALUES (@id, @h, @p, @f, @t, @period, @pages, @kind, @stored::json)
                ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, source_path = excluded.source_path,
                    file_name = excluded.file_name, title = excluded.title, period = excluded.period,
                    page_count = excluded.page_count, kind = excluded.kind, stored = excluded.stored, stored_at = now()
                """, ("id", d.Id), ("h", d.ContentHash), ("p", d.SourcePath), ("f", d.FileName), ("t", d.Title),
                ("period", d.Period), ("pages", d.PageCount), ("kind", d.Kind),
                ("stored", System.Text.Encoding.UTF8.GetString(JsonDocumentStore.Serialize(stored))));
            foreach (var table in new[] { "sections", "events", "mentions", "partner_names" })
                Exec(c, tx, $"DELETE FROM {table} WHERE document_id = @id", ("id", d.Id));
            InsertRows(c, tx, stored);

            // The manifest: this path now holds this content; like the JSON store, one path per content.
            Exec(c, tx, """
                INSERT INTO sources (source_path, content_hash, document_id, stored_at) VALUES (@p, @h, @id, @now)
                ON CONFLICT (source_path) DO UPDATE SET content_hash = excluded.content_hash, document_id = excluded.document_id,
                    stored_at = CASE WHEN sources.content_hash = excluded.content_hash THEN sources.stored_at ELSE excluded.stored_at END
                """, ("p", d.SourcePath), ("h", d.ContentHash), ("id", d.Id), ("now", _time.GetUtcNow()));
            Exec(c, tx, "DELETE FROM sources WHERE document_id = @id AND source_path <> @p", ("id", d.Id), ("p", d.SourcePath));
            // The path's earlier version, now held by no path, goes (its rows cascade).
            Exec(c, tx, """
                DELETE FROM documents d WHERE d.source_path = @p AND d.id <> @id
                AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id)
                """, ("p", d.SourcePath), ("id", d.Id));
            tx.Commit();
        });
    }

    public string? Remove(string sourcePath)
    {
        string? deleted = null;
        Retry(c =>
        {
            using var tx = c.BeginTransaction();
            using var cmd = new NpgsqlCommand("DELETE FROM sources WHERE source_path = @p RETURNING document_id", c, tx);
            cmd.Parameters.AddWithValue("p", sourcePath);
            var id = cmd.ExecuteScalar() as string;
            deleted = null;
            if (id is not null)
            {
                using var document = new NpgsqlCommand(
                    "DELETE FROM documents d WHERE d.id = @id AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_id = d.id) RETURNING d.id", c, tx);
                document.Parameters.AddWithValue("id", id);
                deleted = document.ExecuteScalar() as string;
            }
            tx.Commit();
        });
        return deleted;
    }

    /// <summary>Removes a document by id with all its rows and source entries (the index's Remove).</summary>
    public void RemoveDocument(string documentId)
    {
        using var c = _source.OpenConnection();
        Exec(c, null, "DELETE FROM documents WHERE id = @id", ("id", documentId));
    }

    /// <summary>Rewrites the partners table from the mentions and events of every document (what partners.json holds).</summary>
    public void Commit()
    {
        Retry(c =>
        {
            using var tx = c.BeginTransaction();
            Exec(c, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", PartnersLock));
            Exec(c, tx, "DELETE FROM partners");
            // Same rules as PartnerAggregator: aliases are the names as written (not the canonical), type and country
            // the first given in document and mention order, events and documents sorted ordinally.
            Exec(c, tx, """
                INSERT INTO partners (canonical, aliases, type, country, mention_count, event_ids, document_ids)
                WITH m AS (SELECT canonical, text, organisation_type, country, document_id, ordinal FROM mentions WHERE canonical IS NOT NULL),
                     ev AS (SELECT p AS canonical, e.id AS event_id, e.document_id FROM events e, unnest(e.partners) p),
                     mc AS (SELECT canonical,
                                   array_agg(DISTINCT text COLLATE "C" ORDER BY text COLLATE "C") AS names,
                                   (array_agg(organisation_type ORDER BY document_id COLLATE "C", ordinal) FILTER (WHERE organisation_type IS NOT NULL))[1] AS type,
                                   (array_agg(country ORDER BY document_id COLLATE "C", ordinal) FILTER (WHERE country IS NOT NULL))[1] AS country,
                                   count(*) AS mentions
                            FROM m GROUP BY canonical),
                     ec AS (SELECT canonical, array_agg(DISTINCT event_id COLLATE "C" ORDER BY event_id COLLATE "C") AS event_ids FROM ev GROUP BY canonical),
                     dc AS (SELECT canonical, array_agg(DISTINCT document_id COLLATE "C" ORDER BY document_id COLLATE "C") AS document_ids
                            FROM (SELECT canonical, document_id FROM m UNION SELECT canonical, document_id FROM ev) x GROUP BY canonical)
                SELECT dc.canonical, COALESCE(array_remove(mc.names, dc.canonical), '{}'), mc.type, mc.country, COALESCE(mc.mentions, 0),
                       COALESCE(ec.event_ids, '{}'), dc.document_ids
                FROM dc LEFT JOIN mc ON mc.canonical = dc.canonical LEFT JOIN ec ON ec.canonical = dc.canonical
                """);
            tx.Commit();
        });
    }

    public IEnumerable<StoredDocument> ReadAll()
    {
        List<string> ids;
        using (var c = _source.OpenConnection())
        using (var cmd = new NpgsqlCommand("SELECT id FROM documents ORDER BY id COLLATE \"C\"", c))
        using (var r = cmd.ExecuteReader())
        {
            ids = [];
            while (r.Read()) ids.Add(r.GetString(0));
        }
        foreach (var id in ids)
            if (Read(id) is { } doc) yield return doc; // skipped when removed since the listing
    }

    public StoredDocument? Read(string documentId)
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand("SELECT stored::text FROM documents WHERE id = @id", c);
        cmd.Parameters.AddWithValue("id", documentId);
        return cmd.ExecuteScalar() is string json ? JsonSerializer.Deserialize(json, StoreJsonContext.Default.StoredDocument) : null;
    }

    public IReadOnlyList<PartnerRecord> ReadPartners()
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand(
            "SELECT canonical, aliases, type, country, mention_count, event_ids, document_ids FROM partners ORDER BY canonical COLLATE \"C\"", c);
        using var r = cmd.ExecuteReader();
        var list = new List<PartnerRecord>();
        while (r.Read())
            list.Add(new PartnerRecord(r.GetString(0), r.GetFieldValue<string[]>(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4), r.GetFieldValue<string[]>(5), r.GetFieldValue<string[]>(6)));
        return list;
    }

    private static void InsertRows(NpgsqlConnection c, NpgsqlTransaction tx, StoredDocument stored)
    {
        var d = stored.Document;
        var batch = new NpgsqlBatch(c, tx);
        foreach (var s in stored.Sections)
            Add(batch, """
                INSERT INTO sections (document_id, id, title, level, parent_id, first_page, last_page, type, text)
                VALUES (@d, @id, @t, @l, @p, @fp, @lp, @ty, @tx)
                """, ("d", d.Id), ("id", s.Id), ("t", s.Title), ("l", s.Level), ("p", s.ParentId), ("fp", s.FirstPage),
                ("lp", s.LastPage), ("ty", s.Type), ("tx", s.Text));

        var sectionTitles = stored.Sections.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        foreach (var e in stored.Events)
            Add(batch, """
                INSERT INTO events (document_id, id, section_id, title, type, date, first_day, last_day, location, location_key,
                                    participants, partners, page, line, text, body)
                VALUES (@d, @id, @s, @t, @ty, @date, @fd, @ld, @loc, @lk, @pa, @pt, @pg, @ln, @tx, @b)
                """, ("d", d.Id), ("id", e.Id), ("s", e.SectionId), ("t", e.Title), ("ty", e.Type), ("date", e.Date),
                ("fd", e.FirstDay), ("ld", e.LastDay), ("loc", e.Location),
                ("lk", e.Location is null ? null : SpanishAnalyzer.Fold(e.Location.Trim())), ("pa", e.Participants),
                ("pt", e.Partners.ToArray()), ("pg", e.Page), ("ln", e.Line), ("tx", e.Text),
                ("b", Indexing.SqliteSearchIndex.EventBody(e, e.SectionId is { } sid ? sectionTitles.GetValueOrDefault(sid) : null)));

        var ordinal = 0;
        foreach (var m in stored.Mentions)
            Add(batch, """
                INSERT INTO mentions (document_id, id, ordinal, section_id, kind, text, page, line, col, start_offset, end_offset,
                                      confidence, value, currency, qualifier, unit, canonical, organisation_type, country, event_id)
                VALUES (@d, @id, @o, @s, @k, @t, @pg, @ln, @col, @st, @en, @cf, @v::jsonb, @cu, @q, @u, @ca, @ot, @co, @ev)
                """, ("d", d.Id), ("id", m.Id), ("o", ordinal++), ("s", m.SectionId), ("k", m.Kind), ("t", m.Text), ("pg", m.Page),
                ("ln", m.Line), ("col", m.Column), ("st", m.Start), ("en", m.End), ("cf", m.Confidence),
                ("v", m.Value?.GetRawText()), ("cu", m.Currency), ("q", m.Qualifier), ("u", m.Unit), ("ca", m.Canonical),
                ("ot", m.OrganisationType), ("co", m.Country), ("ev", m.EventId));

        // The names a partner filter recognises, per document (the same rules as the SQLite index).
        var names = new HashSet<(string Key, string Canonical, string Name)>();
        foreach (var m in stored.Mentions.Where(m => m.Canonical is not null))
            foreach (var name in new[] { m.Canonical!, m.Text })
                if (names.Add((SpanishAnalyzer.Fold(name), m.Canonical!, name)))
                    Add(batch, "INSERT INTO partner_names (document_id, name_key, name, canonical, type, country) VALUES (@d, @k, @n, @c, @t, @co) ON CONFLICT DO NOTHING",
                        ("d", d.Id), ("k", SpanishAnalyzer.Fold(name)), ("n", name), ("c", m.Canonical), ("t", m.OrganisationType), ("co", m.Country));
        foreach (var p in stored.Events.SelectMany(e => e.Partners))
            if (names.Add((SpanishAnalyzer.Fold(p), p, p)))
                Add(batch, "INSERT INTO partner_names (document_id, name_key, name, canonical) VALUES (@d, @k, @n, @c) ON CONFLICT DO NOTHING",
                    ("d", d.Id), ("k", SpanishAnalyzer.Fold(p)), ("n", p), ("c", p));

        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
        batch.Dispose();
    }

    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
            cmd.Parameters.Add(value is string[] array
                ? new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = array }
                : new NpgsqlParameter(name, value ?? DBNull.Value));
        batch.BatchCommands.Add(cmd);
    }

    internal static void Exec(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    // Two workers replacing overlapping documents can deadlock or collide on a unique key; PostgreSQL aborts one of
    // them, and the whole transaction is simply done again (every write in it is an upsert).
    private void Retry(Action<NpgsqlConnection> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var c = _source.OpenConnection();
            try
            {
                work(c);
                return;
            }
            catch (PostgresException e) when (attempt < MaxRetries && e.SqlState is PostgresErrorCodes.DeadlockDetected
                or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
            {
                Thread.Sleep(20 * attempt);
            }
        }
    }
}
