using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Extractor.Configuration;
using Extractor.Indexing;
using Extractor.Pipeline;
using Extractor.Storage;

namespace Extractor.Bench;

/// <summary>
/// Scale: a synthetic corpus generated from the seeds (never committed), ingested in a fresh child process so peak
/// memory is the ingest's own: wall time and peak memory at 1,000 and 10,000 documents, then an incremental re-run with
/// nothing changed and with 1% of the files changed.
/// </summary>
public static class ScaleBenchmark
{
    public static IReadOnlyList<string> Run(string root, IReadOnlyList<int> sizes)
    {
        var rows = new List<string>();
        foreach (var size in sizes)
        {
            var work = Directory.CreateTempSubdirectory($"extractor-bench-scale-{size}-");
            try
            {
                var docs = SyntheticCorpus.Write(Path.Combine(root, "seeds"), Path.Combine(work.FullName, "docs"), size, paragraphsPerDocument: 12);
                var mb = docs.Sum(f => new FileInfo(f).Length) / 1e6;
                var full = Child(work.FullName);
                var nothing = Child(work.FullName);
                foreach (var f in docs.Where((_, i) => i % 100 == 0)) SyntheticCorpus.Touch(f, seed: 7);
                var onePercent = Child(work.FullName);
                rows.Add($"| {size:N0} documents ({mb:0} MB): full ingest | {full.Seconds:0.0} s, {size / full.Seconds:0} docs/s | peak memory {full.PeakMiB:0} MiB |");
                rows.Add($"| {size:N0} documents: re-run, nothing changed | {nothing.Seconds:0.00} s | {100 * nothing.Seconds / full.Seconds:0.0}% of the full run; peak {nothing.PeakMiB:0} MiB |");
                rows.Add($"| {size:N0} documents: re-run, 1% changed | {onePercent.Seconds:0.00} s | {100 * onePercent.Seconds / full.Seconds:0.0}% of the full run |");
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        return rows;
    }

    private sealed record ChildResult(double Seconds, double PeakMiB);

    /// <summary>Runs `Extractor.Bench ingest-child DIR` in a new process and reads its JSON line.</summary>
    private static ChildResult Child(string work)
    {
        var self = Environment.ProcessPath!;
        var dll = typeof(ScaleBenchmark).Assembly.Location;
        var start = self.EndsWith("dotnet", StringComparison.Ordinal) ? new ProcessStartInfo(self, [dll, "ingest-child", work]) : new ProcessStartInfo(self, ["ingest-child", work]);
        start.RedirectStandardOutput = true;
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.StartsWith('{'));
        using var json = JsonDocument.Parse(line);
        return new ChildResult(json.RootElement.GetProperty("seconds").GetDouble(), json.RootElement.GetProperty("peakMiB").GetDouble());
    }

    /// <summary>
    /// The child: ingest WORK/docs into WORK/store and WORK/index.db with pipeline.json's settings (2 workers), print time
    /// and peak memory. The time covers what an `extractor ingest` does after the runtime starts: loading the models,
    /// opening the store and the index, and the run.
    /// </summary>
    public static int IngestChild(string root, string work)
    {
        var watch = Stopwatch.StartNew();
        var config = PipelineConfig.Load(Path.Combine(root, "pipeline.json")).Value!;
        config = config with { Logging = config.Logging with { File = false }, Parallelism = 2 };
        var pipeline = PipelineFactory.Start(config).Value!;
        var output = new StoreAndIndexOutput(
            new JsonDocumentStore(new StoreOptions(Path.Combine(work, "store")), TimeProvider.System),
            new SqliteSearchIndex(new IndexOptions(Path.Combine(work, "index.db"))));
        var summary = new IngestRunner(pipeline, output, work).RunAsync(new IngestRequest([Path.Combine(work, "docs")], Force: false, 2)).Result;
        var seconds = watch.Elapsed.TotalSeconds;
        var failed = summary.Count(IngestStatus.Failed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"seconds\": {seconds:0.000}, \"peakMiB\": {Measure.PeakMemoryMiB():0.0}, \"documents\": {summary.Files}, \"failed\": {failed}}}"));
        return failed == 0 ? 0 : 1;
    }
}
