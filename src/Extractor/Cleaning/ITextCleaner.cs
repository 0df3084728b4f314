using Extractor.Domain;

namespace Extractor.Cleaning;

/// <summary>Turns loaded pages of lines into one clean text of blocks, keeping a map back to the source.</summary>
public interface ITextCleaner
{
    CleanDocument Clean(SourceDocument document);
}
