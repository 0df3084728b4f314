using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extractor.Indexing;
using Extractor.Storage;

namespace Extractor.Cli.Commands;

/// <summary>`extractor reindex`: rebuilds the search index from the JSON store alone.</summary>
public static class ReindexCommand
{
    /// <param name="store">Gives the store options when the command runs.</param>
    /// <param name="index">Gives the index options when the command runs.</param>
    public static Command Create(Func<StoreOptions> store, Func<IndexOptions> index, TextWriter? output = null)
    {
        var command = new Command("reindex", "Rebuild the search index from the document store");
        command.SetAction(_ => Run(store(), index(), output ?? Console.Out));
        return command;
    }

    public static int Run(StoreOptions store, IndexOptions index, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var documents = 0;
        var events = 0;
        new SqliteSearchIndex(index).Rebuild(new JsonDocumentStore(store).ReadAll().Select(d =>
        {
            documents++;
            events += d.Events.Count;
            return d;
        }));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reindexed {documents} document(s), {events} event(s) into {index.Path} in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
