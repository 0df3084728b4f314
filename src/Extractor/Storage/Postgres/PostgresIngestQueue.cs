using Npgsql;

namespace Extractor.Storage.Postgres;

/// <summary>
/// The ingest queue in the shared database (table ingest_queue, keyed by source path and content hash). Claims use
/// <c>SELECT … FOR UPDATE SKIP LOCKED</c>, so concurrent workers never take the same row, and set a lease
/// (<c>leased_until</c>) with a fresh token; the worker renews it while it works. A row whose lease ran out is
/// claimable again, so the document of a worker that died is finished by another; after
/// <see cref="PostgresOptions.MaxAttempts"/> such claims it is marked failed rather than crash workers forever.
/// Completion and failure only count when the token still matches (a worker that lost its lease cannot overwrite
/// the state its successor wrote). All times are the database's clock, so machines need not agree on theirs.
/// </summary>
public sealed class PostgresIngestQueue : IIngestQueue
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresOptions _options;
    private readonly string _worker;
    private DateTimeOffset _runStart = DateTimeOffset.UnixEpoch;

    /// <param name="worker">How this worker is named in the queue (leased_by). Default: host:pid.</param>
    public PostgresIngestQueue(NpgsqlDataSource source, PostgresOptions options, string? worker = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _worker = worker ?? $"{Environment.MachineName}:{Environment.ProcessId}";
    }

    public TimeSpan RenewEvery => _options.Lease / 3;

    public async Task BeginAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand("SELECT now()", c);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        _runStart = r.GetFieldValue<DateTimeOffset>(0);
    }

    public async Task EnqueueAsync(IReadOnlyList<IngestWork> work, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.Count == 0) return;
        await using var c = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Finished rows are queued again when the store no longer holds that content for the path (it was removed, or
        // the document failed), or when forcing and they finished before this run began; pending rows stay as they are.
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO ingest_queue (source_path, content_hash, full_path)
            SELECT * FROM unnest(@paths::text[], @hashes::text[], @fulls::text[])
            ON CONFLICT (source_path, content_hash) DO UPDATE
                SET status = 'pending', attempts = 0, lease_token = NULL, leased_by = NULL, leased_until = NULL,
                    finished_at = NULL, error = NULL, full_path = excluded.full_path, enqueued_at = now()
                WHERE ingest_queue.status <> 'pending'
                  AND ((@force AND ingest_queue.finished_at < @start)
                       OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.source_path = ingest_queue.source_path
                                                                AND s.content_hash = ingest_queue.content_hash))
            """, c);
        cmd.Parameters.AddWithValue("paths", work.Select(w => w.SourcePath).ToArray());
        cmd.Parameters.AddWithValue("hashes", work.Select(w => w.ContentHash).ToArray());
        cmd.Parameters.AddWithValue("fulls", work.Select(w => w.FullPath).ToArray());
        cmd.Parameters.AddWithValue("force", force);
        cmd.Parameters.AddWithValue("start", _runStart);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IngestClaim?> ClaimAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var token = Guid.NewGuid();
            await using var cmd = new NpgsqlCommand("""
                UPDATE ingest_queue q
                SET attempts = q.attempts + 1, lease_token = @token, leased_by = @worker, leased_until = now() + @lease
                FROM (SELECT source_path, content_hash FROM ingest_queue
                      WHERE status = 'pending' AND (leased_until IS NULL OR leased_until < now())
                      ORDER BY enqueued_at, source_path
                      LIMIT 1
                      FOR UPDATE SKIP LOCKED) next
                WHERE q.source_path = next.source_path AND q.content_hash = next.content_hash
                RETURNING q.source_path, q.full_path, q.content_hash, q.attempts
                """, c);
            cmd.Parameters.AddWithValue("token", token);
            cmd.Parameters.AddWithValue("worker", _worker);
            cmd.Parameters.AddWithValue("lease", _options.Lease);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
            var claim = new IngestClaim(new IngestWork(r.GetString(0), r.GetString(1), r.GetString(2)), token, r.GetInt32(3));
            await r.DisposeAsync().ConfigureAwait(false);
            if (claim.Attempt <= _options.MaxAttempts) return claim;
            // Every earlier holder died or lost its lease on this document: it is likely what kills them.
            await FailAsync(claim, $"abandoned: {claim.Attempt - 1} workers held it and stopped without finishing (died or lost the lease)", cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task<TimeSpan?> PendingElsewhereAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand("""
            SELECT count(*), GREATEST(EXTRACT(EPOCH FROM MIN(leased_until) - now()), 0)::double precision
            FROM ingest_queue WHERE status = 'pending'
            """, c);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (r.GetInt64(0) == 0) return null;
        return r.IsDBNull(1) ? TimeSpan.Zero : TimeSpan.FromSeconds(r.GetDouble(1));
    }

    public async Task<bool> RenewAsync(IngestClaim claim, CancellationToken cancellationToken = default) =>
        await UpdateClaimAsync(claim, "leased_until = now() + @lease", null, cancellationToken).ConfigureAwait(false);

    public async Task CompleteAsync(IngestClaim claim, CancellationToken cancellationToken = default) =>
        await UpdateClaimAsync(claim, "status = 'done', finished_at = now(), leased_until = NULL, error = NULL", null, cancellationToken).ConfigureAwait(false);

    public async Task FailAsync(IngestClaim claim, string error, CancellationToken cancellationToken = default) =>
        await UpdateClaimAsync(claim, "status = 'failed', finished_at = now(), leased_until = NULL, error = @error", error, cancellationToken).ConfigureAwait(false);

    private async Task<bool> UpdateClaimAsync(IngestClaim claim, string set, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var c = await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand(
            $"UPDATE ingest_queue SET {set} WHERE source_path = @p AND content_hash = @h AND lease_token = @token AND status = 'pending'", c);
        cmd.Parameters.AddWithValue("p", claim.Work.SourcePath);
        cmd.Parameters.AddWithValue("h", claim.Work.ContentHash);
        cmd.Parameters.AddWithValue("token", claim.Token);
        cmd.Parameters.AddWithValue("lease", _options.Lease);
        cmd.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
