using Extractor.Domain;

namespace Extractor.Storage;

/// <summary>
/// The normalized store of processed documents. Saves and removals take effect on disk at once (one file per
/// document); <see cref="Commit"/> rewrites the derived files (manifest, partners). Not safe for two writers.
/// </summary>
public interface IDocumentStore
{
    /// <summary>What the store holds, by source path (including saves and removals not yet committed).</summary>
    StoreManifest ReadManifest();

    /// <summary>Stores a document, replacing any earlier version from the same source path. Idempotent.</summary>
    StoredDocument Save(ProcessedDocument document);

    /// <summary>Stores a document with its source file's stamp (null: none to trust); a store that keeps no stamps ignores it.</summary>
    StoredDocument Save(ProcessedDocument document, FileStamp? stamp) => Save(document);

    /// <summary>Records the stamp of a stored source found unchanged by its content (null: none to trust).</summary>
    void RecordStamp(string sourcePath, FileStamp? stamp)
    {
    }

    /// <summary>
    /// Removes what is stored for a source path; nothing happens when there is none. Returns the id of the document
    /// this deleted, or null when none was (no entry, or its content is still stored for another path).
    /// </summary>
    string? Remove(string sourcePath);

    /// <summary>Brings the derived records (the manifest and the partners) up to date with the saves and removals.</summary>
    void Commit();

    /// <summary>Every stored document, read one at a time, in document id order.</summary>
    IEnumerable<StoredDocument> ReadAll();

    /// <summary>One stored document by id, or null.</summary>
    StoredDocument? Read(string documentId);

    /// <summary>Every partner across the committed documents (what building partners.json from every document gives).</summary>
    IReadOnlyList<PartnerRecord> ReadPartners();
}
