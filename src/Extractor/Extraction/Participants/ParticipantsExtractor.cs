using System.Text.RegularExpressions;
using Extractor.Domain;
using Extractor.Extraction.Partners;
using Extractor.Extraction.Numbers;

namespace Extractor.Extraction.Participants;

/// <summary>
/// Finds how many people, or participating cities, members or organisations, took part in, attended, were reached by
/// or were registered for an activity (ANNOTATION.md kind=participants): "105 asistentes presenciales", "+2.4K
/// Participantes", "más de 900 participantes", "17 ciudades han participado", "Asistieron un total de mil 515 personas".
/// Counts of activities, publications, followers, views, sessions, money and percentages are not participants.
/// </summary>
/// <remarks>
/// A count is a number followed by a head noun from two lexicons. Role nouns (asistentes, ponentes, panelistas…) name
/// participation themselves and always count. Population nouns (personas, ciudades, miembros, jóvenes…) count only with
/// a participation cue in the same sentence ("participaron", "asistieron", "registradas", "involucrados", "alcanzadas",
/// "dirigido a", "con la participación de"), after a past-tense verb with "a" ("se atendió a 135 personas"), or as the
/// origin of contributions ("dibujos de +30 ciudades"). A present-tense verb of size just before the number ("donde
/// estudian 29 mil jóvenes", "representa a 700 millones de personas", "81 miembros operan") describes an institution,
/// not an activity, and is rejected.
/// </remarks>
public sealed partial class ParticipantsExtractor : IMentionExtractor
{
    public MentionKind Kind => MentionKind.Participants;

