using System.CommandLine;
using Extractor.Cli.Commands;

namespace Extractor.Cli;

/// <summary>The entry point of the `extractor` command.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
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
            """);
        root.Options.Add(GlobalOptions.Config);
        root.Options.Add(GlobalOptions.Verbose);
        root.Options.Add(GlobalOptions.Quiet);
        root.Options.Add(GlobalOptions.LogFormat);
        root.Subcommands.Add(ExtractCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }
}
