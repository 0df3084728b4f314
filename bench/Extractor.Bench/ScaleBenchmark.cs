using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Extractor.Bench;

/// <summary>
/// Scale: a synthetic corpus generated from the seeds (never committed), ingested by the real `extractor ingest` (the CLI
/// published ReadyToRun, as ./extractor runs it) in a fresh process each time: wall time and peak memory at 1,000 and
/// 10,000 documents, then an incremental re-run with nothing changed and with 1% of the files changed.
/// </summary>
public static class ScaleBenchmark
{
    public static IReadOnlyList<string> Run(string root, IReadOnlyList<int> sizes)
    {
        var cli = PublishCli(root);
        var rows = new List<string>();
        try
        {
            foreach (var size in sizes)
            {
                var work = Directory.CreateTempSubdirectory($"extractor-bench-scale-{size}-");
                try
                {
                    var docs = SyntheticCorpus.Write(Path.Combine(root, "seeds"), Path.Combine(work.FullName, "docs"), size, paragraphsPerDocument: 12);
                    var mb = docs.Sum(f => new FileInfo(f).Length) / 1e6;
                    var config = WriteConfig(root, work.FullName);
                    // The corpus exists before the run, as a nightly job's does: files written in the last moments before
                    // they are read get no recorded stamp (FileStamp.SettleTime), and the re-run would hash them again.
                    Thread.Sleep(Extractor.Storage.FileStamp.SettleTime);
                    var full = Ingest(cli, config);
                    var nothing = Ingest(cli, config);
                    foreach (var f in docs.Where((_, i) => i % 100 == 0)) SyntheticCorpus.Touch(f, seed: 7);
                    var onePercent = Ingest(cli, config);
                    rows.Add($"| {size:N0} documents ({mb:0} MB): full ingest | {full.Seconds:0.0} s, {size / full.Seconds:0} docs/s | peak memory {full.PeakMiB:0} MiB |");
                    rows.Add($"| {size:N0} documents: re-run, nothing changed | {nothing.Seconds:0.00} s | {100 * nothing.Seconds / full.Seconds:0.0}% of the full run; peak {nothing.PeakMiB:0} MiB |");
                    rows.Add($"| {size:N0} documents: re-run, 1% changed | {onePercent.Seconds:0.00} s | {100 * onePercent.Seconds / full.Seconds:0.0}% of the full run; peak {onePercent.PeakMiB:0} MiB |");
                }
                finally
                {
                    work.Delete(recursive: true);
                }
            }
        }
        finally
        {
            Directory.Delete(cli, recursive: true);
        }

        return rows;
    }

    private sealed record IngestResult(double Seconds, double PeakMiB);

    /// <summary>Publishes the CLI as ./extractor does (Release, ReadyToRun) into a temporary folder; returns the folder.</summary>
    private static string PublishCli(string root)
    {
        var folder = Directory.CreateTempSubdirectory("extractor-bench-cli-").FullName;
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "Extractor.Cli", "Extractor.Cli.csproj"), "-c", "Release",
            "--use-current-runtime", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"publishing the CLI failed:\n{output}{err.Result}");
        return folder;
    }

    /// <summary>pipeline.json's settings with WORK/docs as input, the store and index in WORK, 2 workers, no log file.</summary>
    private static string WriteConfig(string root, string work)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "pipeline.json")))!.AsObject();
        config["inputs"] = new JsonArray("docs");
        config["parallelism"] = 2;
        config["output"] = new JsonObject { ["store"] = "store", ["index"] = "index.db", ["logs"] = "logs" };
        config["logging"] = new JsonObject { ["level"] = "Warning", ["file"] = false };
        foreach (var (section, key) in new[] { ("classification", "sectionModel"), ("classification", "documentModel"), ("extraction", "gazetteer") })
            config[section]![key] = Path.Combine(root, config[section]![key]!.GetValue<string>());
        var path = Path.Combine(work, "pipeline.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    /// <summary>
    /// `extractor ingest` in a new process: the wall time from starting it to its exit (runtime start-up, loading the
    /// models, opening the store and index, the run) and the peak memory its summary line reports (VmHWM).
    /// </summary>
    private static IngestResult Ingest(string cli, string config)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(cli, "Extractor.Cli.dll"), "ingest", "-q", "--config", config])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(config)!,
        };
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var peak = Regex.Match(output, @"peak memory (\d+) MiB\.\s*$");
        if (p.ExitCode != 0 || !peak.Success) throw new InvalidOperationException($"extractor ingest exited with {p.ExitCode}:\n{err.Result}");
        return new IngestResult(seconds, double.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture));
    }
}
