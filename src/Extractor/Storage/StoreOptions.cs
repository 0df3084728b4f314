namespace Extractor.Storage;

/// <summary>Options of the JSON document store.</summary>
/// <param name="Directory">The store's folder; created when missing. Holds documents/, manifest.json and partners.json
/// (and partners.pending while changes are not yet in partners.json).</param>
public sealed record StoreOptions(string Directory);
