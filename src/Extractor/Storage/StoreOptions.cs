namespace Extractor.Storage;

/// <summary>Options of the JSON document store.</summary>
/// <param name="Directory">The store's folder; created when missing. Holds documents/, manifest.json, partners.json with
/// partners.tally.json and partners.delta.jsonl (the changes not yet written into them), and partners.pending while
/// changes are not yet committed.</param>
public sealed record StoreOptions(string Directory)
{
    /// <summary>
    /// Told, in one line naming the file, of each stored document file that cannot be read when the store opens; such
    /// a file is moved to damaged/ (kept, not deleted) and its source counts as not stored, so the next ingest redoes it.
    /// </summary>
    public Action<string>? Warn { get; init; }
}
