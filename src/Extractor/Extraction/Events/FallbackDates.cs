using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Extraction.Events;

/// <summary>
/// A minimal reader of Spanish dates ("24 de julio", "18 y 22 de octubre", "4 al 9 de octubre", "(Octubre)"), used only when no date
/// extractor ran before events, so that events can still be dated. The date extractor's mentions always take precedence.
/// </summary>
internal static partial class FallbackDates
{
    private static readonly string[] Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    // Backtracking, so that it is source-generated: a NonBacktracking regex is built at run time, which cost a process
    // tens of milliseconds the first time a document without dates came by. The pattern nests no repetition, so
    // backtracking stays linear; both engines gave the same matches and groups on the seeds, the corpus and 200,000
    // random strings of its words (sixth session of docs/BENCHMARKS.md).
    [GeneratedRegex(@"\b(?:(\d{1,2})(?:º|°)?\s+(?:de\s+)?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+al?\s+)?(?:(\d{1,2})(?:\s+(y|al|-)\s+(\d{1,2}))?\s+(?:de\s+)?)?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+(?:de|del)\s+(\d{4}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    public static IReadOnlyList<DateMention> Find(string text, int? defaultYear)
    {
        var found = new List<DateMention>();
        foreach (Match m in DateRegex().Matches(text))
        {
            var year = m.Groups[7].Success ? int.Parse(m.Groups[7].Value, CultureInfo.InvariantCulture) : defaultYear;
            if (year is not { } y) continue;
            var month = Month(m.Groups[6].Value);
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (m.Groups[1].Success)
            {
                var from = DatePoint.TryCreate(y, Month(m.Groups[2].Value), Int(m.Groups[1]));
                var to = DatePoint.TryCreate(y, month, m.Groups[3].Success ? Int(m.Groups[3]) : null);
                if (from is { } f && to is { } t && t.CompareTo(f) >= 0) found.Add(new DateMention(span, m.Value, 0.5, new DateValue(f, t)));
                continue;
            }

            if (!m.Groups[3].Success)
            {
                if (DatePoint.TryCreate(y, month, null) is { } p) found.Add(new DateMention(span, m.Value, 0.4, new DateValue(p)));
                continue;
            }

            var d1 = DatePoint.TryCreate(y, month, Int(m.Groups[3]));
            var d2 = m.Groups[5].Success ? DatePoint.TryCreate(y, month, Int(m.Groups[5])) : null;
            if (d1 is not { } a) continue;
            // "4 y 5 de noviembre" is a two-day activity; "18 y 22 de octubre" two separate days.
            if (d2 is { } b && m.Groups[4].Value.Equals("y", StringComparison.OrdinalIgnoreCase) && b.Day != a.Day + 1)
            {
                found.Add(new DateMention(new TextSpan(m.Groups[3].Index, m.Groups[3].Index + m.Groups[3].Length), m.Groups[3].Value, 0.5, new DateValue(a)));
                found.Add(new DateMention(new TextSpan(m.Groups[5].Index, span.End), text[m.Groups[5].Index..span.End], 0.5, new DateValue(b)));
            }
            else if (d2 is { } e && e.CompareTo(a) >= 0) found.Add(new DateMention(span, m.Value, 0.5, new DateValue(a, e)));
            else found.Add(new DateMention(span, m.Value, 0.5, new DateValue(a)));
        }

        return found;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Month(string name)
    {
        var n = name.ToLowerInvariant();
        return n == "setiembre" ? 9 : Array.IndexOf(Months, n) + 1;
    }
}
