namespace Extractor.Profiling;

/// <summary>Spanish month names and their abbreviations (RAE's abbreviations plus the three-letter forms reports use).</summary>
public static class SpanishCalendar
{
    private static readonly string[] Names =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly Dictionary<string, int> Lookup = Build();

    /// <summary>Full month names, lower-case, January first.</summary>
    public static IReadOnlyList<string> MonthNames => Names;

    /// <summary>
    /// A regex alternation of every month spelling <see cref="Month"/> accepts, longest first, for use inside (?:...).
    /// A constant, so that regexes built on it are source-generated (compiled ahead of time with the rest of the program)
    /// rather than built and compiled in every process; a test checks it against the spellings.
    /// </summary>
    public const string MonthPattern =
        "septiembre|noviembre|diciembre|setiembre|febrero|octubre|agosto|enero|marzo|abril|junio|julio|mayo|sept|ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic|set";

    /// <summary>1–12 for a month name or abbreviation (case-insensitive, trailing dot ignored), else null.</summary>
    public static int? Month(string word)
    {
        var w = word.Trim().TrimEnd('.').ToLowerInvariant();
        return Lookup.TryGetValue(w, out var m) ? m : null;
    }

    private static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            d[Names[i]] = i + 1;
            d[Names[i][..3]] = i + 1;
        }

        d["setiembre"] = 9; // Spelling accepted by the RAE and common in Peru and Uruguay.
        d["sept"] = 9;
        d["set"] = 9;
        return d;
    }
}
