using System.CommandLine;
using Extractor.Storage;

namespace Extractor.Cli.Commands;

/// <summary>`extractor export [--output FILE]`: every stored document as JSON lines (one StoredDocument per line, in id order).</summary>
public static class ExportCommand
{
    /// <param name="store">Gives the store (of whichever backend) when the command runs.</param>
    public static Command Create(Func<IDocumentStore> store, TextWriter? output = null)
    {
        var file = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Dump the document store as JSON lines") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            using var writer = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            var count = Run(store(), writer ?? output ?? Console.Out);
            if (path is not null) Console.Error.WriteLine($"exported {count} document(s) to {path}");
            return 0;
        });
        return command;
    }

    /// <summary>Writes the documents; returns how many.</summary>
    public static int Run(IDocumentStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var count = 0;
        foreach (var document in store.ReadAll())
        {
            output.Write(System.Text.Encoding.UTF8.GetString(JsonDocumentStore.Serialize(document)));
            output.Write('\n');
            count++;
        }
        output.Flush();
        return count;
    }
}
