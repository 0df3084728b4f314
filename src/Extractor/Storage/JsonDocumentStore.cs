using System.Text.Json;
using Extractor.Domain;

namespace Extractor.Storage;

/// <summary>
/// A store of one JSON file per document (documents/&lt;id&gt;.json, the truth), plus manifest.json and the partner
/// files (partners.json, partners.tally.json, partners.delta.jsonl) derived from them. Every file is written atomically. Opening the store repairs what a killed run left: temp files
/// are deleted, a document file without a manifest entry is taken in, a manifest entry without a file is dropped,
/// and of two files for one source path the one the manifest does not know (the newer save) is kept.
/// </summary>
/// <remarks>
/// A commit brings the partners up to date from the documents changed since it was last done, not from every document:
/// what a changed document's old version gave is read from its file before the file is overwritten or deleted. A commit
/// of a few changes appends them as one line to partners.delta.jsonl (<see cref="PartnerJournal"/>), so its cost follows
/// the changed documents; the partners read (<see cref="ReadPartners"/>) are partners.json with that journal applied.
/// Once the journal outgrows a quarter of partners.json, or a commit changes more than a quarter of the documents, the
/// commit writes partners.json anew with everything applied (<see cref="PartnerFileUpdater"/>, which takes the changes
/// out of the counts that partners.tally.json keeps beside it) and deletes the journal. While changes are not yet
/// committed, the file partners.pending exists (written before the first change, and before any commit that writes the
/// partner files); found when the store opens, it means a run died before its commit was done (perhaps inside a journal
/// line, or between writing partners.json and deleting the journal), and partners.json and partners.tally.json are
/// built again from every document, with no journal.
/// </remarks>
public sealed class JsonDocumentStore : IDocumentStore
{
    private const string DocumentsFolder = "documents";
    private const string ManifestFile = "manifest.json";
    private const string PartnersFile = "partners.json";
    private const string PartnersTallyFile = "partners.tally.json";
    private const string PartnersPendingFile = "partners.pending";
    private const string PartnersJournalFile = "partners.delta.jsonl";
    private const string DamagedFolder = "damaged";

