using System.Text.Json;

namespace Extractor.Storage;

/// <summary>
/// partners.delta.jsonl: what the commits since partners.json and partners.tally.json were last written changed, one
/// line per commit (<see cref="PartnerJournalEntry"/>), so that a commit writes what its changed documents give instead
/// of rewriting partners.json, whose records list every document and event of their partner. The partners are the two
/// files with the journal applied (<see cref="Fold"/>, then <see cref="PartnerFileUpdater.View"/>); once the journal
/// outgrows a share of partners.json, a commit writes both files anew with it applied and deletes it.
/// </summary>
/// <remarks>
/// A line is appended and flushed to disk while partners.pending says the partner files are not up to date, so a run
/// killed during the append (a line cut short) leaves the store to build them from every document when it opens, as
/// it does for any run that dies before its commit is done; a journal that ends inside a line is not read.
/// </remarks>
internal static class PartnerJournal
{
    /// <summary>Appends the changes as one line and flushes the file to disk; returns the journal's length in bytes.</summary>
    public static long Append(string path, PartnerDelta delta)
    {
        var entry = new PartnerJournalEntry(
            delta.Changed.Order(StringComparer.Ordinal).ToList(),
            delta.Removed.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.CountRecord(r.Key)).ToList(),
            delta.Added.Select(c => c.ToRecord()).ToList());
        // One line: the serializer escapes control characters, so no line break can be inside it.
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, StoreJournalJsonContext.Default.PartnerJournalEntry);
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        file.Write(line);
        file.WriteByte((byte)'\n');
        file.Flush(flushToDisk: true);
        return file.Length;
    }

    /// <summary>
    /// The journal's commits taken together, then <paramref name="then"/> (changes not in the journal, or null): the
    /// documents changed since the partner files were written, what those files counted of them, and what the ones
    /// stored now give. Throws <see cref="JsonException"/> when the journal cannot be read or does not add up.
    /// </summary>
    /// <remarks>
    /// A document changed twice since the files were written gave the first commit its new version and the second
    /// the same version as the one to take out: those cancel, so what is taken out is what the files counted.
    /// </remarks>
    public static PartnerDelta Fold(string path, PartnerDelta? then = null)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var removed = new Dictionary<string, PartnerTally>(StringComparer.Ordinal);
        var cancelled = new Dictionary<string, PartnerTally>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<PartnerContribution>>(StringComparer.Ordinal);
        static PartnerTally Of(Dictionary<string, PartnerTally> tallies, string canonical)
        {
            if (!tallies.TryGetValue(canonical, out var t)) tallies[canonical] = t = new PartnerTally();
            return t;
        }
        void Change(IEnumerable<string> documents)
        {
            foreach (var id in documents)
            {
                changed.Add(id);
                if (added.Remove(id, out var superseded))
                    foreach (var c in superseded) Of(cancelled, c.Canonical).Add(c);
            }
        }

        foreach (var entry in Entries(path))
        {
            Change(entry.Changed);
            foreach (var r in entry.Removed) Of(removed, r.Canonical).Merge(PartnerTally.FromCounts(r));
            foreach (var a in entry.Added)
            {
                if (!added.TryGetValue(a.Document, out var list)) added[a.Document] = list = [];
                list.Add(PartnerContribution.From(a));
            }
        }
        if (then is not null)
        {
            Change(then.Changed);
            foreach (var (canonical, r) in then.Removed) Of(removed, canonical).Merge(r);
        }
        foreach (var (canonical, c) in cancelled)
            if (!removed.TryGetValue(canonical, out var r) || !r.Subtract(c))
                throw new JsonException($"{path} takes out of {canonical} less than it put in.");

        var kept = added.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => a.Value);
        return new PartnerDelta(changed, removed.Where(r => !r.Value.IsEmpty).ToDictionary(StringComparer.Ordinal),
            then is null ? kept.ToList() : kept.Concat(then.Added));
    }

    /// <summary>The journal's lines; none when there is no journal.</summary>
    private static IEnumerable<PartnerJournalEntry> Entries(string path)
    {
        if (!File.Exists(path)) yield break;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n') throw new JsonException($"{path} ends inside a line (a commit cut short).");
        var rest = bytes.AsMemory();
        while (rest.Length > 0)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var entry = JsonSerializer.Deserialize(rest.Span[..end], StoreJournalJsonContext.Default.PartnerJournalEntry);
            if (entry?.Changed is null || entry.Changed.Any(c => c is null) || entry.Removed is null || entry.Added is null
                || entry.Removed.Any(r => r?.Canonical is null || r.Names is null)
                || entry.Added.Any(a => a?.Canonical is null || a.Document is null || a.Names is null || a.Events is null))
                throw new JsonException($"{path} has a line without its lists.");
            yield return entry;
            rest = rest[(end + 1)..];
        }
    }
}
