using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Domain;
using Extractor.Extraction;

namespace Extractor.Cli.Commands;

/// <summary>`extractor extract FILE...`: runs the pipeline on files and prints what it found, without storing anything.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files to extract from (.pdf, .txt, .md)." };
        var format = new Option<string>("--format") { Description = "mentions: one JSON line per mention (ANNOTATION.md format); json: one JSON document per file; text: the clean text; sections: the section tree.", DefaultValueFactory = _ => "mentions" };
        format.AcceptOnlyFromAmong("mentions", "json", "text", "sections");
        var command = new Command("extract", "Extract mentions from files and print them to stdout (nothing is stored).") { files, format };
        command.SetAction(async (parse, cancel) =>
        {
            using var host = CliHost.Start(parse);
            if (host is null) return CliHost.UsageError;
            if (host.BuildPipeline() is not { } p) return CliHost.UsageError;
            var failed = new List<Diagnostic>();
            foreach (var file in parse.GetValue(files)!)
            {
                var result = await p.ProcessFileAsync(file, cancel);
                if (!result.IsSuccess)
                {
                    failed.Add(result.Error!);
                    Console.Error.WriteLine($"error: {result.Error}");
                    continue;
                }

                Write(result.Value!, parse.GetValue(format)!);
            }

            return failed.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static void Write(ProcessedDocument document, string format)
    {
        var o = Console.Out;
        switch (format)
        {
            case "mentions":
                foreach (var m in document.Mentions) o.WriteLine(MentionJson.ToLine(document, m));
                break;
            case "text":
                o.WriteLine(document.Document.Clean.Text);
                break;
            case "sections":
                foreach (var s in document.Document.Sections)
                    o.WriteLine($"{new string(' ', 2 * Math.Max(0, s.Level - 1))}[{s.Level}] {s.Title} (p.{s.FirstPage}-{s.LastPage}, {s.Span.Length} chars{(s.Type is { } t ? $", {t.Name} {t.Probability:0.00}" : "")})");
                break;
            default:
                var json = new JsonObject
                {
                    ["document"] = JsonSerializer.SerializeToNode(new
                    {
                        id = document.Info.Id, path = document.Info.SourcePath, title = document.Info.Title,
                        period = document.Info.Period?.ToIso(), pages = document.Info.PageCount, kind = document.Info.Kind?.Name,
                    }),
                    ["sections"] = new JsonArray(document.Document.Sections.Select(s => (JsonNode?)JsonSerializer.SerializeToNode(new
                    {
                        id = s.Id, title = s.Title, level = s.Level, parent = s.ParentId, firstPage = s.FirstPage, lastPage = s.LastPage, type = s.Type?.Name,
                    })).ToArray()),
                    ["mentions"] = new JsonArray(document.Mentions.Select(m => (JsonNode?)MentionJson.ToJson(document, m)).ToArray()),
                };
                o.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                break;
        }
    }
}
