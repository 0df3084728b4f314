using System.Security.Cryptography;
using System.Text.Json;
using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>One hand-labelled section, self-contained: everything the features need is in the row.</summary>
/// <param name="Position">Where the section starts in its document's clean text, 0 to 1.</param>
/// <param name="Pages">Pages of the section's document (1 when the row does not say).</param>
/// <param name="Synthetic">True for written training-only documents (corpus/labels/synthetic.jsonl): never in a test fold of the headline evaluation.</param>
public sealed record SectionSample(string Doc, int Index, string Title, int Level, double Position, string Text, string Label, int Pages = 1, bool Synthetic = false)
{
    public SectionInput Input => new(Title, Text, Level, Position);
}

/// <summary>One hand-labelled document: its title, shape (pages, sections, characters) and the start of its text.</summary>
public sealed record DocumentSample(string Doc, string Title, int Pages, int Sections, int Chars, string Text, string Label);

/// <summary>A labelled data file as read: its rows and the SHA-256 of its bytes (saved in the model for provenance).</summary>
public sealed record LabelledFile<T>(string Path, string Sha256, IReadOnlyList<T> Rows);

/// <summary>Reads corpus/labels/sections.jsonl and documents.jsonl.</summary>
public static class LabelledSamples
{
    public static Result<LabelledFile<SectionSample>> ReadSections(string path) => Read(path, (e, line) => new SectionSample(
        Str(e, "doc", line), e.TryGetProperty("index", out var i) ? i.GetInt32() : 0, Str(e, "title", line),
        e.GetProperty("level").GetInt32(), e.GetProperty("position").GetDouble(), Str(e, "text", line), Str(e, "label", line),
        e.TryGetProperty("pages", out var p) ? p.GetInt32() : 1, e.TryGetProperty("synthetic", out var s) && s.ValueKind == JsonValueKind.True));

    public static Result<LabelledFile<DocumentSample>> ReadDocuments(string path) => Read(path, (e, line) => new DocumentSample(
        Str(e, "doc", line), Str(e, "title", line), e.GetProperty("pages").GetInt32(), e.GetProperty("sections").GetInt32(),
        e.GetProperty("chars").GetInt32(), Str(e, "text", line), Str(e, "label", line)));

    private static string Str(JsonElement e, string name, int line) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"line {line}: missing string field '{name}'");

    private static Result<LabelledFile<T>> Read<T>(string path, Func<JsonElement, int, T> parse)
    {
        if (!File.Exists(path)) return Result<LabelledFile<T>>.Failure(path, "labelled data not found (expected JSON Lines under corpus/labels/)");
        var bytes = File.ReadAllBytes(path);
        var rows = new List<T>();
        var lineNumber = 0;
        using var reader = new StreamReader(new MemoryStream(bytes));
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                rows.Add(parse(json.RootElement, lineNumber));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                return Result<LabelledFile<T>>.Failure(path, $"line {lineNumber} is not a valid labelled row: {ex.Message}");
            }
        }

        return Result<LabelledFile<T>>.Success(new LabelledFile<T>(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), rows));
    }
}
