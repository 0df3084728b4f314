using Extractor.Domain;
using Extractor.Storage;

namespace Extractor.Indexing;

/// <summary>
/// The full-text index over stored documents' events and sections. Writers replace one document at a time in a
/// short transaction; readers see every committed write without reopening.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces a document (and drops an older version from the same source path).</summary>
    void Update(StoredDocument document);

    /// <summary>Adds or replaces a processed document.</summary>
    void Update(ProcessedDocument document) => Update(StoredDocumentBuilder.Build(document));

    /// <summary>Removes a document by id; nothing happens when it is not indexed.</summary>
    void Remove(string documentId);

    /// <summary>Empties the index and indexes these documents (the store's content) again.</summary>
    void Rebuild(IEnumerable<StoredDocument> documents);

    IndexResult Search(IndexQuery query);

    IndexedSection? GetSection(string id);

    IndexedEvent? GetEvent(string id);

    IReadOnlyList<IndexedPartner> Partners();
}
