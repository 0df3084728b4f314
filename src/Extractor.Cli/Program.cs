using System.CommandLine;
using Extractor.Cli.Commands;
using Extractor.Configuration;
using Extractor.Indexing;
using Extractor.Pipeline;
using Extractor.Storage;

namespace Extractor.Cli;

/// <summary>The entry point of the `extractor` command.</summary>
public static class Program
{
    private static readonly Dictionary<string, BackendUse> BackendUses = new(StringComparer.Ordinal)
    {
        ["ingest"] = BackendUse.ReadWrite,
        ["reindex"] = BackendUse.ReadWrite,
        ["search"] = BackendUse.ReadOnly,
        ["serve"] = BackendUse.ReadOnly,
        ["export"] = BackendUse.ReadOnly,
    };

    /// <summary>Time since Main started: what a verb reports as its run time (the process's own start time is the
    /// ./extractor script's, which execs the runtime after building it).</summary>
    internal static readonly System.Diagnostics.Stopwatch Uptime = System.Diagnostics.Stopwatch.StartNew();

    public static async Task<int> Main(string[] args)
    {
        PipelineConfig? config = null;
        PipelineConfig Config() => config ?? throw new InvalidOperationException("The configuration is read before any verb runs.");
        Backend? backend = null;
        Backend Storage() => backend ?? throw new InvalidOperationException("The backend is opened before any verb that uses it runs.");

        var root = new RootCommand(
            """
            Extractor: Spanish municipal reports and city-network brochures → events, dates, partner organisations,
            money amounts and participant counts, in a JSON store and a full-text index.

            Examples:
              extractor ingest                      ingest the inputs of pipeline.json (seeds/ and corpus/)
              extractor ingest informes/ --force    ingest a folder, redoing unchanged files
              extractor extract informe.pdf         print the mentions found in a file (JSON lines)
              extractor eval --gold ../shared/gold  precision, recall and F1 against hand-made gold
              extractor search "reunión" --partner CGLU --from 2021-07
              extractor serve                       the analysts' web page on http://127.0.0.1:5080
              extractor db migrate                  create or upgrade the PostgreSQL schema (backend.kind "postgres")
            """);
        root.Options.Add(GlobalOptions.Config);
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.Quiet);
        root.Options.Add(GlobalOptions.LogFormat);
        root.Subcommands.Add(IngestCommand.Create(_ => Storage().IngestOutput(), _ => Storage().Queue));
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create(_ => CliHost.Compose(Config())));
        root.Subcommands.Add(SearchCommand.Create(() => Storage().Index()));
        root.Subcommands.Add(ReindexCommand.Create(() => Storage().Store(), () => Storage().Index(),
            () => Storage().Kind == "postgres" ? "the PostgreSQL database" : Config().Resolve(Config().Output.Index)));
        root.Subcommands.Add(ServeCommand.Create(() => Storage().Index()));
        root.Subcommands.Add(ExportCommand.Create(() => Storage().Store()));
        root.Subcommands.Add(DbCommand.Create(Config));
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(SectionsCommand.Create(_ => CliHost.Compose(Config())));

        var parse = root.Parse(args);
        if (parse.Errors.Count == 0 && parse.CommandResult.Command != root)
        {
            var loaded = CliHost.LoadConfig(parse);
            if (!loaded.IsSuccess)
            {
                Console.Error.WriteLine($"error: {loaded.Error}");
                return CliHost.UsageError;
            }

            config = loaded.Value;
            // Verbs that read or write the store open the configured backend first, so a missing connection variable or
            // a database at the wrong schema version is one clear message before anything runs.
            if (BackendUses.TryGetValue(parse.CommandResult.Command.Name, out var use))
            {
                var opened = Backends.Open(config!, use, warn: message => Console.Error.WriteLine($"warning: {message}"));
                if (!opened.IsSuccess)
                {
                    Console.Error.WriteLine($"error: {opened.Error}");
                    return CliHost.UsageError;
                }
                backend = opened.Value;
            }
        }

        using (backend) return await parse.InvokeAsync();
    }
}
