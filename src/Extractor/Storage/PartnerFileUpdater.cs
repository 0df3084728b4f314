using System.Text;
using System.Text.Json;

namespace Extractor.Storage;

/// <summary>
/// Brings partners.json in step with the stored documents after some of them changed, from the changed documents alone
/// (or from the changes a journal holds, <see cref="PartnerJournal"/>), holding one partner's events and documents at a
/// time: the old file is read, and the new one written, partner by partner; <see cref="View"/> gives the same partners
/// without writing them. The result is what <see cref="PartnerAggregator.Aggregate"/> gives over every document.
/// </summary>
/// <remarks>
/// <para>
/// What a changed document gave is taken out as sums are: its id from each partner's documents, its events by their ids
/// (which start with the document's id), and its names and mentions by the counts that partners.tally.json keeps beside
/// partners.json (how many documents write each name) less what the document's counted version gave
/// (<see cref="PartnerChanges"/>, read before the file was overwritten or deleted). The tally file also names the
/// documents that gave each partner's type and country; only when such a document changed is the partner's next
/// document that gives one looked for, reading its unchanged documents in id order until one does.
/// </para>
/// <para>
/// The two files are read side by side, each once, and written side by side. When they do not agree with each other or
/// with the changes (a count would fall below zero, a partner a changed document had is missing), or cannot be read,
/// both are built from every document. The
/// changed documents' new contributions are grouped by partner in memory up to a bound and in a temp file beyond it.
/// </para>
/// </remarks>
internal static class PartnerFileUpdater
{
    // The list property of both files.
    private const string ListProperty = "partners";

    /// <summary>How many new event and document ids are held in memory before they go to a temp file.</summary>
    public const int DefaultHeldIds = 1 << 15;

    /// <param name="partnersPath">partners.json.</param>
    /// <param name="tallyPath">partners.tally.json.</param>
    /// <param name="changes">
    /// The documents whose contributions may differ from what the files say, with what their counted versions gave. Null
    /// when the files are not to be trusted (a run died while they were out of date): they are then built from every
    /// document, as when either is missing or unreadable.
    /// </param>
    /// <param name="documentIds">Every stored document's id.</param>
    /// <param name="read">A stored document by id, or null when it is gone.</param>
    /// <param name="heldIds">Default: <see cref="DefaultHeldIds"/> (about 3 MB of ids).</param>
    public static void Update(string partnersPath, string tallyPath, PartnerChanges? changes, IEnumerable<string> documentIds,
        Func<string, StoredPartnerView?> read, int heldIds = DefaultHeldIds) =>
        Update(partnersPath, tallyPath, changes?.Delta(read), documentIds, read, heldIds);

    /// <summary>
    /// As <see cref="Update(string, string, PartnerChanges?, IEnumerable{string}, Func{string, StoredPartnerView?}, int)"/>,
    /// with the changes given as a delta (those of a journal, <see cref="PartnerJournal.Fold"/>).
    /// </summary>
    public static void Update(string partnersPath, string tallyPath, PartnerDelta? delta, IEnumerable<string> documentIds,
        Func<string, StoredPartnerView?> read, int heldIds = DefaultHeldIds)
    {
        if (delta is not null && File.Exists(partnersPath) && File.Exists(tallyPath))
        {
            try
            {
                Write(partnersPath, tallyPath, Merge(partnersPath, Old(partnersPath, tallyPath), delta, read, heldIds));
                return;
            }
            catch (JsonException)
            {
                // Files this store did not write, or that fell out of step: neither new file was put in place.
            }
        }
        var everything = PartnerDelta.Reading(documentIds.ToHashSet(StringComparer.Ordinal), new Dictionary<string, PartnerTally>(), read);
        Write(partnersPath, tallyPath, Merge(partnersPath, [], everything, read, heldIds));
    }

    /// <summary>
    /// The partners that the two files and <paramref name="delta"/> give together (what <see cref="Update(string, string,
    /// PartnerDelta?, IEnumerable{string}, Func{string, StoredPartnerView?}, int)"/> would write to partners.json), one at
    /// a time, writing nothing. Throws <see cref="JsonException"/>, at the latest when the last is read, when the files
    /// cannot be read or do not agree with each other or the delta.
    /// </summary>
    public static IEnumerable<PartnerRecord> View(string partnersPath, string tallyPath, PartnerDelta delta, Func<string, StoredPartnerView?> read,
        int heldIds = DefaultHeldIds) =>
        Merge(partnersPath, Old(partnersPath, tallyPath), delta, read, heldIds).Select(p => p.Record);

    /// <summary>An old partner: its record in partners.json and its tally.</summary>
    private sealed record OldPartner(PartnerRecord Record, PartnerTallyRecord Tally);

    /// <summary>
    /// The old files' partners, read side by side. Throws <see cref="JsonException"/>, at the latest when the ends are
    /// read, when either is not a list of this schema, or they do not agree.
    /// </summary>
    private static IEnumerable<OldPartner> Old(string partnersPath, string tallyPath)
    {
        using var tallies = JsonListFile.Read(tallyPath, ListProperty, StoreJsonContext.Default.PartnerTallyRecord).GetEnumerator();
        string? previous = null;
        foreach (var p in JsonListFile.Read(partnersPath, ListProperty, StoreJsonContext.Default.PartnerRecord))
        {
            var t = tallies.MoveNext() ? tallies.Current : null;
            // A record missing a required list was not written by this store.
            if (p.Canonical is null || p.DocumentIds is null || p.EventIds is null || p.Aliases is null || t?.Names is null)
                throw new JsonException($"{partnersPath} or {tallyPath} has a partner without its lists.");
            if (t.Canonical != p.Canonical || previous is not null && string.CompareOrdinal(previous, p.Canonical) >= 0
                || (t.TypeFrom is null) != (p.Type is null) || (t.CountryFrom is null) != (p.Country is null)
                || !p.Aliases.SequenceEqual(t.Names.Keys.Where(n => n != p.Canonical)))
                throw new JsonException($"{partnersPath} and {tallyPath} do not agree at {p.Canonical}.");
            previous = p.Canonical;
            yield return new OldPartner(p, t);
        }
        if (tallies.MoveNext()) throw new JsonException($"{tallyPath} has partners that {partnersPath} has not.");
    }

