using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>
/// The cells of tables that list organisations one per row ("No. | ENTIDAD COOPERANTE / ALIADO | No. INTERACCIONES"):
/// each such cell names one organisation, whatever words are inside it. A table is read this way when a header row names
/// its column ("Entidad cooperante", "Aliado", "Socio", "Organismo donante", "Red", "Entidad solicitante", "ONGD") or, without such a header, when the
/// classifier typed its section <c>partners</c>, one column holds names (letters, not figures) in most rows, and the other
/// partner rules already read an organisation at the start of at least half of them (a table of kinds of collaboration in
/// the same section is not read).
/// </summary>
internal static class PartnerTables
{
    /// <summary>A section typed partners counts only with at least this probability.</summary>
    public const double MinSectionProbability = 0.6;

    /// <summary>Folded words (or prefixes, ending "*") that make a header cell the column of partner names.</summary>
    private static readonly string[] HeaderWords =
    [
        "cooperante*", "aliad*", "socio", "socios", "socia", "socias", "donante*", "contraparte*", "financiador*", "patrocinador*",
        "organizacion*", "organismo*", "institucion*", "miembro*", "red", "redes", "partner*", "entidad*", "asociacion*",
        // Grants: "ONGD", "ONG beneficiaria".
        "ongd*", "ong", "ongs",
    ];

    /// <summary>Folded words of a header cell that make it a column of the reporting body's own units, not of partners.</summary>
    private static readonly string[] OwnColumnWords = ["distrital*", "municipal*", "responsable*", "ejecutora*", "sector*", "dependencia*"];

    /// <summary>
    /// The spans of the cells that each name one organisation, in text order; <c>Own</c> for a cell under a header of the
    /// reporting body's own units ("ENTIDAD DISTRITAL PRINCIPAL"), which names no partner.
    /// </summary>
    /// <param name="opensWithOrganisation">Whether the other partner rules found an organisation at the start of a cell.</param>
    public static IReadOnlyList<(TextSpan Cell, bool Own)> NameCells(SectionedDocument document, Func<TextSpan, bool> opensWithOrganisation)
    {
        var text = document.Clean.Text;
        var blocks = document.Clean.Blocks;
        var cells = new List<(TextSpan, bool)>();
        (int Column, bool Own, int Width, int LastBlock)? before = null;
        foreach (var (first, rows) in TableRows.Tables(document.Clean))
        {
            // A table continued on the next page without its header repeated ("| Jarit | Marruecos | … |" after the page's running
            // lines) keeps the columns of the table just before it: as wide, at most three short lines between.
            // A header of its own ("Fecha | Actividad | Lugar") opens another table.
            var continued = before is { } b && rows[0].Count == b.Width && Header(text, rows[0]) is null && !IsOtherHeader(text, rows[0]) && first - b.LastBlock - 1 <= MaxLinesBetweenParts
                            && Enumerable.Range(b.LastBlock + 1, first - b.LastBlock - 1).All(k => blocks[k].Span.Length <= MaxRunningLine && blocks[k].Kind != BlockKind.Heading)
                ? (b.Column, b.Own) : ((int, bool)?)null;
            // "Ciudades y Gobiernos Locales | 2004 | …" over "Unidos (CGLU)" over the next rows: a first cell wrapped onto a line of its
            // own, between two runs of rows, holds only part of the name.
            var after = first + rows.Count;
            var lastWrapped = after + 1 < blocks.Count && blocks[after].Kind == BlockKind.Paragraph && blocks[after + 1].Kind == BlockKind.TableRow
                              && blocks[after].Span.Length <= MaxWrappedCell && text.IndexOf('\n', blocks[after].Span.Start, blocks[after].Span.Length) < 0;
            // The line right above the table, when it is a short line of its own: the table's caption.
            var caption = first > 0 && blocks[first - 1] is { Kind: not BlockKind.TableRow, Span.Length: <= MaxCaption } above
                                    && text.IndexOf('\n', above.Span.Start, above.Span.Length) < 0
                ? text.Substring(above.Span.Start, above.Span.Length) : null;
            var (column, own) = ReadTable(document, text, rows, blocks[first].Span.Start, opensWithOrganisation, cells, continued, lastWrapped, caption);
            before = column >= 0 ? (column, own, rows[^1].Count, first + rows.Count - 1) : null;
        }

        return cells;
    }

