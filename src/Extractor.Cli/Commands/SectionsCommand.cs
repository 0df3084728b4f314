using System.CommandLine;
using System.Text.Json;
using Extractor.Pipeline;

namespace Extractor.Cli.Commands;

/// <summary>
/// `extractor sections FILE...` (hidden): one JSON line per section with its document, title, level, position and full text,
/// the raw material for labelling sections in corpus/labels/sections.jsonl.
/// </summary>
public static class SectionsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(Func<ParseResult, DocumentPipeline?> pipeline)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files to section (.pdf, .txt, .md)." };
        var name = new Option<string?>("--doc") { Description = "Document name to write instead of the file name (one file only)." };
        var documents = new Option<bool>("--documents") { Description = "Print one line per document instead (doc, title, pages, sections, chars, text: the first 4000 characters of the clean text), the raw material of corpus/labels/documents.jsonl." };
        var command = new Command("sections", "Print every section as one JSON line: doc, document title, pages, index, count, position (start / text length), title, level, text.") { files, name, documents };
        command.Hidden = true;
        command.SetAction(async (parse, cancel) =>
        {
            if (pipeline(parse) is not { } p) return 2;
            var failures = 0;
            foreach (var file in parse.GetValue(files)!)
            {
                var result = await p.ProcessFileAsync(file, cancel);
                if (!result.IsSuccess)
                {
                    failures++;
                    Console.Error.WriteLine($"error: {result.Error}");
                    continue;
                }

                var d = result.Value!.Document;
                var doc = parse.GetValue(name) ?? Path.GetFileName(file);
                if (parse.GetValue(documents))
                {
                    var clean = d.Clean.Text;
                    var sample = clean.Length > Extractor.Classification.Linear.LinearDocumentClassifier.SampleChars ? clean[..Extractor.Classification.Linear.LinearDocumentClassifier.SampleChars] : clean;
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { doc, title = d.Info.Title, pages = d.Info.PageCount, sections = d.Sections.Count, chars = clean.Length, text = sample }, Json));
                    continue;
                }

                for (var i = 0; i < d.Sections.Count; i++)
                {
                    var s = d.Sections[i];
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        doc, docTitle = d.Info.Title, pages = d.Info.PageCount, index = i, count = d.Sections.Count,
                        position = d.Clean.Text.Length == 0 ? 0 : Math.Round((double)s.Span.Start / d.Clean.Text.Length, 4),
                        title = s.Title, level = s.Level, text = d.Clean.Slice(s.Span),
                    }, Json));
                }
            }

            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
