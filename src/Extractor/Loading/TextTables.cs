using System.Text.RegularExpressions;
using Extractor.Domain;

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

    /// <summary>Whether the line is a bar table's separator row ("|---|:--:|", "---|---") or a rule of box-drawing characters ("├────┼────┤").</summary>
    public static bool IsSeparator(string line) => (line.Contains('-') && Separator().IsMatch(line)) || IsBoxRule(line);

    /// <summary>A line drawn only with box-drawing characters and spaces, with at least one horizontal stroke: "┌──┬──┐", "╠══╣".</summary>
    private static bool IsBoxRule(string line)
    {
        var stroke = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t') continue;
            if (c is < '\u2500' or > '\u257F') return false;
            stroke |= c is '─' or '━' or '═' or '┄' or '┈';
        }

        return stroke;
    }

    /// <summary>Vertical strokes of box-drawn tables ("│ 25 │ 6 │"), read as the bars of a Markdown table.</summary>
    private static string WithBars(string line) =>
        line.IndexOfAny(['│', '┃', '║']) < 0 ? line : line.Replace('│', '|').Replace('┃', '|').Replace('║', '|');

    /// <summary>
    /// The cells of a row between bars ("| a | b |", or "a | b | c" with at least two bars), untrimmed of inline markup; null for
    /// any other line.
    /// </summary>
    public static string[]? BarCells(string line)
    {
        var trimmed = WithBars(line.Trim());
        if (!(trimmed.StartsWith('|') || (trimmed.Contains(" | ", StringComparison.Ordinal) && trimmed.Count(c => c == '|') >= 2))) return null;
        return trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    /// <summary>Cells of a space-aligned row are this many spaces apart at least (two spaces may also fall between words of prose,
    /// which the gutter and prose tests of <see cref="AlignedRows"/> tell apart).</summary>
    private const int MinColumnGap = 2;

    /// <summary>A start or end column may drift by this much between rows (a cell set one space off by hand or by a layout's rounding).</summary>
    private const int ColumnSlack = 1;

    /// <summary>Whether a wrapped line plainly goes on the row above it: a piece opens in lower case or a lone one is all in brackets, or the cell above one ends with a connector or an open bracket.</summary>
    private static bool GoesOnTheCellAbove(List<(int Start, string Text)>?[] cells, List<int> continued, int line)
    {
        if (cells[line] is not { Count: > 0 } pieces) return false;
        var above = line - 1;
        while (above >= 0 && continued.Contains(above) && cells[above] is null) above--;
        if (above < 0 || cells[above] is not { Count: > 0 } row) return false;
        foreach (var (start, text) in pieces)
        {
            // ("Bogotá" over "(Colombia)" alone on its line: a country in brackets under a place says where it is.)
            if (char.IsLower(text[0]) || (pieces.Count == 1 && text[0] == '(' && text[^1] == ')' && !text.Any(char.IsAsciiDigit))) return true;
            if (row.FindLast(c => c.Start <= start + ColumnSlack).Text is not { } cell) continue;
            var lastWord = cell.Split(' ')[^1];
            if (cell.Count(c => c == '(') > cell.Count(c => c == ')') || lastWord is "de" or "del" or "la" or "las" or "los" or "el" or "y" or "e" or "para" or "en") return true;
        }

        return false;
    }

    /// <summary>
    /// Where a table's header ends: after its first row, and after the lines right under it that go on a header without figures
    /// ("Presupuesto   Parte" over "total   municipal") up to the blank line or rule before the first row of figures.
    /// </summary>
    private static int HeaderLinesEnd(List<(int Start, string Text)>?[] cells, List<(int Start, string Text)> first, int i, int end)
    {
        if (first.Any(c => c.Text.Any(char.IsAsciiDigit))) return i + 1;
        var k = i + 1;
        while (k < end && cells[k] is { } line && !line.Any(c => c.Text.Any(char.IsAsciiDigit))) k++;
        return k < end && cells[k] is null ? k : i + 1;
    }

    /// <summary>The most lines a page break may set between two rows of one table: a page number, blank lines, the next page's running header.</summary>
    private const int MaxPageFurniture = 6;

    /// <summary>
    /// The line of the next row when the line at <paramref name="at"/> opens a page break's furniture: within a few lines a new page
    /// starts, every line before the row is blank or short (two pieces at most), and the row is aligned with the table's first.
    /// </summary>
    private static int? RowAfterPageBreak(IReadOnlyList<string> lines, List<(int Start, string Text)>?[] cells, IReadOnlyList<int> pages,
        List<(int Start, string Text)> first, int at)
    {
        var newPage = false;
        for (var k = at; k < lines.Count && k - at < MaxPageFurniture; k++)
        {
            newPage |= pages[k] != pages[at - 1];
            if (newPage && k > at && cells[k] is { Count: >= 2 } row && Math.Abs(row.Count - first.Count) <= 1 && Aligned(first, row)) return k;
            if (cells[k] is { Count: > 2 }) return null;
        }

        return null;
    }

    /// <summary>The most blank lines a table's rows may stand apart.</summary>
    private const int MaxBlankRun = 4;

    /// <summary>No table has more columns than this; a line with more runs is a data dump or noise, read as text (and never compared cell by cell).</summary>
    private const int MaxCells = 24;

    /// <summary>
    /// The rows of space-aligned tables among consecutive lines: for each line its cells, or null when it is not such a row. A table
    /// opens with a line of three to <see cref="MaxCells"/> cells and goes on over lines with about as many (one more or fewer),
    /// most of whose cells after the first start or end where the first row's do (left- or right-aligned columns); it needs two rows
    /// or more and gutters, columns blank in every row, between most of its cells (<see cref="IsTable"/>). Prose justified with
    /// double spaces has no such gutters, and its cells are mostly single lower-case words, which a table's are not.
    /// </summary>
    /// <param name="pages">The page of each line, when known: a table may run on over a page break, past the page's furniture (its
    /// number, the next page's running header), which stays text.</param>
    public static string[]?[] AlignedRows(IReadOnlyList<string> lines, IReadOnlyList<int>? pages = null)
    {
        var rows = new string[]?[lines.Count];
        var cells = lines.Select(SpaceCells).ToArray();
        var i = 0;
        List<(int Start, string Text)>? first = null;
        // Whether the line at k is a row of the table whose first row is first: as many cells (one more or fewer) and aligned, or a short row of it.
        bool RowOfFirst(int k) => k < lines.Count && cells[k] is { Count: >= 2 } below && ((Math.Abs(below.Count - first!.Count) <= 1 && Aligned(first, below)) || IsShortRow(first, below));
        while (i < lines.Count)
        {
            if (cells[i] is not { Count: >= 3 } opening) { i++; continue; }
            first = opening;
            var end = i + 1;
            var continued = new List<int>();
            var furniture = new HashSet<int>();
            while (end < lines.Count)
            {
                // "Página 43" / "Memoria Institucional 2023     Municipalidad …" between two rows: the table goes on over a page break.
                if (pages is not null && RowAfterPageBreak(lines, cells, pages, first, end) is { } resume)
                {
                    for (; end < resume; end++) furniture.Add(end);
                    continue;
                }

                // The table's row above this line (not a line going on a cell), which a short totals row may be set against.
                var above = LastRow(cells, continued, i, end);

                // "------" under the header and between rows: a drawn rule goes on the table when a row of it follows (the rule stays text).
                // ("Entidad  Proyecto …" / "------" / "        Atención primaria en salud materna" / "Medicus Mundi …  148.500,00": the row
                // after it may open with a line of its centred cells.)
                if (IsSeparator(lines[end]) && (RowOfFirst(end + 1) || (end + 2 < lines.Count && cells[end + 1] is { Count: >= 1 } && IsContinuation(first, cells[end + 1]!) && RowOfFirst(end + 2))))
                {
                    furniture.Add(end++);
                    continue;
                }

                // Rows set apart by blank lines ("09/02/2023  Visita …" / "" / "28/02/2023  Reunión …"): a blank line goes on the table
                // when a row aligned with the first follows it.
                if (cells[end] is not { Count: >= 1 } next)
                {
                    // (A few blank lines: a page's running header and number, removed by the cleaner, leave them between two rows.)
                    var row = end;
                    while (row < lines.Count && row - end < MaxBlankRun && string.IsNullOrWhiteSpace(lines[row])) row++;
                    // ("Total cartera   9,070,800.00" set apart below the last row is the table's totals row.)
                    // ("" / "                Horizonte Europa   Universidad de Zaragoza" / "GREENBLOCKS  (Misión Ciudades) … 9.812.450": or a line of
                    // a row's centred cells, then the row.)
                    var centredNext = row < lines.Count && cells[row] is { Count: >= 1 } upper && IsContinuation(first, upper) && RowOfFirst(row + 1);
                    if (!centredNext && (row == end || row >= lines.Count || cells[row] is not { Count: >= 2 } after
                        || ((Math.Abs(after.Count - first.Count) > 1 || !Aligned(first, after)) && !IsTotalsRow(first, above, after)))) break;
                    for (; end < row; end++) continued.Add(end);
                    continue;
                }

                // (Right below the first row only when that row is a header, without figures: "Fecha de" over "suscripción". A line with
                // its first column blank whose pieces each start where a column does is read so before it is taken for a row:
                // "San Marcos (UNMSM)   estudiantes en cooperación   31/12/2025" under a row of four cells.)
                // (A lower-case first piece goes on the row above even right below the first row: a row's first cell opens in capitals.)
                // "Total   4.982.700,00" under a column of figures, its label under another column: a totals row, not words going on a cell.
                if (IsTotalsRow(first, above, next))
                {
                    end++;
                    continue;
                }

                var continues = (end - 1 > i || !first.Any(c => c.Text.Any(char.IsAsciiDigit)) || char.IsLower(next[0].Text[0])) && IsContinuation(first, next);
                if (continues && (next[0].Start >= first[1].Start - ColumnSlack || char.IsLower(next[0].Text[0]))) { continued.Add(end); end++; continue; }
                // "Mercados saludables en | Gobierno Autónomo Municipal de" over "Santa Cruz de la Sierra | Santa Cruz de la Sierra; FAO":
                // pieces under the columns of a row whose cells break off on a connector go on those cells.
                if (end - 1 > i && next.Count < first.Count && next.All(c => first.Any(f => Math.Abs(f.Start - c.Start) <= ColumnSlack))
                    && GoesOnTheCellAbove(cells, continued, end)) { continued.Add(end); end++; continue; }
                if (next.Count >= 2 && ((Math.Abs(next.Count - first.Count) <= 1 && Aligned(first, next)) || ShortRowOf(first, above, next) is not null)) { end++; continue; }
                if (continues) { continued.Add(end); end++; continue; }
                break;
            }

            // None ends a table (a caption or a note below it is no cell), unless it plainly goes on the cell above: it opens in lower case
            // or the cell above breaks off ("Gobierno de la Provincia de" over "Córdoba", "JICA (cooperación" over "japonesa)").
            while (continued.Count > 0 && continued[^1] == end - 1 && !GoesOnTheCellAbove(cells, continued, end - 1)) { continued.RemoveAt(continued.Count - 1); end--; }
            var kept = Enumerable.Range(i, end - i).Where(k => !continued.Contains(k) && !furniture.Contains(k)).ToList();
            if (kept.Count >= 2 && IsTable(lines, cells, i, end, furniture))
            {
                var texts = new List<string>[lines.Count];
                var last = -1;
                for (var k = i; k < end; k++)
                {
                    if (furniture.Contains(k) || continued.Contains(k)) continue;
                    var row = cells[k]!;
                    texts[k] = k > i && row.Count < first.Count && ShortRowOf(first, cells[last], row) is { } reference ? Placed(reference, row) : row.Select(c => c.Text).ToList();
                    last = k;
                }

                // Cells set vertically centred on their row ("Atención primaria en salud materna" / "Medicus Mundi Bizkaia  e infantil …  148.500,00"
                // / "Chimaltenango"), as a table whose first row after its rule opens with such a line shows: a wrapped line goes on the nearer
                // row, the one above when both are as near.
                // (A header set on two lines, "Presupuesto" over "total", keeps its lower line. A table whose first row after its header
                // opens with a wrapped line set apart by a rule or a blank line has its cells centred.)
                var headerEnd = HeaderLinesEnd(cells, first, i, end);
                var firstRow = kept.FirstOrDefault(k => k >= headerEnd, -1);
                var centred = firstRow > headerEnd && continued.FirstOrDefault(c => c >= headerEnd && cells[c] is not null, -1) is var c0 && c0 >= headerEnd && c0 < firstRow
                              && (Enumerable.Range(headerEnd, c0 - headerEnd).Any(furniture.Contains) || cells[c0 - 1] is null);
                var prefixes = new Dictionary<int, List<(int Start, string Text)>>();
                foreach (var k in continued)
                {
                    if (cells[k] is null) { rows[k] = []; continue; }
                    // (kept is in line order: found by halves, not walked for each wrapped line.)
                    var at = ~kept.BinarySearch(k);
                    var before = at > 0 && (!centred || kept[at - 1] >= headerEnd || k < headerEnd) ? kept[at - 1] : -1;
                    var after = at < kept.Count ? kept[at] : -1;
                    var target = centred && after >= 0 && (before < 0 || after - k < k - before) ? after : before;
                    if (target < 0) target = kept[0];
                    if (target > k)
                    {
                        // "Atención primaria …" over its row: set before the row's own words in each cell.
                        (prefixes.TryGetValue(target, out var p) ? p : prefixes[target] = []).AddRange(cells[k]!);
                    }
                    else
                    {
                        // "Centro de Eventos Valle" over "del Pacífico": each piece goes on the cell above it.
                        foreach (var (start, text) in cells[k]!)
                        {
                            var above = cells[target]!.FindLastIndex(c => c.Start <= start + ColumnSlack);
                            texts[target][Math.Max(0, above)] += " " + text;
                        }
                    }

                    rows[k] = [];
                }

                foreach (var (target, pieces) in prefixes)
                    foreach (var (start, text) in Enumerable.Reverse(pieces))
                    {
                        var below = cells[target]!.FindLastIndex(c => c.Start <= start + ColumnSlack);
                        texts[target][Math.Max(0, below)] = text + " " + texts[target][Math.Max(0, below)];
                    }

                foreach (var k in kept) rows[k] = texts[k].ToArray();
                if (HeaderAbove(lines, cells, i, first) is { } header && rows[header] is null) rows[header] = cells[header]!.Select(c => c.Text).ToArray();
            }

            i = end;
        }

        LabelledSums(lines, cells, rows);
        SingleSpacedFigures(lines, rows);
        return rows;
    }

    /// <summary>A figure of a table set with single spaces: "10.230", "480", "21,0", "100,0%" (a share's "%" may stand apart).</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?%?$")]
    private static partial Regex FigureWord();

    /// <summary>
    /// "Fuente Monto Participación" over "KOICA 10.230 21,0 %", "Unión Europea 7.920 16,3 %", …, "Total 48.620 100,0 %": a table that
    /// plain pdftotext set with single spaces. Three lines or more in a row, each a label in words and then as many figures (two or more), under a
    /// line of words alone whose last words head the figures (one word each) and whose first ones head the labels, are its rows and
    /// its header.
    /// </summary>
    private static void SingleSpacedFigures(IReadOnlyList<string> lines, string[]?[] rows)
    {
        var tails = lines.Select(FigureRow).ToArray();
        for (var i = 1; i < lines.Count; i++)
        {
            if (tails[i] is not { } first || rows[i] is not null) continue;
            var end = i + 1;
            while (end < lines.Count && rows[end] is null && tails[end] is { } next && next.Length == first.Length) end++;
            // (Each row holds a sum or a share as tables set them: a thousands mark, decimals or "%"; "Quito 8 17 2345 6789" is no row.)
            if (end - i >= MinLabelledSums && Enumerable.Range(i, end - i).All(k => tails[k]!.Skip(1).Any(IsMarkedFigure))
                && HeaderWords(lines[i - 1], first.Length - 1) is { } header && rows[i - 1] is null)
            {
                rows[i - 1] = header;
                for (var k = i; k < end; k++) rows[k] = tails[k];
            }

            i = end - 1;
        }
    }

    /// <summary>A line's label and the figures after it ("KOICA 10.230 21,0 %" → "KOICA", "10.230", "21,0 %"); null when it has fewer than two, only years, or a label opening with no letter.</summary>
    private static string[]? FigureRow(string line)
    {
        // (Tab- and bar-separated rows are read as such.)
        if (line.Contains('\t') || line.Contains('|')) return null;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var figures = new List<string>();
        var k = words.Length - 1;
        while (k > 0)
        {
            if (words[k] == "%" && k > 1 && FigureWord().IsMatch(words[k - 1])) { figures.Insert(0, words[k - 1] + " %"); k -= 2; continue; }
            if (!FigureWord().IsMatch(words[k])) break;
            // "$ 9.105.300.000": a currency's sign set apart before its figure belongs to the cell.
            if (k > 1 && CurrencySigns.Contains(words[k - 1])) { figures.Insert(0, words[k - 1] + " " + words[k]); k -= 2; continue; }
            figures.Insert(0, words[k--]);
        }

        // Two figures at least, not all of them years: "Quito, febrero de 2024" or "Miembros 45" under a slide's title is no row.
        if (figures.Count < 2 || k < 0 || figures.All(f => f.Length == 4 && (f.StartsWith("19", StringComparison.Ordinal) || f.StartsWith("20", StringComparison.Ordinal)))) return null;
        var label = string.Join(' ', words[..(k + 1)]);
        // ("Otras 13 fuentes 16.888 34,7 %": a label may hold a figure, not open with one.)
        return char.IsLetter(label[0]) ? [label, .. figures] : null;
    }

    /// <summary>Signs of currencies written apart from their figures.</summary>
    private static readonly HashSet<string> CurrencySigns = new(StringComparer.Ordinal) { "$", "US$", "U$S", "$us", "€", "S/", "S/.", "Bs", "Bs.", "RD$", "£" };

    /// <summary>A figure set as a sum or a share: "10.230", "21,0 %", "$ 9.105.300.000".</summary>
    private static bool IsMarkedFigure(string figure) => figure.Contains('%') || figure.Contains('.') || figure.Contains(',');

    /// <summary>The most words a header of a table set with single spaces holds besides its columns' heads.</summary>
    private const int MaxLabelHeaderWords = 3;

    /// <summary>
    /// A header of words alone for a label and <paramref name="figures"/> columns of figures, one capitalised word heading each and at
    /// most <see cref="MaxLabelHeaderWords"/> heading the labels; else null ("Las oficinas atienden en los siguientes horarios y
    /// teléfonos" is a sentence).
    /// </summary>
    private static string[]? HeaderWords(string line, int figures)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= figures || words.Length > figures + MaxLabelHeaderWords || words.Any(w => w.Any(char.IsAsciiDigit) || !char.IsLetter(w[0]))
            || words[^figures..].Any(w => !char.IsUpper(w[0])) || !char.IsUpper(words[0][0]) || line.TrimEnd().EndsWith(':')) return null;
        return [string.Join(' ', words[..^figures]), .. words[^figures..]];
    }

    /// <summary>A sum of money as a budget table sets it: thousands marked ("412.300,00", "96 500") or cents written ("850,00").</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:[., ]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2})$")]
    private static partial Regex SumCell();

    /// <summary>The fewest rows of label and sum that make a two-column table.</summary>
    private const int MinLabelledSums = 3;

    /// <summary>
    /// "1. Gastos de personal        412.300,00" over "2. Gastos en bienes corrientes …    96.500,00" and "Total   533.150,00": lines of two
    /// cells, a label and a sum ending in one column, are the rows of a budget table, and the line of two cells in words right above
    /// them ("Capítulo        Crédito definitivo"), maybe over a drawn rule, its header. A table of contents' page numbers
    /// ("1. Presentación   3") are no sums, and prose set in two columns has words in both. Whole numbers ("Proyectos financiados
    /// 38", "Participantes en actividades   2.964") make a table of figures only under such a header set off by a rule ("Indicador
    /// 2023" between rules of dashes).
    /// </summary>
    private static void LabelledSums(IReadOnlyList<string> lines, List<(int Start, string Text)>?[] cells, string[]?[] rows)
    {
        LabelledColumn(lines, cells, rows, SumCell(), needsRuledHeader: false);
        LabelledColumn(lines, cells, rows, WholeNumberCell(), needsRuledHeader: true);
    }

    /// <summary>A whole number with or without thousands marked: "38", "2.964", "12,500".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$")]
    private static partial Regex WholeNumberCell();

    private static void LabelledColumn(IReadOnlyList<string> lines, List<(int Start, string Text)>?[] cells, string[]?[] rows, Regex value, bool needsRuledHeader)
    {
        bool IsRow(int k) => rows[k] is null && cells[k] is [var label, var v] && label.Text.Any(char.IsLetter) && value.IsMatch(v.Text);
        int ValueEnd(int k) => cells[k]![1].Start + cells[k]![1].Text.Length;

        // The line of two cells above the first row, over a drawn rule or right above it: words (its second cell may be a year) whose
        // second cell overlaps the column of values.
        int? HeaderOf(int first)
        {
            var k = first - 1;
            var ruled = k >= 0 && IsSeparator(lines[k]);
            if (ruled) k--;
            if ((needsRuledHeader && !ruled) || k < 0 || rows[k] is not null || cells[k] is not [var h0, var h1]) return null;
            if (h0.Text.Any(char.IsAsciiDigit) || (h1.Text.Any(char.IsAsciiDigit) && !(h1.Text.Length == 4 && h1.Text.All(char.IsAsciiDigit)))) return null;
            return h1.Start < ValueEnd(first) && h1.Start + h1.Text.Length + ColumnSlack >= cells[first]![1].Start ? k : null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsRow(i)) continue;
            var header = HeaderOf(i);
            if (needsRuledHeader && header is null) continue;
            var end = i + 1;
            while (end < lines.Count && IsRow(end) && Math.Abs(ValueEnd(end) - ValueEnd(i)) <= ColumnSlack) end++;
            if (end - i >= MinLabelledSums)
            {
                for (var k = i; k < end; k++) rows[k] = [cells[k]![0].Text, cells[k]![1].Text];
                if (header is { } h) rows[h] = [cells[h]![0].Text, cells[h]![1].Text];
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// "Proyecto   Socios   Importe (Bs)   Beneficiarios" over rows whose figures stand right-aligned under the wider header cells, maybe
    /// with a drawn rule between: the line above the table is its header when it has as many cells as the first row, in words without
    /// figures, each overlapping the column of the row's cell in its place. Returns its line.
    /// </summary>
    private static int? HeaderAbove(IReadOnlyList<string> lines, List<(int Start, string Text)>?[] cells, int table, List<(int Start, string Text)> first)
    {
        var k = table - 1;
        if (k >= 0 && IsSeparator(lines[k])) k--;
        if (k < 0 || cells[k] is not { } header || header.Count != first.Count || header.Any(c => c.Text.Any(char.IsAsciiDigit))) return null;
        for (var c = 0; c < header.Count; c++)
        {
            var (hs, he) = (header[c].Start, header[c].Start + header[c].Text.Length);
            var (rs, re) = (first[c].Start, first[c].Start + first[c].Text.Length);
            if (he <= rs || re <= hs) return null;
        }

        return k;
    }

    /// <summary>
    /// "Total" over "1.420" in the last column: a row of fewer cells than the first, each one after its first set where a cell of the
    /// first row starts or ends, is a row of the table.
    /// </summary>
    private static bool IsShortRow(List<(int Start, string Text)> first, List<(int Start, string Text)> row) =>
        row.Count < first.Count && row.All(c => ColumnOf(first, c) >= 0) && row.Select(c => ColumnOf(first, c)).Distinct().Count() == row.Count;

    /// <summary>
    /// The row a short row is set against: the first, or the row right above it when the first is a header whose words stand wider than
    /// the figures below ("Presupuesto" over right-aligned "1.240.500,00", then "Total   4.982.700,00" under the figures); null when
    /// neither places it.
    /// </summary>
    private static List<(int Start, string Text)>? ShortRowOf(List<(int Start, string Text)> first, List<(int Start, string Text)>? above,
        List<(int Start, string Text)> row) =>
        IsShortRow(first, row) ? first : above is { } a && a.Count == first.Count && IsShortRow(a, row) ? a : null;

    /// <summary>"Total   4.982.700,00": a short row opening with "Total" whose cells stand in the columns of the first row or the row above.</summary>
    private static bool IsTotalsRow(List<(int Start, string Text)> first, List<(int Start, string Text)>? above, List<(int Start, string Text)> row) =>
        row.Count >= 2 && TotalsLabel.Opens(row[0].Text) && ShortRowOf(first, above, row) is not null;

    /// <summary>The cells of the last row of the table so far (not a line going on a cell above it), or null.</summary>
    private static List<(int Start, string Text)>? LastRow(List<(int Start, string Text)>?[] cells, List<int> continued, int first, int end)
    {
        for (var k = end - 1; k > first; k--)
            if (!continued.Contains(k) && cells[k] is { } row) return row;
        return null;
    }

    /// <summary>The column of the first row a cell starts or ends in line with (within <see cref="ColumnSlack"/>), or -1.</summary>
    private static int ColumnOf(List<(int Start, string Text)> first, (int Start, string Text) cell) =>
        first.FindIndex(f => Math.Abs(f.Start - cell.Start) <= ColumnSlack || Math.Abs(f.Start + f.Text.Length - (cell.Start + cell.Text.Length)) <= ColumnSlack);

    /// <summary>A short row's cells in the columns they stand in, the others empty: "Total" and "1.420" under "Evento" and "Asistentes".</summary>
    private static List<string> Placed(List<(int Start, string Text)> first, List<(int Start, string Text)> row)
    {
        var placed = Enumerable.Repeat("", first.Count).ToList();
        foreach (var c in row) placed[ColumnOf(first, c)] = c.Text;
        return placed;
    }

    /// <summary>
    /// "del Pacífico" under a cell of the row above: a line whose pieces all start at or after the first row's second column, each where
    /// a cell of the first row starts, continues the row above (a cell wrapped in its column), not a row of its own.
    /// "japonesa)" under "JICA (cooperación" in the first column: a piece there that opens in lower case goes on the cell above too
    /// (a row's first cell opens in capitals), with any pieces beside it that start where columns do ("en el Estrecho   Universidad de Málaga").
    /// </summary>
    private static bool IsContinuation(List<(int Start, string Text)> first, List<(int Start, string Text)> line) =>
        line.Count < first.Count && ((line[0].Start >= first[1].Start - ColumnSlack && line.All(c => first.Skip(1).Any(f => Math.Abs(f.Start - c.Start) <= ColumnSlack)))
                                     || (Math.Abs(line[0].Start - first[0].Start) <= ColumnSlack && char.IsLower(line[0].Text[0])
                                         && line.Skip(1).All(c => first.Skip(1).Any(f => Math.Abs(f.Start - c.Start) <= ColumnSlack))));

    /// <summary>Whether most cells of a row after its first start or end within <see cref="ColumnSlack"/> of a cell of the first row.</summary>
    private static bool Aligned(List<(int Start, string Text)> first, List<(int Start, string Text)> row)
    {
        var width = Math.Max(first[^1].Start + first[^1].Text.Length, row[^1].Start + row[^1].Text.Length) + ColumnSlack + 2;
        if (width > MaxTableWidth + ColumnSlack + 2) return false;
        var starts = new bool[width];
        var ends = new bool[width];
        foreach (var (start, text) in first.Skip(1))
            for (var d = -ColumnSlack; d <= ColumnSlack; d++)
            {
                if (start + d >= 0) starts[start + d] = true;
                if (start + text.Length + d >= 0) ends[start + text.Length + d] = true;
            }

        var shared = row.Skip(1).Count(c => starts[c.Start] || ends[c.Start + c.Text.Length]);
        return shared >= Math.Max(2, (int)Math.Ceiling(0.7 * (row.Count - 1)));
    }

    /// <summary>A table is no wider than this; a wider block of runs is read as text (and its columns never scanned).</summary>
    private const int MaxTableWidth = 400;

    /// <summary>
    /// A block of aligned rows is a table when the columns blank in every one of its rows form gutters between its cells, at least
    /// two and at least 60% as many as its cell boundaries, and at most a third of its cells are a single lower-case word.
    /// </summary>
    private static bool IsTable(IReadOnlyList<string> lines, List<(int Start, string Text)>?[] cells, int from, int to, HashSet<int>? skipped = null)
    {
        // Lines skipped (a page break's furniture) count as blank; the arrays stay the whole text's, read only between the bounds.
        bool Skipped(int k) => skipped is not null && skipped.Contains(k);
        List<(int Start, string Text)>? CellsOf(int k) => Skipped(k) ? null : cells[k];
        var width = 0;
        var fewest = int.MaxValue;
        for (var k = from; k < to; k++)
        {
            if (Skipped(k)) continue;
            width = Math.Max(width, lines[k].TrimEnd().Length);
            if (cells[k] is { } row) fewest = Math.Min(fewest, row.Count); // a blank line between rows has no cells
        }

        if (width > MaxTableWidth) return false;
        var text = new bool[width];
        for (var k = from; k < to; k++)
            foreach (var (start, cell) in CellsOf(k) ?? [])
                for (var c = start; c < start + cell.Length && c < width; c++) text[c] = true;

        // Runs of blank columns with text on both sides: the margins before the first cell and after the last are no gutters.
        var gutters = 0;
        for (var c = 1; c < width; c++)
            if (!text[c] && text[c - 1]) gutters++;

        var all = 0;
        var proseWords = 0;
        for (var k = from; k < to; k++)
            foreach (var (_, cell) in CellsOf(k) ?? [])
            {
                all++;
                if (!cell.Contains(' ') && cell.Length > 0 && char.IsLower(cell[0])) proseWords++;
            }

        return gutters >= Math.Max(2, (int)Math.Ceiling(0.6 * (fewest - 1))) && proseWords * 3 <= all;
    }

    /// <summary>The runs of text a line holds between gaps of <see cref="MinColumnGap"/> spaces or more, with their start columns; null for a line with tabs or none.</summary>
    private static List<(int Start, string Text)>? SpaceCells(string line)
    {
        if (line.Contains('\t') || line.AsSpan().Trim().IsEmpty) return null;
        var result = new List<(int, string)>();
        var k = 0;
        while (k < line.Length)
        {
            if (result.Count > MaxCells) return null;
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
