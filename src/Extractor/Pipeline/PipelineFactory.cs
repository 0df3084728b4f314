using Extractor.Cleaning;
using Extractor.Configuration;
using Extractor.Extraction;
using Extractor.Sectioning;

namespace Extractor.Pipeline;

/// <summary>Composes the pipeline from pipeline.json, through the same builder calls code would make.</summary>
public static class PipelineFactory
{
    public static DocumentPipeline Create(PipelineConfig config, IReadOnlyDictionary<string, string>? extraPasswords = null)
    {
        var extraction = config.Extraction with { Gazetteer = config.Resolve(config.Extraction.Gazetteer) };
        return new DocumentPipelineBuilder()
            .UseCleaner(new TextCleaner(config.Cleaning))
            .UseSplitter(new SectionSplitter(config.Sectioning))
            .UseExtractors(ExtractorCatalog.Default(extraction, config.BaseDirectory), extraction.SkipSectionTypes)
            .Build();
    }
}
