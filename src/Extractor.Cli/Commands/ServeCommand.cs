using System.CommandLine;
using Extractor.Cli.Web;
using Extractor.Indexing;
using Extractor.Search;

namespace Extractor.Cli.Commands;

/// <summary>`extractor serve [--urls http://127.0.0.1:5080]`: the analyst web page and its JSON API.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="index">Gives the index options when the command runs.</param>
    public static Command Create(Func<IndexOptions> index) => Create(() => new SqliteSearchIndex(index()));

    /// <param name="index">Gives the index (of whichever backend) when the command runs.</param>
    public static Command Create(Func<ISearchIndex> index)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls})", DefaultValueFactory = _ => DefaultUrls };
        var command = new Command("serve", "Serve the search page and API") { urls };
        command.SetAction(async (parse, cancel) =>
        {
            await using var app = SearchWebHost.Build(new SearchService(index()), parse.GetValue(urls) ?? DefaultUrls);
            await app.StartAsync(cancel);
            Console.WriteLine($"serving on {string.Join(", ", app.Urls)}; Ctrl+C to stop");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }
}
