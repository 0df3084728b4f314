namespace Extractor.Storage;

/// <summary>Options of the JSON document store.</summary>
/// <param name="Directory">The store's folder; created when missing. Holds documents/, manifest.json and partners.json.</param>
public sealed record StoreOptions(string Directory);
