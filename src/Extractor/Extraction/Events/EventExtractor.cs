using Extractor.Domain;

namespace Extractor.Extraction.Events;

/// <summary>Placeholder.</summary>
public sealed class EventExtractor : IMentionExtractor
{
    public MentionKind Kind => MentionKind.Event;
    public IReadOnlyList<Mention> Extract(ExtractionInput input) => [];
}
