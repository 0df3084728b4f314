namespace Extractor.Loading;

/// <summary>
/// Two columns printed side by side, as <c>pdftotext -layout</c> gives a two-column page: each line holds a piece of the left
/// column, a gutter of spaces and a piece of the right column, so read as they stand the columns interleave mid-sentence
/// ("… en el     La tercera Semana …" / "Congreso de CIDEU …     se realizó del 12 …"). Such a passage is found by its gutter, a
/// place where every line of the passage has two spaces or more and where the right column's text starts, and by prose on at
/// least one side (lines that go on in lower case the line above left unfinished). Its lines are given back left column first,
/// then the right one, each piece keeping its file line and indented to its own column so that offsets still point into the file.
/// </summary>
public static class TextColumns
{
    /// <summary>Fewest lines with text on both sides of the gutter that make a passage of two columns.</summary>
    private const int MinSplitLines = 3;

    /// <summary>A run of this many spaces or more inside a line is a gutter, not a space between words.</summary>
    private const int MinGutter = 3;

    /// <summary>Share of split lines whose pieces both hold three words or more: columns of prose or of short phrases, not a label and its figure.</summary>
    private const double MinWordyShare = 0.6;

    /// <summary>Longest left piece read as a row's label (a day: "10 de septiembre", a time: "09:30 – 10:15").</summary>
    private const int MaxLabelLength = 24;

    /// <summary>Share of a column's lines (after its first) that open in lower case: a column of running prose, not a list of rows.</summary>
    private const double MinContinuedShare = 0.25;

    /// <summary>
    /// The lines in reading order: every passage of two columns (that <paramref name="isTableRow"/> does not take as table rows) is
    /// unfolded into its left column, an empty line, then its right column; every other line stays as it is.
    /// </summary>
    public static IReadOnlyList<(int Page, int Number, string Text)> Unfold(IReadOnlyList<(int Page, int Number, string Text)> lines, Func<int, bool> isTableRow)
    {
        List<(int Page, int Number, string Text)>? output = null;
        // A run of lines that fits one gutter and was found to be no passage is not tried again from each of its lines.
        var (refusedGutter, refusedEnd) = (-1, -1);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!isTableRow(i) && SingleGutter(lines[i].Text) is { } gutter && (gutter != refusedGutter || i >= refusedEnd))
            {
                if (Passage(lines, i, gutter, isTableRow, out var fitEnd) is { } end)
                {
                    output ??= [.. lines.Take(i)];
                    for (var k = i; k < end; k++) output.Add(lines[k] with { Text = Left(lines[k].Text, gutter) });
                    output.Add(lines[end - 1] with { Text = "" });
                    for (var k = i; k < end; k++) output.Add(lines[k] with { Text = Right(lines[k].Text, gutter) });
                    i = end - 1;
                    continue;
                }

                (refusedGutter, refusedEnd) = (gutter, fitEnd);
            }

            output?.Add(lines[i]);
        }

        return output ?? lines;
    }

    /// <summary>Where the right piece starts on a line with text, one gutter, and text after it; null for any other line.</summary>
    private static int? SingleGutter(string line) => Gutters(line) is [var gutter] ? gutter : null;

    /// <summary>Where text starts after each gutter inside the line (its indent aside).</summary>
    private static List<int> Gutters(string line)
    {
        var gutters = new List<int>();
        var start = line.Length - line.TrimStart().Length;
        var end = line.TrimEnd().Length;
        for (var i = start; i < end; i++)
        {
            if (line[i] != ' ') continue;
            var run = i;
            while (run < end && line[run] == ' ') run++;
            if (run - i >= MinGutter) gutters.Add(run);
            i = run - 1;
        }

        return gutters;
    }

    /// <summary>Whether a line fits a passage whose right column starts at <paramref name="gutter"/>: empty, ending before the gutter,
    /// or blank over the gutter's two columns, with its right piece at the gutter or indented past it ("09:00  Segunda jornada" over
    /// "       financiamiento con el BID") and no second gutter on either side.</summary>
    private static bool Fits(string line, int gutter)
    {
        var end = line.TrimEnd().Length;
        if (end <= gutter - 2) return true;
        if (line.Length <= gutter || line[gutter - 1] != ' ' || line[gutter - 2] != ' ') return false;
        var left = line[..gutter].Trim();
        return Gutters(left).Count == 0 && Gutters(line[gutter..end]).Count == 0;
    }

    /// <summary>The end (exclusive) of the passage of two columns opening at line <paramref name="start"/>, or null when the lines
    /// from there are no such passage.</summary>
    /// <param name="fitEnd">Where the lines that fit the gutter end, passage or not.</param>
    private static int? Passage(IReadOnlyList<(int Page, int Number, string Text)> lines, int start, int gutter, Func<int, bool> isTableRow, out int fitEnd)
    {
        var end = start;
        while (end < lines.Count && lines[end].Page == lines[start].Page && !isTableRow(end) && Fits(lines[end].Text, gutter)) end++;
        fitEnd = end;
        while (end > start && lines[end - 1].Text.Trim().Length == 0) end--;
        var split = Enumerable.Range(start, end - start)
            .Select(k => (Left: Left(lines[k].Text, gutter).Trim(), Right: Right(lines[k].Text, gutter).Trim()))
            .ToList();
        var both = split.Where(s => s.Left.Length > 0 && s.Right.Length > 0).ToList();
        if (both.Count < MinSplitLines) return null;
        if (both.Count(s => Words(s.Left) >= 3 && Words(s.Right) >= 3) < MinWordyShare * both.Count) return null;
        // "10 de junio        Buenos Aires. Reunión con …" over "                   del Gobierno de la Ciudad …": a left column of
        // days or times each opening a row, whose text wraps in the right one, is a dated list, not two columns of prose.
        // ("Lunes 14 de octubre" under a "Día" header: a weekday may open the day.)
        if (split.All(s => s.Left.Length == 0 || (s.Left.Length <= MaxLabelLength && (char.IsAsciiDigit(s.Left[0]) || IsDayLabel(s.Left))))) return null;
        return Continued(split.Select(s => s.Left)) || Continued(split.Select(s => s.Right)) ? end : null;
    }

    /// <summary>A weekday and its day ("Lunes 14 de octubre", "Miércoles 16"), or a column header of days or times ("Día", "Fecha", "Hora").</summary>
    private static bool IsDayLabel(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].ToLowerInvariant().TrimEnd(',', '.');
        if (words.Length == 1) return first is "día" or "dia" or "días" or "fecha" or "fechas" or "hora" or "horario";
        return first is "lunes" or "martes" or "miércoles" or "miercoles" or "jueves" or "viernes" or "sábado" or "sabado" or "domingo"
               && char.IsAsciiDigit(words[1][0]);
    }

    /// <summary>Whether a column's lines read as running prose: enough of them open in lower case.</summary>
    private static bool Continued(IEnumerable<string> column)
    {
        var pieces = column.Where(p => p.Length > 0).Skip(1).ToList();
        return pieces.Count >= MinSplitLines - 1 && pieces.Count(p => char.IsLower(p[0])) >= MinContinuedShare * pieces.Count;
    }

    private static int Words(string piece) => piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Left(string line, int gutter) => line[..Math.Min(line.Length, gutter)].TrimEnd();

    /// <summary>The right piece, indented with spaces to its column so that its offsets stay those of the file line.</summary>
    private static string Right(string line, int gutter) =>
        line.Length > gutter && line[gutter..].Trim().Length > 0 ? new string(' ', gutter) + line[gutter..].TrimEnd() : "";
}
