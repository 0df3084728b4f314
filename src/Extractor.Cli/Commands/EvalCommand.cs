using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Domain;
using Extractor.Evaluation;
using Extractor.Extraction;
using Extractor.Pipeline;

namespace Extractor.Cli.Commands;

/// <summary>
/// `extractor eval --gold DIR [FILES...]`: runs the pipeline on the documents the gold covers and prints precision,
/// recall and F1 per kind and their macro average (ANNOTATION.md "How a system's output is compared").
/// </summary>
public static class EvalCommand
{
    private static readonly string[] DocumentExtensions = [".txt", ".md", ".pdf"];

    public static Command Create(Func<ParseResult, DocumentPipeline?> pipeline)
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold NAME.jsonl files (and RANGES.tsv).", Required = true };
        var files = new Argument<string[]>("files")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Documents or folders to look for NAME.txt/.md/.pdf in. Default: seeds/.",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var details = new Option<bool>("--details")
        {
            Description = "List the false positives and false negatives per kind, and the partners matched events disagree on.",
        };
        var command = new Command("eval", "Score the pipeline's mentions against hand-made gold.") { gold, files, json, details };
        command.SetAction(async (parse, cancel) =>
        {
            var problems = new List<Diagnostic>();
            var goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir))
            {
                Console.Error.WriteLine($"error: {goldDir}: gold folder not found; pass --gold with the folder holding NAME.jsonl files");
                return 2;
            }

            var set = GoldSet.ReadDirectory(goldDir, problems);
            var inputs = parse.GetValue(files) is { Length: > 0 } given ? given : ["seeds"];
            if (pipeline(parse) is not { } p) return 2;
            var system = new List<EvalMention>();
            var scored = new List<string>();
            foreach (var doc in set.Documents.Keys.Order(StringComparer.Ordinal))
            {
                if (Find(doc, inputs) is not { } path)
                {
                    problems.Add(new Diagnostic(doc, $"no document named {doc}.txt/.md/.pdf in {string.Join(", ", inputs)}; not scored"));
                    continue;
                }

                var result = await p.ProcessFileAsync(path, cancel);
                if (!result.IsSuccess)
                {
                    problems.Add(result.Error!);
                    continue;
                }

                // "page 3 has no text layer and was not recognised: tesseract not found": a score on pages left unread must say so.
                problems.AddRange(result.Value!.Warnings);
                scored.Add(doc);
                system.AddRange(result.Value!.Mentions.Select(m => EvalMention.From(result.Value!, m)));
            }

            foreach (var problem in problems) Console.Error.WriteLine($"warning: {problem}");
            if (scored.Count == 0)
            {
                // An empty score reads 1.000 everywhere (nothing missed, nothing wrong): no table rather than a perfect one.
                Console.Error.WriteLine($"error: {goldDir}: none of its {set.Documents.Count} gold documents was found or read in {string.Join(", ", inputs)}; nothing scored");
                return 1;
            }

