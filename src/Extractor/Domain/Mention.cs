namespace Extractor.Domain;

/// <summary>The five kinds of extraction defined in ANNOTATION.md.</summary>
public enum MentionKind { Date, Amount, Participants, Partner, Event }

/// <summary>How a participant count is qualified ("más de 900" → MoreThan, "cerca de 100" → Approx).</summary>
public enum CountQualifier { MoreThan, Approx, AtLeast }

/// <summary>
/// One extracted fact: its kind, the exact span of clean text it came from, and how sure the rule is.
/// Spans are offsets into <see cref="CleanDocument.Text"/>; the offset map turns them into page and line.
/// </summary>
public abstract record Mention(TextSpan Span, string Text, double Confidence)
{
    public abstract MentionKind Kind { get; }
}

/// <summary>A calendar date or period with at least a month.</summary>
public sealed record DateMention(TextSpan Span, string Text, double Confidence, DateValue Value) : Mention(Span, Text, Confidence)
{
    public override MentionKind Kind => MentionKind.Date;
}

/// <summary>A sum of money; Currency is an ISO 4217 code, or null when the document does not make it clear.</summary>
public sealed record AmountMention(TextSpan Span, string Text, double Confidence, decimal Value, string? Currency) : Mention(Span, Text, Confidence)
{
    public override MentionKind Kind => MentionKind.Amount;
}

/// <summary>How many people, cities, members or organisations took part in an activity.</summary>
/// <param name="Unit">The head noun as written, lower-case ("asistentes", "ciudades").</param>
public sealed record ParticipantsMention(TextSpan Span, string Text, double Confidence, long Value, CountQualifier? Qualifier, string Unit) : Mention(Span, Text, Confidence)
{
    public override MentionKind Kind => MentionKind.Participants;
}

/// <summary>An organisation named as partner, ally, member, funder or counterpart of the reporting body.</summary>
/// <param name="Canonical">The name an analyst would search: the acronym where there is one, else the title-cased name.</param>
/// <param name="OrganisationType">The gazetteer's type (network, multilateral, government, embassy, …), or null.</param>
public sealed record PartnerMention(TextSpan Span, string Text, double Confidence, string Canonical, string? OrganisationType = null, string? Country = null) : Mention(Span, Text, Confidence)
{
    public override MentionKind Kind => MentionKind.Partner;
}

/// <summary>A dated activity the report describes, with what the report attaches to it.</summary>
public sealed record EventMention(
    TextSpan Span,
    string Text,
    double Confidence,
    string Title,
    string EventType,
    DateValue? Date,
    string? Location,
    long? Participants,
    IReadOnlyList<string> Partners) : Mention(Span, Text, Confidence)
{
    public override MentionKind Kind => MentionKind.Event;
}
