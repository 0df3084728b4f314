using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A panel of figures, as reports and brochures set their numbers apart ("LA AGENCIA EN CIFRAS" over "38 proyectos de cooperación" /
/// "27 cooperantes activos" / "más de 3.100 asistentes a eventos"): short lines in a row, each a figure and what it counts. The
/// cleaner keeps each line a block of its own; extraction reads a line's context in the whole panel.
/// </summary>
public static partial class FigurePanels
{
    /// <summary>Fewest figure lines in a row that make a panel.</summary>
    public const int MinLines = 3;

    /// <summary>How many lines either side of a line its panel is read over.</summary>
    private const int MaxReach = 12;

    /// <summary>A panel's line is short: a figure and a few words.</summary>
    private const int MaxLineLength = 60;

    /// <summary>A figure first ("38", "+30", "USD 214", "más de 3.100"), then words or a percent sign, and no stop or comma after.</summary>
    [GeneratedRegex(@"^\s*(?:[+>~]|(?:[Mm]ás|[Mm]enos) de |(?:[A-Z]{3}|US\$|\$|€) ?)?\d[\d.,]*\s*(?:%|[A-Za-zÁÉÍÓÚÑáéíóúñ])[^.;:,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureLine();

    /// <summary>Whether the line reads as one line of a panel of figures.</summary>
    public static bool IsFigureLine(ReadOnlySpan<char> line) => line.Trim().Length <= MaxLineLength && FigureLine().IsMatch(line);

    /// <summary>
    /// The panel of figures in <paramref name="text"/> (lines joined by '\n') holding the line that spans <paramref name="start"/>, as
    /// its start and end; null when that line is no figure line or has fewer than <see cref="MinLines"/> in a row with it.
    /// </summary>
    public static (int Start, int End)? Around(string text, int start)
    {
        var (s, e) = LineAt(text, start);
        if (!IsFigureLine(text.AsSpan(s, e - s))) return null;
        var lines = 1;
        // A panel is read within a reach of lines either side: a list of thousands of figure lines is not walked whole for each of them.
        for (var n = 0; n < MaxReach && s > 0 && LineAt(text, s - 1) is var (ps, pe) && IsFigureLine(text.AsSpan(ps, pe - ps)); n++) { s = ps; lines++; }
        for (var n = 0; n < MaxReach && e < text.Length && LineAt(text, e + 1) is var (ns, ne) && ns < text.Length && IsFigureLine(text.AsSpan(ns, ne - ns)); n++) { e = ne; lines++; }
        return lines >= MinLines ? (s, e) : null;
    }

    private static (int Start, int End) LineAt(string text, int at)
    {
        at = Math.Clamp(at, 0, text.Length);
        var s = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var e = text.IndexOf('\n', at);
        return (s, e < 0 ? text.Length : e);
    }
}
