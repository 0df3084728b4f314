using System.Globalization;
using System.Text.Json;
using Extractor.Domain;

namespace Extractor.Evaluation;

/// <summary>
/// One mention as the evaluation compares it (ANNOTATION.md "How a system's output is compared"): its kind, where it
/// is, and the one field that is matched — the value for dates, amounts and counts, the canonical name for partners,
/// the title and date for events.
/// </summary>
/// <param name="Doc">The document's name without extension ("001_4990110ad9e10d2f").</param>
/// <param name="Key">The matched value: ISO date, invariant number, canonical name or event title.</param>
/// <param name="EventDate">An event's ISO date, or null when undated (events only).</param>
/// <param name="EventPartners">An event's partners' canonical names (events only; not matched, scored apart for matched events).</param>
public sealed record EvalMention(string Doc, MentionKind Kind, string Text, int Line, string Key, string? EventDate = null, IReadOnlyList<string>? EventPartners = null)
{
    /// <summary>The numeric value of an amount or count, for numeric comparison ("2300000000" = "2.3E9").</summary>
    public decimal? Number => Kind is MentionKind.Amount or MentionKind.Participants &&
                              decimal.TryParse(Key, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>A mention from the pipeline, keyed as the evaluation compares it.</summary>
    public static EvalMention From(ProcessedDocument document, Mention mention)
    {
        var doc = Path.GetFileNameWithoutExtension(document.Info.FileName);
        var line = document.Locate(mention).Line;
        return mention switch
        {
            DateMention d => new EvalMention(doc, MentionKind.Date, mention.Text, line, d.Value.ToIso()),
            AmountMention a => new EvalMention(doc, MentionKind.Amount, mention.Text, line, a.Value.ToString(CultureInfo.InvariantCulture)),
            ParticipantsMention p => new EvalMention(doc, MentionKind.Participants, mention.Text, line, p.Value.ToString(CultureInfo.InvariantCulture)),
            PartnerMention p => new EvalMention(doc, MentionKind.Partner, mention.Text, line, p.Canonical),
            EventMention e => new EvalMention(doc, MentionKind.Event, mention.Text, line, e.Title, e.Date?.ToIso(), e.Partners),
            _ => throw new ArgumentOutOfRangeException(nameof(mention), mention.GetType().Name, "Unknown mention type."),
        };
    }

    /// <summary>Reads one JSON Lines record (gold or system); null with a reason when the line is not a mention.</summary>
    public static EvalMention? Parse(string doc, string jsonLine, out string? problem)
    {
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(jsonLine);
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object) { problem = "not a JSON object"; return null; }
            var kindText = Str(o, "kind");
            MentionKind? kind = kindText switch
            {
                "date" => MentionKind.Date,
                "amount" => MentionKind.Amount,
                "participants" => MentionKind.Participants,
                "partner" => MentionKind.Partner,
                "event" => MentionKind.Event,
                _ => null,
            };
            if (kind is null) { problem = $"unknown kind '{kindText}'"; return null; }
            if (Str(o, "doc") is { Length: > 0 } d) doc = Path.GetFileNameWithoutExtension(d);
            var text = Str(o, "text") ?? "";
            var line = o.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0;
            string? key = kind switch
            {
                MentionKind.Partner => Str(o, "canonical"),
                MentionKind.Event => Str(o, "title"),
                _ => o.TryGetProperty("value", out var v) ? v.ValueKind switch
                {
                    JsonValueKind.Number => v.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.String => v.GetString(),
                    _ => null,
                } : null,
            };
            if (key is null) { problem = "no value, canonical or title"; return null; }
            return kind == MentionKind.Event
                ? new EvalMention(doc, kind.Value, text, line, key, Str(o, "date"), Strings(o, "partners"))
                : new EvalMention(doc, kind.Value, text, line, key);
        }
        catch (JsonException e)
        {
            problem = $"not valid JSON ({e.Message})";
            return null;
        }
        catch (FormatException e)
        {
            problem = $"bad value ({e.Message})";
            return null;
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The strings of an array property ("partners": ["UCCI", "GIZ"]); empty when absent or not an array.</summary>
    private static IReadOnlyList<string> Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
