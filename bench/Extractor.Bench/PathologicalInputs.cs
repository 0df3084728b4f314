using System.Text;

namespace Extractor.Bench;

/// <summary>
/// Writes the text files that once made ingest pathologically slow (a cost that grew with the square of a block, a list or a run
/// of dates), for timing the real CLI on them: `dotnet run -c Release --project bench/Extractor.Bench -- pathological DIR`, then
/// `extractor ingest DIR/FILE`. See docs/BENCHMARKS.md, fifth session. Never committed; generated in well under a second.
/// </summary>
public static class PathologicalInputs
{
    private const string Title = "Informe de gestión internacional de la Alcaldía de Medellín 2023\n\n";

    // Running text around the lists, so that their section reads as activity (not navigation) and its rules run.
    private const string Prose =
        "En el marco de la cumbre anual de la red de ciudades, celebrada en Madrid en marzo de 2023, la ciudad presentó sus avances " +
        "en movilidad sostenible y cooperación internacional ante 300 asistentes.\n\n";

    /// <summary>Writes the inputs under <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new (string Name, string Text)[]
        {
            ("short-lines.txt", ShortLines(16_000)),
            ("mayors-list.txt", MayorsList(10_000)),
            ("listed-days-lines.txt", ListedDaysLines(8_000)),
            ("listed-days-run.txt", ListedDaysRun(8_000)),
            ("quoted-titles.txt", QuotedTitles(12_000)),
            ("figures-line.txt", FiguresLine(60_000)),
            ("acronym-definitions.txt", AcronymDefinitions(40_000)),
            ("headings.md", Headings(50_000)),
            ("unclosed-markup.md", UnclosedMarkup(80_000)),
            ("unclosed-strong.txt", Repeated("**a ", 80_000)),
            ("leaders-line.txt", LeadersLine(400_000)),
            ("heading-spaces.md", "# a" + new string(' ', 200_000) + "b\n"),
            ("indented-list.md", IndentedList(2_000)),
            ("distinct-events.txt", DistinctEvents(12_000)),
            ("box-table.txt", BoxTable(20_000)),
            ("sister-cities.txt", SisterCities(20_000)),
            ("press-datelines.txt", PressDatelines(10_000)),
            ("date-column.txt", DateColumn(60_000)),
            ("news-archive.txt", NewsArchive(20_000)),
            ("cell-per-line-table.txt", CellPerLineTable(30_000)),
        };
        var paths = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(directory, name);
            File.WriteAllText(path, text);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Short lines with no blank line between them ("Reunión 17 con la ciudad de Quito"): the cleaner joins them into one block without a sentence end.</summary>
    public static string ShortLines(int lines)
    {
        var b = new StringBuilder();
        for (var i = 0; i < lines; i++) b.Append("Reunión ").Append(i).Append(" con la ciudad de Quito\n");
        return b.ToString();
    }

    /// <summary>One sentence listing the mayors of five cities <paramref name="repeats"/> times: "Participaron los alcaldes de Quito, Lima, Bogotá, Ciudad del Cabo, Santiago, Quito, … y Santiago."</summary>
    public static string MayorsList(int repeats)
    {
        var list = string.Join(", ", Enumerable.Repeat("Quito, Lima, Bogotá, Ciudad del Cabo, Santiago", repeats));
        return Title + Prose + Prose + Prose + "Participaron los alcaldes de " + list + " y Santiago.\n\n" + Prose;
    }

    /// <summary>Lines without a blank line between them, each an activity on 30 listed days ("Taller de movilidad los días 1, 2, …, 29 y 30 de marzo de 2023").</summary>
    public static string ListedDaysLines(int lines)
    {
        var days = string.Join(", ", Enumerable.Range(1, 29)) + " y 30 de marzo de 2023";
        var b = new StringBuilder(Title + Prose);
        for (var i = 0; i < lines; i++) b.Append("Taller de movilidad los días ").Append(days).Append('\n');
        return b.ToString();
    }

