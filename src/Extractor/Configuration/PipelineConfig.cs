using System.Text.Json;
using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Sectioning;

namespace Extractor.Configuration;

/// <summary>Where outputs go: the JSON store, the search index, the logs.</summary>
public sealed record OutputConfig(string Store, string Index, string Logs);

/// <summary>PDF parsing through Poppler.</summary>
public sealed record PdfConfig(int TimeoutSeconds, IReadOnlyDictionary<string, string> Passwords, int MaxPages, bool ReadTypography, bool SinglePass);

/// <summary>OCR of pages without a text layer.</summary>
public sealed record OcrConfig(bool Enabled, string Language, int Dpi, int PageTimeoutSeconds, int MinTextChars);

/// <summary>The trained classifiers.</summary>
public sealed record ClassificationConfig(bool Enabled, string SectionModel, string DocumentModel);

/// <summary>Which storage backend serves the store and index; PostgreSQL's connection string comes from an environment variable only.</summary>
/// <param name="LeaseSeconds">PostgreSQL: how long a worker's claim on a document lasts without renewal. Default: 300.</param>
/// <param name="ReadConnectionStringVariable">PostgreSQL: a variable holding a read-only (replica) connection string for
/// search, serve and export; when absent or unset they use the main one. Default: none.</param>
public sealed record BackendConfig(string Kind, string ConnectionStringVariable, int LeaseSeconds = 300, string? ReadConnectionStringVariable = null);

/// <summary>Logging: level, console format and the rolling log file.</summary>
public sealed record LoggingConfig(string Level, string Format, bool File);

/// <summary>
/// Every setting of the pipeline, as read from pipeline.json (keys documented in docs/configuration.md).
/// Relative paths are resolved against the directory of pipeline.json.
/// </summary>
public sealed record PipelineConfig(
    string BaseDirectory,
    IReadOnlyList<string> Inputs,
    int Parallelism,
    OutputConfig Output,
    PdfConfig Pdf,
    OcrConfig Ocr,
    CleaningOptions Cleaning,
    SectioningOptions Sectioning,
    ClassificationConfig Classification,
    ExtractionOptions Extraction,
    BackendConfig Backend,
    LoggingConfig Logging)
{
    /// <summary>The configuration when no pipeline.json is given: every default.</summary>
    public static PipelineConfig Defaults(string baseDirectory) => Parse("{}", baseDirectory, "defaults").Value!;

    /// <summary>An absolute path for a configured one.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));

    /// <summary>Reads pipeline.json; every problem is reported at once, each naming its key.</summary>
    public static Result<PipelineConfig> Load(string file)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<PipelineConfig>.Failure(file, $"cannot be read: {e.Message}");
        }

        return Parse(json, Path.GetDirectoryName(Path.GetFullPath(file))!, file);
    }

    public static Result<PipelineConfig> Parse(string json, string baseDirectory, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Result<PipelineConfig>.Failure(name, $"is not valid JSON: {e.Message}");
        }

        using (doc)
        {
            var errors = new List<string>();
            var r = ConfigReader.Root(doc.RootElement, errors);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) errors.Add("the top level must be a JSON object");

            var inputs = r.Strings("inputs", ["seeds", "corpus/documents"]);
            var parallelism = r.Int("parallelism", Math.Max(1, Environment.ProcessorCount), 1, 64);

            var o = r.Object("output");
            var output = new OutputConfig(o.String("store", "out/store"), o.String("index", "out/index.db"), o.String("logs", "out/logs"));
            o.RejectUnknownKeys();

            var p = r.Object("pdf");
            var pdf = new PdfConfig(p.Int("timeoutSeconds", 60, 1, 3600), p.StringMap("passwords"), p.Int("maxPages", 0, 0, 100_000), p.Bool("readTypography", true), p.Bool("singlePass", true));
            p.RejectUnknownKeys();

            var oc = r.Object("ocr");
            var ocr = new OcrConfig(oc.Bool("enabled", true), oc.String("language", "spa"), oc.Int("dpi", 300, 72, 1200),
                oc.Int("pageTimeoutSeconds", 120, 1, 3600), oc.Int("minTextChars", 20, 0, 10_000));
            oc.RejectUnknownKeys();

            var c = r.Object("cleaning");
            var cd = new CleaningOptions();
            var cleaning = new CleaningOptions
            {
                RunningLineMinShare = c.Double("runningLineMinShare", cd.RunningLineMinShare, 0, 1),
                RunningLineMinPages = c.Int("runningLineMinPages", cd.RunningLineMinPages, 2, 10_000),
                EdgeLines = c.Int("edgeLines", cd.EdgeLines, 0, 20),
                DebrisMinRun = c.Int("debrisMinRun", cd.DebrisMinRun, 2, 100),
                JoinHyphenation = c.Bool("joinHyphenation", cd.JoinHyphenation),
            };
            c.RejectUnknownKeys();

            var s = r.Object("sectioning");
            var sd = new SectioningOptions();
            var sectioning = new SectioningOptions
            {
                MaxHeadingLength = s.Int("maxHeadingLength", sd.MaxHeadingLength, 10, 1000),
                MaxHeadingLines = s.Int("maxHeadingLines", sd.MaxHeadingLines, 1, 20),
                HeadingFontRatio = s.Double("headingFontRatio", sd.HeadingFontRatio, 1, 5),
            };
            s.RejectUnknownKeys();

            var cl = r.Object("classification");
            var classification = new ClassificationConfig(cl.Bool("enabled", true), cl.String("sectionModel", "models/section-classifier.json"),
                cl.String("documentModel", "models/document-classifier.json"));
            cl.RejectUnknownKeys();

            var e = r.Object("extraction");
            var ed = new ExtractionOptions();
            var extraction = new ExtractionOptions
            {
                Gazetteer = e.String("gazetteer", ed.Gazetteer),
                SkipSectionTypes = e.Strings("skipSectionTypes", ed.SkipSectionTypes),
                SkipMinProbability = e.Double("skipMinProbability", ed.SkipMinProbability, 0, 1),
            };
            foreach (var t in extraction.SkipSectionTypes.Where(t => !SectionTypes.All.Contains(t)))
                errors.Add($"'extraction.skipSectionTypes' has unknown section type \"{t}\" (known: {string.Join(", ", SectionTypes.All)})");
            e.RejectUnknownKeys();

            var b = r.Object("backend");
            var backend = new BackendConfig(b.String("kind", "sqlite", "sqlite", "postgres"), b.String("connectionStringVariable", "EXTRACTOR_PG"),
                b.Int("leaseSeconds", 300, 1, 86_400), b.String("readConnectionStringVariable", "") is { Length: > 0 } read ? read : null);
            b.RejectUnknownKeys();

            var l = r.Object("logging");
            var logging = new LoggingConfig(l.String("level", "Information", "Verbose", "Debug", "Information", "Warning", "Error"),
                l.String("format", "text", "text", "json"), l.Bool("file", true));
            l.RejectUnknownKeys();

            r.RejectUnknownKeys();
            if (errors.Count > 0)
                return Result<PipelineConfig>.Failure(name, (errors.Count == 1 ? "has an error: " : $"has {errors.Count} errors: ") + string.Join("; ", errors));
            return Result<PipelineConfig>.Success(new PipelineConfig(baseDirectory, inputs, parallelism, output, pdf, ocr, cleaning, sectioning,
                classification, extraction, backend, logging));
        }
    }
}
