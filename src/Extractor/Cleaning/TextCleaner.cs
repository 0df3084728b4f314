using System.Text;
using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Cleaning;

/// <summary>
/// The default cleaner: drops page furniture (page numbers, running headers and footers, vertical sidebar debris),
/// rejoins hyphenated words and wrapped lines into blocks, and keeps table rows and list items as their own blocks.
/// </summary>
public sealed partial class TextCleaner(CleaningOptions options) : ITextCleaner
{
    public TextCleaner() : this(new CleaningOptions()) { }

    [GeneratedRegex(@"^\s*(?:[•·▪■◦‣●○►✓]|[-–*])\s+")]
    private static partial Regex Bullet();

    // A list item's or a numbered title's label ("3.1.", "2)", "b)"); group "number" holds a label's figures.
    [GeneratedRegex(@"^\s*(?:(?<number>\d{1,2}(?:\.\d{1,2})*)[.)]|[a-z][.)])\s+\S")]
    private static partial Regex Enumerated();

    /// <summary>A section's number with no stop after it, as titles give it: "8.1 Presentación", "2.3.1 Redes".</summary>
    [GeneratedRegex(@"^\s*\d{1,2}(?:\.\d{1,2})+\s+(?=\p{Lu})")]
    private static partial Regex SectionNumber();

    /// <summary>An agenda's item opening with its time ("09:00   Reunión con la División de Transporte del BID", "16.30 h – Visita …").</summary>
    [GeneratedRegex(@"^\s*\d{1,2}[:.]\d{2}(?:\s*h(?:rs?)?\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*h(?:rs?)?\.?)?)?(?:\s*[-–:])?\s+[\p{Lu}«""“]", RegexOptions.CultureInvariant)]
    private static partial Regex TimedItem();

    /// <summary>
    /// An item of a chronology opening with its date and a full stop ("27 de abril. Visita de una delegación …", "13 al 15 de marzo.
    /// Visita técnica …", "8 y 9 de febrero. Reunión …"), or with its date in a column of its own ("10 de junio        Buenos Aires.
    /// Reunión con …"): each opens a block of its own.
    /// </summary>
    [GeneratedRegex(@"^\s*\d{1,2}(?:\s*(?:y|al|a|-|–)\s*\d{1,2})?\s+de\s+(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+de\s+\d{4})?(?:\.\s+|\s{3,})\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex DatedItem();

    /// <summary>
    /// An agenda's day ("Día 1 — lunes 4 de marzo", "Día 2: martes 5 de marzo", "Lunes 11 de marzo de 2024"), a line of its own over the
    /// day's items.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:D[ií]a \d{1,2}\s*[—–:-]\s*\S.{0,40}|(?:Lunes|Martes|Mi[ée]rcoles|Jueves|Viernes|S[áa]bado|Domingo),? \d{1,2} de \p{L}+(?: de \d{4})?\.?\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaDay();

    /// <summary>A line that is only a year ("2024", "Año 2024"), as a chronology or an agenda sets it over its items.</summary>
    [GeneratedRegex(@"^\s*(?:Año\s+)?(?:19|20)\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    /// <summary>
    /// A page number or sidebar remnant glued to a page's first word ("2Agenda", "2que", "2“Diálogo"): one or two digits
    /// directly before a letter, quote or bracket — unless they form a Spanish ordinal ("1er", "2do", "3a", "1º").
    /// </summary>
    [GeneratedRegex(@"^\d{1,2}(?!(?:er|ra|ro|do|da|to|ta|vo|va|no|na|mo|ma|a|o|r|º|ª)(?:\s|$|[.,;:]))(?=[\p{L}“""‘(¿¡])")]
    private static partial Regex GluedPageNumber();

    private static readonly (string From, string To)[] Ligatures =
        [("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl"), ("\u00A0", " "), ("\u00AD", "")];

    public CleanDocument Clean(SourceDocument document)
    {
        var lines = document.Pages.SelectMany(p => p.Lines).Select(Normalise).ToList();
        var drop = new bool[lines.Count];
        MarkSymbolOnlyLines(lines, drop);
        var afterDebris = MarkVerticalDebris(lines, drop);
        if (document.Pages.Count >= 2) MarkPageFurniture(document, lines, drop);
        return Assemble(document, lines, drop, afterDebris);
    }

    private static SourceLine Normalise(SourceLine line)
    {
        var t = line.Text;
        foreach (var (from, to) in Ligatures)
            if (t.Contains(from, StringComparison.Ordinal)) t = t.Replace(from, to, StringComparison.Ordinal);
        // Composed accents ("Á", not "A" + U+0301), so words do not split at a combining mark.
        t = UnicodeText.WithoutInvalidCodePoints(t);
        if (!t.IsNormalized(System.Text.NormalizationForm.FormC)) t = t.Normalize(System.Text.NormalizationForm.FormC);
        t = t.TrimEnd();
        return ReferenceEquals(t, line.Text) ? line : line with { Text = t };
    }

    private static bool IsBlank(SourceLine l) => l.Text.Length == 0 || string.IsNullOrWhiteSpace(l.Text);

    /// <summary>Lines with no letter and no digit ("••", "• •", "———") are layout debris.</summary>
    private static void MarkSymbolOnlyLines(List<SourceLine> lines, bool[] drop)
    {
        for (var i = 0; i < lines.Count; i++)
            if (!IsBlank(lines[i]) && lines[i].Role != LineRole.TableRow && !lines[i].Text.Any(char.IsLetterOrDigit)) drop[i] = true;
    }

    /// <summary>
    /// A sidebar title set vertically comes out as a run of two- or three-character lines ("IN", "FO", "RM", "E ").
    /// Returns the index of the line after each run: text extraction often glues the title's last piece onto it.
    /// </summary>
    private HashSet<int> MarkVerticalDebris(List<SourceLine> lines, bool[] drop)
    {
        var after = new HashSet<int>();
        var run = new List<int>();
        void Flush(int next)
        {
            var withLetters = run.Count(i => lines[i].Text.Any(char.IsLetter));
            if (run.Count >= options.DebrisMinRun && withLetters >= 2)
            {
                foreach (var i in run) drop[i] = true;
                after.Add(next);
            }

            run.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsBlank(lines[i])) continue;
            var t = lines[i].Text.Trim();
            if (t.Length <= 3 && lines[i].Role == LineRole.Text) run.Add(i);
            else Flush(i);
        }

        Flush(lines.Count);
        return after;
    }

    /// <summary>Running headers and footers (the same line at the same page edge on many pages) and page numbers.</summary>
    private void MarkPageFurniture(SourceDocument document, List<SourceLine> lines, bool[] drop)
    {
        var edgeLines = new List<(int Index, int Page)>();
        var index = 0;
        foreach (var page in document.Pages)
        {
            var content = new List<int>();
            for (var k = 0; k < page.Lines.Count; k++, index++)
                if (!IsBlank(lines[index]) && !drop[index]) content.Add(index);
            var edges = content.Take(options.EdgeLines).Concat(content.TakeLast(options.EdgeLines)).Distinct();
            edgeLines.AddRange(edges.Select(i => (i, page.Number)));
        }

        var pagesByKey = edgeLines.GroupBy(e => FurnitureKey(lines[e.Index].Text))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Page).Distinct().Count());
        var threshold = Math.Max(options.RunningLineMinPages, (int)Math.Ceiling(options.RunningLineMinShare * document.Pages.Count));
        // Page numbers run with the pages: a bare figure at a page's edge whose distance from its page's number is not theirs
        // ("8", the last cell of a table's row, at the top of page 88) is the page's text.
        var offsets = edgeLines.Where(e => BareNumber(lines[e.Index].Text) is not null).GroupBy(e => BareNumber(lines[e.Index].Text)!.Value - e.Page)
            .Select(g => (Offset: g.Key, Pages: g.Select(e => e.Page).Distinct().Count())).OrderByDescending(g => g.Pages).FirstOrDefault();
        foreach (var (i, page) in edgeLines)
        {
            var text = lines[i].Text;
            if (offsets.Pages >= 2 && BareNumber(text) is { } n && n - page != offsets.Offset) continue;
            if (PageNumbers.IsLine(text) || pagesByKey[FurnitureKey(text)] >= threshold) drop[i] = true;
        }
    }

    /// <summary>The value of a line holding only a whole number ("88"), or null.</summary>
    private static int? BareNumber(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length is > 0 and <= 4 && int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Running lines differ only in their page number: compare them with digits folded.</summary>
    private static string FurnitureKey(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsDigit(c)) { if (b.Length == 0 || b[^1] != '#') b.Append('#'); }
            else if (!char.IsWhiteSpace(c)) b.Append(char.ToLowerInvariant(c));
        }

        return b.ToString();
    }

