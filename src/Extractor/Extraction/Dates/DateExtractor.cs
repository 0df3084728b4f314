using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Domain;
using Extractor.Profiling;

namespace Extractor.Extraction.Dates;

/// <summary>
/// Finds calendar dates and periods with at least a month (ANNOTATION.md kind=date): "24 de julio", "lunes 4 de
/// octubre", "1º de agosto", "18 y 22 de octubre" (two mentions), "del 24 al 30 de noviembre", "del 30 de noviembre al
/// 1 de diciembre", "julio a diciembre de 2021", "octubre del año pasado", "24/07/2021", "2021-07-24", a bare "julio".
/// Bare years, year ranges and anniversaries are not dates.
/// </summary>
/// <remarks>
/// Month words anchor the search (they are rare, so the cost is one regex pass plus a few tokens around each month);
/// the day, list or range is read leftwards and the year rightwards. A date without a year takes it from
/// <see cref="DocumentContext.Period"/>: the year whose part of the period contains the month.
/// </remarks>
public sealed partial class DateExtractor : IMentionExtractor
{
    public MentionKind Kind => MentionKind.Date;

    // Full names and the abbreviations of SpanishCalendar; "set"/"sept" only as abbreviations of septiembre.
    [GeneratedRegex(@"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept|sep|set|oct|nov|dic)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    // Day-first numeric dates (the Spanish order), or ISO year-first; separators must agree.
    [GeneratedRegex(@"\b(?:(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})|(\d{1,2})-(\d{1,2})-(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["miercoles"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday, ["viernes"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["sabado"] = DayOfWeek.Saturday,
        ["domingo"] = DayOfWeek.Sunday,
    };

    // Words that make "5 de Mayo" or "16 de Septiembre" the name of a street, square, market or school.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "avenida", "av", "avda", "calle", "plaza", "colonia", "col", "mercado", "escuela", "parque", "estación", "estacion",
        "barrio", "puente", "glorieta", "calzada", "paseo", "boulevard", "bulevar", "metro", "unidad", "hospital", "colegio",
    };

    /// <summary>
    /// Capitalised buildings named for a day with its month capitalised: "en el Palacio 6 de Julio", "el Teatro 25 de Mayo" ("en la sala,
    /// el 5 de mayo" dates what took place there).
    /// </summary>
    private static readonly HashSet<string> BuildingWords = new(StringComparer.Ordinal)
    {
        "Palacio", "Teatro", "Estadio", "Centro", "Instituto", "Liceo", "Edificio", "Sala", "Salón", "Auditorio", "Museo", "Coliseo", "Complejo",
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "al", "a", "hasta", "-", "–", "—" };

    /// <summary>One date expression before ranges are joined: a day or month with an optional year.</summary>
    private sealed record Part(int Start, int End, int? Day, int Month, int? Year, int? RelativeYear, int? RangeStartDay, bool ListItem)
    {
        /// <summary>The range ends on the month's last day, whatever the year makes it ("la segunda quincena de febrero").</summary>
        public bool ToMonthEnd { get; init; }

        /// <summary>The weekday the text gives the day ("miércoles 8 de octubre"), which tells a year left unwritten.</summary>
        public DayOfWeek? Weekday { get; init; }

        /// <summary>The year a section of plans is titled with ("6.9. Desafíos para 2025"), when the date is in one.</summary>
        public int? PlannedYear { get; init; }
    }

    // A range of days of one numeric month: "22-23/08", "14-18/10/2024".
    // …or written with words: "del 2 al 4/10".
    // …or a table cell's "04 al 06/03/2024".
    [GeneratedRegex(@"(?<![\d/.-])(?:(\d{1,2})[-–]|(?:\b[Dd]el\s+|(?<=(?:^|\||\t)[ \t]*))(?=\d{1,2}\s+al\s)(\d{1,2})\s+al\s+)(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/-])", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NumericDayRange();

    // A period of numeric months with their years, as project tables write it: "03/2023 – 02/2025", "01/2024 a 12/2025". A month
    // and year alone ("Ordenanza 12/2023") is a number of a year, so only the two ends together are read.
    [GeneratedRegex(@"(?<![\p{L}\d/.-])(0?[1-9]|1[0-2])/((?:19|20)\d\d)([ \t]*(?:[-–—]|a|al|hasta)[ \t]*)(0?[1-9]|1[0-2])/((?:19|20)\d\d)(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthPeriod();

    // A day and a numeric month without a year after the words that introduce a date: "el 12/5", "los días 3-4/5" (read above), "del 28/10".
    [GeneratedRegex(@"(?<=\b(?:[Ee]l|[Dd]el|[Aa]l|[Dd][ií]a|[Dd][ií]as)\s)(\d{1,2})/(\d{1,2})(?![\d/])(?!\s+de\s+(?:la|las|los|el|lo)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedDayMonth();

    // A day and a numeric month opening a calendar's line, before the dash that opens its entry or "al" and the last day:
    // "- 18/01 — Reunión con …", "- **02/08** · Reunión …", "04/03 al 06/03 — Misión …".
    // ("1/2 —", "3/4 —" are fractions: one of the two is written with two figures.)
    [GeneratedRegex(@"(?<=^[ \t]*(?:[-*•][ \t]+)?)(?=\d\d|\d/\d\d)(\d{1,2})/(\d{1,2})(?![\d/])(?=[ \t]*(?:[—–·-][ \t]|al[ \t]+\d{1,2}/\d{1,2}(?![\d/])))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CalendarDayMonth();

    // A day and a numeric month before "al" and a full numeric date, the range's first day: "29/11 al 01/12/2023".
    [GeneratedRegex(@"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/])(?=[ \t]+al[ \t]+\d{1,2}/\d{1,2}/\d{4}(?![\d/]))", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthBeforeRangeEnd();

    // A day before "y" and a full numeric date, of its month and year: the "4" of "4 y 5/12/2023".
    [GeneratedRegex(@"(?<![\d/.,-])(\d{1,2})(?=[ \t]+y[ \t]+\d{1,2}/(\d{1,2})/(\d{4})(?![\d/]))", RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeNumericDate();

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        var text = input.Text;
        var parts = new List<Part>();
        foreach (Match m in MonthWord().Matches(text))
            parts.AddRange(ReadAroundMonth(text, m, input.Document.Clean.Map));
        foreach (Match m in NumericDate().Matches(text))
            if (ReadNumeric(m) is { } p) parts.Add(p);
        foreach (Match m in NumericDayRange().Matches(text))
            if (ReadNumericDayRange(text, m) is { } p) parts.Add(p);
        foreach (Match m in DayBeforeNumericDate().Matches(text))
            if (Int(m.Groups[1].Value) is >= 1 and <= 31 and var day && Int(m.Groups[2].Value) is >= 1 and <= 12 and var month)
                parts.Add(new Part(m.Index, m.Index + m.Length, day, month, Int(m.Groups[3].Value), null, null, false));
        foreach (var m in IntroducedDayMonth().Matches(text).Concat(CalendarDayMonth().Matches(text)).Concat(DayMonthBeforeRangeEnd().Matches(text)))
            if (Int(m.Groups[1].Value) is >= 1 and <= 31 and var day && Int(m.Groups[2].Value) is >= 1 and <= 12 and var month)
                parts.Add(new Part(m.Index, m.Index + m.Length, day, month, null, null, null, false));
        foreach (Match m in NumericMonthPeriod().Matches(text))
        {
            var secondStart = m.Groups[3].Index + m.Groups[3].Length;
            parts.Add(new Part(m.Index, m.Groups[3].Index, null, Int(m.Groups[1].Value), Int(m.Groups[2].Value), null, null, false));
            parts.Add(new Part(secondStart, m.Index + m.Length, null, Int(m.Groups[4].Value), Int(m.Groups[5].Value), null, null, false));
        }
        parts.AddRange(DateColumnCells(input));
        foreach (Match m in Chronology.DayEntry().Matches(text))
            parts.AddRange(ChronologyDays(text, m));
        parts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var planned = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
            if (input.Document.SectionAt(parts[i].Start) is { } section)
            {
                if (!planned.TryGetValue(section.Id, out var year))
                    planned[section.Id] = year = PlanHeading().Match(section.Title) is { Success: true } m && Int(m.Groups["year"].Value) is var y
                                                 && (input.Context.Period is not { } reported || y <= (reported.End ?? reported.Start).Year + MaxPlanYearsAhead) ? y : null;
                if (year is not null && TellsOfPlan(text, parts[i].Start)) parts[i] = parts[i] with { PlannedYear = year };
            }

        var mentions = new List<Mention>();
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            if (i > 0 && parts[i - 1].End > p.Start) continue; // overlapping reads of the same words
            if (i + 1 < parts.Count && JoinsAsRange(text, p, parts[i + 1]) is { } rangeStart)
            {
                var q = parts[i + 1];
                if (Range(input.Context, text, p, q) is { } v)
                {
                    mentions.Add(Emit(input, rangeStart, q.End, v, 0.9));
                    i++;
                    continue;
                }
            }

            if (Single(input.Context, text, p) is { } value) mentions.Add(Emit(input, p.Start, p.End, value, Confidence(p)));
        }

        return mentions;
    }

    /// <summary>
    /// The days opening an entry of a chronology set by months ("Marzo" / "7 – Lanzamiento …" / "14 y 15 – Unidad Temática …"), in the
    /// month of the line above its run of entries: one day, two listed days, or a span ("3 al 9"); none where no month heads the run.
    /// </summary>
    private static IEnumerable<Part> ChronologyDays(string text, Match m)
    {
        if (MonthAbove(text, m.Index) is not var (month, year)) yield break;
        var first = m.Groups["first"];
        var last = m.Groups["last"];
        if (!last.Success)
        {
            yield return new Part(first.Index, first.Index + first.Length, Int(first.Value), month, year, null, null, false);
            yield break;
        }

        if (m.Groups["joint"].Value is "y")
        {
            yield return new Part(first.Index, first.Index + first.Length, Int(first.Value), month, year, null, null, ListItem: true);
            yield return new Part(last.Index, last.Index + last.Length, Int(last.Value), month, year, null, null, ListItem: true);
        }
        else if (Int(first.Value) < Int(last.Value)) yield return new Part(first.Index, last.Index + last.Length, Int(last.Value), month, year, null, Int(first.Value), false);
        else
        {
            // "28 al 2 – Misión técnica a Burdeos" under "Marzo": the span runs into the next month (joined as a range below).
            yield return new Part(first.Index, first.Index + first.Length, Int(first.Value), month, year, null, null, false);
            yield return new Part(last.Index, last.Index + last.Length, Int(last.Value), month % 12 + 1, month == 12 && year is { } y ? y + 1 : year, null, null, false);
        }
    }

    /// <summary>The month (and year, when the line gives it) of the month line over the run of entries the line at <paramref name="at"/> is in; null for none.</summary>
    private static (int Month, int? Year)? MonthAbove(string text, int at) =>
        Chronology.MonthLineAbove(text, at) is { } month && SpanishCalendar.Month(month.Groups["month"].Value) is { } number
            ? (number, month.Groups["year"].Success ? Int(month.Groups["year"].Value) : null)
            : null;

    // A cell holding a day and a numeric month alone: "06/08".
    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthCell();

    /// <summary>"Sesión | Fecha | Tema" over "1 | 06/08 | Agenda …": a day and month alone in a column headed "Fecha" or "Día" is a date.</summary>
    private static IEnumerable<Part> DateColumnCells(ExtractionInput input)
    {
        var text = input.Text;
        foreach (var (_, rows) in TableRows.Tables(input.Document.Clean))
        {
            var header = rows[0];
            for (var c = 0; c < header.Count; c++)
            {
                var label = Partners.FoldedText.FoldString(text.Substring(header[c].Start, header[c].Length));
                if (!(label.StartsWith("fecha", StringComparison.Ordinal) || label is "dia" or "dias")) continue;
                foreach (var row in rows.Skip(1))
                    if (c < row.Count && DayMonthCell().Match(text, row[c].Start, row[c].Length) is { Success: true } m
                        && Int(m.Groups[1].Value) is >= 1 and <= 31 and var day && Int(m.Groups[2].Value) is >= 1 and <= 12 and var month)
                        yield return new Part(m.Index, m.Index + m.Length, day, month, null, null, null, false);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d/.-])(?:19|20)\d\d(?![\p{L}\d/-])", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumber();

    /// <summary>The year "ese año" refers to: the nearest year the same paragraph states before the date, within 400 characters.</summary>
    private static int? YearBefore(string text, int at)
    {
        var from = Math.Max(at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0, at - 400);
        int? before = null;
        foreach (Match y in YearNumber().Matches(text, from))
        {
            if (y.Index >= at) break;
            before = Int(y.Value);
        }

        return before;
    }

    /// <summary>
    /// For a document without a report period: the year the same paragraph states ("En 2019 la municipalidad … El 3 de mayo se inauguró …"),
    /// the nearest before the date, else the first after it; none when the paragraph names no single year.
    /// </summary>
    internal static int? NearbyYear(string text, int at)
    {
        var from = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        var to = text.IndexOf('\n', at);
        if (to < 0) to = text.Length;
        from = Math.Max(from, at - 600);
        to = Math.Min(to, at + 300);
        int? before = null, after = null;
        foreach (Match y in YearNumber().Matches(text, from))
        {
            if (y.Index >= to) break;
            var value = Int(y.Value);
            if (y.Index < at) before = value;
            else { after ??= value; break; }
        }

        return before ?? after;
    }

    private static double Confidence(Part p) => p.Day is null && p.Year is null && p.RelativeYear is null ? 0.6 : p.Year is null ? 0.85 : 0.95;

    /// <summary>
    /// A date is read in every section, the skipped ones too: a cover's "València, febrero de 2024" or a gazette summary's "Resolución
    /// de 9 de abril de 2024" is a date the text gives, where the cover's or the summary's organisations and activities only repeat
    /// the body's.
    /// </summary>
    private static DateMention Emit(ExtractionInput input, int start, int end, DateValue value, double confidence) =>
        new(new TextSpan(start, end), input.Text.Substring(start, end - start), confidence, value);

    private static DateValue? Single(DocumentContext context, string text, Part p)
    {
        var year = ResolveYear(context, text, p);
        if (year is null) return null;
        if (p.RangeStartDay is { } d0)
        {
            var lastDay = p.ToMonthEnd && p.Month is >= 1 and <= 12 ? DateTime.DaysInMonth(year.Value, p.Month) : p.Day;
            if (DatePoint.TryCreate(year.Value, p.Month, d0) is not { } a || DatePoint.TryCreate(year.Value, p.Month, lastDay) is not { } b || b.CompareTo(a) <= 0) return null;
            return new DateValue(a, b);
        }

        return DatePoint.TryCreate(year.Value, p.Month, p.Day) is { } point ? new DateValue(point) : null;
    }

    private static DateValue? Range(DocumentContext context, string text, Part p, Part q)
    {
        // Same granularity on both ends: "julio a diciembre", "30 de noviembre al 1 de diciembre".
        if ((p.Day is null) != (q.Day is null) || p.RangeStartDay is not null || q.RangeStartDay is not null) return null;
        var qYear = ResolveYear(context, text, q);
        if (qYear is null) return null;
        int? pYear = p.Year ?? (p.RelativeYear is not null ? ResolveYear(context, text, p) : null);
        if (pYear is null)
        {
            var later = p.Month > q.Month || (p.Month == q.Month && (p.Day ?? 0) > (q.Day ?? 0));
            pYear = later ? qYear - 1 : qYear;
        }

        if (DatePoint.TryCreate(pYear.Value, p.Month, p.Day) is not { } a || DatePoint.TryCreate(qYear.Value, q.Month, q.Day) is not { } b) return null;
        return b.CompareTo(a) > 0 ? new DateValue(a, b) : null;
    }

    /// <summary>The start of the joined range when the text between two parts is a range connector ("al", "a", "hasta", "-").</summary>
    private static int? JoinsAsRange(string text, Part p, Part q)
    {
        if (p.ListItem || q.ListItem || q.Start < p.End || q.Start - p.End > 12) return null; // q may be another read of p's words
        // "03/02/2023" and "hasta el 02/02/2025" in two cells of a table's row (a signing and a term) are two dates.
        if (text.AsSpan(p.End, q.Start - p.End).Contains('\t')) return null;
        var between = text.AsSpan(p.End, q.Start - p.End).Trim();
        var isRange = false;
        foreach (var w in RangeWords)
            if (between.Equals(w, StringComparison.OrdinalIgnoreCase) || between.Equals(w + " el", StringComparison.OrdinalIgnoreCase)) isRange = true;
        var start = p.Start;
        var before = PreviousWord(text, p.Start, out var beforeStart);
        // "entre el 18 de septiembre y el 6 de octubre", "desde el 3 de marzo hasta el 5 de abril": the article belongs to the day.
        if (before.Equals("el", StringComparison.OrdinalIgnoreCase))
        {
            var word = PreviousWord(text, beforeStart, out var wordStart);
            if (word.Equals("entre", StringComparison.OrdinalIgnoreCase) || word.Equals("desde", StringComparison.OrdinalIgnoreCase))
            {
                before = word;
                beforeStart = wordStart;
            }
        }

        if ((between.Equals("y", StringComparison.OrdinalIgnoreCase) || between.Equals("y el", StringComparison.OrdinalIgnoreCase))
            && before.Equals("entre", StringComparison.OrdinalIgnoreCase)) isRange = true;
        // "desde el 5 de agosto y hasta el 16 de agosto": "y" before the end's "hasta".
        if ((between.Equals("y hasta el", StringComparison.OrdinalIgnoreCase) || between.Equals("y hasta", StringComparison.OrdinalIgnoreCase))
            && before.Equals("desde", StringComparison.OrdinalIgnoreCase)) isRange = true;
        if (!isRange) return null;
        if (before.Equals("del", StringComparison.OrdinalIgnoreCase) || before.Equals("desde", StringComparison.OrdinalIgnoreCase)
            || before.Equals("entre", StringComparison.OrdinalIgnoreCase) || before.Equals("de", StringComparison.OrdinalIgnoreCase))
            start = beforeStart;
        return start;
    }

    /// <summary>
    /// "Ley 18/2017, de 14 de diciembre", "Real Decreto 1/2023, de 10 de enero", "Orden JUS/1324/2022, de 28 de diciembre": Spain
    /// cites a law by its kind, number and year, then the day and month it was given, whose year is the number's ("el curso 2023/2024,
    /// de 11 de septiembre" cites no law).
    /// </summary>
    [GeneratedRegex(@"\b(?:[Ll]ey|[Dd]ecreto(?:-[Ll]ey)?|[Oo]rden|[Rr]esoluci[óo]n|[Ii]nstrucci[óo]n|[Cc]ircular|[Aa]cuerdo|[Oo]rdenanza|[Rr]eglamento)(?: \p{Lu}\p{Ll}+){0,2}(?: [A-Z]{2,5}/| (?:n[.ºo°]* ?)?)\d{1,5}/(?<year>(?:19|20)\d\d), de $", RegexOptions.CultureInvariant)]
    private static partial Regex CitedLawNumber();

    private static int? CitedLawYear(string text, int dayStart)
    {
        var from = Math.Max(0, dayStart - 48);
        return CitedLawNumber().Match(text, from, dayStart - from) is { Success: true } m ? Int(m.Groups["year"].Value) : null;
    }

    private static int? ResolveYear(DocumentContext context, string text, Part p)
    {
        if (p.Year is { } y) return y;
        if (p.Day is not null && CitedLawYear(text, p.Start) is { } lawYear) return lawYear;
        if (context.Period is not { } period) return p.RelativeYear is null ? NearbyYear(text, p.Start) : null;
        if (p.RelativeYear is { } shift)
        {
            var baseYear = (period.End ?? period.Start).Year;
            return baseYear + shift;
        }

        // "Para 2024 la OCRI se propone …: … • Iniciar en marzo la ejecución …": a plan for a year after the report's names its months' year.
        // ("6.9. Desafíos para 2025" / "Rosario acogerá el próximo 24 de abril …": so does a section of plans titled with its year.)
        if ((PlanYearBefore(text, p.Start) ?? p.PlannedYear) is { } planned && planned > (period.End ?? period.Start).Year) return planned;
        // "AGENDA 2023–2024" / "2024" / "11, 12 y 13 de abril · Pelotas": an agenda set under headings of bare years dates its items in them.
        if (YearHeadingBefore(text, p.Start) is { } headed && headed >= period.Start.Year - 1 && headed <= (period.End ?? period.Start).Year + 1) return headed;
        // "### Enero de 2025" / "- 22 de enero · Jornada …": an agenda set under headings of months dates its items of that month in their year.
        if (MonthHeadingYear(text, p) is { } monthHeaded && monthHeaded >= period.Start.Year - 1 && monthHeaded <= (period.End ?? period.Start).Year + 1) return monthHeaded;
        return WeekdaysYear(p, YearFor(period, p.Month));
    }

    /// <summary>
    /// The whole lines within <see cref="YearHeadingReach"/> before the line of <paramref name="at"/>, where a heading over it is read:
    /// from a line's start (a sliced match's start counts as one for "^") to the end of the line before (and as one for "$"); null when
    /// there are none.
    /// </summary>
    private static (int From, int To)? HeadingLines(string text, int at)
    {
        var to = at > 0 ? text.LastIndexOf('\n', at - 1) : -1;
        var from = Math.Max(0, at - YearHeadingReach);
        if (from > 0 && text[from - 1] != '\n') from = text.IndexOf('\n', from) + 1;
        return (from <= 0 && at - YearHeadingReach > 0) || to <= from ? null : (from, to);
    }

    /// <summary>A line that is only a month and its year ("Enero de 2025", "### Febrero 2025"), as headings of an agenda set it.</summary>
    [GeneratedRegex(@"^(?:#{1,6} )?(?<month>\p{L}+)(?: de)? (?<year>(?:19|20)\d\d)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MonthHeadingLine();

    /// <summary>
    /// The year of the nearest line before an agenda item's date that is only a month and a year, when that month is the date's own;
    /// null when the date opens no line, or there is no such line within <see cref="YearHeadingReach"/>, or it names another month
    /// (the items under it belong to another heading).
    /// </summary>
    private static int? MonthHeadingYear(string text, Part p)
    {
        // (An item of the agenda: the date opens its line or list item, "- **22 de enero** · Jornada …"; a sentence's date under a cover's
        // "Enero 2025" is not one.)
        var lineStart = p.Start > 0 ? text.LastIndexOf('\n', p.Start - 1) + 1 : 0;
        if (text.AsSpan(lineStart, p.Start - lineStart).Trim(" \t-–•*·") is { Length: > 0 }) return null;
        if (HeadingLines(text, p.Start) is not var (from, to) || MonthHeadingLine().Match(text, from, to - from) is not { Success: true } m) return null;
        return SpanishCalendar.Month(m.Groups["month"].Value) == p.Month ? Int(m.Groups["year"].Value) : null;
    }

    /// <summary>A line that is only a year ("2024", "## 2024", "Año 2024"), as headings of an agenda or a chronology set it.</summary>
    [GeneratedRegex(@"^(?:#{1,6} )?(?:Año )?(?<year>(?:19|20)\d\d)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex YearHeadingLine();

    /// <summary>How far back a year heading is read for the dates under it.</summary>
    private const int YearHeadingReach = 4000;

    /// <summary>
    /// The year of the nearest line before <paramref name="at"/> that is only a year, set apart as a heading: the lines around it are
    /// not bare years or figures too (the labels of a chart's axis, "2021" / "2022" / "2023", are no headings). Null for none.
    /// </summary>
    private static int? YearHeadingBefore(string text, int at)
    {
        if (HeadingLines(text, at) is not var (from, to) || YearHeadingLine().Match(text, from, to - from) is not { Success: true } m) return null;
        var lineStart = m.Index;
        var lineEnd = m.Index + m.Length;
        return IsFigureLine(LineBefore(text, lineStart)) || IsFigureLine(LineAfter(text, lineEnd)) ? null : Int(m.Groups["year"].Value);

        static string LineBefore(string s, int start)
        {
            var end = start - 1;
            if (end <= 0) return "";
            var begin = s.LastIndexOf('\n', end - 1) + 1;
            return s[begin..end];
        }

        static string LineAfter(string s, int end)
        {
            if (end >= s.Length) return "";
            var next = s.IndexOf('\n', end + 1);
            return s[(end + 1)..(next < 0 ? s.Length : next)];
        }

        static bool IsFigureLine(string line) => line.Trim() is { Length: > 0 } l && l.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '%');
    }

    /// <summary>
    /// The year next to <paramref name="year"/> whose calendar puts the day on the weekday the text names, when the period's year does
    /// not ("miércoles 8 de octubre" in a deck whose period runs from October 2024: 8 October 2025 was a Wednesday); else the year.
    /// </summary>
    private static int WeekdaysYear(Part p, int year)
    {
        if (p.Weekday is not { } weekday || p.Day is not { } day || Weekday(year) is var w && (w is null || w == weekday)) return year;
        return Weekday(year + 1) == weekday ? year + 1 : Weekday(year - 1) == weekday ? year - 1 : year;

        DayOfWeek? Weekday(int y) => day <= DateTime.DaysInMonth(y, p.Month) ? new DateOnly(y, p.Month, day).DayOfWeek : null;
    }

    /// <summary>"Para 2024", "Para el año 2025": a plan's year, stated at a paragraph's or a sentence's start.</summary>
    [GeneratedRegex(@"(?:^|[\n.:]\s*)Para (?:el año |el )?(?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PlanYear();

    /// <summary>
    /// Whether the sentence around <paramref name="at"/> tells of something to come: a verb in the future ("Rosario acogerá el próximo 24
    /// de abril …") or a word of planning ("prevista para", "programado", "próximo"), and none in the preterite. Under "8. Previsiones
    /// para 2025", "El Consejo aprobó en su sesión de diciembre …" tells of the report's own year.
    /// </summary>
    private static bool TellsOfPlan(string text, int at)
    {
        var start = Math.Max(text.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1, at - PlanSentenceReach);
        var end = text.IndexOfAny(['.', '\n'], at);
        if (end < 0 || end - at > PlanSentenceReach) end = Math.Min(text.Length, at + PlanSentenceReach);
        var sentence = text.AsSpan(start, end - start);
        var plan = false;
        foreach (var range in sentence.Split(' '))
        {
            var word = sentence[range].Trim(",;:()«»\"“”");
            // ("La alcaldesa recibió el 9 de octubre al embajador de Irán": a verb in the preterite tells what was done.)
            if (word.Length > 0 && char.IsLower(word[0]) && SpanishVerbForms.IsPreterite(word)) return false;
            if (SpanishVerbForms.IsFuture(word) || word.StartsWith("próxim", StringComparison.OrdinalIgnoreCase) || word.StartsWith("previst", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("programad", StringComparison.OrdinalIgnoreCase) || word is "prevé" or "prevén" or "prevemos" or "realizaremos" or "celebraremos") plan = true;
        }

        return plan;
    }

    /// <summary>
    /// How many years past the report's a section's title of plans may look ("Retos 2025" in a 2024 report; "Alineamiento con la Agenda
    /// 2030" names the United Nations' agenda, not a year of plans).
    /// </summary>
    private const int MaxPlanYearsAhead = 2;

    /// <summary>How far from a date its sentence is read for a plan, each way.</summary>
    private const int PlanSentenceReach = 300;

    /// <summary>A section's title of plans that ends with their year: "6.9. Desafíos para 2025", "Retos 2025", "Agenda internacional 2025".</summary>
    [GeneratedRegex(@"^[^\n]{0,30}?\b(?:[Pp]ara(?: el año| el)?|(?:Desaf[ií]os|Retos|Perspectivas|Proyecciones|Prioridades|Planes|Agenda|Objetivos)\b[^\n]{0,30}?) (?<year>(?:19|20)\d\d)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlanHeading();

    /// <summary>How far back a plan's year is read for a month without one: its introduction and a short list after it.</summary>
    private const int PlanReach = 600;

    /// <summary>A date's year written out ("de 2024"), as against a year inside a name ("Copa Mundial de la FIFA 2026").</summary>
    [GeneratedRegex(@"\bde (?<year>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatesYear();

    /// <summary>
    /// The year of the nearest plan stated within <see cref="PlanReach"/> characters before <paramref name="at"/>, unless a date of
    /// another year stands between (the plan of another item or another paragraph: "Para 2025, la Oficina prevé …" over the next
    /// press release's "Zaragoza, 2 de diciembre de 2024. … del 25 al 30 de noviembre").
    /// </summary>
    private static int? PlanYearBefore(string text, int at)
    {
        var from = Math.Max(0, at - PlanReach);
        if (PlanYear().Match(text, from, at - from) is not { Success: true } m) return null;
        var year = Int(m.Groups["year"].Value);
        var after = m.Index + m.Length;
        foreach (Match d in DatesYear().Matches(text[after..at]))
            if (Int(d.Groups["year"].Value) != year) return null;
        return year;
    }

    /// <summary>The year of a month without one: the year whose part of the period contains the month, else the nearest.</summary>
    public static int YearFor(DateValue period, int month)
    {
        var first = period.FirstDay;
        var last = period.LastDay;
        for (var y = first.Year; y <= last.Year; y++)
        {
            var monthStart = new DateOnly(y, month, 1);
            var monthEnd = monthStart.AddMonths(1).AddDays(-1);
            if (monthStart <= last && monthEnd >= first) return y;
        }

        // The month lies outside a period shorter than a year ("18 de marzo" in a July–December report): same year.
        return first.Year == last.Year ? first.Year : month >= first.Month ? first.Year : last.Year;
    }

    private static Part? ReadNumeric(Match m)
    {
        var g = m.Groups;
        int day, month, year;
        if (g[10].Success)
        {
            year = Int(g[10].Value);
            month = Int(g[11].Value);
            day = Int(g[12].Value);
        }
        else
        {
            var k = g[1].Success ? 1 : g[4].Success ? 4 : 7;
            day = Int(g[k].Value);
            month = Int(g[k + 1].Value);
            year = Int(g[k + 2].Value);
            if (g[k + 2].Value.Length == 2) year += year < 50 ? 2000 : 1900;
            if (month > 12 && day <= 12) (day, month) = (month, day); // month-first, as US-style sources write it
        }

        if (year is < 1900 or > 2100 || DatePoint.TryCreate(year, month, day) is null) return null;
        return new Part(m.Index, m.Index + m.Length, day, month, year, null, null, false);
    }

    /// <summary>"22-23/08", "14-18/10/2024": the first day before the second, a month, and no year but a four-figure one.</summary>
    private static Part? ReadNumericDayRange(string text, Match m)
    {
        var worded = m.Groups[2].Success; // "del 2 al 4/10"
        var firstGroup = worded ? m.Groups[2] : m.Groups[1];
        var first = Int(firstGroup.Value);
        var last = Int(m.Groups[3].Value);
        var month = Int(m.Groups[4].Value);
        int? year = m.Groups[5].Success ? Int(m.Groups[5].Value) : null;
        if (first < 1 || last > 31 || first >= last || month is < 1 or > 12 || year is < 1900 or > 2100) return null;
        // "1-3/4 pulgadas" is a fraction: a range of days writes its month, or one of its days, with two figures, or follows "los días".
        if (!worded && firstGroup.Length == 1 && m.Groups[3].Length == 1 && m.Groups[4].Length == 1
            && PreviousWord(text, m.Index, out _).ToString().ToLowerInvariant() is not ("días" or "dias" or "del")) return null;
        return new Part(m.Index, m.Index + m.Length, last, month, year, null, first, false);
    }

    /// <summary>
    /// The year a line opens with ("de 2022", "del 2022 4 meses"), right after a line (or a blank line) that ends with a month: the clean
    /// text breaks lines only between blocks, and no block opens with "de" but a cell's lines broken apart ("28 de febrero" / "de 2022").
    /// </summary>
    private static int? YearOnNextLine(string text, int at)
    {
        var nl = text.IndexOf('\n', at);
        if (nl < 0 || text.AsSpan(at, nl - at).ContainsAnyExcept(' ', '\t')) return null;
        // One blank line may stand between (a cell's lines as a PDF gives them).
        var from = nl + 1;
        var blank = text.IndexOf('\n', from);
        if (blank >= 0 && !text.AsSpan(from, blank - from).ContainsAnyExcept(' ', '\t')) from = blank + 1;
        var next = TokensAfter(text, from, 3);
        // Lower case only ("De 2019 a 2023 la ciudad creció" opens a sentence), and no range from that year on.
        if (next.Count >= 3 && (next[2].Is("a") || next[2].Is("al") || next[2].Is("hasta") || next[2].Text is "-" or "–")) return null;
        return next.Count >= 2 && next[0].Text is "de" or "del" && next[1].Text.Length == 4
               && int.TryParse(next[1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;
    }

    /// <summary>
    /// Whether a day stands before the month ("15 de marzo-2021", "15-ene-2021", "2 de mayo-12"): then a figure glued after the month is
    /// no spreadsheet label's year. A figure that itself ends a label ("ene-21 feb-21": the "21" glued to "ene-") is no day.
    /// </summary>
    private static bool DayBefore(string text, List<Tok> left)
    {
        var i = left.Count - 1;
        if (i >= 0 && (left[i].Is("de") || left[i].Text == "-")) i--;
        if (i < 0 || Day(left[i]) is null) return false;
        return left[i].Start == 0 || text[left[i].Start - 1] != '-';
    }

    /// <summary>A year glued to a month by a hyphen at <paramref name="at"/>: "-21" (2021) or "-2021", then no letter or figure.</summary>
    private static (int Year, int End)? GluedYear(string text, int at)
    {
        if (at >= text.Length || text[at] != '-') return null;
        var k = at + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        var digits = k - at - 1;
        if (digits is not (2 or 4) || (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] is '-' or '/'))) return null;
        var year = Int(text.Substring(at + 1, digits));
        if (digits == 2) year += year < 50 ? 2000 : 1900;
        return year is >= 1900 and <= 2100 ? (year, k) : null;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A token of the few words around a month: a word, a number (with any ordinal mark), or one punctuation mark.</summary>
    private readonly record struct Tok(int Start, int End, string Text)
    {
        public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="lines">Where the source's lines start in the clean text: a calendar's "Julio" alone on its line, over its activity, is no first name.</param>
    private static IEnumerable<Part> ReadAroundMonth(string text, Match m, OffsetMap lines)
    {
        var month = SpanishCalendar.Month(m.Value);
        if (month is null) yield break;
        var isAbbreviation = m.Value.Length <= 4 && !m.Value.Equals("mayo", StringComparison.OrdinalIgnoreCase);
        var left = TokensBefore(text, m.Index, 12);
        var right = TokensAfter(text, m.Index + m.Length, 6);
        var r = 0;
        var end = m.Index + m.Length;
        if (isAbbreviation && r < right.Count && right[r].Text == "." && right[r].Start == end) end = right[r++].End;
        // "ene-21", "feb.-21", "mar-2021": a month glued to its year by a hyphen, as spreadsheets label months. The figure before it, if
        // any, is the year of the label before ("ene-21 feb-21"), not a day.
        if (!DayBefore(text, left) && GluedYear(text, end) is { } glued)
        {
            yield return new Part(m.Index, glued.End, null, month.Value, glued.Year, null, null, false);
            yield break;
        }


        // Year rightwards: "de 2021", "del 2020", "2021", ", 2021", "del año pasado".
        int? year = null, relative = null;
        var rr = r;
        if (rr < right.Count && right[rr].Text == ",") rr++;
        var afterDe = rr < right.Count && (right[rr].Is("de") || right[rr].Is("del"));
        if (afterDe) rr++;
        // "fundada el 18 de enero de 1535": a full date's year of history is a year too ("en marzo de 1500 personas" is not).
        if (rr < right.Count && right[rr].Text.Length == 4 && int.TryParse(right[rr].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var yv)
            && (yv is >= 1900 and <= 2100 || (afterDe && yv is >= 1000 and < 1900 && left.Count >= 2 && left[^1].Is("de") && Day(left[^2]) is not null)))
        {
            year = yv;
            end = right[rr].End;
        }
        else if (r + 1 < right.Count && right[r].Is("del") && right[r + 1].Is("presente") && !(r + 2 < right.Count && right[r + 2].Is("año")))
        {
            relative = 0; // "del 18 al 21 de septiembre del presente" (año is understood)
            end = right[r + 1].End;
        }
        else if (r + 2 < right.Count && (right[r].Is("de") || right[r].Is("del")) && (right[r + 1].Is("ese") || right[r + 1].Is("aquel") || right[r + 1].Is("mismo"))
                 && right[r + 2].Is("año") && YearBefore(text, m.Index) is { } named)
        {
            year = named; // "el Acuerdo 147 de 2005, aprobado … el 30 de marzo de ese año"
            end = right[r + 2].End;
        }
        else if (r < right.Count && (right[r].Is("del") || right[r].Is("de")) && RelativeYear(right, r + 1, out var shift, out var relEnd))
        {
            relative = shift;
            end = relEnd;
        }
        else if (r == right.Count && YearOnNextLine(text, end) is { } below)
        {
            year = below; // a table's cell broken over lines: "28 de febrero" / "de 2022"
        }

        // Leftwards: optional "de", a day, then a range or a list of days.
        var i = left.Count - 1;
        if (i >= 0 && left[i].Is("de")) i--;
        // "15-ENE · Reunión": a timeline's day glued to its month by a hyphen.
        else if (isAbbreviation && i >= 1 && left[i].Text == "-" && left[i].End == m.Index && left[i - 1].End == left[i].Start && Day(left[i - 1]) is not null) i--;
        if (i >= 1 && left[i].Text == "." && left[i - 1].End == left[i].Start && Day(left[i - 1]) == 1) i--; // "1ro. de mayo"
        var day = i >= 0 ? Day(left[i]) : null;
        // "la primera quincena de julio", "segunda quincena de agosto": the 1st to the 15th, the 16th to the month's end.
        if (day is null && i >= 1 && left[i].Is("quincena") && left[i - 1].Text.ToLowerInvariant() is "primera" or "segunda" && !IsInsideName(text, left[i - 1].Start, end))
        {
            var second = left[i - 1].Is("segunda");
            yield return new Part(left[i - 1].Start, end, second ? 31 : 15, month.Value, year, relative, second ? 16 : 1, false) { ToMonthEnd = second };
            yield break;
        }

        if (day is null)
        {
            // "mar", "set" alone are ordinary words; "Ene–jun 2023" opens a range of months.
            if (isAbbreviation && year is null && !OpensRangeOfMonths(right, r)) yield break;
            if (i >= 0 && left[i].Text.Length > 0 && char.IsAsciiDigit(left[i].Text[0])) yield break; // "32 de enero", "500 de mayo": not a day
            if (LooksLikeName(m, left, right) && !(right.Count > 0 && lines.StartsLine(m.Index) && lines.StartsLine(right[0].Start))) yield break;
            var start = m.Index;
            if (IsInsideName(text, start, end)) yield break;
            yield return new Part(start, end, null, month.Value, year, relative, null, false);
            yield break;
        }

        var dayTok = left[i];
        var startAt = dayTok.Start;
        int? rangeStart = null;
        var listDays = new List<(Tok Tok, int Day)>();
        var k = i - 1;
        // ("del sábado 16 al domingo 24 de marzo": a weekday may name each end.)
        // ("Día 1 — lunes 4 de marzo" numbers a day before its weekday: a dash is no range word there.)
        var rk = k >= 1 && Weekdays.ContainsKey(left[k].Text) && left[k - 1].Text.ToLowerInvariant() is "al" or "a" or "hasta" ? k - 1 : k;
        if (rk >= 1 && RangeWords.Contains(left[rk].Text) && Day(left[rk - 1]) is { } d0)
        {
            rangeStart = d0;
            startAt = left[rk - 1].Start;
            k = rk - 2;
            if (k >= 0 && Weekdays.ContainsKey(left[k].Text)) startAt = left[k--].Start;
            if (k >= 0 && (left[k].Is("del") || left[k].Is("desde") || left[k].Is("de"))) startAt = left[k].Start;
        }
        else if (k >= 2 && left[k].Is("el") && (left[k - 1].Is("al") || left[k - 1].Is("hasta") || (left[k - 1].Is("y") && k >= 4 && left[k - 4].Is("entre"))) && Day(left[k - 2]) is { } d1)
        {
            rangeStart = d1;
            startAt = left[k - 2].Start;
            if (k >= 3 && (left[k - 3].Is("el") || left[k - 3].Is("del"))) startAt = left[k - 3].Start;
            if (k >= 4 && (left[k - 4].Is("desde") || left[k - 4].Is("entre"))) startAt = left[k - 4].Start;
        }
        else if (k >= 1 && left[k].Is("y") && Day(left[k - 1]) is { } d2 && k >= 2 && (left[k - 2].Is("entre") || (k >= 3 && left[k - 2].Is("el") && left[k - 3].Is("entre"))))
        {
            rangeStart = d2;
            startAt = left[k - 2].Is("entre") ? left[k - 2].Start : left[k - 3].Start;
        }
        else
        {
            // "18 y 22 de octubre", "4, 5 y 6 de mayo": each earlier day is its own mention, spanning only its number; a weekday may
            // name each day ("viernes 23 y sábado 24 de febrero").
            k = SkipListedWeekday(left, k);
            // "el 12 y el 13 de septiembre": each day may take its article.
            if (k >= 2 && left[k].Is("el") && (left[k - 1].Is("y") || left[k - 1].Is("e")) && Day(left[k - 2]) is not null) k--;
            while (k >= 1 && (left[k].Is("y") || left[k].Is("e") || left[k].Text == ",") && Day(left[k - 1]) is { } dl)
            {
                listDays.Add((left[k - 1], dl));
                k = SkipListedWeekday(left, k - 2);
            }
        }

        // A weekday before a single date belongs to it: "lunes 4 de octubre", "el martes, 5 de mayo".
        DayOfWeek? weekday = null;
        if (rangeStart is null && listDays.Count == 0)
        {
            var w = k;
            if (w >= 0 && left[w].Is("el")) w--;
            if (w >= 0 && left[w].Text == ",") w--;
            if (w >= 0 && Weekdays.TryGetValue(left[w].Text, out var named))
            {
                startAt = left[w].Start;
                weekday = named;
            }
        }

        // ("el martes 7 y el miércoles 8 de noviembre": each listed day keeps its weekday.)
        if (listDays.Count > 0 && i >= 1 && Weekdays.TryGetValue(left[i - 1].Text, out var listedWeekday)) (startAt, weekday) = (left[i - 1].Start, listedWeekday);
        if (IsInsideName(text, startAt, end) || PlaceBefore(left, listDays.Count > 0 ? listDays[^1].Tok : dayTok)
            || (char.IsUpper(m.Value[0]) && i > 0 && BuildingWords.Contains(left[i - 1].Text))) yield break;
        foreach (var (tok, d) in listDays)
        {
            var at = left.IndexOf(tok);
            var named = at > 0 && Weekdays.TryGetValue(left[at - 1].Text, out var dayOfWeek) ? dayOfWeek : (DayOfWeek?)null;
            yield return new Part(named is null ? tok.Start : left[at - 1].Start, tok.End, d, month.Value, year, relative, null, true) { Weekday = named };
        }
        yield return new Part(startAt, end, day, month.Value, year, relative, rangeStart, false) { Weekday = weekday };
    }

    /// <summary>The token before a weekday that stands between a list's connector and its day ("y sábado 24"), else <paramref name="k"/>.</summary>
    private static int SkipListedWeekday(List<Tok> left, int k)
    {
        if (k < 2 || !Weekdays.ContainsKey(left[k].Text)) return k;
        // ("el martes 7 y el miércoles 8 de noviembre": the weekday may take its article.)
        var j = k >= 3 && left[k - 1].Is("el") ? k - 1 : k;
        return (left[j - 1].Is("y") || left[j - 1].Is("e") || left[j - 1].Text == ",") && Day(left[j - 2]) is not null ? j - 1 : k;
    }

    /// <summary>"Ene–jun 2023", "ene - jun. 2024": a dash, then a month and a year.</summary>
    private static bool OpensRangeOfMonths(List<Tok> right, int r)
    {
        if (r + 2 >= right.Count || right[r].Text is not ("–" or "-" or "—") || SpanishCalendar.Month(right[r + 1].Text) is null) return false;
        var y = r + 2;
        if (right[y].Text == "." && y + 1 < right.Count) y++;
        return right[y].Text.Length == 4 && int.TryParse(right[y].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;
    }

    private static bool RelativeYear(List<Tok> right, int at, out int shift, out int end)
    {
        shift = 0;
        end = 0;
        // "del año pasado", "del año anterior", "del próximo año", "de este año", "del año en curso".
        if (at + 1 < right.Count && right[at].Is("año"))
        {
            var w = right[at + 1];
            shift = w.Text.ToLowerInvariant() switch
            {
                "pasado" or "anterior" => -1,
                "siguiente" or "próximo" or "proximo" or "entrante" => 1,
                "actual" or "presente" or "corriente" => 0,
                "en" when at + 2 < right.Count && right[at + 2].Is("curso") => 0,
                _ => int.MinValue,
            };
            if (shift == int.MinValue) return false;
            end = w.Is("en") ? right[at + 2].End : w.End;
            return true;
        }

        if (at + 1 < right.Count && right[at + 1].Is("año"))
        {
            shift = right[at].Text.ToLowerInvariant() switch
            {
                "este" or "presente" => 0,
                "próximo" or "proximo" => 1,
                "pasado" => -1,
                _ => int.MinValue,
            };
            if (shift == int.MinValue) return false;
            end = right[at + 1].End;
            return true;
        }

        return false;
    }

    /// <summary>A day of the month: 1–31, "1o", "1º", "1.º", "1°", "1ro", "1er", or "primero".</summary>
    private static int? Day(Tok t)
    {
        var s = t.Text;
        if (s.Equals("primero", StringComparison.OrdinalIgnoreCase)) return 1;
        var n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n])) n++;
        if (n is 0 or > 2) return null;
        var suffix = s[n..];
        if (suffix.Length > 0 && suffix is not ("o" or "º" or "°" or "ro" or "er" or "o." or "º." or "°." or ".º" or ".°" or ".o"))
            return null;
        var d = int.Parse(s.AsSpan(0, n), NumberStyles.None, CultureInfo.InvariantCulture);
        if (suffix.Length > 0 && d != 1) return null; // ordinal days other than the first are not written in Spanish dates
        return d is >= 1 and <= 31 ? d : null;
    }

    /// <summary>The dot of an ordinal day written "1.º" (RAE's abbreviation): between a digit and the ordinal sign.</summary>
    private static bool OrdinalDot(string text, int at) =>
        text[at] == '.' && at > 0 && char.IsAsciiDigit(text[at - 1]) && at + 1 < text.Length && text[at + 1] is 'º' or '°';

    /// <summary>"Julio Carranza", "Abril Pérez": a capitalised month followed by a capitalised word is a first name.</summary>
    private static bool LooksLikeName(Match m, List<Tok> left, List<Tok> right)
    {
        if (!char.IsUpper(m.Value[0]) || m.Value.All(char.IsUpper)) return false;
        if (right.Count > 0 && right[0].Text.Length > 1 && char.IsUpper(right[0].Text[0]) && right[0].Start - (m.Index + m.Length) <= 1 && char.IsLetter(right[0].Text[0]))
            return true;
        // "Plaza de Mayo", "Revolución de Mayo": a capitalised month after "de" and a capitalised word names something.
        if (left.Count >= 2 && left[^1].Is("de") && char.IsUpper(left[^2].Text[0]) && char.IsLetter(left[^2].Text[0])) return true;
        return false;
    }

    /// <summary>A date that is exactly the content of quotation marks ("“1º de Diciembre”") is a name.</summary>
    private static bool IsInsideName(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        return (before is '“' or '"' or '«' or '‘') && (after is '”' or '"' or '»' or '’');
    }

    private static bool PlaceBefore(List<Tok> left, Tok first)
    {
        var idx = left.IndexOf(first);
        for (var j = idx - 1; j >= 0 && j >= idx - 2; j--)
        {
            var w = left[j].Text.TrimEnd('.');
            if (PlaceWords.Contains(w)) return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(string text, int pos, out int start)
    {
        var e = pos;
        while (e > 0 && text[e - 1] == ' ') e--;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        start = s;
        return text.AsSpan(s, e - s);
    }

    /// <summary>The table cell that ends at the tab at <paramref name="tab"/>, trimmed, when it holds at most eight characters.</summary>
    private static Tok? CellBefore(string text, int tab)
    {
        var start = tab;
        while (start > 0 && text[start - 1] is not ('\t' or '\n')) start--;
        return ShortCell(text, start, tab);
    }

    /// <summary>The table cell that starts at <paramref name="start"/>, trimmed, when it holds at most eight characters.</summary>
    private static Tok? CellAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] is not ('\t' or '\n')) end++;
        return ShortCell(text, start, end);
    }

    private static Tok? ShortCell(string text, int start, int end)
    {
        while (start < end && text[start] == ' ') start++;
        while (end > start && text[end - 1] == ' ') end--;
        return end - start is > 0 and <= 8 ? new Tok(start, end, text[start..end]) : null;
    }

    private static List<Tok> TokensBefore(string text, int pos, int max)
    {
        var list = new List<Tok>();
        var i = pos;
        while (list.Count < max && i > 0)
        {
            var c = text[i - 1];
            if (c == '\n') break;
            if (c == '\t')
            {
                // No date runs across a table's cells, but a day may have a column of its own ("15\tmarzo\t2023").
                if (list.Count == 0 && CellBefore(text, i - 1) is { } day)
                {
                    // "15\tmarzo", "15 de\tabril": a day, with its "de", in the cell before.
                    var withDe = day.Text.EndsWith(" de", StringComparison.OrdinalIgnoreCase);
                    var digits = withDe ? day.Text[..^3].TrimEnd() : day.Text;
                    if (digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit))
                    {
                        list.Add(new Tok(day.Start, day.Start + digits.Length, digits));
                        if (withDe) list.Add(new Tok(day.End - 2, day.End, day.Text[^2..]));
                    }
                }

                break;
            }

            if (char.IsWhiteSpace(c)) { i--; continue; }
            var e = i;
            if (char.IsLetterOrDigit(c) || c is 'º' or '°')
            {
                while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is 'º' or '°' || OrdinalDot(text, i - 1))) i--;
            }
            else i--;

            list.Add(new Tok(i, e, text[i..e]));
        }

        list.Reverse();
        return list;
    }

    private static List<Tok> TokensAfter(string text, int pos, int max)
    {
        var list = new List<Tok>();
        var i = pos;
        while (list.Count < max && i < text.Length)
        {
            var c = text[i];
            if (c == '\n') break;
            if (c == '\t')
            {
                // A year may have a column of its own ("Marzo\t2023"); nothing else after a cell's end belongs to its date.
                if (CellAfter(text, i + 1) is { Text.Length: 4 } year && year.Text.All(char.IsAsciiDigit)) list.Add(year);

                break;
            }

            if (char.IsWhiteSpace(c)) { i++; continue; }
            var s = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || OrdinalDot(text, i))) i++;
            }
            else i++;

            list.Add(new Tok(s, i, text[s..i]));
        }

        return list;
    }
}
