using Extractor.Indexing.Spanish;
using Extractor.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Indexing;

public sealed partial class SqliteSearchIndex
{
    public void Update(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Update([document]);
    }

    /// <summary>Adds or replaces documents in one transaction, analysing them in parallel with the writing.</summary>
    /// <remarks>
    /// Every old version goes before any new one is written: FTS5 writes out its pending inserts as a new segment (and
    /// does merge work) whenever a row is deleted after them, so deleting and inserting document by document made a
    /// segment per document; a batch of 10 replaced documents took 50–120 ms instead of 20–45 (sixth session of
    /// docs/BENCHMARKS.md). Of several documents in the batch with one source path or one id, the last one is kept, as
    /// written one after another it would be.
    /// </remarks>
    public void Update(IReadOnlyList<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0) return;
        var kept = LastPerPathAndId(documents);
        using var c = Open(writing: true);
        using var tx = c.BeginTransaction(deferred: false);
        using var writer = new Writer(c, tx);
        using var analysed = Prepare(kept).GetEnumerator();
        // The analysis starts while the old versions are deleted.
        var first = Task.Run(analysed.MoveNext);
        foreach (var d in documents)
        {
            // An older version of the same source file has another id (its content changed): it goes too.
            foreach (var id in writer.StaleIds(d.Document)) writer.Delete(id);
            writer.Delete(d.Document.Id);
        }
        for (var more = first.GetAwaiter().GetResult(); more; more = analysed.MoveNext()) writer.Insert(analysed.Current);
        writer.Finish();
        tx.Commit();
    }

    private static List<StoredDocument> LastPerPathAndId(IReadOnlyList<StoredDocument> documents)
    {
        var (paths, ids) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        var kept = new List<StoredDocument>(documents.Count);
        for (var i = documents.Count - 1; i >= 0; i--)
            if (paths.Add(documents[i].Document.SourcePath) & ids.Add(documents[i].Document.Id)) kept.Add(documents[i]);
        kept.Reverse();
        return kept;
    }

    public void Remove(string documentId)
    {
        using var c = Open(writing: true);
        using var tx = c.BeginTransaction(deferred: false);
        using var writer = new Writer(c, tx);
        writer.Delete(documentId);
        tx.Commit();
    }

    /// <summary>
    /// Replaces the whole index in one transaction (readers keep seeing the old content until it commits): drops and
    /// recreates the tables, loads every document with reused statements, then builds the secondary indexes.
    /// </summary>
    public void Rebuild(IEnumerable<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using (var c = Open(writing: true))
        {
            using var tx = c.BeginTransaction(deferred: false);
            Execute(c, """
                DROP TABLE IF EXISTS events_fts; DROP TABLE IF EXISTS sections_fts; DROP TABLE IF EXISTS documents_fts;
                DROP TABLE IF EXISTS event_partners; DROP TABLE IF EXISTS partner_names; DROP TABLE IF EXISTS events;
                DROP TABLE IF EXISTS section_rows; DROP TABLE IF EXISTS document_rows; DROP TABLE IF EXISTS sections;
                DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS index_meta;
                """, tx);
            Execute(c, Tables, tx);
            Execute(c, "INSERT INTO index_meta(key, value) VALUES('instance', $i)", tx, ("$i", Guid.NewGuid().ToString("N")));
            // Merging the full-text segments as they pile up costs more than one merge at the end ('optimize').
            Execute(c, """
                INSERT INTO events_fts(events_fts, rank) VALUES('automerge', 0);
                INSERT INTO sections_fts(sections_fts, rank) VALUES('automerge', 0);
                INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 0);
                """, tx);
            var pathToId = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var writer = new Writer(c, tx))
            {
                foreach (var prepared in Prepare(documents))
                {
                    var d = prepared.Stored.Document;
                    // The store holds one document per path and per id; should it not, the last one wins, as with Update.
                    if (pathToId.TryGetValue(d.SourcePath, out var older)) writer.Delete(older);
                    if (pathToId.ContainsValue(d.Id)) writer.Delete(d.Id);
                    pathToId[d.SourcePath] = d.Id;
                    writer.Insert(prepared);
                }
                writer.Finish();
            }
            Execute(c, Indexes, tx);
            // Then back to FTS5's default, for the document-at-a-time updates that follow.
            Execute(c, """
                INSERT INTO events_fts(events_fts) VALUES('optimize');
                INSERT INTO sections_fts(sections_fts) VALUES('optimize');
                INSERT INTO documents_fts(documents_fts) VALUES('optimize');
                INSERT INTO events_fts(events_fts, rank) VALUES('automerge', 4);
                INSERT INTO sections_fts(sections_fts, rank) VALUES('automerge', 4);
                INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 4);
                """, tx);
            tx.Commit();
        }
        using (var c = Open(writing: true)) Execute(c, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;");
    }

    /// <summary>Fills the section and document full-text tables of an index made before they existed.</summary>
    private static void BackfillTexts(SqliteConnection c, SqliteTransaction tx)
    {
        var documents = new List<(string Id, string Title, string FileName)>();
        var sections = new List<(string Id, string DocumentId, string Title, string Text)>();
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, title, file_name FROM documents";
            using var r = cmd.ExecuteReader();
            while (r.Read()) documents.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        }
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT id, document_id, title, text FROM sections";
            using var r = cmd.ExecuteReader();
            while (r.Read()) sections.Add((r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        }
        using var writer = new Writer(c, tx);
        foreach (var d in documents) writer.InsertDocumentText(d.Id, SpanishAnalyzer.ShadowTexts(d.Title), SpanishAnalyzer.ShadowTexts(d.FileName));
        foreach (var s in sections)
            writer.InsertSectionText(s.Id, s.DocumentId, SpanishAnalyzer.ShadowTexts(s.Title), SpanishAnalyzer.ShadowTexts(s.Text));
    }

    /// <summary>A document with its analysed texts, ready to write.</summary>
    private sealed record PreparedDocument(
        StoredDocument Stored,
        (string Stemmed, string Folded) Title,
        (string Stemmed, string Folded) FileName,
        (string Stemmed, string Folded)[] SectionTitles,
        (string Stemmed, string Folded)[] SectionTexts,
        string[] EventBodies,
        (string Stemmed, string Folded)[] EventTitles,
        (string Stemmed, string Folded)[] EventShadowBodies);

    // Analysis (tokenising and stemming) costs about as much as writing: a second core does it meanwhile.
    private static IEnumerable<PreparedDocument> Prepare(IEnumerable<StoredDocument> documents) =>
        documents is IReadOnlyList<StoredDocument> { Count: 1 } one
            ? [Prepare(one[0])]
            : documents.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount - 1)).Select(Prepare);

    private static PreparedDocument Prepare(StoredDocument stored)
    {
        var sectionTitles = stored.Sections.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        var bodies = stored.Events.Select(e => EventBody(e, e.SectionId is { } sid ? sectionTitles.GetValueOrDefault(sid) : null)).ToArray();
        return new PreparedDocument(
            stored,
            SpanishAnalyzer.ShadowTexts(stored.Document.Title),
            SpanishAnalyzer.ShadowTexts(stored.Document.FileName),
            stored.Sections.Select(s => SpanishAnalyzer.ShadowTexts(s.Title)).ToArray(),
            stored.Sections.Select(s => SpanishAnalyzer.ShadowTexts(s.Text)).ToArray(),
            bodies,
            stored.Events.Select(e => SpanishAnalyzer.ShadowTexts(e.Title)).ToArray(),
            bodies.Select(SpanishAnalyzer.ShadowTexts).ToArray());
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

    /// <summary>The statements of one write transaction, prepared once and reused for every row.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly SqliteConnection _c;
        private readonly SqliteTransaction _tx;
        private readonly List<SqliteCommand> _commands = [];
        private readonly Statement _stale, _eventRows, _sectionRows, _documentRows, _deleteEventFts, _deleteSectionFts, _deleteDocumentFts,
            _deleteRest, _document, _section, _sectionRow, _sectionFts, _documentRow, _documentFts, _event, _eventFts, _eventPartner, _partnerName;
        private long _nextEventRowid, _nextSectionRowid, _nextDocumentRowid;

        public Writer(SqliteConnection c, SqliteTransaction tx)
        {
            _c = c;
            _tx = tx;
            _stale = Prepare("SELECT id FROM documents WHERE source_path = $p AND id <> $id", "$p", "$id");
            _eventRows = Prepare("SELECT rowid FROM events WHERE document_id = $d", "$d");
            _sectionRows = Prepare("SELECT rowid FROM section_rows WHERE document_id = $d", "$d");
            _documentRows = Prepare("SELECT rowid FROM document_rows WHERE id = $d", "$d");
            // FTS5 cannot use "rowid IN (subquery)" as a lookup and would scan the whole table: delete row by row.
            _deleteEventFts = Prepare("DELETE FROM events_fts WHERE rowid = $r", "$r");
            _deleteSectionFts = Prepare("DELETE FROM sections_fts WHERE rowid = $r", "$r");
            _deleteDocumentFts = Prepare("DELETE FROM documents_fts WHERE rowid = $r", "$r");
            _deleteRest = Prepare("""
                DELETE FROM event_partners WHERE event_rowid IN (SELECT rowid FROM events WHERE document_id = $d);
                DELETE FROM events WHERE document_id = $d;
                DELETE FROM partner_names WHERE document_id = $d;
                DELETE FROM section_rows WHERE document_id = $d;
                DELETE FROM sections WHERE document_id = $d;
                DELETE FROM document_rows WHERE id = $d;
                DELETE FROM documents WHERE id = $d;
                """, "$d");
            _document = Prepare("INSERT INTO documents(id, source_path, file_name, title, period, page_count, kind) VALUES($id, $p, $f, $t, $period, $pages, $kind)",
                "$id", "$p", "$f", "$t", "$period", "$pages", "$kind");
            _section = Prepare("INSERT INTO sections(id, document_id, title, level, parent_id, first_page, last_page, type, text) VALUES($id, $d, $t, $l, $p, $fp, $lp, $ty, $tx)",
                "$id", "$d", "$t", "$l", "$p", "$fp", "$lp", "$ty", "$tx");
            _sectionRow = Prepare("INSERT INTO section_rows(rowid, id, document_id) VALUES($r, $id, $d)", "$r", "$id", "$d");
            _sectionFts = Prepare("INSERT INTO sections_fts(rowid, title_s, body_s, title_f, body_f) VALUES($r, $ts, $bs, $tf, $bf)", "$r", "$ts", "$bs", "$tf", "$bf");
            _documentRow = Prepare("INSERT INTO document_rows(rowid, id) VALUES($r, $id)", "$r", "$id");
            _documentFts = Prepare("INSERT INTO documents_fts(rowid, title_s, body_s, title_f, body_f) VALUES($r, $ts, $bs, $tf, $bf)", "$r", "$ts", "$bs", "$tf", "$bf");
            _event = Prepare("""
                INSERT INTO events(rowid, id, document_id, section_id, title, type, date, first_day, last_day, location, location_key,
                                   participants, partners, page, line, text, body)
                VALUES($rowid, $id, $d, $s, $t, $ty, $date, $fd, $ld, $loc, $lk, $pa, $pt, $pg, $ln, $tx, $b)
                """, "$rowid", "$id", "$d", "$s", "$t", "$ty", "$date", "$fd", "$ld", "$loc", "$lk", "$pa", "$pt", "$pg", "$ln", "$tx", "$b");
            _eventFts = Prepare("INSERT INTO events_fts(rowid, title_s, body_s, title_f, body_f) VALUES($r, $ts, $bs, $tf, $bf)", "$r", "$ts", "$bs", "$tf", "$bf");
            _eventPartner = Prepare("INSERT OR IGNORE INTO event_partners(canonical, event_rowid) VALUES($c, $r)", "$c", "$r");
            _partnerName = Prepare("INSERT INTO partner_names(document_id, name_key, name, canonical, type, country) VALUES($d, $k, $n, $c, $t, $co)",
                "$d", "$k", "$n", "$c", "$t", "$co");

            // Event rowids are never reused (the search's fact cache relies on it): a counter outlives deletions.
            using var next = c.CreateCommand();
            next.Transaction = tx;
            next.CommandText = """
                SELECT MAX(COALESCE((SELECT CAST(value AS INTEGER) FROM index_meta WHERE key = 'next_event_rowid'), 1),
                           COALESCE((SELECT MAX(rowid) FROM events), 0) + 1)
                """;
            _nextEventRowid = (long)next.ExecuteScalar()!;
            next.CommandText = "SELECT COALESCE(MAX(rowid), 0) + 1 FROM section_rows";
            _nextSectionRowid = (long)next.ExecuteScalar()!;
            next.CommandText = "SELECT COALESCE(MAX(rowid), 0) + 1 FROM document_rows";
            _nextDocumentRowid = (long)next.ExecuteScalar()!;
        }

        private Statement Prepare(string sql, params string[] names)
        {
            var cmd = _c.CreateCommand();
            cmd.Transaction = _tx;
            cmd.CommandText = sql;
            var parameters = names.Select(n => cmd.Parameters.Add(new SqliteParameter(n, null))).ToArray();
            _commands.Add(cmd);
            return new Statement(cmd, parameters);
        }

        public List<string> StaleIds(DocumentRecord d) => _stale.Strings(d.SourcePath, d.Id);

        public void Delete(string documentId)
        {
            foreach (var r in _eventRows.Longs(documentId)) _deleteEventFts.Run(r);
            foreach (var r in _sectionRows.Longs(documentId)) _deleteSectionFts.Run(r);
            foreach (var r in _documentRows.Longs(documentId)) _deleteDocumentFts.Run(r);
            _deleteRest.Run(documentId);
        }

        public void InsertDocumentText(string id, (string Stemmed, string Folded) title, (string Stemmed, string Folded) fileName)
        {
            var row = _nextDocumentRowid++;
            _documentRow.Run(row, id);
            _documentFts.Run(row, title.Stemmed, fileName.Stemmed, title.Folded, fileName.Folded);
        }

        public void InsertSectionText(string id, string documentId, (string Stemmed, string Folded) title, (string Stemmed, string Folded) text)
        {
            var row = _nextSectionRowid++;
            _sectionRow.Run(row, id, documentId);
            _sectionFts.Run(row, title.Stemmed, text.Stemmed, title.Folded, text.Folded);
        }

        public void Insert(PreparedDocument prepared)
        {
            var stored = prepared.Stored;
            var d = stored.Document;
            _document.Run(d.Id, d.SourcePath, d.FileName, d.Title, d.Period, d.PageCount, d.Kind);
            InsertDocumentText(d.Id, prepared.Title, prepared.FileName);
            for (var i = 0; i < stored.Sections.Count; i++)
            {
                var s = stored.Sections[i];
                _section.Run(s.Id, d.Id, s.Title, s.Level, s.ParentId, s.FirstPage, s.LastPage, s.Type, s.Text);
                InsertSectionText(s.Id, d.Id, prepared.SectionTitles[i], prepared.SectionTexts[i]);
            }
            for (var i = 0; i < stored.Events.Count; i++)
            {
                var e = stored.Events[i];
                var rowid = _nextEventRowid++;
                _event.Run(rowid, e.Id, d.Id, e.SectionId, e.Title, e.Type, e.Date, e.FirstDay, e.LastDay, e.Location,
                    e.Location is null ? null : SpanishAnalyzer.Fold(e.Location.Trim()), e.Participants,
                    string.Join(ListSeparator, e.Partners), e.Page, e.Line, e.Text, prepared.EventBodies[i]);
                var (titleStems, titleFolded) = prepared.EventTitles[i];
                var (bodyStems, bodyFolded) = prepared.EventShadowBodies[i];
                _eventFts.Run(rowid, titleStems, bodyStems, titleFolded, bodyFolded);
                foreach (var p in e.Partners) _eventPartner.Run(p, rowid);
            }

            var names = new HashSet<(string, string)>();
            foreach (var m in stored.Mentions.Where(m => m.Canonical is not null))
                foreach (var name in new[] { m.Canonical!, m.Text })
                    if (names.Add((SpanishAnalyzer.Fold(name), m.Canonical!)))
                        _partnerName.Run(d.Id, SpanishAnalyzer.Fold(name), name, m.Canonical, m.OrganisationType, m.Country);
            foreach (var p in stored.Events.SelectMany(e => e.Partners))
                if (names.Add((SpanishAnalyzer.Fold(p), p)))
                    _partnerName.Run(d.Id, SpanishAnalyzer.Fold(p), p, p, null, null);
        }

        /// <summary>Saves the rowid counter; call once before committing.</summary>
        public void Finish()
        {
            using var cmd = _c.CreateCommand();
            cmd.Transaction = _tx;
            cmd.CommandText = "INSERT OR REPLACE INTO index_meta(key, value) VALUES('next_event_rowid', $v)";
            cmd.Parameters.AddWithValue("$v", _nextEventRowid);
            cmd.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var cmd in _commands) cmd.Dispose();
        }
    }

    private sealed record Statement(SqliteCommand Command, SqliteParameter[] Parameters)
    {
        private void Bind(object?[] values)
        {
            for (var i = 0; i < Parameters.Length; i++) Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        public void Run(params object?[] values)
        {
            Bind(values);
            Command.ExecuteNonQuery();
        }

        public List<long> Longs(params object?[] values)
        {
            Bind(values);
            var result = new List<long>();
            using var r = Command.ExecuteReader();
            while (r.Read()) result.Add(r.GetInt64(0));
            return result;
        }

        public List<string> Strings(params object?[] values)
        {
            Bind(values);
            var result = new List<string>();
            using var r = Command.ExecuteReader();
            while (r.Read()) result.Add(r.GetString(0));
            return result;
        }
    }
}
