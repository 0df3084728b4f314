using Extractor.Domain;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Participants;

namespace Extractor.Extraction;

/// <summary>The rule families in the order they run: dates, amounts, participants, partners, then events, which read the others.</summary>
public static class ExtractorCatalog
{
    public static IReadOnlyList<IMentionExtractor> Default(ExtractionOptions options, string baseDirectory)
    {
        var partners = Partners.PartnerExtractor.FromOptions(options, baseDirectory);
        if (!partners.IsSuccess) throw new InvalidOperationException(partners.Error!.ToString());

        // Partners, then events, run last: events read every other kind.
        return [new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor(), partners.Value!, new Events.EventExtractor()];
    }

    /// <summary>Runs the extractors in order, each seeing what the earlier ones found; mentions come back in text order.</summary>
    public static IReadOnlyList<Mention> Run(IReadOnlyList<IMentionExtractor> extractors, SectionedDocument document, DocumentContext context, IReadOnlyList<TextSpan>? skipped = null)
    {
        var all = new List<Mention>();
        foreach (var extractor in extractors)
            all.AddRange(extractor.Extract(new ExtractionInput(document, context, all.ToList(), skipped)));
        return all.OrderBy(m => m.Span.Start).ThenBy(m => m.Kind).ToList();
    }
}