    /// <summary>
    /// One sentence with a run of <paramref name="groups"/> groups of six listed days joined by commas ("Los días 1, 2, 3, 4, 5 y 6 de
    /// marzo, 7, 8, … de marzo, …"), followed by as many activities it dates ("se celebraron el Taller de Movilidad Urbana 0, el …").
    /// </summary>
    public static string ListedDaysRun(int groups)
    {
        var run = string.Join(", ", Enumerable.Range(0, groups).Select(g => 1 + g * 6 % 24).Select(a => $"{a}, {a + 1}, {a + 2}, {a + 3}, {a + 4} y {a + 5} de marzo"));
        var activities = string.Join(", ", Enumerable.Range(0, groups).Select(i => $"el Taller de Movilidad Urbana {i}"));
        return Title + Prose + "Los días " + run + " se celebraron " + activities + ".\n";
    }

    /// <summary>
    /// One line of <paramref name="count"/> sums of money ("$1 $2 … $59,999", 470 KB at 60,000), as a chart's labels may come out of a
    /// PDF: the contents-line test read it from every position, and the axis ticks are a run the amounts look through.
    /// </summary>
    public static string FiguresLine(int count) =>
        Title + string.Join(' ', Enumerable.Range(1, count).Select(i => "$" + i.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))) + "\n";

    /// <summary><paramref name="count"/> Markdown headings with nothing between them ("# H0", "# H1", …): each section's last block was searched for from the document's end.</summary>
    public static string Headings(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"# H{i}\n\n"));

    /// <summary><paramref name="count"/> times <paramref name="piece"/> on one line.</summary>
    public static string Repeated(string piece, int count) => string.Concat(Enumerable.Repeat(piece, count)) + "\n";

    /// <summary>Lines of Markdown openings that never close ("~~a ~~a …", "**a …", "[a](b …", "![a](b …", "[[[…"), each looked for its close from every opening.</summary>
    public static string UnclosedMarkup(int count) =>
        Repeated("~~a ", count) + "\n" + Repeated("**a ", count) + "\n" + Repeated("[a](b ", count) + "\n" + Repeated("![a](b ", count) + "\n" + Repeated("[", count);

    /// <summary>Runs of <paramref name="dots"/> leaders not ended by a page number ("Texto ……x 3", "Texto …… fin"), read again from each dot.</summary>
    public static string LeadersLine(int dots) =>
        Title + Prose + "Texto " + new string('.', dots) + "x 3\n\nTexto " + new string('.', dots) + " fin\n\nTexto " + new string('…', dots) + "x 3\n";

    /// <summary>A Markdown list nested <paramref name="depth"/> levels deep (thousands of spaces of indent): each space split two ways in the table-separator pattern.</summary>
    public static string IndentedList(int depth) => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- x\n"));

    /// <summary>
    /// <paramref name="count"/> distinct, unnumbered activities, each its own paragraph ("Taller de ABC con Quito el 3 de marzo de 2023"): each is compared
    /// with every event kept before it (not fixed; see docs/BENCHMARKS.md, seventh session).
    /// </summary>
    public static string DistinctEvents(int count) =>
        Title + string.Concat(Enumerable.Range(0, count).Select(i => $"Taller de {Letters(i)} con Quito el 3 de marzo de 2023\n\n"));

    private static string Letters(int i) => new([(char)('A' + i % 26), (char)('A' + i / 26 % 26), (char)('A' + i / 676 % 26)]);

    /// <summary>
    /// One line of <paramref name="count"/> acronym definitions ("la Red de Ciudades 17 (RC17) …", 1.4 MB at 40,000): the partner
    /// rules' shared name-key cache, bounded at 50,000 names, made every key past it an allocation and a lock (seventh session).
    /// </summary>
    public static string AcronymDefinitions(int count) =>
        Title + string.Join(' ', Enumerable.Range(0, count).Select(i => $"la Red de Ciudades {i} (RC{i})")) + "\n";

    /// <summary>One sentence naming <paramref name="courses"/> quoted courses, each with its dates ("Se participó en los cursos: “Gestión Integral de Riesgos 0” del 9 de julio al 18 de agosto; …").</summary>
    public static string QuotedTitles(int courses)
    {
        var items = string.Join("; ", Enumerable.Range(0, courses).Select(i => $"“Gestión Integral de Riesgos {i}” del 9 de julio al 18 de agosto"));
        return Title + Prose + "Se participó en los cursos: " + items + ".\n";
    }

    /// <summary>
    /// A table drawn with box characters of <paramref name="rows"/> rows ("│ Taller 17 │ 73 │") under "│ Actividad │ Asistentes │": each
    /// count looked for its column's header by walking back over every row above it (tenth session; fixed by remembering the header).
    /// </summary>
    public static string BoxTable(int rows)
    {
        var b = new StringBuilder(Title + "┌────────────┬────────────┐\n│ Actividad │ Asistentes │\n├────────────┼────────────┤\n");
        for (var i = 0; i < rows; i++) b.Append("│ Taller ").Append(i).Append(" │ ").Append(20 + i % 80).Append(" │\n");
        return b.Append("└────────────┴────────────┘\n").ToString();
    }

    /// <summary>A list of <paramref name="items"/> "City (Country): …" items under "Acciones con ciudades hermanas": each item walked up over the items above it (tenth session; fixed by remembering the answer).</summary>
    public static string SisterCities(int items)
    {
        string[] cities = ["Quito (Ecuador)", "Rosario (Argentina)", "Sevilla (España)", "Córdoba (Argentina)"];
        var b = new StringBuilder("Intendencia de Canelones - Informe 2023\n\nAcciones con ciudades hermanas\n\n");
        for (var i = 0; i < items; i++) b.Append("- ").Append(cities[i % cities.Length]).Append(": intercambio técnico número ").Append(i).Append(".\n");
        return b.ToString();
    }

    /// <summary>
    /// <paramref name="items"/> press releases, each a title over a dateline ("Firma de convenio número 17" / "Quito, 5 de mayo de 2024. …"):
    /// each title is a heading of its own, and the events' comparison of each finding with those kept before it grows with their number
    /// (not fixed; see docs/BENCHMARKS.md, tenth session).
    /// </summary>
    public static string PressDatelines(int items)
    {
        var b = new StringBuilder("Comunicados de prensa 2024\n\n");
        for (var i = 0; i < items; i++)
            b.Append("Firma de convenio número ").Append(i).Append("\nQuito, ").Append(1 + i % 28).Append(" de mayo de 2024. La Intendencia firmó hoy un convenio de cooperación.\n\n");
        return b.ToString();
    }

    /// <summary>A column of date lines ("Publicado: 03/05/2024"), each a news item's stamp in shape: every heading once looked past all of them.</summary>
    public static string DateColumn(int lines)
    {
        var b = new StringBuilder("Calendario\n\n");
        for (var i = 0; i < lines; i++) b.Append("Publicado: ").Append(1 + i % 28).Append("/05/2024\n");
        return b.ToString();
    }

    /// <summary>A news archive: headlines saying who did what, stamps and one paragraph each, one line per paragraph (each item a section).</summary>
    public static string NewsArchive(int items)
    {
        var b = new StringBuilder("Archivo de noticias 2024\n\n");
        for (var i = 0; i < items; i++)
            b.Append("Intendencia firma convenio número ").Append(i).Append(" con la Embajada de Francia\nPublicado: ").Append(1 + i % 28)
                .Append("/05/2024\nLa Intendencia y la Embajada de Francia firmaron ayer un convenio de cooperación cultural para un festival de cine en el Teatro Municipal.\n\n");
        return b.ToString();
    }

    /// <summary>A table set one cell per line, as plain-text exports give it: a header of four labels over rows of four lines.</summary>
    public static string CellPerLineTable(int rows)
    {
        var b = new StringBuilder(Title).Append("Fecha\nDelegación\nObjeto de la visita\nPersonas\n");
        for (var i = 0; i < rows; i++)
            b.Append(1 + i % 28).Append("/02/2023\nMunicipalidad de Cusco ").Append(i).Append("\nVisita técnica al Anillo Verde\n").Append(1 + i % 50).Append('\n');
        return b.ToString();
    }
}
