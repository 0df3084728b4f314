using Extractor.Domain;

namespace Extractor.Sectioning;

/// <summary>Finds a clean document's headings and builds its section tree and document info.</summary>
public interface ISectionSplitter
{
    SectionedDocument Split(CleanDocument document);
}
