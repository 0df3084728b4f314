using Extractor.Domain;

namespace Extractor.Extraction;

/// <summary>
/// What extraction knows about a document beyond its text: the period it covers (for dates without a year),
/// the issuer's country and currency (for "$" and "pesos"), and the names of the reporting body (never its own partner).
/// </summary>
public sealed record DocumentContext(
    string DocumentName,
    DateValue? Period,
    string? Country,
    string? DefaultCurrency,
    IReadOnlyList<string> ReportingBody)
{
    public static DocumentContext Empty(string name) => new(name, null, null, null, []);
}

/// <summary>The input of one extractor: the sectioned document, its context, and the mentions earlier extractors found.</summary>
public sealed record ExtractionInput(SectionedDocument Document, DocumentContext Context, IReadOnlyList<Mention> Earlier)
{
    public string Text => Document.Clean.Text;
}

/// <summary>One rule family: finds mentions of one kind in a sectioned document.</summary>
/// <remarks>Extractors run in a fixed order (dates, amounts, participants, partners, events); later ones may read earlier ones' mentions.</remarks>
public interface IMentionExtractor
{
    MentionKind Kind { get; }

    /// <summary>Mentions with spans into <see cref="ExtractionInput.Text"/>, in text order.</summary>
    IReadOnlyList<Mention> Extract(ExtractionInput input);
}
