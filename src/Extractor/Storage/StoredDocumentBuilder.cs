using System.Globalization;
using System.Text.Json;
using Extractor.Domain;

namespace Extractor.Storage;

/// <summary>Turns a processed document into its normalized stored records, with ids and provenance.</summary>
public static class StoredDocumentBuilder
{
    /// <summary>The stored records of a document. Deterministic: the same input gives equal records.</summary>
    public static StoredDocument Build(ProcessedDocument processed)
    {
        ArgumentNullException.ThrowIfNull(processed);
        var info = processed.Info;
        var clean = processed.Document.Clean;
        var docId = info.Id;

        var pages = processed.Source.Pages
            .Select(p => new PageRecord(p.Number, OriginLabel(p.Origin), p.OcrConfidence))
            .ToList();
        var document = new DocumentRecord(
            docId, info.ContentHash, info.SourcePath, info.FileName, info.Title, info.Period?.ToIso(), info.PageCount,
            info.Kind?.Name, info.Kind?.Probability, pages, processed.Warnings.Select(w => w.ToString()).ToList());

        var sections = processed.Document.Sections.Select(s =>
        {
            var at = clean.Map.Locate(s.Span.Start);
            return new SectionRecord(s.Id, docId, s.Title, s.Level, s.ParentId, s.FirstPage, s.LastPage, s.Type?.Name,
                s.Type?.Probability, at.Page, at.Line, s.Span.Start, s.Span.End, SafeSlice(clean.Text, s.Span));
        }).ToList();

        var mentions = new List<MentionRecord>();
        var events = new List<EventRecord>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in processed.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ThenBy(m => m.Kind))
        {
            var id = UniqueId(usedIds, string.Create(CultureInfo.InvariantCulture, $"{docId}:{KindLabel(m.Kind)}:{m.Span.Start}-{m.Span.End}"));
            var at = clean.Map.Locate(m.Span.Start);
            var sectionId = processed.Document.SectionAt(m.Span.Start)?.Id;
            var record = new MentionRecord(id, docId, sectionId, KindLabel(m.Kind), m.Text, at.Page, at.Line, at.Column,
                m.Span.Start, m.Span.End, m.Confidence);
            record = m switch
            {
                DateMention d => record with { Value = JsonSerializer.SerializeToElement(d.Value.ToIso(), StoreJsonContext.Default.String) },
                AmountMention a => record with { Value = JsonSerializer.SerializeToElement(a.Value, StoreJsonContext.Default.Decimal), Currency = a.Currency },
                ParticipantsMention p => record with { Value = JsonSerializer.SerializeToElement(p.Value, StoreJsonContext.Default.Int64), Qualifier = QualifierLabel(p.Qualifier), Unit = p.Unit },
                PartnerMention p => record with { Canonical = p.Canonical, OrganisationType = p.OrganisationType, Country = p.Country },
                EventMention => record with { EventId = id },
                _ => record,
            };
            mentions.Add(record);
            if (m is EventMention e)
                events.Add(new EventRecord(id, docId, sectionId, e.Title, e.EventType, e.Date?.ToIso(),
                    e.Date is null ? null : IsoDay(e.Date.FirstDay), e.Date is null ? null : IsoDay(e.Date.LastDay),
                    e.Location, e.Participants, e.Partners.Distinct(StringComparer.Ordinal).ToList(), at.Page, at.Line,
                    e.Span.Start, e.Span.End, e.Confidence, e.Text));
        }
        return new StoredDocument(StoredDocument.CurrentSchemaVersion, document, sections, mentions, events);
    }

    /// <summary>The id of the document a mention or event id belongs to: ids start with it and a colon (see <see cref="Build"/>).</summary>
    public static string DocumentIdOf(string recordId)
    {
        var colon = recordId.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? recordId : recordId[..colon];
    }

    /// <summary>The kind as the annotation format names it.</summary>
    public static string KindLabel(MentionKind kind) => Extraction.MentionJson.Kind(kind);

    private static string? QualifierLabel(CountQualifier? q) => Extraction.MentionJson.Qualifier(q);

    private static string OriginLabel(PageTextOrigin origin) => origin switch
    {
        PageTextOrigin.TextLayer => "text_layer",
        PageTextOrigin.Ocr => "ocr",
        PageTextOrigin.NotRead => "not_read",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    private static string IsoDay(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SafeSlice(string text, TextSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        return text.Substring(start, Math.Min(span.End, text.Length) - start);
    }

    private static string UniqueId(HashSet<string> used, string id)
    {
        if (used.Add(id)) return id;
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{id}~{n}");
            if (used.Add(candidate)) return candidate;
        }
    }
}
