namespace Extractor.Domain;

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
