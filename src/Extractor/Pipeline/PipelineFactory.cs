using Extractor.Cleaning;
using Extractor.Configuration;
using Extractor.Extraction;
using Extractor.Loading.Ocr;
using Extractor.Loading.Pdf;
using Extractor.Sectioning;

namespace Extractor.Pipeline;

/// <summary>Composes the pipeline from pipeline.json, through the same builder calls code would make.</summary>
public static class PipelineFactory
{
    public static DocumentPipeline Create(PipelineConfig config, IReadOnlyDictionary<string, string>? extraPasswords = null)
    {
        var extraction = config.Extraction with { Gazetteer = config.Resolve(config.Extraction.Gazetteer) };
        var passwords = config.Pdf.Passwords.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (file, password) in extraPasswords ?? new Dictionary<string, string>()) passwords[file] = password;
        var pdf = new PdfOptions
        {
            TimeoutSeconds = config.Pdf.TimeoutSeconds,
            Passwords = passwords,
            MaxPages = config.Pdf.MaxPages,
            ReadTypography = config.Pdf.ReadTypography,
        };
        var ocr = new OcrOptions
        {
            Enabled = config.Ocr.Enabled,
            Language = config.Ocr.Language,
            Dpi = config.Ocr.Dpi,
            PageTimeoutSeconds = config.Ocr.PageTimeoutSeconds,
            MinTextChars = config.Ocr.MinTextChars,
        };
        return new DocumentPipelineBuilder()
            .UseLoader(new OcrPdfLoader(new PdfLoader(pdf), ocr, passwords))
            .UseCleaner(new TextCleaner(config.Cleaning))
            .UseSplitter(new SectionSplitter(config.Sectioning))
            .UseExtractors(ExtractorCatalog.Default(extraction, config.BaseDirectory), extraction.SkipSectionTypes)
            .Build();
    }
}
