using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Domain;
using Extractor.Loading;
using Extractor.Storage;

namespace Extractor.Pipeline;

/// <summary>Where ingest writes: the store and index, seen as one sink that knows what it already holds.</summary>
public interface IIngestOutput
{
    /// <summary>Source path → content hash and recorded file stamp of every document already stored.</summary>
    IReadOnlyDictionary<string, StoredSource> StoredSources();

    /// <summary>Stores a processed document, replacing an earlier version from the same source path. Atomic per document.</summary>
    /// <param name="stamp">The source file's stamp as read, or null when it is not to be trusted.</param>
    void Save(ProcessedDocument document, string sourcePath, FileStamp? stamp);

    /// <summary>Records the stamp of a stored source its content hash showed unchanged.</summary>
    void Unchanged(string sourcePath, FileStamp? stamp);

    /// <summary>Drops a document whose source file is gone.</summary>
    void Remove(string sourcePath);

    /// <summary>Rewrites derived, cross-document records (manifest, partners) once the batch is done.</summary>
    void Commit();
}

/// <summary>What the store holds for a source path: its content hash, and its file's stamp when one was recorded.</summary>
public sealed record StoredSource(string ContentHash, FileStamp? Stamp)
{
    public static StoredSource Of(ManifestEntry entry) => new(entry.ContentHash, entry.Stamp);
}

/// <summary>What happened to one input file.</summary>
public enum IngestStatus { Added, Updated, Unchanged, Removed, Failed }

/// <summary>One file's outcome: its status and, for processed documents, what was found (counts, not the document).</summary>
public sealed record IngestOutcome(
    string Path,
    IngestStatus Status,
    Diagnostic? Error = null,
    string? Title = null,
    int Pages = 0,
    int OcrPages = 0,
    int Sections = 0,
    IReadOnlyDictionary<MentionKind, int>? Counts = null,
    TimeSpan Elapsed = default);

/// <summary>What a batch did: how many files ended in each status, the pages read, and the files that failed.</summary>
/// <param name="Failures">The failed files' outcomes, by path.</param>
/// <param name="NotRunBecause">Set when the batch did nothing at all because the pipeline it needed for its changed
/// files could not be made ready (a classifier model that cannot be read): nothing was reported and nothing stored was
/// changed.</param>
public sealed record IngestSummary(IReadOnlyDictionary<IngestStatus, int> Counts, int Pages, int OcrPages, IReadOnlyList<IngestOutcome> Failures,
    Diagnostic? NotRunBecause = null)
{
    /// <summary>A batch that did not run, and why.</summary>
    public static IngestSummary NotRun(Diagnostic why) => new(new Dictionary<IngestStatus, int>(), 0, 0, [], why);

    /// <summary>How many files the batch looked at.</summary>
    public int Files => Counts.Values.Sum();

    /// <summary>How many files ended in <paramref name="status"/>.</summary>
    public int Count(IngestStatus status) => Counts.GetValueOrDefault(status);
}

/// <summary>Progress of a batch: files finished out of files to process.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Path);

/// <summary>A batch's request: the files or folders, whether to redo unchanged files, and how many at once.</summary>
/// <param name="DelayPerDocument">Test hook only: a pause after claiming each document, so tests can kill a worker
/// mid-document deterministically (the CLI reads it from EXTRACTOR_TEST_DELAY_MS). Default: none.</param>
/// <param name="Rehash">Read and hash every file, even one whose stamp equals the recorded one (for files rewritten
/// with their old size and time kept, as some copy and restore tools do). Default: false.</param>
public sealed record IngestRequest(IReadOnlyList<string> Paths, bool Force, int Parallelism, TimeSpan DelayPerDocument = default, bool Rehash = false);

/// <summary>
/// Runs a batch incrementally: unchanged files (the size and write time recorded when they were stored, or else the same
/// content hash) are skipped, changed ones reprocessed, files gone from the inputs dropped. Documents run in parallel;
/// each is saved as soon as it is done, so a killed batch loses only the documents in flight. One bad file never stops
/// the batch.
/// With a shared <see cref="IIngestQueue"/> (several workers on one database), the files to process are enqueued and
/// each of the <see cref="IngestRequest.Parallelism"/> loops claims documents from the queue (whoever enqueued them)
/// until none is left anywhere, waiting for leases of other workers to run out in case they died; the outcomes are then
/// those of the documents this worker processed.
/// Each file's outcome goes to the caller once it is known (those the scan finds when the scan is done) and is then
/// forgotten, so a batch holds no list of them: only the counts of <see cref="IngestSummary"/> and the failures.
/// </summary>
public sealed class IngestRunner(DocumentPipeline pipeline, IIngestOutput output, string baseDirectory, IIngestQueue? queue = null)
{
    private static readonly TimeSpan MaxIdleWait = TimeSpan.FromSeconds(1);

