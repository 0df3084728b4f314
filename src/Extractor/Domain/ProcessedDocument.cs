namespace Extractor.Domain;

/// <summary>A document after every stage: its sections (with their labels), and the mentions extracted from it.</summary>
/// <param name="Warnings">Problems that did not stop the document (an unreadable page, a stage that gave up).</param>
public sealed record ProcessedDocument(SectionedDocument Document, IReadOnlyList<Mention> Mentions, IReadOnlyList<Diagnostic> Warnings)
{
    public DocumentInfo Info => Document.Info;
    public SourceDocument Source => Document.Clean.Source;

    /// <summary>Where a mention starts in the source.</summary>
    public SourcePosition Locate(Mention mention) => Document.Clean.Map.Locate(mention.Span.Start);
}
