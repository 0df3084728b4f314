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
    public static async Task<int> Main(string[] args)
    {
        PipelineConfig? config = null;
        PipelineConfig Config() => config ?? throw new InvalidOperationException("The configuration is read before any verb runs.");
        IndexOptions Index() => new(Config().Resolve(Config().Output.Index));
        StoreOptions Store() => new(Config().Resolve(Config().Output.Store));

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
            """);
        root.Options.Add(GlobalOptions.Config);
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.Quiet);
        root.Options.Add(GlobalOptions.LogFormat);
        root.Subcommands.Add(IngestCommand.Create(host => new StoreAndIndexOutput(
            new JsonDocumentStore(new StoreOptions(host.Config.Resolve(host.Config.Output.Store)), TimeProvider.System),
            new SqliteSearchIndex(new IndexOptions(host.Config.Resolve(host.Config.Output.Index))))));
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create(_ => CliHost.Compose(Config())));
        root.Subcommands.Add(SearchCommand.Create(Index));
        root.Subcommands.Add(ReindexCommand.Create(Store, Index));
        root.Subcommands.Add(ServeCommand.Create(Index));
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
        }

        return await parse.InvokeAsync();
    }
}
