using System.Text;
using System.Text.Json;

namespace Extractor.Storage;

/// <summary>
/// Brings partners.json in step with the stored documents after some of them changed, reading only what the change
/// needs and holding one partner's events and documents at a time: the old file is read, and the new one written,
/// partner by partner. The result is what <see cref="PartnerAggregator.Aggregate"/> gives over every document.
/// </summary>
/// <remarks>
/// A changed document's old version is gone, so what it gave is taken out by what partners.json itself says: its id
/// from each partner's documents and its events by their ids (which start with the document's id). A partner's
/// names, type, country and mention count cannot be taken apart that way, so for each partner a changed document had
/// (or a new document gives another type or country than the file's) they are counted again from its other documents,
/// which the old file lists: one pass reading each of those documents once. The changed documents' new contributions
/// are grouped by partner in memory up to a bound and in a temp file beyond it.
/// </remarks>
internal static class PartnerFileUpdater
{
    private const string ListProperty = "partners";

    /// <summary>How many new event and document ids are held in memory before they go to a temp file.</summary>
    public const int DefaultHeldIds = 1 << 15;

    /// <param name="path">partners.json.</param>
    /// <param name="changed">
    /// Ids of the documents whose contributions may differ from what the file says: saved, replaced or removed since it
    /// was written. Null when the file is not to be trusted (a run died while it was out of date): it is then built
    /// from every document, as when it is missing or unreadable.
    /// </param>
    /// <param name="documentIds">Every stored document's id.</param>
    /// <param name="read">A stored document by id, or null when it is gone.</param>
    /// <param name="heldIds">Default: <see cref="DefaultHeldIds"/> (about 3 MB of ids).</param>
    public static void Update(string path, IReadOnlySet<string>? changed, IEnumerable<string> documentIds, Func<string, StoredPartnerView?> read,
        int heldIds = DefaultHeldIds)
    {
        var old = changed is not null && File.Exists(path) ? OldPartners.TryRead(path, changed) : null;
        var pending = old is null ? documentIds.ToHashSet(StringComparer.Ordinal) : changed!;
        using var added = new NewContributions(path, heldIds);
        foreach (var id in pending.Order(StringComparer.Ordinal))
            if (read(id) is { } doc)
                foreach (var c in PartnerAggregator.Contributions(doc)) added.Add(c);

        var recounted = old is null ? [] : Recount(path, old, pending, added, read);
        JsonListFile.Write(path, ListProperty, Merge(old is null ? null : path, pending, added, recounted), StoreJsonContext.Default.PartnerRecord);
    }

    /// <summary>What the old file says of each partner that the merge needs before it starts: type, country, and whether a changed document is among its documents.</summary>
    private sealed class OldPartners
    {
        public Dictionary<string, (string? Type, string? Country, bool Touched)> ByName { get; } = new(StringComparer.Ordinal);

        /// <summary>The old file's summary, or null when the file cannot be read as a partners list of this schema.</summary>
        public static OldPartners? TryRead(string path, IReadOnlySet<string> changed)
        {
            var old = new OldPartners();
            try
            {
                foreach (var p in JsonListFile.Read(path, ListProperty, StoreJsonContext.Default.PartnerRecord))
                {
                    // A record missing a required list was not written by this store: the file is rebuilt.
                    if (p.Canonical is null || p.DocumentIds is null || p.EventIds is null || p.Aliases is null) return null;
                    old.ByName[p.Canonical] = (p.Type, p.Country, p.DocumentIds.Any(changed.Contains));
                }
            }
            catch (JsonException)
            {
                return null;
            }
            return old;
        }
    }

