using System.Globalization;
using Extractor.Indexing;

namespace Extractor.Bench;

/// <summary>The `search` suite: indexing speed and search latency of the SQLite index at 100,000 synthetic events.</summary>
public static class SearchBenchmark
{
    public static IReadOnlyList<string> Run(int events = 100_000, int searches = 1_000)
    {
        var dir = Path.Combine(Path.GetTempPath(), "extractor-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var report = IndexBenchmark.Run(Path.Combine(dir, "bench.db"), events, searches);
            Console.Error.WriteLine(report);
            var load = LoadAverage();
            var n = events.ToString("N0", CultureInfo.InvariantCulture);
            var rows = new List<string>
            {
                $"| index, {IndexBenchmark.IngestBatch} documents per transaction (ingest): events/s ({n} events, {report.Documents:N0} documents) | {report.EventsPerSecond:N0} | {report.IndexSeconds:F1} s; load {load} |",
                $"| index, rebuild (reindex): events/s ({n} events) | {report.RebuildEventsPerSecond:N0} | {report.RebuildSeconds:F1} s; load {load} |",
                $"| search p50 / p95 / p99 ({n} events, {report.Searches} searches) | {report.SearchP50Ms:F1} / {report.SearchP95Ms:F1} / {report.SearchP99Ms:F1} ms | max {report.SearchMaxMs:F1} ms; {IndexBenchmark.Queries.Count} analyst queries in turn; load {load} |",
            };
            foreach (var (query, p50, p95) in report.PerQuery ?? [])
                rows.Add($"| search `{query.Replace("|", "\\|", StringComparison.Ordinal)}` p50 / p95 | {p50:F1} / {p95:F1} ms | |");
            return rows;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