    /// <summary>Folded cells that head a column of a table of activities, figures or dates, not of organisations.</summary>
    private static readonly HashSet<string> OtherHeaderCells = new(StringComparer.Ordinal)
    {
        "fecha", "fechas", "actividad", "actividades", "lugar", "evento", "eventos", "tema", "objeto", "monto", "descripcion", "periodo",
        "participantes", "asistentes", "modalidad", "vigencia", "importe", "estado",
    };

    /// <summary>Whether a row is a header of a table of another kind: one of its cells is a column head of activities, dates or figures.</summary>
    private static bool IsOtherHeader(string text, List<TextSpan> row) =>
        row.Any(c => OtherHeaderCells.Contains(FoldedText.FoldString(text.Substring(c.Start, c.Length).Trim())));

    /// <summary>At most this many lines (a page's running header and footer) between the two parts of a table cut by a page break.</summary>
    private const int MaxLinesBetweenParts = 3;

    /// <summary>A table's caption, a short line right above it, is no longer than this.</summary>
    private const int MaxCaption = 100;

    /// <summary>The rest of a wrapped name cell on a line of its own is no longer than this.</summary>
    private const int MaxWrappedCell = 60;

    /// <summary>A running header or footer line is no longer than this.</summary>
    private const int MaxRunningLine = 120;

    private static (int Column, bool Own) ReadTable(SectionedDocument document, string text, List<List<TextSpan>> rows, int start, Func<TextSpan, bool> opensWithOrganisation,
        List<(TextSpan, bool)> cells, (int Column, bool Own)? continued, bool lastWrapped, string? caption)
    {
        // Without a header, the column of names is the table's name column when its section lists partners and the other rules
        // read organisations in at least half of its cells.
        var column = document.SectionAt(start)?.Type is { Name: SectionTypes.Partners, Probability: >= MinSectionProbability } ? NameColumn(text, rows) : -1;
        if (column >= 0)
        {
            var names = rows.Where(r => column < r.Count && IsName(text.AsSpan(r[column].Start, r[column].Length))).Select(r => r[column]).ToList();
            if (names.Count(opensWithOrganisation) * 2 < names.Count) column = -1;
        }

        var own = false;
        if (continued is { } c) (column, own) = c;
        // "## Ciudades hermanas y acuerdos de amistad", "## Ciudades miembro y puntos focales" over "Ciudad | País | …": the heading says
        // whose the cities are.
        // So does a caption on the line above the table ("**Ciudades miembro presentes o representadas**" in a meeting's minutes).
        var citiesArePartners = (document.SectionAt(start) is { } section && NamesPartnerCities(section.Title)) || (caption is not null && NamesPartnerCities(caption));
        var headed = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            // A header (repeated at the top of each page) sets the column of the rows below it, and whether they are partners. Under a
            // header, a row naming another column with header words is a row of the table ("Organización | Condición" over "Banco de
            // Desarrollo … (CAF) | Socio financiador"), not a header of it.
            if (Header(text, row, citiesArePartners) is { } header && (!headed || header.Column == column))
            {
                (column, own) = (header.Column, !header.IsPartners);
                headed = true;
                continue;
            }

            if (PartnerField(text, row) is { } listed)
            {
                foreach (var part in Parts(text, listed))
                    if (WithoutPlace(text, part) is var cell && IsName(text.AsSpan(cell.Start, cell.Length))) cells.Add((cell, false));
                continue;
            }

            if (column < 0 || column >= row.Count) continue;
            // A first cell wrapped onto a line of its own holds only part of the name.
            if (column == 0 && row.Count > 1 && (r + 1 < rows.Count ? rows[r + 1].Count == 1 : lastWrapped)) continue;
            // ("Rosario (Argentina)": a place in brackets after the name says where it is.)
            foreach (var part in Parts(text, row[column]))
                foreach (var name in Listed(text, part, opensWithOrganisation))
                    if (WithoutPlace(text, name) is var cell && IsName(text.AsSpan(cell.Start, cell.Length))) cells.Add((cell, own));
        }