    /// <summary>
    /// Names, type, country and mentions counted again over the unchanged documents of each partner that needs it: one
    /// a changed document had, or one a new document gives another type or country than the old file says.
    /// </summary>
    private static Dictionary<string, PartnerTally> Recount(string path, OldPartners old, IReadOnlySet<string> pending,
        NewContributions added, Func<string, StoredPartnerView?> read)
    {
        static bool Differ(string? a, string? b) => a is not null && b is not null && a != b;
        var tallies = new Dictionary<string, PartnerTally>(StringComparer.Ordinal);
        foreach (var (name, (type, country, touched)) in old.ByName)
            if (touched || added.Tally(name) is { } a && (Differ(type, a.Type) || Differ(country, a.Country)))
                tallies[name] = new PartnerTally();
        if (tallies.Count == 0) return tallies;

        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in JsonListFile.Read(path, ListProperty, StoreJsonContext.Default.PartnerRecord))
            if (tallies.ContainsKey(p.Canonical))
                documents.UnionWith(p.DocumentIds.Where(d => !pending.Contains(d)));
        // In id order, so that each tally's first type and country are the first document's.
        foreach (var id in documents.Order(StringComparer.Ordinal))
            if (read(id) is { } doc)
                foreach (var c in PartnerAggregator.Contributions(doc))
                    if (tallies.TryGetValue(c.Canonical, out var t)) t.Add(c);
        return tallies;
    }

    /// <summary>The new file's records, in canonical order: the old file's, less the changed documents, joined with the new contributions.</summary>
    private static IEnumerable<PartnerRecord> Merge(string? oldPath, IReadOnlySet<string> pending, NewContributions added,
        Dictionary<string, PartnerTally> recounted)
    {
        var olds = oldPath is null ? [] : JsonListFile.Read(oldPath, ListProperty, StoreJsonContext.Default.PartnerRecord);
        using var oldOnes = olds.GetEnumerator();
        using var newOnes = added.Partners.GetEnumerator();
        var oldNext = oldOnes.MoveNext() ? oldOnes.Current : null;
        var newNext = newOnes.MoveNext() ? newOnes.Current : null;
        while (oldNext is not null || newNext is not null)
        {
            var order = oldNext is null ? 1 : newNext is null ? -1 : string.CompareOrdinal(oldNext.Canonical, newNext);
            var old = order <= 0 ? oldNext : null;
            var canonical = order <= 0 ? oldNext!.Canonical : newNext!;
            var fresh = order >= 0 ? added.Tally(canonical) : null;
            if (order <= 0) oldNext = oldOnes.MoveNext() ? oldOnes.Current : null;
            if (order >= 0) newNext = newOnes.MoveNext() ? newOnes.Current : null;

            var (newDocuments, newEvents) = fresh is null ? ([], []) : added.Ids(canonical);
            var documents = Sorted(old?.DocumentIds.Where(d => !pending.Contains(d)), newDocuments);
            if (documents.Count == 0) continue; // no document names it any more
            var events = Sorted(old?.EventIds.Where(e => !pending.Contains(StoredDocumentBuilder.DocumentIdOf(e))), newEvents);

            if (recounted.TryGetValue(canonical, out var tally) || old is null)
            {
                tally ??= new PartnerTally();
                if (fresh is not null) tally.Merge(fresh);
                yield return tally.Record(canonical, events, documents);
            }
            else
            {
                // Untouched by the change, and no new document disagrees on type or country: the old values stand.
                var names = new SortedSet<string>(old.Aliases, StringComparer.Ordinal);
                if (fresh is not null) names.UnionWith(fresh.Names);
                names.Remove(canonical);
                yield return new PartnerRecord(canonical, names.ToList(), old.Type ?? fresh?.Type, old.Country ?? fresh?.Country,
                    old.MentionCount + (fresh?.Mentions ?? 0), events, documents);
            }
        }
    }

    private static List<string> Sorted(IEnumerable<string>? kept, List<string> added)
    {
        var all = kept is null ? added : [.. kept, .. added];
        all.Sort(StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < all.Count; i++)
            if (i == 0 || all[i] != all[distinct - 1]) all[distinct++] = all[i];
        all.RemoveRange(distinct, all.Count - distinct);
        return all;
    }

    /// <summary>
    /// The changed documents' contributions, grouped by partner: the tallies in memory (a few names each), the event
    /// and document ids in memory up to <paramref name="heldIds"/> and then in a temp file beside partners.json (deleted
    /// when closed; one left by a killed process is removed when the store opens).
    /// </summary>
    private sealed class NewContributions(string path, int heldIds) : IDisposable
    {
        private readonly SortedDictionary<string, PartnerTally> _tallies = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (List<string> Documents, List<string> Events)> _held = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<long>> _spilled = new(StringComparer.Ordinal);
        private FileStream? _file;
        private int _heldCount;

        /// <summary>The partners with contributions, in canonical order.</summary>
        public IEnumerable<string> Partners => _tallies.Keys;

        public PartnerTally? Tally(string canonical) => _tallies.GetValueOrDefault(canonical);

        /// <summary>Adds one document's contribution; documents come in id order.</summary>
        public void Add(PartnerContribution c)
        {
            if (!_tallies.TryGetValue(c.Canonical, out var tally)) _tallies[c.Canonical] = tally = new PartnerTally();
            tally.Add(c);
            if (!_held.TryGetValue(c.Canonical, out var ids)) _held[c.Canonical] = ids = ([], []);
            ids.Documents.Add(c.DocumentId);
            ids.Events.AddRange(c.EventIds);
            _heldCount += 1 + c.EventIds.Count;
            if (_heldCount >= heldIds) Spill();
        }

        /// <summary>A partner's new document and event ids, unsorted.</summary>
        public (List<string> Documents, List<string> Events) Ids(string canonical)
        {
            var (documents, events) = (new List<string>(), new List<string>());
            if (_file is not null && _spilled.TryGetValue(canonical, out var offsets))
            {
                using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
                foreach (var offset in offsets)
                {
                    _file.Position = offset;
                    ReadStrings(reader, documents);
                    ReadStrings(reader, events);
                }
            }
            if (_held.TryGetValue(canonical, out var held))
            {
                documents.AddRange(held.Documents);
                events.AddRange(held.Events);
            }
            return (documents, events);
        }

        private void Spill()
        {
            _file ??= new FileStream(AtomicFile.TempPath(path), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            _file.Seek(0, SeekOrigin.End);
            using (var writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true))
                foreach (var (canonical, (documents, events)) in _held)
                {
                    if (!_spilled.TryGetValue(canonical, out var offsets)) _spilled[canonical] = offsets = [];
                    offsets.Add(_file.Position);
                    WriteStrings(writer, documents);
                    WriteStrings(writer, events);
                }
            _held.Clear();
            _heldCount = 0;
        }

        private static void WriteStrings(BinaryWriter writer, List<string> strings)
        {
            writer.Write(strings.Count);
            foreach (var s in strings) writer.Write(s);
        }

        private static void ReadStrings(BinaryReader reader, List<string> into)
        {
            for (var n = reader.ReadInt32(); n > 0; n--) into.Add(reader.ReadString());
        }

        public void Dispose() => _file?.Dispose();
    }
}
