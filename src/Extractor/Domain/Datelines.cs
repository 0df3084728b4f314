using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A press dateline: a place (maybe with its state or country, its words capitalised: "Santiago de Querétaro, Qro.,"), a comma, an optional weekday and a full date ("Tacuarembó, 3 de mayo de 2024.", "Cuenca, martes 5 de marzo
/// de 2024"), or a day and month closed by a full stop or a dash ("Córdoba, 9 de marzo."), as news items and newsletters open their text. The cleaner ends a title before one; event extraction dates the title
/// by it. A stamp under a headline tells the day the item was published.
/// </summary>
public static partial class Datelines
{
    [GeneratedRegex(@"\G[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}(?:, \p{Lu}[\p{L}'’.-]*(?: (?:de|del|la|las|los|el|\p{Lu}[\p{L}'’.-]*)){0,3})?, (?:\p{L}+,? )?\d{1,2}º? de \p{L}+(?: (?:de |del )?\d{4}\b|(?=\.(?:\s|$|[-–—])|[ \t]*[—–]))", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // A bulletin's numeric date opening an item's text before a dash: "22.10.2024 — El embajador …", "13/12/2024 – Ya como …".
    [GeneratedRegex(@"\G[ \t]*\d{1,2}([./])\d{1,2}\1\d{4}[ \t]*(?:[—–]|\.-)[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex DatedDash();

    /// <summary>Whether a dateline opens the text at <paramref name="at"/> (a place and a full date, or a numeric date and a dash).</summary>
    public static bool OpensAt(string text, int at) => at < text.Length && (Dateline().Match(text, at).Success || DatedDash().Match(text, at).Success);

    /// <summary>Whether a line is a dateline and nothing else ("Valparaíso, 3 de julio de 2024", set on a line of its own under a headline).</summary>
    public static bool IsWholeLine(string line) =>
        Dateline().Match(line) is { Success: true } m && line.AsSpan(m.Index + m.Length).Trim(" \t.,;:–—-").IsEmpty;

    [GeneratedRegex(@"^[ \t]*(?:(?:publicad[oa]|fecha(?: de publicación)?|actualizad[oa])(?:[ \t]+el)?[ \t]*:?[ \t]*(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?[ \t]+)?)?\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|[ \t]+de[ \t]+\p{L}+(?:[ \t]+de)?[ \t]+\d{4})\.?[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>
    /// Whether a line is a news item's stamp, the day it was published and nothing else: "Publicado: 23/09/2024", "12 de noviembre de
    /// 2024", "Fecha: martes 5 de marzo de 2024". A weekday without a label ("Martes 8 de octubre de 2024") heads a day of an agenda.
    /// </summary>
    public static bool IsStamp(ReadOnlySpan<char> line) => line.Length <= 60 && Stamp().IsMatch(line);

    private const string Month = @"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)\.?";

    [GeneratedRegex(@"^[ \t]*(?:(?-i:\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:de|del|la|las|los|el|\p{Lu}[\p{L}'’.-]*)){0,3})[ \t]*·[ \t]*)?(?:(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?[ \t]+)?(?:(?:del?[ \t]+)?\d{1,2}(?:[ \t]*(?:[-–]|al|a|y)[ \t]*\d{1,2})?[ \t]+(?:de[ \t]+)?" + Month
                    + @"(?:[ \t]*(?:[-–]|al|a)[ \t]*\d{1,2}[ \t]+(?:de[ \t]+)?" + Month + @")?|\d{1,2}/\d{1,2}/\d{2,4}(?:[ \t]*[-–][ \t]*\d{1,2}/\d{1,2}/\d{2,4})?|"
                    + Month + @"[ \t]*(?:[-–]|a)[ \t]*" + Month + @")(?:[ \t]+(?:de[ \t]+)?\d{4})?(?:[ \t]*[·|,][ \t]*(?-i:\p{Lu})[\p{L}'’ .-]{1,40})?[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateOnly();

    /// <summary>
    /// Whether a line is the days of the item titled on the line above and nothing else, as slides and brochures set them: "6-8 de
    /// marzo", "Miércoles, 24 de mayo", "21 de febrero · Valencia", "Marsella · 11 abril", "2 oct. – 15 dic.", "11/05/2023 · Madrid", "marzo-junio". A news
    /// item's stamp (a full date with its year, <see cref="IsStamp"/>) is not one: it tells when the item came out; nor is a weekday's full
    /// date ("Martes 8 de octubre de 2024"), which heads a day of an agenda.
    /// </summary>
    public static bool IsDateOnly(ReadOnlySpan<char> line) => line.Length <= 60 && DateOnly().IsMatch(line) && !IsStamp(line) && !WeekdaysFullDate().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\b.*\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdaysFullDate();
}
