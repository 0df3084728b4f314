namespace Extractor.Indexing;

/// <summary>Options of the SQLite search index.</summary>
/// <param name="Path">The database file; created with its tables when missing. WAL files sit beside it.</param>
public sealed record IndexOptions(string Path);