    /// <summary>Writes both files from the partners <see cref="Merge"/> gives; neither changes if that throws.</summary>
    private static void Write(string partnersPath, string tallyPath, IEnumerable<(PartnerRecord Record, PartnerTallyRecord Tally)> merged)
    {
        using var partners = new JsonListFile.Writer<PartnerRecord>(partnersPath, ListProperty, StoreJsonContext.Default.PartnerRecord);
        using var tallies = new JsonListFile.Writer<PartnerTallyRecord>(tallyPath, ListProperty, StoreJsonContext.Default.PartnerTallyRecord);
        foreach (var (record, tally) in merged)
        {
            partners.Add(record);
            tallies.Add(tally);
        }
        tallies.Commit();
        partners.Commit();
    }

    /// <summary>
    /// The old partners less the <paramref name="delta"/>'s changed documents' counted versions, joined with what those
    /// documents give now, in canonical order, each with its tally.
    /// </summary>
    private static IEnumerable<(PartnerRecord Record, PartnerTallyRecord Tally)> Merge(string partnersPath, IEnumerable<OldPartner> olds, PartnerDelta delta,
        Func<string, StoredPartnerView?> read, int heldIds)
    {
        var (pending, removed) = (delta.Changed, delta.Removed);
        using var added = new NewContributions(partnersPath, heldIds);
        foreach (var c in delta.Added) added.Add(c);

        var removedSeen = 0;
        using var oldOnes = olds.GetEnumerator();
        using var newOnes = added.Partners.GetEnumerator();
        var oldNext = oldOnes.MoveNext() ? oldOnes.Current : null;
        var newNext = newOnes.MoveNext() ? newOnes.Current : null;
        while (oldNext is not null || newNext is not null)
        {
            var order = oldNext is null ? 1 : newNext is null ? -1 : string.CompareOrdinal(oldNext.Record.Canonical, newNext);
            var old = order <= 0 ? oldNext : null;
            var canonical = order <= 0 ? oldNext!.Record.Canonical : newNext!;
            var fresh = order >= 0 ? added.Tally(canonical) : null;
            if (order <= 0) oldNext = oldOnes.MoveNext() ? oldOnes.Current : null;
            if (order >= 0) newNext = newOnes.MoveNext() ? newOnes.Current : null;

            var (newDocuments, newEvents) = fresh is null ? ([], []) : added.Ids(canonical);
            var kept = old?.Record.DocumentIds.Where(d => !pending.Contains(d)).ToList() ?? [];
            var documents = Sorted(kept, newDocuments);
            var events = Sorted(old?.Record.EventIds.Where(e => !pending.Contains(StoredDocumentBuilder.DocumentIdOf(e))), newEvents);

            var tally = old is null ? new PartnerTally() : PartnerTally.From(old.Record, old.Tally);
            if (removed.TryGetValue(canonical, out var gone))
            {
                // What a changed document's counted version gave must be in the old files.
                if (old is null || !tally.Subtract(gone)) throw new JsonException($"{partnersPath} does not count what changed of {canonical}.");
                removedSeen++;
            }
            var forgotten = tally.Forget(pending);
            if (fresh is not null) tally.Merge(fresh);
            FindFirstGiven(tally, canonical, kept, forgotten, read);
            if (documents.Count == 0) continue; // no document names it any more

            yield return (tally.Record(canonical, events, documents), tally.TallyRecord(canonical));
        }
        if (removedSeen != removed.Count) throw new JsonException($"{partnersPath} lacks partners that changed documents had.");
    }

    /// <summary>
    /// When a document that gave the type or the country changed: the next unchanged document (in id order) that gives
    /// one, unless a changed document now gives one earlier. Unchanged documents before the changed one gave none.
    /// </summary>
    private static void FindFirstGiven(PartnerTally tally, string canonical, List<string> kept, (string? TypeFrom, string? CountryFrom) forgotten,
        Func<string, StoredPartnerView?> read)
    {
        static bool Before(string a, string? b) => b is null || string.CompareOrdinal(a, b) < 0;
        var (needType, needCountry) = (forgotten.TypeFrom is not null, forgotten.CountryFrom is not null);
        foreach (var id in kept)
        {
            needType &= Before(id, tally.TypeFrom);
            needCountry &= Before(id, tally.CountryFrom);
            if (!needType && !needCountry) return;
            var (type, country) = (needType && Before(forgotten.TypeFrom!, id), needCountry && Before(forgotten.CountryFrom!, id));
            if ((type || country) && read(id) is { } doc && PartnerAggregator.Contributions(doc).FirstOrDefault(c => c.Canonical == canonical) is { } c)
                tally.Offer(id, type ? c.Type : null, country ? c.Country : null);
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

        /// <summary>Adds one document's contribution, in any order of documents.</summary>
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
