using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A chronology set by months: a line that is only a month ("Enero", "MARZO", "Abril de 2024") over entries that open with their days
/// and a dash ("18 – Reunión con el cónsul …", "14 y 15 – Unidad Temática …", "3 al 9 – Misión a Barcelona"). The cleaner makes each
/// entry a block of its own; the date extractor reads an entry's days in the month above it.
/// </summary>
public static partial class Chronology
{
    /// <summary>A line that is only a month, maybe with its year: "Enero", "## Febrero", "Marzo de 2024".</summary>
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+)?(?<month>(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?:[ \t]+(?:de[ \t]+)?(?<year>(?:19|20)\d\d))?[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    public static partial Regex MonthLine();

    /// <summary>
    /// The days opening an entry, before its dash and its capitalised text: "18 – ", "14 y 15 – ", "3 al 9 — ". <c>first</c> and
    /// <c>last</c> are the days, <c>joint</c> the word between them ("y" lists two days; "al", "a" or a dash spans them).
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?<first>\d{1,2})(?:[ \t]*(?<joint>y|al|a|-|–)[ \t]*(?<last>\d{1,2}))?[ \t]*[–—-][ \t]+(?=[\p{Lu}«""“])",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    public static partial Regex DayEntry();

    /// <summary>How many entries a month heads at most, read back from one of them.</summary>
    private const int MaxEntries = 80;

    /// <summary>The month line over the run of entries the line at <paramref name="at"/> is in (its match), or null when no month heads it.</summary>
    public static Match? MonthLineAbove(string text, int at)
    {
        var lineStart = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        for (var n = 0; n < MaxEntries && lineStart > 0; n++)
        {
            var previousStart = lineStart >= 2 ? text.LastIndexOf('\n', lineStart - 2) + 1 : 0;
            var line = text.Substring(previousStart, lineStart - 1 - previousStart);
            if (MonthLine().Match(line) is { Success: true } month) return month;
            if (!DayEntry().IsMatch(line)) return null;
            lineStart = previousStart;
        }

        return null;
    }

    /// <summary>Whether a line is only a month.</summary>
    public static bool IsMonthLine(string line) => MonthLine().IsMatch(line);

    /// <summary>Whether a line opens with an entry's days and a dash.</summary>
    public static bool OpensDayEntry(ReadOnlySpan<char> line) => DayEntry().IsMatch(line);
}