            var report = Scorer.Score(set, system, scored);
            Console.Out.WriteLine(parse.GetValue(json) ? ToJson(report, parse.GetValue(details)) : ToTable(report, parse.GetValue(details)));
            return 0;
        });
        return command;
    }

    private static string? Find(string doc, IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (File.Exists(input) && string.Equals(Path.GetFileNameWithoutExtension(input), doc, StringComparison.Ordinal)) return input;
            if (!Directory.Exists(input)) continue;
            foreach (var ext in DocumentExtensions)
            {
                var candidate = Path.Combine(input, doc + ext);
                if (File.Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    private static string ToTable(EvaluationReport report, bool details)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(inv, $"documents: {string.Join(", ", report.Documents)}");
        sb.AppendLine(inv, $"{"kind",-13} {"tp",5} {"fp",5} {"fn",5} {"P",7} {"R",7} {"F1",7}");
        foreach (var k in report.Kinds)
            sb.AppendLine(inv, $"{MentionJson.Kind(k.Kind),-13} {k.TruePositives,5} {k.FalsePositives,5} {k.FalseNegatives,5} {k.Precision,7:0.000} {k.Recall,7:0.000} {k.F1,7:0.000}");
        sb.AppendLine(inv, $"{"macro",-13} {"",5} {"",5} {"",5} {report.MacroPrecision,7:0.000} {report.MacroRecall,7:0.000} {report.MacroF1,7:0.000}");
        var ep = report.EventPartners;
        sb.AppendLine(inv, $"{"ev. partners",-13} {ep.TruePositives,5} {ep.FalsePositives,5} {ep.FalseNegatives,5} {ep.Precision,7:0.000} {ep.Recall,7:0.000} {ep.F1,7:0.000}  (partner lists of matched events; not in the macro)");
        if (!details) return sb.ToString().TrimEnd();
        foreach (var kind in Scorer.AllKinds)
        {
            var errors = report.Errors.Where(e => e.Mention.Kind == kind).ToList();
            if (errors.Count == 0) continue;
            sb.AppendLine();
            sb.AppendLine(inv, $"== {MentionJson.Kind(kind)}");
            foreach (var e in errors.OrderBy(e => e.Mention.Doc, StringComparer.Ordinal).ThenBy(e => e.Mention.Line))
                sb.AppendLine(inv, $"{(e.FalsePositive ? "FP" : "FN")} {Where(e.Mention)} {e.Mention.Key}{(e.Mention.EventDate is { } d ? $" @{d}" : "")}  «{e.Mention.Text}»");
        }

        if (report.EventPartnerDifferences.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("== ev. partners (matched events whose partner lists differ: FP the system's extra names, FN the gold's missed ones)");
            foreach (var d in report.EventPartnerDifferences)
            {
                sb.AppendLine(inv, $"{Where(d.Gold)} {d.Gold.Key}{(d.Gold.EventDate is { } date ? $" @{date}" : "")}  (system line {d.System.Line})");
                if (d.Extra.Count > 0) sb.AppendLine(inv, $"   FP {string.Join(" | ", d.Extra)}");
                if (d.Missed.Count > 0) sb.AppendLine(inv, $"   FN {string.Join(" | ", d.Missed)}");
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>"001:1290 " — the document's number (its first three characters) and the line, padded for a column.</summary>
    private static string Where(EvalMention m) => string.Create(CultureInfo.InvariantCulture, $"{m.Doc[..Math.Min(3, m.Doc.Length)]}:{m.Line,-5}");

    private static string ToJson(EvaluationReport report, bool details)
    {
        var o = new JsonObject
        {
            ["documents"] = new JsonArray(report.Documents.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()),
            ["kinds"] = new JsonObject(report.Kinds.Select(k => KeyValuePair.Create(MentionJson.Kind(k.Kind), (JsonNode?)new JsonObject
            {
                ["tp"] = k.TruePositives, ["fp"] = k.FalsePositives, ["fn"] = k.FalseNegatives,
                ["precision"] = Math.Round(k.Precision, 4), ["recall"] = Math.Round(k.Recall, 4), ["f1"] = Math.Round(k.F1, 4),
            }))),
            ["macro"] = new JsonObject
            {
                ["precision"] = Math.Round(report.MacroPrecision, 4), ["recall"] = Math.Round(report.MacroRecall, 4), ["f1"] = Math.Round(report.MacroF1, 4),
            },
            ["eventPartners"] = new JsonObject
            {
                ["tp"] = report.EventPartners.TruePositives, ["fp"] = report.EventPartners.FalsePositives, ["fn"] = report.EventPartners.FalseNegatives,
                ["precision"] = Math.Round(report.EventPartners.Precision, 4), ["recall"] = Math.Round(report.EventPartners.Recall, 4),
                ["f1"] = Math.Round(report.EventPartners.F1, 4),
            },
        };
        if (details)
        {
            o["errors"] = new JsonArray(report.Errors.Select(e => (JsonNode?)new JsonObject
            {
                ["type"] = e.FalsePositive ? "fp" : "fn", ["doc"] = e.Mention.Doc, ["kind"] = MentionJson.Kind(e.Mention.Kind),
                ["line"] = e.Mention.Line, ["text"] = e.Mention.Text, ["value"] = e.Mention.Key, ["date"] = e.Mention.EventDate,
            }).ToArray());
            o["eventPartnerDifferences"] = new JsonArray(report.EventPartnerDifferences.Select(d => (JsonNode?)new JsonObject
            {
                ["doc"] = d.Gold.Doc, ["line"] = d.Gold.Line, ["systemLine"] = d.System.Line, ["title"] = d.Gold.Key, ["date"] = d.Gold.EventDate,
                ["fp"] = new JsonArray(d.Extra.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
                ["fn"] = new JsonArray(d.Missed.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            }).ToArray());
        }

        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