    /// <param name="outcomes">Called with each file's outcome once it is known, one call at a time: first those known
    /// before any processing (missing or unreadable, removed, unchanged), then processed files as they finish.</param>
    public async Task<IngestSummary> RunAsync(IngestRequest request, Action<IngestOutcome>? outcomes = null, IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var summary = new SummaryBuilder(outcomes);
        if (queue is not null) await queue.BeginAsync(cancellationToken).ConfigureAwait(false);
        var (files, problems) = Enumerate(request.Paths);
        var stored = output.StoredSources();
        var unchanged = new List<string>();
        var restamped = new List<(string Key, FileStamp? Stamp)>();
        var unreadable = new List<Diagnostic>();
        var work = new List<(string File, string Key, string Hash, FileStamp? Stamp)>();
        foreach (var file in files)
        {
            var key = Key(file);
            stored.TryGetValue(key, out var known);
            FileStamp stamp;
            string hash;
            // Before the file is looked at: a write during the read that keeps the write time (same tick of a coarse
            // clock) can only happen to a file written within a tick of this moment, which then gets no stamp.
            var readAt = DateTime.UtcNow;
            try
            {
                stamp = FileStamp.Of(new FileInfo(file));
                // Same size and write time as when it was stored: unchanged, without reading it.
                if (!request.Force && !request.Rehash && known?.Stamp == stamp)
                {
                    unchanged.Add(key);
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                hash = FileReading.HashFile(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(new Diagnostic(key, $"cannot be read: {e.Message}"));
                continue;
            }

            var settled = stamp.SettledBy(readAt);
            if (!request.Force && known?.ContentHash == hash)
            {
                unchanged.Add(key);
                if (known.Stamp != settled) restamped.Add((key, settled));
            }
            else work.Add((file, key, hash, settled));
        }

        // The classifiers may still be loading (PipelineFactory.Start); finding what changed ran meanwhile. Only documents to
        // process need them: a batch with none does not wait for them (a re-run with nothing changed then costs the scan
        // alone), and one that cannot process them stops before anything is reported or changed.
        // With a shared queue this worker may also process documents other workers enqueued.
        if ((work.Count > 0 || queue is not null) && await pipeline.WhenReadyAsync().ConfigureAwait(false) is { } notReady)
            return IngestSummary.NotRun(notReady);

        foreach (var p in problems.Concat(unreadable).OrderBy(p => p.File, StringComparer.Ordinal)) summary.Add(new IngestOutcome(p.File, IngestStatus.Failed, p));
        var present = new HashSet<string>(files.Select(Key), StringComparer.Ordinal);
        var roots = request.Paths.Select(p => Key(Path.GetFullPath(p, baseDirectory))).ToList();
        foreach (var gone in stored.Keys.Where(k => !present.Contains(k) && roots.Any(r => IsUnder(k, r))).Order(StringComparer.Ordinal))
        {
            output.Remove(gone);
            summary.Add(new IngestOutcome(gone, IngestStatus.Removed));
        }

        foreach (var key in unchanged) summary.Add(new IngestOutcome(key, IngestStatus.Unchanged));
        foreach (var (key, stamp) in restamped) output.Unchanged(key, stamp);

        var done = 0;
        var gate = new object();
        if (queue is null)
        {
            // Loading runs ahead of the later stages: while a worker cleans, classifies, extracts and saves one document,
            // Poppler is already reading the next. At most 2 × workers + 1 documents are loaded at once (one being
            // processed and one finished loading per worker, one waiting in the channel).
            var loaded = Channel.CreateBounded<Loaded>(new BoundedChannelOptions(1) { SingleWriter = false });
            // Should every worker stop (a failing outcome callback), loading stops too rather than wait on a full channel.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var loading = LoadAllAsync(work, request.Parallelism, loaded.Writer, stop.Token);
            var finishing = Enumerable.Range(0, request.Parallelism).Select(_ => Task.Run(async () =>
            {
                try
                {
                    await foreach (var item in loaded.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        summary.Add(Finish(item, stored.ContainsKey(item.Key), gate));
                        progress?.Report(new IngestProgress(Interlocked.Increment(ref done), work.Count, item.Key));
                    }
                }
                catch
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            }, cancellationToken)).ToList();
            await Task.WhenAll([loading, .. finishing]).ConfigureAwait(false);
        }
        else
        {
            await queue.EnqueueAsync(work.Select(w => new IngestWork(w.Key, w.File, w.Hash)).ToList(), request.Force, cancellationToken).ConfigureAwait(false);
            var loops = Enumerable.Range(0, request.Parallelism).Select(_ => Task.Run(async () =>
            {
                while (await ClaimNextAsync(queue, cancellationToken).ConfigureAwait(false) is { } claim)
                {
                    var outcome = await ProcessClaimAsync(queue, claim, request, stored, gate, cancellationToken).ConfigureAwait(false);
                    summary.Add(outcome);
                    var n = Interlocked.Increment(ref done);
                    progress?.Report(new IngestProgress(n, Math.Max(n, work.Count), claim.Work.SourcePath));
                }
            }, cancellationToken)).ToList();
            await Task.WhenAll(loops).ConfigureAwait(false);
        }

        output.Commit();
        return summary.Build();
    }

    /// <summary>Counts outcomes as they come and hands each on; keeps only the failures.</summary>
    private sealed class SummaryBuilder(Action<IngestOutcome>? report)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<IngestStatus, int> _counts = [];
        private readonly List<IngestOutcome> _failures = [];
        private int _pages, _ocrPages;

        public void Add(IngestOutcome outcome)
        {
            lock (_gate)
            {
                _counts[outcome.Status] = _counts.GetValueOrDefault(outcome.Status) + 1;
                _pages += outcome.Pages;
                _ocrPages += outcome.OcrPages;
                if (outcome.Status == IngestStatus.Failed) _failures.Add(outcome);
                report?.Invoke(outcome);
            }
        }

        public IngestSummary Build()
        {
            lock (_gate) return new IngestSummary(new Dictionary<IngestStatus, int>(_counts), _pages, _ocrPages,
                _failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>The next claim, waiting while other workers hold the only pending documents; null when nothing is pending anywhere.</summary>
    private static async Task<IngestClaim?> ClaimNextAsync(IIngestQueue queue, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await queue.ClaimAsync(cancellationToken).ConfigureAwait(false) is { } claim) return claim;
            if (await queue.PendingElsewhereAsync(cancellationToken).ConfigureAwait(false) is not { } wait) return null;
            // Another worker holds what is left: it finishes it, or dies and its lease runs out; look again soon.
            await Task.Delay(wait < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : wait > MaxIdleWait ? MaxIdleWait : wait, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task<IngestOutcome> ProcessClaimAsync(IIngestQueue queue, IngestClaim claim, IngestRequest request,
        IReadOnlyDictionary<string, StoredSource> stored, object gate, CancellationToken cancellationToken)
    {
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewWhileWorkingAsync(queue, claim, working.Token);
        IngestOutcome outcome;
        try
        {
            if (request.DelayPerDocument > TimeSpan.Zero) await Task.Delay(request.DelayPerDocument, cancellationToken).ConfigureAwait(false);
            outcome = await ProcessAsync(claim.Work.FullPath, claim.Work.SourcePath, stored.ContainsKey(claim.Work.SourcePath), gate, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            await working.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
        }
        if (outcome.Status == IngestStatus.Failed) await queue.FailAsync(claim, outcome.Error?.Problem ?? "failed", cancellationToken).ConfigureAwait(false);
        else await queue.CompleteAsync(claim, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private static async Task RenewWhileWorkingAsync(IIngestQueue queue, IngestClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(queue.RenewEvery, cancellationToken).ConfigureAwait(false);
                // A lost lease (this worker stalled longer than the lease) is not fatal: saves are idempotent upserts.
                if (!await queue.RenewAsync(claim, cancellationToken).ConfigureAwait(false)) return;
            }
        }
        catch (OperationCanceledException)
        {
            // The document is done.
        }
    }

    /// <summary>One file after its first stage: the source document or why it could not be read, how long reading took,
    /// and the file's stamp to record with it.</summary>
    private sealed record Loaded(string Key, Result<SourceDocument> Source, TimeSpan LoadTime, FileStamp? Stamp);

    /// <summary>Loads the files with up to <paramref name="parallelism"/> at once, handing each on as soon as it is read.</summary>
    private async Task LoadAllAsync(IEnumerable<(string File, string Key, string Hash, FileStamp? Stamp)> work, int parallelism, ChannelWriter<Loaded> loaded, CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
                await loaded.WriteAsync(await LoadAsync(item.File, item.Key, item.Hash, item.Stamp, ct).ConfigureAwait(false), ct).ConfigureAwait(false)).ConfigureAwait(false);
            loaded.Complete();
        }
        catch (Exception e)
        {
            loaded.Complete(e);
            throw;
        }
    }

    /// <param name="hash">The file's content hash as the batch computed it, so that the loader need not hash it again; null when not known.</param>
    private async Task<Loaded> LoadAsync(string file, string key, string? hash, FileStamp? stamp, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return new Loaded(key, await pipeline.LoadAsync(file, hash, cancellationToken).ConfigureAwait(false), watch.Elapsed, stamp);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the batch's own cancellation stops the batch; anything else (a loader's own timeout included) fails this file.
            return new Loaded(key, Result<SourceDocument>.Failure(key, DocumentPipeline.InternalError(e)), watch.Elapsed, stamp);
        }
    }

    /// <summary>Runs the stages after loading and saves the document; any failure is the file's outcome, never the batch's.</summary>
    private IngestOutcome Finish(Loaded item, bool wasStored, object gate)
    {
        var key = item.Key;
        // Time spent reading the file plus time spent on it here, not time spent waiting in between.
        var watch = Stopwatch.StartNew();
        try
        {
            if (!item.Source.IsSuccess) return new IngestOutcome(key, IngestStatus.Failed, item.Source.Error! with { File = key }, Elapsed: item.LoadTime);
            var doc = pipeline.Process(item.Source.Value!);
            lock (gate) output.Save(doc, key, item.Stamp);
            return Summarise(key, wasStored ? IngestStatus.Updated : IngestStatus.Added, doc, item.LoadTime + watch.Elapsed);
        }
        catch (Exception e)
        {
            // A bug in one stage must not take the batch down; it is reported with the file it happened on.
            return new IngestOutcome(key, IngestStatus.Failed, new Diagnostic(key, DocumentPipeline.InternalError(e)), Elapsed: item.LoadTime + watch.Elapsed);
        }
    }

    private async Task<IngestOutcome> ProcessAsync(string file, string key, bool wasStored, object gate, CancellationToken cancellationToken) =>
        Finish(await LoadAsync(file, key, hash: null, stamp: null, cancellationToken).ConfigureAwait(false), wasStored, gate);

    private static IngestOutcome Summarise(string key, IngestStatus status, ProcessedDocument doc, TimeSpan elapsed) => new(
        key,
        status,
        Title: doc.Info.Title,
        Pages: doc.Info.PageCount,
        OcrPages: doc.Source.Pages.Count(p => p.Origin == PageTextOrigin.Ocr),
        Sections: doc.Document.Sections.Count,
        Counts: Enum.GetValues<MentionKind>().ToDictionary(k => k, k => doc.Mentions.Count(m => m.Kind == k)),
        Elapsed: elapsed);

    /// <summary>The readable files under the given paths, sorted; paths that do not exist or cannot be read are problems.</summary>
    private (List<string> Files, List<Diagnostic> Problems) Enumerate(IReadOnlyList<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (File.Exists(full))
            {
                if (pipeline.CanRead(full)) files.Add(full);
                else problems.Add(new Diagnostic(Key(full), $"unsupported file type '{Path.GetExtension(full)}' (readable: {string.Join(", ", pipeline.Extensions.Order())})"));
            }
            else if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
                foreach (var f in Directory.EnumerateFiles(full, "*", options))
                    if (pipeline.CanRead(f)) files.Add(f);
            }
            else problems.Add(new Diagnostic(Key(full), "not found"));
        }

        return (files.ToList(), problems);
    }

    /// <summary>How a source is named in outputs: relative to the base directory when inside it, with forward slashes.</summary>
    public string Key(string fullPath)
    {
        var rel = Path.GetRelativePath(baseDirectory, fullPath);
        return (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? fullPath : rel).Replace('\\', '/');
    }

    private static bool IsUnder(string key, string root) => key == root || key.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal) || root == ".";
}