    private CleanDocument Assemble(SourceDocument document, List<SourceLine> lines, bool[] drop, HashSet<int> afterDebris)
    {
        var text = new StringBuilder();
        var blocks = new List<Block>();
        var runs = new List<(int, SourcePosition)>();
        var current = new List<SourceLine>();
        var currentIndex = new List<int>();
        var currentKind = BlockKind.Paragraph;
        var (rowStarts, cells) = CellPerLineTables(lines, drop);

        void Close()
        {
            if (current.Count == 0) return;
            if (blocks.Count > 0) text.Append('\n');
            var start = text.Length;
            var lead = 0;
            for (var k = 0; k < current.Count; k++)
            {
                var line = current[k];
                var (piece, column) = Content(line, afterDebris.Contains(currentIndex[k]), k == 0 && currentKind == BlockKind.ListItem && line.Role == LineRole.Text);
                if (k == 0 && line.Lead > column - 1 && line.Lead - (column - 1) < piece.Length) lead = line.Lead - (column - 1);
                if (k > 0 && cells.Contains(currentIndex[k])) text.Append('\t');
                else if (k > 0) AppendJoint(text, piece);
                runs.Add((text.Length, new SourcePosition(line.Page, line.Number, column)));
                text.Append(piece);
            }

            var first = current[0];
            var sizes = current.Where(l => l.Layout is not null).Select(l => l.Layout!.FontSize).OrderBy(s => s).ToList();
            blocks.Add(new Block(
                new TextSpan(start, text.Length),
                currentKind,
                first.Page,
                first.Number,
                current.Count,
                first.Role == LineRole.Heading ? first.Level : 0,
                sizes.Count > 0 ? sizes[sizes.Count / 2] : null,
                current.Count(l => l.Layout?.Bold == true) * 2 > current.Count,
                lead));
            current.Clear();
            currentIndex.Clear();
        }

        var wrapWidth = WrapWidth(lines, drop);
        var linePerParagraph = IsLinePerParagraph(lines, drop);
        var figures = FigurePanelLines(lines, drop);
        var names = NameListLines(lines, drop);
        var (months, entries) = ChronologyLines(lines, drop);
        var fields = RecordFieldLines(lines, drop);
        SourceLine? previous = null;
        var capitalsHeading = false;
        // Whether the line before was one that stands alone (an item's days, a year over a chronology): the next line opens a block.
        var afterAlone = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (drop[i]) continue;
            if (IsBlank(line))
            {
                // A page break inside a row of a table set one cell per line leaves blank lines between its cells.
                if (NextContentLine(lines, drop, i) is { } nextLine && cells.Contains(nextLine)) continue;
                Close();
                previous = null;
                afterAlone = false;
                continue;
            }

            var kind = cells.Contains(i) || rowStarts.Contains(i) ? BlockKind.TableRow : KindOf(line);
            // "Visita del embajador de Mauritania" / "Miércoles, 24 de mayo" / "Seguimiento de 4 proyectos …": a slide's or a brochure's
            // item, its days on a line of their own under its title; the days are a block of their own, between the title and the text.
            var itemDays = kind == BlockKind.Paragraph && line.Layout is null && line.Role == LineRole.Text && Datelines.IsDateOnly(line.Text)
                           && currentKind == BlockKind.Paragraph && IsItemTitle(current) && !OpensAgendaDay(lines, drop, i)
                           && !(PreviousContentLine(lines, drop, currentIndex[0]) is { } above && IsDaysLine(lines[above].Text));
            // "2024" alone over a chronology's items ("15 ENE · Reunión de coordinación"): the year they fall in, a block of its own.
            var yearLine = kind is BlockKind.Paragraph or BlockKind.ListItem && line.Layout is null && line.Role == LineRole.Text && BareYear().IsMatch(line.Text);
            // "Día 1 — lunes 4 de marzo" heads the items of an agenda's day.
            if (kind == BlockKind.Paragraph && line.Role == LineRole.Text && !itemDays && AgendaDay().IsMatch(line.Text)) kind = BlockKind.Heading;
            // Consecutive enumerated lines ("1. C40 Cities" / "2. UCCI") are a list, not numbered headings.
            if (kind == BlockKind.Paragraph && line.Role == LineRole.Text && Enumerated().IsMatch(line.Text)
                && (IsEnumeratedNeighbour(lines, drop, i, -1) || IsEnumeratedNeighbour(lines, drop, i, +1)))
                kind = BlockKind.ListItem;
            // A row of a table set one cell per line goes on over its cells, whatever else would end a block there.
            var startsNew = cells.Contains(i) ? current.Count == 0 : current.Count == 0
                || rowStarts.Contains(i)
                || itemDays || yearLine || afterAlone
                || kind is BlockKind.Heading or BlockKind.TableRow or BlockKind.ListItem
                || currentKind is BlockKind.Heading or BlockKind.TableRow
                || (line.Role == LineRole.Text && Enumerated().IsMatch(line.Text))
                || (previous is not null && BreaksLayout(previous, line))
                || (previous is not null && current.Count == 1 && IsTitleLine(previous, line, wrapWidth))
                || (previous is not null && current.Count == 1 && previous.Layout is null && Kicker().IsMatch(previous.Text.Trim()))
                || (linePerParagraph && previous is not null && previous.Layout is null && line.Layout is null && !GoesOn(previous, line))
                || (previous is not null && ChangesCase(previous, line))
                || (current.Count > 1 && capitalsHeading && line.Layout is null && line.Text.Any(char.IsLower))
                || (previous is not null && current.Count > 1 && OpensNewsText(previous, line))
                || figures.Contains(i) || figures.Contains(currentIndex[^1])
                || names.Contains(i) || names.Contains(currentIndex[^1])
                || months.Contains(i) || months.Contains(currentIndex[^1]) || entries.Contains(i)
                || fields.Contains(i)
                || (line.Role == LineRole.Text && (TimedItem().IsMatch(line.Text) || DatedItem().IsMatch(line.Text)));
            if (startsNew)
            {
                Close();
                currentKind = kind;
            }

            current.Add(line);
            currentIndex.Add(i);
            previous = line;
            afterAlone = itemDays || yearLine;
            // Whether the block so far is a heading in capitals, maybe wrapped: a line of capitals, then lines without lower case.
            capitalsHeading = current.Count == 1 ? IsCapitalsLine(line.Text) : capitalsHeading && !line.Text.Any(char.IsLower);
        }

