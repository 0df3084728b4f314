using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Extractor.Indexing;

/// <summary>The filter and facet fields of one indexed event, as the events table holds them.</summary>
/// <param name="Year">"YYYY" of the first day (the year facet), or null.</param>
/// <param name="Month">"YYYY-MM" of the first day (the month facet), or null.</param>
internal sealed record EventFacts(
    string? FirstDay, string? LastDay, string DocumentId, string Type, string? Location, string? LocationKey, string[] Partners,
    string? Year, string? Month);

/// <summary>
/// A memory of events' filter and facet fields by event rowid, so a search filters and counts its matches
/// without reading thousands of rows back from SQLite (which cost more than the full-text match itself). Correct
/// because the index never reuses an event rowid (a counter in index_meta) and never updates an event row in place:
/// what a rowid meant once it means forever, within one index instance (a rebuild starts a new instance, which
/// empties this memory). Rows are loaded on first use, in the searching transaction's snapshot.
/// </summary>
internal sealed class EventFactCache
{
    // Beyond this many remembered rows (deleted events accumulate as documents are re-indexed) the memory restarts.
    private const int MaxRows = 2_000_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, EventFacts> _rows = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private string? _instance;

    /// <summary>The facts of each rowid, in order, reading the ones not yet remembered.</summary>
    public EventFacts[] Get(SqliteConnection connection, SqliteTransaction transaction, string instance, IReadOnlyList<long> rowids)
    {
        lock (_gate)
        {
            if (_instance != instance || _rows.Count > MaxRows)
            {
                _rows.Clear();
                _strings.Clear();
                _instance = instance;
            }
            var missing = new List<long>();
            foreach (var r in rowids)
                if (!_rows.ContainsKey(r)) missing.Add(r);
            if (missing.Count > 0) Load(connection, transaction, missing);
            var result = new EventFacts[rowids.Count];
            for (var i = 0; i < result.Length; i++) result[i] = _rows[rowids[i]];
            return result;
        }
    }

    private void Load(SqliteConnection connection, SqliteTransaction transaction, List<long> rowids)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            SELECT rowid, first_day, last_day, document_id, type, location, location_key, partners
            FROM events WHERE rowid IN (SELECT value FROM json_each($ids))
            """;
        var ids = new StringBuilder(rowids.Count * 8).Append('[');
        for (var i = 0; i < rowids.Count; i++)
        {
            if (i > 0) ids.Append(',');
            ids.Append(rowids[i].ToString(CultureInfo.InvariantCulture));
        }
        cmd.Parameters.AddWithValue("$ids", ids.Append(']').ToString());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var partners = r.GetString(7);
            var firstDay = Intern(r, 1);
            _rows[r.GetInt64(0)] = new EventFacts(
                firstDay, Intern(r, 2), Intern(r, 3)!, Intern(r, 4)!, Intern(r, 5), Intern(r, 6),
                partners.Length == 0 ? [] : partners.Split(SqliteSearchIndex.ListSeparator).Select(Intern).ToArray(),
                firstDay is null ? null : Intern(firstDay[..4]), firstDay is null ? null : Intern(firstDay[..7]));
        }
        // A match comes from the same snapshot, so every matched rowid has its row.
        foreach (var id in rowids)
            if (!_rows.ContainsKey(id)) throw new InvalidOperationException($"Event rowid {id} matched but has no row in the events table.");
    }

    private string? Intern(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Intern(r.GetString(i));

    private string Intern(string s)
    {
        if (_strings.TryGetValue(s, out var shared)) return shared;
        _strings[s] = s;
        return s;
    }
}
