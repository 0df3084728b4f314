using System.Text.RegularExpressions;

namespace Extractor.Loading;

/// <summary>
/// Tables written in plain text, as text exports of reports carry them: rows between bars ("| Fecha | Actividad | Lugar |") and
/// columns aligned with runs of spaces (what <c>pdftotext -layout</c> and hand-made text tables give). Their rows become cells
/// joined by tabs, the form every later stage reads as a table row.
/// </summary>
public static partial class TextTables
{
    /// <summary>A table's separator row ("|---|:--:|"). Each run of spaces has one place in the pattern: written with two optional spaces
    /// around an optional bar (<c>^\s*\|?\s*</c>, and again at the end), a line indented by thousands of spaces was split between them in every
    /// way before failing, in time growing with the square of the indent.</summary>
    [GeneratedRegex(@"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")]
    private static partial Regex Separator();

    /// <summary>Whether the line is a bar table's separator row ("|---|:--:|", "---|---").</summary>
    public static bool IsSeparator(string line) => line.Contains('-') && Separator().IsMatch(line);

    /// <summary>
    /// The cells of a row between bars ("| a | b |", or "a | b | c" with at least two bars), untrimmed of inline markup; null for
    /// any other line.
    /// </summary>
    public static string[]? BarCells(string line)
    {
        var trimmed = line.Trim();
        if (!(trimmed.StartsWith('|') || (trimmed.Contains(" | ", StringComparison.Ordinal) && trimmed.Count(c => c == '|') >= 2))) return null;
        return trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    /// <summary>Columns of a space-aligned table are this many spaces apart at least; one or two spaces also sit between words.</summary>
    private const int MinColumnGap = 2;

    /// <summary>A start column may drift by this much between rows (a cell set one space off by hand or by a layout's rounding).</summary>
    private const int ColumnSlack = 1;

    /// <summary>
    /// The rows of space-aligned tables among consecutive lines: for each line its cells, or null when it is not such a row. A table
    /// is two or more consecutive lines of three cells or more whose cells after the first start at the same columns (at least two
    /// of them shared with the table's first row); a line of two cells, or prose justified with double spaces, does not start one.
    /// </summary>
    public static string[]?[] AlignedRows(IReadOnlyList<string> lines)
    {
        var rows = new string[]?[lines.Count];
        var cells = lines.Select(SpaceCells).ToArray();
        var i = 0;
        while (i < lines.Count)
        {
            if (cells[i] is not { Count: >= 3 } first) { i++; continue; }
            var columns = first.Skip(1).Select(c => c.Start).ToList();
            var end = i + 1;
            while (end < lines.Count && cells[end] is { Count: >= 3 } next && SharedColumns(columns, next) >= Math.Min(2, columns.Count)) end++;
            if (end - i >= 2)
                for (var k = i; k < end; k++) rows[k] = cells[k]!.Select(c => c.Text).ToArray();
            i = end;
        }

        return rows;
    }

    private static int SharedColumns(List<int> columns, List<(int Start, string Text)> row) =>
        row.Skip(1).Count(c => columns.Any(col => Math.Abs(col - c.Start) <= ColumnSlack));

    /// <summary>The runs of text a line holds between gaps of <see cref="MinColumnGap"/> spaces or more, with their start columns; null for a line with tabs or none.</summary>
    private static List<(int Start, string Text)>? SpaceCells(string line)
    {
        if (line.Contains('\t') || line.AsSpan().Trim().IsEmpty) return null;
        var result = new List<(int, string)>();
        var k = 0;
        while (k < line.Length)
        {
            while (k < line.Length && line[k] == ' ') k++;
            if (k >= line.Length) break;
            var start = k;
            var end = k;
            while (k < line.Length)
            {
                if (line[k] != ' ') { end = ++k; continue; }
                var gap = k;
                while (k < line.Length && line[k] == ' ') k++;
                if (k - gap >= MinColumnGap || k >= line.Length) break;
            }

            result.Add((start, line[start..end]));
        }

        return result;
    }
}
