using Extractor.Classification;
using Extractor.Classification.Linear;
using Extractor.Cleaning;
using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Loading.Ocr;
using Extractor.Loading.Pdf;
using Extractor.Sectioning;

namespace Extractor.Pipeline;

/// <summary>Composes the pipeline from pipeline.json, through the same builder calls code would make.</summary>
public static class PipelineFactory
{
    /// <summary>The pipeline pipeline.json describes, ready to run; a model or gazetteer that cannot be read is a failed result naming the file.</summary>
    public static Result<DocumentPipeline> Create(PipelineConfig config, IReadOnlyDictionary<string, string>? extraPasswords = null)
    {
        var pipeline = Start(config, extraPasswords);
        if (!pipeline.IsSuccess) return pipeline;
        return pipeline.Value!.WhenReadyAsync().GetAwaiter().GetResult() is { } problem ? Result<DocumentPipeline>.Failure(problem) : pipeline;
    }

    /// <summary>
    /// The same pipeline with its classifier models still loading on the thread pool (about 0.2 s), so that a batch can
    /// find its changed files meanwhile: a model file that cannot be read or parsed is reported by
    /// <see cref="DocumentPipeline.WhenReadyAsync"/>. A missing model file or a gazetteer that cannot be read is a failed
    /// result at once.
    /// </summary>
    public static Result<DocumentPipeline> Start(PipelineConfig config, IReadOnlyDictionary<string, string>? extraPasswords = null)
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
            LayoutHelperPath = config.Pdf.SinglePass ? PdfOptions.BundledLayoutHelper : null,
        };
        var ocr = new OcrOptions
        {
            Enabled = config.Ocr.Enabled,
            Language = config.Ocr.Language,
            Dpi = config.Ocr.Dpi,
            PageTimeoutSeconds = config.Ocr.PageTimeoutSeconds,
            MinTextChars = config.Ocr.MinTextChars,
        };
        var builder = new DocumentPipelineBuilder();
        if (config.Classification.Enabled)
        {
            var sectionModel = config.Resolve(config.Classification.SectionModel);
            var documentModel = config.Resolve(config.Classification.DocumentModel);
            // A model path that names no file is a configuration error, reported before anything runs even by a batch
            // that will have nothing to classify; a file that does not parse is found by the loading itself.
            if ((ModelFile.Missing(sectionModel) ?? ModelFile.Missing(documentModel)) is { } missing) return Result<DocumentPipeline>.Failure(missing);
            builder.UseClassifiers(Task.Run(() => LoadClassifiers(sectionModel, documentModel)));
        }

        var extractors = ExtractorCatalog.Create(extraction, config.BaseDirectory);
        if (!extractors.IsSuccess) return Result<DocumentPipeline>.Failure(extractors.Error!);
        return Result<DocumentPipeline>.Success(builder
            .UseLoader(new OcrPdfLoader(new PdfLoader(pdf), ocr, passwords))
            .UseCleaner(new TextCleaner(config.Cleaning))
            .UseSplitter(new SectionSplitter(config.Sectioning))
            .UseExtractors(extractors.Value!, extraction.SkipSectionTypes, extraction.SkipMinProbability)
            .Build());
    }

    private static Result<Classifiers> LoadClassifiers(string sectionModel, string documentModel)
    {
        var sections = LinearSectionClassifier.Load(sectionModel);
        if (!sections.IsSuccess) return Result<Classifiers>.Failure(sections.Error!);
        var documents = LinearDocumentClassifier.Load(documentModel);
        if (!documents.IsSuccess) return Result<Classifiers>.Failure(documents.Error!);
        return Result<Classifiers>.Success(new Classifiers(sections.Value, documents.Value));
    }
}
