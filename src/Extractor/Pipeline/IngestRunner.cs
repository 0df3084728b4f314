using System.Collections.Concurrent;
using System.Diagnostics;
using Extractor.Domain;

namespace Extractor.Pipeline;

/// <summary>Where ingest writes: the store and index, seen as one sink that knows what it already holds.</summary>
public interface IIngestOutput
{
    /// <summary>Source path → content hash of every document already stored.</summary>
    IReadOnlyDictionary<string, string> StoredHashes();

    /// <summary>Stores a processed document, replacing an earlier version from the same source path. Atomic per document.</summary>
    void Save(ProcessedDocument document, string sourcePath);

    /// <summary>Drops a document whose source file is gone.</summary>
    void Remove(string sourcePath);

    /// <summary>Rewrites derived, cross-document records (manifest, partners) once the batch is done.</summary>
    void Commit();
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

/// <summary>Progress of a batch: files finished out of files to process.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Path);

/// <summary>A batch's request: the files or folders, whether to redo unchanged files, and how many at once.</summary>
public sealed record IngestRequest(IReadOnlyList<string> Paths, bool Force, int Parallelism);

/// <summary>
/// Runs a batch incrementally: unchanged files (same content hash) are skipped, changed ones reprocessed, files gone from
/// the inputs dropped. Documents run in parallel; each is saved as soon as it is done, so a killed batch loses only the
/// documents in flight. One bad file never stops the batch.
/// </summary>
public sealed class IngestRunner(DocumentPipeline pipeline, IIngestOutput output, string baseDirectory)
{
    public async Task<IReadOnlyList<IngestOutcome>> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new ConcurrentBag<IngestOutcome>();
        var (files, problems) = Enumerate(request.Paths);
        foreach (var p in problems) outcomes.Add(new IngestOutcome(p.File, IngestStatus.Failed, p));

        var stored = output.StoredHashes();
        var present = new HashSet<string>(files.Select(Key), StringComparer.Ordinal);
        var roots = request.Paths.Select(p => Key(Path.GetFullPath(p))).ToList();
        foreach (var gone in stored.Keys.Where(k => !present.Contains(k) && roots.Any(r => IsUnder(k, r))).Order(StringComparer.Ordinal))
        {
            output.Remove(gone);
            outcomes.Add(new IngestOutcome(gone, IngestStatus.Removed));
        }

        var work = new List<(string File, string Key, string Hash)>();
        foreach (var file in files)
        {
            var key = Key(file);
            string hash;
            try
            {
                hash = await HashAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outcomes.Add(new IngestOutcome(key, IngestStatus.Failed, new Diagnostic(key, $"cannot be read: {e.Message}")));
                continue;
            }

            if (!request.Force && stored.TryGetValue(key, out var old) && old == hash) outcomes.Add(new IngestOutcome(key, IngestStatus.Unchanged));
            else work.Add((file, key, hash));
        }

        var done = 0;
        var gate = new object();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = request.Parallelism, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var watch = Stopwatch.StartNew();
            IngestOutcome outcome;
            try
            {
                var result = await pipeline.ProcessFileAsync(item.File, ct).ConfigureAwait(false);
                if (result.IsSuccess)
                {
                    var doc = result.Value!;
                    lock (gate) output.Save(doc, item.Key);
                    outcome = Summarise(item.Key, stored.ContainsKey(item.Key) ? IngestStatus.Updated : IngestStatus.Added, doc, watch.Elapsed);
                }
                else outcome = new IngestOutcome(item.Key, IngestStatus.Failed, result.Error! with { File = item.Key }, Elapsed: watch.Elapsed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in one stage must not take the batch down; it is reported with the file it happened on.
                outcome = new IngestOutcome(item.Key, IngestStatus.Failed, new Diagnostic(item.Key, $"internal error: {e.GetType().Name}: {e.Message}"), Elapsed: watch.Elapsed);
            }

            outcomes.Add(outcome);
            progress?.Report(new IngestProgress(Interlocked.Increment(ref done), work.Count, item.Key));
        }).ConfigureAwait(false);

        output.Commit();
        return outcomes.OrderBy(o => o.Path, StringComparer.Ordinal).ToList();
    }

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

    private static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
