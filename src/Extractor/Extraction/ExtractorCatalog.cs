using Extractor.Domain;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Participants;

namespace Extractor.Extraction;

/// <summary>The rule families in the order they run: dates, amounts, participants, partners, then events, which read the others.</summary>
public static class ExtractorCatalog
{
    /// <summary>The default extractors; a gazetteer that cannot be read is a failed result naming it.</summary>
    public static Result<IReadOnlyList<IMentionExtractor>> Create(ExtractionOptions options, string baseDirectory)
    {
        var partners = Partners.PartnerExtractor.FromOptions(options, baseDirectory);
        if (!partners.IsSuccess) return Result<IReadOnlyList<IMentionExtractor>>.Failure(partners.Error!);

        // Partners, then events, run last: events read every other kind.
        return Result<IReadOnlyList<IMentionExtractor>>.Success(
            [new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor(), partners.Value!, new Events.EventExtractor()]);
    }

    /// <summary>The default extractors, for code that knows its gazetteer is there (tests, benchmarks).</summary>
    public static IReadOnlyList<IMentionExtractor> Default(ExtractionOptions options, string baseDirectory) =>
        Create(options, baseDirectory) is var r && r.IsSuccess ? r.Value! : throw new InvalidOperationException(r.Error!.ToString());

    /// <summary>Runs the extractors in order, each seeing what the earlier ones found; mentions come back in text order.</summary>
    public static IReadOnlyList<Mention> Run(IReadOnlyList<IMentionExtractor> extractors, SectionedDocument document, DocumentContext context, IReadOnlyList<TextSpan>? skipped = null)
    {
        var all = new List<Mention>();
        foreach (var extractor in extractors)
            all.AddRange(extractor.Extract(new ExtractionInput(document, context, all.ToList(), skipped)));
        return all.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ToList();
    }
}