        Close();
        if (text.Length == 0) runs.Add((0, new SourcePosition(1, 1, 1)));
        return new CleanDocument(document, text.ToString(), blocks, new OffsetMap(runs));
    }

    /// <summary>
    /// Whether the lines of a block so far are an item's title: one to <see cref="MaxItemTitleLines"/> short lines of plain text, the first
    /// opening in a capital, none ending a sentence or a clause ("Delegación del Consejo Regional" / "de Tánger-Tetuán-Alhucemas").
    /// </summary>
    private static bool IsItemTitle(List<SourceLine> block)
    {
        if (block.Count is 0 or > MaxItemTitleLines) return false;
        var first = block[0].Text.TrimStart();
        if (first.Length == 0 || !char.IsUpper(first[0]) || Bullet().IsMatch(first) || TimedItem().IsMatch(first) || DatedItem().IsMatch(first)) return false;
        foreach (var line in block)
        {
            var t = line.Text.Trim();
            if (line.Layout is not null || line.Role != LineRole.Text || t.Length > MaxItemTitleLength || t.Length == 0 || ".;:,".Contains(t[^1]) || Datelines.IsDateOnly(t)) return false;
        }

        return true;
    }

    /// <summary>"Programa de la misión" / "Lunes 11 de marzo" / "09:00 Reunión …": a day over timed, dated or bulleted items heads an agenda's day.</summary>
    /// <remarks>
    /// Nor is a day in a calendar set one line each, day and title by turns ("Calendario 2023" / "15 feb." / "Taller … · Lima" /
    /// "12/05/2023" / "Webinar …"): the days stand above their titles there.
    /// A weekday over a sentence ("Martes 8 de octubre" / "Visita al Puerto de Montevideo y recorrida por las obras.") heads the next day
    /// of an agenda after the last item of the day before (a slide's text that ends with a full stop is read so too).
    /// </remarks>
    private static bool OpensAgendaDay(List<SourceLine> lines, bool[] drop, int i)
    {
        if (NextContentLine(lines, drop, i) is not { } next) return false;
        var n = lines[next].Text;
        if (TimedItem().IsMatch(n) || DatedItem().IsMatch(n) || Bullet().IsMatch(n)) return true;
        // (Unless a blank line sets the days apart from the next title: "Comité Ejecutivo de Arco Latino" / "Marsella · 11 abril" / "" /
        // "Comisión … de CGLU" / "Barcelona · 14 mayo" pairs each title with the days under it.)
        if (NextContentLine(lines, drop, next) is { } second && IsDaysLine(lines[second].Text) && !Enumerable.Range(i + 1, next - i - 1).Any(k => IsBlank(lines[k]))) return true;
        return AgendaDay().IsMatch(lines[i].Text) && n.TrimEnd().EndsWith('.');
    }

    /// <summary>A line of days alone, a stamp's full date among them ("12/05/2023").</summary>
    private static bool IsDaysLine(string line) => Datelines.IsDateOnly(line) || Datelines.IsStamp(line);

    private const int MaxItemTitleLines = 3;
    private const int MaxItemTitleLength = 70;

    /// <summary>
    /// The lines of panels of figures in plain text ("LA AGENCIA EN CIFRAS" over "38 proyectos de cooperación" / "27 cooperantes
    /// activos" / "19 empresas extranjeras instaladas"): three short lines or more in a row, each a figure and what it counts. Each is
    /// a block of its own; joined as a wrapped paragraph one figure's words would run into the next one's.
    /// </summary>
    private static HashSet<int> FigurePanelLines(List<SourceLine> lines, bool[] drop)
    {
        var panels = new HashSet<int>();
        var run = new List<int>();
        void Flush()
        {
            if (run.Count >= FigurePanels.MinLines) panels.UnionWith(run);
            run.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (drop[i]) continue;
            var line = lines[i];
            if (line.Layout is null && line.Role == LineRole.Text && FigurePanels.IsFigureLine(line.Text)) run.Add(i);
            else Flush();
        }

        Flush();
        return panels;
    }

    /// <summary>
    /// The lines of a chronology set by months (<see cref="Chronology"/>): the months, each alone on its line over entries, and the lines
    /// the entries open on ("Enero" / "18 – Reunión con el cónsul general de España …" / "25 – Presentación del plan …"). Each is a block
    /// of its own; joined as a wrapped paragraph, a year's entries would run into one. A run goes on over the lines that carry on an
    /// entry (the line before ends no sentence), blank lines and a page's furniture, and ends at any other line.
    /// </summary>
    private static (HashSet<int> Months, HashSet<int> Entries) ChronologyLines(List<SourceLine> lines, bool[] drop)
    {
        var months = new HashSet<int>();
        var entries = new HashSet<int>();
        var inRun = false;
        string? last = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (drop[i] || IsBlank(lines[i])) continue;
            var line = lines[i];
            var text = line.Text;
            var plain = line.Layout is null && line.Role == LineRole.Text;
            if (plain && Chronology.IsMonthLine(text) && NextContentLine(lines, drop, i) is { } next && Chronology.OpensDayEntry(lines[next].Text))
            {
                months.Add(i);
                inRun = true;
            }
            else if (inRun && plain && Chronology.OpensDayEntry(text)) entries.Add(i);
            else if (!(inRun && plain && last is not null && !last.TrimEnd().EndsWith('.'))) inRun = false;
            last = text;
        }

        return (months, entries);
    }

    /// <summary>
    /// The lines of a slide's or a brochure's list of names, one a line ("AECID" / "Junta de Andalucía" / "Cruz Roja Española" /
    /// "Cáritas" / "Fundación Unicaja"): <see cref="MinNameListLines"/> short lines or more in a row, each opening with a capital and
    /// ending neither a sentence nor on a connector. Each is a block of its own; joined as a wrapped paragraph, one name would run
    /// into the next. (Prose wrapped at a width fills its lines; a name wrapped over two lines ends the first on "de" or goes on in
    /// lower case.)
    /// </summary>
    private static HashSet<int> NameListLines(List<SourceLine> lines, bool[] drop)
    {
        var list = new HashSet<int>();
        var run = new List<int>();
        void Flush()
        {
            if (run.Count >= MinNameListLines) list.UnionWith(run);
            run.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (drop[i]) continue;
            var line = lines[i];
            var t = line.Text.Trim();
            if (line.Layout is null && line.Role == LineRole.Text && t.Length is >= 2 and <= MaxNameListLine && char.IsUpper(t[0]) && !".,;:".Contains(t[^1])
                && !Bullet().IsMatch(t) && !t.Contains('\t') && !TitleConnectors.Contains(t[(t.LastIndexOf(' ') + 1)..].ToLowerInvariant())) run.Add(i);
            else Flush();
        }

        Flush();
        return list;
    }

    private const int MinNameListLines = 5;
    private const int MaxNameListLine = 40;

    /// <summary>
    /// The lines of a form's fields set one under the other ("Delegación:   2 servidores" / "Destino:   Washington D.C. (Estados
    /// Unidos)" / "Fechas de la comisión:   3 al 7 de marzo de 2024"): two field lines or more with at most one line between them
    /// (a value wrapped onto the next line), no blank line in the run. Each field opens a block of its own; joined as a wrapped
    /// paragraph, one field's value would run into the next one's label.
    /// </summary>
    private static HashSet<int> RecordFieldLines(List<SourceLine> lines, bool[] drop)
    {
        var fields = new HashSet<int>();
        int? last = null;
        var sinceLast = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (drop[i]) continue;
            var line = lines[i];
            if (IsBlank(line) || line.Role != LineRole.Text) { last = null; continue; }
            if (!FormFields.OpensWithField(line.Text))
            {
                if (last is not null && ++sinceLast > 1) last = null;
                continue;
            }

            if (last is { } previous) { fields.Add(previous); fields.Add(i); }
            last = i;
            sinceLast = 0;
        }

        return fields;
    }

    /// <summary>
    /// The width plain text is wrapped at: the length four in five of its text lines stay within (0 with fewer than 20 lines, or
    /// for a PDF's lines, whose layout tells blocks apart).
    /// </summary>
    private static int WrapWidth(List<SourceLine> lines, bool[] drop)
    {
        var lengths = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            if (!drop[i] && lines[i].Layout is null && lines[i].Role == LineRole.Text && !IsBlank(lines[i]) && !lines[i].Text.Contains('\t')) lengths.Add(lines[i].Text.Length);
        if (lengths.Count < 20) return 0;
        lengths.Sort();
        return lengths[(int)(lengths.Count * 0.8)];
    }

    /// <summary>
    /// The index of the nearest line before <paramref name="i"/> that is not dropped, past dropped ones (a page's furniture), when it is
    /// not blank; else null. ("15 feb." / "Taller de formulación de proyectos" / "12/05/2023" / "Webinar …": a calendar's items have
    /// their days above them, not below.)
    /// </summary>
    private static int? PreviousContentLine(List<SourceLine> lines, bool[] drop, int i)
    {
        var j = i - 1;
        while (j >= 0 && drop[j] && !IsBlank(lines[j])) j--;
        return j >= 0 && !IsBlank(lines[j]) ? j : null;
    }

    /// <summary>The index of the next line that is neither blank nor dropped, after <paramref name="i"/>; null at the end.</summary>
    private static int? NextContentLine(List<SourceLine> lines, bool[] drop, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
            if (!drop[j] && !IsBlank(lines[j])) return j;
        return null;
    }

    /// <summary>
    /// Tables that plain text exports (<c>pdftotext</c> without <c>-layout</c>) set one cell per line: a header of two to eight short
    /// lines ("Fecha" / "Delegación" / "Objeto de la visita" / "Personas") over rows of as many lines, one column of which holds a
    /// figure or a date in every row ("14/02/2023" / "Municipalidad Provincial del Cusco (Perú)" / "Visita técnica …" / "6"), two rows
    /// at least; a "Total" line and its figure close it. Returns the lines that open a row (the header's first line among them) and
    /// the lines that go on one, so that each row becomes a line of cells joined by tabs. Blank and dropped lines (a page break
    /// inside the table) are skipped.
    /// </summary>
    private static (HashSet<int> RowStarts, HashSet<int> Cells) CellPerLineTables(List<SourceLine> lines, bool[] drop)
    {
        var rowStarts = new HashSet<int>();
        var cells = new HashSet<int>();
        var content = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            if (!drop[i] && !IsBlank(lines[i]) && lines[i].Layout is null && lines[i].Role == LineRole.Text) content.Add(i);
            else if (!drop[i] && !IsBlank(lines[i])) content.Add(-1); // a line of another kind ends any table
            // "—" alone on a line, dropped as debris, is an empty cell where a table takes it; "%" alone, a header cell.
            else if (drop[i] && (IsEmptyCellMark(lines[i].Text) || IsShareMark(lines[i].Text))) content.Add(i);

        for (var at = 0; at < content.Count; at++)
        {
            if (content[at] < 0 || !IsHeaderCell(lines[content[at]].Text)) continue;
            var found = false;
            for (var k = MaxCellColumns; k >= MinCellColumns && !found; k--)
            {
                if (!HeaderAt(lines, content, at, k)) continue;
                var rows = RowsAfter(lines, content, at + k, k);
                // A table of two columns ("País" / "Beneficiarias directas" over "Perú" / "6.210" …) is a label and its figure per row,
                // as lists of figures are too: three rows at least.
                if (rows < (k == 2 ? MinTwoColumnRows : MinCellRows)) continue;
                found = true;
                var end = at + k + rows * k;
                for (var r = at; r < end; r += k)
                {
                    rowStarts.Add(content[r]);
                    for (var c = 1; c < k; c++) cells.Add(content[r + c]);
                }

                // "Total" / "499.150,00", "Total" / "35" / "80.800.000": a closing row of its label and its figures.
                if (end + 1 < content.Count && content[end] >= 0 && TotalsLabel.Opens(lines[content[end]].Text))
                {
                    var figures = 0;
                    // (Its figures bear a currency's code at most: "5. REDES DE CIUDADES" after it is a heading.)
                    while (figures < k - 1 && end + 1 + figures < content.Count && content[end + 1 + figures] >= 0 && lines[content[end + 1 + figures]].Text is var cell
                           && IsFigureCell(cell) && cell.Count(char.IsLetter) <= 3) figures++;
                    if (figures > 0)
                    {
                        rowStarts.Add(content[end]);
                        for (var c = 1; c <= figures; c++) cells.Add(content[end + c]);
                        end += 1 + figures;
                    }
                }

                at = end - 1;
            }
        }

        // An empty cell's mark is kept where a table took it, and stays dropped elsewhere.
        foreach (var i in cells.Concat(rowStarts)) drop[i] = false;

        return (rowStarts, cells);
    }

    private static bool IsEmptyCellMark(string line) => line.Trim() is "—" or "–" or "-";

    /// <summary>"%" alone: the head of a column of shares.</summary>
    private static bool IsShareMark(string line) => line.AsSpan().Trim() is "%";

    private const int MinCellColumns = 2;
    private const int MaxCellColumns = 8;
    private const int MinCellRows = 2;
    private const int MinTwoColumnRows = 3;

    /// <summary>Whether <paramref name="k"/> content lines from <paramref name="at"/> are a header: short labels, none a figure.</summary>
    private static bool HeaderAt(List<SourceLine> lines, List<int> content, int at, int k)
    {
        if (at + k > content.Count) return false;
        for (var c = 0; c < k; c++)
            if (content[at + c] < 0 || !IsHeaderCell(lines[content[at + c]].Text)) return false;
        return true;
    }

    /// <summary>How many rows of <paramref name="k"/> cells follow, with one column a figure or a date in every row.</summary>
    private static int RowsAfter(List<SourceLine> lines, List<int> content, int from, int k)
    {
        var rows = 0;
        string? mask = null;
        for (var r = from; r + k <= content.Count; r += k)
        {
            var row = new List<string>(k);
            for (var c = 0; c < k && content[r + c] >= 0; c++) row.Add(lines[content[r + c]].Text.Trim());
            if (row.Count < k || row.Any(cell => cell.Length > MaxCellLength || cell.EndsWith('.'))) break;
            // Every row has its text where the first row has it, and a figure in a column of the first row's figures: a row that does
            // not is no row of this table, or a cell went missing. (A figure column may hold a few words in some rows, "36 meses", "Sin
            // aporte financiero", in a table of more than two columns.)
            var rowMask = string.Concat(row.Select(cell => IsFigureCell(cell) ? 'n' : 't'));
            if (!rowMask.Contains('n') || !rowMask.Contains('t') || (mask is not null && !(k > 2 ? KeepsColumns(mask, row) : rowMask == mask))) break;
            mask ??= rowMask;
            rows++;
            // A closing total ends the table.
            if (TotalsLabel.Closes(row[0])) break;
        }

        return rows;
    }

    private const int MaxCellLength = 90;

    /// <summary>
    /// Whether a row keeps the columns of the first row's mask of figures ('n') and text ('t'): text where it had text, a figure in one
    /// of its figure columns at least, and in the others a figure or a few words ("36 meses", "hasta el 02/02/2025").
    /// </summary>
    private static bool KeepsColumns(string first, List<string> row)
    {
        var figure = false;
        for (var c = 0; c < first.Length; c++)
        {
            var isFigure = IsFigureCell(row[c]);
            if (first[c] == 't' && isFigure) return false;
            if (first[c] == 'n' && !isFigure && row[c].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsInFigureColumn) return false;
            figure |= first[c] == 'n' && isFigure;
        }

        return figure;
    }

    /// <summary>The most words a cell of a column of figures may hold instead of one ("Sin aporte financiero", "hasta el 02/02/2025").</summary>
    private const int MaxWordsInFigureColumn = 4;

    /// <summary>A header's label: short, opening in a capital, no sentence's end; figures only as a year ("2023", "Ejecutado 2023").</summary>
    private static bool IsHeaderCell(string line)
    {
        var t = line.Trim();
        // "%", "% ejecutado": a column of shares.
        if (IsShareMark(t) || t.StartsWith("% ", StringComparison.Ordinal)) return t.Length <= 40;
        if (t.Length is 0 or > 40 || !char.IsUpper(t[0]) || ".:;,".Contains(t[^1])) return false;
        return t.Split(' ').All(word => !word.Any(char.IsDigit) || (word.Length == 4 && word.All(char.IsDigit) && word[..2] is "19" or "20"));
    }

    /// <summary>A cell holding only a figure or a date: "6", "148.200,00", "14/02/2023", "USD 45.000", "12 %".</summary>
    private static bool IsFigureCell(string cell)
    {
        var t = cell.Trim();
        if (t.Length is 0 or > 24 || !t.Any(char.IsDigit)) return false;
        foreach (var c in t)
            if (!(char.IsDigit(c) || c is '.' or ',' or '/' or '-' or '–' or ' ' or '%' or '$' or '€' or '+' or '₡' or '£' or '¥' or '₩' or '₲' || char.IsAsciiLetterUpper(c))) return false;
        return true;
    }

    /// <summary>
    /// Text copied from a web page or a word processor keeps each paragraph on one line: its long lines end a sentence (nine in ten
    /// of them, where text wrapped at a width ends one only at a paragraph's end), so each of its lines is a block of its own: a
    /// headline, a "Publicado: 23/09/2024" line, a paragraph.
    /// </summary>
    private static bool IsLinePerParagraph(List<SourceLine> lines, bool[] drop)
    {
        int long_ = 0, ended = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (drop[i] || lines[i].Layout is not null || lines[i].Role != LineRole.Text) continue;
            var text = lines[i].Text.AsSpan().TrimEnd();
            if (text.Length <= LongLine || text.Contains('\t')) continue;
            long_++;
            if (".:!?»”\"".Contains(text[^1])) ended++;
        }

        return long_ >= 10 && ended >= long_ * 0.8;
    }

    /// <summary>
    /// "Boletín N.º 001-2024" over "ALCALDÍA Y AME FIRMAN CONVENIO PARA FORTALECER LA GESTIÓN DE" / "RIESGOS EN LAS PARROQUIAS RURALES" over
    /// "Loja, 12 de enero de 2024.- El alcalde …": in plain text, a headline set in capitals is a block of its own, between lines in
    /// mixed case (a headline wrapped over two lines of capitals stays one).
    /// </summary>
    private static bool ChangesCase(SourceLine previous, SourceLine line) =>
        previous.Layout is null && line.Layout is null && previous.Role == LineRole.Text && line.Role == LineRole.Text
        && ((IsCapitalsLine(previous.Text) && line.Text.Any(char.IsLower)) || (previous.Text.Any(char.IsLower) && IsCapitalsLine(line.Text)));

    /// <summary>A line of three words or more whose letters are all capitals.</summary>
    private static bool IsCapitalsLine(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }

        return letters >= 12 && line.AsSpan().Trim().Count(' ') >= 2;
    }

    /// <summary>
    /// "Comunicado 0398", "Boletín N.° 45", "Nota de prensa 12/2024": a press release's label and number on a line of their own, over
    /// its headline ("Capítulo 3", "Tabla 2" over a paragraph are left as the other rules read them).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Comunicado|Bolet[ií]n|Nota|Noticia)(?: de prensa| informativ[oa])?(?: N\.?[°º]?)? ?\d{1,5}(?:[-/]\d{1,4})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Kicker();

    /// <summary>
    /// A dateline opening a line after a title of several lines ("… GESTIÓN DE" / "RIESGOS EN LAS PARROQUIAS RURALES" / "Loja, 12 de
    /// enero de 2024.- …") starts the news item's text, unless the line before leaves its phrase open.
    /// </summary>
    private static bool OpensNewsText(SourceLine previous, SourceLine line)
    {
        if (previous.Layout is not null || line.Layout is not null || !Datelines.OpensAt(line.Text, 0)) return false;
        var end = previous.Text.TrimEnd();
        if (end.Length == 0 || ",;:-–(".Contains(end[^1])) return false;
        var lastSpace = end.LastIndexOf(' ');
        return !TitleConnectors.Contains(end[(lastSpace + 1)..].ToLowerInvariant());
    }

    /// <summary>
    /// In text keeping each paragraph on one line, a paragraph wrapped at a width all the same: the line before ends inside a phrase
    /// ("… organizado por el Banco Interamericano de" / "Desarrollo (BID) …", "… Ciudades" / "inteligentes, …").
    /// </summary>
    private static bool GoesOn(SourceLine previous, SourceLine line)
    {
        var end = previous.Text.TrimEnd();
        var next = line.Text.TrimStart();
        if (end.Length == 0 || next.Length == 0) return false;
        if (char.IsLower(next[0]) || end[^1] is ',' or '(' or '-') return true;
        var lastSpace = end.LastIndexOf(' ');
        if (TitleConnectors.Contains(end[(lastSpace + 1)..].ToLowerInvariant())) return true;
        // Two long lines neither of which ends a sentence ("El 12 de mayo se realizó en Salto el Encuentro Regional de Ciudades" /
        // "Inteligentes, organizado por el Banco Interamericano de"): a headline is followed by its stamp, its dateline or a paragraph.
        // Lines of one width: a title over a headline, or a headline over its subtitle, differ in length.
        var nextEnd = next.TrimEnd();
        return end.Length >= WrappedLine && nextEnd.Length >= WrappedLine && Math.Min(end.Length, nextEnd.Length) >= 0.75 * Math.Max(end.Length, nextEnd.Length)
               && !".:!?»”\"".Contains(end[^1]) && !".:!?»”\"".Contains(nextEnd[^1]);
    }

    /// <summary>A line at least this long, not ending a sentence, over another such, is a paragraph wrapped at a width.</summary>
    private const int WrappedLine = 50;

    /// <summary>Longer than any line of text wrapped at a page's width.</summary>
    private const int LongLine = 130;

    /// <summary>
    /// "Firma de convenio con la Diputación de Barcelona" over "Montevideo, 12 de abril de 2024. El Congreso …", "Ciclo de webinarios
    /// «…»" over "Organizado junto con ICLEI …": in text wrapped at a fixed width, a block's first line far shorter than the width that
    /// ends a phrase (no punctuation, no connector, no open quote), over a line that opens with a dateline or a sentence's first word
    /// (an article, a preposition, "Se", a participle), is a title of its own. A title wrapped over two lines goes on in the words of a
    /// name ("Reunión de cortesía con el Embajador de los" / "Estados Unidos en México").
    /// </summary>
    private static bool IsTitleLine(SourceLine title, SourceLine next, int wrapWidth)
    {
        if (title.Layout is not null || title.Role != LineRole.Text || next.Role != LineRole.Text) return false;
        var t = title.Text.Trim();
        // An agenda's item is titled after its time ("09:00   Reunión con la División de Transporte del BID" over "En la sede …").
        var timed = TimedItem().Match(t);
        if (timed.Success) t = t[(timed.Length - 1)..];
        // "3.1. Mauritania": a numbered title opens with its number ("8.1 Presentación" too, with no stop after it).
        var numbered = Enumerated().Match(t);
        var section = SectionNumber().Match(t);
        var opening = numbered.Groups["number"].Success ? t[(numbered.Length - 1)..] : section.Success ? t[section.Length..] : t;
        // "8.7 Eventos internacionales en San José" / "Semana de Europa. Del 6 al 11 de mayo, …": a subsection's number says it is a title.
        var subsection = section.Success || numbered.Groups["number"].Value.Contains('.');
        if (t.Length < 8 || opening.Length == 0 || !char.IsUpper(opening[0]) || ",;:.-–—/(".Contains(t[^1])) return false;
        // Under an agenda's timed title, a sentence telling what was done opens its own block, whatever the text's width.
        if (timed.Success && next.Text.TrimStart() is { Length: > 0 } told && char.IsUpper(told[0]) && !TimedItem().IsMatch(told))
        {
            var lastWordStart = t.LastIndexOf(' ') + 1;
            var firstWord = told.Split(' ', 2)[0];
            return !TitleConnectors.Contains(t[lastWordStart..].ToLowerInvariant()) && (SentenceOpeners.Contains(firstWord) || HasPreterite(told.Split('.', 2)[0]));
        }

        // A dateline is told apart by its own shape, in a short text too (whose wrap width is unknown).
        if (Datelines.OpensAt(next.Text, 0)) return t.Length <= (wrapWidth >= 40 ? wrapWidth * 0.8 : MaxTitleOverDateline);
        if (wrapWidth < 40 || OpensQuote(t)) return false;
        var lastSpace = t.LastIndexOf(' ');
        if (lastSpace > 0 && TitleConnectors.Contains(t[(lastSpace + 1)..].ToLowerInvariant())) return false;
        var n = next.Text.Trim();
        var firstSpace = n.IndexOf(' ');
        if (firstSpace <= 0) return false;
        var word = n[..firstSpace];
        if (!char.IsUpper(word[0])) return false;
        var opensSentence = SentenceOpeners.Contains(word);
        // A line telling what was done ("La visita de la delegación de Uruguaiana se concretó", "… recibió al embajador") is prose.
        if (HasPreterite(t)) return false;
        if (t.Length <= wrapWidth * 0.7 && (opensSentence || word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ada", StringComparison.Ordinal)))
            return true;
        // "Memorándum de entendimiento con la Empresa Portuaria Valparaíso" over a full line "A comienzos de abril, la alcaldía y …": the
        // next line's first word would have fitted after it, so a wrapper did not end the line there; its writer did. Unless the line
        // may end inside a name the next goes on with ("… y la Unión de Ciudades" / "Capitales Iberoamericanas (UCCI), …"), and a
        // record's next field ("Curso: …" over "Fecha: 27 de septiembre …") is no paragraph.
        var lastWord = lastSpace > 0 ? t[(lastSpace + 1)..] : t;
        return n.Length >= wrapWidth * 0.8 && t.Length + 1 + word.Length < wrapWidth - 1 && !word.EndsWith(':')
               && (opensSentence || subsection || !char.IsUpper(lastWord[0]));
    }

    /// <summary>Whether a line holds a verb in the preterite: a word ending in "ó", "aron" or "ieron".</summary>
    private static bool HasPreterite(string line)
    {
        foreach (var range in line.AsSpan().Split(' '))
        {
            var w = line.AsSpan()[range].TrimEnd(",;.".AsSpan());
            // A capitalised word is a name ("Intendencia de Tacuarembó").
            if (w.Length > 0 && !char.IsUpper(w[0]) && SpanishVerbForms.IsPreterite(w)) return true;
        }

        return false;
    }

    /// <summary>The longest title over a dateline in a text too short to tell its wrap width.</summary>
    private const int MaxTitleOverDateline = 100;

    /// <summary>Words a title wrapped in its middle ends with: the next line goes on with the name.</summary>
    private static readonly HashSet<string> TitleConnectors = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "el", "los", "las", "y", "e", "o", "en", "con", "para", "sobre", "a", "al", "por", "entre", "un", "una",
    };

    /// <summary>Capitalised words that open a sentence, not a name's next word.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "El", "La", "Los", "Las", "Un", "Una", "Unos", "Unas", "En", "Con", "Durante", "Desde", "Tras", "Entre", "Se", "Este", "Esta", "Estos",
        "Estas", "Del", "Al", "A", "Por", "Para", "Gracias", "Mediante", "Según", "Como", "Más", "Cerca", "Alrededor", "Hoy", "Ayer",
    };

    /// <summary>Whether the line holds an opening quotation mark it does not close ("Pasantía del Proyecto “Plazas de Mercado").</summary>
    private static bool OpensQuote(string line) =>
        line.Count(c => c is '“' or '«') > line.Count(c => c is '”' or '»') || line.Count(c => c == '"') % 2 == 1;

    private static bool ContinuesAcrossPageBreak(string previous, string next)
    {
        var end = previous.TrimEnd();
        if (end.Length == 0 || ".:;!?".Contains(end[^1])) return false;
        var body = next.TrimStart();
        if (GluedPageNumber().Match(body) is { Success: true } g) body = body[g.Length..];
        var first = body.FirstOrDefault();
        return !(char.IsUpper(first) || first is '“' or '"' or '¿' or '¡' or '•') || end.EndsWith(',') || end.EndsWith('-');
    }

    private static bool IsEnumeratedNeighbour(List<SourceLine> lines, bool[] drop, int i, int step)
    {
        var j = i + step;
        while (j >= 0 && j < lines.Count && drop[j]) j += step;
        if (j < 0 || j >= lines.Count || IsBlank(lines[j]) || !Enumerated().IsMatch(lines[j].Text)) return false;
        if (ContentsLine().IsMatch(lines[j].Text) || ContentsLine().IsMatch(lines[i].Text)) return false;
        // "3. COOPERACIÓN CON CIUDADES DE ÁFRICA OCCIDENTAL" over "3.1. Mauritania", "10. Previsiones …… 7" (the contents) over "1.
        // PRESENTACIÓN": a heading and its first subheading, or a contents line and the text's first heading, are no list's items;
        // nor is "10." over "1.", numbering that starts again.
        var (upper, lower) = step < 0 ? (lines[j].Text, lines[i].Text) : (lines[i].Text, lines[j].Text);
        if (Enumerated().Match(upper).Groups["number"] is not { Success: true } above || Enumerated().Match(lower).Groups["number"] is not { Success: true } below)
            return true;
        var opensSubdivision = below.Value.StartsWith(above.Value + ".", StringComparison.Ordinal);
        var restarts = !above.Value.Contains('.') && below.Value == "1" && above.Value != "1";
        return !opensSubdivision && !restarts;
    }

    /// <summary>A contents line: a title, dot leaders and a page number ("Presentación ........ 3"). Anchored at the line's start, so a
    /// long line is read once rather than from every position (which made a 500 KB line of figures take minutes); matched from the
    /// end (only asked whether it matches), since from the start `.*` gave back one character at a time and each dot of a long run of
    /// leaders not followed by the number ("Texto ……x 3") read the rest of the run again.</summary>
    [GeneratedRegex(@"^\s*\S.*(?:\.{4,}|…{2,}|\t)\s*\d{1,4}\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ContentsLine();

    private static bool EndsInDigit(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && char.IsAsciiDigit(t[^1]);
    }

    private static BlockKind KindOf(SourceLine line) => line.Role switch
    {
        LineRole.Heading => BlockKind.Heading,
        LineRole.TableRow => BlockKind.TableRow,
        _ when EndsInDigit(line.Text) && ContentsLine().IsMatch(line.Text) => BlockKind.TableRow,
        LineRole.ListItem => BlockKind.ListItem,
        _ => Bullet().IsMatch(line.Text) ? BlockKind.ListItem : BlockKind.Paragraph,
    };

    /// <summary>A line's text to copy, and the 1-based source column it starts at.</summary>
    /// <param name="afterDebris">The line follows vertical sidebar debris, whose last piece may be glued to it.</param>
    private static (string Piece, int Column) Content(SourceLine line, bool afterDebris, bool stripBullet)
    {
        var t = line.Text;
        var skip = 0;
        // Page-start artefact: " 2Presentación", where "2" is a page number or the tail of a sidebar title.
        var lead = t.Length - t.TrimStart().Length;
        if ((lead > 0 || afterDebris) && line.Role == LineRole.Text && GluedPageNumber().Match(t[lead..]) is { Success: true } g) skip = lead + g.Length;
        if (stripBullet && Bullet().Match(t, skip) is { Success: true } b && b.Index == skip) skip += b.Length;
        while (skip < t.Length && char.IsWhiteSpace(t[skip]) && t[skip] != '\t') skip++;
        return (t[skip..], skip + 1);
    }

    /// <summary>Joins a wrapped line onto the text: rejoins "legi-" + "timados", keeps "2021-" + "2023" and "CGLU-" + "África".</summary>
    private void AppendJoint(StringBuilder text, string next)
    {
        if (text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0)
        {
            if (options.JoinHyphenation && char.IsLower(next[0])) text.Length--;
            return;
        }

        if (text.Length >= 1 && text[^1] is '-' or '—' or '–' or '/' && next.Length > 0 && !char.IsWhiteSpace(text.Length >= 2 ? text[^2] : ' ')) return;
        text.Append(' ');
    }

    /// <summary>
    /// On a PDF page: a gap, a change of font size, weight or column ends a block. Across a page break (a new page, or
    /// in text exported from PDFs a line starting with a space), a block goes on only where a sentence visibly does.
    /// </summary>
    private static bool BreaksLayout(SourceLine previous, SourceLine line)
    {
        var pageStart = previous.Page != line.Page || (line.Layout is null && line.Role == LineRole.Text && line.Text.Length > 1 && line.Text[0] == ' ' && line.Text[1] != ' ');
        if (pageStart) return !ContinuesAcrossPageBreak(previous.Text, line.Text);
        if (previous.Layout is not { } a || line.Layout is not { } b) return false;
        if (a.Column != b.Column || a.Bold != b.Bold) return true;
        if (Math.Abs(a.FontSize - b.FontSize) > 0.15 * Math.Max(a.FontSize, b.FontSize)) return true;
        var gap = b.Y - (a.Y + a.Height);
        return gap > 0.8 * Math.Max(a.Height, b.Height) || gap < -2 * a.Height;
    }
}
