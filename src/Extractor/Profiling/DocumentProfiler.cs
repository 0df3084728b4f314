using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Domain;

namespace Extractor.Profiling;

/// <summary>
/// Reads what a document says about itself: the period it covers, the issuing city's country and currency, and the
/// names of the reporting body. Extraction uses these for dates without a year, bare "$", and self-mentions.
/// </summary>
public sealed partial class DocumentProfiler
{
    private const string M = SpanishCalendar.MonthPattern;

    [GeneratedRegex(@"\b(primer|segundo|1er\.?|2do\.?|1º|2º)\s+semestre\s+(?:de(?:l)?\s+)?(?:año\s+)?(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Semester();

    /// <summary>A month range: "de enero a junio de 2023", "julio 2022 - 15 de marzo de 2023", "entre enero y diciembre de 2023".</summary>
    [GeneratedRegex(
        @"\b(?:de(?:l)?\s+|(?<between>entre)\s+(?:el\s+1\s+de\s+)?)?(" + M + @")\.?(?:\s+(?:de(?:l)?\s+)?(\d{4}))?\s+(?:a|al|hasta|-|–|(?<and>y))\s+(?:(?:el\s+)?\d{1,2}\s+de\s+)?(" + M + @")\.?\s+(?:de(?:l)?\s+)?(\d{4})\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\b(?:año|vigencia|ejercicio|gestión|informe(?:\s+anual)?)\s+(?:fiscal\s+)?(?:de(?:l)?\s+)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearPhrase();

    [GeneratedRegex(@"\b((?:19|20)\d{2})\b")]
    private static partial Regex Year();

    /// <summary>A report over years: "Informe de Gestión 2014-2019", "Memoria 2019–2020".</summary>
    [GeneratedRegex(@"\b(?:informe|memoria|reporte|gesti[oó]n|balance|anuario|rendici[oó]n de cuentas)\b[^\n]{0,60}?\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportYears();

    /// <summary>The first month range of the text, and where it starts; "y" joins months only after "entre" ("entre enero y diciembre de 2023").</summary>
    private static (int At, DateValue Period)? StatedRange(string head)
    {
        for (var r = MonthRange().Match(head); r.Success; r = r.NextMatch())
        {
            if (r.Groups["and"].Success != r.Groups["between"].Success || IsPlanned(head, r.Index)) continue;
            if (SpanishCalendar.Month(r.Groups[1].Value) is not { } m1 || SpanishCalendar.Month(r.Groups[3].Value) is not { } m2) continue;
            var y2 = int.Parse(r.Groups[4].Value, CultureInfo.InvariantCulture);
            var y1 = r.Groups[2].Success ? int.Parse(r.Groups[2].Value, CultureInfo.InvariantCulture) : m1 <= m2 ? y2 : y2 - 1;
            var a = new DatePoint(y1, m1);
            var b = new DatePoint(y2, m2);
            // A few days across a month's end ("del 30 de noviembre al 2 de diciembre", "entre el 1 de diciembre de 1916 y el 31 de
            // enero de 1917") are an activity's.
            var withDays = OpensOnADay(head, r.Index) || r.Value.Contains(" 1 de ", StringComparison.Ordinal);
            if (withDays && (y2 * 12 + m2) - (y1 * 12 + m1) <= 1) continue;
            if (b.CompareTo(a) >= 0) return (r.Index, new DateValue(a, b));
        }

        return null;
    }

    /// <summary>
    /// Whether the range opens on a day other than the first ("del 30 de noviembre …"); a report's period opens on the first ("entre el
    /// 1 de enero y el 31 de diciembre de 2023") or spans months ("del 15 de octubre de 2022 al 14 de octubre de 2023").
    /// </summary>
    private static bool OpensOnADay(string text, int at)
    {
        var k = at;
        while (k > 0 && text[k - 1] == ' ') k--;
        if (k >= 2 && text.AsSpan(k - 2, 2) is "de" && (k == 2 || text[k - 3] == ' ')) { k -= 2; while (k > 0 && text[k - 1] == ' ') k--; }
        var digits = 0;
        while (k > 0 && char.IsAsciiDigit(text[k - 1]) && digits < 3) { k--; digits++; }
        if (digits is 0 or > 2 || (k > 0 && char.IsLetterOrDigit(text[k - 1]))) return false;
        return int.Parse(text.AsSpan(k, digits), CultureInfo.InvariantCulture) != 1;
    }

    /// <summary>Whether a year sits in a bibliographic citation: "(Curtis, 2014)".</summary>
    private static bool InCitation(string text, int index)
    {
        var open = text.LastIndexOf('(', index);
        var close = text.LastIndexOf(')', index);
        return open > close && open >= index - 60 && text.AsSpan(open, index - open).Contains(',');
    }

    /// <summary>Cities and countries that tell the issuer's country; the first of each group is what counts.</summary>
    private static readonly (string Country, string Currency, string[] Cues)[] Countries =
    [
        // A country's currency code is one of its cues: "CLP 4.000.000", "MXN 1,2 millones".
        ("MX", "MXN", ["Ciudad de México", "CDMX", "México", "Torreón", "Guadalajara", "Monterrey", "Jalisco", "MXN"]),
        ("CO", "COP", ["Bogotá", "Colombia", "Medellín", "Cali"]),
        ("AR", "ARS", ["Buenos Aires", "Argentina", "Rosario", "Córdoba", "Carmen de Areco"]),
        // Spain's regional and local bodies in its other languages name no other country: "Concello de Lugo", "Xunta de Galicia",
        // "Generalitat de Catalunya", "Ajuntament de Girona".
        ("ES", "EUR", ["España", "Madrid", "Barcelona", "Sevilla", "Valencia", "Concello", "Xunta", "Generalitat", "Ajuntament"]),
        ("CL", "CLP", ["Chile", "Santiago de Chile", "Biobío", "Bío-Bío", "CLP"]),
        ("PE", "PEN", ["Perú", "Lima"]),
        ("PA", "PAB", ["Panamá"]),
        ("UY", "UYU", ["Uruguay", "Montevideo"]),
        ("EC", "USD", ["Ecuador", "Quito", "Guayaquil"]),
        ("BR", "BRL", ["Brasil", "São Paulo", "Río de Janeiro"]),
    ];

    public DocumentContext Profile(SectionedDocument document)
    {
        var text = document.Clean.Text;
        var head = text[..Math.Min(text.Length, 20_000)];
        // The title and the opening lines say what the document covers ("Informe de Gestión 2014-2019", "… Plan 2021-2023").
        var lead = document.Info.Title + "\n" + text[..Math.Min(text.Length, 300)];
        var period = FindPeriod(lead, head, text);
        var (country, currency) = FindCountry(document.Info.Title, text);
        return new DocumentContext(document.Info.FileName, period, country, currency, ReportingBody(document.Info.Title, FirstSourceLines(document), text));
    }

    /// <summary>
    /// The first lines of the document as loaded, before cleaning: a report's running header ("Cuenta Pública 2023 · Ilustre
    /// Municipalidad de Valparaíso") names its body there, and the cleaner drops it as page furniture from the text.
    /// </summary>
    private static string FirstSourceLines(SectionedDocument document)
    {
        var lines = document.Clean.Source.Pages.Count > 0 ? document.Clean.Source.Pages[0].Lines : [];
        return string.Join("\n", lines.Select(l => l.Text.Trim()).Where(l => l.Length > 0).Take(OpeningLines));
    }

    /// <summary>A government over a province or a region ("Diputación de Huesca", "Gobierno Regional del Cusco", "Gobernación de Antioquia"): its capital city is not its own.</summary>
    private static bool IsProvincial(string form) =>
        form.StartsWith("Diputaci", StringComparison.Ordinal) || form.StartsWith("Deputaci", StringComparison.Ordinal) || form.StartsWith("Cabildo", StringComparison.Ordinal) || form.StartsWith("Gobernaci", StringComparison.Ordinal)
        || form.StartsWith("Gobierno Regional", StringComparison.Ordinal) || form.Contains("Departamental", StringComparison.Ordinal);

    private static bool IsCapitalsLine(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    /// <summary>"DIPUTACIÓN DE HUESCA" → "Diputación de Huesca": words capitalised, connectors in lower case.</summary>
    private static string TitleCased(string line) =>
        string.Join(' ', line.ToLowerInvariant().Split(' ').Select(w => w is "de" or "del" or "la" or "las" or "los" or "el" or "y" || w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>How far into the text a stated range counts as the document's opening, where it says what it covers.</summary>
    private const int OpeningChars = 2000;

    /// <summary>How many of the first source lines stand with the title as where a document names itself.</summary>
    private const int OpeningLines = 3;

    /// <summary>An opening line longer than this is text, not a title or a running header.</summary>
    private const int MaxRunningHeader = 100;

    /// <summary>
    /// The period: the first stated semester or month range not planned ahead (the opening states what the report covers; a later
    /// "para el primer semestre de 2024 se prevé" plans), else a year the title or a "año/vigencia" phrase names, else the most frequent year.
    /// </summary>
    public static DateValue? FindPeriod(string title, string head, string text)
    {
        var titled = TitledPeriod(title);
        // Past the opening, a semester of another year than the title's is a plan's or an activity's ("Desafíos para 2025: … en el
        // segundo semestre de 2025" closing a 2024 report), not what the document covers.
        var semester = Semester().Matches(head).FirstOrDefault(m => !IsPlanned(head, m.Index) && !PastTheOpeningOfOtherYears(m.Index, SemesterPeriod(m), titled));
        var range = StatedRange(head);
        if (semester is not null && (range is null || semester.Index < range.Value.At)) return SemesterPeriod(semester);
        // Past the opening, a range of other years than the title's is an activity's ("seis sesiones entre marzo y noviembre de 2024" in
        // the minutes of an assembly held in April 2025), not what the document covers.
        if (range is { } stated && !PastTheOpeningOfOtherYears(stated.At, stated.Period, titled)) return stated.Period;
        if (titled is { } fromTitle) return fromTitle;
        if (YearPhrase().Match(head) is { Success: true } yp) return new DateValue(new DatePoint(int.Parse(yp.Groups[1].Value, CultureInfo.InvariantCulture)));

        var years = Year().Matches(text).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).Where(y => y is >= 1990 and <= 2100)
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        return years is null ? null : new DateValue(new DatePoint(years.Key));
    }

    /// <summary>Whether a period stated at <paramref name="at"/>, past the opening, covers none of the years the title names.</summary>
    private static bool PastTheOpeningOfOtherYears(int at, DateValue stated, DateValue? titled) =>
        at > OpeningChars && titled is { } t && (stated.LastDay.Year < t.FirstDay.Year || stated.FirstDay.Year > t.LastDay.Year);

    /// <summary>
    /// "La próxima reunión del Comité se celebrará en Paysandú durante el segundo semestre de 2025", "Para el primer semestre de 2024 se
    /// prevé …", "un acuerdo que podría firmarse en el primer semestre de 2025": a period stated in a sentence that plans ahead (a future,
    /// "próxima", "se prevé", "podría") is not the one reported.
    /// </summary>
    private static bool IsPlanned(string text, int at)
    {
        var sentenceStart = Math.Max(text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal), text.LastIndexOf('\n', Math.Max(0, at - 1)));
        var from = Math.Max(sentenceStart + 1, at - 160);
        var before = text.AsSpan(from, at - from);
        foreach (var range in before.Split(' '))
        {
            var word = before[range].Trim(",;:()".AsSpan());
            if (SpanishVerbForms.IsFuture(word)) return true;
            if (word.StartsWith("próxim", StringComparison.OrdinalIgnoreCase) || word.Equals("prevé", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("podría", StringComparison.OrdinalIgnoreCase) || word.StartsWith("debería", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static DateValue SemesterPeriod(Match semester)
    {
        var year = int.Parse(semester.Groups[2].Value, CultureInfo.InvariantCulture);
        var first = char.ToLowerInvariant(semester.Groups[1].Value[0]) is 'p' or '1';
        return new DateValue(new DatePoint(year, first ? 1 : 7), new DatePoint(year, first ? 6 : 12));
    }

    /// <summary>The years the title and the opening lines name: "Informe de Gestión 2014-2019", or the first year ("Plan 2021-2023" is its first).</summary>
    private static DateValue? TitledPeriod(string title)
    {
        if (ReportYears().Match(title) is { Success: true } ry)
        {
            var from = int.Parse(ry.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(ry.Groups[2].Value, CultureInfo.InvariantCulture);
            if (to > from && to - from <= 10) return new DateValue(new DatePoint(from), new DatePoint(to));
        }

        // A plan's span ("Plan 2021-2023") is not the report's period: its first year is.
        return Year().Matches(title).FirstOrDefault(y => !InCitation(title, y.Index)) is { } ty
            ? new DateValue(new DatePoint(int.Parse(ty.Value, CultureInfo.InvariantCulture)))
            : null;
    }

    private static (string? Country, string? Currency) FindCountry(string title, string text)
    {
        string? best = null, currency = null;
        var bestScore = 0;
        foreach (var (country, cur, cues) in Countries)
        {
            var score = cues.Sum(c => Count(text, c) + 10 * Count(title, c));
            if (score > bestScore)
            {
                bestScore = score;
                best = country;
                currency = cur;
            }
        }

        return bestScore >= 3 ? (best, currency) : (null, null);
    }

    private static int Count(string text, string cue)
    {
        var n = 0;
        for (var i = text.IndexOf(cue, StringComparison.Ordinal); i >= 0; i = text.IndexOf(cue, i + cue.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex(@"\b[A-ZÁÉÍÓÚÑ]{3,}\b")]
    private static partial Regex Acronym();

    /// <summary>
    /// A local government naming itself: "Municipalidad de Rosario", "Alcaldía Mayor de Bogotá", "Gobierno de la Ciudad de México",
    /// "Municipio de Querétaro", "Diputación de Valladolid", "Cabildo de Tenerife"; in Galician and Catalan "Concello de Santiago de
    /// Compostela", "Ajuntament de Girona", "Deputación de Lugo", "Diputació de Barcelona". The city's name stops before the words of
    /// a report a cover's next line goes on with ("INTENDENCIA DE MONTEVIDEO" / "MEMORIA ANUAL 2024" is Montevideo's).
    /// </summary>
    [GeneratedRegex(@"\b(?:Municipalidad(?:\s+(?:Provincial|Distrital|Metropolitana))?|Municipio|Intendencia|Alcald[ií]a(?:\s+(?:Mayor|Municipal))?|Ayuntamiento|Concello|Ajuntament|Prefeitura|(?:Diputaci[oó]n?|Deputaci[oó]n)(?:\s+(?:Provincial|Foral))?|Cabildo(?:\s+Insular)?|Gobernaci[oó]n|Gobierno\s+(?:Municipal|Local|Regional|(?:Aut[oó]nomo\s+)?Departamental|de\s+la\s+Ciudad(?:\s+Aut[oó]noma)?|Aut[oó]nomo\s+(?:Descentralizado\s+)?Municipal)|Concejo\s+Municipal)\s+(?:de(?:l)?\s+)?(?:la\s+)?(?:Ciudad\s+de\s+)?((?:[A-ZÁÉÍÓÚÑ][\p{L}]+(?:-[A-ZÁÉÍÓÚÑ][\p{L}]+)?)(?:[ \t]+(?:de[ \t]+)?(?!(?:Memoria|Informe|Anual|Bolet[ií]n|Balance|Rendici[oó]n|Cuenta|Reporte|Resumen|Relaciones|Cooperaci[oó]n|Direcci[oó]n|Secretar[ií]a)\b)[A-ZÁÉÍÓÚÑ][\p{L}]+){0,3})")]
    private static partial Regex LocalGovernment();

    /// <summary>
    /// The reporting body: acronyms in the title, and the local government that names itself most often (its city too,
    /// since a city's report does not count the city as its own partner).
    /// </summary>
    /// <param name="opening">The document's first lines as loaded: those short enough to be a title or a running header stand with the title.</param>
    private static IReadOnlyList<string> ReportingBody(string title, string opening, string text)
    {
        var names = new List<string>();
        // "Firma Alcalde convenio con la UNAM" as a news feed's first headline names a counterpart, not the body.
        names.AddRange(Acronym().Matches(title).Where(m => !NamedAsCounterpart(title, m.Index)).Select(m => m.Value).Where(a => a.Length <= 8 && !IsCommonCapsWord(a)));
        // The title, and the opening lines as loaded that read as one or as a running header (short, not a sentence): the local
        // government they name, not as a counterpart ("Firma de convenio con la Diputación de Barcelona"), is the one reporting.
        var heading = title + "\n" + string.Join("\n", opening.Split('\n').Where(l => l.Length <= MaxRunningHeader && !l.TrimEnd().EndsWith('.')));
        // "DIPUTACIÓN DE HUESCA": a header in capitals names its body as the text would.
        heading = string.Join("\n", heading.Split('\n').Select(l => IsCapitalsLine(l) ? TitleCased(l) : l));
        var cover = CoverBodies(opening).ToList();
        names.AddRange(cover);
        var headed = LocalGovernment().Matches(heading).Where(m => !NamedAsCounterpart(heading, m.Index)).ToList();
        var headedCities = headed.Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // A network's report ("Red de Ciudades Andinas Sostenibles" on its cover) names its member cities' governments as partners: one
        // of them reports only where its heading names that government ("Municipio de Quito"), not where its title names the city
        // ("Presentación al Consejo Directivo, Quito").
        var network = cover.Any(IsNetworkName);
        bool Headed(string city) => headedCities.Contains(city) || (!network && title.Contains(city, StringComparison.Ordinal));
        var inText = LocalGovernment().Matches(text)
            .GroupBy(m => m.Groups[1].Value).Select(g => (City: g.Key, Count: g.Count(), First: g.Min(m => m.Index), Forms: g.Select(m => m.Value).Distinct().ToList()));
        var governments = inText.Concat(headed.GroupBy(m => m.Groups[1].Value).Where(g => !text.Contains(g.First().Value, StringComparison.Ordinal))
                .Select(g => (City: g.Key, Count: 0, First: int.MaxValue, Forms: g.Select(m => m.Value).Distinct().ToList())))
            // It names itself in its title or running header, or often or in its opening paragraph where it is not first named as a
            // partner ("En alianza con la Alcaldía de Quito, la Red organizó …"); a partner city named more often further on ("la
            // Alcaldía de Cracovia", twice) does not hide it.
            .Where(g => Headed(g.City) || (!network && (g.Count >= 3 || g.First < 600) && !NamedAsCounterpart(text, g.First)))
            // The one its title names, then one naming itself in the opening paragraph ("… coordina la acción exterior del Ayuntamiento de
            // Vitoria-Gasteiz" over a partner's "Municipalidad Provincial del Cusco" told of three times further on), then the one named most.
            .OrderByDescending(g => Headed(g.City)).ThenByDescending(g => g.First < 600 && !NamedAsCounterpart(text, g.First))
            .ThenByDescending(g => g.Count).ThenBy(g => g.First).FirstOrDefault();
        if (governments.City is { } city)
        {
            // A province's council ("Diputación de Jaén", "Cabildo de Tenerife") is not the city of that name, whose council is its
            // partner, nor the other way round: the body is the one of the level its header, else its first mention, names.
            var first = headed.FirstOrDefault(m => m.Groups[1].Value == city)?.Value
                        ?? LocalGovernment().Matches(text).FirstOrDefault(m => m.Groups[1].Value == city)?.Value ?? governments.Forms[0];
            var provincial = IsProvincial(first);
            names.AddRange(governments.Forms.Where(f => IsProvincial(f) == provincial));
            if (!provincial) names.Add(city);
            // "Alcaldía Municipal de San Salvador Centro": a district of the city named by its quarter still reports for the city's
            // government, as "la Alcaldía de San Salvador" told elsewhere.
            if (!provincial && city.LastIndexOf(' ') is var space and > 0 && city[(space + 1)..] is "Centro" or "Norte" or "Sur" or "Este" or "Oeste" or "Oriente" or "Poniente")
                names.AddRange(governments.Forms.Select(f => f[..(f.Length - city.Length + space)]).Append(city[..space]));
            if (!city.StartsWith("Ciudad", StringComparison.Ordinal) && governments.Forms.Any(f => f.Contains("Ciudad de " + city, StringComparison.Ordinal)))
                names.Add("Ciudad de " + city);
        }

        return names.Distinct().ToList();
    }

    // An agency, a foundation or a network naming itself on the cover: "Agencia de Cooperación e Inversión de Medellín", "Red de
    // Ciudades Creativas", "Fundación Ciudad Abierta"; or the office of a government reporting under its name ("Oficina de Cooperación
    // Internacional", "Dirección de Relaciones Internacionales").
    [GeneratedRegex(@"^(?:Agencia|Fundaci[oó]n|Red|Instituto|Consorcio|Asociaci[oó]n|Federaci[oó]n|Corporaci[oó]n|Observatorio|Mancomunidad|Uni[oó]n|Oficina|Direcci[oó]n|Subdirecci[oó]n|Gerencia|Coordinaci[oó]n)\s+(?:de(?:l|\s+la|\s+las|\s+los)?\s+)?\p{Lu}[\p{L} ,.'’-]{2,80}$")]
    private static partial Regex CoverBody();

    // "Red Mesoamericana de Municipios Resilientes al Clima (REMURC)": a name, then the acronym it defines in brackets.
    [GeneratedRegex(@"^(.+?)\s*\(([A-ZÁÉÍÓÚÑ]{2,10})\)$")]
    private static partial Regex BracketedAcronymAtEnd();

    // "ACI Medellín", "AMB Barcelona": an acronym and the place it belongs to, as a body's short name on a cover.
    [GeneratedRegex(@"^([A-ZÁÉÍÓÚÑ]{2,8})(?:\s+\p{Lu}\p{Ll}[\p{L}-]*){1,2}$")]
    private static partial Regex CoverShortName();

    /// <summary>
    /// The bodies other than a local government that the document's first lines name as a cover does: the whole line, and an acronym
    /// with its place ("ACI Medellín" and "ACI"). A line ending with a full stop is a sentence, not a name.
    /// </summary>
    private static IEnumerable<string> CoverBodies(string opening)
    {
        // "**Red Iberoamericana de Ciudades Sostenibles** · Boletín trimestral · Cuarto trimestre de 2024": a line of parts set apart by
        // middle dots or bars is read part by part, its Markdown emphasis dropped.
        foreach (var line in opening.Split('\n').SelectMany(l => l.Split(['·', '|'])).Select(l => l.Trim().Trim('*', '_').Trim()))
        {
            if (line.EndsWith('.') || line.Any(char.IsDigit)) continue;
            // "Red Mesoamericana de Municipios Resilientes al Clima (REMURC)": the name and the acronym it defines.
            if (BracketedAcronymAtEnd().Match(line) is { Success: true } defined && CoverBody().IsMatch(defined.Groups[1].Value))
            {
                yield return defined.Groups[1].Value;
                yield return defined.Groups[2].Value;
            }
            else if (CoverBody().IsMatch(line)) yield return line;
            else if (CoverShortName().Match(line) is { Success: true } m && !IsCommonCapsWord(m.Groups[1].Value))
            {
                yield return line;
                yield return m.Groups[1].Value;
            }
        }
    }

    /// <summary>Whether a cover's body is a network of cities or governments: "Red de …", "Asociación de Municipios …", "Federación …".</summary>
    private static bool IsNetworkName(string name) =>
        name.StartsWith("Red ", StringComparison.Ordinal) || name.StartsWith("Federaci", StringComparison.Ordinal) || name.StartsWith("Mancomunidad", StringComparison.Ordinal)
        || ((name.StartsWith("Asociaci", StringComparison.Ordinal) || name.StartsWith("Uni", StringComparison.Ordinal))
            && (name.Contains("Municipi", StringComparison.Ordinal) || name.Contains("Ciudades", StringComparison.Ordinal) || name.Contains("Gobiernos", StringComparison.Ordinal)));

    /// <summary>Whether the words before <paramref name="at"/> make what follows a counterpart: "con la", "junto a la", "y el", "entre la".</summary>
    private static bool NamedAsCounterpart(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 16), Math.Min(16, at)).TrimEnd().ToString().ToLowerInvariant();
        foreach (var article in new[] { " la", " el", " los", " las" })
            if (before.EndsWith(article, StringComparison.Ordinal)) { before = before[..^article.Length]; break; }
        var space = before.LastIndexOfAny([' ', '\n']);
        var word = before[(space + 1)..];
        return word is "con" or "y" or "e" or "entre" or "a" or "al" or "para" or "junto" or "ante" or "visitó" or "recibió";
    }

    private static bool IsCommonCapsWord(string word) =>
        word is "INFORME" or "GESTIÓN" or "DE" or "DEL" or "LOS" or "LAS" or "PLAN" or "EJECUCIÓN" or "RECURSOS" or "COOPERACIÓN" or "DISTRITO" or "CAPITAL" or "ANUAL"
            or "MEMORIA" or "BOLETÍN" or "BALANCE";
}
