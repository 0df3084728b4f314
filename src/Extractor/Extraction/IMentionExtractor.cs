using Extractor.Domain;

namespace Extractor.Extraction;

/// <summary>The input of one extractor: the sectioned document, its context, and the mentions earlier extractors found.</summary>
/// <param name="Skipped">Spans not to read (sections classified as navigation: tables of contents, covers).</param>
public sealed record ExtractionInput(SectionedDocument Document, DocumentContext Context, IReadOnlyList<Mention> Earlier, IReadOnlyList<TextSpan>? Skipped = null)
{
    public string Text => Document.Clean.Text;

    /// <summary>Whether a span lies in text that is not to be read.</summary>
    public bool IsSkipped(TextSpan span) => Skipped is { Count: > 0 } s && s.Any(k => k.Overlaps(span));
}

/// <summary>One rule family: finds mentions of one kind in a sectioned document.</summary>
/// <remarks>Extractors run in a fixed order (dates, amounts, participants, partners, events); later ones may read earlier ones' mentions.</remarks>
public interface IMentionExtractor
{
    MentionKind Kind { get; }

    /// <summary>Mentions with spans into <see cref="ExtractionInput.Text"/>, in text order.</summary>
    IReadOnlyList<Mention> Extract(ExtractionInput input);
}
