using System.CommandLine;
using Extractor.Domain;
using Extractor.Pipeline;
using Spectre.Console;

namespace Extractor.Cli.Commands;

/// <summary>`extractor ingest [PATH...]`: the main job — incremental ingest into the store and index, with a summary per document.</summary>
public static class IngestCommand
{
    /// <summary>Test hook: milliseconds a worker waits after claiming each document (see docs/deployment.md).</summary>
    public const string TestDelayVariable = "EXTRACTOR_TEST_DELAY_MS";

    /// <param name="output">Where documents go.</param>
    /// <param name="queue">The queue shared with other workers (PostgreSQL), or null when this run owns its files.</param>
    public static Command Create(Func<CliHost, IIngestOutput> output, Func<CliHost, Extractor.Storage.IIngestQueue?>? queue = null)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to ingest (default: pipeline.json's inputs)." };
        var force = new Option<bool>("--force") { Description = "Reprocess every file, changed or not." };
        var rehash = new Option<bool>("--rehash")
        {
            Description = "Read every file to compare its content, even one whose size and modification time are those the store recorded.",
        };
        var passwords = new Option<string[]>("--password") { Description = "A PDF's user password, as FILE=PASSWORD (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("ingest", "Ingest reports into the store and index; unchanged files are skipped, deleted ones dropped.")
        {
            paths, force, rehash, passwords,
        };
        command.SetAction(async (parse, cancel) =>
        {
            using var host = CliHost.Start(parse);
            if (host is null) return CliHost.UsageError;
            var extra = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in parse.GetValue(passwords) ?? [])
            {
                var eq = p.IndexOf('=');
                if (eq <= 0)
                {
                    Console.Error.WriteLine($"error: --password takes FILE=PASSWORD (got '{p}')");
                    return CliHost.UsageError;
                }

                extra[p[..eq]] = p[(eq + 1)..];
            }

            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given.ToList() : host.Config.Inputs.Select(host.Config.Resolve).ToList();
            if (!Prerequisites.EnsureFor(inputs, host)) return 1;
            // The models load while the store and index open and the batch finds its changed files.
            if (host.StartPipeline(extra) is not { } pipeline) return CliHost.UsageError;
            var runner = new IngestRunner(pipeline, output(host), host.Config.BaseDirectory, queue?.Invoke(host));
            var delay = int.TryParse(Environment.GetEnvironmentVariable(TestDelayVariable), out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
            var request = new IngestRequest(inputs, parse.GetValue(force), host.Config.Parallelism, delay, parse.GetValue(rehash));
            host.Log.Information("Ingesting {Inputs} with {Parallelism} workers", inputs, request.Parallelism);

            IngestSummary summary;
            if (!Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
            {
                // Rows written through AnsiConsole appear above the progress bar.
                AnsiConsole.WriteLine(Header);
                summary = await AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("ingest", maxValue: 1);
                        var progress = new Progress<IngestProgress>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                            task.Description = Markup.Escape(Path.GetFileName(p.Path));
                        });
                        return await runner.RunAsync(request, o => AnsiConsole.WriteLine(Row(o)), progress, cancel);
                    });
            }
            else
            {
                Console.Out.WriteLine(Header);
                var progress = new Progress<IngestProgress>(p => host.Log.Information("[{Done}/{Total}] {Path}", p.Done, p.Total, p.Path));
                summary = await runner.RunAsync(request, o => Console.Out.WriteLine(Row(o)), progress, cancel);
            }

            if (summary.NotRunBecause is { } notRun)
            {
                Console.Error.WriteLine($"error: {notRun}");
                return CliHost.UsageError;
            }

            Report(summary);
            return summary.Count(IngestStatus.Failed) > 0 ? 1 : 0;
        });
        return command;
    }

    private static readonly string Header =
        $"{"document",-48} {"status",-9} {"pages",5} {"sect",5} {"events",6} {"dates",5} {"partn",5} {"amount",6} {"partic",6}";

    /// <summary>One document's line of the table, printed as soon as the document is done.</summary>
    private static string Row(IngestOutcome r)
    {
        var c = r.Counts;
        string N(MentionKind k) => c is null ? "" : c[k].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = r.Path.Length > 48 ? "…" + r.Path[^47..] : r.Path;
        return r.Status is IngestStatus.Added or IngestStatus.Updated
            ? $"{name,-48} {r.Status.ToString().ToLowerInvariant(),-9} {r.Pages,5} {r.Sections,5} {N(MentionKind.Event),6} {N(MentionKind.Date),5} {N(MentionKind.Partner),5} {N(MentionKind.Amount),6} {N(MentionKind.Participants),6}"
            : $"{name,-48} {r.Status.ToString().ToLowerInvariant(),-9}";
    }

    /// <summary>The closing lines: what happened to how many files, how long since the program started, at what peak
    /// memory (for batch jobs' logs; the scale benchmark reads the memory from here).</summary>
    private static void Report(IngestSummary summary)
    {
        var o = Console.Out;
        var counts = summary.Counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}");
        // On Linux the peak working set is the kernel's high-water mark of resident memory (VmHWM).
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var peakMiB = self.PeakWorkingSet64 / 1048576.0;
        var elapsed = Program.Uptime.Elapsed;
        o.WriteLine();
        o.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{summary.Files} files: {string.Join(", ", counts)}; {summary.Pages} pages processed{(summary.OcrPages > 0 ? $" ({summary.OcrPages} by OCR)" : "")} " +
            $"in {elapsed.TotalSeconds:0.00} s; peak memory {peakMiB:0} MiB."));
        if (summary.Failures.Count == 0) return;
        Console.Error.WriteLine($"{summary.Failures.Count} file(s) failed:");
        foreach (var f in summary.Failures) Console.Error.WriteLine($"  {f.Error}");
    }
}
