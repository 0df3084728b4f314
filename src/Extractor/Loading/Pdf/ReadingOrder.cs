namespace Extractor.Loading.Pdf;

/// <summary>
/// A block placed in reading order, with the 0-based column it was found in. In a <paramref name="Table"/> block each line is
/// one row of a table, its cells (left to right) separated by tabs.
/// </summary>
internal sealed record PlacedBlock(LayoutBlock Block, int Column, bool Table = false);

/// <summary>
/// Puts a page's blocks in reading order. Poppler's flows keep each paragraph's lines together but can emit the
/// top of a right column before the left column (samplefiles_multicolumn.pdf page 1), so blocks are reordered by a
/// recursive X-Y cut: at each level the region is split at its widest empty gap, a horizontal gap giving
/// top-then-bottom and a vertical gutter giving left-then-right (full-width titles thus come before the columns
/// under them). A vertical gap is only taken over a horizontal one when both sides are tall enough to be columns,
/// and then when it is wider or the horizontal gap is just aligned paragraph breaks in both columns.
/// A side too narrow to be a column (bullets, list numbers) is merged line by line, row by row, with its neighbour.
/// Blocks no gap separates keep Poppler's order. A region laid out as a table (three or more columns whose short lines
/// line up in rows) is read row by row instead, each row one line with its cells separated by tabs.
/// Vertical text (rotated margin notes, letters stacked
/// one per line) is taken out first and put after the page's text, so it cannot break a column or a paragraph.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>A gutter narrower than this (points) is word spacing, not a column break.</summary>
    private const double MinGutter = 4;

    /// <summary>Both sides of a vertical cut must be at least this share of the page width to count as separate columns.</summary>
    private const double MinColumnShare = 0.10;

    /// <summary>When a horizontal gap competes, each side of a vertical cut must span this share of the region's height.</summary>
    private const double MinColumnHeightShare = 0.2;

    public static IReadOnlyList<PlacedBlock> Arrange(IReadOnlyList<LayoutBlock> blocks, double pageWidth)
    {
        var horizontal = blocks.Where(b => !IsVertical(b)).ToList();
        var placed = new List<PlacedBlock>(blocks.Count);
        Cut(horizontal, 0, Math.Max(pageWidth, 1) * MinColumnShare, placed);
        placed.AddRange(blocks.Where(IsVertical).Select(b => new PlacedBlock(b, 0)));
        return placed;
    }

    /// <summary>Whether a line of at least three characters runs top to bottom (its box is much taller than wide).</summary>
    private static bool IsVerticalLine(LayoutLine line) => line.Text.Length >= 3 && line.Box.Height > 1.5 * line.Box.Width;

    private static bool IsVertical(LayoutBlock block) =>
        block.Lines.All(IsVerticalLine)
        || (block.Lines.Count >= 3 && block.Lines.All(l => l.Text.Length <= 2) && block.Box.Height > 2 * block.Box.Width);

    /// <summary>Emits the blocks in reading order from <paramref name="column"/> on; returns how many columns they span.</summary>
    private static int Cut(List<LayoutBlock> blocks, int column, double minColumnWidth, List<PlacedBlock> output)
    {
        if (blocks.Count > 1)
        {
            var (yGap, yAt) = WidestGap(blocks, b => b.Box.YMin, b => b.Box.YMax);
            var (xGap, xAt) = WidestGap(blocks, b => b.Box.XMin, b => b.Box.XMax);
            if (xGap >= MinGutter && Table(blocks) is { } table)
            {
                output.AddRange(table.Select(t => new PlacedBlock(t.Block, column, t.IsTable)));
                return 1;
            }

            var left = blocks.Where(b => b.Box.XMax <= xAt).ToList();
            var right = blocks.Where(b => b.Box.XMax > xAt).ToList();
            var vertical = xGap >= MinGutter
                && (yGap <= 0 || (Tall(left, blocks) && Tall(right, blocks) && (xGap > yGap || Straddle(left, yAt) && Straddle(right, yAt))));
            if (!vertical && yGap > 0)
            {
                var top = blocks.Where(b => b.Box.YMax <= yAt).ToList();
                var bottom = blocks.Where(b => b.Box.YMax > yAt).ToList();
                return Math.Max(Cut(top, column, minColumnWidth, output), Cut(bottom, column, minColumnWidth, output));
            }
            if (xGap >= MinGutter)
            {
                if (Span(left) >= minColumnWidth && Span(right) >= minColumnWidth)
                {
                    var leftColumns = Cut(left, column, minColumnWidth, output);
                    return leftColumns + Cut(right, column + leftColumns, minColumnWidth, output);
                }
                // A narrow side is bullets, list numbers or a margin label, not a column: Poppler gives it blocks of
                // its own ("•" "•" "•" before the items), so its lines are merged row by row with the other side's.
                var wide = Span(left) >= Span(right) ? left : right;
                if (WidestGap(wide, b => b.Box.XMin, b => b.Box.XMax).Size < MinGutter)
                {
                    output.Add(new PlacedBlock(MergeRows(blocks), column));
                    return 1;
                }
                return Math.Max(Cut(left, column, minColumnWidth, output), Cut(right, column, minColumnWidth, output));
            }
        }
        output.AddRange(blocks.OrderBy(b => b.Order).Select(b => new PlacedBlock(b, column)));
        return 1;
    }

    /// <summary>
    /// Whether one side of a vertical cut is tall enough to be a column: a fifth of the region's height. A short
    /// item in the margin ("Núm. 92" beside a running header) would otherwise win over the gap under the header.
    /// </summary>
    private static bool Tall(List<LayoutBlock> side, List<LayoutBlock> region) =>
        side.Max(b => b.Box.YMax) - side.Min(b => b.Box.YMin) >= MinColumnHeightShare * (region.Max(b => b.Box.YMax) - region.Min(b => b.Box.YMin));

    /// <summary>The blocks' lines as one block, top to bottom, left to right within a row (lines whose middles are within half a line).</summary>
    private static LayoutBlock MergeRows(List<LayoutBlock> blocks)
    {
        var ordered = Rows(blocks.SelectMany(b => b.Lines)).SelectMany(row => row.OrderBy(l => l.Box.XMin)).ToList();
        var box = new Box(blocks.Min(b => b.Box.XMin), blocks.Min(b => b.Box.YMin), blocks.Max(b => b.Box.XMax), blocks.Max(b => b.Box.YMax));
        return new LayoutBlock(box, ordered, blocks.Min(b => b.Order));
    }

    /// <summary>A table has at least this many columns: two side by side are as often two columns of text.</summary>
    private const int MinTableColumns = 3;

    /// <summary>Cells are short: a region whose lines hold more words than this on average is text set in columns.</summary>
    private const double MaxTableWordsPerLine = 5;

    /// <summary>
    /// The region read as a table, when it is one: its columns are the stretches of the page its lines cover (lines that
    /// overlap, or nearly touch, across all rows are one column), there are at least three, at least three rows (lines
    /// whose middles are within half a line) fill two or more of them, two thirds of all rows do, the lines are short, the first
    /// row is a header without figures that names at least two thirds of the columns, and every row fills its first column.
    /// Each row is one line of cells separated by tabs. The lines of a cell that wraps stay in its row: where rows are spaced
    /// further apart than the lines inside them, by that space; otherwise a lone line that carries on the cell above (lower
    /// case, or after "y", "de", a comma). Rows of one cell before the header ("Calendario") are kept as a block of their own.
    /// </summary>
    private static List<(LayoutBlock Block, bool IsTable)>? Table(List<LayoutBlock> blocks)
    {
        var lines = blocks.SelectMany(b => b.Lines).ToList();
        if (lines.Count < MinTableColumns * 2) return null;
        if (lines.Average(l => l.Text.Count(c => c == ' ') + 1) > MaxTableWordsPerLine) return null;

        var columns = new List<(double Min, double Max)>();
        foreach (var l in lines.OrderBy(l => l.Box.XMin))
        {
            if (columns.Count > 0 && l.Box.XMin < columns[^1].Max + MinGutter) columns[^1] = (columns[^1].Min, Math.Max(columns[^1].Max, l.Box.XMax));
            else columns.Add((l.Box.XMin, l.Box.XMax));
        }

        if (columns.Count < MinTableColumns) return null;
        var rows = Rows(lines).Select(row => columns.Select(c => row.Where(l => l.Box.XMin >= c.Min && l.Box.XMax <= c.Max).OrderBy(l => l.Box.XMin).ToList()).ToList()).ToList();
        var full = rows.Count(r => r.Count(cell => cell.Count > 0) >= 2);
        if (full < 3 || full * 3 < rows.Count * 2) return null;

        // A table opens with its header: a row of three or more cells without figures ("EVENTO | TEMA | FECHA"); a running header
        // ("Núm. 92 | Lunes 15 de abril de 2024 | Pág. 1532") or a page of figures side by side is not read as one.
        var lead = rows.TakeWhile(r => r.Count(cell => cell.Count > 0) < 2).ToList();
        if (lead.Count == rows.Count) return null;
        var header = rows[lead.Count];
        // It names (nearly) every column: an org chart's boxes line up in many columns under a top row of a few.
        var named = header.Count(cell => cell.Count > 0);
        if (named < MinTableColumns || named * 3 < columns.Count * 2 || header.Any(cell => cell.Any(l => l.Text.Any(char.IsDigit)))) return null;

        var result = new List<(LayoutBlock, bool)>();
        if (lead.Count > 0) result.Add((Block(lead, blocks, cells => string.Join(' ', cells.SelectMany(cell => cell).Select(l => l.Text))), false));

        // Rows set apart by more space than the lines inside a cell: where the gaps between lines are of two sizes, a line after
        // a small gap is the next line of the row above's cells ("Listas de los funcionarios … a la que" / "pertenecen, …").
        var body = rows.Skip(lead.Count).ToList();
        var gaps = body.Zip(body.Skip(1), (above, below) => Top(below) - Bottom(above)).ToList();
        var split = gaps.Count >= 2 && gaps.Max() - gaps.Min() >= MinRowGapDifference ? (gaps.Max() + gaps.Min()) / 2 : double.NegativeInfinity;

        var table = new List<List<List<LayoutLine>>>();
        for (var r = 0; r < body.Count; r++)
        {
            var row = body[r];
            // A single cell that opens in lower case or after a cell left open ("PLANEACIÓN (visión, objetivos y" / "estrategias)")
            // is that cell's text wrapped; another one ("JUZGADOS DE LO SOCIAL") is a row of its own.
            var only = row.FindIndex(cell => cell.Count > 0);
            // The header takes only a word of its own wrapped ("Conjunto de" / "Datos"), not the first row close under it.
            var cells = row.Count(cell => cell.Count > 0);
            var wrapped = r > 0 && gaps[r - 1] < split && (table.Count > 1 || cells == 1)
                || table.Count > 1 && cells == 1 && table[^1][only].Count > 0 && Continues(table[^1][only][^1].Text, row[only][0].Text);
            if (wrapped)
                for (var c = 0; c < columns.Count; c++) table[^1][c].AddRange(row[c]);
            else table.Add(row);
        }

        // Only rows told apart are read row by row: a row whose first cell is empty, or whose cells carry on in lower case, is the
        // next line of cells that wrap ("proyecto | Coordinador") in a table whose rows are not spaced apart from their lines.
        if (table.Skip(1).Any(r => r[0].Count == 0 || r.Count(cell => cell.Count > 0 && char.IsLower(cell[0].Text[0])) >= 2)) return null;

        result.Add((Block(table, blocks, cells => string.Join('\t', cells.Select(cell => string.Join(' ', cell.Select(l => l.Text))))), true));
        return result;
    }

    /// <summary>Rows are told from the lines inside their cells when the gaps between lines differ by at least this (points).</summary>
    private const double MinRowGapDifference = 2;

    private static double Top(List<List<LayoutLine>> row) => row.SelectMany(cell => cell).Min(l => l.Box.YMin);

    private static double Bottom(List<List<LayoutLine>> row) => row.SelectMany(cell => cell).Max(l => l.Box.YMax);

    /// <summary>Whether <paramref name="next"/> carries on the text of a cell that ended with <paramref name="last"/>.</summary>
    private static bool Continues(string last, string next) =>
        char.IsLower(next[0]) || last[^1] is ',' or '-' or '(' || last.EndsWith(" y", StringComparison.Ordinal) || last.EndsWith(" de", StringComparison.Ordinal);

    /// <summary>One block whose lines are the given rows (each a list of cells), each row's text made by <paramref name="text"/> from its cells.</summary>
    private static LayoutBlock Block(IEnumerable<List<List<LayoutLine>>> rows, List<LayoutBlock> region, Func<List<List<LayoutLine>>, string> text)
    {
        var lines = rows.Select(r => (Cells: r, All: r.SelectMany(cell => cell).ToList())).Where(r => r.All.Count > 0).Select(r => new LayoutLine(text(r.Cells),
            new Box(r.All.Min(l => l.Box.XMin), r.All.Min(l => l.Box.YMin), r.All.Max(l => l.Box.XMax), r.All.Max(l => l.Box.YMax)), r.All[0].Font)).ToList();
        var box = new Box(lines.Min(l => l.Box.XMin), lines.Min(l => l.Box.YMin), lines.Max(l => l.Box.XMax), lines.Max(l => l.Box.YMax));
        return new LayoutBlock(box, lines, region.Min(b => b.Order));
    }

    /// <summary>Lines grouped in rows, top to bottom: lines whose middles are within half a line of the row's first.</summary>
    private static IEnumerable<List<LayoutLine>> Rows(IEnumerable<LayoutLine> lines)
    {
        var sorted = lines.OrderBy(l => l.Box.CenterY).ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i + 1;
            while (end < sorted.Count && sorted[end].Box.CenterY - sorted[i].Box.CenterY < 0.5 * Math.Min(sorted[end].Box.Height, sorted[i].Box.Height)) end++;
            yield return sorted.GetRange(i, end - i);
            i = end;
        }
    }

    /// <summary>
    /// Whether a column has text both above and below a horizontal gap: the gap is then two columns' paragraph
    /// breaks that happen to line up (common on a shared baseline grid), not a break across the page.
    /// </summary>
    private static bool Straddle(List<LayoutBlock> side, double y) => side.Any(b => b.Box.YMax <= y) && side.Any(b => b.Box.YMin > y);

    private static double Span(List<LayoutBlock> blocks) => blocks.Max(b => b.Box.XMax) - blocks.Min(b => b.Box.XMin);

    /// <summary>The widest empty interval between the blocks' projections on one axis, and where it starts.</summary>
    private static (double Size, double At) WidestGap(List<LayoutBlock> blocks, Func<LayoutBlock, double> start, Func<LayoutBlock, double> end)
    {
        var sorted = blocks.OrderBy(start).ToList();
        double best = 0, at = 0, reach = end(sorted[0]);
        foreach (var block in sorted.Skip(1))
        {
            var gap = start(block) - reach;
            if (gap > best) (best, at) = (gap, reach);
            reach = Math.Max(reach, end(block));
        }
        return (best, at);
    }
}
