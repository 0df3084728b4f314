using System.Globalization;

namespace Extractor.Domain;

/// <summary>How precise a calendar point is.</summary>
public enum DateGranularity { Year, Month, Day }

/// <summary>A calendar point at year, month or day precision.</summary>
public readonly record struct DatePoint : IComparable<DatePoint>
{
    public DatePoint(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year out of range.");
        if (month is { } m && (m < 1 || m > 12)) throw new ArgumentOutOfRangeException(nameof(month), month, "Month out of range.");
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day out of range for the month.");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DateGranularity Granularity => Day is not null ? DateGranularity.Day : Month is not null ? DateGranularity.Month : DateGranularity.Year;

    /// <summary>Builds a point, or null when the parts do not form a real calendar date.</summary>
    public static DatePoint? TryCreate(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return null;
        if (month is { } m && (m < 1 || m > 12)) return null;
        if (day is not null && month is null) return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))) return null;
        return new DatePoint(year, month, day);
    }

    /// <summary>ISO 8601 text: 2021, 2021-07 or 2021-07-24.</summary>
    public string ToIso() => Granularity switch
    {
        DateGranularity.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DateGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public int CompareTo(DatePoint other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>The first day this point covers.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this point covers.</summary>
    public DateOnly LastDay => Granularity switch
    {
        DateGranularity.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DateGranularity.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month!.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    public override string ToString() => ToIso();

    /// <summary>Parses 2021, 2021-07 or 2021-07-24; null when the text is not one of those.</summary>
    public static DatePoint? ParseIso(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3) return null;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        return TryCreate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
    }
}

/// <summary>A date or a period: one calendar point, or a range from Start to End inclusive.</summary>
public sealed record DateValue
{
    public DateValue(DatePoint start, DatePoint? end = null)
    {
        if (end is { } e && e.CompareTo(start) < 0) throw new ArgumentException("A range cannot end before it starts.", nameof(end));
        Start = start;
        End = end == start ? null : end;
    }

    public DatePoint Start { get; }
    public DatePoint? End { get; }
    public bool IsRange => End is not null;

    /// <summary>ISO 8601: "2021-07-24", or "2021-11-24/2021-11-30" for a range.</summary>
    public string ToIso() => End is { } e ? $"{Start.ToIso()}/{e.ToIso()}" : Start.ToIso();

    public DateOnly FirstDay => Start.FirstDay;
    public DateOnly LastDay => (End ?? Start).LastDay;

    public static DateValue? ParseIso(string text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0) return DatePoint.ParseIso(text) is { } p ? new DateValue(p) : null;
        if (DatePoint.ParseIso(text[..slash]) is not { } s || DatePoint.ParseIso(text[(slash + 1)..]) is not { } e) return null;
        return e.CompareTo(s) < 0 ? null : new DateValue(s, e);
    }

    public override string ToString() => ToIso();
}