    private readonly string _root;
    private readonly string _documents;
    private readonly TimeProvider _time;
    // Source path → manifest entry for every document file present; kept in step with the files.
    private readonly Dictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);
    // Document id → the one source path that holds it (a content stored under a second path moves there).
    private readonly Dictionary<string, string> _pathById = new(StringComparer.Ordinal);
    // Documents saved, replaced or removed since partners.json was written, and what their versions counted there gave.
    private readonly PartnerChanges _changed = new();
    private readonly Lock _gate = new();
    private bool _manifestChanged;
    private bool _rebuildPartners;
    private bool _pendingMarked;
    private readonly Action<string>? _warn;

    /// <summary>
    /// The share of partners.json's size past which partners.delta.jsonl is applied to it (and to partners.tally.json)
    /// and deleted; also the share of the stored documents past which a commit's changes go straight into them. Default: 0.25.
    /// </summary>
    internal double PartnersJournalShare { get; set; } = 0.25;

    /// <summary>
    /// The most changed documents a commit puts in one journal line, which is built in memory (about 2.8 KB a document in
    /// the scale benchmark's corpus); a commit of more writes partners.json, streaming the changes.
    /// </summary>
    private const int MaxJournaledDocuments = 1000;

    public JsonDocumentStore(StoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _warn = options.Warn;
        _root = Path.GetFullPath(options.Directory);
        _documents = Path.Combine(_root, DocumentsFolder);
        _time = time ?? TimeProvider.System;
        Directory.CreateDirectory(_documents);
        Recover();
    }

    public string RootDirectory => _root;

    public StoreManifest ReadManifest()
    {
        lock (_gate) return new StoreManifest(new Dictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal));
    }

    public StoredDocument Save(ProcessedDocument document) => Save(document, null);

    public void RecordStamp(string sourcePath, FileStamp? stamp)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(sourcePath, out var entry) || entry.Stamp == stamp) return;
            _entries[sourcePath] = entry.WithStamp(stamp);
            _manifestChanged = true;
        }
    }

    public StoredDocument Save(ProcessedDocument document, FileStamp? stamp)
    {
        var stored = StoredDocumentBuilder.Build(document);
        var doc = stored.Document;
        var content = Serialize(stored);
        lock (_gate)
        {
            var file = DocumentPath(doc.Id);
            // Saving what is already there (a forced re-run) changes nothing, partners.json included.
            if (!HasContent(file, content))
            {
                MarkChanged(doc.Id);
                AtomicFile.Write(file, content);
            }
            var previous = _entries.GetValueOrDefault(doc.SourcePath);
            if (previous is not null && previous.DocumentId != doc.Id && _pathById.GetValueOrDefault(previous.DocumentId) == doc.SourcePath)
            {
                _pathById.Remove(previous.DocumentId);
                MarkChanged(previous.DocumentId);
                File.Delete(DocumentPath(previous.DocumentId));
            }
            // The same content under another path: one file per content, so that path now points here.
            if (_pathById.TryGetValue(doc.Id, out var other) && other != doc.SourcePath && _entries.Remove(other)) _manifestChanged = true;
            _pathById[doc.Id] = doc.SourcePath;
            var storedAt = previous is not null && previous.ContentHash == doc.ContentHash ? previous.StoredAt : _time.GetUtcNow();
            var entry = new ManifestEntry(doc.SourcePath, doc.ContentHash, doc.Id, storedAt).WithStamp(stamp);
            if (entry != previous)
            {
                _entries[doc.SourcePath] = entry;
                _manifestChanged = true;
            }
        }
        return stored;
    }

    public string? Remove(string sourcePath)
    {
        lock (_gate)
        {
            if (!_entries.Remove(sourcePath, out var entry)) return null;
            _manifestChanged = true;
            if (_pathById.GetValueOrDefault(entry.DocumentId) != sourcePath) return null;
            _pathById.Remove(entry.DocumentId);
            MarkChanged(entry.DocumentId);
            File.Delete(DocumentPath(entry.DocumentId));
            return entry.DocumentId;
        }
    }

    /// <summary>
    /// Writes what changed since the last commit: the partners from the changed documents and, at the same time (on the
    /// thread pool), manifest.json. The two are independent: until both are written, partners.pending makes the next
    /// opening check the manifest against the document files and build the partner files again.
    /// </summary>
    public void Commit()
    {
        lock (_gate)
        {
            var manifest = Task.CompletedTask;
            if (_manifestChanged)
            {
                var entries = _entries.Values.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
                manifest = Task.Run(() => JsonListFile.Write(Path.Combine(_root, ManifestFile), "entries", entries, StoreJsonContext.Default.ManifestEntry));
            }
            Alongside.Run(() =>
            {
                if (!_rebuildPartners && _changed.Documents.Count == 0) return;
                // Also for a rebuild with no change noted: a commit killed between the two files leads to another.
                MarkPending();
                CommitPartners();
                _changed.Clear();
                _rebuildPartners = false;
            }, manifest);
            _manifestChanged = false;
            if (_pendingMarked)
            {
                File.Delete(Path.Combine(_root, PartnersPendingFile));
                _pendingMarked = false;
            }
        }
    }

    /// <summary>
    /// Brings the partners up to date with the changes noted: a few changes go to partners.delta.jsonl, and partners.json
    /// and partners.tally.json are written anew (with the journal applied, which is then deleted) when the journal
    /// outgrows <see cref="PartnersJournalShare"/> of partners.json, when the changes are more than that share of the
    /// documents or more than <see cref="MaxJournaledDocuments"/>, or when the files are to be built from every document.
    /// </summary>
    private void CommitPartners()
    {
        var (partners, tally, journal) = PartnerFiles;
        var changes = _changed.Delta(ReadPartnerView);
        var journaled = false;
        if (!_rebuildPartners && _changed.Documents.Count <= Math.Min(PartnersJournalShare * _pathById.Count, MaxJournaledDocuments) && File.Exists(partners))
        {
            if (PartnerJournal.Append(journal, changes) <= PartnersJournalShare * new FileInfo(partners).Length) return;
            journaled = true;
        }

        PartnerDelta? delta = null;
        if (!_rebuildPartners)
        {
            try
            {
                delta = PartnerJournal.Fold(journal, journaled ? null : changes);
            }
            catch (JsonException e)
            {
                // Both files are then built from every document.
                _warn?.Invoke($"{journal}: not a readable partner journal ({e.Message}); partners built again from every document");
            }
        }
        PartnerFileUpdater.Update(partners, tally, delta, _pathById.Keys, ReadPartnerView);
        File.Delete(journal);
    }

    public IEnumerable<StoredDocument> ReadAll()
    {
        var files = Directory.EnumerateFiles(_documents, "*.json").OrderBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            StoredDocument? doc;
            try { doc = ReadFile(file); }
            catch (FileNotFoundException) { continue; } // removed since the listing
            catch (JsonException e)
            {
                // Damaged after a run that ended well (opening trusts the manifest then): the rest are still read.
                _warn?.Invoke($"{file}: not a readable stored document ({e.Message}); skipped");
                continue;
            }
            if (doc is not null) yield return doc;
        }
    }

    public StoredDocument? Read(string documentId)
    {
        if (!IsSafeId(documentId)) return null;
        var path = DocumentPath(documentId);
        return File.Exists(path) ? ReadFile(path) : null;
    }

    /// <summary>A stored document's partner mentions and events, without its sections; null when it is not stored.</summary>
    internal StoredPartnerView? ReadPartnerView(string documentId)
    {
        if (!IsSafeId(documentId)) return null;
        var path = DocumentPath(documentId);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), StoreJsonContext.Default.StoredPartnerView) : null;
    }

    /// <summary>
    /// The partners of the committed documents: partners.json with partners.delta.jsonl applied when there is one (from
    /// the journal alone, but for the rare partner whose type or country came from a changed document: its unchanged
    /// documents are read until one gives it, as a commit would). Should the files be unreadable or not agree, the
    /// partners are built from every stored document instead.
    /// </summary>
    /// <remarks>Between a save and the commit, a document that gives a type or country may be read in its new version.</remarks>
    public IReadOnlyList<PartnerRecord> ReadPartners()
    {
        var (partners, tally, journal) = PartnerFiles;
        lock (_gate)
        {
            if (!File.Exists(journal)) return File.Exists(partners) ? JsonListFile.Read(partners, "partners", StoreJsonContext.Default.PartnerRecord).ToList() : [];
            try
            {
                return PartnerFileUpdater.View(partners, tally, PartnerJournal.Fold(journal), ReadPartnerView).ToList();
            }
            catch (Exception e) when (e is JsonException or FileNotFoundException)
            {
                _warn?.Invoke($"{journal}: the partner files and their journal do not agree ({e.Message}); partners built from every document");
                return PartnerAggregator.Aggregate(ReadAll()).ToList();
            }
        }
    }

    /// <summary>The serialized form of a stored document, exactly as the store writes it.</summary>
    public static byte[] Serialize(StoredDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, StoreJsonContext.Default.StoredDocument);

    private static StoredDocument? ReadFile(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), StoreJsonContext.Default.StoredDocument);

    private static bool HasContent(string path, byte[] content)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private string DocumentPath(string id) => Path.Combine(_documents, id + ".json");

    /// <summary>partners.json, partners.tally.json and partners.delta.jsonl.</summary>
    private (string Partners, string Tally, string Journal) PartnerFiles =>
        (Path.Combine(_root, PartnersFile), Path.Combine(_root, PartnersTallyFile), Path.Combine(_root, PartnersJournalFile));

    private static bool IsSafeId(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Notes, before its file is overwritten or deleted, that a document's partners may differ from partners.json; the
    /// first such note of a run goes to disk first.
    /// </summary>
    private void MarkChanged(string documentId)
    {
        MarkPending();
        try
        {
            _changed.Add(documentId, _rebuildPartners ? _ => null : ReadPartnerView);
        }
        catch (JsonException)
        {
            // What the file gave partners.json cannot be read, so it cannot be taken out: the next commit builds it anew.
            _rebuildPartners = true;
        }
    }

    /// <summary>Writes partners.pending unless it is there: partners.json may now fall behind the documents.</summary>
    private void MarkPending()
    {
        if (_pendingMarked) return;
        AtomicFile.Write(Path.Combine(_root, PartnersPendingFile), []);
        _pendingMarked = true;
    }

    private void Recover()
    {
        AtomicFile.DeleteLeftovers(_root);
        AtomicFile.DeleteLeftovers(_documents);
        var manifestPath = Path.Combine(_root, ManifestFile);
        var known = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var manifestRead = File.Exists(manifestPath);
        if (manifestRead)
        {
            try
            {
                foreach (var e in JsonListFile.Read(manifestPath, "entries", StoreJsonContext.Default.ManifestEntry))
                {
                    if (e.SourcePath is null || e.ContentHash is null || e.DocumentId is null)
                        throw new JsonException("an entry lacks its sourcePath, contentHash or documentId");
                    known[e.SourcePath] = e;
                }
            }
            catch (JsonException e)
            {
                // Damaged, or written by a newer build: the document files are the truth, and the manifest is rebuilt from them.
                _warn?.Invoke($"{manifestPath}: not a readable manifest ({e.Message}); rebuilt from the document files");
                known.Clear();
                manifestRead = false;
            }
        }
        if (!manifestRead) _manifestChanged = true;
        // A run that died with changes not yet in partners.json: which documents changed is unknown, so all are read;
        // likewise for a store written before partners.tally.json existed.
        _pendingMarked = File.Exists(Path.Combine(_root, PartnersPendingFile));
        _rebuildPartners = _pendingMarked || !File.Exists(Path.Combine(_root, PartnersFile)) || !File.Exists(Path.Combine(_root, PartnersTallyFile));

        // After a run that ended well (no partners.pending) every document file is one the manifest names, and each of
        // its entries has its file: the manifest is then trusted without opening the files (which a 10,000-document
        // store would make seconds of every start).
        var files = Directory.EnumerateFiles(_documents, "*.json").Order(StringComparer.Ordinal).ToList();
        if (!_pendingMarked && manifestRead && ManifestNamesExactly(known, files))
        {
            foreach (var (path, entry) in known)
            {
                _entries[path] = entry;
                _pathById[entry.DocumentId] = path;
            }
            return;
        }

        var byPath = new Dictionary<string, List<(string Id, string ContentHash)>>(StringComparer.Ordinal);
        var setAside = false;
        foreach (var file in files)
        {
            // Only the identity is read (the sections, most of each file, are skipped), but the whole file is parsed:
            // one that is not a document of this store is set aside, and its source counts as not stored.
            if (ReadIdentity(file) is not { Id: { } id, ContentHash: { } hash, SourcePath: { } path } || id != Path.GetFileNameWithoutExtension(file))
            {
                SetAside(file);
                setAside = true;
                continue;
            }
            if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = [];
            list.Add((id, hash));
        }

        // Without partners.pending, files that disagree with the manifest were changed by hand: what their versions
        // counted in partners.json gave is unknown, so it is built again.
        var (changed, staleDeleted) = (false, false);
        foreach (var (path, docs) in byPath)
        {
            var entry = known.GetValueOrDefault(path);
            // Two files for one path: a save was killed before it deleted the older version, which the manifest names.
            var keep = docs.Count == 1 ? docs[0] : docs.FirstOrDefault(d => d.Id != entry?.DocumentId, docs[0]);
            foreach (var stale in docs.Where(d => d.Id != keep.Id))
            {
                File.Delete(DocumentPath(stale.Id));
                staleDeleted = true;
            }
            _pathById[keep.Id] = path;
            if (entry is not null && entry.DocumentId == keep.Id && entry.ContentHash == keep.ContentHash) _entries[path] = entry;
            else
            {
                _entries[path] = new ManifestEntry(path, keep.ContentHash, keep.Id, _time.GetUtcNow());
                changed = true;
            }
        }
        foreach (var (path, entry) in known)
            if (!_entries.ContainsKey(path)) changed = true;
        if (changed) _manifestChanged = true;
        if (changed || staleDeleted || setAside) _rebuildPartners = true;
        if (changed || staleDeleted || setAside || _pendingMarked) Commit();
    }

    /// <summary>Whether the files are exactly the manifest's documents, one file per entry.</summary>
    private static bool ManifestNamesExactly(Dictionary<string, ManifestEntry> known, List<string> files)
    {
        var ids = new HashSet<string>(known.Values.Select(e => e.DocumentId), StringComparer.Ordinal);
        return ids.Count == known.Count && files.Count == ids.Count && files.All(f => ids.Contains(Path.GetFileNameWithoutExtension(f)));
    }

    private static StoredIdentity? ReadIdentity(string file)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(file), StoreJsonContext.Default.StoredIdentityView)?.Document;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Moves an unreadable document file to damaged/ (a later one of the same name gets a number) and says so.</summary>
    private void SetAside(string file)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, DamagedFolder)).FullName;
        var name = Path.GetFileName(file);
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target); n++) target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{n}.json");
        File.Move(file, target);
        _warn?.Invoke($"{file}: not a readable stored document; moved to {target}, and its source will be ingested again");
    }
}
