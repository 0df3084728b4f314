using System.CommandLine;
using Extractor.Cli.Commands;
using Extractor.Extraction;
using Extractor.Pipeline;

namespace Extractor.Cli;

/// <summary>The entry point of the `extractor` command.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Extractor: Spanish municipal reports → events, dates, partners, amounts and participant counts.");
        root.Subcommands.Add(ExtractCommand.Create(_ => BuildPipeline()));
        root.Subcommands.Add(SectionsCommand.Create(_ => BuildPipeline()));
        root.Subcommands.Add(TrainCommand.Create());
        return await root.Parse(args).InvokeAsync();
    }

    private static DocumentPipeline BuildPipeline()
    {
        var options = new ExtractionOptions();
        return new DocumentPipelineBuilder()
            .UseExtractors(ExtractorCatalog.Default(options, Directory.GetCurrentDirectory()), options.SkipSectionTypes)
            .Build();
    }
}