    /// <summary>Nouns that name a participant's role: a count of them is a participant count.</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "asistente", "asistentes", "participante", "participantes", "ponente", "ponentes", "panelista", "panelistas",
        "conferencista", "conferencistas", "conferenciante", "conferenciantes", "expositor", "expositores", "expositoras",
        "orador", "oradores", "oradoras", "delegado", "delegados", "delegadas", "invitado", "invitados", "invitadas",
        "experto", "expertos", "expertas", "especialista", "especialistas", "inscrito", "inscritos", "inscritas", "inscriptos", "inscriptas",
        "beneficiario", "beneficiarios", "beneficiarias", "voluntario", "voluntarios", "voluntarias", "capacitados", "capacitadas",
        "asistencias", "moderadores", "moderadoras", "facilitadores", "facilitadoras", "talleristas", "congresistas",
        "espectadores", "espectadoras",
        // Those who lead young people in an exchange or a camp: "participaron 48 jóvenes de las tres ciudades y 9 monitores".
        "monitores", "monitoras",
    };

    /// <summary>Nouns of people and bodies that count only in a participation context.</summary>
    private static readonly HashSet<string> PopulationNouns = new(StringComparer.Ordinal)
    {
        "persona", "personas", "ciudad", "ciudades", "miembro", "miembros", "joven", "jóvenes", "estudiante", "estudiantes",
        "alumno", "alumnos", "alumnas", "mujer", "mujeres", "hombres", "niños", "niñas", "adolescentes", "organización",
        "organizaciones", "institución", "instituciones", "autoridad", "autoridades", "aliado", "aliados", "aliadas",
        "funcionario", "funcionarios", "funcionarias", "servidores", "servidoras", "representante", "representantes",
        "alcalde", "alcaldes", "alcaldesa", "alcaldesas", "empleado", "empleados", "empleadas", "prestador", "prestadores",
        "agencia", "agencias", "municipio", "municipios", "gobierno", "gobiernos", "entidad", "entidades", "empresa", "empresas",
        "líder", "líderes", "lideresas", "profesional", "profesionales", "socio", "socios", "socias", "actores", "académicos",
        "investigadores", "investigadoras", "emprendedores", "emprendedoras", "productores", "productoras", "docentes",
        "maestros", "maestras", "profesores", "profesoras", "ciudadanos", "ciudadanas", "vecinos", "vecinas", "colectivos", "municipalidades", "alcaldías",
        "gobernadores", "ministros", "ministras", "embajadores", "embajadoras", "universidades", "operadores", "touroperadores",
        "compradores", "periodistas", "registros", "inscripciones", "usuarios", "usuarias", "visitantes", "migrantes", "familias", "asociaciones",
        "embajadas", "consulados", "atletas", "deportistas", "competidores", "competidoras",
        "técnicos", "técnicas", "operarios", "operarias", "trabajadores", "trabajadoras", "agentes", "dirigentes", "integrantes",
        "colectividades", "centros", "oficiales", "policías", "bomberos", "bomberas",
        "intendencias", "establecimientos", "artistas", "artesanos", "artesanas", "escolares", "cónsules", "empresarios", "empresarias", "comerciantes", "inversionistas", "inversores", "inversoras",
        "egresados", "egresadas", "graduados", "graduadas", "comunas", "cargos", "compañías",
        "coristas", "músicos", "bailarines", "comparsas", "jinetes", "corredores", "corredoras", "bodegas",
        // Local councillors and volunteers of civil protection: "capacitó a 45 regidores y funcionarios", "a 62 brigadistas".
        "regidores", "regidoras", "concejales", "concejalas", "consejeros", "consejeras", "ediles", "brigadistas",
        // Heads of Uruguay's departments and Argentina's municipalities: "la asamblea reunió a 260 intendentes, concejales y …".
        "intendentes", "intendentas",
        // Cultural managers, cooperatives and agencies met: "con 35 gestores culturales de 14 ciudades", "reunió a 22 organismos bilaterales".
        "gestores", "gestoras", "cooperativas", "organismos",
        // Those who followed online: "380 inscritos y 198 conectados".
        "conectados", "conectadas",
        // Schools a campaign reached or that came with their pupils, and NGOs: "recorrió 18 institutos de secundaria", "16 colegios
        // organizaron visitas guiadas", "24 ONGD expositoras".
        "colegios", "escuelas", "liceos", "institutos", "ong", "ongs", "ongd",
        // Spain's councils, as "municipios" are elsewhere: "120 asistentes, entre ellos personal de 15 ayuntamientos de la provincia".
        "ayuntamientos", "diputaciones", "cabildos",
        // Rural people a visit met or a project reached: "dialogó con 35 campesinos que recibieron títulos de propiedad".
        "campesinos", "campesinas", "agricultores", "agricultoras", "pescadores", "pescadoras",
    };

    /// <summary>
    /// Population nouns that statistics count as often as activities do ("más de 12.000 graduados universitarios", "se registraron
    /// 4.300 establecimientos de comercio"): they count only where the sentence says they took part or names an activity.
    /// </summary>
    private static readonly HashSet<string> StatisticalNouns = new(StringComparer.Ordinal)
    {
        "establecimientos", "egresados", "egresadas", "graduados", "graduadas",
    };

    /// <summary>Words after a population noun that make it the people living somewhere: "14.500 personas empadronadas", "residentes".</summary>
    private static readonly HashSet<string> ResidentWords = new(StringComparer.Ordinal)
    {
        "empadronadas", "empadronados", "censadas", "censados", "residentes", "domiciliadas", "domiciliados",
    };

    /// <summary>Stems whose presence in the sentence makes a population noun a participant count.</summary>
    private static readonly string[] CueStems =
    [
        "particip", "asisti", "asistier", "registrad", "registrar", "inscrit", "inscribier", "involucr", "colabor", "alcanzad",
        "benefici", "capacit", "convoc", "congreg", "integrad", "dirigid", "reunió", "reunieron", "reunido", "presentaron", "compartieron", // "ha reunido a más de 3.000 personas"
        "expusieron", "intervinieron", "acudieron", "acudió", "se sumaron", "entrevist", "atendid", "formad", "asistencia", "presencia",
        "reuniones con", "encuentros con", // "se realizaron reuniones con nueve Embajadas": the bodies met are the meetings' participants
        "compet", // "Competir junto a más de mil atletas de cuerpos de policía"
        "registro de", // "se llevó a cabo el registro de la Ciudad de México y de 11 alcaldías en el sitio oficial de la iniciativa"
        "cursaron", "se formaron", "se acercaron", // "Cursaron 65 estudiantes", "Se formaron 28 personas"
        "impartid", "acreditaron", // a course "Impartido por la AMEXCID …, con 52 servidores públicos", "lo acreditaron 28 servidores públicos"
        "lo aprobaron", "la aprobaron", // a course passed: "Lo aprobaron 65 funcionarios de la Gobernación y de 24 alcaldías"
        "conectaron", "conectad", "matricul", // "Se conectaron 312 personas", "Quedaron matriculados 486 alumnos"
        "tomaron parte", "tomó parte", "tomo parte", // "En el conjunto de las actividades tomaron parte 3.870 personas"
        "citas de negocios con", // "Se sostuvieron 212 citas de negocios con 86 compradores internacionales"
        "disfrutaron", // "más de 15 mil personas disfrutaron de los desfiles"
        "dialogó con", "dialogaron con", // "La directora … dialogó con 35 campesinos"
        "acompañad", // "La alcaldesa, acompañada de cuatro concejales, firmó …"
        "se graduaron", "egresaron", // "Se graduaron 45 policías municipales"
        "asisten ", "integraron", "compit", // minutes' "Asisten 9 miembros", "Integraron la delegación 6 personas", "compitieron 64 bodegas"
        // "Más de 2.300 personas en las actividades de la XV Semana de la Solidaridad" (a named occasion; not "en las actividades de mantenimiento").
        "en las actividades de la ", "en las actividades del ",
    ];

    /// <summary>Present-tense verbs of size or composition: "donde estudian", "que atiende a", "representa a", "agrupa a".</summary>
    private static readonly HashSet<string> SizeVerbs = new(StringComparer.Ordinal)
    {
        "estudia", "estudian", "atiende", "atienden", "trabaja", "trabajan", "vive", "viven", "habita", "habitan", "reside", "residen", "opera",
        "operan", "representa", "representan", "agrupa", "agrupan", "alberga", "albergan", "tiene", "tienen", "suma", "suman",
        "cuenta", "cuentan", "abarca", "abarcan", "emplea", "emplean", "concentra", "concentran", "reúne", "reúnen", "hay",
        "está", "están", "es", "son", // "está integrado por más de 3.000 municipios": what a body is made of
        "estará", "estarán", "será", "serán", // "El Comité estará integrado por cinco personas": what a rule provides, not who took part
        "evalúa", "evalúan", "mide", "miden", "compara", "comparan", "incluye", "incluyen", "considera", "consideran", // an index's coverage
        "alcanza", "alcanzan", // "la red de referentes alcanza 87 personas": a size now, where "se alcanzó a 500 personas" reached them
    };

    /// <summary>
    /// Adjectives after a population noun that say the counted took part or belong to the activity ("11 ciudades socias",
    /// "30 organizaciones participantes", "12 municipios beneficiarios"): the count is of participants whatever else the sentence says.
    /// </summary>
    private static readonly HashSet<string> ParticipationAdjectives = new(StringComparer.Ordinal)
    {
        "socias", "socios", "participantes", "aliadas", "aliados", "asociadas", "asociados", "miembro", "miembros", "integrantes",
        "beneficiarias", "beneficiarios", "inscritas", "inscritos", "registradas", "registrados", "asistentes", "invitadas", "invitados",
        "seleccionadas", "seleccionados", "capacitadas", "capacitados", "formadas", "formados", "acreditadas", "acreditados",
        "voluntarios", "voluntarias",
        // "Las 14 funcionarias visitantes conocieron …": those who came; "12 miembros presentes": those at a sitting.
        "visitantes", "presentes",
        // "24 ONGD expositoras": those who showed their work at a fair.
        "expositoras", "expositores",
    };

    private static readonly HashSet<string> SkippableAdjectives = new(StringComparer.Ordinal)
    {
        "nuevos", "nuevas", "principales", "distintas", "distintos", "diferentes", "destacados", "destacadas", "diversas", "diversos",
    };

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        var text = input.Text;
        var taken = input.Earlier.Where(m => m.Kind is MentionKind.Date or MentionKind.Amount).Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var mentions = new List<Mention>();
        ParticipantsMention? previous = null;
        var headers = new TableHeaders(text);
        var next = 0; // numbers come in text order: walk the earlier mentions' spans alongside
        foreach (var n in SpanishNumberParser.NumbersOf(text))
        {
            if (!n.IsInteger || n.Value < 1 || n.Value > 10_000_000_000m) continue;
            if (previous is not null && previous.Span.Contains(n.Span.Start)) continue; // the whole of "7 de los 11 miembros"
            while (next < taken.Count && taken[next].End <= n.Span.Start) next++;
            if (next < taken.Count && taken[next].Overlaps(n.Span)) continue;
            var after = n.Span.End;
            if (after < text.Length && text[after] is '%' or '$' or '€') continue;
            if (n.Span.Start > 0 && text[n.Span.Start - 1] is '$' or '€' or '#' or '/' or '-' or '.' or ',' && n.Span.Start > 1 && char.IsAsciiDigit(text[n.Span.Start - 2])) continue;
            if (n.Span.Start > 0 && text[n.Span.Start - 1] is '$' or '€' or '#') continue;

            // "… durante 2022 de las instituciones …": a year, not a count of them.
            if (n.Span.Length == 4 && n.Value is >= 1900 and <= 2100 && text.AsSpan(after).StartsWith(" de ", StringComparison.Ordinal)) continue;
            var (qualifier, start) = Qualifier(text, n.Span.Start);
            var unit = Unit(text, after, n, out var unitEnd);

            // "Participantes: 160 elementos de las Subsecretarías …": the count a record's participants field opens with, whatever its noun;
            // "Personas capacitadas\t310\t440": a number alone in a table cell beside, or under, a label of people who took part.
            var labelled = IsParticipantsField(text, start) && FieldUnit(text, after, out var fieldEnd) is { } fieldUnit ? (End: fieldEnd, Unit: fieldUnit, Confidence: 0.85)
                : unit is null && TableCellUnit(text, start, after, headers) is { } cellUnit ? (End: after, Unit: cellUnit, Confidence: 0.7)
                // "Destino | Fechas | Delegación" over "Bogotá (Colombia) | 12/07/2023 – 14/07/2023 | 1 persona": a count and its noun filling a cell.
                : unit is not null && TableCellUnit(text, start, unitEnd, headers) is not null ? (End: unitEnd, Unit: unit, Confidence: 0.7)
                : default;
            if (labelled.Unit is not null)
            {
                var labelSpan = new TextSpan(start, labelled.End);
                if (input.IsSkipped(labelSpan)) continue;
                var counted = new ParticipantsMention(labelSpan, text[start..labelled.End], labelled.Confidence, (long)n.Value, qualifier, labelled.Unit);
                mentions.Add(counted);
                previous = counted;
                continue;
            }

            if (unit is null && previous is null) continue;
            var (sStart, sEnd) = Sentence(text, n.Span.Start);
            if (unit is null)
            {
                // Ellipsis after a coordinated count: "a 135 personas con problemas de salud y a 422 en los servicios…".
                if (previous is not null && previous.Span.End > sStart && IsEllipticCoordination(text, n.Span.Start, after))
                {
                    var m = new ParticipantsMention(new TextSpan(n.Span.Start, after), text[n.Span.Start..after], 0.6, (long)n.Value, qualifier, previous.Unit);
                    if (!input.IsSkipped(m.Span)) mentions.Add(m);
                    previous = m;
                }

                continue;
            }

            var role = RoleNouns.Contains(unit);
            var roleByAdjective = false;
            var membership = false;

            // "11 ciudades socias", "20 organizaciones participantes": an adjective of participation after the noun makes it a role.
            if (!role && NextWord(text, unitEnd) is ({ } adjective, var adjectiveEnd) && ParticipationAdjectives.Contains(adjective.ToLowerInvariant()))
            {
                // "… de 38 ciudades miembro" among those who attended counts them; "44 ciudades miembro en 7 países", "damos la bienvenida
                // a seis nuevas ciudades miembro" tell a network's size or who joined it: "miembro" counts only with a cue ("11 ciudades
                // socias" of a project took part in it).
                role = roleByAdjective = adjective.ToLowerInvariant() is not ("miembro" or "miembros" or "integrantes");
                membership = !role;
                unitEnd = adjectiveEnd;
            }

            if (InsideQuotation(text, n.Span.Start, sStart)) continue; // a count in a cited title: “Qué hicieron seis alcaldesas…”
            // "la comunidad rumana, con unas 14.500 personas empadronadas": people registered as residents are a population.
            if (!role && NextWord(text, unitEnd) is ({ } resident, _) && ResidentWords.Contains(resident.ToLowerInvariant())) continue;
            // "81 miembros operan", "Sus 12 delegados tienen voz y voto" are a size; "Las 1.850 personas capacitadas incluyen a …" counts who
            // took part whatever follows.
            if (HasSizeVerbBefore(text, start, sStart, gathering: RoleNouns.Contains(unit)) || (!roleByAdjective && HasSizeVerbAfter(text, unitEnd)) || IsCapacity(text, start, sStart) || IsStaff(text, start, sStart) || IsAssigned(text, start, unit, unitEnd, sStart) || IsExpected(text, start, sStart) || IsExcused(text, start, sStart)) continue;
            if (!role && !HasCue(text, sStart, sEnd) && !UnderItemDays(text, sStart) && !InPanelOfTakingPart(text, start) && !IsPastTenseObject(text, start, sStart) && !IsOriginOfContributions(text, start, unit) && !CountsADelegation(text, start, unitEnd)
                && !Travelled(text, start, unitEnd, sStart, sEnd) && !ActedTogether(text, start, unit, unitEnd, sStart, sEnd))
                continue;
            // "Cerramos 2024 con 53 ciudades miembro en 14 países, la primera asamblea …", "la incorporación de tres nuevas ciudades
            // miembro": a network's size or who joined it, whatever activity the sentence names, unless a verb says they took part.
            if (membership && !HasStrongCue(text, sStart, sEnd) && (text.AsSpan(n.Span.End, unitEnd - n.Span.End).Contains("nuev", StringComparison.OrdinalIgnoreCase)
                                                                   || InCountries(text, unitEnd))) continue;
            // "la incorporación de tres nuevas ciudades", "aprobó la adhesión de cuatro nuevos miembros": who joined, not who took part.
            if (MemberNouns.Contains(unit) && text.AsSpan(n.Span.End, unitEnd - n.Span.End).Contains("nuev", StringComparison.OrdinalIgnoreCase) && JoiningBefore(text, start, sStart)) continue;
            // "seleccionó ocho proyectos entre 62 propuestas de 41 ciudades": where the proposals came from, not who took part.
            if (ProposalsBefore(text, start)) continue;
            if (!role && StatisticalNouns.Contains(unit) && !HasStrongCue(text, sStart, sEnd) && !NamesAnActivity(text.AsSpan(sStart, sEnd - sStart))) continue;
            // "la Coordinadora y sus 94 organizaciones miembro": an adjective of belonging does not take constituents out of their place.
            if ((!role || !RoleNouns.Contains(unit)) && PrecededByLocative(text, start)) continue;
            if (!role && ((IsDefiniteReference(text, start) && (!HasStrongCue(text, sStart, sEnd) || IsOriginOfCounted(text, n.Span.Start, previous, sStart))) || IsRankOutOf(text, start))) continue;

            // "Integraron la delegación 6 personas: el alcalde, dos técnicos …": after a colon, who made up the count before it.
            if (previous is not null && previous.Span.End >= sStart && text.IndexOf(':', previous.Span.End, start - previous.Span.End) >= 0) continue;
            var span = new TextSpan(start, unitEnd);
            if (input.IsSkipped(span)) continue;
            var mention = new ParticipantsMention(span, text[start..unitEnd], role ? 0.9 : 0.7, (long)n.Value, qualifier, unit);
            mentions.Add(mention);
            previous = mention;
        }

        // "Participación de una persona en la XIX edición de la Especialización …": one participant, written with the article (a
        // "persona jurídica" or "moral" is a legal entity, not a participant; "un representante por cada ciudad", "una persona de
        // cada alcaldía" is one per unit, not one in all).
        foreach (Match m in OneParticipant().Matches(text))
        {
            var span = new TextSpan(m.Groups["count"].Index, m.Index + m.Length);
            if (input.IsSkipped(span)) continue;
            mentions.Add(new ParticipantsMention(span, text[span.Start..span.End], 0.7, 1, null, m.Groups["unit"].Value.ToLowerInvariant()));
        }

        // "una treintena de participantes", "un centenar de personas": a collective numeral counts about that many.
        foreach (Match m in CollectiveCount().Matches(text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (input.IsSkipped(span) || mentions.Any(x => x.Span.Overlaps(span))) continue;
            var (sStart, sEnd) = Sentence(text, m.Index);
            if (!RoleNouns.Contains(unit) && !(PopulationNouns.Contains(unit) && HasCue(text, sStart, sEnd))) continue;
            var value = m.Groups["noun"].Value.ToLowerInvariant() switch
            {
                "decena" => 10, "docena" => 12, "veintena" => 20, "treintena" => 30, "centenar" => 100, "millar" => 1000, _ => 0,
            } * (m.Groups["half"].Success ? 0.5 : 1);
            mentions.Add(new ParticipantsMention(span, m.Value, 0.7, (long)value, CountQualifier.Approx, unit));
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    [GeneratedRegex(@"\b(?:una?|(?<half>medio))\s+(?<noun>decena|docena|veintena|treintena|centenar|millar)\s+de\s+(?<unit>\p{L}+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CollectiveCount();

    [GeneratedRegex(@"\b[Pp]articipaci[oó]n de (?<count>una|un) (?<unit>persona|funcionari[oa]|representante|delegad[oa])\b(?! (?:jur[ií]dica|moral)\b| por (?!parte\b)| (?:de|en|para) cada\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OneParticipant();

    /// <summary>Labels of those who went on a trip: "Comisionados", "Delegación", "Comitiva" (a form's field, a table of missions' column).</summary>
    private static readonly HashSet<string> TravellerLabels = new(StringComparer.Ordinal) { "comisionados", "comisionadas", "delegación", "delegacion", "comitiva" };

    /// <summary>Labels of a record's field of participants: "Participantes:", "Asistentes:", "Delegación:", "Beneficiarios:".</summary>
    private static readonly string[] FieldLabels = ["participantes", "asistentes", "asistencia", "participación", "participacion", "beneficiarios", "público", "publico", .. TravellerLabels];

    /// <summary>Whether the count opens a field of participants: "Participantes: 160 …", "Asistentes: más de 300 …".</summary>
    private static bool IsParticipantsField(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] == ' ') k--;
        if (k == 0 || text[k - 1] != ':') return false;
        var words = PreviousWords(text, k - 1, 1);
        if (words.Count == 0) return false;
        var label = words[^1];
        var lead = label.Start;
        while (lead > 0 && text[lead - 1] == ' ') lead--;
        var opensField = lead == 0 || text[lead - 1] is '\n' or '.' or ';' or ':';
        return opensField && char.IsUpper(label.Word[0]) && FieldLabels.Contains(label.Word.ToLowerInvariant());
    }

    /// <summary>
    /// The noun after a field's count ("160 elementos", "2 oficiales"), lower-case; null when no word follows, or when the word is a
    /// preposition or a measure of time: "85 por ciento" is a share, "25 de 30" a part, "18 años en adelante" an age.
    /// </summary>
    private static string? FieldUnit(string text, int after, out int end)
    {
        var (w, e) = NextWord(text, after);
        end = e;
        if (w is not { Length: > 1 } || !char.IsLetter(w[0]) || char.IsUpper(w[0])) return null;
        var unit = w.ToLowerInvariant();
        return NotFieldUnits.Contains(unit) ? null : unit;
    }

    /// <summary>Words after a field's count that make it no count of people: prepositions and measures of time.</summary>
    private static readonly HashSet<string> NotFieldUnits = new(StringComparer.Ordinal)
    {
        "de", "del", "por", "en", "para", "con", "sin", "entre", "hasta", "desde", "sobre", "al", "y", "o",
        "año", "años", "mes", "meses", "semana", "semanas", "día", "días", "dias", "hora", "horas", "minutos", "sesiones", "ediciones",
    };

    /// <summary>
    /// The unit of a count that fills a table cell alone, when its row's first cell ("Personas capacitadas", "Participantes") or, for a
    /// cell of the first column, nothing, and else its column's header ("| Fecha | Actividad | Asistentes |") names people who took
    /// part; null otherwise. Table rows are lines of tab-separated cells; a table's header is the first of its run of rows.
    /// </summary>
    private static string? TableCellUnit(string text, int start, int end, TableHeaders headers)
    {
        // The count fills a cell: a tab or a line's edge on each side, a tab on one side at least. (Looked at first, so that a long line
        // of running text is not scanned for each of its numbers.)
        var before = start;
        while (before > 0 && text[before - 1] == ' ') before--;
        var after = end;
        while (after < text.Length && text[after] == ' ') after++;
        var opens = before == 0 ? '\n' : text[before - 1];
        var closes = after == text.Length ? '\n' : text[after];
        if (opens is not ('\t' or '\n') || closes is not ('\t' or '\n' or '\r') || (opens != '\t' && closes != '\t')) return null;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.Length;
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        if (!line.Contains('\t')) return null;
        var cellStart = start;
        while (cellStart > lineStart && text[cellStart - 1] != '\t') cellStart--;
        var cellEnd = text.IndexOf('\t', end, lineEnd - end);
        if (cellEnd < 0) cellEnd = lineEnd;
        if (!text.AsSpan(cellStart, start - cellStart).IsWhiteSpace() || !text.AsSpan(end, cellEnd - end).IsWhiteSpace()) return null;
        var index = text.AsSpan(lineStart, cellStart - lineStart).Count('\t');
        if (IsFigureRow(text, lineStart, lineEnd)) return FigureLabelUnit(text, lineEnd, index);
        // ("1.250\tpersonas formadas": a figure panel read as a row, its label after the figure.)
        if (index == 0) return line.Count('\t') == 1 ? ParticipantsLabel(Cell(text, lineStart, lineEnd, 1)) : null;
        // "Nairobi (Kenia) – aplazada | 18/11/2024 – 22/11/2024 | 2": no one went on a trip put off.
        if (FoldedText.FoldedWords(text[lineStart..lineEnd]).Any(w => CallingOff.IsCallOff(w))) return null;
        var rowLabel = Cell(text, lineStart, lineEnd, 0);
        var headerStart = headers.HeaderOf(lineStart);
        var headerEnd = text.IndexOf('\n', headerStart);
        var header = headerStart == lineStart ? "" : Cell(text, headerStart, headerEnd, index);
        // "| Indicador | Línea de base (2021) | Meta 2025 | Valor 2024 |": a row of people counts them in its year's column only.
        if (IsNotACount(header.ToLowerInvariant())) return null;
        if (ParticipantsLabel(rowLabel) is { } rowUnit) return rowUnit;
        // "Promedio por taller", "Feria ambiental (esperados)": a row of averages or targets under a column of people counts no one.
        if (IsNotACount(rowLabel.ToLowerInvariant())) return null;

        if (headerStart == lineStart) return null;
        if (ParticipantsLabel(header) is { } role) return role;
        // "Tabla 6.3. Asistentes a los eventos internacionales organizados por la Dirección" over "Evento | Mes | Presencial | En línea":
        // a table its caption says counts who attended, in its columns of how they came (not "Talleres" or "Horas" beside them).
        if (ModalityHeads.Contains(FoldedText.FoldString(header)) && CaptionRole(text, headerStart) is { } captioned) return captioned;
        // "| Fecha | Delegación | Integrantes |" over "… | Delegación de la Prefeitura de Porto Alegre | 6 |": a table of delegations
        // received counts the people each brought ("Integrantes" beside a delegation counts its members).
        // A totals row sums the delegations above it.
        if (headers.ListsDelegations(headerStart, headerEnd) && !rowLabel.StartsWith("Total", StringComparison.OrdinalIgnoreCase) && !rowLabel.StartsWith("Subtotal", StringComparison.OrdinalIgnoreCase))
            return PeopleLabel(header) ?? (header.Equals("Integrantes", StringComparison.OrdinalIgnoreCase) ? "integrantes" : null);
        // "| Fecha | Socio | Objeto de la visita | Personas |" over "… | Visita técnica al Anillo Verde | 6 |": a column of people beside
        // the activity its row names counts who took part in it.
        return PeopleLabel(header) is { } people && NamesAnActivity(text, lineStart, lineEnd, index) ? people : null;
    }

    /// <summary>Folded column heads that split a count of people by how or who ("Presencial", "En línea", "Mujeres", "Total").</summary>
    private static readonly HashSet<string> ModalityHeads = new(StringComparer.Ordinal)
    {
        "presencial", "presenciales", "en linea", "virtual", "virtuales", "online", "total", "mujeres", "hombres", "nacionales", "extranjeros",
    };

    /// <summary>The role noun a table's caption opens with, on the line above its header ("Tabla 6.3. Asistentes a los eventos …" → "asistentes"); else null.</summary>
    private static string? CaptionRole(string text, int headerStart)
    {
        if (headerStart < 2) return null;
        var captionStart = text.LastIndexOf('\n', headerStart - 2) + 1;
        var caption = TableNumber().Replace(text[captionStart..(headerStart - 1)], "").TrimStart();
        var first = caption.Split(' ', 2)[0].ToLowerInvariant();
        return !caption.Contains('\t') && RoleNouns.Contains(first) && !IsNotACount(caption.ToLowerInvariant()) ? first : null;
    }

    /// <summary>A caption's number: "Tabla 6.3. ", "Cuadro 4 – ", "Gráfico 2: ".</summary>
    [GeneratedRegex(@"^\s*(?:Tabla|Cuadro|Gráfico)\s+[\d.]+[.:–-]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableNumber();


    /// <summary>A header of one or two words opening with a noun of people ("Personas", "Personas (n.º)", "Pers."); null for any other.</summary>
    private static string? PeopleLabel(string label)
    {
        var words = label.ToLowerInvariant().Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries);
        // "Integrantes" is as often a network's size as who came.
        // "Pers.", a narrow column's abbreviation, is "personas".
        // "Deleg. (pers.)", "Delegación (personas)": the people of each delegation.
        if (words.Length == 2 && words[0] is "deleg." or "deleg" or "delegación" or "delegacion" && words[1] is "pers." or "pers" or "personas") words = [words[1]];
        return words.Length is >= 1 and <= 2 && words[0] is "personas" or "asistentes" or "participantes" or "pers." or "pers" && !IsNotACount(label.ToLowerInvariant())
            ? (words[0].StartsWith("pers", StringComparison.Ordinal) ? "personas" : words[0]) : null;
    }

    /// <summary>Whether a cell of the row other than the count's opens with an activity's noun ("Visita técnica …", "Reunión preparatoria …").</summary>
    private static bool NamesAnActivity(string text, int lineStart, int lineEnd, int countIndex)
    {
        var cells = text[lineStart..lineEnd].Split('\t');
        for (var c = 0; c < cells.Length; c++)
        {
            if (c == countIndex) continue;
            var words = cells[c].Trim().Split(' ', 5);
            // "12.º Foro Urbano Mundial", "XXXI Congreso de CIDEU": past an edition's ordinal. "COP16: Cumbre de Gobiernos Locales": past
            // a name's label. "Semana de Cuenca de los Andes": a capitalised occasion's noun names one too.
            var at = words.Length > 1 && words[0].Length > 1
                     && ((char.IsAsciiDigit(words[0][0]) && words[0][^1] is 'º' or 'ª' or '°') || Events.Titles.IsOrdinalWord(words[0], FoldedText.FoldString(words[0]))
                         || words[0].EndsWith(':')) ? 1 : 0;
            var first = FoldedText.FoldString(words[at]);
            if (first.Length > 0 && (Extraction.ActivityNouns.IsStrong(first)
                                     || (char.IsUpper(words[at][0]) && Extraction.ActivityNouns.IsWeak(first) && !Extraction.ActivityNouns.IsRelation(first)))) return true;
        }

        return false;
    }

    /// <summary>A row of figures alone ("25\t6\t+1.200", "14\tUSD 480.000\t+40"), as infographic blocks set their numbers over their labels.</summary>
    private static bool IsFigureRow(string text, int lineStart, int lineEnd)
    {
        foreach (var cell in text[lineStart..lineEnd].Split('\t'))
        {
            var c = cell.Trim();
            if (c.Length == 0 || !c.Any(char.IsAsciiDigit) || c.Count(char.IsLetter) > 4) return false;
        }

        return true;
    }

    /// <summary>
    /// The unit of a figure whose label is set under it, in the same column of the rows below ("+1.200" over "participantes" and "en
    /// actividades"): the label's lines are read down to the next row of figures, at most three.
    /// </summary>
    private static string? FigureLabelUnit(string text, int lineEnd, int index)
    {
        var label = new List<string>();
        for (var start = lineEnd + 1; start < text.Length && label.Count < 3;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (!text.AsSpan(start, end - start).Contains('\t') || IsFigureRow(text, start, end)) break;
            label.Add(Cell(text, start, end, index));
            start = end + 1;
        }

        return ParticipantsLabel(string.Join(' ', label).Trim());
    }

    /// <summary>
    /// The header of the run of table rows a row belongs to (its first line), remembered from row to row: numbers come in text
    /// order, so a row walks back only to the last row asked about, not over every row above it (quadratic in a table of many
    /// thousand rows).
    /// </summary>
    private sealed class TableHeaders(string text)
    {
        private int _row = -1;
        private int _header = -1;

        private int _delegationsHeader = -1;
        private bool _listsDelegations;

        /// <summary>Whether a table's header names a column of delegations ("Delegación", "Delegaciones", "Comitiva", "Visitantes"); the last header's answer is kept.</summary>
        public bool ListsDelegations(int headerStart, int headerEnd)
        {
            if (headerStart != _delegationsHeader)
                // ("Delegación / actividad": a column of delegations or activities.)
                (_delegationsHeader, _listsDelegations) = (headerStart, text[headerStart..headerEnd].Split('\t').SelectMany(cell => cell.Split('/'))
                    .Any(cell => FoldedText.FoldString(cell.Trim()) is "delegacion" or "delegaciones" or "comitiva" or "visitantes" or "delegacion visitante"));
            return _listsDelegations;
        }

        public int HeaderOf(int lineStart)
        {
            if (lineStart == _row) return _header;
            var header = lineStart;
            while (header > 0)
            {
                var previousStart = text.LastIndexOf('\n', Math.Max(0, header - 2)) + 1;
                if (previousStart >= header - 1 || !text.AsSpan(previousStart, header - 1 - previousStart).Contains('\t')) break;
                if (previousStart == _row) { header = _header; break; }
                header = previousStart;
            }

            (_row, _header) = (lineStart, header);
            return header;
        }
    }

    private static string Cell(string text, int lineStart, int lineEnd, int index)
    {
        var cells = text[lineStart..lineEnd].Split('\t');
        return index < cells.Length ? cells[index].Trim() : "";
    }

    /// <summary>Prefixes of a label that counts: "N.º de participantes", "Total de personas capacitadas", "Número de asistentes".</summary>
    private static readonly string[] LabelPrefixes = ["n.º de ", "nº de ", "no. de ", "número de ", "numero de ", "total de ", "cantidad de ", "total "];

    /// <summary>
    /// The unit a table label gives its counts: a role noun ("Participantes", "Asistentes (presenciales)") or a noun of people with an
    /// adjective of participation ("Personas capacitadas", "Técnicos formados"); null for any other label.
    /// </summary>
    /// <summary>What separates the words of a label (allocated once: labels are read for every table row).</summary>
    private static readonly char[] LabelSeparators = [' ', '(', ')'];

    private static string? ParticipantsLabel(string label)
    {
        var folded = label.ToLowerInvariant();
        // "Participantes (%)", "Asistentes (promedio por sesión)", "Participantes (meta)", "Participantes esperados": shares, averages
        // and targets, not people who took part.
        if (IsNotACount(folded)) return null;
        foreach (var prefix in LabelPrefixes)
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) { folded = folded[prefix.Length..]; break; }
        var words = folded.Split(LabelSeparators, StringSplitOptions.RemoveEmptyEntries);
        // "Personas participantes en actividades internacionales": a label may go on with what they took part in.
        if (words.Length is 0 or > 8 || (words.Length > 4 && words[2] is not ("en" or "de" or "del"))) return null;
        if (RoleNouns.Contains(words[0]) || TravellerLabels.Contains(words[0])) return words[0];
        // "Asistencia", "Asistencia registrada": how many came ("Asistencia técnica" is help given).
        if (words[0] == "asistencia" && (words.Length == 1 || words[1] is "registrada" or "total" or "presencial" or "personas")) return words[0];
        if (words.Length >= 2 && PopulationNouns.Contains(words[0]) && ParticipationAdjectives.Contains(words[1]) && !MembershipAdjectives.Contains(words[1])) return words[0];
        // "Personas servidoras públicas capacitadas": the adjective of taking part may close a short label after who they are.
        return words.Length is 3 or 4 && PopulationNouns.Contains(words[0]) && ParticipationAdjectives.Contains(words[^1]) && !MembershipAdjectives.Contains(words[^1])
            ? words[0] : null;
    }

    private static bool IsNotACount(string folded) => folded.Contains('%') || NotCountLabelWords.Any(w => folded.Contains(w, StringComparison.Ordinal));

    private static readonly string[] NotCountLabelWords =
        ["promedio", "media", "meta", "objetivo", "esperad", "previst", "proyectad", "estimad", "tasa", "porcentaje", "proporción", "por sesión",
         "línea de base", "línea base", "linea de base", "linea base"];

    /// <summary>Adjectives of belonging: a table's "Ciudades miembro" counts a network's size, not who took part in something.</summary>
    private static readonly HashSet<string> MembershipAdjectives = new(StringComparer.Ordinal) { "miembro", "miembros", "socias", "socios", "integrantes", "asociadas", "asociados", "aliadas", "aliados" };

    /// <summary>"+", "más de", "aproximadamente", "cerca de", "alrededor de", "casi", "al menos", "por lo menos" before the number.</summary>
    private static (CountQualifier? Qualifier, int Start) Qualifier(string text, int numberStart)
    {
        if (numberStart > 0 && text[numberStart - 1] == '+') return (CountQualifier.MoreThan, numberStart - 1);
        var words = PreviousWords(text, numberStart, 3);
        string W(int k) => k < words.Count ? words[^(k + 1)].Word.ToLowerInvariant() : "";
        int S(int k) => words[^(k + 1)].Start;
        if (W(0) == "de" && (W(1) == "más" || W(1) == "mas")) return (CountQualifier.MoreThan, S(1));
        if (W(0) == "de" && (W(1) == "cerca" || W(1) == "alrededor")) return (CountQualifier.Approx, S(1));
        if (W(0) is "aproximadamente" or "casi" or "unos" or "unas" or "aprox") return (CountQualifier.Approx, S(0));
        if (W(0) == "menos" && W(1) == "al") return (CountQualifier.AtLeast, S(1));
        if (W(0) == "menos" && W(1) == "lo" && W(2) == "por") return (CountQualifier.AtLeast, S(2));
        if (W(0) == "mínimo" && W(1) == "como") return (CountQualifier.AtLeast, S(1));
        if (W(0) == "de" && W(1) == "total" && W(2) == "un") return (null, numberStart);
        return (null, numberStart);
    }

    /// <summary>The head noun after the number, lower-case: "105 asistentes", "ocho de las ciudades", "1 millón de personas", "25 nuevos miembros".</summary>
    private static string? Unit(string text, int after, ParsedNumber n, out int unitEnd)
    {
        unitEnd = after;
        var (w, e) = NextWord(text, after);
        if (w is null) return null;
        var lw = w.ToLowerInvariant();
        // Partitive "ocho de las ciudades"; "1 millón de personas", "20 mil agencias".
        if (lw == "de")
        {
            var (w2, e2) = NextWord(text, e);
            if (w2 is null) return null;
            var l2 = w2.ToLowerInvariant();
            if (l2 is "las" or "los")
            {
                // "7 de los 11 miembros": the part, of a whole whose size is given.
                var k = e2;
                while (k < text.Length && text[k] == ' ') k++;
                var d = k;
                while (d < text.Length && (char.IsAsciiDigit(text[d]) || (text[d] == '.' && d + 1 < text.Length && char.IsAsciiDigit(text[d + 1])))) d++;
                if (d > k) e2 = d;
                (w2, e2) = NextWord(text, e2);
                if (w2 is null) return null;
                l2 = w2.ToLowerInvariant();
            }
            else if (!EndsWithMultiplier(text, n)) return null;

            lw = l2;
            e = e2;
        }
        else if (SkippableAdjectives.Contains(lw))
        {
            var (w2, e2) = NextWord(text, e);
            if (w2 is null) return null;
            lw = w2.ToLowerInvariant();
            e = e2;
        }

        if (!RoleNouns.Contains(lw) && !PopulationNouns.Contains(lw)) return null;
        unitEnd = e;
        return lw;
    }

    private static bool EndsWithMultiplier(string text, ParsedNumber n)
    {
        var e = n.Span.End;
        var s = e;
        while (s > n.Span.Start && char.IsLetter(text[s - 1])) s--;
        var word = text.AsSpan(s, e - s);
        return word.StartsWith("mill", StringComparison.OrdinalIgnoreCase) || word.StartsWith("bill", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasCue(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        foreach (var stem in CueStems)
        {
            var at = WordStartIndex(sentence, stem, 0);
            // A call for applications ("remitió la convocatoria … para nominar a dos representantes") convenes no one.
            while (at >= 0 && stem == "convoc" && sentence[(at + stem.Length)..].StartsWith("atoria", StringComparison.OrdinalIgnoreCase))
                at = WordStartIndex(sentence, stem, at + 1);
            if (at >= 0) return true;
        }

        // "En el taller, 40 funcionarios de 12 municipios trabajaron …": a sentence that names an activity tells who took part in it.
        return NamesAnActivity(sentence);
    }

    /// <summary>Where <paramref name="stem"/> starts a word of the sentence at or after <paramref name="from"/> ("formaron", not "informaron"), or −1.</summary>
    private static int WordStartIndex(ReadOnlySpan<char> sentence, string stem, int from)
    {
        while (from <= sentence.Length)
        {
            var at = sentence[from..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            at += from;
            if (at == 0 || !char.IsLetter(sentence[at - 1])) return at;
            from = at + 1;
        }

        return -1;
    }

    /// <summary>
    /// "una delegación de 5 técnicos", "los seis integrantes de la comitiva", "representada por dirigentes de 14 asociaciones": the
    /// count is of a delegation's members or of the bodies that sent them.
    /// </summary>
    private static bool CountsADelegation(string text, int start, int unitEnd)
    {
        var before = PreviousWords(text, start, 4);
        // (A headline in capitals: "UNA DELEGACIÓN DE 14 ALCALDES MARROQUÍES".)
        var of = before.Count >= 1 && before[^1].Word is "de" or "DE";
        if (before.Count >= 2 && of && IsTravellingGroup(before[^2].Word)) return true;
        // "una delegación municipal de cinco profesionales", "La comitiva gaditana, de 9 integrantes".
        if (before.Count >= 3 && of && char.IsLower(before[^2].Word[0]) && IsTravellingGroup(before[^3].Word)) return true;
        if (before.Count == 4 && before[0].Word.StartsWith("representad", StringComparison.OrdinalIgnoreCase) && before[1].Word == "por" && before[^1].Word == "de") return true;
        // "una delegación de la Alcaldía de León de cinco personas": the body that sent it named between the noun and the count.
        if (before.Count >= 1 && before[^1].Word == "de" && SentByNamedBody(text, start)) return true;
        // "12 de febrero: Delegación de la Municipalidad de Mendoza (Argentina), 6 personas; …": how many came, after the delegation's name.
        if (DelegationItemBefore(text, start)) return true;
        // "Se atendió a cuatro delegaciones extranjeras: la de la ACICAM, con 18 empresarios; la de la FICE, con 9 empresas": how many
        // came with each delegation its sentence lists.
        // ("Se recibieron 21 delegaciones extranjeras, con un total de 214 visitantes", "… 16 delegaciones, que sumaron 187 visitantes
        // oficiales": or how many came with the delegations it counts.)
        if (((before.Count >= 1 && before[^1].Word == "con") || SumsUp(before)) && DelegationsBefore(text, start)) return true;
        // "los seis integrantes de la comitiva": the group named after the count.
        return NextWord(text, unitEnd) is ({ } preposition, var ofEnd) && preposition.Equals("de", StringComparison.OrdinalIgnoreCase)
               && NextWord(text, ofEnd) is ({ } article, var articleEnd) && article.Equals("la", StringComparison.OrdinalIgnoreCase)
               && NextWord(text, articleEnd) is ({ } group, _) && IsTravellingGroup(group);
    }

    /// <summary>A noun of a group that travelled: "delegación", "comitiva", "expedición" ("una expedición de 27 personas").</summary>
    private static bool IsTravellingGroup(string word) => word.ToLowerInvariant() is "delegación" or "comitiva" or "expedición";

    /// <summary>Whether a comma right before the count closes an item or a line that opens with a delegation's name ("…: Delegación de …, 6 personas").</summary>
    private static bool DelegationItemBefore(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        if (k < 0 || text[k] != ',') return false;
        var lineStart = text.LastIndexOf('\n', k) + 1;
        var line = text.AsSpan(lineStart, k - lineStart);
        var colon = line.IndexOf(':');
        var item = (colon >= 0 ? line[(colon + 1)..] : line).TrimStart(" •-*\t");
        return (item.StartsWith("Delegación de", StringComparison.Ordinal) || item.StartsWith("Comitiva de", StringComparison.Ordinal)) && !item.Contains(',');
    }

    /// <summary>Whether the count's sentence names delegations before it ("… delegaciones extranjeras: la de …", "21 delegaciones, con"), within a list's reach.</summary>
    private static bool DelegationsBefore(string text, int start)
    {
        var from = Math.Max(0, start - DelegationListReach);
        var before = text.AsSpan(from, start - from);
        var end = before.LastIndexOfAny('.', '\n');
        if (end >= 0) before = before[(end + 1)..];
        return before.Contains("delegaciones", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the words before a count sum up a group: "con un total de", "que sumaron", "sumando".</summary>
    private static bool SumsUp(List<(string Word, int Start)> before) =>
        before.Count >= 1 && (before[^1].Word is "sumando" or "totalizando"
                              || (before.Count >= 2 && before[^2].Word == "que" && before[^1].Word is "sumaron" or "suman" or "sumaban" or "totalizaron")
                              || (before.Count >= 4 && before[^4].Word == "con" && before[^3].Word == "un" && before[^2].Word == "total" && before[^1].Word == "de"));

    /// <summary>How far back from a count the list of delegations it belongs to may open.</summary>
    private const int DelegationListReach = 300;

    /// <summary>How many words back from a count a delegation's noun is looked for, over the name of the body that sent it.</summary>
    private const int MaxSenderWords = 10;

    /// <summary>
    /// "una delegación de la Alcaldía de León de cinco personas", "una comitiva de la Ilustre Municipalidad de Valparaíso de ocho
    /// funcionarios": a delegation's noun, then "de" and a capitalised name (its connectors between), then "de" and the count.
    /// </summary>
    private static bool SentByNamedBody(string text, int start)
    {
        var before = PreviousWords(text, start, MaxSenderWords);
        for (var k = before.Count - 3; k >= 0; k--)
        {
            if (!(IsTravellingGroup(before[k].Word) && before[k + 1].Word is "de" or "del")) continue;
            var named = false;
            for (var m = k + 2; m < before.Count - 1; m++)
            {
                var w = before[m].Word;
                if (char.IsUpper(w[0])) named = true;
                else if (w is not ("de" or "del" or "la" or "las" or "los" or "el" or "y")) return false;
            }

            return named;
        }

        return false;
    }

    /// <summary>
    /// "Misión técnica a Senegal" / "20–25 de noviembre" / "3 personas: diputada y técnicos": the text right under an item's days, on the
    /// line under a title naming an activity (a slide's or a brochure's item), counts those who took part in it.
    /// </summary>
    private static bool UnderItemDays(string text, int sentenceStart)
    {
        if (sentenceStart < 2 || text[sentenceStart - 1] != '\n') return false;
        var daysStart = text.LastIndexOf('\n', sentenceStart - 2) + 1;
        if (daysStart < 2 || !Datelines.IsDateOnly(text.AsSpan(daysStart, sentenceStart - 1 - daysStart))) return false;
        var titleStart = text.LastIndexOf('\n', daysStart - 2) + 1;
        var title = text.AsSpan(titleStart, daysStart - 1 - titleStart);
        // "Delegación de la Municipalidad de Quetzaltenango" / "18 al 21 de septiembre" / "7 técnicos": a delegation's visit.
        return NamesAnActivity(title) || title.StartsWith("Delegación ", StringComparison.Ordinal);
    }

    private static bool NamesAnActivity(ReadOnlySpan<char> sentence)
    {
        foreach (var word in FoldedText.FoldedWords(sentence.ToString()))
            if (ActivityNouns.IsStrong(word)) return true;
        return false;
    }

    /// <summary>
    /// "se atendió a 135 personas", "se impartió un seminario … a 120 empleados", "presentó las prioridades ante 52 cónsules": "a" or
    /// "ante" before the count and a preterite earlier in the sentence.
    /// </summary>
    private static bool IsPastTenseObject(string text, int start, int sentenceStart)
    {
        var words = PreviousWords(text, start, 12, sentenceStart);
        if (words.Count == 0 || words[^1].Word.ToLowerInvariant() is not ("a" or "ante")) return false;
        // "gracias a 20 técnicos": the means, not who was served; "La plantilla llegó a 5.000 trabajadores", "el desempleo ascendió a
        // 12.000": a size reached, where "el programa llegó a 1.200 personas" reached people.
        if (words.Count >= 2 && words[^2].Word.ToLowerInvariant() is "gracias") return false;
        if (words.Count >= 2 && words[^2].Word.ToLowerInvariant() is "llegó" or "llegaron" or "ascendió" or "ascendieron" or "creció" or "aumentó"
            && words.Any(w => w.Word.ToLowerInvariant() is "plantilla" or "desempleo" or "paro" or "población" or "cifra" or "número" or "total")) return false;
        for (var k = words.Count - 2; k >= 0; k--)
        {
            var w = words[k].Word.ToLowerInvariant();
            // Spanish preterite endings (3rd person): -ó/-ió, -aron/-ieron.
            if (w.Length > 3 && (w.EndsWith('ó') || w.EndsWith("aron", StringComparison.Ordinal) || w.EndsWith("ieron", StringComparison.Ordinal))) return true;
        }

        return false;
    }

    /// <summary>"iniciativas … de 105 ciudades", "dibujos de niñas y niños de +30 ciudades": cities that contributed.</summary>
    private static bool IsOriginOfContributions(string text, int start, string unit)
    {
        if (unit is not ("ciudades" or "municipios" or "gobiernos" or "organizaciones" or "instituciones" or "intendencias" or "municipalidades")) return false;
        var words = PreviousWords(text, start, 2);
        if (words.Count == 0 || !words[^1].Word.Equals("de", StringComparison.OrdinalIgnoreCase)) return false;
        // "representantes de 16 ciudades", "dibujos de 30 ciudades" — but not "la mayoría de 5 ciudades" after a determiner.
        return words.Count < 2 || !(words[^2].Word.ToLowerInvariant() is "las" or "los" or "una" or "un");
    }

    /// <summary>"en las 16,400 ciudades de LATAM": a place, not participants.</summary>
    private static bool PrecededByLocative(string text, int start)
    {
        var words = PreviousWords(text, start, 2);
        if (words.Count == 0) return false;
        var w0 = words[^1].Word.ToLowerInvariant();
        if (w0 is "en" or "sus") return true; // "en las 16,400 ciudades", "sus 16 alcaldías": places or constituents
        return words.Count >= 2 && w0 is "las" or "los" && words[^2].Word.Equals("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Stems that say people or places took part, not just that something happened to them ("involucrados", "presentaron").</summary>
    private static readonly string[] StrongCueStems = ["particip", "asisti", "asistier", "acudi", "representant", "delegad", "expert", "integrantes", "inscrit"];

    /// <summary>
    /// "6,500 registros virtuales de 126 países" in a panel of figures that also counts "144 participantes presenciales": a line of a
    /// panel reads its cue in the whole panel, a strong one only (the panel's other lines count other things).
    /// </summary>
    private static bool InPanelOfTakingPart(string text, int start) =>
        FigurePanels.Around(text, start) is var (panelStart, panelEnd) && HasStrongCue(text, panelStart, panelEnd);

    private static bool HasStrongCue(string text, int start, int end)
    {
        var sentence = text.AsSpan(start, end - start);
        foreach (var stem in StrongCueStems)
            if (sentence.Contains(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "tanto la ZML como los cuatro municipios aparecen", "las 67 ciudades que lideran este indicador": a definite article before the count
    /// refers to a known set (the places an index covers), not to who took part, unless the sentence says they took part ("participan las ocho ciudades").
    /// </summary>
    private static bool IsDefiniteReference(string text, int start)
    {
        var words = PreviousWords(text, start, 1);
        return words.Count == 1 && words[0].Word.ToLowerInvariant() is "los" or "las";
    }

    /// <summary>
    /// "participaron 405 personas de las tres ciudades": a known set, its number spelled out, named as where those just counted came from.
    /// ("200 delegados de las 16 ciudades" in figures counts the cities.)
    /// </summary>
    private static bool IsOriginOfCounted(string text, int numberStart, ParticipantsMention? previous, int sentenceStart)
    {
        if (previous is null || previous.Span.End <= sentenceStart || !char.IsLetter(text[numberStart])) return false;
        var words = PreviousWords(text, numberStart, 2);
        return words.Count == 2 && words[0].Word.Equals("de", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(previous.Span.End, words[0].Start - previous.Span.End).IsWhiteSpace();
    }

    /// <summary>"el puesto 74 de 77 ciudades", "3 de 20 municipios": the size of a ranking or a share, not participants.</summary>
    private static bool IsRankOutOf(string text, int start)
    {
        var words = PreviousWords(text, start, 1);
        if (words.Count == 0 || !words[0].Word.Equals("de", StringComparison.OrdinalIgnoreCase)) return false;
        var k = words[0].Start;
        while (k > 0 && text[k - 1] == ' ') k--;
        return k > 0 && char.IsAsciiDigit(text[k - 1]);
    }

    private static bool InsideQuotation(string text, int at, int sentenceStart)
    {
        for (var i = at - 1; i >= sentenceStart && i >= at - 200; i--)
        {
            if (text[i] is '”' or '»') return false;
            if (text[i] is '“' or '«') return true;
        }

        return false;
    }

    /// <param name="gathering">Whether the count is of a role in an activity: "El Foro reúne en Zaragoza a 210 participantes" tells, in the
    /// present of a news item, who came to it.</param>
    private static bool HasSizeVerbBefore(string text, int start, int sentenceStart, bool gathering = false)
    {
        // "donde estudian 29 mil jóvenes", "que atiende a 2 mil estudiantes", "agrupa y representa a las más de 16 mil ciudades".
        var words = PreviousWords(text, start, 4, sentenceStart);
        foreach (var (w, _) in words)
            if (SizeVerbs.Contains(w.ToLowerInvariant()) && !(gathering && w.ToLowerInvariant() is "reúne" or "reúnen")) return true;
        return false;
    }

    /// <summary>"una plantilla de 5 personas", "una dotación de 12 funcionarios": the staff an office has, not people who took part.</summary>
    private static bool IsStaff(string text, int start, int sentenceStart)
    {
        var words = PreviousWords(text, start, 2, sentenceStart);
        return words.Count == 2 && words[0].Word.ToLowerInvariant() is "plantilla" or "dotación" && words[1].Word.Equals("de", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Volunteers and experts, whom a cooperation agency sends to work somewhere rather than to take part.</summary>
    private static readonly HashSet<string> AssignedNouns = new(StringComparer.Ordinal)
    {
        "voluntario", "voluntarios", "voluntaria", "voluntarias", "experto", "expertos", "experta", "expertas",
    };

    /// <summary>Words after a count of volunteers that say where they come from: "senior", a nationality.</summary>
    private static readonly HashSet<string> OriginWords = new(StringComparer.Ordinal)
    {
        "senior", "seniors", "japoneses", "japonesas", "coreanos", "coreanas", "alemanes", "alemanas", "franceses", "francesas", "chinos", "chinas",
        "italianos", "italianas", "estadounidenses", "europeos", "europeas", "españoles", "españolas", "belgas", "suecos", "suecas",
    };

    /// <summary>Words before such a count that say they were sent or given: "la llegada de dos expertos", "la asesoría de dos expertos", "ha enviado 11 voluntarios".</summary>
    private static readonly HashSet<string> SendingWords = new(StringComparer.Ordinal)
    {
        "llegada", "envío", "envio", "asesoría", "asesoria", "incorporación", "incorporacion", "enviado", "enviados", "envió", "enviará", "enviaron",
        "enviarán", "asignó", "asignado", "asignados",
    };

    /// <summary>
    /// "dos voluntarios senior", "dos voluntarios japoneses", "tres voluntarios de la Agencia de Cooperación Internacional del Japón",
    /// "la llegada de dos expertos", "JICA ha enviado 11 voluntarios": volunteers and experts an agency sends to serve, not people who took
    /// part ("Más de 700 voluntarios de empresas y vecinos siembran …" did).
    /// </summary>
    private static bool IsAssigned(string text, int start, string unit, int unitEnd, int sentenceStart)
    {
        if (!AssignedNouns.Contains(unit)) return false;
        if (PreviousWords(text, start, 3, sentenceStart) is var before && before.Any(w => SendingWords.Contains(w.Word.ToLowerInvariant()))) return true;
        // (Experts on a mission work in it: "cuatro expertos japoneses … trabajaron con la empresa de aseo" took part.)
        if (!unit.StartsWith("voluntari", StringComparison.Ordinal) || NextWord(text, unitEnd) is not ({ } next, var nextEnd)) return false;
        if (OriginWords.Contains(next.ToLowerInvariant())) return true;
        // "de la Agencia …", "de JICA": the body they come from, named with capitals.
        if (next != "de") return false;
        var (word, wordEnd) = NextWord(text, nextEnd);
        if (word is "la" or "el" or "los" or "las") (word, _) = NextWord(text, wordEnd);
        return word is { Length: > 0 } && char.IsUpper(word[0]);
    }

    /// <summary>
    /// "Cupo máximo de 60 personas", "un aforo de 300 personas", "capacidad para 80 asistentes": room for people, not people who came;
    /// "se completó el cupo con 40 participantes" filled it.
    /// </summary>
    private static bool IsCapacity(string text, int start, int sentenceStart)
    {
        var words = PreviousWords(text, start, 5, sentenceStart);
        if (words.Count == 0 || words[^1].Word.ToLowerInvariant() is not ("de" or "para" or "hasta")) return false;
        var capacity = false;
        // ("El aforo previsto era de 400 personas": the noun four words before.)
        foreach (var (w, _) in words.TakeLast(4))
            capacity |= w.ToLowerInvariant() is "cupo" or "cupos" or "aforo" or "capacidad" or "máximo" or "máxima";
        // "Se completó el cupo de 40 participantes", "se agotó el aforo de 500 personas": the room was filled.
        return capacity && !words.Any(w => w.Word.ToLowerInvariant() is "completó" or "completaron" or "agotó" or "agotaron" or "llenó" or "cubrió");
    }

    /// <summary>
    /// Whether the sentence or item holding a count opens with a verb in the infinitive whose object the count is ("Capacitar a 600
    /// empresarios", "Formar 25 técnicos"): what a plan means to do. Names of
    /// activities that end so ("Taller", "Encuentro … "), and a few nouns, are no verbs.
    /// </summary>
    private static bool OpensWithInfinitive(string text, int sentenceStart, int start)
    {
        var k = sentenceStart;
        while (k < start && (char.IsWhiteSpace(text[k]) || text[k] is '•' or '-' or '*' or '·' or '–')) k++;
        var wordEnd = k;
        while (wordEnd < start && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd <= k || !char.IsUpper(text[k])) return false;
        var word = text[k..wordEnd];
        if (!EndsLikeInfinitive(word) || ActivityNouns.TypeOf(FoldedText.FoldString(word)) is not null) return false;
        // Its object right after it ("Competir junto a más de mil atletas" tells what was done beside whom).
        var between = PreviousWords(text, start, 3, wordEnd, overFigures: true);
        return between.Count == 0 || (between.Count == 1 && between[0].Word is "a" or "al");
    }

    /// <summary>Nouns of a network's or a body's members: a count of new ones says who joined.</summary>
    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
        { "miembros", "ciudades", "municipios", "socios", "socias", "integrantes", "entidades", "gobiernos", "organizaciones" };

    /// <summary>Whether a word of joining stands right before the count: "la incorporación de", "la adhesión de", "dio la bienvenida a".</summary>
    private static bool JoiningBefore(string text, int start, int sentenceStart) =>
        PreviousWords(text, start, 4, sentenceStart).Any(w => w.Word.StartsWith("incorpor", StringComparison.OrdinalIgnoreCase)
                                                             || w.Word.StartsWith("adhesi", StringComparison.OrdinalIgnoreCase)
                                                             || w.Word.StartsWith("ingres", StringComparison.OrdinalIgnoreCase)
                                                             || w.Word.Equals("bienvenida", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a count of proposals, projects or applications stands right before "de" and the count ("62 propuestas de 41 ciudades").</summary>
    private static bool ProposalsBefore(string text, int start)
    {
        var words = PreviousWords(text, start, 3, overFigures: true);
        return words.Count >= 3 && words[^1].Word == "de" && char.IsAsciiDigit(words[^3].Word[0])
               && words[^2].Word.ToLowerInvariant() is "propuestas" or "proyectos" or "candidaturas" or "solicitudes" or "postulaciones" or "iniciativas";
    }

    /// <summary>Whether a count of countries follows: "… ciudades miembro en 14 países", "… de 11 países".</summary>
    private static bool InCountries(string text, int unitEnd)
    {
        var after = text.AsSpan(unitEnd, Math.Min(CountriesReach, text.Length - unitEnd)).TrimStart("* ");
        if (!(after.StartsWith("en ", StringComparison.Ordinal) || after.StartsWith("de ", StringComparison.Ordinal))) return false;
        var rest = after[3..];
        var space = rest.IndexOf(' ');
        return space > 0 && rest[(space + 1)..].StartsWith("países", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far after a count its countries may be read ("en 14 países").</summary>
    private const int CountriesReach = 24;

    /// <summary>A lower-case word ending as an infinitive does ("capacitar", "atender", "reunir").</summary>
    private static bool IsInfinitive(string word) => char.IsLower(word[0]) && EndsLikeInfinitive(word);

    /// <summary>A word of five letters or more ending in "-ar", "-er" or "-ir" that is none of the nouns ending so ("Taller", "lugar").</summary>
    private static bool EndsLikeInfinitive(string word) =>
        word.Length >= 5 && (word.EndsWith("ar", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ir", StringComparison.Ordinal))
        && !NounsEndingLikeInfinitives.Contains(FoldedText.FoldString(word));

    /// <summary>Verbs that put what follows ahead: "se prevé", "busca", "pretende", "planea".</summary>
    private static readonly HashSet<string> ExpectationVerbs = new(StringComparer.Ordinal)
    {
        "prevé", "prevén", "preve", "busca", "buscan", "pretende", "pretenden", "planea", "planean", "propone", "proponen", "espera", "esperan",
        "proyecta", "proyectan", "plantea", "plantean",
    };

    /// <summary>How many words before an infinitive its verb of expectation is looked for.</summary>
    private const int ExpectationReach = 10;

    /// <summary>Folded nouns that end like an infinitive and may open a sentence before a count.</summary>
    private static readonly HashSet<string> NounsEndingLikeInfinitives = new(StringComparer.Ordinal)
    {
        "taller", "talleres", "mujer", "lugar", "hogar", "poder", "bienestar", "centenar", "millar", "familiar", "escolar", "titular", "militar", "popular",
    };

    /// <summary>
    /// "La organización espera la llegada de unos 200 jóvenes", "el programa beneficiará a unas 450 familias", "se prevé la participación
    /// de 80 técnicos": people expected, not people who took part. A future or a verb of expectation among the six words before the count.
    /// </summary>
    private static bool IsExpected(string text, int start, int sentenceStart)
    {
        // The nearest verb decides: "… que se realizará en diciembre, participaron 300 productores" took part.
        var words = PreviousWords(text, start, 8, sentenceStart, overFigures: true);
        // "Meta: 60 ciudades miembro y 2.000 participantes": a target's label.
        if (start > sentenceStart && text.LastIndexOf(':', start - 1, start - sentenceStart) is var colon and > 0
            && PreviousWords(text, colon, 1, sentenceStart) is [var (label, _)] && label.ToLowerInvariant() is "meta" or "metas" or "objetivo" or "objetivos") return true;
        // "con una meta de 500 asistentes": a target's figure.
        if (words.Count >= 2 && words[^1].Word.ToLowerInvariant() is "de" && words[^2].Word.ToLowerInvariant() is "meta" or "objetivo") return true;
        // "• Capacitar a 600 empresarios en comercio exterior": a goal, its verb in the infinitive opening the item.
        if (OpensWithInfinitive(text, sentenceStart, start)) return true;
        // "Se prevé gestionar cooperación … y capacitar a 300 servidores públicos": an infinitive a verb of expectation governs.
        if (words.Count >= 2 && words[^1].Word is "a" or "al" && IsInfinitive(words[^2].Word)
            && PreviousWords(text, words[^2].Start, ExpectationReach, sentenceStart, overFigures: true).Any(w => ExpectationVerbs.Contains(w.Word.ToLowerInvariant()) || SpanishVerbForms.IsFuture(w.Word))) return true;
        for (var n = words.Count - 1; n >= 0; n--)
        {
            var w = words[n].Word;
            if (char.IsUpper(w[0]) || char.IsAsciiDigit(w[0])) continue; // a name ("Guairá") or a figure, not a verb
            if (w is "espera" or "esperan" or "prevé" or "prevén" or "estima" or "estiman" or "proyecta" or "proyectan") return true;
            // "estaba previsto un encuentro técnico con una delegación de 6 personas": what was planned.
            if (w is "previsto" or "prevista" or "previstos" or "previstas" or "programado" or "programada") return true;
            // "La delegación iba a estar integrada por nueve personas": what was planned.
            if (w is "iba" or "iban" && n + 1 < words.Count && words[n + 1].Word == "a" && words.Count - n <= 5) return true;
            if (SpanishVerbForms.IsFuture(w)) return words.Count - n <= 6;
            if (SpanishVerbForms.IsPreterite(w)) return false;
        }

        return false;
    }

    /// <summary>
    /// Whether those counted are the ones who travelled, the verb right before them or within a few words after them: "14 técnicos de la
    /// Secretaría de Seguridad de Quito visitaron el COE provincial" (not "visitaron mercados de cuatro Alcaldías", where the count is of
    /// what was visited).
    /// </summary>
    /// <summary>Verbs telling that those counted travelled or went round a place.</summary>
    private static readonly HashSet<string> TravelVerbs = new(StringComparer.Ordinal) { "visitaron", "viajaron", "recorrieron" };

    /// <summary>"Excusan su asistencia 2 miembros": minutes name who sent apologies, who did not take part.</summary>
    private static bool IsExcused(string text, int start, int sentenceStart) =>
        PreviousWords(text, start, 4, sentenceStart).Any(w => w.Word.StartsWith("excus", StringComparison.OrdinalIgnoreCase));

    private static bool Travelled(string text, int start, int unitEnd, int sentenceStart, int sentenceEnd)
    {
        // "Viajaron 4 funcionarios", "La visitaron unas 2.000 personas": the verb right before them.
        // "viajaron a Santiago 16 técnicos": the verb, then where they went.
        var before = PreviousWords(text, start, 4, sentenceStart);
        // "la delegación … viajó con 12 empresas": those who went along.
        if (before.Count >= 2 && before[^1].Word.ToLowerInvariant() == "con" && before[^2].Word.ToLowerInvariant() is "viajó" or "viajaron" or "viajaba" or "acudió" or "acudieron") return true;
        for (var n = before.Count - 1; n >= 0; n--)
        {
            if (TravelVerbs.Contains(before[n].Word.ToLowerInvariant())) return true;
            if (!(char.IsUpper(before[n].Word[0]) || before[n].Word.ToLowerInvariant() is "a" or "al" or "hacia" or "hasta" or "de" or "del")) break;
        }

        var k = unitEnd;
        for (var n = 0; n < 8; n++)
        {
            var (w, e) = NextWord(text, k);
            if (w is null || e > sentenceEnd) return false;
            if (TravelVerbs.Contains(w)) return true;
            k = e;
        }

        return false;
    }

    /// <summary>
    /// "Del 3 al 6 de mayo, siete funcionarios del Gobierno Autónomo Municipal de Potosí, encabezados por …, conocieron el Plan Maestro",
    /// "En su primera edición, 12 estudiantes de la UGR realizaron estancias", "permitió que 20 estudiantes reali-zaran sus prácticas":
    /// a count opening its clause (at the sentence's start, after a comma or "que") whose verb, in the past and plural, tells what
    /// they did there is of those who took part.
    /// </summary>
    private static bool ActedTogether(string text, int start, string unit, int unitEnd, int sentenceStart, int sentenceEnd)
    {
        // "Tres empresas coreanas solicitaron información", "Tres empresas anunciaron intenciones de inversión": firms acting on their own.
        if (BodyNouns.Contains(unit)) return false;
        var before = PreviousWords(text, start, 1, sentenceStart);
        var k = start;
        while (k > sentenceStart && text[k - 1] == ' ') k--;
        if (!(k <= sentenceStart || text[k - 1] is ',' or '\n' || (before.Count == 1 && before[0].Start + before[0].Word.Length == k && before[0].Word.ToLowerInvariant() == "que"))) return false;
        var words = 0;
        for (var i = unitEnd; i < sentenceEnd && words < MaxWordsToVerb; )
        {
            if (text[i] is ';' or ':') return false;
            if (!char.IsLetter(text[i])) { i++; continue; }
            var e = i;
            while (e < sentenceEnd && (char.IsLetter(text[e]) || (text[e] == '-' && e + 1 < sentenceEnd && text[e + 1] == '\n'))) e += text[e] == '-' ? 2 : 1;
            var word = text[i..e].Replace("-\n", "");
            words++;
            if (char.IsLower(word[0]) && word.Length >= 6 && SpanishVerbForms.IsPluralPast(word)) return true;
            i = e;
        }

        return false;
    }

    /// <summary>Nouns of firms and organisations: what they did is not taking part in the activity the sentence tells.</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "empresa", "empresas", "compañía", "compañías", "firma", "firmas", "entidad", "entidades", "organización", "organizaciones", "institución", "instituciones",
    };

    /// <summary>How many words after a count its verb may stand, past the body they came from and an aside ("…, encabezados por su secretario de Cultura, conocieron").</summary>
    private const int MaxWordsToVerb = 24;

    private static bool HasSizeVerbAfter(string text, int unitEnd)
    {
        // "81 miembros operan", "… ciudades tienen".
        var (w, _) = NextWord(text, unitEnd);
        return w is not null && SizeVerbs.Contains(w.ToLowerInvariant());
    }

    private static bool IsEllipticCoordination(string text, int numberStart, int numberEnd)
    {
        var words = PreviousWords(text, numberStart, 2);
        if (words.Count < 2 || !words[^2].Word.Equals("y", StringComparison.OrdinalIgnoreCase) || !words[^1].Word.Equals("a", StringComparison.OrdinalIgnoreCase)) return false;
        var (next, _) = NextWord(text, numberEnd);
        return next is not null && next.ToLowerInvariant() is "en" or "de" or "con" or "por" or "para";
    }

    /// <summary>The sentence around an offset: from after the previous ". ", "? ", "! " or line break to the next one.</summary>
    private static (int Start, int End) Sentence(string text, int at)
    {
        const int reach = 300;
        var s = at;
        var limit = Math.Max(0, at - reach);
        while (s > limit && !IsSentenceEnd(text, s - 1)) s--;
        var e = at;
        var endLimit = Math.Min(text.Length, at + reach);
        while (e < endLimit && !IsSentenceEnd(text, e)) e++;
        return (s, e);
    }

    private static bool IsSentenceEnd(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 >= text.Length || text[i + 1] is ' ' or '\n'));

    private static (string? Word, int End) NextWord(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 3 && text[j] == ' ') j++;
        var s = j;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        if (j == s || (j < text.Length && char.IsAsciiDigit(text[j]))) return (null, i);
        return (text[s..j], j);
    }

    /// <param name="overFigures">Whether a figure counts as a word and the walk goes on past it ("enviará en 2024 a", "se esperan
    /// 15.000 visitantes y"); else a figure ends it.</param>
    private static List<(string Word, int Start)> PreviousWords(string text, int pos, int max, int floor = 0, bool overFigures = false)
    {
        var list = new List<(string, int)>();
        var i = pos;
        while (list.Count < max && i > floor)
        {
            var c = text[i - 1];
            if (c == '\n') break;
            if (c == ' ' || c == ',') { i--; continue; }
            if (overFigures && char.IsAsciiDigit(c))
            {
                var end = i;
                while (i > floor && (char.IsAsciiDigit(text[i - 1]) || (text[i - 1] is '.' or ',' && i - 1 > floor && char.IsAsciiDigit(text[i - 2])))) i--;
                list.Add((text[i..end], i));
                continue;
            }

            if (!char.IsLetter(c)) break;
            var e = i;
            while (i > floor && char.IsLetter(text[i - 1])) i--;
            list.Add((text[i..e], i));
        }

        list.Reverse();
        return list;
    }
}
