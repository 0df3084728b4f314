using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Domain;

namespace Extractor.Extraction;

/// <summary>Writes mentions in the JSON Lines format of ANNOTATION.md, with provenance (doc, page, section, offsets, confidence).</summary>
public static class MentionJson
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Kind(MentionKind kind) => kind switch
    {
        MentionKind.Date => "date",
        MentionKind.Amount => "amount",
        MentionKind.Participants => "participants",
        MentionKind.Partner => "partner",
        MentionKind.Event => "event",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string? Qualifier(CountQualifier? q) => q switch
    {
        CountQualifier.MoreThan => "more_than",
        CountQualifier.Approx => "approx",
        CountQualifier.AtLeast => "at_least",
        _ => null,
    };

    /// <summary>One mention as a JSON object: the annotation fields first, then provenance.</summary>
    public static JsonObject ToJson(ProcessedDocument document, Mention mention)
    {
        var at = document.Locate(mention);
        var o = new JsonObject
        {
            ["doc"] = document.Info.FileName,
            ["kind"] = Kind(mention.Kind),
            ["text"] = Fold(mention.Text),
            ["line"] = at.Line,
        };
        switch (mention)
        {
            case DateMention d:
                o["value"] = d.Value.ToIso();
                break;
            case AmountMention a:
                o["value"] = JsonValue.Create(a.Value);
                o["currency"] = a.Currency;
                break;
            case ParticipantsMention p:
                o["value"] = p.Value;
                o["qualifier"] = Qualifier(p.Qualifier);
                o["unit"] = p.Unit;
                break;
            case PartnerMention p:
                o["canonical"] = p.Canonical;
                break;
            case EventMention e:
                o["title"] = e.Title;
                o["type"] = e.EventType;
                o["date"] = e.Date?.ToIso();
                o["location"] = e.Location;
                o["participants"] = e.Participants;
                o["partners"] = new JsonArray(e.Partners.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
                break;
        }

        o["page"] = at.Page;
        o["section"] = document.Document.SectionAt(mention.Span.Start)?.Id;
        o["start"] = mention.Span.Start;
        o["end"] = mention.Span.End;
        o["confidence"] = Math.Round(mention.Confidence, 3);
        return o;
    }

    public static string ToLine(ProcessedDocument document, Mention mention) => ToJson(document, mention).ToJsonString(Compact);

    /// <summary>Line breaks folded to one space, as the annotation's text field has them.</summary>
    private static string Fold(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
