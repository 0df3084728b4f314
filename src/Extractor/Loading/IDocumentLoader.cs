using Extractor.Domain;

namespace Extractor.Loading;

/// <summary>Reads one file format into a <see cref="SourceDocument"/>.</summary>
public interface IDocumentLoader
{
    /// <summary>The file extensions this loader reads, lower-case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Loads the file. Expected failures (unreadable, encrypted, damaged) are results, never exceptions.</summary>
    Task<Result<SourceDocument>> LoadAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the file whose SHA-256 the caller has just computed (an ingest hashes every file to find the changed ones):
    /// a loader that would hash the file again takes this instead. The default ignores it.
    /// </summary>
    Task<Result<SourceDocument>> LoadAsync(string path, string? contentHash, CancellationToken cancellationToken) => LoadAsync(path, cancellationToken);
}
