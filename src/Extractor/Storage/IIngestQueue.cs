namespace Extractor.Storage;

/// <summary>A file to ingest: its key in the store (the source path as outputs name it), where to read it, and its content hash.</summary>
public sealed record IngestWork(string SourcePath, string FullPath, string ContentHash);

/// <summary>A document this worker holds: the work and the lease token that proves the claim is still its own.</summary>
public sealed record IngestClaim(IngestWork Work, Guid Token, int Attempt);

/// <summary>
/// The ingest work shared by several workers (processes, possibly on several machines): each enqueues what it found,
/// then claims documents one at a time under a lease it renews while working. A claim whose lease runs out (its worker
/// died) goes to another worker; a document is held by one worker at a time.
/// </summary>
public interface IIngestQueue
{
    /// <summary>Marks the start of this worker's run (work finished before it counts as old when forcing).</summary>
    Task BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds work, keyed by source path and content hash; work already queued is not duplicated. With force, finished work is queued again.</summary>
    Task EnqueueAsync(IReadOnlyList<IngestWork> work, bool force, CancellationToken cancellationToken = default);

    /// <summary>A document to process, or null when none can be claimed now.</summary>
    Task<IngestClaim?> ClaimAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// When none can be claimed: how long until a lease held by another worker runs out (its document may need taking
    /// over), or null when no work is pending at all.
    /// </summary>
    Task<TimeSpan?> PendingElsewhereAsync(CancellationToken cancellationToken = default);

    /// <summary>Extends the lease; false when the claim was lost (its lease ran out and another worker took it).</summary>
    Task<bool> RenewAsync(IngestClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Marks the document done (after its output was saved).</summary>
    Task CompleteAsync(IngestClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Marks the document failed with the reason (an unreadable or broken file is not retried by this run).</summary>
    Task FailAsync(IngestClaim claim, string error, CancellationToken cancellationToken = default);

    /// <summary>How often a held claim is renewed.</summary>
    TimeSpan RenewEvery { get; }
}
