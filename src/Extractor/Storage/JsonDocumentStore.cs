using System.Text.Json;
using Extractor.Domain;

namespace Extractor.Storage;

/// <summary>
/// A store of one JSON file per document (documents/&lt;id&gt;.json, the truth), plus manifest.json and partners.json
/// derived from them. Every file is written atomically. Opening the store repairs what a killed run left: temp files
/// are deleted, a document file without a manifest entry is taken in, a manifest entry without a file is dropped,
/// and of two files for one source path the one the manifest does not know (the newer save) is kept.
/// </summary>
public sealed class JsonDocumentStore : IDocumentStore
{
    private const string DocumentsFolder = "documents";
    private const string ManifestFile = "manifest.json";
    private const string PartnersFile = "partners.json";

    private readonly string _root;
    private readonly string _documents;
    private readonly TimeProvider _time;
    // Source path → manifest entry for every document file present; kept in step with the files.
    private readonly Dictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public JsonDocumentStore(StoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
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

    public StoredDocument Save(ProcessedDocument document)
    {
        var stored = StoredDocumentBuilder.Build(document);
        var doc = stored.Document;
        lock (_gate)
        {
            AtomicFile.Write(DocumentPath(doc.Id), Serialize(stored));
            var previous = _entries.GetValueOrDefault(doc.SourcePath);
            if (previous is not null && previous.DocumentId != doc.Id && !IsUsedByOtherPath(previous.DocumentId, doc.SourcePath))
                File.Delete(DocumentPath(previous.DocumentId));
            // The same content under another path: one file per content, so that path now points here.
            foreach (var other in _entries.Values.Where(e => e.DocumentId == doc.Id && e.SourcePath != doc.SourcePath).ToList())
                _entries.Remove(other.SourcePath);
            var storedAt = previous is not null && previous.ContentHash == doc.ContentHash ? previous.StoredAt : _time.GetUtcNow();
            _entries[doc.SourcePath] = new ManifestEntry(doc.SourcePath, doc.ContentHash, doc.Id, storedAt);
        }
        return stored;
    }

    public void Remove(string sourcePath)
    {
        lock (_gate)
        {
            if (!_entries.Remove(sourcePath, out var entry)) return;
            if (!IsUsedByOtherPath(entry.DocumentId, sourcePath)) File.Delete(DocumentPath(entry.DocumentId));
        }
    }

    public void Commit()
    {
        lock (_gate)
        {
            WriteManifest();
            var partners = PartnerAggregator.Aggregate(ReadAll());
            AtomicFile.Write(Path.Combine(_root, PartnersFile),
                JsonSerializer.SerializeToUtf8Bytes(new PartnersFile(StoredDocument.CurrentSchemaVersion, partners), StoreJsonContext.Default.PartnersFile));
        }
    }

    public IEnumerable<StoredDocument> ReadAll()
    {
        var files = Directory.EnumerateFiles(_documents, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            StoredDocument? doc;
            try { doc = ReadFile(file); }
            catch (FileNotFoundException) { continue; } // removed since the listing
            if (doc is not null) yield return doc;
        }
    }

    public StoredDocument? Read(string documentId)
    {
        if (!IsSafeId(documentId)) return null;
        var path = DocumentPath(documentId);
        return File.Exists(path) ? ReadFile(path) : null;
    }

    public IReadOnlyList<PartnerRecord> ReadPartners()
    {
        var path = Path.Combine(_root, PartnersFile);
        if (!File.Exists(path)) return [];
        var file = JsonSerializer.Deserialize(File.ReadAllBytes(path), StoreJsonContext.Default.PartnersFile);
        return file?.Partners ?? [];
    }

    /// <summary>The serialized form of a stored document, exactly as the store writes it.</summary>
    public static byte[] Serialize(StoredDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, StoreJsonContext.Default.StoredDocument);

    private static StoredDocument? ReadFile(string path) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(path), StoreJsonContext.Default.StoredDocument);

    private string DocumentPath(string id) => Path.Combine(_documents, id + ".json");

    private static bool IsSafeId(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private bool IsUsedByOtherPath(string documentId, string sourcePath) =>
        _entries.Values.Any(e => e.DocumentId == documentId && e.SourcePath != sourcePath);

    private void Recover()
    {
        AtomicFile.DeleteLeftovers(_root);
        AtomicFile.DeleteLeftovers(_documents);
        var manifestPath = Path.Combine(_root, ManifestFile);
        var known = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (File.Exists(manifestPath))
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(manifestPath), StoreJsonContext.Default.ManifestFile);
            foreach (var e in manifest?.Entries ?? []) known[e.SourcePath] = e;
        }

        var byPath = new Dictionary<string, List<DocumentRecord>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_documents, "*.json").Order(StringComparer.Ordinal))
        {
            var doc = ReadFile(file)?.Document;
            if (doc is null) continue;
            if (!byPath.TryGetValue(doc.SourcePath, out var list)) byPath[doc.SourcePath] = list = [];
            list.Add(doc);
        }

        var changed = false;
        foreach (var (path, docs) in byPath)
        {
            var entry = known.GetValueOrDefault(path);
            // Two files for one path: a save was killed before it deleted the older version, which the manifest names.
            var keep = docs.Count == 1 ? docs[0] : docs.FirstOrDefault(d => d.Id != entry?.DocumentId) ?? docs[0];
            foreach (var stale in docs.Where(d => d.Id != keep.Id && !byPath.Any(p => p.Key != path && p.Value.Any(o => o.Id == d.Id))))
                File.Delete(DocumentPath(stale.Id));
            if (entry is not null && entry.DocumentId == keep.Id && entry.ContentHash == keep.ContentHash) _entries[path] = entry;
            else
            {
                _entries[path] = new ManifestEntry(path, keep.ContentHash, keep.Id, _time.GetUtcNow());
                changed = true;
            }
        }
        if (known.Keys.Any(k => !_entries.ContainsKey(k))) changed = true;
        if (changed) Commit();
    }

    private void WriteManifest()
    {
        var entries = _entries.Values.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
        AtomicFile.Write(Path.Combine(_root, ManifestFile),
            JsonSerializer.SerializeToUtf8Bytes(new ManifestFile(StoredDocument.CurrentSchemaVersion, entries), StoreJsonContext.Default.ManifestFile));
    }
}
