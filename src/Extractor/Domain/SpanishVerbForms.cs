namespace Extractor.Domain;

/// <summary>
/// Spanish verb forms told by their endings, for the rules that ask whether a sentence tells what was done or what will be:
/// the cleaner (a title holds no verb in the preterite), the profile (a period planned ahead), the events (a day ahead or
/// behind a dateline) and the participant counts (people expected).
/// </summary>
public static class SpanishVerbForms
{
    /// <summary>A verb in the future, in lower case: "será", "firmarán", "realizará" (not a name ending so: "Guairá").</summary>
    public static bool IsFuture(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsLower(word[0]) && (word.EndsWith("rá", StringComparison.Ordinal) || word.EndsWith("rán", StringComparison.Ordinal));

    /// <summary>A word in the preterite by its ending: "recibió", "REUNIÓ", "superaron", "recibieron" (callers tell names apart by their capital).</summary>
    public static bool IsPreterite(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 'ó' or 'Ó' || word.EndsWith("aron", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ieron", StringComparison.OrdinalIgnoreCase));

    /// <summary>A verb in the past and plural, preterite or past subjunctive, by its ending: "conocieron", "realizaron", "realizaran", "tuvieran".</summary>
    public static bool IsPluralPast(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("aron", StringComparison.Ordinal) || word.EndsWith("ieron", StringComparison.Ordinal)
                            || word.EndsWith("aran", StringComparison.Ordinal) || word.EndsWith("ieran", StringComparison.Ordinal));
}