        return (column, own);
    }

    /// <summary>A heading or caption over a table of sister cities or of a network's member cities: "Ciudades hermanas", "Ciudades miembro …".</summary>
    private static bool NamesPartnerCities(string heading) =>
        FoldedText.FoldedWords(heading) is var title && (title.Any(IsTwinningWord) || (title.Contains("ciudades") && title.Any(w => w is "miembro" or "miembros" or "socias" or "asociadas")));

    /// <summary>"Ciudades hermanas", "Ciudades hermanadas", "Hermanamientos": a word of twinning in a heading.</summary>
    private static bool IsTwinningWord(string folded) => folded is "hermana" or "hermanas" || folded.StartsWith("hermanad", StringComparison.Ordinal) || folded.StartsWith("hermanamiento", StringComparison.Ordinal);

    /// <summary>
    /// When the row is a header naming its columns: the column of partners (<c>IsPartners</c>), or a header of the reporting
    /// body's own units ("ENTIDAD DISTRITAL PRINCIPAL"), whose rows are not partners; null for any other row. A header has
    /// no figures, and its cell is made of header words only, so a row naming "RED PEACE IN OUR CITIES" is not one.
    /// </summary>
    /// <param name="citiesArePartners">Whether the table stands under a heading of sister cities or of a network's member cities.</param>
    private static (bool IsPartners, int Column)? Header(string text, List<TextSpan> row, bool citiesArePartners = false)
    {
        // "Ciudad | País | Hermanada desde | Actividad en 2023": a table of sister cities lists partners in its column of cities.
        var headers = row.Select(c => FoldedText.FoldedWords(text.Substring(c.Start, c.Length))).ToList();
        // ("Hermanamiento: en estudio" is the state of a request, not a twinning.) "Ciudad | País | Punto focal | Miembro desde": a table of
        // the members of a network.
        // "Ciudad | País | Proyecto | Importe (€)", "Ciudad | Proyecto | Importe (€)": cities granted sums for projects are bodies the
        // report funds (not "Ciudad | País | Habitantes", nor "Ciudad | Motivo | Importe (€)", the costs of trips).
        if (citiesArePartners || headers.Any(h => h.Any(w => w.StartsWith("hermanad", StringComparison.Ordinal) || w.StartsWith("hermanamiento", StringComparison.Ordinal))
                                             || h is [.., "hermana" or "hermanas" or "miembro" or "miembros", "desde"])
            || (headers.Any(h => h is ["pais"] or ["proyecto"] or ["proyectos"]) && headers.Any(h => h.Any(GrantWords.Contains))))
            for (var c = 0; c < row.Count; c++)
                // ("Municipio | País | Proyecto | Monto (USD)": a network's grants to its member municipalities.)
                if (headers[c] is ["ciudad" or "ciudades" or "municipio" or "municipios" or "municipalidad"] or ["ciudad" or "ciudades", "hermana" or "hermanas" or "hermanada" or "hermanadas"]) return (true, c);
        if (row.Any(c => TableRows.HasFigure(text.AsSpan(c.Start, c.Length)))) return null;
        for (var c = 0; c < row.Count; c++)
        {
            if (HeadOf(text, row[c]) is not { } partners) continue;
            // "Socios | Ayuntamiento de Zaragoza (España); GAD Municipal …" in a project's sheet: a field and its value, not the heads of
            // columns.
            if (row.Where((_, j) => j != c).Any(other => IsFieldValue(text.AsSpan(other.Start, other.Length)))) return null;
            return (partners, c);
        }

        return null;
    }

    /// <summary>Folded words of a column of sums granted: "Importe (€)", "Monto asignado", "Subvención".</summary>
    private static readonly HashSet<string> GrantWords = new(StringComparer.Ordinal) { "importe", "monto", "subvencion", "aporte", "asignacion", "asignado", "concedido", "financiacion" };

    /// <summary>
    /// Whether a cell made of header words heads a column of partners (true: "Entidad cooperante", "Socios") or of the reporting body's own
    /// units (false: "Entidad distrital"); null for a cell that is no such head.
    /// </summary>
    private static bool? HeadOf(string text, TextSpan cell)
    {
        var words = FoldedText.FoldedWords(text.Substring(cell.Start, cell.Length));
        if (words.Length == 0 || !words.Any(w => TableRows.IsHeaderWord(w, HeaderWords))) return null;
        if (!words.All(w => TableRows.IsHeaderWord(w, HeaderWords) || TableRows.IsHeaderWord(w, OwnColumnWords) || HeaderFillers.Contains(w) || SpanishCues.Connectors.Contains(w))) return null;
        return !words.Any(w => TableRows.IsHeaderWord(w, OwnColumnWords));
    }

    /// <summary>
    /// "Entidades asociadas | SAPAL (León); Ecociudad Zaragoza; ETAPA EP (Cuenca)": a record's field whose label heads partners and
    /// whose value lists them between semicolons; null for any other row.
    /// </summary>
    private static TextSpan? PartnerField(string text, List<TextSpan> row) =>
        row.Count == 2 && HeadOf(text, row[0]) == true && text.AsSpan(row[1].Start, row[1].Length).Contains(';') ? row[1] : null;

    /// <summary>Most words of a column's head.</summary>
    private const int MaxHeadWords = 6;

    /// <summary>Whether a cell beside a header word holds a value rather than another column's head: a list split by semicolons, or a phrase longer than a head.</summary>
    private static bool IsFieldValue(ReadOnlySpan<char> cell) => cell.Contains(';') || cell.Count(' ') >= MaxHeadWords;

    /// <summary>Other words of a header cell ("NOMBRE DE LA ENTIDAD", "No.", "ENTIDAD COOPERANTE / ALIADO PRINCIPAL").</summary>
    private static readonly HashSet<string> HeaderFillers = new(StringComparer.Ordinal)
    {
        "no", "nombre", "nombres", "tipo", "principal", "principales", "internacional", "internacionales", "nacional", "nacionales", "o", "u",
        // Grants: "Entidad solicitante", "Organización beneficiaria" (a "Beneficiaria" column alone may list people).
        "solicitante", "solicitantes", "beneficiaria", "beneficiarias", "beneficiario", "beneficiarios", "adjudicataria", "adjudicatarias",
        // "Entidades asociadas", "Organizaciones colaboradoras".
        "asociada", "asociadas", "asociado", "asociados", "colaboradora", "colaboradoras", "colaborador", "colaboradores",
        // "Entidad local | Provincia | Tipo | Fecha de adhesión": Spain's local governments joining a network; "Socio local" of a project.
        "local", "locales",
    };

    /// <summary>Without a header: the column whose cells are names in at least two thirds of the rows (and at least three), else −1.</summary>
    private static int NameColumn(string text, List<List<TextSpan>> rows)
    {
        var width = rows.Max(r => r.Count);
        if (width < 2 || rows.Count < 3) return -1;
        var best = -1;
        var bestCount = 0;
        for (var c = 0; c < width; c++)
        {
            var count = rows.Count(r => c < r.Count && IsName(text.AsSpan(r[c].Start, r[c].Length)));
            if (count > bestCount) (best, bestCount) = (c, count);
        }

        return bestCount >= 3 && bestCount * 3 >= rows.Count * 2 ? best : -1;
    }

    /// <summary>
    /// "Región del Oriental; FAMSI", "ONU Mujeres / Embajada de Suecia": a cell listing several organisations names each between its
    /// semicolons, or its slashes set apart by spaces ("AMB/Barcelona" and "ida/vuelta" are one word).
    /// </summary>
    private static IEnumerable<TextSpan> Parts(string text, TextSpan cell) =>
        Pieces(text, cell, k => text[k] == ';' || (text[k] == '/' && k > cell.Start && text[k - 1] == ' ' && k + 1 < cell.End && text[k + 1] == ' '));

    /// <summary>The trimmed, non-empty pieces of a span between the offsets <paramref name="splitsAt"/> holds for.</summary>
    private static List<TextSpan> Pieces(string text, TextSpan span, Func<int, bool> splitsAt)
    {
        var pieces = new List<TextSpan>();
        var from = span.Start;
        for (var k = span.Start; k <= span.End; k++)
        {
            if (k < span.End && !splitsAt(k)) continue;
            var (a, b) = (from, k);
            while (a < b && char.IsWhiteSpace(text[a])) a++;
            while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
            if (b > a) pieces.Add(new TextSpan(a, b));
            from = k + 1;
        }

        return pieces;
    }

    /// <summary>
    /// "Universidad de Zaragoza (coord.), Fundación CIRCE, Tampere, Eindhoven, VTT", "Gante, Mouans-Sartoux, Vilna": a cell listing
    /// organisations between commas (outside brackets) names each, when every piece opens in a capital and joins no capitalised word by
    /// "y", and there are three or more, or the other rules read an organisation at the start of both of two ("Ministerio de Vivienda,
    /// Ciudad y Territorio" is one name). Else the part itself, without a comma it ends on (a cell whose wrapped rest was lost).
    /// </summary>
    private static IEnumerable<TextSpan> Listed(string text, TextSpan part, Func<TextSpan, bool> opensWithOrganisation)
    {
        var depth = 0;
        var pieces = Pieces(text, part, k =>
        {
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && depth > 0) depth--;
            return text[k] == ',' && depth == 0;
        });

        // ("Ministerio de Asuntos Exteriores, Unión Europea y Cooperación": a piece joined by "y" to a capitalised word goes on a name.)
        var listed = pieces.Count >= 2 && pieces.All(p => char.IsUpper(text[p.Start]) && !JoinsCapitalised(text, p))
                     && (pieces.Count >= 3 || pieces.All(opensWithOrganisation));
        return listed ? pieces : pieces.Count == 1 ? [pieces[0]] : [part];
    }

    /// <summary>Whether a piece holds "y" or "e" before a capitalised word ("Unión Europea y Cooperación").</summary>
    private static bool JoinsCapitalised(string text, TextSpan piece)
    {
        var s = text.AsSpan(piece.Start, piece.Length);
        for (var k = s.IndexOf(' '); k >= 0 && k + 3 < s.Length; k = s[(k + 1)..].IndexOf(' ') is var n and >= 0 ? k + 1 + n : -1)
            if (s[(k + 1)..] is ['y' or 'e', ' ', var c, ..] && char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>
    /// "SAPAL (León)", "ETAPA EP (Cuenca)": a name without the place its list gives in brackets after it (an acronym in brackets, "(CICUR)",
    /// stays); "Universidad de Zaragoza (coord.)": or without a note in lower case.
    /// </summary>
    private static TextSpan WithoutPlace(string text, TextSpan part)
    {
        if (part.Length < 4 || text[part.End - 1] != ')' || text.LastIndexOf('(', part.End - 1, part.Length) is not (var open and > 0)) return part;
        var inside = text.AsSpan(open + 1, part.End - open - 2);
        if (inside.IsEmpty || !char.IsLetter(inside[0]) || !HasLowerCase(inside)) return part;
        var end = open;
        while (end > part.Start && text[end - 1] == ' ') end--;
        return end > part.Start ? new TextSpan(part.Start, end) : part;
    }

    private static bool HasLowerCase(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>Folded openings of a cell that sums or gathers rows rather than naming one organisation.</summary>
    private static readonly string[] NotNames = ["total", "subtotal", "otros", "otras", "resto", "demas"];

    /// <summary>A cell that can name an organisation: it starts with a capital, has at least two letters, more letters than digits, and is not a total or the rest.</summary>
    private static bool IsName(ReadOnlySpan<char> cell)
    {
        if (cell.Length < 2 || cell.Length > 160 || !char.IsUpper(cell[0])) return false;
        int letters = 0, digits = 0;
        foreach (var c in cell)
        {
            if (char.IsLetter(c)) letters++;
            else if (char.IsDigit(c)) digits++;
        }

        if (letters < 2 || digits * 2 > letters) return false;
        // "Total", "Subtotal", and the row of the rest: "Otros socios (7)", "Resto de entidades (9 proyectos)", "Demás cooperantes".
        var compact = FoldedText.FoldString(cell.ToString()).Replace(" ", "");
        return !NotNames.Any(n => compact.StartsWith(n, StringComparison.Ordinal));
    }
}
