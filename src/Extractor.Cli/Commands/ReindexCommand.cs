using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extractor.Indexing;
using Extractor.Storage;

namespace Extractor.Cli.Commands;

/// <summary>`extractor reindex`: rebuilds the search index from the document store alone.</summary>
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

    /// <param name="store">Gives the store (of whichever backend) when the command runs.</param>
    /// <param name="index">Gives the index of the same backend.</param>
    /// <param name="describe">Names the index in the report (a file path, or the database).</param>
    public static Command Create(Func<IDocumentStore> store, Func<ISearchIndex> index, Func<string> describe, TextWriter? output = null)
    {
        var command = new Command("reindex", "Rebuild the search index from the document store");
        command.SetAction(_ => Run(store(), index(), describe(), output ?? Console.Out));
        return command;
    }

    public static int Run(StoreOptions store, IndexOptions index, TextWriter output) =>
        Run(new JsonDocumentStore(store), new SqliteSearchIndex(index), index.Path, output);

    public static int Run(IDocumentStore store, ISearchIndex index, string indexName, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var documents = 0;
        var events = 0;
        index.Rebuild(store.ReadAll().Select(d =>
        {
            documents++;
            events += d.Events.Count;
            return d;
        }));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reindexed {documents} document(s), {events} event(s) into {indexName} in {watch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
