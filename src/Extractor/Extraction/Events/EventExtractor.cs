using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

/// <summary>
/// Finds activities the report describes: headings built on an activity noun or ending with a date in brackets
/// ("Ceremonia conmemorativa … (24 de julio)"), dated agenda items ("20 julio: Día de Independencia de Colombia"),
/// named activities in dated sentences ("la XXVII Reunión de la UCCI … el pasado 11 de septiembre"), and short items
/// opening with an activity noun ("Reunión de la Junta Directiva online"). Dates, participant counts and partners come
/// from the mentions earlier extractors found in the heading or the section.
/// </summary>
public sealed partial class EventExtractor : IMentionExtractor
{
    private const int BodyDateWindow = 300;
    private const int ShortBlock = 260;

    public MentionKind Kind => MentionKind.Event;

    public IReadOnlyList<Mention> Extract(ExtractionInput input)
    {
        var text = input.Text;
        var t = FoldedText.Of(text);
        var dates = input.Earlier.OfType<DateMention>().ToList();
        if (dates.Count == 0) dates = FallbackDates.Find(text, input.Context.Period?.Start.Year).ToList();
        dates.RemoveAll(d => IsCitationDate(t, d.Span.Start) || CuedBefore(t, d.Span.Start, DeadlineCues) || CuedBefore(t, d.Span.Start, ReferenceCues));
        dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var run = new Run(input, t, dates);
        run.Headings();
        run.AgendaItems();
        run.Records();
        run.Tables();
        // Titles that open a paragraph dated in brackets before the activities named inside sentences: where both find one, the
        // whole title and its own date win.
        run.DatedTitles();
        run.Sentences();
        run.ShortItems();
        run.QuotedDatedItems();
        run.DatedQuotedItems();
        run.ReportedActivities();
        return run.Result();
    }

    /// <summary>
    /// Words right before a date that make it a deadline, not the day anything happens: "una Asamblea General Extraordinaria, que se
    /// celebrará en línea antes del 31 de octubre de 2025", "a más tardar el 15 de marzo", "Fecha límite: 30 de junio".
    /// </summary>
    private static readonly string[] DeadlineCues = ["antes del", "antes de", "a mas tardar el", "a mas tardar", "fecha limite:", "plazo:"];

    /// <summary>
    /// Words before a date that make it the date data are given at, not an occasion: "RADIACIÓN SOLAR TORREÓN (Correspondiente al 9 de
    /// sept. de 2014)", "con corte al", "actualizado al", "Situación al 31/12/2023" over a table of projects.
    /// </summary>
    private static readonly string[] ReferenceCues =
        ["correspondiente al", "correspondientes al", "correspondiente a", "corte al", "corte a", "actualizado al", "actualizada al", "actualizados al",
         "datos al", "cifras al", "vigente al", "a la fecha", "fecha de corte", "situacion al"];

    /// <summary>Whether one of <paramref name="cues"/> ends, as whole words, right before the date at <paramref name="start"/> (past spaces, a colon, a line break).</summary>
    /// <remarks>Reads the folded text just before the date (a day's article "el" ends "a más tardar el").</remarks>
    private static bool CuedBefore(FoldedText t, int start, string[] cues)
    {
        var before = t.Folded.AsSpan(Math.Max(0, start - 24), Math.Min(start, 24)).TrimEnd(" :\n");
        foreach (var cue in cues)
            if (before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)]))) return true;
        return false;
    }

    /// <summary>Words before a date saying when a source was read, not when anything happened: "Disponible en: … (recuperado el …)".</summary>
    private static readonly string[] CitationCues = ["consultado", "recuperado", "accedido", "disponible en", "revisado el"];

    /// <summary>
    /// Cues of a reading date only right before it ("[Fecha de consulta: 7 de abril de 2017]", "Visitado el 2/5/2019"): elsewhere they are
    /// words of a sentence ("ha visitado Castelló del 20 al 23 de abril", "una consulta ciudadana del 5 de mayo").
    /// </summary>
    private static readonly string[] NearCitationCues = ["consulta", "acceso", "visitado"];

    /// <remarks>Reads the document's folded text, which keeps the offsets of the original, so no date folds a copy of its own.</remarks>
    private static bool IsCitationDate(FoldedText t, int start)
    {
        var from = Math.Max(0, start - 40);
        var nl = t.Folded.LastIndexOf('\n', Math.Max(0, start - 1), start - from);
        if (nl >= 0) from = nl + 1;
        var before = t.Folded.AsSpan(from, start - from);
        foreach (var cue in CitationCues)
            if (before.Contains(cue, StringComparison.Ordinal)) return true;
        var near = before.TrimEnd(" :[(").ToString();
        if (near.EndsWith(" el", StringComparison.Ordinal)) near = near[..^3];
        foreach (var cue in NearCitationCues)
            if (near.EndsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private sealed partial class Run(ExtractionInput input, FoldedText t, List<DateMention> dates)
    {
        private readonly List<Candidate> _events = [];
        private readonly HashSet<string> _sectionsWithItems = [];
        private readonly SortedMentions<ParticipantsMention> _participants = new(input.Earlier);
        private readonly SortedMentions<PartnerMention> _partners = new(input.Earlier);
        private readonly SortedMentions<AmountMention> _amounts = new(input.Earlier);
        private readonly SectionIndex _sectionIndex = new(input.Document.Sections);
        private int[]? _blockStarts;

        private string Text => t.Text;

        // ---- headings -------------------------------------------------------------------------------------

        public void Headings()
        {
            foreach (var s in input.Document.Sections)
            {
                if (s.Level < 1 || s.HeadingSpan.Length == 0 || input.IsSkipped(s.HeadingSpan)) continue;
                var h = s.HeadingSpan;
                var start = SkipKicker(SkipDebris(h.Start, h.End), h.End);
                var headingDates = DatesIn(new TextSpan(start, h.End));
                var titleEnd = TitleEnd(start, h.End, headingDates);
                if (titleEnd <= start || (headingDates.Length > 0 && IsDayHeading(new TextSpan(start, h.End), headingDates))) continue;
                var (noun, nounToken) = LeadingActivityNoun(start, titleEnd);
                // "4.1 Braga (Portugal) · 16 y 17 de enero Reunión de lanzamiento del proyecto MED-HEAT": a heading giving where and when
                // first is titled by the activity named after its date.
                if (noun is null && headingDates.Length > 0 && ActivityAfterDate(headingDates[^1].Span.End, h.End) is var (afterStart, afterEnd, afterNoun, afterToken))
                    (start, titleEnd, noun, nounToken) = (afterStart, afterEnd, afterNoun, afterToken);
                var byHeadline = false;
                // "FESTIVAL “VOCES DEL LITORAL” REUNIÓ A 420 CORISTAS DE CUATRO PAÍSES": a news headline names its activity before the verb
                // that tells what came of it.
                if (noun is not null && headingDates.Length == 0 && s.BodySpan.Length > 0 && OpensNews(s.BodySpan.Start, s.BodySpan.End)
                    && VerbAfter(nounToken + 1, titleEnd) is { } verbStart && Titles.ContentWords(Text[start..verbStart]).Count >= 2)
                    titleEnd = SkipBackSpaces(verbStart);
                // "IV Jornadas Provinciales de Cooperación" / "19 y 20 de octubre": an item's title over its days names one occasion, in the
                // plural too.
                var itemDays = headingDates.Length == 0 && s.BodySpan.Length > 0 ? ItemDaysAt(SkipSpaces(s.BodySpan.Start, s.BodySpan.End), s.BodySpan.End) : null;
                var plural = nounToken >= 0 && ActivityNouns.IsPlural(t.Key(t.Tokens[nounToken])) && itemDays is null;
                DateMention[] dated = headingDates;
                TextSpan? described = null;
                var aboveParagraphs = false;
                if (dated.Length == 0 && noun is not null)
                {
                    if (s.BodySpan.Length > 0 && DatesBelowTitle(s.BodySpan.Start, s.BodySpan.End, start, titleEnd, nounToken) is { Length: > 0 } d) dated = d;
                    else if (s.BodySpan.Length > 0 && FormDateBelow(s.BodySpan) is { Length: > 0 } field) dated = field;
                    else if (s.BodySpan.Length > 0 && DatelineAbove(h, s.BodySpan.End) is { Length: > 0 } release) dated = release;
                    else if (TextAbove(h, start, titleEnd) is { } above) (dated, described, aboveParagraphs) = ([above.Date], above.Description, !above.FromList);
                    else if (BlockAfter(h) is { } body && TellsOfTheSameOccasion(body) && DateBefore(h.Start, 2) is { } before) dated = [before];
                }

                // "Convenio marco con la AGCID" over "El pasado 14 de marzo se firmó …": an agreement the report says was signed on a day.
                if (noun is null && headingDates.Length == 0 && AgreementToken(start, titleEnd) is var agreement and >= 0 && s.BodySpan.Length > 0
                    && SigningDate(s.BodySpan.Start, s.BodySpan.End, RenewsAgreement(start)) is { } signed)
                    (noun, nounToken, dated) = ("firma", agreement, [signed]);

                // "Intendencia firma convenio con la AECID …", "Delegación de Pelotas visitó el puerto …" over a stamp or a dateline: a
                // headline saying who did what is the activity it reports, on the day its text gives.
                if (noun is null && headingDates.Length == 0 && HeadlineVerb(start, titleEnd) is { } verb && s.BodySpan.Length > 0
                    && (OpensNews(s.BodySpan.Start, s.BodySpan.End)
                        ? DatesBelowTitle(s.BodySpan.Start, s.BodySpan.End, start, titleEnd, -1, verb.Type)
                        : DatelineAbove(h, s.BodySpan.End)) is { Length: > 0 } reported)
                    (noun, nounToken, dated, byHeadline) = (verb.Type, verb.Token, reported, true);

                // "Delegación de la ciudad de Tanabe (Japón)" over "Del 15 al 17 de abril Santiago recibió a una delegación de 11 personas …":
                // a delegation's visit, on the days its text opens with.
                if (noun is null && headingDates.Length == 0 && s.BodySpan.Length > 0 && DelegationTitle(start, titleEnd) is { } delegation
                    && FirstSentence(s.BodySpan.Start, s.BodySpan.End) is var opening && OpeningDate(opening.Start, opening.End, comma: false) is { } arrived
                    && (OpensWithDate(opening, arrived) || itemDays is not null))
                    (noun, nounToken, dated) = ("visita", delegation, itemDays ?? [arrived]);
                // "Delegación del Gobierno de Jalisco en Antioquia" over "Medellín, 25 de abril de 2025. Una delegación … visitó el departamento
                // del 23 al 25 de abril": a news item of a delegation's visit, on the days its text gives.
                else if (noun is null && headingDates.Length == 0 && s.BodySpan.Length > 0 && DelegationTitle(start, titleEnd) is { } arrival
                         && OpensNews(s.BodySpan.Start, s.BodySpan.End) && DatesBelowTitle(s.BodySpan.Start, s.BodySpan.End, start, titleEnd, -1, "visita") is { Length: > 0 } visited)
                    (noun, nounToken, dated) = ("visita", arrival, visited);

                // "Comisión de Cooperación al Desarrollo de CGLU" / "Barcelona · 14 mayo": a body named over an item's days is its sitting
                // that day (not "Comisión Europea", a body without its complement).
                // ("Comité Ejecutivo de Arco Latino": an adjective may stand between the noun and its complement.)
                if (noun is null && itemDays is not null && t.TokenAtOrAfter(start) is var bodyToken && bodyToken + 3 < t.Tokens.Length
                    && MeetingBodies.Contains(t.Key(t.Tokens[bodyToken])) && char.IsUpper(Text[t.Tokens[bodyToken].Start])
                    && (t.Key(t.Tokens[bodyToken + 1]) is "de" or "del" ? bodyToken + 2 : t.Key(t.Tokens[bodyToken + 2]) is "de" or "del" ? bodyToken + 3 : -1) is var complement and > 0
                    && t.Tokens[complement].End <= titleEnd)
                    (noun, nounToken, dated) = ("reunión", bodyToken, itemDays);

                // "Valparaíso en la XXIX Cumbre de Mercociudades", "Valparaíso debuta en la Conferencia Mundial …" over a dateline: the
                // activity the headline places its subject in, named from its noun, on the days its text gives.
                if (noun is null && headingDates.Length == 0 && s.BodySpan.Length > 0 && OpensNews(s.BodySpan.Start, s.BodySpan.End)
                    && ActivityJoined(start, titleEnd) is { } joined
                    && DatesBelowTitle(s.BodySpan.Start, s.BodySpan.End, t.Tokens[joined.First].Start, titleEnd, joined.Noun) is { Length: > 0 } held)
                    (noun, nounToken, dated, start) = (joined.Type, joined.Noun, held, t.Tokens[joined.First].Start);

                if (described is null && noun is not null && ToldAbove(h, start, titleEnd) is { } told) (described, aboveParagraphs) = (told, true);

                // "Calendario de actividades (julio–diciembre 2024)", "BOLETÍN … N.º 9 · Julio 2024": a publication, a list or a period the
                // date bounds, not an occasion.
                if (noun is null && headingDates.Length > 0 && OpensWithPublicationNoun(start, titleEnd)) continue;
                // "Fondos de cooperación gestionados (enero–junio de 2025)": months that span a season or more, with no activity's noun,
                // are the period a table or a chapter covers.
                if (noun is null && headingDates.Length > 0 && headingDates.All(d => d.Value.Start.Granularity == DateGranularity.Month)
                    && headingDates.Max(d => d.Value.LastDay.DayNumber) - headingDates.Min(d => d.Value.FirstDay.DayNumber) >= MinPeriodDays) continue;
                // "EL DEPARTAMENTO RECIBIÓ 212.000 VISITANTES ENTRE ENERO Y AGOSTO", "Ayuda recibida tras el sistema frontal de junio": a
                // headline telling a figure, or months within its words, names no occasion ("Noche de los Museos (mayo de 2024)" does).
                if (noun is null && headingDates.Length > 0 && headingDates.All(d => d.Value.Start.Granularity != DateGranularity.Day)
                    && (TellsAFigure(start, headingDates[0].Span.Start) || WithinWords(headingDates[0].Span.Start) || OpensWithBody(start))) continue;
                // "CAPACITACIÓN E INTERCAMBIO TÉCNICO", "Encuentros y redes": an activity noun coordinated with another noun names a
                // chapter's subject, not one activity, unless a date says which.
                // "Cooperación al desarrollo y acción humanitaria" over a paragraph with a date: a relation names an activity only where
                // the heading itself dates it.
                var isEvent = headingDates.Length > 0 ||
                              (noun is not null && !plural && (!ActivityNouns.IsWeak(t.Key(t.Tokens[nounToken])) || (dated.Length > 0 && !ActivityNouns.IsRelation(t.Key(t.Tokens[nounToken])) && !NamesAPolicyField(nounToken)))
                               && !(dated.Length == 0 && nounToken + 1 < t.Tokens.Length && t.Tokens[nounToken + 1].End <= titleEnd && t.Key(t.Tokens[nounToken + 1]) is "y" or "e"));
                // "Participación en FITUR" over "Del 18 al 22 de enero, Córdoba estuvo presente en la Feria …": taking part in an occasion
                // named by its acronym, on the days the text gives.
                isEvent |= noun is not null && t.Key(t.Tokens[nounToken]) is "participacion" && AcronymTakenPartIn(nounToken, titleEnd)
                           && dated.Length > 0 && dated[0].Value.Start.Granularity == DateGranularity.Day;
                if (noun is not null && HasAgendaItems(s))
                {
                    _sectionsWithItems.Add(s.Id);
                    // "6.5 Misión de seguimiento a Guatemala y Perú" over "Del 11 al 22 de noviembre, una delegación … Agenda principal: • 12 de
                    // noviembre: reunión con …": a heading whose text opens with the span of days its items fall in is an activity of its own.
                    if (dated is not [{ Value: { IsRange: true } span }] || !AgendaItemsIn(s).All(i => i.Date.Value.FirstDay >= span.FirstDay && i.Date.Value.LastDay <= span.LastDay)) continue;
                }

                if (!isEvent) continue;
                // "Embajador de Corea visita Mérida; KOICA dona equipo al Centro de Monitoreo": a headline of two clauses tells its activity
                // in the first.
                if (byHeadline && Text.IndexOf("; ", start, titleEnd - start, StringComparison.Ordinal) is var semicolon and > 0 && t.Tokens[nounToken].End <= semicolon) titleEnd = semicolon;
                var title = Clean(Text[start..titleEnd]);
                // "El Ayuntamiento firma el 5 de abril un convenio …": a dated headline's verb says what kind of activity it is.
                var type = noun ?? (headingDates.Length > 0 && HeadlineVerb(start, titleEnd) is { } headlineVerb ? headlineVerb.Type : "evento");
                if (dated.Length == 0) Emit(new TextSpan(start, titleEnd), title, type, null, s.Span, 0.75, scope: described, describedAbove: aboveParagraphs);
                foreach (var d in Occasions(dated, title))
                    Emit(new TextSpan(start, titleEnd), title, type, d, s.Span, headingDates.Length > 0 ? 0.9 : 0.75, scope: described, describedAbove: aboveParagraphs,
                        headline: byHeadline);
            }
        }

        /// <summary>Where an item's title ends: at its first bracket, full stop or colon ("Participación en FITUR 2024 (Madrid, …). …").</summary>
        private int AcronymTitleEnd(int noun, int itemEnd)
        {
            var stop = Text.IndexOfAny(['(', '.', ':', ','], t.Tokens[noun].End, itemEnd - t.Tokens[noun].End);
            return stop < 0 ? itemEnd : SkipBackSpaces(stop);
        }

        /// <summary>"Participación en FITUR", "Participación en la COP28", "Participación en FITUR 2024": an acronym (and a year) right after "en" ends the title.</summary>
        private bool AcronymTakenPartIn(int noun, int titleEnd)
        {
            var k = noun + 1;
            if (k >= t.Tokens.Length || t.Key(t.Tokens[k]) is not "en") return false;
            if (++k < t.Tokens.Length && t.Key(t.Tokens[k]) is "la" or "el") k++;
            // (Not a body the partner rules read: "Participación en la UCCI" over joining the network.)
            if (k >= t.Tokens.Length || t.Tokens[k].Length < 3 || !IsAllCaps(k) || _partners.Within(new TextSpan(t.Tokens[k].Start, t.Tokens[k].End)).Any()) return false;
            var last = k + 1 < t.Tokens.Length && t.Tokens[k + 1].End <= titleEnd && FourDigitYear().IsMatch(t.Original(t.Tokens[k + 1])) ? k + 1 : k;
            return t.Tokens[last].End <= titleEnd && (last + 1 >= t.Tokens.Length || t.Tokens[last + 1].Start >= titleEnd);
        }

        /// <summary>
        /// The token of "Delegación" opening a title that names whose it is, with no verb: "Delegación de la Câmara Municipal de Coimbra",
        /// "Delegación técnica de la Prefeitura de Porto Alegre (Brasil)"; null otherwise ("Delegación de Pelotas visitó …" is a headline).
        /// </summary>
        private int? DelegationTitle(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            if (first + 2 >= t.Tokens.Length || t.Key(t.Tokens[first]) is not "delegacion" || !char.IsUpper(Text[t.Tokens[first].Start])) return null;
            var de = t.Key(t.Tokens[first + 1]) is "de" or "del" ? first + 1 : IsAllLowerWord(first + 1) && t.Key(t.Tokens[first + 2]) is "de" or "del" ? first + 2 : -1;
            if (de < 0) return null;
            var named = false;
            for (var k = de + 1; k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
            {
                if (IsPreterite(k) || IsFutureWord(k) || t.Key(t.Tokens[k]) is "visita" or "visito" or "recorre" or "llega") return null;
                named |= char.IsUpper(Text[t.Tokens[k].Start]);
            }

            return named ? first : null;
        }

        /// <summary>"Acción humanitaria y de emergencia", "Acción exterior": a field of policy, a chapter's subject, not an action taken one day.</summary>
        private bool NamesAPolicyField(int nounToken) =>
            t.Key(t.Tokens[nounToken]) is "accion" && nounToken + 1 < t.Tokens.Length
            && t.Key(t.Tokens[nounToken + 1]) is "humanitaria" or "exterior" or "internacional" or "climatica" or "social" or "cultural";

        /// <summary>Nouns of publications, lists and periods, folded: a heading they open names no activity, whatever date it carries.</summary>
        private static readonly HashSet<string> PublicationNouns = new(StringComparer.Ordinal)
        {
            "calendario", "agenda", "cronograma", "programacion", "boletin", "informe", "memoria", "resumen", "balance", "indice", "newsletter",
            "noticias", "cifras", "indicadores", "datos", "presupuesto", "actividades", "proximas", "edicion", "numero", "revista", "anuario",
            // "Período fiscal 2023 (enero – diciembre 2023)", "Ejercicio 2024": the period a report covers.
            "periodo", "ejercicio",
        };

        /// <summary>
        /// Whether the heading's first word, after an article, is one of <see cref="PublicationNouns"/> and no activity noun follows it
        /// ("Informe de la Misión a Bolonia (5 de mayo)" tells of the mission), or the heading gives figures "en cifras".
        /// </summary>
        private bool OpensWithPublicationNoun(int start, int end)
        {
            var k = t.TokenAtOrAfter(start);
            // "La red en cifras (octubre 2024 – septiembre 2025)", "El año en números": figures of a period, whatever opens the heading.
            for (var j = k + 1; j < t.Tokens.Length && t.Tokens[j].End <= end; j++)
                if (t.Key(t.Tokens[j]) is "cifras" or "numeros" && t.Key(t.Tokens[j - 1]) is "en") return true;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "el" or "la" or "los" or "las") k++;
            if (k >= t.Tokens.Length || t.Tokens[k].Start >= end || !PublicationNouns.Contains(t.Key(t.Tokens[k]).ToString())) return false;
            for (var j = k + 1; j < t.Tokens.Length && t.Tokens[j].End <= end; j++)
                if (ActivityNouns.IsStrong(t.Key(t.Tokens[j])) && !ActivityNouns.IsPlural(t.Key(t.Tokens[j]))) return false;
            return true;
        }

        /// <summary>
        /// The date of an undated title, given by the first sentence of the text below it (a heading's body, or the paragraph after a
        /// title standing alone as its paragraph): a dateline; a sentence opening with the days ("Del 8 al 11 de abril, una delegación
        /// …"); one that speaks of the activity (the title's words or its noun: "Asamblea General de CIDEU …" / "El 13 de julio de 2022,
        /// Bogotá fue sede de la Asamblea General Ordinaria de CIDEU"), or opens by saying it took place ("Tuvo lugar en San Juan …,
        /// los días 29 a 31 de agosto de 2024").
        /// </summary>
        /// <param name="verbType">The type of the activity a headline's verb tells ("sesionó": sesión), when the title has no noun of its own.</param>
        private DateMention[] DatesBelowTitle(int start, int end, int titleStart, int titleEnd, int nounToken, string? verbType = null)
        {
            start = SkipSpaces(start, end);
            // "Publicado: 23/09/2024" under a headline: the day the item came out, which dates it as a dateline does unless the text
            // gives the activity's own days (or has a dateline of its own below).
            if (StampAt(start) is { } stamp && FirstDateIn(stamp) is { } published)
            {
                var after = SkipSpaces(stamp.End, end);
                if (after >= end || !Datelines.OpensAt(Text, after)) return DatelineDates(stamp, published, end);
                start = after;
            }

            // "Visita del embajador de Mauritania" over "Miércoles, 24 de mayo" / "Seguimiento de …": an item's days, on the line right under
            // its title.
            if (ItemDaysAt(start, end) is { } itemDays) return itemDays;
            var first = FirstSentence(start, end);
            // "En 2024 se impartieron cuatro programas de capacitación …:" over the programmes, each with its days: a paragraph that
            // introduces a list ends at its colon, and the items' days are theirs.
            if (BlockAt(start) is { } opening && opening.Span.End < first.End && SkipBackSpaces(opening.Span.End) is var openingEnd && openingEnd > start
                && Text[openingEnd - 1] == ':') first = new TextSpan(first.Start, openingEnd);
            if (FirstDateIn(first) is not { } d) return [];
            if (Datelines.OpensAt(Text, start)) return DatelineDates(first, d, end, sentence => !NamesAnotherActivity(sentence, titleStart, titleEnd, verbType));
            if (IsDeadline(first, d)) return [];
            // ("Los días 20 y 21 de noviembre Murcia acogió …": the days listed together are the activity's.)
            if (OpensWithDate(first, d)) return [.. DateRun(d, first.End)];
            // "Diplomado en Cooperación Internacional …" / "Con la Universidad Tecnológica de Bolívar (UTB), del 5 de agosto al 25 de octubre,
            // 120 horas.": a course's text gives its span of days first.
            // ("CAPACITACIÓN Y ASISTENCIA TÉCNICA", "Capacitación y becas" name a chapter's subjects, not one course.)
            var courseDays = nounToken >= 0 && t.Key(t.Tokens[nounToken]) is "curso" or "diplomado" or "diplomatura" or "seminario" or "taller" or "especializacion"
                             && !(nounToken + 1 < t.Tokens.Length && t.Key(t.Tokens[nounToken + 1]) is "y" or "e")
                             && d.Value is { IsRange: true, Start.Granularity: DateGranularity.Day };
            if (!courseDays && !SpeaksOf(first, titleStart, titleEnd, nounToken) && !OpensWithAny(start, first.End, OccurrenceOpeners)) return [];
            // "Pasantía técnica en el Ayuntamiento de Cádiz" / "En aplicación del convenio firmado en marzo, tres profesionales … realizaron
            // una pasantía del 17 al 21 de junio": the days right after the title's noun, told again, are its own.
            if (nounToken >= 0 && DateAfterNounIn(first, t.Key(t.Tokens[nounToken]).ToString()) is { } own && own.Span.Start > d.Span.Start) d = own;
            return [.. DateRun(d, first.End)];
        }

        /// <summary>The dates of a line at <paramref name="start"/> holding nothing but an item's days ("6-8 de marzo", "21 de febrero · Valencia"), else null.</summary>
        private DateMention[]? ItemDaysAt(int start, int end)
        {
            var lineEnd = Text.IndexOf('\n', start, end - start);
            if (lineEnd < 0) lineEnd = end;
            // ("Sfax · 7 junio": the place may come first.)
            if (!Datelines.IsDateOnly(Text.AsSpan(start, lineEnd - start)) || FirstDateIn(new TextSpan(start, lineEnd)) is not { } own
                || (own.Span.Start != start && !Text.AsSpan(start, own.Span.Start - start).TrimEnd().EndsWith('·'))) return null;
            return [.. DateRun(own, lineEnd)];
        }

        /// <summary>The date right after the noun <paramref name="noun"/> (folded) in a sentence: "realizaron una pasantía del 17 al 21 de junio"; else null.</summary>
        private DateMention? DateAfterNounIn(TextSpan sentence, string noun)
        {
            for (var k = t.TokenAtOrAfter(sentence.Start); k < t.Tokens.Length && t.Tokens[k].End <= sentence.End; k++)
                if (t.Key(t.Tokens[k]).SequenceEqual(noun) && DateRightAfter(t.Tokens[k].End, sentence.End) is { } after) return after;
            return null;
        }

        /// <summary>Most fields a form under a title is read over for its date.</summary>
        private const int MaxFormFields = 10;

        /// <summary>Words after "Fecha de" that date something else than the activity: a resolution, a report, a payment.</summary>
        private static readonly HashSet<string> NotOccasionDates = new(StringComparer.Ordinal)
        {
            "resolucion", "aprobacion", "presentacion", "entrega", "informe", "corte", "publicacion", "emision", "expedicion", "pago", "giro",
            "liquidacion", "solicitud", "autorizacion", "radicacion", "elaboracion", "actualizacion", "cierre", "vencimiento", "nacimiento",
        };

        /// <summary>
        /// The dates of the date field of a form the section opens with ("Destino:   Washington D.C." / "Fechas de la comisión:   3 al 7
        /// de marzo de 2024"): "Fecha:", "Fechas:", "Período:", "Fechas de la comisión:", "Fecha del viaje:", not a resolution's or a
        /// report's date ("Fecha de presentación del informe:"); empty when the section opens with no form or its form has no such field.
        /// </summary>
        private DateMention[] FormDateBelow(TextSpan body)
        {
            var at = SkipSpaces(body.Start, body.End);
            for (var n = 0; n < MaxFormFields && at < body.End && BlockAt(at) is { } block && FormFields.OpensWithField(Text[block.Span.Start..block.Span.End]); n++)
            {
                var colon = Text.IndexOf(':', block.Span.Start, block.Span.Length);
                var label = FoldedText.FoldedWords(Text[block.Span.Start..colon]);
                var dateField = label.Length > 0 && label[0] is "fecha" or "fechas" or "periodo"
                                && !label.Skip(1).Any(NotOccasionDates.Contains) && label.Length <= 4;
                if (dateField && DatesIn(new TextSpan(colon, block.Span.End)) is { Length: > 0 } found) return found;
                at = SkipSpaces(block.Span.End, body.End);
            }

            return [];
        }

        /// <summary>
        /// "Lima, 8 de febrero de 2024" / "ALCALDE RECIBE A EMBAJADOR DE ESPAÑA" / its text: a press release whose dateline stands on the
        /// line above its headline is dated as one whose text opens with it (the days its text gives within the fortnight, else the
        /// dateline's); empty when the line above is no dateline or stamp of its own.
        /// </summary>
        private DateMention[] DatelineAbove(TextSpan heading, int end)
        {
            var lineEnd = heading.Start;
            while (lineEnd > 0 && char.IsWhiteSpace(Text[lineEnd - 1])) lineEnd--;
            if (lineEnd == 0) return [];
            var lineStart = Text.LastIndexOf('\n', lineEnd - 1) + 1;
            var line = Text[lineStart..lineEnd].Trim();
            if (!(Datelines.IsWholeLine(line) || Datelines.IsStamp(line)) || FirstDateIn(new TextSpan(lineStart, lineEnd)) is not { } date) return [];
            return DatelineDates(new TextSpan(heading.End, heading.End), date, end);
        }

        /// <summary>The line at <paramref name="start"/> when it is a news item's stamp ("Publicado: 23/09/2024", "12 de noviembre de 2024").</summary>
        private TextSpan? StampAt(int start)
        {
            var end = Text.IndexOf('\n', start);
            if (end < 0) end = Text.Length;
            return end - start <= 60 && Datelines.IsStamp(Text.AsSpan(start, end - start)) ? new TextSpan(start, end) : null;
        }

        /// <summary>"Gobierno de la Ciudad de Mendoza — julio a diciembre de 2023": a heading opening with a government or a body names who reports, and when.</summary>
        private bool OpensWithBody(int start) =>
            t.TokenAtOrAfter(start) is var k && k < t.Tokens.Length
            && (SpanishCues.CityGovernmentHeads.Contains(t.Key(t.Tokens[k]).ToString()) || t.Key(t.Tokens[k]) is "red" or "direccion" or "secretaria" or "oficina" or "agencia");

        /// <summary>
        /// Whether the date at <paramref name="at"/> is part of the heading's phrase ("… sistema frontal de junio", "… ENTRE ENERO Y AGOSTO"),
        /// not set apart from its name ("(mayo de 2024)", ", mayo de 2024", "– marzo").
        /// </summary>
        private bool WithinWords(int at)
        {
            var k = at;
            while (k > 0 && Text[k - 1] == ' ') k--;
            if (k > 0 && Text[k - 1] is '(' or '[' or ',' or '–' or '—' or '-' or ':') return false;
            var token = t.TokenAtOrAfter(at) - 1;
            return token >= 0 && t.Key(t.Tokens[token]) is "de" or "del" or "en" or "entre" or "y" or "durante" or "desde" or "hasta";
        }

        /// <summary>
        /// Whether a heading holds a figure (not a year: "Carnaval 2024") or a verb in the preterite (not a place after a preposition:
        /// "Patria Gaucha en Tacuarembó") before <paramref name="end"/> ("RECIBIÓ 212.000 VISITANTES").
        /// </summary>
        private bool TellsAFigure(int start, int end)
        {
            for (var k = t.TokenAtOrAfter(start); k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
            {
                var word = t.Original(t.Tokens[k]);
                if (char.IsDigit(word[0]) && !(word.Length == 4 && word[0] is '1' or '2' && word.IndexOfAnyExceptInRange('0', '9') < 0)) return true;
                if (IsPreterite(k) && !(k > 0 && t.Key(t.Tokens[k - 1]) is "en" or "de" or "a")) return true;
            }

            return false;
        }

        private bool IsPreterite(int k) => SpanishVerbForms.IsPreterite(t.Original(t.Tokens[k]));

        /// <summary>What a headline's verb must be followed by to report an activity.</summary>
        private enum HeadlineObject { Any, Agreement, Person, Launch, Presentation, Celebration, With }

        /// <summary>Verbs of an activity a news headline reports, folded (present and preterite, singular and plural), with the event type they give and what must follow them.</summary>
        private static readonly Dictionary<string, (string Type, HeadlineObject Object)>.AlternateLookup<ReadOnlySpan<char>> HeadlineVerbs =
            Verbs(("firma", HeadlineObject.Agreement, "firma firman firmo firmaron suscribe suscriben suscribio suscribieron"),
                  ("visita", HeadlineObject.Any, "visita visitan visito visitaron"),
                  ("recepción", HeadlineObject.Person, "recibe reciben recibio recibieron"),
                  ("lanzamiento", HeadlineObject.Launch, "lanza lanzan lanzo lanzaron"),
                  ("inauguración", HeadlineObject.Any, "inaugura inauguran inauguro inauguraron"),
                  ("presentación", HeadlineObject.Presentation, "presenta presentan presento presentaron"),
                  ("reunión", HeadlineObject.Any, "acuerdan acordaron acuerda acordo"),
                  // "El Alcalde se reúne con el cuerpo consular acreditado en Yucatán" (not "El festival reúne a 300 artistas").
                  ("reunión", HeadlineObject.With, "reune reunen reunio reunieron"),
                  // "Consejo Directivo de FLACMA sesionó en Asunción".
                  ("sesión", HeadlineObject.Any, "sesiona sesionan sesiono sesionaron"),
                  ("firma", HeadlineObject.Launch, "crean crearon"),
                  ("capacitación", HeadlineObject.Any, "capacita capacito capacitan capacitaron"),
                  ("homenaje", HeadlineObject.Any, "homenajea homenajeo homenajean homenajearon"),
                  ("celebración", HeadlineObject.Celebration, "celebra celebro celebran celebraron"));

        private static Dictionary<string, (string, HeadlineObject)>.AlternateLookup<ReadOnlySpan<char>> Verbs(params (string Type, HeadlineObject Object, string Forms)[] groups)
        {
            var d = new Dictionary<string, (string, HeadlineObject)>(StringComparer.Ordinal);
            foreach (var (type, o, forms) in groups)
                foreach (var f in forms.Split(' ')) d[f] = (type, o);
            return d.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>What is launched or created as an activity: "lanzan el programa …", "crean el Observatorio …" (not "lanza convocatoria para becas").</summary>
        private static readonly HashSet<string> Launchable = new(StringComparer.Ordinal)
        {
            "programa", "campana", "plan", "proyecto", "plataforma", "iniciativa", "aplicacion", "app", "red", "estrategia", "fondo", "sistema",
            "servicio", "observatorio", "consejo", "comite", "mesa", "oficina", "centro", "catedra", "escuela", "festival", "ciclo", "premio",
            "reto", "retos", "desafio", "concurso",
        };

        /// <summary>What is presented as an activity: "presenta su nuevo plan …" (not "presentan pedido de informes", "presenta su balance").</summary>
        private static readonly HashSet<string> Presentable = new(StringComparer.Ordinal)
        {
            "plan", "proyecto", "programa", "libro", "estrategia", "politica", "agenda", "plataforma", "guia", "manual", "atlas", "observatorio",
            "iniciativa", "campana", "app", "aplicacion", "mapa", "catalogo", "documental", "exposicion", "muestra",
            // "presenta su Contrato Climático de Ciudad", "presentan el Pacto por …".
            "contrato", "pacto",
        };

        /// <summary>What is celebrated as an activity: "celebra su 50 aniversario", "celebran el Día del Patrimonio" (not "celebra cifra récord").</summary>
        private static readonly HashSet<string> Celebrated = new(StringComparer.Ordinal)
        {
            "aniversario", "dia", "fiesta", "fiestas", "festival", "semana", "bicentenario", "centenario", "encuentro", "sesion", "asamblea", "jornada",
        };

        /// <summary>Articles, possessives and adjectives skipped before a verb's object.</summary>
        private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
        {
            "el", "la", "los", "las", "un", "una", "su", "sus", "nuevo", "nueva", "nuevos", "nuevas", "primer", "primera", "segundo", "segunda",
        };

        /// <summary>Whether the words after a headline's verb (token <paramref name="verb"/>) are what it must be followed by.</summary>
        private bool ObjectFits(int verb, int end, HeadlineObject what)
        {
            var k = verb + 1;
            // "firma el 5 de abril un convenio": the day told between the verb and its object.
            if (k + 1 < t.Tokens.Length && t.Key(t.Tokens[k]) is "el" && DateStartsAt(t.Tokens[k + 1].Start) && FirstDateIn(new TextSpan(t.Tokens[k + 1].Start, end)) is { } day)
                k = t.TokenAtOrAfter(day.Span.End);
            if (k >= t.Tokens.Length || t.Tokens[k].End > end) return what == HeadlineObject.Any;
            if (char.IsDigit(Text[t.Tokens[k].Start])) return false;
            if (what == HeadlineObject.Any) return true;
            if (what == HeadlineObject.With) return t.Key(t.Tokens[k]) is "con";
            // "recibió al embajador", "recibe a estudiantes de intercambio" (not "recibió a más de 20.000 visitantes").
            if (what == HeadlineObject.Person)
                return t.Key(t.Tokens[k]) is "a" or "al" && k + 1 < t.Tokens.Length && t.Tokens[k + 1].End <= end
                       && !char.IsDigit(Text[t.Tokens[k + 1].Start])
                       && t.Key(t.Tokens[k + 1]) is not ("mas" or "menos" or "unos" or "unas" or "cerca" or "casi" or "miles" or "cientos" or "centenares" or "decenas" or "millones");
            // "ZARAGOZA PRESENTA EN BRUSELAS SU CONTRATO …": where it was done, between the verb and its object.
            if (k + 1 < t.Tokens.Length && t.Key(t.Tokens[k]) is "en" && char.IsUpper(Text[t.Tokens[k + 1].Start]))
            {
                var place = k + 1;
                while (place + 1 < t.Tokens.Length && t.Tokens[place + 1].End <= end && char.IsUpper(Text[t.Tokens[place + 1].Start])
                       && !ObjectOpeners.Contains(t.Key(t.Tokens[place + 1]).ToString()) && place - k < 3) place++;
                if (place + 1 < t.Tokens.Length && ObjectOpeners.Contains(t.Key(t.Tokens[place + 1]).ToString())) k = place + 1;
            }

            // "lanzan «Zaragoza Acoge» para familias refugiadas": a quoted name is what is launched or presented.
            if (what is HeadlineObject.Launch or HeadlineObject.Presentation && k < t.Tokens.Length && t.Tokens[k].End <= end
                && Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End).Trim() is "«" or "“") return true;
            while (k < t.Tokens.Length && t.Tokens[k].End <= end && ObjectOpeners.Contains(t.Key(t.Tokens[k]).ToString())) k++;
            if (k >= t.Tokens.Length || t.Tokens[k].End > end || char.IsDigit(Text[t.Tokens[k].Start]) && what != HeadlineObject.Celebration) return false;
            var o = t.Key(t.Tokens[k]).ToString();
            return what switch
            {
                HeadlineObject.Agreement => AgreementNouns.Contains(o),
                HeadlineObject.Launch => Launchable.Contains(o),
                HeadlineObject.Presentation => Presentable.Contains(o),
                // "celebra su 50 aniversario": the ordinal before the noun.
                HeadlineObject.Celebration => Celebrated.Contains(o) || (char.IsDigit(Text[t.Tokens[k].Start]) && k + 1 < t.Tokens.Length && Celebrated.Contains(t.Key(t.Tokens[k + 1]).ToString())),
                _ => true,
            };
        }

        /// <summary>
        /// The verb of a headline that says who did what ("Intendencia y UNICEF lanzan el programa …", "INTENDENCIA RECIBIÓ AL EMBAJADOR
        /// DE JAPÓN"): after a subject of one to six words opening in a capital, not a count ("Más de 300 vecinos participaron …"), and
        /// followed by what the verb does as an activity: an agreement signed, a person received, a programme launched ("Montevideo
        /// recibe más de 300 mil turistas", "Intendencia presenta su balance", "Gobierno celebra cifra récord" report no activity).
        /// </summary>
        private (string Type, int Token)? HeadlineVerb(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            if (first >= t.Tokens.Length || !char.IsUpper(Text[t.Tokens[first].Start]) || t.Key(t.Tokens[first]) is "mas" or "menos" or "unos" or "unas" or "se") return null;

            // "Firman Municipio y Banco Mundial acuerdo de …", "Recibe Querétaro a delegación de Cincinnati": the verb first, its subject
            // of one to six words, then what it does.
            if (HeadlineVerbs.TryGetValue(t.Key(t.Tokens[first]), out var leading))
            {
                // "Visita nuestro portal", "Acuerda Cabildo aumento al predial": a verb that takes any object says too little first.
                if (leading.Object == HeadlineObject.Any && leading.Type is not ("inauguración" or "capacitación")) return null;
                var subject = first + 1;
                if (subject >= t.Tokens.Length || t.Tokens[subject].End > end || !char.IsUpper(Text[t.Tokens[subject].Start])) return null;
                if (IsAllCaps(first))
                {
                    // In capitals the subject's end does not show: what it signs or receives within the next words.
                    if (leading.Object is not (HeadlineObject.Agreement or HeadlineObject.Person)) return null;
                    for (var k = first + 2; k < t.Tokens.Length && k <= first + 7 && t.Tokens[k].End <= end; k++)
                        if (ObjectFits(k - 1, end, leading.Object)) return (leading.Type, first);
                    return null;
                }

                // The subject's capitalised words ("Municipio y Banco Mundial"), then the object right after them.
                var k2 = subject;
                while (k2 + 1 < t.Tokens.Length && t.Tokens[k2 + 1].End <= end && k2 - first < 7
                       && (char.IsUpper(Text[t.Tokens[k2 + 1].Start]) || t.Key(t.Tokens[k2 + 1]) is "y" or "e" or "de" or "del" or "la" or "el" or "los" or "las")) k2++;
                while (k2 > subject && t.Key(t.Tokens[k2]) is "y" or "e" or "de" or "del" or "la" or "el" or "los" or "las") k2--;
                return ObjectFits(k2, end, leading.Object) ? (leading.Type, first) : null;
            }

            for (var k = first + 1; k < t.Tokens.Length && k <= first + 6 && t.Tokens[k].End <= end; k++)
            {
                if (char.IsDigit(Text[t.Tokens[k - 1].Start])) return null;
                if (!HeadlineVerbs.TryGetValue(t.Key(t.Tokens[k]), out var verb)) continue;
                return ObjectFits(k, end, verb.Object) ? (verb.Type, k) : null;
            }

            return null;
        }

        /// <summary>
        /// Where a headline's verb starts, from token <paramref name="from"/>: a preterite ("REUNIÓ", "superaron", "recibieron") or one of
        /// <see cref="HeadlineVerbs"/>; null when there is none before <paramref name="end"/>.
        /// </summary>
        private int? VerbAfter(int from, int end)
        {
            // A verb has words after it ("FESTIVAL DE JINETEADA EN TACUAREMBÓ" ends on a place) and no article or preposition before it
            // ("Reunión preparatoria de la visita oficial", "Gran ceremonia de entrega de los Premios" name a noun).
            for (var k = from; k + 1 < t.Tokens.Length && t.Tokens[k + 1].End <= end; k++)
            {
                if (InsideQuote(t.Tokens[from].Start, t.Tokens[k].Start) || ObjectOpeners.Contains(t.Key(t.Tokens[k - 1]).ToString())
                    || t.Key(t.Tokens[k - 1]) is "de" or "del" or "a" or "al" or "en" or "y" or "e" or "con" or "por" or "para" or "sobre") continue;
                // ("Rueda internacional de negocios «Mérida Conecta» reunirá a compradores …": or announces it.)
                if (IsPreterite(k) || HeadlineVerbs.ContainsKey(t.Key(t.Tokens[k])) || OutcomeVerbs.Contains(t.Key(t.Tokens[k]))
                    || (IsFutureWord(k) && !char.IsUpper(t.Original(t.Tokens[k])[0]))) return t.Tokens[k].Start;
            }

            return null;
        }

        /// <summary>Verbs in the present a headline tells an activity's outcome with, folded: "Ciclo de talleres … cierra con 168 asistentes".</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutcomeVerbs = new HashSet<string>(
            ["cierra", "cierran", "concluye", "concluyen", "culmina", "culminan", "finaliza", "finalizan", "termina", "terminan", "reune", "reunen",
             "congrega", "congregan", "convoca", "convocan", "supera", "superan", "suma", "suman", "logra", "logran", "deja", "dejan", "atrae", "atraen"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Whether a heading's text opens as a news item's: with a stamp ("Publicado: 23/09/2024") or a dateline.</summary>
        private bool OpensNews(int start, int end)
        {
            start = SkipSpaces(start, end);
            return StampAt(start) is not null || Datelines.OpensAt(Text, start);
        }

        /// <summary>Nouns of agreements, folded: signed on a day, they are the activity of signing.</summary>
        private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal)
        {
            "convenio", "acuerdo", "memorandum", "memorando", "protocolo", "carta", "adenda", "contrato", "hermanamiento", "alianza",
        };

        /// <summary>Words before an agreement noun that keep it the heading's subject: "Renovación del hermanamiento con Cádiz".</summary>
        private static readonly HashSet<string> AgreementActs = new(StringComparer.Ordinal)
        {
            "renovacion", "suscripcion", "ampliacion", "nuevo", "nueva", "el", "la", "un", "una", "del", "de",
        };

        /// <summary>The token of the agreement noun the heading opens with, after at most two words of renewal or an article; else -1.</summary>
        private int AgreementToken(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            for (var k = first; k < t.Tokens.Length && k < first + 3 && t.Tokens[k].Start < end; k++)
            {
                var key = t.Key(t.Tokens[k]).ToString();
                // "Carta de intención …" is an agreement; "Carta del intendente a los vecinos" a letter.
                if (AgreementNouns.Contains(key)) return key is not "carta" || IsAgreementLetter(k) ? k : -1;
                if (!AgreementActs.Contains(key)) return -1;
            }

            return -1;
        }

        /// <summary>The longest title of an agreement standing alone as its paragraph.</summary>
        private const int MaxAgreementTitle = 160;

        /// <summary>Whether a title opens with "Renovación".</summary>
        private bool RenewsAgreement(int start) => t.TokenAtOrAfter(start) is var k && k < t.Tokens.Length && t.Key(t.Tokens[k]) is "renovacion";

        /// <summary>
        /// The name of an agreement an item gives before ", firmada el 15/03/2024" (a comma, a participle of signing, its date), and that
        /// date; null when the item says no such thing.
        /// </summary>
        private (int TitleEnd, DateMention Date)? SignedInItem(int start, int end)
        {
            // "c) Convenio marco con la ESPOL, de 3 de julio, para pasantías …": the agreement's day, as the legal style gives it after its name.
            if (AgreementToken(start, end) is var noun and >= 0 && DayAfterName(AgreementNameEnd(noun, end), end) is { } named) return named;
            for (var k = t.TokenAtOrAfter(start) + 2; k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
            {
                if (!SigningWords.Contains(t.Key(t.Tokens[k]).ToString()) || t.Key(t.Tokens[k]) is "firma") continue;
                var gap = Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End);
                if (!gap.Contains(',')) return null;
                var comma = t.Tokens[k - 1].End + gap.IndexOf(',');
                foreach (var d in DatesIn(new TextSpan(t.Tokens[k].End, end)))
                    if (d.Span.End <= end && d.Value.Start.Granularity != DateGranularity.Year && !IsBackground(d) && d.Span.Start - t.Tokens[k].End <= 20)
                        return (comma, d);
                return null;
            }

            return null;
        }

        /// <summary>"Carta de intención", "Carta de entendimiento", "Carta de compromiso", "Carta acuerdo": a letter that is an agreement.</summary>
        private bool IsAgreementLetter(int carta)
        {
            if (carta + 1 >= t.Tokens.Length) return false;
            var next = t.Key(t.Tokens[carta + 1]);
            if (next is "acuerdo" or "compromiso") return true;
            return next is "de" && carta + 2 < t.Tokens.Length && t.Key(t.Tokens[carta + 2]) is "intencion" or "entendimiento" or "compromiso" or "adhesion" or "cooperacion";
        }

        /// <summary>
        /// Words that say an agreement was signed, folded, in the past or the narrative present: "se firmó", "suscribieron", "quedó
        /// formalizado", "rubricado", "se suscribe" (not
        /// "se firmará", "los firmantes", "energías renovables"). Renewing one signs it only under a heading that says so ("Renovación del
        /// hermanamiento con Cádiz": "se renovó el protocolo").
        /// </summary>
        private static readonly HashSet<string> SigningWords = new(StringComparer.Ordinal)
        {
            "firmo", "firmaron", "firmado", "firmada", "firmados", "firmadas", "firma", "suscribio", "suscribieron", "suscrito", "suscrita", "suscritos",
            "formalizo", "formalizaron", "formalizado", "formalizada", "rubrico", "rubricaron", "rubricado", "rubricada",
            "firmamos", "suscribimos", "signo", "signaron", "signado", "signada",
            // The narrative present of a report or a news item: "El 12 de marzo se suscribe el convenio …", "firman un memorando".
            "suscribe", "suscriben", "firman", "rubrica", "rubrican", "formaliza", "formalizan",
        };

        private static readonly HashSet<string> RenewingWords = new(StringComparer.Ordinal) { "renovo", "renovaron", "renovado", "renovada" };

        /// <summary>
        /// The day or month an agreement was signed on: the first date of the first of the body's first three sentences that speaks of
        /// signing it. "Valparaíso y Cádiz son ciudades hermanas desde 1992." tells no signing; "el 19 de julio se renovó el protocolo" does.
        /// </summary>
        private DateMention? SigningDate(int start, int end, bool renewal = false)
        {
            var sentence = new TextSpan(start, start);
            for (var n = 0; n < 3 && sentence.End < end; n++)
            {
                sentence = FirstSentence(SkipSpaces(sentence.End, end), end);
                if (sentence.Length == 0) break;
                var signs = false;
                var k = t.TokenAtOrAfter(sentence.Start);
                for (; k < t.Tokens.Length && t.Tokens[k].End <= sentence.End && !signs; k++)
                {
                    var key = t.Key(t.Tokens[k]).ToString();
                    signs = SigningWords.Contains(key) || (renewal && RenewingWords.Contains(key));
                }

                // "El acuerdo será firmado el 5 de diciembre", "La firma del acuerdo se realizará el 5 de mayo": a signing announced is not one
                // held ("se firmó el convenio, que permitirá financiar …" was).
                var signed = k - 1;
                if (!signs || InFutureClause(signed, sentence.Start) || (t.Key(t.Tokens[signed]) is "firma" && SentenceHasFuture(k, sentence.End))) continue;
                // The day of the act, not a term's bounds ("vence el 31 de diciembre", "a partir del 1 de marzo de 2025").
                foreach (var d in DatesIn(sentence))
                    if (d.Span.End <= sentence.End && d.Value.Start.Granularity != DateGranularity.Year && !IsBackground(d)) return d;
                return null;
            }

            return null;
        }

        /// <summary>"desde marzo de 2020", "hasta el 31 de diciembre", "vence el …", "a partir del …": a date that bounds a term, not the day of an act.</summary>
        private bool IsBackground(DateMention d) => EndsWithAny(SkipBackSpaces(d.Span.Start),
            ["desde", "desde el", "hasta", "hasta el", "vigente", "vigente hasta el", "vigencia", "vence el", "vence", "vencimiento", "a partir del", "a partir de", "plazo", "antes del", "antes de",
             "prevista para el", "previsto para el", "programada para el", "programado para el", "prevista para", "previsto para"]);

        private int SkipBackSpaces(int k)
        {
            while (k > 0 && Text[k - 1] is ' ' or '\n') k--;
            return k;
        }

        /// <summary>Words that may come before the date a sentence opens with: "El pasado 14 de marzo", "Del 8 al 11 de abril", "El sábado 23 de marzo".</summary>
        private static readonly HashSet<string> DateOpeners = new(StringComparer.Ordinal)
        {
            "el", "la", "los", "las", "del", "dia", "dias", "pasado", "pasada", "entre", "durante", "a", "de", "comienzos", "principios",
            "mediados", "finales", "fines", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
            // "Este jueves, 27 de abril, el Servicio y la Municipalidad …", "Ayer, 3 de mayo, …".
            "este", "esta", "ayer", "hoy",
        };

        /// <summary>
        /// "Del 8 al 11 de abril, una delegación … viajó …" under "Visita de estudio a Utrecht y Róterdam": a body whose first sentence opens
        /// with a day or a month (not a year: "En 2019 la ciudad …" gives background) tells when the activity of its heading took place.
        /// </summary>
        private bool OpensWithDate(TextSpan sentence, DateMention date)
        {
            if (date.Value.Start.Granularity == DateGranularity.Year) return false;
            // "El 3 de mayo de 2019 la ciudad fue reconocida …" under a festival of 2024: background, years before the report.
            if (input.Context.Period is { } period && date.Value.LastDay < period.FirstDay.AddYears(-1)) return false;
            var words = 0;
            var k = t.TokenAtOrAfter(sentence.Start);
            for (; k < t.Tokens.Length && t.Tokens[k].Start < date.Span.Start; k++)
                if (++words > 3 || !DateOpeners.Contains(t.Key(t.Tokens[k]).ToString())) return false;
            // "Martes 8 de octubre de 2024" alone heads a day of an agenda, after the items of the day before.
            var lineEnd = Text.IndexOf('\n', date.Span.End);
            if (lineEnd < 0 || lineEnd > sentence.End) lineEnd = sentence.End;
            if (t.TokenAtOrAfter(date.Span.End) + 3 > t.TokenAtOrAfter(lineEnd)) return false;
            // "El 3 de mayo se publicó el informe anual …": the day a publication came out.
            for (; k < t.Tokens.Length && t.Tokens[k].End <= sentence.End; k++)
                if (t.Key(t.Tokens[k]) is var w && (w.StartsWith("public", StringComparison.Ordinal) || w is "informe" or "boletin" or "memoria")) return false;
            return true;
        }

        /// <summary>
        /// "El 30 de abril cierra el plazo para postular …", "Las inscripciones vencen el 15 de mayo": a sentence whose date is a deadline,
        /// told by the words before it or right after it ("… se realizó la jornada, con inscripciones gratuitas" tells none).
        /// </summary>
        private bool IsDeadline(TextSpan sentence, DateMention date)
        {
            var last = t.TokenAtOrAfter(date.Span.End) + 3;
            for (var k = t.TokenAtOrAfter(sentence.Start); k < t.Tokens.Length && k <= last && t.Tokens[k].End <= sentence.End; k++)
                if (t.Key(t.Tokens[k]) is "plazo" or "cierra" or "cierran" or "vence" or "vencen") return true;
            return false;
        }

        /// <summary>
        /// "Montevideo, 12 de abril de 2024. El Congreso … firmaron …": a dateline dates the news titled above it, unless its first
        /// three sentences give the activity's own days ("Durante dos jornadas (2 y 3 de mayo)", "recibió el miércoles 13 de marzo")
        /// or a day relative to it ("recorrió ayer", "participaron este domingo"): days of the fortnight the news reports, up to its
        /// dateline. A deadline, a term or an earlier occasion ("vigente hasta el 31 de diciembre de 2026", "la donación realizada el
        /// 15 de marzo de 2023") is not the activity's.
        /// </summary>
        /// <param name="about">Whether a sentence may tell of the headline's activity: a day in the second or third sentence after the
        /// dateline dates it only then ("El intercambio, realizado el 13 y 14 de marzo …", not "Como primera actividad, el 16 de mayo se
        /// impartió el taller …").</param>
        private DateMention[] DatelineDates(TextSpan dateline, DateMention date, int end, Func<TextSpan, bool>? about = null)
        {
            var published = date.Value.LastDay;
            var reach = dateline;
            var sentences = new List<TextSpan>(3);
            for (var n = 0; n < 3 && reach.End < end; n++)
            {
                var next = FirstSentence(SkipSpaces(reach.End, end), end);
                if (next.Length == 0) break;
                sentences.Add(next);
                reach = new TextSpan(dateline.Start, next.End);
            }

            var told = new TextSpan(date.Span.End, Math.Max(date.Span.End, reach.End));
            // Days first ("recibió el miércoles 13 de marzo"), then a day named relative to the dateline ("lanzarán este domingo una campaña
            // … durante los meses de junio y julio"), then months.
            DateMention? month = null;
            foreach (var own in DatesIn(told))
            {
                if (own.Span.End > told.End) continue;
                if (about is not null && sentences.Count > 1 && own.Span.Start >= sentences[0].End
                    && sentences.FirstOrDefault(x => x.Contains(own.Span.Start)) is { Length: > 0 } later && !about(later)) continue;
                var first = own.Value.FirstDay;
                // "… se desarrollará del 2 al 4 de febrero": an activity the news announces, on its days ahead. ("Los días 5 y 6 de junio se
                // llevará a cabo …": the future may come after the days.)
                var ahead = first > published && first <= published.AddDays(AnnouncedReach)
                            && (InFutureClause(t.TokenAtOrAfter(own.Span.Start), told.Start)
                                || (sentences.FirstOrDefault(x => x.Contains(own.Span.Start)) is { Length: > 0 } said && SentenceHasFuture(t.TokenAtOrAfter(own.Span.End), said.End)));
                // "Las sesiones se realizaron los martes 6, 13, 20 y 27 de agosto" under a dateline of the 30th: a list of days counts by its last.
                var run = own.Value.Start.Granularity == DateGranularity.Day ? DateRun(own, told.End) : [own];
                var last = run[^1].Value.LastDay;
                if (!((first <= published && last >= published.AddDays(-DatelineReach)) || ahead)) continue;
                if (own.Value.Start.Granularity == DateGranularity.Day) return [.. run];
                month ??= own;
            }

            if (RelativeDay(told, published) is { } relative) return [relative];
            return month is { } m ? [.. DateRun(m, told.End)] : [date];
        }

        /// <summary>
        /// "Loja, 3 de febrero de 2024.- Más de 500 niños … participaron el viernes en la jornada “Loja Limpia” …": the first sentence
        /// after a dateline tells of the news's day, or of a day it names relative to it.
        /// </summary>
        private DateMention? AfterDateline(int sentenceStart, int sentenceEnd)
        {
            // "22.10.2024 — El embajador … recorrió ayer …": a sentence that opens with its item's date and a dash.
            if (ItemStampOpening(sentenceStart, sentenceEnd) is { } stamp) return DayToldAfter(stamp, stamp.Span.End, sentenceStart, sentenceEnd);
            if (DatelineBefore(sentenceStart) is not var (dateline, lineStart, alone)) return null;
            if (alone) return dateline.Value.Start.Month is null ? null : dateline;
            // The sentence right after the dateline ("Quito, 3 de agosto de 2023. La GIZ y el Municipio firmaron …"), not a later one.
            if (!Datelines.OpensAt(Text, lineStart)) return null;
            return DayToldAfter(dateline, sentenceStart, sentenceStart, sentenceEnd);
        }

        /// <summary>
        /// The date that ends the words before a sentence on its line with a full stop, the line's start, and whether the date stands
        /// alone there: "- **17 al 20 de abril.** Visita de la delegación de Albuquerque …", an item of a chronology, dated as a label
        /// dates it. Null when no date ends them.
        /// </summary>
        private (DateMention Dateline, int LineStart, bool Alone)? DatelineBefore(int sentenceStart)
        {
            var k = sentenceStart;
            while (k > 0 && Text[k - 1] is ' ' or '-' or '–' or '—') k--;
            if (k == 0 || Text[k - 1] != '.') return null;
            var lineStart = Text.LastIndexOf('\n', k - 1) + 1;
            if (FirstDateIn(new TextSpan(lineStart, k)) is not { } dateline) return null;
            // "10 de junio        Buenos Aires. Reunión con …": a chronology's item may name its place after its day.
            if (dateline.Span.End != k - 1 && !IsPlaceLabel(dateline.Span.End, k - 1)) return null;
            return (dateline, lineStart, SkipSpaces(lineStart, k) == dateline.Span.Start);
        }

        /// <summary>Most words of a place named between a chronology item's day and its text ("Buenos Aires", "Santiago de Chile").</summary>
        private const int MaxLabelPlaceWords = 4;

        /// <summary>
        /// Whether the text between a day and a full stop is a place's name alone, set apart from the day by a column's gutter or a dash
        /// ("10 de junio        Buenos Aires."): capitalised words and their connectors, no verb, no sentence.
        /// </summary>
        private bool IsPlaceLabel(int from, int stop)
        {
            var gap = from;
            while (gap < stop && Text[gap] is ' ' or '\t') gap++;
            var dashed = gap < stop && Text[gap] is '–' or '—' or '-';
            if (!dashed && gap - from < 3 && (gap == from || Text[gap - 1] != '\t')) return false;
            var words = 0;
            for (var k = t.TokenAtOrAfter(gap); k < t.Tokens.Length && t.Tokens[k].End <= stop; k++, words++)
            {
                var word = t.Original(t.Tokens[k]);
                if (words >= MaxLabelPlaceWords || !(char.IsUpper(word[0]) || t.Key(t.Tokens[k]) is "de" or "del" or "la" or "las" or "los" or "y")) return false;
            }

            return words > 0;
        }

        /// <summary>How far back in its section a sentence looks for its news item's dateline.</summary>
        private const int ItemReach = 1500;

        /// <summary>
        /// "Arequipa, 12 de septiembre de 2024.– Dos voluntarias … La ceremonia de bienvenida se realizó ayer en la sede municipal": a
        /// day a later sentence of a news item names relative to the item's dateline (the last one above it in its section, not
        /// far); null when it names none.
        /// </summary>
        private DateMention? DayRelativeToItem(int sentenceStart, int sentenceEnd)
        {
            // Most sentences name no such day: looked at first, so that the lines above are walked only for those that do.
            if (!NamesRelativeDay(sentenceStart, sentenceEnd) || _sectionIndex.At(sentenceStart) is not { } section) return null;
            var floor = Math.Max(section.Span.Start, sentenceStart - ItemReach);
            for (var lineStart = sentenceStart > 0 ? Text.LastIndexOf('\n', sentenceStart - 1) + 1 : 0; lineStart >= floor; lineStart = Text.LastIndexOf('\n', lineStart - 2) + 1)
            {
                if (!Datelines.OpensAt(Text, lineStart))
                {
                    if (lineStart < 2) break;
                    continue;
                }

                var lineEnd = Text.IndexOf('\n', lineStart);
                // "Mañana celebrará una reunión …" announces; it tells of no day held.
                return FirstDateIn(new TextSpan(lineStart, lineEnd < 0 ? Text.Length : lineEnd)) is { Value.Start.Day: not null } dateline
                       && !Announces(sentenceStart, sentenceEnd) && !SentenceHasFuture(t.TokenAtOrAfter(sentenceStart), sentenceEnd)
                    ? RelativeDay(new TextSpan(sentenceStart, sentenceEnd), dateline.Value.LastDay) : null;
            }

            return null;
        }

        /// <summary>Whether a word of the span names a day relative to a dateline ("ayer", "esta mañana", "el pasado martes"), as <see cref="DaysFrom"/> reads them.</summary>
        private bool NamesRelativeDay(int start, int end)
        {
            for (var k = t.TokenAtOrAfter(start); k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
                if (DaysFrom(k, default, future: false) is not null) return true;
            return false;
        }

        /// <summary>The item's numeric date opening a sentence before a dash ("22.10.2024 — El embajador …"); else null.</summary>
        private DateMention? ItemStampOpening(int sentenceStart, int sentenceEnd)
        {
            var opening = SkipSpaces(sentenceStart, sentenceEnd);
            if (opening >= sentenceEnd || !char.IsAsciiDigit(Text[opening]) || !Datelines.OpensAt(Text, opening)) return null;
            return FirstDateIn(new TextSpan(opening, sentenceEnd)) is { } stamp && stamp.Span.Start == opening ? stamp : null;
        }

        /// <summary>
        /// The day a sentence under its item's dateline tells of, read from <paramref name="from"/>: none when it announces, a day named
        /// relative to the dateline ("ayer"), none when it places what it tells at another time, else the dateline's.
        /// </summary>
        private DateMention? DayToldAfter(DateMention dateline, int from, int sentenceStart, int sentenceEnd) =>
            Announces(sentenceStart, sentenceEnd) ? null
            : RelativeDay(new TextSpan(from, sentenceEnd), dateline.Value.LastDay)
              ?? (TellsOfAnotherTime(from, sentenceEnd, dateline.Value.LastDay.Year) ? null : dateline);

        /// <summary>Weekdays, folded, Monday first.</summary>
        private static readonly string[] Weekdays = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"];

        /// <summary>
        /// The first day a news item's text names relative to its dateline: "ayer", "anteayer", "hoy", "esta mañana", "este domingo",
        /// "el pasado martes" (the last such weekday up to the dateline).
        /// </summary>
        private DateMention? RelativeDay(TextSpan span, DateOnly published)
        {
            for (var k = t.TokenAtOrAfter(span.Start); k < t.Tokens.Length && t.Tokens[k].End <= span.End; k++)
            {
                // "«Hoy es un día histórico», afirmó …", "el libro «Salto, ayer y hoy»": a quotation's words are not the news's days.
                if (InsideQuote(span.Start, t.Tokens[k].Start)) continue;
                var future = InFutureClause(k, span.Start);
                if (WeekendFrom(k, published, future) is { } weekend)
                    return DaysMention(new TextSpan(t.Tokens[k].Start, t.Tokens[k + 2].End), published.AddDays(weekend.Saturday), published.AddDays(weekend.Sunday));

                if (DaysFrom(k, published, future) is not { } days) continue;
                var last = k;
                var lastDays = days;
                // "ayer y hoy": the two days.
                if (k + 2 < t.Tokens.Length && t.Key(t.Tokens[k + 1]) is "y" && DaysFrom(k + 2, published, future) is { } other) (last, lastDays) = (k + 2, other);
                // "concluyó hoy la misión técnica … que comenzó el pasado lunes": the days it began and ended, in one sentence.
                else if (OtherEndOfTheDays(k, span.End, published, future) is var (otherEnd, otherDays)) (last, lastDays) = (otherEnd, otherDays);
                return DaysMention(new TextSpan(t.Tokens[Math.Min(k, last)].Start, t.Tokens[Math.Max(k, last)].End),
                    published.AddDays(Math.Min(days, lastDays)), published.AddDays(Math.Max(days, lastDays)));
            }

            return null;
        }

        /// <summary>A day, or the days from <paramref name="first"/> to <paramref name="end"/>, named at <paramref name="named"/>.</summary>
        private DateMention DaysMention(TextSpan named, DateOnly first, DateOnly end)
        {
            var value = first == end
                ? new DateValue(new DatePoint(first.Year, first.Month, first.Day))
                : new DateValue(new DatePoint(first.Year, first.Month, first.Day), new DatePoint(end.Year, end.Month, end.Day));
            return new DateMention(named, Text[named.Start..named.End], 0.7, value);
        }

        /// <summary>Folded verbs in the preterite that say an activity began, and ended.</summary>
        private static readonly string[] BeganVerbs = ["comenzo", "comenzaron", "inicio", "iniciaron", "empezo", "empezaron", "arranco", "arrancaron"];

        private static readonly string[] EndedVerbs = ["concluyo", "concluyeron", "culmino", "culminaron", "termino", "terminaron", "finalizo", "finalizaron", "clausuro", "cerro"];

        /// <summary>
        /// The other end of an activity's days, named relative to the dateline later in the sentence of the day at token <paramref name="k"/>,
        /// when one of the two follows a verb of beginning and the other a verb of ending: "concluyó hoy … que comenzó el pasado lunes"; else null.
        /// </summary>
        private (int Token, int Days)? OtherEndOfTheDays(int k, int end, DateOnly published, bool future)
        {
            var stop = Text.IndexOf('.', t.Tokens[k].End, end - t.Tokens[k].End) is var dot and >= 0 ? dot : end;
            for (var m = k + 1; m < t.Tokens.Length && t.Tokens[m].End <= stop; m++)
            {
                if (DaysFrom(m, published, future) is not { } days) continue;
                var (began, ended) = (AfterVerb(k, BeganVerbs) || AfterVerb(m, BeganVerbs), AfterVerb(k, EndedVerbs) || AfterVerb(m, EndedVerbs));
                return began && ended ? (m, days) : null;
            }

            return null;
        }

        /// <summary>Whether one of <paramref name="verbs"/> stands within the three words before token <paramref name="k"/>.</summary>
        private bool AfterVerb(int k, string[] verbs)
        {
            for (var j = k - 1; j >= 0 && j >= k - 3; j--)
                if (Array.IndexOf(verbs, t.Key(t.Tokens[j]).ToString()) >= 0) return true;
            return false;
        }

        /// <summary>Whether a verb in the future comes at or after token <paramref name="k"/>, before <paramref name="end"/>.</summary>
        private bool SentenceHasFuture(int k, int end)
        {
            for (; k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
                if (IsFutureWord(k)) return true;
            return false;
        }

        /// <summary>
        /// Whether the verb nearest before token <paramref name="k"/> in its sentence is in the future ("firmarán este viernes", "será
        /// firmado"): "El intendente, que viajará a Lisboa, recibió este lunes …" is told in the past. Capitalised words are names
        /// ("Guairá"), not verbs.
        /// </summary>
        private bool InFutureClause(int k, int floor)
        {
            for (var j = k - 1; j >= 0 && t.Tokens[j].Start >= floor; j--)
            {
                var gap = Text.AsSpan(t.Tokens[j].End, t.Tokens[j + 1].Start - t.Tokens[j].End);
                if (gap.Contains('.')) return false;
                if (IsFutureWord(j)) return true;
                if (IsPreterite(j) && !char.IsUpper(t.Original(t.Tokens[j])[0])) return false;
            }

            return false;
        }

        private bool IsFutureWord(int j) => SpanishVerbForms.IsFuture(t.Original(t.Tokens[j]));

        /// <summary>
        /// How many days from the dateline the word at token <paramref name="k"/> names (negative before it), or null when it names none:
        /// "ayer" and "anoche" −1, "anteayer" −2, "hoy" 0, a weekday after "este", "el" or "pasado" the last one up to the dateline ("el pasado martes"
        /// written on a Tuesday is a week before), or in a sentence told in the future the next one from it ("firmarán este viernes").
        /// </summary>
        private int? DaysFrom(int k, DateOnly published, bool future)
        {
            var key = t.Key(t.Tokens[k]);
            var previous = k > 0 ? t.Key(t.Tokens[k - 1]) : default;
            // ("anoche": the night before the dateline.)
            if (key is "ayer" or "anoche") return -1;
            if (key is "anteayer") return -2;
            if (key is "hoy" || (key is "manana" or "tarde" && previous is "esta")) return 0;
            // "firmarán mañana" (not "en la mañana de hoy").
            if (key is "manana" && previous is not ("la" or "esta" or "de" or "por" or "en")) return 1;
            var next = k + 1 < t.Tokens.Length ? t.Key(t.Tokens[k + 1]) : default;
            if (Array.IndexOf(Weekdays, key.ToString()) is not (var w and >= 0) || previous is not ("este" or "esta" or "pasado" or "el" or "proximo")
                || (k + 1 < t.Tokens.Length && char.IsDigit(Text[t.Tokens[k + 1].Start]))) return null;
            // "el miércoles pasado", "el próximo viernes".
            var past = previous is "pasado" || next is "pasado";
            var ahead = previous is "proximo" || next is "proximo";
            var today = ((int)published.DayOfWeek + 6) % 7;
            if ((future && !past) || ahead)
            {
                var forward = (w - today + 7) % 7;
                return ahead && forward == 0 ? 7 : forward;
            }

            var back = (today - w + 7) % 7;
            return -(back == 0 && past ? 7 : back);
        }

        /// <summary>
        /// The Saturday and Sunday, in days from the dateline, that "este fin de semana", "el fin de semana pasado" or "el próximo fin de
        /// semana" at token <paramref name="k"/> name: the last weekend up to the dateline (on a Saturday, that day alone; "pasado" said on a
        /// weekend, the one before), or in a sentence told in the future the next one from it; null when the words are not there.
        /// </summary>
        private (int Saturday, int Sunday)? WeekendFrom(int k, DateOnly published, bool future)
        {
            if (!(t.Key(t.Tokens[k]) is "fin" && k + 2 < t.Tokens.Length && t.Key(t.Tokens[k + 1]) is "de" && t.Key(t.Tokens[k + 2]) is "semana")) return null;
            var previous = k > 0 ? t.Key(t.Tokens[k - 1]) : default;
            if (previous is not ("este" or "el" or "pasado" or "proximo")) return null;
            var next = k + 3 < t.Tokens.Length ? t.Key(t.Tokens[k + 3]) : default;
            // "el fin de semana del 14 y 15 de septiembre": the days are written.
            if (next is "de" or "del" && k + 4 < t.Tokens.Length && char.IsAsciiDigit(Text[t.Tokens[k + 4].Start]) || (k + 3 < t.Tokens.Length && DateStartsAt(t.Tokens[k + 3].Start))) return null;
            var past = previous is "pasado" || next is "pasado";
            var ahead = previous is "proximo" || next is "proximo";
            var today = ((int)published.DayOfWeek + 6) % 7; // Monday 0 … Saturday 5, Sunday 6
            if ((future && !past) || ahead)
            {
                var toSaturday = (5 - today + 7) % 7;
                // ("el próximo fin de semana" said on a Saturday is the next one.)
                if (ahead && today == 5) toSaturday = 7;
                return (toSaturday, toSaturday + 1);
            }

            var back = (today - 5 + 7) % 7;
            if (past && today >= 5) back += 7;
            return (-back, Math.Min(0, 1 - back));
        }

        /// <summary>How many days after its dateline an activity a news item announces may take place.</summary>
        private const int AnnouncedReach = 120;

        /// <summary>How many days before its dateline a news item's own activity may have begun.</summary>
        private const int DatelineReach = 14;

        /// <summary>The first sentence from <paramref name="start"/>, looked for within <see cref="BodyDateWindow"/> characters before <paramref name="end"/>.</summary>
        private int SkipSpaces(int from, int end)
        {
            while (from < end && Text[from] is ' ' or '.' or '\n') from++;
            return from;
        }

        private TextSpan FirstSentence(int start, int end)
        {
            var (_, e) = Sentence(start, new TextSpan(start, Math.Min(end, start + BodyDateWindow)));
            return new TextSpan(start, Math.Max(start, e));
        }

        /// <summary>Whether a sentence names an activity (a strong activity noun) that the title does not: it tells of another occasion.</summary>
        private bool NamesAnotherActivity(TextSpan sentence, int titleStart, int titleEnd, string? verbType = null)
        {
            var title = ContentWords(t.Folded.Substring(titleStart, titleEnd - titleStart));
            for (var k = t.TokenAtOrAfter(sentence.Start); k < t.Tokens.Length && t.Tokens[k].End <= sentence.End; k++)
            {
                var key = t.Key(t.Tokens[k]);
                // "… sesionó en Asunción" over "… celebró su primera sesión ordinaria": the activity the headline's verb tells.
                if (ActivityNouns.TypeOf(key) is { } type && type != verbType && !ActivityNouns.IsWeak(key) && !ActivityNouns.IsPlural(key) && !title.Contains(key.ToString())) return true;
            }

            return false;
        }

        private bool SpeaksOf(TextSpan passage, int titleStart, int titleEnd, int nounToken)
        {
            var title = ContentWords(t.Folded.Substring(titleStart, titleEnd - titleStart));
            var words = ContentWords(t.Folded.Substring(passage.Start, passage.Length));
            if (title.Count(words.Contains) >= 2) return true;
            if (nounToken < 0) return false;
            var noun = t.Key(t.Tokens[nounToken]).ToString();
            // "Misión técnica a Larache" over "Una delegación … viajó a Larache del 12 al 15 de junio": a journey told by its verb and its place.
            if (JourneyNouns.Contains(noun) && title.Count(words.Contains) >= 1
                && words.Any(w => w.StartsWith("viaj", StringComparison.Ordinal) || w.StartsWith("visit", StringComparison.Ordinal) || w.StartsWith("desplaz", StringComparison.Ordinal))) return true;
            return words.Contains(noun) || OpensWithAnaphor(passage);
        }

        /// <summary>Nouns a text names the activity titled above it by, other than the title's own: "La muestra" under "Exposición …".</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnaphoricNouns =
            new HashSet<string>(["muestra", "cita", "actividad", "iniciativa"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// Whether a passage's subject is the activity titled above it, named by a definite article and an activity noun or an
        /// anaphor ("La muestra fotográfica, cedida por Farmamundi, pudo verse …", "Organizado junto con ICLEI, el ciclo se
        /// desarrolló …"): at its start or right after its opening phrase's comma.
        /// </summary>
        private bool OpensWithAnaphor(TextSpan passage)
        {
            var k = t.TokenAtOrAfter(passage.Start);
            if (AnaphorAt(k, passage.End)) return true;
            var comma = Text.IndexOf(',', passage.Start, Math.Min(passage.Length, 80));
            return comma > 0 && AnaphorAt(t.TokenAtOrAfter(comma), passage.End);
        }

        private bool AnaphorAt(int k, int end)
        {
            if (k + 1 >= t.Tokens.Length || t.Tokens[k + 1].End > end || t.Key(t.Tokens[k]) is not ("el" or "la")) return false;
            var noun = t.Key(t.Tokens[k + 1]);
            return AnaphoricNouns.Contains(noun) || (ActivityNouns.TypeOf(noun) is not null && !ActivityNouns.IsPlural(noun));
        }

        /// <summary>Page numbers glued to a heading's start by the PDF text layer ("2Conversatorio virtual") are not part of it.</summary>
        private int SkipDebris(int start, int end)
        {
            var numbered = SkipNumbering(start, end);
            if (numbered != start) return numbered;
            var k = start;
            while (k < end && (char.IsWhiteSpace(Text[k]) || char.IsDigit(Text[k]))) k++;
            return k < end && (char.IsUpper(Text[k]) || Text[k] is '“' or '"' or '«') && k - start <= 3 ? k : start;
        }

        /// <summary>
        /// "AREQUIPA Misión técnica de Valparaíso conoce …": a kicker in capitals (the place a news item is from) run into the headline
        /// that follows it in mixed case is not part of the headline. A heading all in capitals keeps its words.
        /// </summary>
        private int SkipKicker(int start, int end)
        {
            var k = t.TokenAtOrAfter(start);
            var first = k;
            // Not an ordinal in Roman numerals ("XXXVI Reunión …"), which is the title's.
            while (k < t.Tokens.Length && t.Tokens[k].End <= end && t.Original(t.Tokens[k]) is var o && o.Length > 0 && FoldedText.IsAllCapitals(o) && o.IndexOfAnyExcept("IVXLC") >= 0) k++;
            if (k == first || k - first > 4 || k >= t.Tokens.Length || t.Tokens[k].Start >= end) return start;
            var next = t.Original(t.Tokens[k]);
            return char.IsUpper(next[0]) && next.Length > 1 && !FoldedText.IsAllCapitals(next) ? t.Tokens[k].Start : start;
        }

        /// <summary>A section number before a title is not part of it: "2.1. Reunión con Mercociudades", "3) Taller …", "IV. Foro …", "a) Visita …".</summary>
        private int SkipNumbering(int start, int end)
        {
            var k = start;
            while (k < end && Text[k] == ' ') k++;
            var n = k;
            if (n < end && char.IsDigit(Text[n]))
            {
                while (n < end && (char.IsDigit(Text[n]) || (Text[n] == '.' && n + 1 < end && char.IsDigit(Text[n + 1])))) n++;
            }
            else
            {
                while (n < end && n - k < 5 && (Text[n] is 'I' or 'V' or 'X' || (n == k && char.IsAsciiLetterLower(Text[n])))) n++;
                if (n == k || n >= end || Text[n] is not ('.' or ')')) return start;
            }

            if (n < end && Text[n] is '.' or ')' or '-' or '–') n++;
            if (n >= end || Text[n] != ' ') return start;
            while (n < end && Text[n] == ' ') n++;
            // ("5.1 30.º aniversario del hermanamiento …": the title may open with an ordinal in figures.)
            return n < end && (char.IsUpper(Text[n]) || Text[n] is '“' or '"' or '«' || OrdinalFigureAt(n, end)) ? n : start;
        }

        /// <summary>Whether an ordinal in figures starts at <paramref name="at"/>: "30.º", "4ª", "12°".</summary>
        private bool OrdinalFigureAt(int at, int end)
        {
            var k = at;
            while (k < end && k - at < 3 && char.IsAsciiDigit(Text[k])) k++;
            if (k == at) return false;
            if (k < end && Text[k] == '.') k++;
            return k < end && Text[k] is 'º' or 'ª' or '°';
        }

        /// <summary>Where the title ends: before a trailing date in brackets, "(24 de julio)", or a trailing date whose "(" the layout lost.</summary>
        private int TitleEnd(int start, int end, DateMention[] headingDates)
        {
            var e = end;
            while (e > start && char.IsWhiteSpace(Text[e - 1])) e--;
            if (headingDates.Length == 0) return e;
            var first = headingDates[0].Span.Start;
            // "El Ayuntamiento firma el 5 de abril un convenio con la Universidad …": a headline telling its day inside a sentence that
            // goes on is its title whole.
            if (TellsItsDayInside(headingDates[0], start, e)) return e;
            var k = first;
            while (k > start && Text[k - 1] is ' ' or '(' or '[' or '\n') k--;
            return k;
        }

        /// <summary>Whether a heading's date stands inside its sentence: after "el" and two words at least, with words in lower case after it ("un convenio …").</summary>
        private bool TellsItsDayInside(DateMention date, int start, int end)
        {
            var k = t.TokenAtOrAfter(date.Span.Start) - 1;
            if (k < 0 || t.Tokens[k].Start < start || t.Key(t.Tokens[k]) is not "el" || k - t.TokenAtOrAfter(start) < 2) return false;
            var next = t.TokenAtOrAfter(date.Span.End);
            return next < t.Tokens.Length && t.Tokens[next].End <= end && Text.AsSpan(date.Span.End, t.Tokens[next].Start - date.Span.End).Trim() is { IsEmpty: true }
                   && char.IsLower(Text[t.Tokens[next].Start]) && t.Key(t.Tokens[next]) is not ("de" or "del" or "en" or "y" or "e" or "a" or "al" or "hasta");
        }

        private (string? Noun, int Token) LeadingActivityNoun(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            if (IsOfficialTrip(first, end)) return ("viaje", first);
            for (var i = first; i < t.Tokens.Length && i < first + 6 && t.Tokens[i].Start < end; i++)
            {
                var key = t.Key(t.Tokens[i]);
                if (ActivityNouns.TypeOf(key) is { } type)
                {
                    // "Visita nuestro nuevo portal", "Firma el alcalde …": a noun's form before an article or a possessive is the verb;
                    // "Firma digital disponible en trámites" is a signature, not a signing.
                    if (i + 1 < t.Tokens.Length && t.Tokens[i + 1].Start < end && t.Key(t.Tokens[i + 1]) is var next
                        && (next is "el" or "la" or "los" or "las" or "un" or "una" or "nuestro" or "nuestra" or "nuestros" or "nuestras" or "tu" or "tus" or "su" or "sus"
                            || (key is "firma" && next is "digital" or "electronica"))) return (null, -1);

                    // "Participación en el Diálogo 3", "Coordinación del Tercer Foro": the activity is the noun after a weak one.
                    if (ActivityNouns.IsWeak(key) && i + 1 < first + 6)
                    {
                        for (var j = i + 1; j < t.Tokens.Length && j < i + 4 && t.Tokens[j].Start < end; j++)
                            if (ActivityNouns.TypeOf(t.Key(t.Tokens[j])) is { } inner && !ActivityNouns.IsWeak(t.Key(t.Tokens[j])) && char.IsUpper(t.Original(t.Tokens[j])[0])) return (inner, j);
                    }

                    return i == first || IsOrdinal(first, i) ? (type, i) : (null, -1);
                }
            }

            return (null, -1);
        }

        /// <summary>
        /// The words after a heading's date when they open with a singular activity noun ("… · 16 y 17 de enero Reunión de lanzamiento del
        /// proyecto MED-HEAT"): at most <see cref="MaxTitleAfterDateWords"/> words, no sentence's full stop; else null.
        /// </summary>
        private (int Start, int End, string Noun, int NounToken)? ActivityAfterDate(int dateEnd, int headingEnd)
        {
            var start = dateEnd;
            while (start < headingEnd && (char.IsWhiteSpace(Text[start]) || Text[start] is '·' or '-' or '–' or '—' or ':' or '|')) start++;
            var end = headingEnd;
            while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
            if (end <= start || Text[end - 1] is '.' or ':' or ',' || !char.IsUpper(Text[start])) return null;
            if (t.TokenAtOrAfter(end) - t.TokenAtOrAfter(start) > MaxTitleAfterDateWords) return null;
            return LeadingActivityNoun(start, end) is ({ } noun, var token) && !ActivityNouns.IsPlural(t.Key(t.Tokens[token])) ? (start, end, noun, token) : null;
        }

        /// <summary>How many words a heading may give the activity after its place and date.</summary>
        private const int MaxTitleAfterDateWords = 14;

        /// <summary>
        /// Whether a title opens with an official trip, as public administrations name it: "Comisión de servicios a Washington D.C.",
        /// "Comisión oficial a Seúl" (a "Comisión" alone is a committee: "Comisión Europea", "Comisión de Hacienda").
        /// </summary>
        private bool IsOfficialTrip(int token, int end)
        {
            string Key(int k) => k < t.Tokens.Length && t.Tokens[k].End <= end ? t.Key(t.Tokens[k]).ToString() : "";
            if (Key(token) != "comision") return false;
            var to = Key(token + 1) == "oficial" ? token + 2 : Key(token + 1) == "de" && Key(token + 2) is "servicio" or "servicios" ? token + 3 : -1;
            return to > 0 && Key(to) is "a" or "al" or "en";
        }

        /// <summary>How many words a headline may give its subject and verb before "en la …" ("Valparaíso debuta en la …").</summary>
        private const int MaxHeadlineSubject = 4;

        /// <summary>
        /// The named activity a headline's subject takes part in: "… en la XXIX Cumbre de Mercociudades", "… en el Foro Mundial …", "…
        /// al Congreso Iberoamericano …": the first word of its name (an ordinal's, else the noun's), its noun and type; else null.
        /// </summary>
        private (int First, int Noun, string Type)? ActivityJoined(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            for (var k = first + 1; k < t.Tokens.Length && k <= first + MaxHeadlineSubject && t.Tokens[k].End <= end; k++)
            {
                var key = t.Key(t.Tokens[k]);
                var name = key is "al" ? k + 1 : key is "en" && k + 1 < t.Tokens.Length && t.Key(t.Tokens[k + 1]) is "el" or "la" ? k + 2 : -1;
                if (name < 0) continue;
                for (var n = name; n < t.Tokens.Length && n < name + 3 && t.Tokens[n].End <= end; n++)
                {
                    var noun = t.Key(t.Tokens[n]);
                    if (ActivityNouns.TypeOf(noun) is { } type && ActivityNouns.IsStrong(noun) && !ActivityNouns.IsPlural(noun) && char.IsUpper(t.Original(t.Tokens[n])[0])
                        && IsOrdinal(name, n))
                        return (name, n, type);
                }

                return null;
            }

            return null;
        }

        /// <summary>"XXVII Reunión", "Tercer Congreso", "Novena Reunión Anual", "I Foro": words before the noun that only number it.</summary>
        private bool IsOrdinal(int from, int noun)
        {
            for (var i = from; i < noun; i++)
            {
                // "30.º aniversario": a figure and the ordinal's sign after a dot.
                if (IsOrdinalSign(i) || OrdinalFigureAt(t.Tokens[i].Start, Text.Length)) continue;
                if (!Titles.IsOrdinalWord(t.Original(t.Tokens[i]), t.Key(t.Tokens[i]))) return false;
            }

            return true;
        }

        /// <summary>The sign of an ordinal standing as a word of its own: "º", "ª", "°".</summary>
        private bool IsOrdinalSign(int i) => t.Original(t.Tokens[i]) is "º" or "ª" or "°";

        /// <summary>A heading printed after its text (two-column layouts): the paragraph just before it, if it shares the title's words, dates it.</summary>
        private DateMention? DateInPrecedingBlock(TextSpan heading, int titleStart, int titleEnd) => TextAbove(heading, titleStart, titleEnd)?.Date;

        /// <summary>
        /// The text a title printed after it tells of (two-column layouts put the title below its paragraph), from the paragraph or list
        /// item that dates it to the title: its description, where its partners, participants and place are named.
        /// </summary>
        private (DateMention Date, TextSpan Description, bool FromList)? TextAbove(TextSpan heading, int titleStart, int titleEnd)
        {
            var blocks = input.Document.Clean.Blocks;
            // The last block ending at or before the heading.
            var before = LeadingBlocks(b => b.Span.End, heading.Start);
            var previous = before > 0 ? blocks[before - 1] : null;

            if (previous is null || previous.Kind == BlockKind.Heading) return null;
            var (_, nounToken) = LeadingActivityNoun(titleStart, titleEnd);
            // A list the title closes is read back from its last item to the first one that is dated: "- El 12 y 13 de noviembre viajó
            // a San Pablo … residuos … alimentaria." / "- El colaborador presentó …" / "Encuentro 'Más alimentos, menos residuos …'".
            for (var n = 0; n < MaxItemsBack; n++)
            {
                var (_, firstEnd) = Sentence(previous.Span.Start, previous.Span);
                var date = FirstDateIn(previous.Span);
                if (date is not null || previous.Kind != BlockKind.ListItem)
                    return date is not null && SpeaksOf(new TextSpan(previous.Span.Start, firstEnd), titleStart, titleEnd, nounToken)
                        ? (date, new TextSpan(previous.Span.Start, titleEnd), previous.Kind == BlockKind.ListItem) : null;
                before--;
                previous = before > 0 ? blocks[before - 1] : null;
                if (previous is not { Kind: BlockKind.ListItem }) return null;
            }

            return null;
        }

        /// <summary>
        /// The text a heading printed after it tells of, known by the words they share: the paragraph just above names what the title
        /// names (at least two of its content words) and more of it than the paragraph just below ("… apoyaron la Declaración de
        /// Edimburgo … planteado durante la cop-15 y bien recibido por el cdb." / "Decimoquinta reunión de la Conferencia de las Partes
        /// (cop-15) … (cdb) … (11 al 15 de octubre)" / "En el marco del “Memorando …” suscrito con la Comisión de Energía …"). As for a
        /// title dated by the paragraph above it, from that paragraph to the title.
        /// </summary>
        private TextSpan? ToldAbove(TextSpan heading, int titleStart, int titleEnd)
        {
            var blocks = input.Document.Clean.Blocks;
            var before = LeadingBlocks(b => b.Span.End, heading.Start);
            var previous = before > 0 ? blocks[before - 1] : null;
            if (previous is null || previous.Kind == BlockKind.Heading || BlockAfter(heading) is not { Kind: not BlockKind.Heading } next) return null;
            // "El encuentro reunió a 200 personas …", "Dicho foro …": a paragraph that opens by referring back to an activity tells of the
            // title just above it, whatever the paragraph above shares with that title.
            if (OpensWithReferenceToAnActivity(next.Span.Start)) return null;
            var title = Titles.ContentWords(Text[titleStart..titleEnd]);
            int Shared(Block b) => Titles.ContentWords(Text.Substring(b.Span.Start, b.Span.Length)).Count(title.Contains);
            var above = Shared(previous);
            return above >= 2 && above > Shared(next) ? new TextSpan(previous.Span.Start, titleEnd) : null;
        }

        /// <summary>Whether the block's first words ("El encuentro …", "Durante el foro …", "En dicha sesión …") refer back to an activity.</summary>
        private bool OpensWithReferenceToAnActivity(int blockStart)
        {
            var first = t.TokenAtOrAfter(blockStart);
            for (var k = first; k < first + 3 && k + 1 < t.Tokens.Length; k++)
                if (t.Key(t.Tokens[k]) is "el" or "la" or "este" or "esta" or "dicho" or "dicha" or "tal"
                    && ActivityNouns.IsStrong(t.Key(t.Tokens[k + 1])))
                    return true;
            return false;
        }

        /// <summary>How many items of a list a title printed after it is read back over for its date.</summary>
        private const int MaxItemsBack = 4;

        /// <summary>How many blocks from the first have <paramref name="key"/> at or before <paramref name="offset"/>: blocks are in text order, so by binary search.</summary>
        private int LeadingBlocks(Func<Block, int> key, int offset)
        {
            var blocks = input.Document.Clean.Blocks;
            int lo = 0, hi = blocks.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (key(blocks[mid]) <= offset) lo = mid + 1; else hi = mid;
            }

            return lo;
        }

        private static HashSet<string> ContentWords(string folded) =>
            FoldedText.Tokenize(folded).Select(k => folded.Substring(k.Start, k.Length)).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

        private bool HasAgendaItems(Section s) => AgendaItemsIn(s).Take(2).Count() >= 2;

        // ---- agenda items: "20 julio: Día de Independencia de Colombia" --------------------------------------

        public void AgendaItems()
        {
            foreach (var s in input.Document.Sections)
            {
                var flagged = _sectionsWithItems.Contains(s.Id);
                var items = AgendaItemsIn(s).ToList();
                // Under any heading, two items or more that each name their activity ("22/01/2024 – Reunión con …") are a calendar.
                if (!flagged)
                {
                    // A weak noun, or "cierre", names an occasion only with a name ("Mesa de Cooperantes de La Libertad", not "Entrega de
                    // la memoria anual", "cierre contable del ejercicio").
                    items = items.Where(i => input.Document.SectionAt(i.Date.Span.Start)?.Id == s.Id
                                             && ((LeadingActivityNoun(i.Title.Start, i.Title.End) is ({ } noun, var nt)
                                                  && ((!ActivityNouns.IsWeak(t.Key(t.Tokens[nt])) && !t.Key(t.Tokens[nt]).SequenceEqual("cierre")) || NamedByComplement(nt)))
                                                 || DelegationTitle(i.Title.Start, i.Title.End) is not null)
                                             && !TellsOfNoHeldActivity(i.Title.Start, i.Title.End, i.Title.End)
                                             && !t.Folded.AsSpan(i.Title.Start, i.Title.Length).Contains("plazo", StringComparison.Ordinal)).ToList();
                    if (items.Count < 2) continue;
                }

                foreach (var (span, date) in items)
                {
                    // "22/01/2024 – Reunión con la Embajada de Francia …": an item that names its activity is typed and read for
                    // partners by itself; it keeps the heading's activity before it unless that is its own ("Iluminación de
                    // monumentos: Celebración del Bicentenario de Perú", but "Reunión con la OIM" under "Agenda de reuniones").
                    if (LeadingActivityNoun(span.Start, span.End) is ({ } own, _))
                    {
                        var line = ItemLine(span, date, s);
                        var prefix = flagged && SectionNoun(s) is { } heading && heading != own ? AgendaPrefix(s) : "";
                        Emit(span, Capitalised(prefix + Clean(Text.Substring(span.Start, span.Length))), own, date.Value, line, 0.8, scope: line);
                        continue;
                    }

                    // "12 de febrero: Delegación de la Municipalidad de Mendoza (Argentina), 6 personas; …": a delegation's visit, on its day.
                    if (DelegationTitle(span.Start, span.End) is not null)
                    {
                        var line = ItemLine(span, date, s);
                        Emit(span, Clean(Text.Substring(span.Start, span.Length)), "visita", date.Value, line, 0.8, scope: line);
                        continue;
                    }

                    Emit(span, AgendaPrefix(s) + Clean(Text.Substring(span.Start, span.Length)), SectionNoun(s) ?? "evento", date.Value, s.Span, 0.8);
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="at"/> is in a chronology: a section titled so ("6.7. Cronología 2024"), or an entry of one set by months
        /// ("18 – Reunión con …" under "Enero").
        /// </summary>
        private bool InChronicle(int at)
        {
            if (input.Document.SectionAt(at) is { } s)
            {
                if (!_chronicleSections.TryGetValue(s.Id, out var titled))
                    _chronicleSections[s.Id] = titled = FoldedText.FoldString(s.Title).Contains("cronologia", StringComparison.Ordinal);
                if (titled) return true;
            }

            var lineStart = at > 0 ? Text.LastIndexOf('\n', at - 1) + 1 : 0;
            var lineEnd = Text.IndexOf('\n', at);
            var line = Text.AsSpan(lineStart, (lineEnd < 0 ? Text.Length : lineEnd) - lineStart);
            // ("JUNIO Asamblea General Granada": a timeline's month set in capitals over its item, joined to it.)
            return (Chronology.OpensDayEntry(line) && Chronology.MonthLineAbove(Text, lineStart) is not null)
                   || (line.IndexOf(' ') is var space and > 0 && line[..space] is var month && FoldedText.IsAllCapitals(month) && Chronology.IsMonthLine(month.ToString()));
        }

        /// <summary>Per section read: whether its title says it is a chronology.</summary>
        private readonly Dictionary<string, bool> _chronicleSections = new(StringComparer.Ordinal);

        /// <summary>
        /// An agenda item's whole line, from its date: it describes the item ("…, con 210 inscriptos y 175 asistentes" after its title), up to
        /// the next item's date where the cleaner joined the lines.
        /// </summary>
        private TextSpan ItemLine(TextSpan title, DateMention date, Section s)
        {
            var lineEnd = title.End;
            while (lineEnd < s.Span.End && Text[lineEnd] != '\n' && !IsDigitRunFollowedByMonth(lineEnd)) lineEnd++;
            return new TextSpan(date.Span.Start, lineEnd);
        }

        private IEnumerable<(TextSpan Title, DateMention Date)> AgendaItemsIn(Section s)
        {
            DateMention? previous = null;
            foreach (var found in DatesIn(s.BodySpan))
            {
                var d = found;
                // "7 y 8 de septiembre: jornadas de patrimonio …": two days of one month before the colon are the item's two days.
                if (previous is { Value: { IsRange: false, Start: { Granularity: DateGranularity.Day } first } } && d.Value is { IsRange: false, Start: var second }
                    && second.Granularity == DateGranularity.Day && first.Year == second.Year && first.Month == second.Month && first.Day < second.Day
                    && Text.AsSpan(previous.Span.End, d.Span.Start - previous.Span.End) is " y ")
                    d = d with { Span = new TextSpan(previous.Span.Start, d.Span.End), Value = new DateValue(first, second) };
                previous = found;
                if (!IsLineStart(d.Span.Start) && !(d.Span.Start > 0 && Text[d.Span.Start - 1] == ' ')) continue;
                var k = d.Span.End;
                while (k < Text.Length && Text[k] is ' ' or '\t') k++;
                // "20 julio: …", and a dash in a calendar's column ("22/01/2024 – Reunión con …").
                if (k >= Text.Length || !(Text[k] == ':' || (Text[k] is '–' or '—' or '-' && k + 1 < Text.Length && Text[k + 1] is ' ' or '\t'))) continue;
                var start = k + 1;
                while (start < Text.Length && Text[start] is ' ' or '\t') start++;
                // "Terremotos de Turquía y Siria del 6 de febrero: 60.000 € …": an item names an activity; a sum after the colon is what was given.
                if (start < Text.Length && !char.IsLetter(Text[start]) && !IsQuoteOpen(start)) continue;
                var end = start;
                // "- 04/10 — Reunión con la Embajada de Italia, en la que se revisaron …": the title ends before the telling a comma opens.
                while (end < s.Span.End && Text[end] is not ('\n' or ';') && !(IsDigitRunFollowedByMonth(end)) && !(Text[end] == '.' && end + 1 < Text.Length && Text[end + 1] == ' ')
                       && !(Text[end] == ',' && OpensTelling(end)) && !(Text[end] is ' ' or ',' && OpensPurposeOrAgent(start, end))) end++;
                while (end > start && Text[end - 1] is ' ' or '.') end--;
                if (end > start) yield return (new TextSpan(start, end), d);
            }
        }

        /// <summary>A comma that opens the telling of an agenda item, not a list of names: ", en la que …", ", donde …" (<see cref="TellingOpeners"/>), ", con 210 …".</summary>
        private bool OpensTelling(int comma)
        {
            // ", con 210 inscriptos y 175 asistentes": a count after the comma tells how it went.
            if (string.CompareOrdinal(t.Folded, comma, ", con ", 0, 6) == 0 && comma + 6 < Text.Length && char.IsAsciiDigit(Text[comma + 6])) return true;
            // "Delegación de la Municipalidad de Mendoza (Argentina), 6 personas; …": how many came.
            if (comma + 2 < Text.Length && Text[comma + 1] == ' ' && char.IsAsciiDigit(Text[comma + 2]) && !DateStartsAt(comma + 2)) return true;
            foreach (var opener in TellingOpeners)
                if (string.CompareOrdinal(t.Folded, comma, opener, 0, opener.Length) == 0) return true;
            return false;
        }

        /// <summary>
        /// A space before what an agenda item's title ends at, once it has three words: its purpose ("… con la Embajada del Japón y la JICA
        /// para la entrega formal de …", "… para evaluar …", not "para Barrios Frescos"), who led it ("… de Rosario encabezada por su Intendente",
        /// ", organizada con la CAF") or who took part (", con técnicos de …").
        /// </summary>
        private bool OpensPurposeOrAgent(int titleStart, int space)
        {
            var comma = Text[space] == ',';
            if (comma) space++;
            if (space >= Text.Length || Text[space] != ' ') return false;
            var k = t.TokenAtOrAfter(space + 1);
            if (k + 1 >= t.Tokens.Length || t.Tokens[k].Start != space + 1 || Titles.ContentWords(Text[titleStart..space]).Count < 3) return false;
            var word = t.Key(t.Tokens[k]);
            var nextWord = t.Original(t.Tokens[k + 1]);
            if (word is "para") return char.IsLower(nextWord[0]);
            // ", con técnicos de la EMT y 230 asistentes", ", con apoyo de la Embajada": who took part or helped, after a comma.
            if (word is "con" && comma)
                return char.IsLower(nextWord[0]) && (t.Key(t.Tokens[k + 1]) is not ("el" or "la" or "los" or "las" or "motivo")
                                                     || (k + 2 < t.Tokens.Length && t.Key(t.Tokens[k + 2]) is "apoyo" or "participacion" or "colaboracion" or "presencia"));
            // ", que financia obras en barrios patrimoniales": a relative clause tells about what the title names.
            if (word is "que" && comma) return true;
            // ", organizado junto a la Universidad …", "encabezada por su Intendente".
            return IsParticiple(word.ToString()) && char.IsLower(Text[t.Tokens[k].Start]) && (comma || t.Key(t.Tokens[k + 1]) is "por" or "con");
        }

        /// <summary>Items the cleaner joined on one line ("… Colombia 27 julio: Celebración …") split at the next date.</summary>
        private bool IsDigitRunFollowedByMonth(int k) => k > 0 && Text[k - 1] == ' ' && char.IsDigit(Text[k]) && DateStartsAt(k);

        private bool IsLineStart(int offset)
        {
            var k = offset - 1;
            while (k >= 0 && Text[k] == ' ') k--;
            return k < 0 || Text[k] is '\n';
        }

        /// <summary>"Iluminación de monumentos: ": the activity the heading names, before what it is about ("de la Ciudad …", "con motivo de …").</summary>
        private string AgendaPrefix(Section s)
        {
            var h = Clean(Text.Substring(s.HeadingSpan.Start, s.HeadingSpan.Length));
            var cut = h.Length;
            foreach (var stop in new[] { " de la ", " del ", " con ", " para ", " en " })
            {
                var i = h.IndexOf(stop, StringComparison.Ordinal);
                if (i > 0 && i < cut) cut = i;
            }

            return cut < h.Length && cut <= 40 ? h[..cut] + ": " : "";
        }

        private string? SectionNoun(Section s)
        {
            var (noun, _) = LeadingActivityNoun(s.HeadingSpan.Start, s.HeadingSpan.End);
            return noun;
        }

        // ---- dated sentences -----------------------------------------------------------------------------

        public void Sentences()
        {
            foreach (var b in input.Document.Clean.Blocks)
            {
                if (b.Kind == BlockKind.Heading || input.IsSkipped(b.Span)) continue;
                var first = t.TokenAtOrAfter(b.Span.Start);
                for (var i = first; i < t.Tokens.Length && t.Tokens[i].Start < b.Span.End; i++)
                {
                    var key = t.Key(t.Tokens[i]);
                    // ("Festival" is Spanish too: "El Festival de las Ánimas se celebró …", with no English name before it, is read as Spanish.)
                    if (EnglishNouns.TryGetValue(key, out var english) && EnglishNamed(i, english, b.Span) is var afterEnglish
                        && (afterEnglish != i || ActivityNouns.TypeOf(key) is null))
                    {
                        i = afterEnglish;
                        continue;
                    }

                    if (GoverningBodies.Contains(key) && SittingOfABody(i, b.Span) is var sat && sat != i)
                    {
                        i = sat;
                        continue;
                    }

                    // (A governing body not told as held right after its name may be told as meeting: "El Comité de seguimiento se reunió …".)
                    if (MeetingBodies.Contains(key) && BodyMet(i, b.Span) is { } met)
                    {
                        i = met;
                        continue;
                    }

                    // "El 16 de enero se firmó un protocolo general de actuación con …", "se produjo la firma del memorando …".
                    if (SignedAgreementAt(i) is var agreement and >= 0 && SignedInSentence(agreement, b.Span) is { } signed)
                    {
                        Emit(signed.Span, signed.Title, "firma", signed.Date, signed.Sentence, 0.6, fromRunningText: true);
                        i = t.TokenAtOrAfter(signed.Span.End) - 1;
                        continue;
                    }

                    if (key is "dia" or "setmana" && NamedDay(i, b.Span) is { } day)
                    {
                        Emit(day.Span, day.Title, "celebración", day.Date, day.Sentence, 0.6, fromRunningText: true);
                        i = t.TokenAtOrAfter(day.Span.End) - 1;
                        continue;
                    }

                    if (ActivityNouns.TypeOf(key) is not { } type || (ActivityNouns.IsPlural(key) && !NamesOneOccasion(i))) continue;
                    if (ActivityNouns.IsWeak(key) && !IsBusinessRound(i))
                    {
                        if (EditionNamed(i, first) || DescribesItsDate(i)) continue;
                        if (CalendarEntry(i, t.Tokens[i].Start, b.Span, type) is { } weakEntryEnd)
                        {
                            i = weakEntryEnd;
                            continue;
                        }

                        // "La entrega de premios del concurso de comparsas se realizó el martes 13 de febrero": a weak noun of an occasion
                        // names one where the report says it took place, and when.
                        if (!ActivityNouns.IsRelation(key) && !InHeading(t.Tokens[i].Start) && TookPlace(i, b.Span) is { } held)
                        {
                            Emit(held.Span, held.Title, type, held.Date, held.Sentence, 0.6, fromRunningText: true);
                            i = t.TokenAtOrAfter(held.Span.End) - 1;
                        }
                        // "Del 17 al 21 de abril, cuarenta alumnos viajaron … al intercambio escolar con Mobile", "El 2 de febrero, la concejala
                        // mantuvo una audiencia con el embajador de Japón": a sentence that opens with its date tells of the named occasion in it.
                        else if (!ActivityNouns.IsRelation(key) && key is not ("premio" or "concurso") && !InHeading(t.Tokens[i].Start) && !AfterActivityNoun(i)
                                 && !AfterAnAccountOf(i) && !NamesABody(i) && Sentence(t.Tokens[i].Start, b.Span) is var (ws, we)
                                 && OpeningDate(ws, we) is { } opening && !InsideQuote(ws, t.Tokens[i].Start) && !Announces(ws, we) && !TellsOfNoHeldActivity(ws, we, t.Tokens[i].Start)
                                 && NamedActivity(i, we, char.IsUpper(Text[t.Tokens[i].Start])) is { } occasion)
                        {
                            Emit(occasion.Span, occasion.Title, type, FirstOccasion(opening, we), new TextSpan(ws, we), 0.6, fromRunningText: true);
                            i = t.TokenAtOrAfter(occasion.Span.End) - 1;
                        }
                        // "La Mesa de Cooperantes de Montevideo, 25 de octubre, reunió a 22 organismos": a named occasion dated in apposition.
                        else if (!ActivityNouns.IsRelation(key) && char.IsUpper(Text[t.Tokens[i].Start]) && !InHeading(t.Tokens[i].Start)
                                 && Sentence(t.Tokens[i].Start, b.Span) is var (ams, ame) && !InsideQuote(ams, t.Tokens[i].Start)
                                 && NamedActivity(i, ame, capital: true) is { } apposed && AppositiveDate(apposed.Span.End, ame) is { } apposite)
                        {
                            Emit(apposed.Span, apposed.Title, type, apposite.Value, new TextSpan(ams, ame), 0.6, fromRunningText: true);
                            i = t.TokenAtOrAfter(apposed.Span.End) - 1;
                        }
                        // "La Semana de Cabo Verde llenó la ciudad de música … del 3 al 9 de julio": a week named with capitals is an occasion,
                        // held on the days its sentence gives ("la semana pasada" is none).
                        else if (key is "semana" && char.IsUpper(Text[t.Tokens[i].Start]) && !InHeading(t.Tokens[i].Start)
                                 && Sentence(t.Tokens[i].Start, b.Span) is var (wks, wke) && !InsideQuote(wks, t.Tokens[i].Start) && !Announces(wks, wke)
                                 && !TellsOfNoHeldActivity(wks, wke, t.Tokens[i].Start) && NamedActivity(i, wke, capital: true) is { } week
                                 && (FirstDateIn(new TextSpan(week.Span.End, wke)) ?? (TakenPartIn(i) ? OpeningDate(wks, wke, comma: false) : null) ?? DaysAfterHostingVerb(i, wks))
                                    is { Value.Start.Day: not null } weekDays)
                        {
                            Emit(week.Span, week.Title, type, FirstOccasion(weekDays, wke), new TextSpan(wks, wke), 0.6, fromRunningText: true);
                            i = t.TokenAtOrAfter(week.Span.End) - 1;
                        }

                        continue;
                    }

                    var tok = t.Tokens[i];
                    var capital = char.IsUpper(Text[tok.Start]);
                    // "explorar una posible misión empresarial a Ohio en octubre": an activity only considered is none (a "próxima
                    // reunión" with its date is announced, and is one).
                    if (i > 0 && t.Key(t.Tokens[i - 1]) is "posible" or "eventual" or "hipotetica" or "hipotetico" or "futura" or "futuro") continue;
                    var (sStart, sEnd) = Sentence(tok.Start, b.Span);
                    if (InHeading(tok.Start) || InsideQuote(sStart, tok.Start)) continue;
                    if (InFrame(i))
                    {
                        // "en el marco del Foro “El Consejo Distrital de Paz …”, organizado el 3 de diciembre por …": a frame the report dates
                        // right after its name is an activity it took part in.
                        if (NamedActivity(i, sEnd, capital) is { } framed && DatedRightAfterName(framed.Span.End, sEnd) is { } frameDate)
                        {
                            Emit(framed.Span, framed.Title, type, frameDate, new TextSpan(sStart, sEnd), 0.6, fromRunningText: true);
                            i = t.TokenAtOrAfter(framed.Span.End) - 1;
                        }

                        continue;
                    }

                    // A titled activity at a clause start, dated in brackets: "Entrevista con la cadena británica BBC (17 de noviembre)",
                    // "IV Congreso Intercisev (15 y 16 de diciembre)" (ordinals before the noun belong to the title).
                    var titleStart = tok.Start;
                    for (var o = i; capital && o > first && IsRomanOrOrdinal(o - 1) && char.IsUpper(t.Original(t.Tokens[o - 1])[0]) && !IsNumbering(o - 1); o--) titleStart = t.Tokens[o - 1].Start;
                    if (capital && IsClauseStart(titleStart, b.Span.Start) && BracketDateAfter(tok.Start, sEnd) is { } bracket)
                    {
                        var title = Clean(Text[titleStart..bracket.TitleEnd]);
                        foreach (var d in Occasions(bracket.Dates, title)) Emit(new TextSpan(titleStart, bracket.TitleEnd), title, type, d, new TextSpan(sStart, sEnd), 0.8, fromRunningText: true);
                        i = t.TokenAtOrAfter(bracket.After) - 1;
                        continue;
                    }

                    if (CalendarEntry(i, titleStart, b.Span, type) is { } entryEnd)
                    {
                        i = entryEnd;
                        continue;
                    }

                    // (A sentence opening with its item's date and a dash, "22.10.2024 — … recorrió ayer …", is dated as after a dateline.)
                    var sentenceDate = ItemStampOpening(sStart, sEnd) is not null ? AfterDateline(sStart, sEnd)
                        : FirstDateIn(new TextSpan(sStart, sEnd)) ?? AfterDateline(sStart, sEnd) ?? DayRelativeToItem(sStart, sEnd);
                    if (sentenceDate is null) continue;
                    var named = NamedActivity(i, sEnd, capital);
                    if (named is null && !capital && TookPlace(i, b.Span) is { } generic)
                    {
                        // "se realizó además un taller de dirección coral para 60 docentes": an activity named by its kind and subject alone,
                        // which the report says took place on a day.
                        Emit(generic.Span, generic.Title, type, generic.Date, generic.Sentence, 0.6, fromRunningText: true);
                        i = t.TokenAtOrAfter(generic.Span.End) - 1;
                        continue;
                    }

                    if (named is null && !capital && ApposedActivity(i, sStart, sEnd) is { } leading)
                    {
                        Emit(leading.Span, leading.Title, type, leading.Date, new TextSpan(sStart, sEnd), 0.6, fromRunningText: true);
                        i = t.TokenAtOrAfter(leading.Span.End) - 1;
                        continue;
                    }

                    if (named is not { } n) continue;
                    // "… y coorganizó el 22 de noviembre la jornada «Ciudad, infancia y clima»": the day right before the activity is its own.
                    // ("14 de julio: Fiesta Nacional de Francia": so is a day set before it with a colon.)
                    var justBefore = (DateJustBefore(i, sStart) ?? LabelDateBefore(n.Span.Start)) is { } own ? FirstOccasion(own, n.Span.Start) : null;
                    // "El 20 de marzo, el alcalde recordó la visita oficial de …", "El 9 de mayo anunció la visita … prevista para el otoño": the
                    // sentence's day is when it was recalled or announced, not when the activity was held.
                    var occurrence = OccurrenceDateAfter(n.Span.End, sEnd);
                    // ("La visita de retorno a Génova, programada del 11 al 15 de noviembre, se postergó …": the days it was set for, put off.)
                    if (occurrence is null ? TellsOfNoHeldActivity(sStart, sEnd, n.Span.Start) || (justBefore is null && HeldAtAnotherTime(n.Span.End, sEnd))
                                           : SaidCalledOffAfter(n.Span.End, sEnd))
                    {
                        i = t.TokenAtOrAfter(n.Span.End) - 1;
                        continue;
                    }

                    // An item of a chronology ("18 de abril. Viaje del concejal … a Dakar …") sums up: an activity the report tells of on that
                    // day keeps its own name.
                    var chronicled = DatelineBefore(sStart) is { Alone: true } item && ReferenceEquals(sentenceDate, item.Dateline);
                    Emit(n.Span, n.Title, type, occurrence ?? justBefore ?? FirstOccasion(sentenceDate, sEnd), new TextSpan(sStart, sEnd), 0.65, fromRunningText: true,
                        recap: chronicled);
                    i = t.TokenAtOrAfter(n.Span.End) - 1;
                }
            }
        }

        /// <summary>"El 6 de agosto, aniversario del bombardeo de Hiroshima, …": a noun set after a date and a comma says what the day is.</summary>
        private bool DescribesItsDate(int noun)
        {
            var k = noun - 1;
            return k >= 0 && Text.AsSpan(t.Tokens[k].End, t.Tokens[noun].Start - t.Tokens[k].End).Trim() is "," && DateEndingAt(t.Tokens[k].End) is not null;
        }

        /// <summary>
        /// "la primera rueda internacional de negocios «Mérida Conecta»", "Ronda de Negocios": a round of business meetings is an activity as
        /// surely as a strong noun names one ("una segunda ronda de financiamiento" is none).
        /// </summary>
        private bool IsBusinessRound(int noun)
        {
            if (t.Key(t.Tokens[noun]) is not ("rueda" or "ronda")) return false;
            for (var k = noun + 1; k + 1 < t.Tokens.Length && k <= noun + 3; k++)
                if (t.Key(t.Tokens[k]) is "de" && t.Key(t.Tokens[k + 1]) is "negocios") return true;
            return false;
        }

        /// <summary>
        /// A plural noun that names one occasion with capitals: "las IV Jornadas de Cooperación Transfronteriza", "Las Jornadas de
        /// Cooperación Descentralizada, organizadas los días 23 y 24 de noviembre", "las Jornadas Mediterráneas de Ciudades Cerámicas" (a
        /// capitalised adjective or two first); not "jornadas de limpieza" nor "Jornadas" alone.
        /// </summary>
        private bool NamesOneOccasion(int noun)
        {
            if (!(t.Key(t.Tokens[noun]) is "jornadas" && char.IsUpper(Text[t.Tokens[noun].Start]))) return false;
            var k = noun + 1;
            while (k < noun + 3 && k < t.Tokens.Length && char.IsUpper(t.Original(t.Tokens[k])[0]) && !IsAllCaps(k) && t.Key(t.Tokens[k]) is not ("de" or "del")
                   && Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End) is " ") k++;
            return k + 1 < t.Tokens.Length && t.Key(t.Tokens[k]) is "de" or "del" && char.IsUpper(t.Original(t.Tokens[k + 1])[0]);
        }

        /// <summary>
        /// Whether the activity's noun is where something took part, after "en" and its article ("Del 9 al 12 de octubre el Servicio participó
        /// en Bruselas en la Semana Europea …"), so that the day the sentence opens with is its own; not a complement ("el 12 de febrero se
        /// firmó el convenio … para la coordinación de la Semana de la Solidaridad").
        /// </summary>
        /// <summary>
        /// The days between a verb of hosting and the activity's article: "el Concello organizó del 14 al 20 de octubre la Semana Vigo
        /// Solidaria"; else null.
        /// </summary>
        private DateMention? DaysAfterHostingVerb(int noun, int sentenceStart)
        {
            if (DateJustBefore(noun, sentenceStart) is not { } days) return null;
            // (The days' span may open at their number or at "del", "los días".)
            var verb = t.TokenAtOrAfter(days.Span.Start) - 1;
            while (verb >= 0 && t.Tokens[verb].Start >= sentenceStart && t.Key(t.Tokens[verb]) is "del" or "de" or "los" or "dias" or "el" or "entre") verb--;
            return verb >= 0 && t.Tokens[verb].Start >= sentenceStart && EndsWithAny(t.Tokens[verb].End, HostedVerbs)
                   && !Text.AsSpan(t.Tokens[verb].End, days.Span.Start - t.Tokens[verb].End).ContainsAny(",;:.") ? days : null;
        }

        /// <summary>
        /// "El 9 de mayo se celebró el Día de Europa …", "se sumó al Día Internacional de la Ciudad Educadora (30 de noviembre)", "La
        /// Setmana de la Solidaritat se celebró del 18 al 23 de noviembre": a day or a (Catalan) week named with capitals in running text
        /// is an occasion, held on the day given after its name or, failing that, on the day its sentence opens with. "el día 9", "Día
        /// 1 — miércoles" name none.
        /// </summary>
        private (TextSpan Span, string Title, DateValue Date, TextSpan Sentence)? NamedDay(int noun, TextSpan block)
        {
            if (!char.IsUpper(Text[t.Tokens[noun].Start]) || InHeading(t.Tokens[noun].Start) || noun + 2 >= t.Tokens.Length) return null;
            // "realizado en el marco de las celebraciones del Día Internacional de …": a day that frames the activity told ("con motivo del
            // Día …, 22 centros participaron …" marks it).
            if (InMarco(noun) || (noun > 2 && t.Key(t.Tokens[noun - 1]) is "del" or "de" && !char.IsUpper(Text[t.Tokens[noun - 2].Start]) && InMarco(noun - 2))) return null;
            if (DaysNameAt(noun) is not { } k) return null;
            var (ws, we) = Sentence(t.Tokens[noun].Start, block);
            if (InsideQuote(ws, t.Tokens[noun].Start) || Announces(ws, we) || TellsOfNoHeldActivity(ws, we, t.Tokens[noun].Start)) return null;
            if (NamedActivity(noun, we, capital: true) is not { } named) return null;
            // "Con motivo del Día Mundial del Medio Ambiente, 23 municipios participaron … en la jornada regional de reforestación": the
            // activity the sentence names is what was held on the day.
            if (InFrame(noun) && StrongNounAmong(t.TokenAtOrAfter(named.Span.End), MaxFramedReach, we) is not null) return null;
            // "el Día de Europa en la plaza Corsini": where it was held is not its name.
            for (var e = k + 1; e < t.Tokens.Length && t.Tokens[e].Start < named.Span.End; e++)
                if (t.Key(t.Tokens[e]) is "en")
                {
                    var span = new TextSpan(named.Span.Start, t.Tokens[e - 1].End);
                    named = (span, Clean(Text[span.Start..span.End]));
                    break;
                }

            // "3 de octubre: Día de la Unidad Alemana (…)" / "9 de octubre: Día Nacional de Corea (…)": a day set before the name with a
            // colon is its own, whatever day the next line (joined on by the cleaner) gives.
            var date = LabelDateBefore(named.Span.Start) ?? FirstDateIn(new TextSpan(named.Span.End, we)) ?? OpeningDate(ws, we, comma: false);
            if (date is not { Value.Start.Day: not null }) return null;
            return (named.Span, named.Title, FirstOccasion(date, we), new TextSpan(ws, we));
        }

        /// <summary>"Día de Europa", "Día Mundial del Agua", "Día Internacional de la Mujer": the token of the capitalised name after "Día", else null.</summary>
        private int? DaysNameAt(int noun)
        {
            var k = noun + 1;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "internacional" or "mundial" or "nacional" or "europeo" or "europea" or "global" or "iberoamericano") k++;
            if (k >= t.Tokens.Length || t.Key(t.Tokens[k]) is not ("de" or "del" or "dels" or "per")) return null;
            k++;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "la" or "el" or "los" or "las") k++;
            return k < t.Tokens.Length && char.IsUpper(t.Original(t.Tokens[k])[0]) ? k : null;
        }

        private bool TakenPartIn(int noun) =>
            noun >= 2 && t.Key(t.Tokens[noun - 1]) is "la" or "el" or "las" or "los" && t.Key(t.Tokens[noun - 2]) is "en";

        /// <summary>Nouns of a governing body, folded: its sitting is an activity where the report says it was held, and when.</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GoverningBodies =
            new HashSet<string>(["consejo", "comite", "bureau", "junta"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// A body named with a capital and said to have been held, with its date, right after its name: "En el Consejo Rector de CIDEU,
        /// celebrado del 3 al 5 de julio de 2024 en Zaragoza, …" is that sitting. Not the body alone ("el Consejo Directivo del Mayors
        /// Migration Council"). Returns the token to go on from.
        /// </summary>
        private int SittingOfABody(int noun, TextSpan block)
        {
            var tok = t.Tokens[noun];
            if (!char.IsUpper(Text[tok.Start])) return noun;
            var (sStart, sEnd) = Sentence(tok.Start, block);
            if (InHeading(tok.Start) || InsideQuote(sStart, tok.Start) || NamedActivity(noun, sEnd, capital: true) is not { } body
                || DatedRightAfterName(body.Span.End, sEnd) is not { } date || HeldInPlural(body.Span.End)) return noun;
            Emit(body.Span, body.Title, "reunión", date, new TextSpan(sStart, sEnd), 0.6, fromRunningText: true);
            return t.TokenAtOrAfter(body.Span.End) - 1;
        }

        /// <summary>Nouns of a body that meets (folded): "la comisión de valoración se reunió …", "se reunió la Mesa Municipal de …".</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeetingBodies =
            new HashSet<string>(["comision", "comite", "consejo", "junta", "mesa", "grupo", "subcomision", "patronato", "directorio", "pleno"], StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Folded verbs saying a body met: "se reunió", "se reunieron", "sesionó".</summary>
        private static bool IsMeetingVerb(ReadOnlySpan<char> folded) =>
            folded is "reunio" or "reunieron" or "sesiono" or "sesionaron" or "reunira" or "reuniran" or "sesionara" or "sesionaran";

        /// <summary>How many words a body's name may run after its noun ("grupo de trabajo de movilidad sostenible").</summary>
        private const int MaxBodyName = 8;

        /// <summary>
        /// A body the sentence says met, on a day of the sentence: "La comisión de valoración, formada por personal técnico …, se reunió los
        /// días 27 y 28 de mayo", "El 30 de octubre se reunió la Mesa Municipal de Emergencias Humanitarias, con …", "El grupo de trabajo de
        /// movilidad sostenible se reunió el 7 de marzo en Vitoria-Gasteiz". The activity is the meeting, "Reunión de la comisión de
        /// valoración"; the body's name runs from its noun over words and their "de", "del", "de la", up to a comma, a verb or a date.
        /// Returns the token to go on from, or null when the sentence tells no such meeting.
        /// </summary>
        private int? BodyMet(int noun, TextSpan block)
        {
            if (noun == 0 || t.Key(t.Tokens[noun - 1]) is not ("la" or "el") || InHeading(t.Tokens[noun].Start)) return null;
            var last = noun;
            while (last + 1 < t.Tokens.Length && last + 1 - noun <= MaxBodyName && t.Tokens[last + 1].End <= block.End
                   && Text.AsSpan(t.Tokens[last].End, t.Tokens[last + 1].Start - t.Tokens[last].End) is " ")
            {
                var next = t.Key(t.Tokens[last + 1]);
                if (next is "de" or "del")
                {
                    var k = last + 2;
                    if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "la" or "los" or "las") k++;
                    if (k >= t.Tokens.Length || DateStartsAt(t.Tokens[k].Start) || BodyNameStops(t.Key(t.Tokens[k]))) break;
                    last = k;
                }
                else if (BodyNameStops(next) || DateStartsAt(t.Tokens[last + 1].Start)) break;
                else last++;
            }

            var (sStart, sEnd) = Sentence(t.Tokens[noun].Start, block);
            // The verb before the body ("se reunió la Mesa …") or after its name, past an aside set off by commas ("…, formada por …, se reunió").
            var v = noun - 2;
            // ("El 29 de agosto se reunió en Medellín el Comité …": where, between the verb and the body.)
            if (v >= 0 && !IsMeetingVerb(t.Key(t.Tokens[v])))
            {
                var p = v;
                while (p >= 0 && p > noun - 6 && char.IsUpper(t.Original(t.Tokens[p])[0])) p--;
                if (p < v && p >= 0 && t.Key(t.Tokens[p]) is "en") v = p - 1;
            }

            var before = v >= 1 && t.Key(t.Tokens[v - 1]) is "se" && IsMeetingVerb(t.Key(t.Tokens[v]));
            var verb = before ? v : -1;
            if (!before)
            {
                var k = last + 1;
                if (k < t.Tokens.Length && Text.AsSpan(t.Tokens[last].End, t.Tokens[k].Start - t.Tokens[last].End).Trim() is ","
                    && Text.IndexOf(',', t.Tokens[k].Start, Math.Max(0, sEnd - t.Tokens[k].Start)) is var closing and >= 0)
                    k = t.TokenAtOrAfter(closing + 1);
                if (k + 1 < t.Tokens.Length && t.Tokens[k + 1].End <= sEnd && t.Key(t.Tokens[k]) is "se" && IsMeetingVerb(t.Key(t.Tokens[k + 1]))) verb = k + 1;
                else if (k < t.Tokens.Length && t.Tokens[k].End <= sEnd && t.Key(t.Tokens[k]) is "sesiono" or "sesionaron") verb = k;
            }

            // "se reunió en seis ocasiones", "se reunió tres veces": several meetings told together.
            if (verb < 0 || InsideQuote(sStart, t.Tokens[noun].Start) || (verb + 3 < t.Tokens.Length && t.Key(t.Tokens[verb + 3]) is "ocasiones" or "veces")
                || (verb + 2 < t.Tokens.Length && t.Key(t.Tokens[verb + 2]) is "veces")) return null;
            // Its day right after the verb, else one the sentence opens with before it ("El 30 de octubre se reunió …"); a date further on
            // belongs to another clause ("se reunió en seis ocasiones; en su sesión del 11 de diciembre aprobó …").
            var date = OccurrenceDayAfter(t.Tokens[verb].End, sEnd) ?? (FirstDateIn(new TextSpan(sStart, t.Tokens[Math.Min(noun, verb)].Start)) is { } d ? FirstOccasion(d, sEnd) : null);
            if (date is null) return null;
            var span = new TextSpan(t.Tokens[noun].Start, t.Tokens[last].End);
            var name = Clean(Text[span.Start..span.End]);
            Emit(span, (t.Key(t.Tokens[noun - 1]) is "el" ? "Reunión del " : "Reunión de la ") + name, "reunión", date, new TextSpan(sStart, sEnd), 0.6, fromRunningText: true);
            return Math.Max(last, verb);
        }

        /// <summary>Folded words that end a body's name: pronouns, prepositions other than "de", articles of another phrase, conjunctions, verbs' clitics.</summary>
        private static bool BodyNameStops(ReadOnlySpan<char> folded) =>
            folded is "se" or "en" or "con" or "el" or "los" or "las" or "la" or "para" or "que" or "por" or "a" or "al" or "y" or "e" or "o" or "u" or "sobre" or "entre" or "hasta" or "desde" or "durante" or "ante"
            || SpanishVerbForms.IsPreterite(folded);

        /// <summary>The first day after a verb of meeting in its sentence ("se reunió los días 27 y 28 de mayo"), within a short reach; else null.</summary>
        private DateValue? OccurrenceDayAfter(int verbEnd, int sentenceEnd)
        {
            var i = FirstDateFrom(verbEnd);
            return i < dates.Count && dates[i].Span.Start - verbEnd <= 40 && dates[i].Span.End <= sentenceEnd && Text.AsSpan(verbEnd, dates[i].Span.Start - verbEnd).IndexOfAny(';', ':') < 0
                ? FirstOccasion(dates[i], sentenceEnd) : null;
        }

        /// <summary>
        /// Whether the participle after a name is plural ("el Encuentro de Ciudades Iberoamericanas y el Comité Ejecutivo de la UCCI,
        /// celebrados el 30 y 31 de octubre"): the body's sitting is told together with the activity before it.
        /// </summary>
        private bool HeldInPlural(int nameEnd)
        {
            var k = t.TokenAtOrAfter(nameEnd);
            return k < t.Tokens.Length && t.Key(t.Tokens[k]) is [.., 'o' or 'a', 's'];
        }

        /// <summary>English nouns that end an activity's name ("Smart City Expo World Congress", "Kick-off Convening"), folded, with the type they give.</summary>
        private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> EnglishNouns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["congress"] = "congreso", ["summit"] = "cumbre", ["forum"] = "foro", ["conference"] = "conferencia", ["convening"] = "encuentro", ["workshop"] = "taller",
            ["day"] = "jornada", ["meeting"] = "reunión", ["week"] = "jornada", ["festival"] = "festival", ["roundtable"] = "mesa", ["assembly"] = "asamblea",
            ["symposium"] = "simposio", ["convention"] = "convención",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>
        /// An activity named in English in running Spanish, its name before its noun: "formó parte de la Kick-off Convening de Bloomberg"
        /// (with the complement after it), "asistente al Smart City Expo World Congress … llevados a cabo entre el 5 y el 7 de noviembre".
        /// The name is the capitalised words before the noun (two at least, with the noun); it is dated as a Spanish name is, and
        /// not read where it only frames another activity ("en el marco del World Cities Summit"). Returns the token to go on after.
        /// </summary>
        private int EnglishNamed(int noun, string type, TextSpan block)
        {
            if (!char.IsUpper(t.Original(t.Tokens[noun])[0]) || InHeading(t.Tokens[noun].Start)) return noun;
            var first = noun;
            while (first > 0 && noun - first < 6 && t.Tokens[first - 1].Start >= block.Start && NameWordBefore(first)) first--;
            if (first == noun || InFrame(first)) return noun;
            var last = noun;
            if (last + 2 < t.Tokens.Length && t.Key(t.Tokens[last + 1]) is "de" or "del" && char.IsUpper(t.Original(t.Tokens[last + 2])[0])
                && t.Tokens[last + 2].Start < block.End) last += 2;
            var span = new TextSpan(t.Tokens[first].Start, t.Tokens[last].End);
            var (sStart, sEnd) = Sentence(span.Start, block);
            if (InsideQuote(sStart, span.Start) || FirstDateIn(new TextSpan(sStart, sEnd)) is not { } sentenceDate) return last;
            Emit(span, Clean(Text[span.Start..span.End]), type, OccurrenceDateAfter(span.End, sEnd) ?? FirstOccasion(sentenceDate, sEnd), new TextSpan(sStart, sEnd), 0.65,
                fromRunningText: true);
            return last;
        }

        /// <summary>Whether the word before <paramref name="i"/> belongs to a name written before its noun: capitalised ("Expo", "World"), or joined by a hyphen ("Kick-off").</summary>
        private bool NameWordBefore(int i)
        {
            var before = t.Tokens[i - 1];
            var gap = Text.AsSpan(before.End, t.Tokens[i].Start - before.End);
            if (gap is "-") return true;
            if (gap is not " ") return false;
            // "Kick-off Convening": the lower-case half of a hyphenated word belongs to the name.
            if (i - 2 >= 0 && Text.AsSpan(t.Tokens[i - 2].End, before.Start - t.Tokens[i - 2].End) is "-" && char.IsUpper(t.Original(t.Tokens[i - 2])[0])) return true;
            return char.IsUpper(t.Original(before)[0]) && t.Key(before) is not ("el" or "la" or "los" or "las" or "al" or "del" or "de" or "en" or "y");
        }

        /// <summary>How far after a name its occurrence participle is looked for: far enough for a second name joined to it ("al Smart City Expo World Congress y al taller de la Alianza … llevados a cabo").</summary>
        private const int OccurrenceReach = 100;

        /// <summary>Words after an activity's name that say when it took place: "… llevados a cabo entre el 5 y el 7 de noviembre", "celebrado el 3 de mayo".</summary>
        private static readonly string[] OccurrenceParticiples =
        [
            " llevad", " realizad", " celebrad", " efectuad", " organizad", " dictad", " impartid", " tuvo lugar", " tendra lugar", " se llevo a cabo", " se realizo", " se celebro",
            // "el IV Foro Internacional …, programado en Medellín del 16 al 18 de octubre de 2024".
            " programad",
            // Announced: "el Encuentro Nacional de Ciudades Inteligentes, que se realizará del 12 al 14 de junio".
            " se realizara", " se llevara a cabo", " se celebrara", " que se realizara", " que se llevara a cabo", " que se celebrara", " que tendra lugar",
        ];

        /// <summary>
        /// The date an occurrence participle after the name gives ("invitación … al taller de la Alianza … llevados a cabo entre el 5 y el 7
        /// de noviembre": the taller's date, not the invitation's), within a short reach; null when there is none.
        /// </summary>
        private DateValue? OccurrenceDateAfter(int nameEnd, int sentenceEnd)
        {
            // The participle nearest the name that a date follows speaks of it: "La Semana de Cochabamba, organizada con la Municipalidad
            // Provincial de Arequipa, se realizará en esa ciudad del 19 al 23 de agosto".
            var reach = Math.Min(sentenceEnd, nameEnd + OccurrenceReach);
            for (var from = nameEnd; AfterParticiple(from, reach, OccurrenceParticiples, OccurrenceReach) is { } after; from = after)
            {
                var i = FirstDateFrom(after);
                if (i < dates.Count && dates[i].Span.Start - after <= 60 && dates[i].Span.End <= sentenceEnd) return FirstOccasion(dates[i], sentenceEnd);
            }

            return null;
        }

        /// <summary>
        /// Where the participle nearest a name ends, of those in the text from the name's end to <paramref name="reach"/> that start at
        /// most <paramref name="gap"/> characters after it; null when there is none.
        /// </summary>
        private int? AfterParticiple(int nameEnd, int reach, string[] participles, int gap)
        {
            if (reach <= nameEnd) return null;
            var window = t.Folded.AsSpan(nameEnd, reach - nameEnd);
            var (at, length) = (-1, 0);
            foreach (var p in participles)
                if (window.IndexOf(p, StringComparison.Ordinal) is var found and >= 0 && found <= gap && (at < 0 || found < at)) (at, length) = (found, p.Length);
            return at < 0 ? null : nameEnd + at + length;
        }

        /// <summary>Announcing participles: what follows says when the activity will be held.</summary>
        private static readonly string[] AnnouncedParticiples = [" se realizara", " se llevara a cabo", " se celebrara", " tendra lugar", " prevista para", " previsto para"];

        /// <summary>How many characters may stand between a name and its announcing participle: ", que".</summary>
        private const int ParticipleGap = 6;

        private static readonly int LongestAnnouncedParticiple = AnnouncedParticiples.Max(p => p.Length);

        /// <summary>Words of a time that is no date: "en el último trimestre del año", "el próximo año", "a finales de 2025", "en otoño".</summary>
        private static readonly HashSet<string> VagueTimes = new(StringComparer.Ordinal)
        {
            "trimestre", "semestre", "cuatrimestre", "ano", "mes", "meses", "semana", "proximo", "proxima", "finales", "principios", "mediados", "otono",
            "primavera", "verano", "invierno", "fecha",
        };

        /// <summary>
        /// "… al Congreso …, del 17 al 19 de abril, y a seguir la preparación de nuestra Asamblea General, que se celebrará en el último
        /// trimestre del año": an activity announced right after its name for a time that is no date is not held on the sentence's day.
        /// </summary>
        private bool HeldAtAnotherTime(int nameEnd, int sentenceEnd)
        {
            // The participle right after the name (", que se celebrará", ", prevista para"), not one of a later activity's.
            if (AfterParticiple(nameEnd, Math.Min(sentenceEnd, nameEnd + ParticipleGap + LongestAnnouncedParticiple), AnnouncedParticiples, ParticipleGap) is not { } from)
                return false;
            // The first words after the participle, up to a comma or the sentence's end: a vague time among them, and no date.
            var end = Math.Min(sentenceEnd, from + 40);
            var comma = Text.IndexOf(',', from, end - from);
            if (comma >= 0) end = comma;
            var i = FirstDateFrom(from);
            if (i < dates.Count && dates[i].Span.Start < end) return false;
            for (var k = t.TokenAtOrAfter(from); k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
                if (VagueTimes.Contains(t.Key(t.Tokens[k]).ToString())) return true;
            return false;
        }

        /// <summary>
        /// "la Audiencia Provincial de Málaga", "la Mesa Directiva", "la Semana Santa", "el Ciclo Formativo": a capitalised weak noun
        /// followed by a capitalised word names a body, a feast or a course of study; "la Semana de Málaga en Zhuhai" names an occasion.
        /// </summary>
        private bool NamesABody(int noun) =>
            char.IsUpper(t.Original(t.Tokens[noun])[0]) && noun + 1 < t.Tokens.Length && !(t.Key(t.Tokens[noun + 1]) is "de" or "del" or "con" or "sobre" or "por" or "para");

        /// <summary>How far from an activity's noun the words that say it was not held are looked for.</summary>
        private const int NoHeldReach = 300;

        /// <summary>"Mesa de Cooperantes de La Libertad": "de" or "del" after the noun, and a capitalised word within the next three.</summary>
        private bool NamedByComplement(int noun)
        {
            if (noun + 2 >= t.Tokens.Length || !(t.Key(t.Tokens[noun + 1]) is "de" or "del")) return false;
            for (var k = noun + 2; k < t.Tokens.Length && k <= noun + 4; k++)
                if (char.IsUpper(t.Original(t.Tokens[k])[0])) return true;
            return false;
        }

        /// <summary>
        /// Words that tell of an activity not held on its sentence's day: recalled, evaluated, proposed, approved, prepared or "future"
        /// before its noun ("recordó la visita …", "para preparar la Semana de Francia"), talked over right before it ("para tratar la
        /// celebración …"), put off, called off or missed anywhere in the
        /// sentence ("quedó aplazada", "se canceló", "no pudo atenderse").
        /// </summary>
        private bool TellsOfNoHeldActivity(int sentenceStart, int sentenceEnd, int nounStart)
        {
            if (CalledOffNear(sentenceStart, sentenceEnd, nounStart)) return true;
            // Within a window around the noun: a block without sentence ends, read noun by noun, stays linear.
            sentenceStart = Math.Max(sentenceStart, nounStart - NoHeldReach);
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].Start < nounStart; k++)
            {
                var w = t.Key(t.Tokens[k]);
                if (w is "recordo" or "recuerda" or "evaluo" or "propuso" or "propone" or "aprobo" or "cito" or "preparar" or "anuncio" or "anuncia"
                    // "la futura misión comercial" ("la Cumbre del Futuro" is a name, "un futuro inclusivo" another thing).
                    || (w is "futura" or "futuro" or "futuras" or "futuros" && char.IsLower(t.Original(t.Tokens[k])[0]) && k + 1 < t.Tokens.Length
                        && t.Tokens[k + 1].Start == nounStart)) return true;
                // "se reunió con el alcalde para tratar la celebración del Mes de la Francofonía": an activity talked over, not held.
                if (w is "tratar" or "abordar" or "discutir" or "planificar" or "analizar" && t.TokenAtOrAfter(nounStart) - k <= 2) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the sentence, within <see cref="NoHeldReach"/> of the activity's noun, says it was put off, called off or missed ("quedó
        /// aplazada", "se canceló", "no pudo atenderse"), or is an activity cited ("citada").
        /// </summary>
        private bool CalledOffNear(int sentenceStart, int sentenceEnd, int nounStart)
        {
            sentenceStart = Math.Max(sentenceStart, nounStart - NoHeldReach);
            sentenceEnd = Math.Min(sentenceEnd, nounStart + NoHeldReach);
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= sentenceEnd; k++)
                if (t.Key(t.Tokens[k]) is var w && (CallingOff.IsCallOff(w) || w is "citada" or "citado" || IsMissed(k))) return true;
            return false;
        }

        /// <summary>
        /// Whether a verb after an activity's name says it was put off or called off: "…, programada del 11 al 15 de noviembre, se postergó",
        /// "fue cancelada"; not a participle of an aside ("…, aplazado en abril, tuvo lugar finalmente el 11 de mayo") or of another
        /// activity ("la misión aplazada a Alba Iulia").
        /// </summary>
        private bool SaidCalledOffAfter(int nameEnd, int sentenceEnd)
        {
            for (var k = t.TokenAtOrAfter(nameEnd) + 1; k < t.Tokens.Length && t.Tokens[k].End <= Math.Min(sentenceEnd, nameEnd + NoHeldReach); k++)
                if (CallingOff.IsCallOff(t.Key(t.Tokens[k])) && t.Key(t.Tokens[k - 1]) is "se" or "fue" or "fueron" or "quedo" or "quedaron" or "sido") return true;
            return false;
        }

        /// <summary>Whether a sentence says its activity was missed: "no pudo atenderse" anywhere in it.</summary>
        private bool TellsOfAMissedActivity(int sentenceStart, int sentenceEnd)
        {
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= sentenceEnd; k++)
                if (IsMissed(k)) return true;
            return false;
        }

        /// <summary>"no pudo atenderse", "no se pudo asistir", "no pudieron participar": at the token "no", an activity missed.</summary>
        private bool IsMissed(int no)
        {
            if (t.Key(t.Tokens[no]) is not "no") return false;
            var k = no + 1;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "se") k++;
            if (k + 1 >= t.Tokens.Length || t.Key(t.Tokens[k]) is not ("pudo" or "pudieron")) return false;
            var verb = t.Key(t.Tokens[k + 1]);
            return verb.StartsWith("atend", StringComparison.Ordinal) || verb.StartsWith("asisti", StringComparison.Ordinal) || verb.StartsWith("particip", StringComparison.Ordinal)
                   || verb.StartsWith("realizar", StringComparison.Ordinal) || verb.StartsWith("celebrar", StringComparison.Ordinal);
        }

        /// <summary>
        /// "se presentó el balance de la Semana de la Solidaridad", "el informe final de la misión": whether the noun completes a noun of an
        /// account given of it (through "de" and an article), so that the sentence's day is the account's, not the activity's.
        /// </summary>
        private bool AfterAnAccountOf(int noun)
        {
            var k = noun - 1;
            if (k >= 0 && t.Key(t.Tokens[k]) is "la" or "el" or "los" or "las") k--;
            if (k < 1 || t.Key(t.Tokens[k]) is not ("de" or "del")) return false;
            for (var j = k - 1; j >= 0 && j >= k - 2; j--)
                if (t.Key(t.Tokens[j]) is "balance" or "balances" or "resultados" or "informe" or "memoria" or "evaluacion" or "conclusiones") return true;
            return false;
        }

        /// <summary>"la ceremonia del VI Premio …": whether the noun completes another activity's noun before it (through "de", "del", an ordinal).</summary>
        private bool AfterActivityNoun(int noun)
        {
            for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
            {
                var f = t.Key(t.Tokens[k]);
                if (ActivityNouns.TypeOf(f) is not null) return true;
                if (!(f is "de" or "del" or "la" or "el" || IsRomanOrOrdinal(k))) return false;
            }

            return false;
        }

        /// <summary>
        /// The date a sentence opens with ("El 2 de febrero, …", "Entre el 9 y el 13 de octubre, …"), followed by a comma unless
        /// <paramref name="comma"/> is false ("Del 9 al 12 de octubre el Servicio participó …"); or null.
        /// </summary>
        private DateMention? OpeningDate(int sentenceStart, int sentenceEnd, bool comma = true)
        {
            var k = sentenceStart;
            while (k < sentenceEnd && !char.IsLetterOrDigit(Text[k])) k++;
            var i = FirstDateFrom(k);
            if (i >= dates.Count || dates[i].Span.End > sentenceEnd) return null;
            var d = dates[i];
            var lead = t.Folded.AsSpan(k, Math.Max(0, d.Span.Start - k)).Trim();
            if (!(lead is "" or "el" or "del" or "entre el" or "los dias" or "el dia" or "desde el")) return null;
            if (!comma) return d;
            var after = d.Span.End;
            while (after < sentenceEnd && Text[after] == ' ') after++;
            return after < sentenceEnd && Text[after] == ',' ? d : null;
        }

        /// <summary>How many years before the report's period a day in running text is history rather than one of its activities.</summary>
        private const int HistoryYears = 10;

        /// <summary>Words before an activity's noun that say it took place: "se realizó (además) un taller …", "tuvo lugar la entrega …".</summary>
        private static readonly string[] OccurrenceBefore =
            ["se realizo", "se realizaron", "se llevo a cabo", "tuvo lugar", "se celebro", "se desarrollo", "se efectuo", "se dicto", "se impartio", "se organizo"];

        /// <summary>Words between an occurrence verb and the noun: articles and adverbs ("se realizó además un taller").</summary>
        private static readonly HashSet<string> OccurrenceFillers = new(StringComparer.Ordinal) { "el", "la", "un", "una", "ademas", "tambien", "asimismo" };

        /// <summary>
        /// An activity named by its noun and the lower-case words after it ("un taller de dirección coral", "la entrega de premios del
        /// concurso de comparsas"), which an occurrence verb just before or after it says took place, on a date of its sentence.
        /// </summary>
        private (TextSpan Span, string Title, DateValue Date, TextSpan Sentence)? TookPlace(int noun, TextSpan block)
        {
            var (sStart, sEnd) = Sentence(t.Tokens[noun].Start, block);
            if (InsideQuote(sStart, t.Tokens[noun].Start)) return null;
            var k = noun - 1;
            // "acogió el 26 de septiembre la segunda reunión del comité de pilotaje": an ordinal before the noun is the name's own.
            var nameStart = t.Tokens[noun].Start;
            while (k >= 0 && t.Tokens[k].Start >= sStart && IsOrdinal(k, k + 1) && !char.IsDigit(Text[t.Tokens[k].Start])) nameStart = t.Tokens[k--].Start;
            while (k >= 0 && t.Tokens[k].Start >= sStart && OccurrenceFillers.Contains(t.Key(t.Tokens[k]).ToString())) k--;
            // "siguió en línea el seminario sobre gestión del litoral … del 14 de marzo": how it was followed, between the verb and its object.
            if (k >= 1 && t.Tokens[k - 1].Start >= sStart && t.Key(t.Tokens[k - 1]) is "en" && t.Key(t.Tokens[k]) is "linea" or "directo") k -= 2;
            // "se celebró en el Salón de la Ciudad del Palacio Municipal la ceremonia de entrega …": a place named between the verb and
            // the activity.
            if (k < noun - 1 && PlaceBefore(k, sStart) is { } enToken) k = enToken - 1;
            // "acogió los días 20 y 21 de abril la reunión semestral del grupo", "participó el 8 de noviembre en la sesión virtual de …":
            // the days between a verb of hosting or taking part and the activity are its own.
            if (k >= 0 && t.Key(t.Tokens[k]) is "en" or "a" or "al") k--;
            DateMention? between = null;
            while (k >= 0 && t.Tokens[k].Start >= sStart)
            {
                if (DateEndingAt(t.Tokens[k].End) is { } d0 && d0.Span.Start >= sStart)
                {
                    between = d0; // read back to the run's first date
                    k = t.TokenAtOrAfter(d0.Span.Start) - 1;
                }
                else if (between is not null && t.Key(t.Tokens[k]) is "y" or "e" or "el" or "los" or "dias" or "dia" or "del" or "entre") k--;
                else break;
            }

            // "Los días 8 y 9 de octubre el Ayuntamiento acogió en Tabakalera la tercera reunión transnacional del proyecto": a verb of
            // hosting in the past, its sentence opening with the day.
            var before = k >= 0 && t.Tokens[k].Start >= sStart
                         && (EndsWithAny(t.Tokens[k].End, OccurrenceBefore)
                             || (between is not null && EndsWithAny(t.Tokens[k].End, HostingVerbs))
                             || (EndsWithAny(t.Tokens[k].End, HostedVerbs) && OpeningDate(sStart, sEnd, comma: false) is not null));
            // The name: the noun and up to twelve words of its complement, to a clause's end, a participle, a figure or a date.
            var end = noun;
            for (var i = noun + 1; i < t.Tokens.Length && i <= noun + MaxGenericName && t.Tokens[i].Start < sEnd; i++)
            {
                var gap = Text.AsSpan(t.Tokens[i - 1].End, t.Tokens[i].Start - t.Tokens[i - 1].End);
                var f = t.Key(t.Tokens[i]).ToString();
                // "seminario sobre gestión del litoral y erosión costera": "y" before a bare lower-case noun joins two words of one subject.
                var joinsSubjects = f is "y" or "e" && i + 1 < t.Tokens.Length && t.Tokens[i + 1].Start < sEnd && IsAllLowerWord(i + 1)
                                    && !IsPastVerb(t.Original(t.Tokens[i + 1])) && !IsParticipleAt(i + 1) && ActivityNouns.TypeOf(t.Key(t.Tokens[i + 1])) is null
                                    && t.Key(t.Tokens[i + 1]) is not ("se" or "la" or "el" or "los" or "las" or "un" or "una" or "su" or "sus" or "lo" or "le" or "les" or "en" or "a" or "al" or "con" or "de" or "del" or "que");
                if (gap.ContainsAny(",.;:()“”\"«»") || DateStartsAt(t.Tokens[i].Start) || char.IsDigit(Text[t.Tokens[i].Start])
                    || f is "se" or "para" or "en" or "a" or "al" or "que" or "tuvo" or "tendra" or "fue" or "sera" || (f is "y" && !joinsSubjects) || IsParticipleAt(i)) break;
                // "una reunión de trabajo con la Embajada de Francia": the counterpart named after "con" belongs to the name.
                if (f is "con")
                {
                    var j = i + 1;
                    while (j < t.Tokens.Length && t.Key(t.Tokens[j]) is "la" or "el" or "los" or "las") j++;
                    if (CounterpartAfter(i, sEnd) is { } named) j = named;
                    if (j >= t.Tokens.Length || !char.IsUpper(t.Original(t.Tokens[j])[0])) break;
                    var last = j;
                    for (var m = j + 1; m < t.Tokens.Length && m <= j + 6 && t.Tokens[m].Start < sEnd
                         && Text.AsSpan(t.Tokens[m - 1].End, t.Tokens[m].Start - t.Tokens[m - 1].End) is " "
                         && (char.IsUpper(t.Original(t.Tokens[m])[0]) || t.Key(t.Tokens[m]) is "de" or "del" or "la"); m++)
                        if (char.IsUpper(t.Original(t.Tokens[m])[0])) last = m;
                    end = last;
                    break;
                }

                end = i;
            }

            while (end > noun && t.Key(t.Tokens[end]) is "de" or "del" or "la" or "las" or "los" or "el") end--;
            // Its subject names it ("taller de dirección coral"); an adjective alone ("La presentación formal") does not.
            // "reunión semestral del grupo", "sesión virtual de la comunidad …": one adjective may come first.
            if (end == noun || !(t.Key(t.Tokens[noun + 1]) is "de" or "del" or "sobre"
                                 || (end >= noun + 2 && t.Key(t.Tokens[noun + 2]) is "de" or "del" or "sobre" && IsAllLowerWord(noun + 1)))) return null;
            var nameEnd = t.Tokens[end].End;
            DateValue? date = null;
            if (before && (between ?? FirstDateIn(new TextSpan(sStart, sEnd)) ?? DayRelativeToItem(sStart, sEnd)) is { } d) date = FirstOccasion(d, t.Tokens[noun].Start);
            else if (!before && StartsOccurrence(nameEnd, sEnd) && (OccurrenceDateAfter(nameEnd, sEnd) ?? DayRelativeToItem(sStart, sEnd)?.Value) is { } after
                     && !(ToCome(nameEnd, sEnd) && (NamesNoAgreementOfItsOwn(noun, end) || HasDeadline(sStart, sEnd)))) date = after;
            // "una técnica del Servicio realizó la visita de seguimiento del 11 al 22 de noviembre a los proyectos …": done by the
            // subject, on the days right after its name.
            else if (!before && k >= 0 && t.Tokens[k].Start >= sStart && EndsWithAny(t.Tokens[k].End, DoneVerbs) && FirstDateFrom(nameEnd) is var n0 && n0 < dates.Count
                     && dates[n0].Span.End <= sEnd && Text.AsSpan(nameEnd, dates[n0].Span.Start - nameEnd).Trim() is "" or "del" or "el" or "los dias" or "entre el")
                date = FirstOccasion(dates[n0], sEnd);
            if (date is null) return null;
            var span = new TextSpan(nameStart, nameEnd);
            return (span, Capitalised(Clean(Text[span.Start..span.End])), date, new TextSpan(sStart, sEnd));
        }

        /// <summary>
        /// The token "en" opening a place named with capitals that ends at <paramref name="last"/> ("en Barcelona", "en el Salón de la
        /// Ciudad del Palacio Municipal"), within the sentence and <see cref="MaxPlaceWords"/> words; else null.
        /// </summary>
        private int? PlaceBefore(int last, int sentenceStart)
        {
            if (last < 0 || !char.IsUpper(t.Original(t.Tokens[last])[0])) return null;
            for (var k = last - 1; k >= 0 && k >= last - MaxPlaceWords && t.Tokens[k].Start >= sentenceStart; k--)
            {
                var f = t.Key(t.Tokens[k]);
                if (f is "en") return k;
                if (!char.IsUpper(t.Original(t.Tokens[k])[0]) && f is not ("de" or "del" or "la" or "el" or "los" or "las")) return null;
            }

            return null;
        }

        /// <summary>How many words a place between a verb of occurrence and its activity may have.</summary>
        private const int MaxPlaceWords = 10;

        /// <summary>Verbs, folded, of hosting an activity in the past, whose object it is: "el Ayuntamiento acogió la reunión …".</summary>
        private static readonly string[] HostedVerbs = ["acogio", "organizo", "coorganizo", "albergo", "celebro", "inauguro", "clausuro"];

        /// <summary>Verbs, folded, of carrying out or hosting an activity in the past, whose object it is: "realizó la visita de seguimiento del 11 al 22 de noviembre".</summary>
        private static readonly string[] DoneVerbs = [.. HostedVerbs, "realizo", "realizaron", "efectuo", "efectuaron", "siguio", "siguieron"];

        /// <summary>Verbs that host, organise or attend an activity, folded, whose object is it when its day comes between: "acogió los días 20 y 21 de abril la reunión …".</summary>
        private static readonly string[] HostingVerbs =
            [.. HostedVerbs, "participo", "participaron", "asistio", "asistieron",
             // A plan's goal: "Realizar el 26 de febrero de 2025 la primera Mesa de Cooperantes del Distrito".
             "realizar", "celebrar", "organizar", "acoger"];

        /// <summary>The first date of the run that ends right before the activity's noun (articles between), as in "el 22 de noviembre la jornada"; or null.</summary>
        private DateMention? DateJustBefore(int noun, int sentenceStart)
        {
            var k = noun - 1;
            while (k >= 0 && t.Tokens[k].Start >= sentenceStart && t.Key(t.Tokens[k]) is "la" or "el" or "un" or "una" or "los" or "las") k--;
            if (k < 0 || k == noun - 1 || DateEndingAt(t.Tokens[k].End) is not { } last || last.Span.Start < sentenceStart) return null;
            var first = last;
            for (var j = t.TokenAtOrAfter(last.Span.Start) - 1; j >= 1; )
            {
                // "el 30 de noviembre y el 1 de diciembre": a day may take its article.
                var y = t.Key(t.Tokens[j]) is "el" && j >= 2 ? j - 1 : j;
                if (!(t.Key(t.Tokens[y]) is "y" or "e") || DateEndingAt(t.Tokens[y - 1].End) is not { } d) break;
                first = d;
                j = t.TokenAtOrAfter(d.Span.Start) - 1;
            }
            return first;
        }

        /// <summary>The date right before a colon right before <paramref name="start"/> ("3 de octubre: Día …"), or null.</summary>
        private DateMention? LabelDateBefore(int start)
        {
            var k = start - 1;
            while (k >= 0 && Text[k] == ' ') k--;
            if (k < 0 || Text[k] != ':') return null;
            k--;
            while (k >= 0 && Text[k] == ' ') k--;
            return k < 0 ? null : DateEndingAt(k + 1);
        }

        /// <summary>The date mention ending at <paramref name="end"/> (spaces aside), or null.</summary>
        private DateMention? DateEndingAt(int end)
        {
            var i = FirstDateFrom(Math.Max(0, end - 60));
            for (; i < dates.Count && dates[i].Span.Start < end; i++)
                if (dates[i].Span.End == end) return dates[i];
            return null;
        }

        private bool IsAllLowerWord(int k) => t.Original(t.Tokens[k]) is var w && w.Length > 0 && char.IsLower(w[0]);

        /// <summary>How many words after its noun the name of an activity named by its kind and subject may run.</summary>
        private const int MaxGenericName = 12;

        /// <summary>Whether an occurrence verb follows the name right away: "… de comparsas se realizó el martes 13 de febrero".</summary>
        private bool StartsOccurrence(int nameEnd, int sentenceEnd)
        {
            var k = nameEnd;
            while (k < sentenceEnd && Text[k] is ' ' or ',') k++;
            if (OpensWithOccurrence(k)) return true;
            // "El taller de formulación de proyectos, dictado con APC-Colombia los días 23 y 24 de agosto, …": a participle set off by a
            // comma, or none ("el taller transfronterizo … organizado por la Câmara de Guimarães el 14 de noviembre reunió …").
            if (k > nameEnd && OccurrenceParticiples.Any(p => p[1] is not ('s' or 'q' or 't') && string.CompareOrdinal(t.Folded, k - 1, p, 0, p.Length) == 0)) return true;
            // "La reunión de lanzamiento, convocada por el Ayuntamiento de León como jefe de fila, se celebró …": an aside between commas
            // comes before the verb.
            if (k == nameEnd || Text[nameEnd] != ',') return false;
            var aside = Text.IndexOf(',', k, Math.Min(MaxAside, sentenceEnd - k));
            if (aside < 0) return false;
            k = aside;
            while (k < sentenceEnd && Text[k] is ' ' or ',') k++;
            return OpensWithOccurrence(k);
        }

        /// <summary>Longest aside set off by commas between an activity's name and the verb saying it took place.</summary>
        private const int MaxAside = 100;

        private bool OpensWithOccurrence(int k)
        {
            foreach (var o in OccurrenceStarts)
                if (string.CompareOrdinal(t.Folded, k, o, 0, o.Length) == 0) return true;
            return false;
        }

        /// <summary>"La reunión final del proyecto se celebrará en Aveiro los días 3 y 4 de abril": an activity the report says will take place.</summary>
        private static readonly string[] OccurrenceToCome = ["se realizara", "se llevara a cabo", "tendra lugar", "se celebrara", "se desarrollara"];

        private static readonly string[] OccurrenceStarts = [.. OccurrenceBefore, .. OccurrenceToCome];

        /// <summary>Whether the verb right after an activity's name says it will take place ("… se celebrará en Aveiro …").</summary>
        private bool ToCome(int nameEnd, int sentenceEnd)
        {
            var k = nameEnd;
            while (k < sentenceEnd && Text[k] is ' ' or ',') k++;
            return OpensWithAny(k, sentenceEnd, OccurrenceToCome);
        }

        /// <summary>"La firma del convenio tendrá lugar …": a signing named by its agreement's kind alone refers to one told before.</summary>
        private bool NamesNoAgreementOfItsOwn(int noun, int end)
        {
            for (var k = noun + 1; k <= end; k++)
                if (t.Key(t.Tokens[k]) is var f && !GenericAgreementWords.Contains(f) && !AgreementNouns.Contains(f.ToString())) return false;
            return true;
        }

        /// <summary>"La entrega de los informes se realizará hasta el 13 de febrero": a term to meet, not a day of the activity.</summary>
        private bool HasDeadline(int sentenceStart, int sentenceEnd)
        {
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= sentenceEnd; k++)
                if (t.Key(t.Tokens[k]) is "hasta" or "tardar" or "plazo") return true;
            return false;
        }

        /// <summary>The date an occurrence participle right after a name gives ("…”, organizado el 3 de diciembre por …"); or null.</summary>
        private DateValue? DatedRightAfterName(int nameEnd, int sentenceEnd)
        {
            var k = nameEnd;
            while (k < sentenceEnd && Text[k] is ',') k++;
            return OccurrenceParticiples.Any(p => string.CompareOrdinal(t.Folded, k, p, 0, p.Length) == 0) ? OccurrenceDateAfter(k, sentenceEnd) : null;
        }

        /// <summary>
        /// An activity that opens its sentence, named by its kind and subject in lower case, its day set after a comma, a participle of
        /// holding or right after its name: "La firma del acta de inicio, el 11 de abril en la sede de la Secretaría, dio paso …", "Su taller
        /// de lanzamiento, el 18 de junio, reunió a …", "En una ceremonia virtual realizada el 14 de noviembre, …", "El taller de movilidad
        /// del 26 de marzo reunió a 30 técnicos".
        /// </summary>
        private (TextSpan Span, string Title, DateValue Date)? ApposedActivity(int noun, int sentenceStart, int sentenceEnd)
        {
            if (noun == 0 || t.Tokens[noun - 1].Start < sentenceStart || t.Key(t.Tokens[noun - 1]) is not ("la" or "el" or "su" or "una" or "un")) return null;
            // ("En la sesión de clausura, el 19 de abril, …" is a part of a larger activity: only a participle of holding says it was one.)
            var opensSentence = Text.AsSpan(sentenceStart, t.Tokens[noun - 1].Start - sentenceStart).Trim().IsEmpty;
            if (!opensSentence && !IsOpeningPhrase(sentenceStart, noun - 1)) return null;
            for (var k = noun + 1; k < t.Tokens.Length && k <= noun + 6 && t.Tokens[k].Start < sentenceEnd; k++)
            {
                var gap = Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End);
                // "En una ceremonia virtual realizada el 14 de noviembre, …": its day after a participle of holding.
                if (gap is " " && k > noun + 1 && IsParticiple(t.Key(t.Tokens[k]).ToString()) && DatedRightAfterName(t.Tokens[k - 1].End, sentenceEnd) is { } held)
                {
                    var heldEnd = t.Tokens[k - 1].End;
                    return (new TextSpan(t.Tokens[noun].Start, heldEnd), Capitalised(Clean(Text[t.Tokens[noun].Start..heldEnd])), held);
                }

                // "La rueda de negocios de cafés especiales del 26 de marzo, organizada con JETRO, reunió a …": its day right after its
                // name, its subject in it, then a comma or what it did ("La sesión plenaria del 21 de noviembre aprobó …" is a part of a
                // larger activity).
                if (gap is " " && opensSentence && k > noun + 1 && t.Key(t.Tokens[k]) is "del" or "el" && HasSubject(noun, k)
                    && DateRightAfter(t.Tokens[k - 1].End, sentenceEnd) is { } own
                    && own.Span.Start <= t.Tokens[k].End + 1 && t.TokenAtOrAfter(own.Span.End) is var next && next < t.Tokens.Length && t.Tokens[next].Start < sentenceEnd
                    && (Text.AsSpan(own.Span.End, t.Tokens[next].Start - own.Span.End).Trim() is "," || IsPastVerb(t.Original(t.Tokens[next]))))
                {
                    var nameEnd = t.Tokens[k - 1].End;
                    return (new TextSpan(t.Tokens[noun].Start, nameEnd), Capitalised(Clean(Text[t.Tokens[noun].Start..nameEnd])), own.Value);
                }

                if (gap.Trim() is ",")
                {
                    if (k == noun + 1 || !opensSentence) return null;
                    var comma = t.Tokens[k - 1].End;
                    if (DateRightAfter(comma, sentenceEnd) is not { } date) return null;
                    var title = Capitalised(Clean(Text[t.Tokens[noun].Start..comma]));
                    return (new TextSpan(t.Tokens[noun].Start, comma), title, date.Value);
                }

                if (!gap.IsWhiteSpace() || IsPastVerb(t.Original(t.Tokens[k])) || ClauseBreakers.Contains(t.Key(t.Tokens[k]).ToString())) return null;
            }

            return null;
        }

        /// <summary>Whether a word of "de", "del" or "sobre" stands after an activity's noun before <paramref name="end"/>: "taller de movilidad", "seminario sobre …".</summary>
        private bool HasSubject(int noun, int end)
        {
            for (var k = noun + 1; k < end; k++)
                if (t.Key(t.Tokens[k]) is "de" or "del" or "sobre") return true;
            return false;
        }

        /// <summary>Whether the words before a token open the sentence as "En" does ("En una ceremonia virtual …").</summary>
        private bool IsOpeningPhrase(int sentenceStart, int token) =>
            token > 0 && t.Tokens[token - 1].Start >= sentenceStart && t.Key(t.Tokens[token - 1]) is "en" or "durante"
            && Text.AsSpan(sentenceStart, t.Tokens[token - 1].Start - sentenceStart).Trim().IsEmpty;

        /// <summary>A date set between commas right after a name (", 25 de octubre,"), or null.</summary>
        private DateMention? AppositiveDate(int nameEnd, int sentenceEnd)
        {
            if (nameEnd >= sentenceEnd || Text[nameEnd] != ',' || DateRightAfter(nameEnd, sentenceEnd) is not { } date) return null;
            return date.Span.End < sentenceEnd && Text[date.Span.End] == ',' ? date : null;
        }

        private bool InHeading(int offset) => _sectionIndex.InHeading(offset);

        // Where the last InsideQuote scan stopped, and the quotes open there: nouns of one sentence are asked about in text order, so
        // each scan goes on from the previous one instead of from the sentence's start again.
        private (int From, int At, int Open) _quoteScan = (-1, -1, 0);

        private bool InsideQuote(int from, int offset)
        {
            var (scanFrom, k, open) = _quoteScan;
            if (scanFrom != from || k > offset) (k, open) = (from, 0);
            for (; k < offset; k++)
            {
                if (Text[k] is '“' or '«') open++;
                else if (Text[k] is '”' or '»' && open > 0) open--;
            }

            _quoteScan = (from, k, open);
            return open > 0;
        }

        /// <summary>"en el marco del Foro …": the activity frames another one and is not itself described here.</summary>
        /// <summary>How many words after a framing day's name the activity held on it is looked for.</summary>
        private const int MaxFramedReach = 30;

        /// <summary>Whether "en el marco de" stands right before the noun (its articles aside).</summary>
        private bool InMarco(int noun)
        {
            for (var back = 1; back <= 4 && noun - back >= 0; back++)
            {
                var f = t.Key(t.Tokens[noun - back]);
                if (f.SequenceEqual("marco")) return true;
                if (f is not ("del" or "de" or "la" or "el" or "los" or "las")) return false;
            }

            return false;
        }

        private bool InFrame(int noun)
        {
            for (var back = 1; back <= 4 && noun - back >= 0; back++)
            {
                var f = t.Key(t.Tokens[noun - back]);
                // "San Salvador fue sede de la Reunión de Coordinadores …": a city that was the venue hosted the activity itself.
                if (FrameWords.Contains(f.ToString())) return !(f is "sede" && noun - back > 0 && t.Key(t.Tokens[noun - back - 1]) is "fue" or "sera" or "es" or "era" or "sido");
                if (!(f is "del" or "de" or "la" or "el" or "los" or "las" || IsRomanOrOrdinal(noun - back))) return false;
            }

            return false;
        }

        /// <summary>Words after which an activity's name only frames or qualifies something else ("en el marco del Foro", "Coordinadora del Foro", "sede del Foro").</summary>
        private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
        {
            "marco", "sede", "invitados", "invitadas", "coordinadora", "coordinador", "presidente", "presidenta", "secretario", "secretaria", "edicion", "motivo", "vispera", "visperas",
        };

        private bool IsRomanOrOrdinal(int i) => IsOrdinal(i, i + 1);

        /// <summary>"IV. Foro …", "II) Reunión …": a roman numeral closed by a dot or bracket numbers a section or item; it is no ordinal of the title.</summary>
        private bool IsNumbering(int i) => t.Tokens[i].End < Text.Length && Text[t.Tokens[i].End] is '.' or ')';

        private bool IsClauseStart(int offset, int blockStart)
        {
            var k = offset - 1;
            while (k >= blockStart && Text[k] == ' ') k--;
            if (k < blockStart) return true;
            return Text[k] is '.' or ')' or ':' or ';' or '\n';
        }

        private (int TitleEnd, int After, DateMention[] Dates)? BracketDateAfter(int from, int limit, int reach = 250)
        {
            var open = Text.IndexOf('(', from, Math.Min(limit, Math.Min(Text.Length, from + reach)) - from);
            while (open >= 0)
            {
                var close = Text.IndexOf(')', open, Math.Min(Text.Length, limit + 2) - open);
                if (close < 0) return null;
                var inside = DatesIn(new TextSpan(open, close));
                if (inside.Length > 0 && !OpensWithSource(open + 1, close))
                {
                    var e = open;
                    while (e > from && Text[e - 1] == ' ') e--;
                    return (e, close + 1, inside);
                }

                var next = open + 1 < limit ? Text.IndexOf('(', open + 1, limit - open - 1) : -1;
                open = next;
            }

            return null;
        }

        /// <summary>"(Fuente: INE, Padrón Municipal a 1 de enero de 2023)", "(según datos al 30 de junio)": a bracket that cites where figures come from dates the figures, not an activity.</summary>
        private bool OpensWithSource(int from, int end)
        {
            var inside = Text.AsSpan(from, end - from).TrimStart(' ');
            return inside.StartsWith("fuente", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("según", StringComparison.OrdinalIgnoreCase)
                   || inside.StartsWith("datos", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("cifras", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The activity's name in running text: "la XXVII Reunión de la Unión … (ucci) de Alcaldes …", "el Taller sobre la internacionalización …",
        /// "el diálogo virtual “Impactos diferenciados …”", "la reunión del Comité Organizador Internacional del Foro".
        /// </summary>
        private (TextSpan Span, string Title)? NamedActivity(int noun, int sentenceEnd, bool capital)
        {
            var start = t.Tokens[noun].Start;

            // Ordinals before a capitalised noun belong to the name.
            var k = noun;
            while (capital && k > 0 && IsRomanOrOrdinal(k - 1) && char.IsUpper(t.Original(t.Tokens[k - 1])[0]) && !IsNumbering(k - 1)) k--;
            var nameStart = t.Tokens[k].Start;

            // A quoted title right after the noun and its adjectives.
            var q = t.Tokens[noun].End;
            var adjectives = 0;
            while (q < sentenceEnd && adjectives < 3)
            {
                while (q < sentenceEnd && Text[q] == ' ') q++;
                if (q < sentenceEnd && IsQuoteOpen(q)) break;
                var w = t.TokenAtOrAfter(q);
                if (w >= t.Tokens.Length || t.Tokens[w].Start != q || !QuoteAdjectives.Contains(t.Key(t.Tokens[w]).ToString())) { q = -1; break; }
                q = t.Tokens[w].End;
                adjectives++;
            }

            if (q > 0 && q < sentenceEnd && IsQuoteOpen(q))
            {
                var close = QuoteClose(q, Math.Min(Text.Length, sentenceEnd + 1));
                if (close > q + 1 && close <= sentenceEnd)
                {
                    var quoted = Text[(q + 1)..close];
                    return capital ? (new TextSpan(nameStart, close + 1), Clean(Text[nameStart..(close + 1)])) : (new TextSpan(start, close + 1), Clean(quoted));
                }
            }

            // Otherwise the words after the noun, up to the clause's end. A capitalised noun names an activity only when
            // a name follows it ("Taller sobre …", "Congreso de Metropolis"), not a verb ("Encuentro culminó").
            // "la misión a Madrid y Barcelona", "la visita a Seúl": a journey is named by where it went.
            if (noun + 1 < t.Tokens.Length && !char.IsUpper(t.Original(t.Tokens[noun + 1])[0]) && !NameOpeners.Contains(t.Key(t.Tokens[noun + 1]).ToString())
                && !(t.Key(t.Tokens[noun + 1]) is "a" && (JourneyNouns.Contains(t.Key(t.Tokens[noun]).ToString()) || ToWhomNouns.Contains(t.Key(t.Tokens[noun]).ToString())))) return null;
            // "un evento en la Casa de América": a lower-case noun followed by where it was held is not named by the place.
            if (!capital && noun + 2 < t.Tokens.Length && t.Key(t.Tokens[noun + 1]) is "en" && t.Key(t.Tokens[noun + 2]) is not "linea") return null;
            var end = noun;
            var capitals = 0;
            var inBrackets = false;
            var inList = false;
            var pending = 0;
            for (var i = noun + 1; i < t.Tokens.Length && i < noun + 16 && t.Tokens[i].Start < sentenceEnd; i++)
            {
                var gap = Text.AsSpan(t.Tokens[i - 1].End, t.Tokens[i].Start - t.Tokens[i - 1].End);
                // "Bogotá D.C. al Grupo …": the dot of an abbreviation stays inside the name; "Municipios, Ciudades y Comunidades": so does a
                // comma between capitalised words that a "y" closes.
                var abbreviation = (gap is "." || (gap is ". " && char.IsLower(t.Original(t.Tokens[i])[0]))) && IsAbbreviationDot(t.Tokens[i - 1].End);
                var listed = gap is ", " && capital && char.IsUpper(t.Original(t.Tokens[i])[0]) && ClosesCapitalisedList(i, sentenceEnd);
                // "el lanzamiento de la convocatoria «Retos Andinos de Innovación»": a quoted name closing a lower-case noun's complement.
                // ("Curso de JICA «Gestión de residuos sólidos urbanos»", "Seminario CIDEU «Estrategias urbanas …»": so does a capitalised title's.)
                if (gap.Trim() is "«" or "“" && (!capital || i > noun + 1) && QuoteClose(t.Tokens[i - 1].End + gap.IndexOfAny('«', '“'), Math.Min(Text.Length, sentenceEnd + 1)) is var qEnd and > 0)
                {
                    var quotedTitle = Clean(Text[nameStart..(qEnd + 1)]);
                    return (new TextSpan(nameStart, qEnd + 1), Capitalised(quotedTitle));
                }

                if (!abbreviation && !listed && gap.ContainsAny(",.;:“”\"«»")) break;
                inList |= listed;
                if (gap.Contains(')')) { if (!inBrackets || gap.Trim() is not ")") break; inBrackets = false; }
                if (gap.Contains('(')) { if (gap.Trim() is not "(") break; inBrackets = true; }
                // "IV Congreso Intercisev (15 y 16 de diciembre)": a date closes the name.
                if (DateStartsAt(t.Tokens[i].Start)) break;
                var f = t.Key(t.Tokens[i]).ToString();
                var closesList = inList && f is "y" or "e" && i + 1 < t.Tokens.Length && char.IsUpper(t.Original(t.Tokens[i + 1])[0]);
                var upper = char.IsUpper(t.Original(t.Tokens[i])[0]);

                // A lower-case noun in running text names an activity by the name its complement ends with: "una reunión virtual con
                // el secretario general de Metrópolis", "la reunión del programa Breathe Cities de C40". Up to four lower-case words
                // wait for that name; without one the activity is unnamed.
                // "la Semana de Málaga en Zhuhai reunió a unos 2.000 visitantes", "la misión técnica a Quito permitió …": a verb in the
                // past after the name is its predicate.
                if (!upper && IsPastVerb(t.Original(t.Tokens[i]))) break;
                // "la misión a Madrid y Barcelona": a "y" between two capitalised words joins places of one name.
                var joinsNames = f is "y" && char.IsUpper(t.Original(t.Tokens[i - 1])[0]) && i + 1 < t.Tokens.Length && t.Tokens[i + 1].Start < sentenceEnd
                                 && char.IsUpper(t.Original(t.Tokens[i + 1])[0]) && Text.AsSpan(t.Tokens[i].End, t.Tokens[i + 1].Start - t.Tokens[i].End) is " ";
                if (!capital && !upper && f is not ("de" or "del" or "la" or "las" or "los" or "el"))
                {
                    if (pending >= 4 || (ClauseBreakers.Contains(f) && f != "con" && !joinsNames) || IsParticipleAt(i)) break;
                    pending++;
                    continue;
                }

                // ("Cooperación Descentralizada", "Naciones Unidas": a capitalised word of that shape is the name's own; "Reunión con la
                // Secretaría General …", "Encuentro con la colectividad gallega": a title may open with whom it was held.)
                var withWhom = f is "con" && (i == noun + 1 || CounterpartAfter(i, sentenceEnd) is not null);
                if ((ClauseBreakers.Contains(f) && !closesList && !withWhom) || (IsParticipleAt(i) && (!upper || IsAllCaps(i)))) break;
                if (upper) { capitals++; pending = 0; }
                if (!capital && !upper) continue;
                end = i;
                if (Text.Length > t.Tokens[i].End && Text[t.Tokens[i].End] == ')') { /* closes an acronym */ }
            }

            while (end > noun && t.Key(t.Tokens[end]) is "de" or "del" or "la" or "las" or "los" or "el" or "y" or "en") end--;
            if (end == noun || (!capital && capitals == 0)) return null;
            var e = t.Tokens[end].End;
            if (e < Text.Length && Text[e] == ')') e++;

            // "Panel de discusión sobre el tema “Cambio Climático, Gestión de Riesgos …”": a quoted theme the name announces belongs to it.
            if (QuotedThemeEnd(e, sentenceEnd) is var themeEnd and > 0) e = themeEnd;
            // "la XXXVI Reunión del Comité Sectorial de Cultura de la ucci “Los derechos culturales …” (15 y 16 de diciembre)": a quoted
            // subtitle between the name and its date belongs to the name.
            var sub = e;
            while (sub < sentenceEnd && Text[sub] == ' ') sub++;
            if (capital && sub < sentenceEnd && IsQuoteOpen(sub) && Text[sub] != '\'' && QuoteClose(sub, Math.Min(Text.Length, sentenceEnd + 1)) is var subClose and > 0
                && DateRightAfter(subClose + 1, Math.Min(Text.Length, sentenceEnd + 1)) is not null) e = subClose + 1;
            // "organizó el evento Internacionalización de ciudades: Desafíos y estrategias para el futuro, el 16 de mayo": so does a
            // subtitle after a colon.
            if (capitals > 0 && ColonSubtitleEnd(ColonAfterWords(e, sentenceEnd), sentenceEnd) is var subtitleEnd and > 0
                && DateRightAfter(subtitleEnd, Math.Min(Text.Length, sentenceEnd + 1)) is not null)
                e = subtitleEnd;
            var title = Clean(Text[nameStart..e]);
            return (new TextSpan(nameStart, e), Capitalised(title));
        }

        /// <summary>A lower-case verb in the preterite: "reunió", "contó", "convocaron", "reunieron".</summary>
        private static bool IsPastVerb(ReadOnlySpan<char> word) =>
            word.Length > 3 && char.IsLower(word[0]) && (word[^1] == 'ó' || word.EndsWith("aron", StringComparison.Ordinal) || word.EndsWith("ieron", StringComparison.Ordinal));

        /// <summary>Words that announce a quoted theme or title after a name: "sobre el tema “…”", "bajo el lema “…”", "titulado “…”".</summary>
        private static readonly string[] ThemeOpeners =
            ["sobre el tema", "con el tema", "bajo el tema", "bajo el lema", "con el lema", "con el titulo", "bajo el titulo", "titulado", "titulada", "denominado", "denominada", "llamado", "llamada"];

        /// <summary>Where a quoted theme announced right after a name (at <paramref name="from"/>) ends, past its closing quote; or -1.</summary>
        private int QuotedThemeEnd(int from, int sentenceEnd)
        {
            var k = from;
            while (k < sentenceEnd && Text[k] == ' ') k++;
            // The name may hold the announcing words itself: "Panel de discusión sobre el tema" / "“Cambio Climático …”".
            if (k < sentenceEnd && IsQuoteOpen(k) && EndsWithAny(from, ThemeOpeners))
            {
                var closing = QuoteClose(k, Math.Min(Text.Length, sentenceEnd + 1));
                return closing > k + 1 ? closing + 1 : -1;
            }

            foreach (var opener in ThemeOpeners)
            {
                if (k + opener.Length >= sentenceEnd || string.CompareOrdinal(t.Folded, k, opener, 0, opener.Length) != 0) continue;
                var q = k + opener.Length;
                if (Text[q] is not (' ' or ':')) continue;
                while (q < sentenceEnd && Text[q] is ' ' or ':') q++;
                if (q >= sentenceEnd || !IsQuoteOpen(q)) return -1;
                var close = QuoteClose(q, Math.Min(Text.Length, sentenceEnd + 1));
                return close > q + 1 ? close + 1 : -1;
            }

            return -1;
        }

        /// <summary>The colon at <paramref name="from"/>, or after at most four more words of the name ("Internacionalización de ciudades: …"); else <paramref name="from"/>.</summary>
        private int ColonAfterWords(int from, int end)
        {
            var words = 0;
            for (var k = from; k < end && words <= 4; k++)
            {
                if (Text[k] == ':') return k;
                if (Text[k] == ' ') words++;
                else if (!char.IsLetter(Text[k])) break;
            }

            return from;
        }

        /// <summary>
        /// Where a subtitle after a colon at <paramref name="colon"/> ends ("Seminario Internacional: Entre lo global y lo local: …"):
        /// it opens with a capital or a quote and runs to the clause's end, at most 25 words, without a date; -1 when there is none, or
        /// when what follows the colon is a sentence about the activity ("Seminario presencial: Se realizó el 6 de diciembre …").
        /// </summary>
        private int ColonSubtitleEnd(int colon, int end)
        {
            if (colon + 2 >= end || Text[colon] != ':' || Text[colon + 1] != ' ' || !(char.IsUpper(Text[colon + 2]) || Text[colon + 2] is '“' or '"' or '«' or '\'' or '‘')) return -1;
            // "Seminario presencial: Se realizó el 6 de diciembre …": a sentence about the activity, not its title.
            if (t.TokenAtOrAfter(colon + 2) is var first && first < t.Tokens.Length && t.Key(t.Tokens[first]) is "se" or "fue" or "tuvo" or "conto" or "participo") return -1;
            var k = colon + 2;
            var words = 0;
            for (; k < end && words <= 25; k++)
            {
                if (Text[k] is ',' or ';' or '(' || (Text[k] == '.' && !IsAbbreviationDot(k)) || DateStartsAt(k)) break;
                // A line break ends the subtitle unless the next line goes on in lower case.
                if (Text[k] == '\n' && !(k + 1 < end && char.IsLower(Text[k + 1]))) break;
                if (Text[k] == ' ') words++;
            }

            if (k < end && DateStartsAt(k)) return -1;
            while (k > colon && Text[k - 1] == ' ') k--;
            return words <= 25 && k > colon + 2 ? k : -1;
        }

        /// <summary>
        /// Whether the token is a participle closing a name: "la reunión … organizada por", not a noun of that shape after "de" ("la
        /// ceremonia de bienvenida", "el acto de despedida").
        /// </summary>
        private bool IsParticipleAt(int k) => IsParticiple(t.Key(t.Tokens[k]).ToString()) && !(k > 0 && t.Key(t.Tokens[k - 1]) is "de" or "del");

        private static bool IsParticiple(string f) =>
            f.EndsWith("ado", StringComparison.Ordinal) || f.EndsWith("ada", StringComparison.Ordinal) || f.EndsWith("ido", StringComparison.Ordinal) || f.EndsWith("ida", StringComparison.Ordinal);

        /// <summary>Whether capitalised words separated by commas from <paramref name="i"/> on end with "y" and one more capitalised word.</summary>
        private bool ClosesCapitalisedList(int i, int sentenceEnd)
        {
            for (var k = i; k + 1 < t.Tokens.Length && t.Tokens[k + 1].Start < sentenceEnd && k < i + 12; k++)
            {
                var gap = Text.AsSpan(t.Tokens[k].End, t.Tokens[k + 1].Start - t.Tokens[k].End);
                if (gap is " " && t.Key(t.Tokens[k + 1]) is "y" or "e") return k + 2 < t.Tokens.Length && char.IsUpper(t.Original(t.Tokens[k + 2])[0]);
                if (!(gap is " " or ", ") || !(char.IsUpper(t.Original(t.Tokens[k + 1])[0]) || t.Key(t.Tokens[k + 1]) is "de" or "del" or "la" or "las" or "los")) return false;
            }

            return false;
        }

        private static readonly HashSet<string> NameOpeners = new(StringComparer.Ordinal)
        {
            "de", "del", "sobre", "para", "por", "en", "con", "virtual", "internacional", "regional", "nacional", "anual", "mundial",
            // "la reunión semestral de la Unidad Temática", "la sesión plenaria del Consejo": adjectives of how often or in what form it met.
            "semestral", "trimestral", "mensual", "bienal", "ordinaria", "ordinario", "extraordinaria", "extraordinario", "plenaria", "plenario",
            "preparatoria", "preparatorio", "bilateral", "binacional", "ministerial",
            // "la visita oficial de la delegación de Passau", "el intercambio escolar con Mobile", "una misión empresarial a Miami".
            "oficial", "escolar", "empresarial", "tecnica", "tecnico", "institucional", "comercial", "academica", "academico", "protocolaria",
            "protocolario", "transnacional", "inaugural", "conjunta", "conjunto",
            // "la asamblea general de la Asociación Española de Ciudades de la Cerámica (AeCC), organizada el 5 de julio".
            "general",
            // "un evento paralelo de la COP28".
            "paralelo", "paralela",
            // "la ceremonia conmemorativa del 107 aniversario de la promulgación de la Constitución …".
            "conmemorativa", "conmemorativo", "solemne", "civica", "civico",
        };

        /// <summary>Nouns of a journey, folded: "a" and a place after one name it ("misión a Bruselas", "gira a Europa").</summary>
        private static readonly HashSet<string> JourneyNouns = new(StringComparer.Ordinal) { "mision", "visita", "viaje", "gira" };

        /// <summary>Nouns of an activity named by whom it was for: "Recepción a la delegación de Matosinhos", "Homenaje a los cooperantes".</summary>
        private static readonly HashSet<string> ToWhomNouns = new(StringComparer.Ordinal) { "recepcion", "homenaje" };

        private static readonly HashSet<string> QuoteAdjectives = new(StringComparer.Ordinal) { "virtual", "web", "regional", "internacional", "nacional", "hibrido", "presencial", "en", "linea", "titulado", "denominado", "paralelo", "especial" };

        /// <summary>
        /// Where the counterpart's name starts after "con" when a few lower-case words say which part of it the activity was held with:
        /// "Sesión de trabajo con el servicio de patrimonio de la Ville d'Arles", "reunión con la dirección de cooperación de la AECID";
        /// null when none ("con el apoyo de la Unión Europea" says who paid, "con la participación de 40 personas" how many came).
        /// </summary>
        private int? CounterpartAfter(int con, int sentenceEnd)
        {
            var j = con + 1;
            while (j < t.Tokens.Length && t.Key(t.Tokens[j]) is "la" or "el" or "los" or "las") j++;
            var k = j;
            while (k < t.Tokens.Length && k < j + 6 && t.Tokens[k].Start < sentenceEnd && !char.IsUpper(t.Original(t.Tokens[k])[0])
                   && Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End) is " " && !DateStartsAt(t.Tokens[k].Start)
                   && !char.IsDigit(Text[t.Tokens[k].Start]) && !IsParticipleAt(k) && !IsPastVerb(t.Original(t.Tokens[k]))
                   && !ClauseBreakers.Contains(t.Key(t.Tokens[k]).ToString()) && !NotCounterparts.Contains(t.Key(t.Tokens[k]).ToString())
                   && t.Key(t.Tokens[k]) is not ("en" or "a" or "al" or "por" or "para")) k++;
            return k > j + 1 && k < t.Tokens.Length && t.Tokens[k].Start < sentenceEnd && char.IsUpper(t.Original(t.Tokens[k])[0])
                   && t.Key(t.Tokens[k - 1]) is "de" or "del" or "la" or "el" or "los" or "las"
                   && Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End) is " " ? k : null;
        }

        /// <summary>Folded nouns after "con" that say how an activity was backed or attended, not with whom it was held.</summary>
        private static readonly HashSet<string> NotCounterparts = new(StringComparer.Ordinal)
        {
            "apoyo", "participacion", "colaboracion", "financiacion", "financiamiento", "presencia", "asistencia", "patrocinio", "respaldo",
            "ayuda", "acompanamiento", "auspicio", "coordinacion", "objetivo", "fin", "motivo", "proposito", "asesoria", "cofinanciacion",
        };

        private static readonly HashSet<string> ClauseBreakers = new(StringComparer.Ordinal)
        {
            "que", "donde", "cuando", "para", "con", "como", "quien", "cual", "mediante", "durante", "bajo", "ante", "tras", "desde", "hasta", "entre", "y",
            // The predicate after a name: "el Foro Urbano Mundial se celebró el 3 de mayo", "la Cumbre fue inaugurada por …".
            "se", "fue", "fueron", "ha", "han", "tuvo", "conto",
        };

        // ---- short items: "Reunión de la Junta Directiva online" ---------------------------------------------

        public void ShortItems()
        {
            var lines = new LineItems(input.Document.Clean, input.Earlier);
            var blocks = input.Document.Clean.Blocks;
            for (var n = 0; n < blocks.Count; n++)
            {
                var b = blocks[n];
                if (b.Kind == BlockKind.Heading || input.IsSkipped(b.Span)) continue;
                var items = lines.Split(b);
                if (items.Count == 1) ShortItem(b, b.Span, next: n + 1 < blocks.Count ? blocks[n + 1] : null);
                else foreach (var item in items) ShortItem(b, item, 0.55);
            }
        }

        /// <summary>
        /// Words that open a paragraph telling when the activity titled just above it took place ("Tuvo lugar en San Juan … los días 29 a
        /// 31 de agosto", "Celebrada en Brest los días 23 y 24 de noviembre", "Organizado por el FAMSI en Córdoba los días 10 y 11 de octubre").
        /// </summary>
        private static readonly string[] OccurrenceOpeners =
            ["tuvo lugar", "se llevo a cabo", "se celebro", "se realizo", "se desarrollo", "se efectuo", "fue realizad", "fue celebrad", "celebrad", "realizad", "llevad a cabo", "desarrollad",
             // "Organizado por el FAMSI en Córdoba los días 10 y 11 de octubre, reunió a más de 300 participantes …"
             "organizad", "convocad",
             // "Ofrecido con la OIM del 3 al 28 de junio, con 126 personas inscritas …" under a course's title.
             "ofrecid", "impartid", "dictad"];

        /// <summary>
        /// An item that opens with an activity noun, or with attending or taking part in one: "Reunión de la Junta Directiva online",
        /// "Webinar “…”: se impartió …", "Asistencia al concierto “Voces de Libertad” …".
        /// </summary>
        /// <param name="next">The paragraph after an item that is a whole paragraph, whose first sentence may date it.</param>
        private void ShortItem(Block b, TextSpan item, double confidence = 0.6, Block? next = null)
        {
            var i = t.TokenAtOrAfter(item.Start);

            // Skip what the layout put before the item: counters ("1", "1a") and capitals-only labels ("FUENTES DE FINANCIACIÓN*").
            // ("3. Renovación del acuerdo …, firmada el 15 de marzo": a paragraph numbered so is an item of a list.)
            var numbered = i < t.Tokens.Length && char.IsDigit(Text[t.Tokens[i].Start]) && t.Tokens[i].End < Text.Length && Text[t.Tokens[i].End] is '.' or ')';
            while (i < t.Tokens.Length && t.Tokens[i].Start < item.End && (char.IsDigit(Text[t.Tokens[i].Start]) || IsAllCaps(i) || IsListLetter(i))) i++;
            if (i >= t.Tokens.Length || t.Tokens[i].Start >= item.End) return;
            // "San Antonio (Estados Unidos): firma de la adenda al acuerdo …": an item labelled with its counterpart's place opens its
            // activity after the colon, in lower case.
            var placeLabelled = false;
            if (ActivityNouns.TypeOf(t.Key(t.Tokens[i])) is null && PlaceLabelEnd(i, item.End) is { } labelled
                && ActivityNouns.TypeOf(t.Key(t.Tokens[labelled])) is not null) (i, placeLabelled) = (labelled, true);
            var key = t.Key(t.Tokens[i]);
            if (!char.IsUpper(Text[t.Tokens[i].Start]) && !(i > 0 && Text.AsSpan(t.Tokens[i - 1].End, t.Tokens[i].Start - t.Tokens[i - 1].End).Contains(':'))) return;
            // "Asistencia al concierto “Voces de Libertad” …", "Participación en la Convención Anual de …": taking part in an activity
            // named within the next words is that activity.
            // "Participación en el Local and Regional Governments Day: …": or a name in English that ends with its kind.
            // ("Participación en FITUR 2024 (Madrid, del 24 al 28 de enero)": or an occasion named by its acronym.)
            var acronymOccasion = false;
            var type = key is "asistencia" or "participacion"
                ? StrongNounAmong(i + 1, 4, item.End, singular: true) ?? EnglishKindEndingName(i + 1, item.End)
                  ?? ((acronymOccasion = key is "participacion" && AcronymTakenPartIn(i, AcronymTitleEnd(i, item.End))) ? "evento" : null)
                : ActivityNouns.TypeOf(key);
            // "Apoyo para la presentación de la película “Jinetes en el Paraíso” …": supporting an activity named right after is that
            // activity, titled from its noun.
            if (type is null && key is "apoyo" && SupportedActivity(i + 1, item.End) is { } supported)
            {
                i = supported;
                key = t.Key(t.Tokens[i]);
                type = ActivityNouns.TypeOf(key);
            }

            // "Convenio marco con la AGCID" over "El pasado 14 de marzo se firmó …": an agreement the next paragraph says was signed on a day.
            if (type is null && next is { } body && item.Length <= MaxAgreementTitle && AgreementToken(t.Tokens[i].Start, item.End) >= 0
                && !".:;,".Contains(Text[item.End - 1]) && BodyStart(body) is { } signedFrom && SigningDate(signedFrom, body.Span.End, RenewsAgreement(t.Tokens[i].Start)) is { } signed)
            {
                var title = new TextSpan(t.Tokens[i].Start, item.End);
                Emit(title, Capitalised(Clean(Text[title.Start..title.End])), "firma", signed.Value, new TextSpan(item.Start, body.Span.End), confidence,
                    fromRunningText: true, toldBelow: true);
                return;
            }

            // "- Renovación del acuerdo de gestión conjunta de la frontera entre …, firmada el 15/03/2024 en el Parque Internacional": an
            // item naming an agreement, then saying it was signed on a day.
            if (type is null && (b.Kind == BlockKind.ListItem || numbered) && AgreementToken(t.Tokens[i].Start, item.End) >= 0 && SignedInItem(t.Tokens[i].Start, item.End) is { } inItem)
            {
                var title = new TextSpan(t.Tokens[i].Start, inItem.TitleEnd);
                Emit(title, Capitalised(Clean(Text[title.Start..title.End])), "firma", inItem.Date.Value, item, confidence, fromRunningText: true);
                return;
            }

            // "Delegación técnica de la Prefeitura de Porto Alegre (Brasil). Los días 10 y 11 de octubre, 7 funcionarios …": a delegation's
            // visit titled before its telling.
            if (type is null && key is "delegacion" && RunInTitle(t.Tokens[i].Start, item.End) is { } received && DelegationTitle(t.Tokens[i].Start, received.TitleEnd) is not null)
            {
                var titled = new TextSpan(t.Tokens[i].Start, received.TitleEnd);
                Emit(titled, Capitalised(Clean(Text[titled.Start..titled.End])), "visita", received.Date, item, confidence, fromRunningText: true);
                return;
            }

            // "Día de Europa" over "El 9 de mayo la Plaza Independencia recibió los stands …": a named day, its celebration on the day the
            // text below gives.
            if (type is null && key is "dia" && next is not null && char.IsUpper(Text[t.Tokens[i].Start]) && DaysNameAt(i) is not null) type = "celebración";
            if (type is null || ActivityNouns.IsPlural(key)) return;
            // A weak noun of an occasion ("Intercambio “Big Cities, Big Ideas” con Portland") names an activity only where the report dates
            // it; one of a lasting relation or a mention ("Cooperación técnica", "Difusión de newsletter", "Mención en la nota") names none.
            // (Taking part in an occasion named by its acronym names one only where the report dates it, as a weak noun does.)
            var weak = (ActivityNouns.IsWeak(key) && key is not "participacion") || acronymOccasion;
            if (weak && ActivityNouns.IsRelation(key) && !acronymOccasion) return;
            var start = t.Tokens[i].Start;
            if (InHeading(start)) return;
            var end = start;
            // "- **Firma del contrato de donación con la Embajada del Japón** para equipar …": a title its writer set in bold ends there.
            var boldEnd = item.Start == b.Span.Start && b.Lead > 0 && b.Span.Start + b.Lead > start && Titles.ContentWords(Text[start..(b.Span.Start + b.Lead)]).Count >= 2
                ? b.Span.Start + b.Lead : -1;
            // "Seminario presencial: Se realizó el 6 de diciembre en la ciudad de Buenos Aires. …": a title before a colon that the
            // sentence after it says took place on a date.
            if (TitleBeforeOccurrence(start, item.End) is { } held)
            {
                Emit(new TextSpan(start, held.TitleEnd), Capitalised(Clean(Text[start..held.TitleEnd])), type, held.Date, item, confidence, fromRunningText: true);
                return;
            }

            // "Visita de la embajadora de Francia. El 18 de abril la embajadora … se reunió con el alcalde …": a title run in before the
            // paragraph that tells it, dated by the day its telling opens with.
            // ("Semana de Europa. Del 6 al 11 de mayo, la Avenida Central acogió la feria …": a weak noun's occasion named with capitals too.)
            if ((!weak || IsProperTitle(Text[start..Math.Min(item.End, start + MaxRunInTitle)])) && RunInTitle(start, item.End) is { } runIn)
            {
                Emit(new TextSpan(start, runIn.TitleEnd), Capitalised(Clean(Text[start..runIn.TitleEnd])), type, runIn.Date, item,
                    confidence, fromRunningText: true);
                return;
            }

            if (item.Length > ShortBlock)
            {
                // "### Lunes 15 de enero" over "- Firma del contrato de donación con la Embajada del Japón para equipar … (a paragraph)": an
                // item under a day's heading opens with the activity of that day, up to where its telling starts.
                if (b.Kind == BlockKind.ListItem && DayHeadingDate(start, item) is { } day && (boldEnd > 0 ? boldEnd : LeadClauseEnd(start, item.End)) is { } lead && NamesOneActivity(Text[start..lead]))
                {
                    Emit(new TextSpan(start, lead), Capitalised(Clean(Text[start..lead])), type, day, item, confidence, fromRunningText: true);
                    return;
                }

                if (weak) return;
                // A long paragraph opens with an item only when the activity carries its title in quotes: "Webinar “Lo conocido …”: se impartió …",
                // or its title is told apart from the telling by a comma and "ocasión en la que" / "en la cual" …
                var q = t.Tokens[i].End;
                while (q < item.End && Text[q] == ' ') q++;
                if (q >= item.End || Text[q] == '"' || !IsQuoteOpen(q))
                {
                    // "- Misión a China: un técnico de TMSA pudo visitar las plantas …": a bullet's title before a colon, its telling after.
                    if (b.Kind == BlockKind.ListItem && LabelBeforeColon(start, item.End) is { } colon && NamesOneActivity(Text[start..colon])
                        && !TellsOfThePlanned(FirstSentence(colon + 1, item.End)))
                    {
                        Emit(new TextSpan(start, colon), Capitalised(Clean(Text[start..colon])), type, FirstDateIn(FirstSentence(colon + 1, item.End))?.Value, item, confidence,
                            fromRunningText: true);
                        return;
                    }

                    if (TitleBeforeTelling(start, item.End) is { } told && NamesOneActivity(Text[start..told])
                        && Titles.ContentWords(Text[start..told]).Count(w => ActivityNouns.TypeOf(w) is null) >= 2)
                        Emit(new TextSpan(start, told), Capitalised(Clean(Text[start..told])), type, FirstDateIn(FirstSentence(start, item.End))?.Value, item, confidence, fromRunningText: true);
                    return;
                }

                var close = QuoteClose(q, item.End);
                if (close < 0) return;
                Emit(new TextSpan(start, close + 1), Capitalised(Clean(Text[start..(close + 1)])), type, null, item, confidence, fromRunningText: true);
                return;
            }

            // "Encuentro 'Más alimentos, menos residuos. Experiencias …', realizado en São Paulo": a quoted title runs to its closing quote.
            var open = t.Tokens[i].End;
            while (open < item.End && Text[open] == ' ') open++;
            if (open < item.End && IsQuoteOpen(open) && QuoteClose(open, item.End) is var qc and > 0) end = qc + 1;
            // "VII Encuentro Regional de Municipios, Ciudades y Comunidades Saludables": a comma inside a list of capitalised words that "y"
            // closes stays in the title.
            // "Asistencia a la inauguración de la exposición “La Línea Negra: Paisajes Sagrados …”": a quoted name inside the title runs
            // to its closing quote, whatever punctuation it holds; "… ” y la “Noche de Velitas” …" names another activity after it.
            // ("Asamblea de Cooperación por la Paz" / "158.700 € · 2 proyectos": a figure opening the next line the cleaner joined is no
            // word of it.)
            while (end < item.End && (Text[end] is not (',' or '.' or ':' or ';' or '\n' or '$' or '\\' or '|') || IsAbbreviationDot(end)
                                      || Text[end] == ',' && ClosesCapitalisedList(t.TokenAtOrAfter(end), item.End))
                   && !(char.IsAsciiDigit(Text[end]) && end > start && input.Document.Clean.Map.StartsLine(end)))
            {
                if (Text[end] is not ('“' or '«') || QuoteClose(end, item.End) is not (var inner and > 0)) { end++; continue; }
                end = inner + 1;
                if (AnotherQuotedNameAfter(end, item.End)) break;
            }
            while (end > start && Text[end - 1] == ' ') end--;
            if (boldEnd > 0 && boldEnd < end) end = boldEnd;
            // "Seminario Internacional: Entre lo global y lo local: …": a title that only says the kind of activity goes on after its colon.
            // "Participación en el Diálogo 3: Ciudades y territorios libres de violencia … (27 de octubre)": so does one whose subtitle runs to
            // its date in brackets.
            if (end < item.End && ColonSubtitleEnd(end, item.End) is var subtitleEnd and > 0
                && (!NamesOneActivity(Text[start..end]) || BracketDateAfter(subtitleEnd, item.End, 3) is not null)) end = subtitleEnd;
            if (t.TokenAtOrAfter(end) - i < 2) return;
            // (A calendar's entry under its date alone on the line above is read with the dated sentences: see CalendarEntry.)
            if (CalendarLineDate(start, b.Span) is not null) return;
            // "Taller «Cooperación descentralizada …» (11 y 12 de abril). Impartido por …": a bracket of dates closing the title dates it
            // and is not part of it.
            if (Text.IndexOf('(', start, end - start) is var bracketOpen and > 0 && SkipBackSpaces(bracketOpen) is var beforeOpen && beforeOpen > start
                && BracketDateAfter(beforeOpen, item.End, 3) is { } closing && closing.After >= end - 1) end = beforeOpen;
            // "- 18/01 — Reunión con …": an item that opens with its date is of that date, never of the next item's below it.
            var inTitle = FirstDateIn(new TextSpan(start, end)) ?? DateAfterComma(end, item.End);
            var bracketed = inTitle is null ? BracketDateAfter(end, item.End, 3) : null;
            var date = inTitle ?? bracketed?.Dates[0] ?? (start > item.Start ? FirstDateIn(new TextSpan(item.Start, start)) : null);
            // "firma de la adenda al acuerdo de hermanamiento el 15 de noviembre": a date that closes the title dates it and is not part of it.
            if (placeLabelled && date is not null && date.Span.Start > start && date.Span.End >= end - 1 && date.Span.End <= end) end = BeforeDateWords(start, date.Span.Start);
            // "Hermanamiento Canelones–Aveiro El 9 de mayo de 2023 se firmó el acta …": a weak noun's title ends before a date inside it.
            else if (weak && date is not null && date.Span.Start > start && date.Span.End <= end) end = BeforeDateWords(start, date.Span.Start);
            // "- 18.01 — Reunión …", "- 31/02 — Jornada …": an item led by a date the reader cannot take is of that date, not of the text
            // below or above it.
            var ledByDate = start > item.Start && LedByFigureDate(item.Start, start);
            if (date is null && !ledByDate && next is { } nb && IsTitleOnly(end, item.End) && BodyStart(nb) is { } bodyStart && DatesBelowTitle(bodyStart, nb.Span.End, start, end, i) is { Length: > 0 } below)
            {
                var scope = new TextSpan(item.Start, nb.Span.End);
                foreach (var d in Occasions(below, Text[start..end])) Emit(new TextSpan(start, end), Capitalised(Clean(Text[start..end])), type, d, scope, confidence, fromRunningText: true, toldBelow: true);
                return;
            }

            // "Adhesión de Bogotá a la “Declaración de Zaragoza”" / "En el mismo evento, la consejera … firmó la adhesión …": a title whose
            // telling says it happened at the activity told just before takes that activity's date.
            if (date is null && next is { } following && IsTitleOnly(end, item.End) && TellsOfTheSameOccasion(following) && DateBefore(item.Start, 2) is { } before)
            {
                Emit(new TextSpan(start, end), Capitalised(Clean(Text[start..end])), type, FirstOccasion(before, before.Span.End), item, confidence, fromRunningText: true);
                return;
            }

            if (date is null && IsLabel(b, i)) return;
            // "La presentación formal se realizó el pasado 23 de noviembre …" / "Presentación del Manual de Equidad de Género …": a
            // title printed after its text, as a heading may be; not when a paragraph of its own follows it.
            // "**Taller de protocolos** (León, 20 y 21 de febrero de 2024)": the days in its brackets run together.
            var occasion = bracketed is { } brackets && ReferenceEquals(date, brackets.Dates[0]) ? FirstOccasion(brackets.Dates[0], brackets.After) : date?.Value;
            TextSpan? described = null;
            var aboveParagraphs = false;
            if (date is null && !ledByDate && next is not null && (IsTitleOnly(end, item.End) || IsPlaceNote(end, item.End)) && !IsProse(next)
                && TextAbove(item, start, end) is { } above)
                (occasion, described, aboveParagraphs) = (FirstOccasion(above.Date, item.Start), above.Description, !above.FromList);
            // "### Jueves 25 de enero" over "- Mesa de trabajo con Sedalib …": the day's heading dates a weak noun's item too.
            if (weak && occasion is null) occasion = DayHeadingDate(start, item);
            if (weak && occasion is null) return;
            Emit(new TextSpan(start, end), Capitalised(Clean(Text[start..end])), type, occasion, item, confidence, fromRunningText: true, scope: described,
                describedAbove: aboveParagraphs);
        }

        /// <summary>The longest title run in before its telling.</summary>
        private const int MaxRunInTitle = 120;

        /// <summary>
        /// A paragraph's first sentence that only names an activity, without a verb or a date ("Visita del cónsul honorario de Italia."),
        /// and the days the next sentence opens with ("El 11 de julio el cónsul entregó …", "Los días 10 y 11 de octubre, 7 funcionarios …");
        /// else null.
        /// </summary>
        private (int TitleEnd, DateValue Date)? RunInTitle(int start, int end)
        {
            var first = FirstSentence(start, end);
            var titleEnd = first.End;
            while (titleEnd > start && Text[titleEnd - 1] == ' ') titleEnd--;
            // ("Semana de Europa. Del 6 al 11 de mayo, …": an occasion named with capitals, as a weak noun names one.)
            if (titleEnd - start is < 10 or > MaxRunInTitle || titleEnd >= end || Text[titleEnd] != '.'
                || !(NamesOneActivity(Text[start..titleEnd]) || IsProperTitle(Text[start..titleEnd]))) return null;
            for (var k = t.TokenAtOrAfter(start); k < t.Tokens.Length && t.Tokens[k].End <= titleEnd; k++)
                if (IsPreterite(k) || IsFutureWord(k) || t.Key(t.Tokens[k]) is "se" or "que") return null;
            if (FirstDateIn(new TextSpan(start, titleEnd)) is not null) return null;
            var next = titleEnd + 1;
            while (next < end && Text[next] == ' ') next++;
            if (next >= end || !char.IsUpper(Text[next])) return null;
            var telling = FirstSentence(next, end);
            if (OpeningDate(telling.Start, telling.End, comma: false) is { } day && OpensWithDate(telling, day)) return (titleEnd, FirstOccasion(day, telling.End));
            // "Foro Centroamericano de Ciudades Seguras. Celebrado el 22 y el 23 de octubre en el Teatro …": the telling opens with a
            // participle of holding and the days.
            return DatedRightAfterName(telling.Start - 1, telling.End) is { } held ? (titleEnd, held) : null;
        }

        /// <summary>Whether the text before an item's title holds a figure date ("18.01", "12-02", "31/02"), readable or not.</summary>
        private bool LedByFigureDate(int from, int to)
        {
            for (var k = from + 1; k + 1 < to; k++)
                if (Text[k] is '.' or '/' or '-' && char.IsAsciiDigit(Text[k - 1]) && char.IsAsciiDigit(Text[k + 1])) return true;
            return false;
        }

        /// <summary>Words that start an activity's telling after its name: "para equipar …", "sobre el abastecimiento …".</summary>
        private static readonly string[] LeadClauseEnders = [" para ", " sobre ", " a fin de ", " con el objetivo ", " con el fin ", " que ", " dictado ", " dictada ", " en el marco "];

        /// <summary>The end of an item's leading clause: the first full stop, comma or word opening its telling outside quotes; null when too short or too long.</summary>
        private int? LeadClauseEnd(int start, int end)
        {
            var depth = 0;
            for (var k = start; k < end && k - start <= MaxLeadClause; k++)
            {
                var c = Text[k];
                if (c is '«' or '“') depth++;
                else if (c is '»' or '”' && depth > 0) depth--;
                if (depth > 0) continue;
                // "Visita técnica a la Av. Libertador …", "Reunión con el Sr. Jean Dupont": an abbreviation's full stop goes on.
                var stops = c is ',' or ';' or ':' || (c == '.' && k + 1 < end && char.IsWhiteSpace(Text[k + 1]) && !IsAbbreviationDot(k) && !EndsAnAbbreviation(k));
                // "Taller sobre gestión integral de residuos": an opener right after a bare noun is the name's, not the telling's.
                if (!stops && c == ' ' && Titles.ContentWords(Text[start..k]).Count >= 2)
                    foreach (var opener in LeadClauseEnders)
                        if (string.CompareOrdinal(t.Folded, k, opener, 0, opener.Length) == 0) { stops = true; break; }
                if (stops) return k - start >= 10 ? k : null;
            }

            return null;
        }

        /// <summary>Folded abbreviations written before a name: "Av.", "Sr.", "Dra.", "Lic.", "Ing.".</summary>
        private static readonly HashSet<string> NameAbbreviations = new(StringComparer.Ordinal)
            { "av", "avda", "sr", "sra", "srta", "dr", "dra", "lic", "ing", "arq", "prof", "mtro", "mtra", "abg", "gral", "sto", "sta", "blvd", "dn", "dna" };

        /// <summary>Whether the full stop at <paramref name="k"/> closes an abbreviation of <see cref="NameAbbreviations"/>.</summary>
        private bool EndsAnAbbreviation(int k)
        {
            var w = k;
            while (w > 0 && char.IsLetter(Text[w - 1])) w--;
            return w < k && (w == 0 || !char.IsLetterOrDigit(Text[w - 1])) && NameAbbreviations.Contains(t.Folded.Substring(w, k - w));
        }

        /// <summary>An item's leading clause naming its activity is no longer than this.</summary>
        private const int MaxLeadClause = 160;

        /// <summary>Where a title ends before the date that closes it, without the words that introduce the date ("el", "del", "los días", "en").</summary>
        private int BeforeDateWords(int start, int dateStart)
        {
            var k = dateStart;
            while (true)
            {
                while (k > start && Text[k - 1] == ' ') k--;
                var w = k;
                while (w > start && char.IsLetter(Text[w - 1])) w--;
                if (w == k || !(t.Folded.AsSpan(w, k - w) is "el" or "del" or "los" or "dias" or "en" or "de" or "a" or "partir")) return k;
                k = w;
            }
        }

        /// <summary>
        /// The token after an item's label of place, "Capitalised Words (Country):" within 50 characters of the item's start; null when
        /// the item opens otherwise ("Modalidad: Capacitación …" and "Red de Ciudades Creativas de la UNESCO: presentación …" label no place).
        /// </summary>
        private int? PlaceLabelEnd(int first, int end)
        {
            var limit = Math.Min(end, t.Tokens[first].Start + 50);
            var k = first;
            while (k < t.Tokens.Length && t.Tokens[k].End <= limit)
            {
                var o = t.Original(t.Tokens[k]);
                if (!(char.IsUpper(o[0]) || t.Key(t.Tokens[k]) is "de" or "del" or "la" or "las" or "los" or "y")) return null;
                var gap = k + 1 < t.Tokens.Length ? Text.AsSpan(t.Tokens[k].End, t.Tokens[k + 1].Start - t.Tokens[k].End) : default;
                if (gap.Trim() is "(" && char.IsUpper(o[0]))
                {
                    var close = Text.IndexOf(')', t.Tokens[k].End, Math.Max(0, limit - t.Tokens[k].End));
                    if (close < 0) return null;
                    var after = close + 1;
                    while (after < end && Text[after] == ' ') after++;
                    if (after >= end || Text[after] != ':') return null;
                    var next = t.TokenAtOrAfter(after + 1);
                    return next < t.Tokens.Length && t.Tokens[next].Start < end ? next : null;
                }

                if (gap.Trim().Length > 0) return null;
                k++;
            }

            return null;
        }

        /// <summary>
        /// A title of at most five words ending in a colon whose next sentence opens by saying the activity took place on a date ("Seminario
        /// presencial: Se realizó el 6 de diciembre en …"): where the title ends, and that date.
        /// </summary>
        private (int TitleEnd, DateValue Date)? TitleBeforeOccurrence(int start, int end)
        {
            var colon = Text.IndexOf(':', start, Math.Min(end - start, 80));
            if (colon < 0 || t.TokenAtOrAfter(colon) - t.TokenAtOrAfter(start) > 5) return null;
            var from = colon + 1;
            while (from < end && Text[from] == ' ') from++;
            if (!OpensWithAny(from, end, OccurrenceOpeners)) return null;
            var first = FirstSentence(from, end);
            return FirstDateIn(first) is { } d && d.Span.Start - from <= 40 ? (colon, FirstOccasion(d, first.End)) : null;
        }

        /// <summary>Openings of a paragraph that place what it tells at the activity told before: "En el mismo evento, …", "En la misma reunión, …".</summary>
        private static readonly string[] SameOccasionOpeners =
            ["en el mismo evento", "en el mismo encuentro", "en el mismo foro", "en el mismo espacio", "en el mismo acto", "en el mismo congreso",
             "en la misma reunion", "en la misma sesion", "en la misma cumbre", "en la misma jornada", "en la misma ocasion", "en ese mismo evento",
             "en dicho evento", "en dicha reunion", "en dicho encuentro", "en este mismo evento", "durante el mismo evento", "durante la misma"];

        /// <summary>The block right after a span (a heading's first paragraph), or null.</summary>
        private Block? BlockAfter(TextSpan span)
        {
            var all = input.Document.Clean.Blocks;
            var i = LeadingBlocks(b => b.Span.Start, span.End - 1);
            return i < all.Count ? all[i] : null;
        }

        private bool TellsOfTheSameOccasion(Block next) => BodyStart(next) is { } start && OpensWithAny(start, next.Span.End, SameOccasionOpeners);

        /// <summary>Where the text of a paragraph that tells of an activity starts, past its bullet; null for a heading, a row or a skipped block.</summary>
        private int? BodyStart(Block block)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(block.Span)) return null;
            var start = block.Span.Start;
            while (start < block.Span.End && Text[start] is '-' or '•' or '*' or ' ' or '–') start++;
            return start;
        }

        /// <summary>Whether the folded text before <paramref name="end"/> ends with one of <paramref name="words"/>.</summary>
        private bool EndsWithAny(int end, string[] words)
        {
            var text = t.Folded.AsSpan(0, end);
            foreach (var w in words)
                if (text.EndsWith(w, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Whether the folded text from <paramref name="start"/> (before <paramref name="end"/>) opens with one of <paramref name="openers"/>.</summary>
        private bool OpensWithAny(int start, int end, string[] openers)
        {
            var text = t.Folded.AsSpan(start, end - start);
            foreach (var o in openers)
                if (text.StartsWith(o, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>The last date before <paramref name="offset"/> within the <paramref name="blocks"/> blocks before it (the activity told just above).</summary>
        private DateMention? DateBefore(int offset, int blocks)
        {
            var all = input.Document.Clean.Blocks;
            var at = LeadingBlocks(b => b.Span.End, offset);
            var from = at - blocks >= 0 ? all[at - blocks].Span.Start : 0;
            var i = FirstDateFrom(offset) - 1;
            return i >= 0 && dates[i].Span.Start >= from ? dates[i] : null;
        }

        /// <summary>Words after a title's comma that start telling of the activity: "…, ocasión en la que se presentaron …", "…, en la cual …".</summary>
        private static readonly string[] TellingOpeners = [", ocasion en la que ", ", ocasion en la cual ", ", en la cual ", ", en la que ", ", en el cual ", ", en el que ", ", donde "];

        /// <summary>
        /// The colon ending a short title at <paramref name="start"/> ("Misión a China: un técnico …"): two to six words before it within
        /// 60 characters, no sentence or clause punctuation or quote among them, and a sentence of several words after it.
        /// </summary>
        private int? LabelBeforeColon(int start, int end)
        {
            var reach = Math.Min(end, start + 60);
            var colon = Text.IndexOf(':', start, reach - start);
            if (colon < 0 || colon + 2 >= end || Text.AsSpan(start, colon - start).ContainsAny(".;,“\"(")) return null;
            var words = t.TokenAtOrAfter(colon) - t.TokenAtOrAfter(start);
            return words is >= 2 and <= 6 && Text.AsSpan(colon + 1, Math.Min(end - colon - 1, 80)).Count(' ') >= 5 ? colon : null;
        }

        /// <summary>A sentence in the future tense ("Bogotá liderará una reunión …", "se realizarán dos talleres"): what it tells is planned, not held.</summary>
        private bool TellsOfThePlanned(TextSpan sentence)
        {
            for (var k = t.TokenAtOrAfter(sentence.Start); k < t.Tokens.Length && t.Tokens[k].Start < sentence.End; k++)
            {
                // "liderará", "se realizarán", "SE REALIZARÁ"; not a name that ends so ("Luis Terán", "Durán").
                var w = t.Original(t.Tokens[k]);
                if (w.Length <= 4 || (char.IsUpper(w[0]) && !IsAllCaps(k))) continue;
                var f = t.Key(t.Tokens[k]);
                if ((f.EndsWith("ra") || f.EndsWith("ran")) && (w.EndsWith("rá", StringComparison.OrdinalIgnoreCase) || w.EndsWith("rán", StringComparison.OrdinalIgnoreCase))) return true;
            }

            return false;
        }

        /// <summary>
        /// Where the title ends that opens a long paragraph and is told apart from its telling by a comma and a relative opener
        /// ("Reunión de trabajo con The International Association of Public Transport (uitp) y la Unión de Ciudades Capitales
        /// Iberoamericanas (ucci), ocasión en la que se presentaron …"), within its first sentence and <see cref="MaxTitle"/>; or null.
        /// The caller asks that title to say which activity ("Reunión de trabajo, en la cual …" names a kind).
        /// </summary>
        private int? TitleBeforeTelling(int start, int end)
        {
            var sentence = FirstSentence(start, end);
            var reach = Math.Min(sentence.End, start + MaxTitle);
            var comma = Text.IndexOf(',', start, reach - start);
            if (comma < 0) return null;
            foreach (var opener in TellingOpeners)
                if (string.CompareOrdinal(t.Folded, comma, opener, 0, opener.Length) == 0) return comma;
            return null;
        }

        /// <summary>A paragraph of running text: not a heading, longer than a title, or with a sentence end inside.</summary>
        private bool IsProse(Block b)
        {
            if (b.Kind == BlockKind.Heading) return false;
            if (b.Span.Length > ShortBlock) return true;
            var inner = Text.AsSpan(b.Span.Start, b.Span.Length).TrimEnd(" .\n");
            return inner.Contains(". ", StringComparison.Ordinal);
        }

        /// <summary>An opening quote: “, «, " or a single quote before a capital ("el panel 'Camino a la Conformidad …'").</summary>
        private bool IsQuoteOpen(int q) =>
            Text[q] is '“' or '"' or '«' || (Text[q] is '\'' or '‘' && q + 1 < Text.Length && char.IsUpper(Text[q + 1]) && (q == 0 || !char.IsLetter(Text[q - 1])));

        /// <summary>The offset of the quote closing the one at <paramref name="q"/>, before <paramref name="limit"/>, or -1.</summary>
        private int QuoteClose(int q, int limit)
        {
            if (limit <= q + 1) return -1;
            var close = Text[q] switch
            {
                '“' => Text.IndexOfAny(['”', '"'], q + 1, limit - q - 1),
                '«' => Text.IndexOf('»', q + 1, limit - q - 1),
                '"' => Text.IndexOfAny(['"', '”'], q + 1, limit - q - 1),
                _ => Text.IndexOfAny(['\'', '’'], q + 1, limit - q - 1),
            };
            return close > q + 1 ? close : -1;
        }

        /// <summary>A dot that ends no sentence: an initial's before a lower-case word ("Bogotá D.C. al Grupo"), or a title's ("Excmo. Sr. Mario …").</summary>
        private bool AbbreviationInSentence(int dot) =>
            (IsAbbreviationDot(dot) && dot + 2 < Text.Length && Text[dot + 1] == ' ' && char.IsLower(Text[dot + 2])) || IsTitleAbbreviation(dot);

        /// <summary>"Sr.", "Sra.", "Excmo.", "Dr.", "Lic.", "Mtro.": the dot of a person's title.</summary>
        private bool IsTitleAbbreviation(int dot)
        {
            var k = dot;
            while (k > 0 && char.IsLetter(Text[k - 1])) k--;
            return dot - k is >= 2 and <= 6 && char.IsUpper(Text[k]) && PersonTitles.Contains(Text[k..dot].ToLowerInvariant());
        }

        private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
        {
            "sr", "sra", "srta", "sres", "dr", "dra", "excmo", "excma", "lic", "licda", "mtro", "mtra", "ing", "arq", "prof", "profa", "gral", "embr", "min",
        };

        /// <summary>"Bogotá D.C.", "Metro de Bogotá S.A.": the dot after a single capital is an abbreviation's, not a sentence end.</summary>
        private bool IsAbbreviationDot(int k) =>
            Text[k] == '.' && k >= 1 && char.IsUpper(Text[k - 1]) && (k < 2 || Text[k - 2] is ' ' or '.') && k + 1 < Text.Length && (char.IsUpper(Text[k + 1]) || Text[k + 1] is ' ' or '\n' or ',');

        /// <summary>Whether nothing but punctuation or emphasis marks follows the title in its paragraph ("**Asamblea General de CIDEU**", "… Saludables:").</summary>
        private bool IsTitleOnly(int titleEnd, int blockEnd)
        {
            for (var k = titleEnd; k < blockEnd; k++)
                if (char.IsLetterOrDigit(Text[k])) return false;
            return true;
        }

        /// <summary>" y la “Noche de Velitas”", " y “…”": a second quoted name joined to the one just closed.</summary>
        private bool AnotherQuotedNameAfter(int at, int end)
        {
            var rest = Text.AsSpan(at, Math.Min(end - at, 12));
            foreach (var joint in (ReadOnlySpan<string>)[" y la “", " y el “", " y los “", " y las “", " y “", " y la «", " y el «", " y «"])
                if (rest.StartsWith(joint, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>", realizado en São Paulo", ", celebrada en Lima, Perú": all that follows a title is where it was held.</summary>
        private bool IsPlaceNote(int titleEnd, int blockEnd)
        {
            var rest = t.Folded.AsSpan(titleEnd, blockEnd - titleEnd).TrimEnd(" .\n");
            if (!rest.StartsWith(", ", StringComparison.Ordinal)) return false;
            rest = rest[2..];
            var held = rest.IndexOf(" en ", StringComparison.Ordinal);
            if (held < 0 || rest[..held] is not ("realizado" or "realizada" or "celebrado" or "celebrada" or "llevado a cabo" or "llevada a cabo")) return false;
            // The place: capitalised words (and their connectors) to the end.
            for (var k = t.TokenAtOrAfter(titleEnd + 2 + held + 4); k < t.Tokens.Length && t.Tokens[k].Start < blockEnd; k++)
                if (!char.IsUpper(Text[t.Tokens[k].Start]) && t.Key(t.Tokens[k]) is not ("de" or "del" or "la" or "el")) return false;
            return true;
        }

        /// <summary>"• Reunión con la Embajada de Francia, 3 de junio": a list item's date after the comma that ends its title.</summary>
        private DateMention? DateAfterComma(int titleEnd, int blockEnd)
        {
            var k = titleEnd;
            // "Reunión con la Embajada de Suecia, Bogotá, 6 de febrero de 2024", "Visita técnica a Curitiba, Paraná, Brasil, 20 de marzo":
            // the place, in up to three capitalised parts, may stand between the title and its date.
            for (var parts = 0; parts <= 3; parts++)
            {
                if (k >= blockEnd || Text[k] != ',') return null;
                k++;
                while (k < blockEnd && Text[k] == ' ') k++;
                var i = FirstDateFrom(k);
                if (i < dates.Count && dates[i].Span.Start == k && dates[i].Span.End <= blockEnd) return dates[i];
                k = PlacePartEnd(k, blockEnd);
                if (k < 0) return null;
            }

            return null;
        }

        /// <summary>The end of a place's part at <paramref name="k"/> ("Bogotá", "Río de Janeiro", "Paraná"): up to four capitalised words and connectors; −1 when none is there.</summary>
        private int PlacePartEnd(int k, int blockEnd)
        {
            var i = t.TokenAtOrAfter(k);
            if (i >= t.Tokens.Length || t.Tokens[i].Start != k || !char.IsUpper(Text[k])) return -1;
            var end = t.Tokens[i].End;
            for (var n = 1; n < 4 && i + n < t.Tokens.Length && t.Tokens[i + n].Start < blockEnd && t.Tokens[i + n].Start == t.Tokens[i + n - 1].End + 1; n++)
            {
                var w = t.Original(t.Tokens[i + n]);
                if (!char.IsUpper(w[0]) && t.Key(t.Tokens[i + n]) is not ("de" or "del" or "la" or "las" or "los" or "el")) break;
                end = t.Tokens[i + n].End;
            }

            return end;
        }

        /// <summary>
        /// An undated activity noun that only labels something: a cell of a table row ("Evento campaña\t$973": a type of action,
        /// not an activity) or a numbered label ("Taller 1 Taller 2"), not a numbered activity that says which ("Reunión 5 con Quito").
        /// </summary>
        private bool IsLabel(Block b, int noun)
        {
            if (b.Kind == BlockKind.TableRow || HasCells(b)) return true;
            if (!(noun + 1 < t.Tokens.Length && char.IsDigit(Text[t.Tokens[noun + 1].Start]) && t.Tokens[noun + 1].Length <= 2)) return false;
            // "Taller 1 Taller 2", "Sesión 3": the number ends the label; "Reunión 5 con la ciudad de Quito" goes on to say which.
            var after = noun + 2;
            return after >= t.Tokens.Length || t.Tokens[after].Start >= b.Span.End || ActivityNouns.TypeOf(t.Key(t.Tokens[after])) is not null;
        }

        /// <summary>Whether a block holds a tab or a bar (a row's cells), read once per block: a paragraph of 16,000 items was read again for each.</summary>
        private bool HasCells(Block b)
        {
            if (!ReferenceEquals(_cellsOf.Block, b)) _cellsOf = (b, Text.AsSpan(b.Span.Start, b.Span.Length).ContainsAny('\t', '|'));
            return _cellsOf.HasCells;
        }

        private (Block? Block, bool HasCells) _cellsOf;

        /// <summary>"a) Taller …", "b. Visita …": a letter that numbers a list item.</summary>
        private bool IsListLetter(int i) => t.Tokens[i].Length == 1 && t.Tokens[i].End < Text.Length && Text[t.Tokens[i].End] is ')' or '.';

        private bool IsAllCaps(int i)
        {
            var o = t.Original(t.Tokens[i]);
            if (o.Length < 2) return false;
            foreach (var c in o) if (char.IsLower(c)) return false;
            return true;
        }

        // ---- shared -------------------------------------------------------------------------------------

        /// <summary>The index of the first date starting at or after the offset (dates are sorted by start).</summary>
        private int FirstDateFrom(int offset)
        {
            int lo = 0, hi = dates.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (dates[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
            }

            return lo;
        }

        /// <summary>
        /// The occasions a list of dates stands for: consecutive days ("4 y 5 de noviembre") are one event over those days;
        /// other dates ("18 y 22 de octubre") are separate occasions of the activity.
        /// </summary>
        /// <param name="title">The activity's title, when it may be a course held in sessions (see <see cref="IsSessionsOfOne"/>).</param>
        internal static IEnumerable<DateValue> Occasions(IReadOnlyList<DateMention> dated, string? title = null) =>
            title is not null && IsSessionsOfOne(dated, title) ? [new DateValue(dated[0].Value.Start, dated[^1].Value.Start)]
                : OccasionRuns(dated).Select(r => r.First == r.Last ? dated[r.First].Value : new DateValue(dated[r.First].Value.Start, dated[r.Last].Value.Start));

        /// <summary>Folded nouns of a course given in sessions: its days listed are one activity's.</summary>
        private static readonly HashSet<string> CourseNouns = new(StringComparer.Ordinal)
            { "curso", "diplomado", "seminario", "taller", "capacitacion", "formacion", "modulo", "entrenamiento", "especializacion", "ciclo" };

        /// <summary>
        /// "Curso Piloto … (3, 8, 10 y 14 de septiembre)": three or more days listed within a month, in order, for a course (one, not
        /// "Talleres …", not coordinated with another activity) are its sessions, one activity held from the first to the last; two
        /// ("Taller … (19 y 28 de octubre)") are two occasions, and "Reuniones bilaterales … (5, 12 y 26 de abril)" are three.
        /// </summary>
        private static bool IsSessionsOfOne(IReadOnlyList<DateMention> dated, string title)
        {
            var words = FoldedText.FoldedWords(title);
            if (words.Length == 0 || !CourseNouns.Contains(words[0]) || words.Skip(1).Any(w => w is "y" or "e") && words.Skip(1).Any(w => ActivityNouns.IsStrong(w))) return false;
            if (dated.Count < 3 || !dated.All(d => IsSingleDay(d.Value))) return false;
            for (var k = 1; k < dated.Count; k++)
                if (dated[k].Value.FirstDay <= dated[k - 1].Value.FirstDay) return false;
            return dated[^1].Value.FirstDay.DayNumber - dated[0].Value.FirstDay.DayNumber <= 31;
        }

        /// <summary>The runs of <see cref="Occasions"/>: the first and last index of the dates each occasion joins.</summary>
        private static IEnumerable<(int First, int Last)> OccasionRuns(IReadOnlyList<DateMention> dated)
        {
            var i = 0;
            while (i < dated.Count)
            {
                var j = i;
                while (j + 1 < dated.Count && IsSingleDay(dated[j].Value) && IsSingleDay(dated[j + 1].Value)
                       && dated[j + 1].Value.FirstDay == dated[j].Value.FirstDay.AddDays(1)) j++;
                yield return (i, j);
                i = j + 1;
            }
        }

        private static bool IsSingleDay(DateValue v) => !v.IsRange && v.Start.Granularity == DateGranularity.Day;

        private DateMention[] DatesIn(TextSpan span)
        {
            var found = new List<DateMention>();
            for (var i = FirstDateFrom(span.Start); i < dates.Count && dates[i].Span.Start < span.End; i++) found.Add(dates[i]);
            return found.ToArray();
        }

        /// <summary>
        /// A date and the ones listed with it ("15 y 16 de diciembre", "3, 8 y 10 de septiembre"): the dates that follow it joined by
        /// a comma, "y" or "e" only, up to <paramref name="end"/>.
        /// </summary>
        private List<DateMention> DateRun(DateMention first, int end)
        {
            var run = new List<DateMention> { first };
            for (var i = FirstDateFrom(first.Span.End); i < dates.Count && dates[i].Span.End <= end; i++)
            {
                var gap = Text.AsSpan(run[^1].Span.End, dates[i].Span.Start - run[^1].Span.End).Trim();
                // "el 30 de noviembre y el 1 de diciembre": a day may take its article.
                if (gap is not ("," or "y" or "e" or ", y" or "y el" or ", y el")) break;
                run.Add(dates[i]);
            }

            return run;
        }

        // The last FirstOccasion asked for: every activity named in one sentence is dated by the same run of dates.
        private (DateMention? First, int End, DateValue Occasion) _firstOccasion;

        /// <summary>
        /// The first occasion of the run of dates that <paramref name="first"/> opens, up to <paramref name="end"/>. Remembered for the
        /// next call with the same date: a sentence that names many activities before a long run of listed days would otherwise walk
        /// the whole run again for each of them.
        /// </summary>
        private DateValue FirstOccasion(DateMention first, int end)
        {
            if (!ReferenceEquals(_firstOccasion.First, first) || _firstOccasion.End != end)
                _firstOccasion = (first, end, Occasions(DateRun(first, end)).First());
            return _firstOccasion.Occasion;
        }

        private DateMention? FirstDateIn(TextSpan span)
        {
            for (var i = FirstDateFrom(span.Start); i < dates.Count && dates[i].Span.Start < span.End; i++)
                if (dates[i].Span.End <= span.End) return dates[i];
            return null;
        }

        private bool DateStartsAt(int offset) => FirstDateFrom(offset) is var i && i < dates.Count && dates[i].Span.Start == offset;

        /// <summary>
        /// The sentence around an offset, inside its block: from after the last dot followed by a space at or before the offset to the
        /// first dot followed by a space or line break at or after it. "Bogotá D.C. al Grupo …": the dot of an abbreviation before a
        /// lower-case word ends no sentence.
        /// </summary>
        /// <remarks>
        /// The dots that end sentences are found once for the whole text and looked up by binary search: scanning from the offset
        /// to the block's edges cost the length of the block for every activity noun, quadratic in a block without sentence ends
        /// (thousands of short lines without a blank line between them are one block).
        /// </remarks>
        private (int Start, int End) Sentence(int offset, TextSpan block)
        {
            var (starts, ends) = SentenceBounds();
            var s = offset;
            if (offset > block.Start)
            {
                var i = UpperBound(starts, offset) - 1;
                s = i >= 0 && starts[i] > block.Start ? starts[i] : block.Start;
            }

            var e = offset;
            if (offset < block.End)
            {
                var j = UpperBound(ends, offset - 1);
                e = j < ends.Length && ends[j] < block.End ? ends[j] : block.End;
            }

            return (s, e);
        }

        private int[]? _sentenceStarts;
        private int[]? _sentenceEnds;

        /// <summary>Where sentences start (just after a dot and its space) and end (at the dot), in text order.</summary>
        private (int[] Starts, int[] Ends) SentenceBounds()
        {
            if (_sentenceStarts is not null && _sentenceEnds is not null) return (_sentenceStarts, _sentenceEnds);
            var starts = new List<int>();
            var ends = new List<int>();
            for (var dot = Text.IndexOf('.'); dot >= 0; dot = dot + 1 < Text.Length ? Text.IndexOf('.', dot + 1) : -1)
            {
                // "Loja, 10 de febrero de 2024.- Del 14 al 16 de marzo, …": a dateline's dot and dash end it.
                if (dot + 2 < Text.Length && Text[dot + 1] is '-' or '–' or '—' && Text[dot + 2] == ' ')
                {
                    ends.Add(dot);
                    starts.Add(dot + 2);
                    continue;
                }

                var followedBySpace = dot + 1 < Text.Length && Text[dot + 1] == ' ';
                if (!(dot + 1 >= Text.Length || followedBySpace || Text[dot + 1] == '\n') || AbbreviationInSentence(dot)) continue;
                ends.Add(dot);
                if (followedBySpace) starts.Add(dot + 1);
            }

            _sentenceStarts = starts.ToArray();
            _sentenceEnds = ends.ToArray();
            return (_sentenceStarts, _sentenceEnds);
        }

        /// <summary>The index of the first value greater than <paramref name="value"/> in a sorted array.</summary>
        private static int UpperBound(int[] sorted, int value)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
            }

            return lo;
        }

        // Separator sets of hot splits, allocated once rather than at every call.
        private static readonly char[] WhiteSpace = [' ', '\n', '\r', '\t'];
        private static readonly char[] WordSeparators = [' ', ',', ':', ';'];

        private static string Clean(string s) => string.Join(' ', s.Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ';', ':', '-');

        /// <param name="scope">Where its participants, partners and location are read, when not its section (a record of fields).</param>
        /// <param name="countScope">Where its participant count is read first (the part of a record's date field about this occasion).</param>
        /// <param name="oneActivity">Whether the layout says the title is one activity (a row of a table of activities), so it needs no date.</param>
        /// <param name="toldBelow">Whether the title is dated by the paragraph below it, which tells of the same activity.</param>
        /// <param name="groupHeader">A line of organisations heading the run of records the activity is one of, whose partners it takes too.</param>
        private void Emit(TextSpan span, string title, string type, DateValue? date, TextSpan context, double confidence, bool fromRunningText = false,
            TextSpan? scope = null, TextSpan? countScope = null, bool oneActivity = false, bool toldBelow = false, bool describedAbove = false,
            TextSpan? groupHeader = null, bool headline = false, bool recap = false, bool tabled = false)
        {
            // A title of one word ("Seminario") names a kind of activity, not one activity.
            var words = Titles.ContentWords(title);
            if (words.Count < 2 || input.IsSkipped(span)) return;
            // "Conferencia de Ciudades del Arco Atlántico (CCAA) | 3.500 | …": a title read across a table's cells ran past its own.
            if (!tabled && Text.AsSpan(span.Start, span.Length).Contains('\t')) return;
            // "18 de abril  Viaje de regreso a Logroño": the way home closes a trip's agenda, it is no activity of it.
            if (words.Contains("regreso") && (words.Contains("viaje") || title.StartsWith("Regreso", StringComparison.OrdinalIgnoreCase))) return;
            // "Misión a Taipéi — POSTERGADA a 2024": a title that says after a dash that its activity was called off names none held.
            if (title.IndexOfAny(Dashes) is var dash and > 0 && FoldedText.FoldedWords(title[(dash + 1)..]) is [var after, ..] && CallingOff.IsCallOff(after)) return;
            // "Día 1 — lunes 15 de abril": an agenda's numbered day, not a named day ("Día Mundial del Agua").
            if (words.Count == 2 && words.Contains("dia") && words.Any(w => w.All(char.IsAsciiDigit))) return;
            // "Asamblea de Cooperación por la Paz (ACPP)", "Foro Cívico Europeo": an organisation's name that opens with an activity's noun.
            if (!tabled && _partners.Within(span).Any(p => p.Span.Start == span.Start && p.Span.End >= SkipBracketedAcronym(span))) return;
            // "ciudad hermana desde octubre de 1987", "el Congreso Constituyente sesionó … entre 1916 y 1917": a day more than ten years
            // before the period the report covers is history it recalls, not an activity it reports.
            if (date is { } old && input.Context.Period is { } period && old.LastDay.Year < period.Start.Year - HistoryYears) return;
            // "### Lunes 15 de enero" over "- **Reunión con …**": an activity under a heading that is only a day takes that day.
            // "Madrid, España, 4 de junio de 2024.- … Además, sostuvo una reunión bilateral con …": an activity a news item tells of in the
            // past, with no day of its own, is of the item's day.
            if (date is null && fromRunningText) date = DayHeadingDate(span.Start, context) ?? NewsItemDate(span);
            if (date is null && !oneActivity && !NamesOneActivity(title)) return;
            // "la actividad desarrollada del 1 de enero al 31 de diciembre de 2024, conforme al plan aprobado por la Asamblea General": half a
            // year or more in running text is the period told of, not the days of one activity.
            if (fromRunningText && date is { IsRange: true } days && days.LastDay.DayNumber - days.FirstDay.DayNumber >= MaxRunningTextDays) return;
            if (fromRunningText && CalledOff(span.Start, context.Start)) return;
            // "la Subsecretaría prevé una misión comercial a la India en marzo de 2024": a plan without its day is no activity yet.
            if (fromRunningText && date?.Start.Granularity != DateGranularity.Day && PlannedBefore(span.Start, context)) return;
            // "| Junio de 2024 | Viaje institucional a Albuquerque (fechas por confirmar) |": a month whose days are still to be fixed
            // dates a plan, not an activity.
            if (date is not null && date.Start.Granularity != DateGranularity.Day && UnconfirmedOnLine(span.Start)) return;
            // The words that tell this activity from others of its kind: "Reunión de vicepresidencias online" and "Reunión de
            // co-presidencias online" share their noun and "online", not what they are about.
            var naming = words.Where(w => ActivityNouns.TypeOf(w) is null).ToHashSet(StringComparer.Ordinal);
            // "6.7. Cronología 2024" / "Marzo" / "7 – Lanzamiento de Rosario Ciudad Circular.": a chronology's entries sum the year up, as
            // a table of the year's activities does: an activity the report tells of on that day keeps its own name.
            recap = recap || InChronicle(span.Start);
            _events.Add(new Candidate(span, title, naming.Count >= 2 ? naming : words, Titles.Figures(words), type, date, context, confidence, fromRunningText, scope, countScope,
                toldBelow, describedAbove, groupHeader, headline, recap, tabled));
        }

        private static readonly char[] Dashes = ['—', '–'];

        /// <summary>How many days months in a heading without an activity's noun must span to be the period it covers (three months, about).</summary>
        private const int MinPeriodDays = 85;

        /// <summary>The longest span of days one activity told in running text is dated by.</summary>
        private const int MaxRunningTextDays = 180;

        /// <summary>Where a span ends before an acronym in brackets closing it ("… por la Paz (ACPP)"), else its end.</summary>
        private int SkipBracketedAcronym(TextSpan span)
        {
            var e = span.End;
            if (e < 2 || Text[e - 1] != ')') return e;
            var open = Text.LastIndexOf('(', e - 1, Math.Min(12, e - span.Start));
            return open > span.Start ? SkipBackSpaces(open) : e;
        }

        /// <summary>The day (or consecutive days) of the innermost section holding the offset whose heading is only a date, else null.</summary>
        /// <param name="told">The text telling of the activity: an activity it announces ("Reunión prevista para el próximo jueves …") is not of that day.</param>
        private DateValue? DayHeadingDate(int offset, TextSpan? told = null)
        {
            var s = _sectionIndex.At(offset);
            if (s is null || s.HeadingSpan.Length == 0 || s.HeadingSpan.Contains(offset)) return null;
            if (told is { } t0 && Announces(t0.Start, Math.Min(t0.End, SentenceOf(new TextSpan(offset, offset), t0).End))) return null;
            var dated = DatesIn(s.HeadingSpan);
            if (dated.Length == 0 || !IsDayHeading(s.HeadingSpan, dated)) return null;
            var occasions = Occasions(dated).ToList();
            return occasions.Count == 1 ? occasions[0] : null;
        }

        /// <summary>
        /// The dateline's date of the news item holding an activity when the activity's sentence tells of the past (no verb in the
        /// future, no announcement); else null. The item is the section when its body opens with a dateline ending ".-", else the
        /// paragraph when it opens with one ("Quito, 14 de febrero de 2023. Se realizó la ceremonia de entrega …", a feed of releases
        /// set one paragraph each under one heading).
        /// </summary>
        private DateValue? NewsItemDate(TextSpan span)
        {
            var s = _sectionIndex.At(span.Start);
            if (s is null || s.BodySpan.Length == 0 || !s.BodySpan.Contains(span.Start)) return null;
            if ((SectionDateline(s.BodySpan, span) ?? ParagraphDateline(s.BodySpan, span)) is not { } dateline) return null;
            // "El alcalde anunció la Feria del Libro, que contará con …": an activity announced or told in the future is not of that day.
            var (sStart, sEnd) = SentenceOf(span, s.BodySpan);
            if (Announces(sStart, sEnd)) return null;
            // "Ayer se llevó a cabo el taller …": a day named relative to the dateline; "El mes pasado …", "en 2022 …": another time.
            if (RelativeDay(new TextSpan(sStart, sEnd), dateline.Value.LastDay) is { } relative) return relative.Value;
            return TellsOfAnotherTime(sStart, sEnd, dateline.Value.LastDay.Year) ? null : dateline.Value;
        }

        /// <summary>The dateline opening a section's body and ending its first line's ".-", when the span comes after it; else null.</summary>
        private DateMention? SectionDateline(TextSpan body, TextSpan span)
        {
            var start = SkipSpaces(body.Start, body.End);
            if (!Datelines.OpensAt(Text, start)) return null;
            // Looked for within the line only: a long body is not searched once per activity.
            var lineEnd = Text.IndexOf('\n', start, Math.Min(DatelineLine, Text.Length - start));
            var datelineEnd = Text.IndexOf(".-", start, (lineEnd < 0 ? Math.Min(DatelineLine, Text.Length - start) : lineEnd - start), StringComparison.Ordinal);
            return datelineEnd < 0 || span.Start < datelineEnd ? null : FirstDateIn(new TextSpan(start, datelineEnd));
        }

        /// <summary>
        /// The dateline opening the paragraph that holds a span, its date closed by a full stop or a dash ("Quito, 9 de mayo de 2023.",
        /// "Lima, 8 de febrero de 2024 —"), when the span comes after it; else null.
        /// </summary>
        private DateMention? ParagraphDateline(TextSpan body, TextSpan span)
        {
            if (BlockAt(span.Start) is not { Kind: BlockKind.Paragraph } block || block.Span.Start < body.Start) return null;
            var start = SkipSpaces(block.Span.Start, span.Start);
            if (!Datelines.OpensAt(Text, start) || FirstDateIn(new TextSpan(start, span.Start)) is not { } date) return null;
            var after = Text.AsSpan(date.Span.End, span.Start - date.Span.End).TrimStart(" \t");
            return after.StartsWith(".") || after.StartsWith("—") || after.StartsWith("–") ? date : null;
        }

        /// <summary>
        /// "12/05/2023" / "Webinar «Agua y ciudad» · virtual": an activity opening its line in a calendar set as lines takes the date alone
        /// on the line above it (<see cref="CalendarLineDate"/>). Returns the token to go on from, or null when it is no such entry.
        /// </summary>
        private int? CalendarEntry(int noun, int titleStart, TextSpan block, string type)
        {
            if (!char.IsUpper(Text[titleStart]) || CalendarLineDate(titleStart, block) is not { } date) return null;
            var (_, sEnd) = Sentence(t.Tokens[noun].Start, block);
            if (NamedActivity(noun, sEnd, capital: true) is not { } listed) return noun;
            var lines = input.Document.Clean.Map.RunStarts;
            var dateLine = LineAt(date.Span.Start);
            var dateLineEnd = dateLine + 1 < lines.Count ? Math.Min(lines[dateLine + 1], block.End) : block.End;
            Emit(listed.Span, listed.Title, type, FirstOccasion(date, dateLineEnd), new TextSpan(titleStart, listed.Span.End), 0.7, fromRunningText: true);
            return t.TokenAtOrAfter(listed.Span.End) - 1;
        }

        /// <summary>
        /// The date of an activity opening its line in a calendar set as lines, which the cleaner joined into one paragraph: a date alone
        /// on each line above its activity ("15 feb." / "Taller de formulación de proyectos · Lima" / "12/05/2023" / "Webinar …", as slides
        /// and brochures print one, maybe under a caption, "Calendario 2023"), or below it when the block opens with an activity over
        /// its date ("Taller …" / "15/02/2023" / "Webinar …" / "12/05/2023"). Null when the lines are no such calendar.
        /// </summary>
        private DateMention? CalendarLineDate(int titleStart, TextSpan block)
        {
            var lines = input.Document.Clean.Map.RunStarts;
            var li = LineAt(titleStart);
            if (li < 0 || lines[li] < block.Start || SkipSpaces(lines[li], block.End) != titleStart) return null;
            if (CalendarOf(block, li) is not { } calendar) return null;
            var dateLine = calendar.DatesBelow ? li + 1 : li - 1;
            return dateLine >= calendar.FirstLine && dateLine < lines.Count && lines[dateLine] < block.End ? DateAloneOnLine(dateLine, block) : null;
        }

        /// <summary>Per block read: its first line, and whether it is a calendar with its dates below its activities; null when no calendar.</summary>
        private readonly Dictionary<int, (int FirstLine, bool DatesBelow)?> _calendars = [];

        /// <summary>
        /// Whether a block holding line <paramref name="line"/> is a calendar set as lines (two lines at least that are dates alone), and
        /// which way: its dates are below their activities when the line before its first date names an activity.
        /// </summary>
        private (int FirstLine, bool DatesBelow)? CalendarOf(TextSpan block, int line)
        {
            if (_calendars.TryGetValue(block.Start, out var known)) return known;
            var lines = input.Document.Clean.Map.RunStarts;
            var first = line;
            while (first > 0 && lines[first - 1] >= block.Start) first--;
            var dated = new List<int>(2);
            for (var k = first; k < lines.Count && lines[k] < block.End && dated.Count < 2; k++)
                if (DateAloneOnLine(k, block) is not null) dated.Add(k);
            (int, bool)? found = dated.Count < 2 ? null
                : (first, dated[0] > first && LeadingActivityNoun(lines[dated[0] - 1], lines[dated[0]]).Noun is not null);
            _calendars[block.Start] = found;
            return found;
        }

        /// <summary>The first date of a source line that holds dates and nothing else but their connectors ("22 y 23/08/2023", "Julio"); else null.</summary>
        private DateMention? DateAloneOnLine(int line, TextSpan block)
        {
            var lines = input.Document.Clean.Map.RunStarts;
            var start = lines[line];
            var end = Math.Min(block.End, line + 1 < lines.Count ? lines[line + 1] : Text.Length);
            var inside = DatesIn(new TextSpan(start, end));
            if (inside.Length == 0) return null;
            var k = start;
            foreach (var d in inside)
            {
                if (!Text.AsSpan(k, d.Span.Start - k).Trim(" \t\n.,;·–—-").IsEmpty && !Text.AsSpan(k, d.Span.Start - k).Trim(" \t\n").Equals("y", StringComparison.Ordinal)) return null;
                k = d.Span.End;
            }

            return Text.AsSpan(k, end - k).Trim(" \t\n.,;·–—-").IsEmpty ? inside[0] : null;
        }

        /// <summary>The index of the source line holding a clean-text offset (the last line starting at or before it).</summary>
        private int LineAt(int offset) => input.Document.Clean.Map.RunAt(offset);

        /// <summary>The clean text's block holding an offset, or null.</summary>
        private Block? BlockAt(int offset)
        {
            var blocks = input.Document.Clean.Blocks;
            _blockStarts ??= blocks.Select(b => b.Span.Start).ToArray();
            var i = Array.BinarySearch(_blockStarts, offset);
            if (i < 0) i = ~i - 1;
            return i >= 0 && blocks[i].Span.Contains(offset) ? blocks[i] : null;
        }

        /// <summary>Whether a sentence places what it tells at another time than its news item's day: "el mes pasado", "hace", "recientemente", another year.</summary>
        private bool TellsOfAnotherTime(int sentenceStart, int sentenceEnd, int year)
        {
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= sentenceEnd; k++)
            {
                var w = t.Key(t.Tokens[k]);
                // "el año pasado", "la semana pasada", "hace unos días", "recientemente" (not "la asistencia del año anterior").
                if (w is "hace" or "anteriormente" or "previamente" or "recientemente") return true;
                if (w is "pasado" or "pasada" && k > 0 && t.Key(t.Tokens[k - 1]) is "ano" or "mes" or "semana" or "trimestre" or "semestre") return true;
                if (w.Length == 4 && int.TryParse(w, out var y) && y is >= 1900 and <= 2100 && y != year) return true;
            }

            return false;
        }

        /// <summary>Whether a full stop at <paramref name="k"/> ends a sentence: a space or a line break follows it.</summary>
        private bool EndsSentenceAt(int k) => k >= 0 && k + 1 < Text.Length && Text[k] == '.' && char.IsWhiteSpace(Text[k + 1]);

        /// <summary>Whether a sentence tells of what is to come: a verb in the future, or announcing, foreseeing, "próximo".</summary>
        private bool Announces(int sentenceStart, int sentenceEnd)
        {
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= sentenceEnd; k++)
                if (IsFutureWord(k) || t.Key(t.Tokens[k]) is var w && (w.StartsWith("anunci", StringComparison.Ordinal) || w.StartsWith("preve", StringComparison.Ordinal)
                    || w.StartsWith("previst", StringComparison.Ordinal) || w.StartsWith("programad", StringComparison.Ordinal) || w.StartsWith("proxim", StringComparison.Ordinal))) return true;
            return false;
        }

        /// <summary>Verbs that tell a plan, folded, in the present: "prevé", "planea", "proyecta", "se propone", "estudia", "evalúa", "contempla"
        /// (whole words: "estudiantes" plans nothing).</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanVerbs = new HashSet<string>(
            ["preve", "preven", "planea", "planean", "planifica", "planifican", "proyecta", "proyectan", "propone", "proponen", "estudia", "estudian",
             "evalua", "evaluan", "contempla", "contemplan"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>How far from an activity's title on its line the words saying its date is unfixed are looked for.</summary>
        private const int UnconfirmedReach = 150;

        /// <summary>Words that say a date is still to be fixed.</summary>
        private static readonly string[] Unconfirmed = ["por confirmar", "a confirmar", "por definir", "a definir", "sin confirmar"];

        /// <summary>
        /// Whether the line holding the offset, within <see cref="UnconfirmedReach"/> characters of it, says its date is still to be fixed
        /// ("| Junio de 2024 | Viaje … (fechas por confirmar) |", "- **Julio, fecha por confirmar**: nueva visita …").
        /// </summary>
        private bool UnconfirmedOnLine(int offset)
        {
            var from = Math.Max(0, offset - UnconfirmedReach);
            var to = Math.Min(Text.Length, offset + UnconfirmedReach);
            var before = offset > from ? Text.LastIndexOf('\n', offset - 1, offset - from) : -1;
            var start = before < 0 ? from : before + 1;
            var end = Text.IndexOf('\n', offset, to - offset);
            var line = t.Folded.AsSpan(start, (end < 0 ? to : end) - start);
            foreach (var u in Unconfirmed)
                if (line.Contains(u, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Whether a verb of planning comes before the offset in its sentence, or a heading of plans stands over it.</summary>
        private bool PlannedBefore(int offset, TextSpan context)
        {
            var (sStart, _) = SentenceOf(new TextSpan(offset, offset), context);
            for (var k = t.TokenAtOrAfter(sStart); k < t.Tokens.Length && t.Tokens[k].End <= offset; k++)
                if (PlanVerbs.Contains(t.Key(t.Tokens[k]))) return true;
            return UnderAHeadingOfPlans(offset);
        }

        /// <summary>
        /// Whether the offset lies in a section whose heading looks past the report's period: "LO QUE VIENE EN 2025", "Previsiones para
        /// 2025", "Retos 2025" in a 2024 report. Its activities dated by a month alone are plans.
        /// </summary>
        private bool UnderAHeadingOfPlans(int offset)
        {
            if (input.Context.Period is not { } period || input.Document.SectionAt(offset) is not { Title.Length: > 0 } section) return false;
            var last = (period.End ?? period.Start).Year;
            // ("Plan Estratégico 2022–2026" spans the period; "Alineación con la Agenda 2030" names a horizon, not next year's plans.)
            var ahead = false;
            foreach (System.Text.RegularExpressions.Match m in FourDigitYear().Matches(section.Title))
            {
                var year = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (year <= last || year > last + MaxPlanYearsAhead) return false;
                ahead = true;
            }

            return ahead;
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)\d\d\b")]
        private static partial System.Text.RegularExpressions.Regex FourDigitYear();

        /// <summary>
        /// A reference to another part of the report by its number, right after a name in the same clause: "(ver 8.2)", "(véase el apartado
        /// 5.2)", "citada en 8.2", "descrito en el apartado 6.2" (not "(ver fotografía en la portada)", "(ver programa en el anexo)").
        /// </summary>
        [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:,()\n]{0,40}?(?:\(\s*(?:ver|v[ée]ase|vea|cf\.?)\s+(?:(?:el|la)\s+)?(?:(?:apartado|secci[oó]n|cap[ií]tulo|punto|ep[ií]grafe)\s+)?\d|,?\s*(?:citad|descrit|mencionad|señalad|referid|reseñad|detallad)[oa]s?\s+(?:en\s+(?:el|la|los|las)?\s*(?:apartado|secci[oó]n|cap[ií]tulo|punto|ep[ií]grafe|\d)|m[aá]s arriba|anteriormente))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex CrossReference();

        /// <summary>
        /// Whether the report says, right after an activity's name, that it is told in another part ("El 15 de marzo se firmó la renovación
        /// del hermanamiento (ver 8.2)", "la visita concluyó con la carta de intención citada en 8.2"): the activity is the one told there.
        /// </summary>
        /// <remarks>Read from the name's last word, which may be the participle itself ("… del hermanamiento descrita en 3.1").</remarks>
        private bool CitedElsewhere(TextSpan span)
        {
            var from = Math.Max(span.Start, Text.LastIndexOf(' ', span.End - 1, span.Length) + 1);
            return CrossReference().IsMatch(Text.AsSpan(from, Math.Min(120, Text.Length - from)));
        }

        /// <summary>How many years past the report's period a heading of plans looks.</summary>
        private const int MaxPlanYearsAhead = 2;

        /// <summary>A dateline's first line is no longer than this.</summary>
        private const int DatelineLine = 400;

        /// <summary>The sentence of a span within a passage: from after the full stop before it to the full stop after it.</summary>
        private (int Start, int End) SentenceOf(TextSpan span, TextSpan passage)
        {
            var start = span.Start;
            for (var floor = Math.Max(passage.Start, span.Start - BodyDateWindow); start > floor && !EndsSentenceAt(start - 2); start--) { }
            var end = span.End;
            for (var ceiling = Math.Min(passage.End, span.End + BodyDateWindow); end < ceiling && !EndsSentenceAt(end); end++) { }
            return (start, end);
        }

        /// <summary>"Lunes 15 de enero", "Viernes 23 y sábado 24 de febrero", "12/03/2024": a heading of dates, weekdays and connectors alone.</summary>
        private bool IsDayHeading(TextSpan heading, DateMention[] dated)
        {
            var i = t.TokenAtOrAfter(heading.Start);
            // "Día 1 — lunes 15 de abril (Madrid)": where the day was spent, in brackets after it.
            var end = Text.AsSpan(heading.Start, heading.Length).TrimEnd().EndsWith(")") ? Text.LastIndexOf('(', heading.End - 1, heading.Length) : -1;
            if (end <= dated[^1].Span.End) end = heading.End;
            // "Agenda · Día 1 — miércoles 8 de octubre", "Programa: jueves 9 de octubre": the day of an agenda or a programme.
            if (i < t.Tokens.Length && t.Key(t.Tokens[i]) is "agenda" or "programa" && i + 1 < t.Tokens.Length && t.Tokens[i + 1].Start < end
                && Text.AsSpan(t.Tokens[i].End, t.Tokens[i + 1].Start - t.Tokens[i].End).Trim() is "·" or ":" or "-" or "–" or "—" or "|") i++;
            for (; i < t.Tokens.Length && t.Tokens[i].Start < end; i++)
            {
                var tok = t.Tokens[i];
                if (dated.Any(d => d.Span.Start <= tok.Start && tok.End <= d.Span.End)) continue;
                var w = t.Key(tok);
                if (Array.IndexOf(Weekdays, w.ToString()) >= 0 || w is "y" or "e" or "al" or "del" or "de" or "el" or "a") continue;
                // "Día 2 — martes 5 de marzo": an agenda's day, numbered.
                if (w is "día" or "dia" && i + 1 < t.Tokens.Length && char.IsAsciiDigit(Text[t.Tokens[i + 1].Start]) && t.Tokens[i + 1].End - t.Tokens[i + 1].Start <= 2) { i++; continue; }
                return false;
            }

            return true;
        }

        /// <summary>
        /// Whether the few words before an activity in its sentence call it off: a "no" before a verb ("instruyó no concretar la firma del
        /// Acuerdo …"), or cancelling, suspending or putting off ("se canceló la reunión"). "No solo" and "no obstante" are no negation.
        /// </summary>
        private bool CalledOff(int start, int sentenceStart)
        {
            var i = t.TokenAtOrAfter(start) - 1;
            for (var n = 0; n < 5 && i >= 0 && t.Tokens[i].Start >= sentenceStart; n++, i--)
            {
                // Within the activity's own clause: "Aunque el alcalde no asistió, el Foro … se celebró" is held all the same.
                if (i + 1 < t.Tokens.Length && Text.AsSpan(t.Tokens[i].End, t.Tokens[i + 1].Start - t.Tokens[i].End).ContainsAny(",;:()")) break;
                var w = t.Key(t.Tokens[i]);
                if (w is "no" && !(i + 1 < t.Tokens.Length && t.Key(t.Tokens[i + 1]) is "solo" or "solamente" or "obstante" or "unicamente")) return true;
                if (CallingOff.IsCallOff(w)) return true;
            }

            return false;
        }

        /// <summary>
        /// An undated title names one activity when its noun takes a complement that says which: "Reunión de la Junta Directiva online",
        /// "Cierre formal de la cooperación con …", "Webinar “…”". A noun with only adjectives ("Presentación espontánea", "Taller creativo",
        /// "Seminario Internacional"), a complement with an indefinite article ("Exposición a un conocimiento nuevo"), "ante" (a filing
        /// before an office: "Presentación ante primer requerimiento") and lists of options ending in "Otro" are kinds of activity, not one.
        /// </summary>
        private static bool NamesOneActivity(string title)
        {
            var words = title.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            var noun = Array.FindIndex(words, w => ActivityNouns.TypeOf(FoldedText.FoldString(w)) is not null && !IsNumberingWord(w));
            if (noun < 0) return true;
            if (FoldedText.FoldString(words[^1]) is "otro" or "otros" or "otra" or "otras" or "ninguno" or "ninguna") return false;
            if (ProperNameAfter(words, noun)) return true;
            for (var k = noun + 1; k < words.Length && k <= noun + 3; k++)
            {
                var w = words[k];
                if (w[0] is '“' or '"' or '«' or '\'' or '‘') return true;
                var f = FoldedText.FoldString(w);
                if (f == "ante") return false;
                if (!UndatedComplements.Contains(f)) continue;
                var next = k + 1 < words.Length ? FoldedText.FoldString(words[k + 1]) : "";
                return next is not ("un" or "una" or "unos" or "unas");
            }

            return false;
        }

        /// <summary>
        /// Whether a proper name follows the noun: two capitalised words within the next three, the first of them no Spanish adjective
        /// ("Sesión Cities are Listening", not "Seminario Internacional", "Reunión Ordinaria Anual" or "Curso Piloto").
        /// </summary>
        private static bool ProperNameAfter(string[] words, int noun)
        {
            if (noun + 2 >= words.Length || !char.IsUpper(words[noun + 1][0]) || LooksLikeAdjective(FoldedText.FoldString(words[noun + 1]))) return false;
            var capitals = 0;
            for (var k = noun + 1; k < words.Length && k <= noun + 3; k++)
                if (char.IsUpper(words[k][0])) capitals++;
            return capitals >= 2;
        }

        /// <summary>Endings of Spanish adjectives that follow an activity's noun ("Internacional", "Ordinaria", "Iberoamericano", "Ejecutiva", "Abierta").</summary>
        private static readonly string[] AdjectiveEndings =
            ["al", "ar", "ano", "ana", "anos", "anas", "ico", "ica", "ivo", "iva", "ario", "aria", "ista", "ble", "ado", "ada", "ido", "ida", "ente", "ense", "eno", "ena", "ino", "ina", "ero", "era", "erto", "erta", "oto"];

        private static bool LooksLikeAdjective(string folded) => AdjectiveEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal));

        private static bool IsNumberingWord(string w) => w.Length > 0 && char.IsDigit(w[0]);

        private static readonly HashSet<string> UndatedComplements = new(StringComparer.Ordinal) { "de", "del", "a", "al", "con", "para", "sobre", "en", "entre", "por", "y" };

        /// <summary>A finding before deduplication; its participants, partners and location are read only for the ones kept.</summary>
        /// <param name="Words">The title's content words other than activity nouns (all of them when fewer than two others are left).</param>
        /// <param name="Figures">The title's words that are figures ("Taller 3" → "3"), which number activities apart.</param>
        private sealed record Candidate(TextSpan Span, string Title, HashSet<string> Words, string[] Figures, string Type, DateValue? Date, TextSpan Context, double Confidence,
            bool FromRunningText, TextSpan? Scope = null, TextSpan? CountScope = null, bool ToldBelow = false, bool DescribedAbove = false,
            TextSpan? GroupHeader = null, bool Headline = false, bool Recap = false, bool Tabled = false);

        public IReadOnlyList<Mention> Result()
        {
            // One event per activity: a later finding that overlaps an earlier one, or repeats its title for the same date, is dropped;
            // the same title found for another date is another occasion of the activity. An undated finding repeats a dated one only
            // in its own section: "Adhesión a la Declaración de Ciudades … de América Latina y del Caribe" does not swallow a web
            // seminar on "… los gobiernos locales de América Latina y el Caribe" dated chapters away.
            var kept = new KeptFindings();
            // The rows of a table that repeat an activity told elsewhere: nothing else is read from them.
            var repeatedRows = new List<TextSpan>();
            // A row of a summing-up table (Recap) comes last: the activity told in the text keeps its own name.
            foreach (var e in _events.OrderBy(x => x.Recap).ThenBy(x => x.FromRunningText))
            {
                if (e.FromRunningText && repeatedRows.Any(r => r.Overlaps(e.Span))) continue;
                if (e.FromRunningText && !e.ToldBelow && CitedElsewhere(e.Span)) continue;
                // A title dated by the paragraph below it names the activity that paragraph tells of on that date: the title wins over
                // the name the paragraph gives it.
                var replaced = e.ToldBelow
                    ? kept.RemoveWithin(e.Context, k => k.FromRunningText && !k.ToldBelow && k.Date == e.Date && e.Context.Contains(k.Span) && k.Span.Start >= e.Span.End)
                    : [];
                // "Medellín lanza retos de innovación abierta para la región" over "… realizó el 31 de mayo el lanzamiento de la convocatoria
                // «Retos Andinos de Innovación»": the activity its text names is the headline's, by that name, with the item's description.
                if (e.FromRunningText && !e.ToldBelow && (IsProperTitle(e.Title) || IsProperTitle(Text.Substring(e.Span.Start, e.Span.Length))) && kept.HeadlineRetold(e, IsQuotedName(e.Title) || IsQuotedName(Text.Substring(e.Span.Start, e.Span.Length))) is { } headline)
                {
                    kept.Replace(headline.Id, e with { Scope = headline.Finding.Scope ?? headline.Finding.Context });
                    continue;
                }

                if (!kept.Repeats(e, this)) kept.Add(e);
                else
                {
                    kept.Restore(replaced); // a title that repeats another finding replaces nothing
                    if (e.Tabled) repeatedRows.Add(e.Context);
                }

            }

            // A row of a table that sums up (agreements signed: date, counterpart, purpose) is the activity the report tells of on that
            // day elsewhere, under that name; only a day told of nowhere else is an activity of its own.
            // The activity of that day must be the row's: a signing, or one naming its counterpart or purpose ("Mesa de trabajo con Sedalib …"
            // for "Sedalib / GRLL | Reservorios …"); an unrelated fair that day leaves the signing in.
            var told = kept.All().Where(e => !e.Recap && e.Date is not null).ToLookup(e => e.Date!);
            // ("JUNIO" / "Asamblea General" / "Granada" on a timeline of the year: a row dated by its month only is the activity told of on
            // a day of that month under a title sharing its words.)
            var toldInMonth = kept.All().Where(e => !e.Recap && e.Date is { Start.Day: not null }).SelectMany(e => Months(e.Date).Select(m => (Month: m, Told: e)))
                .ToLookup(x => x.Month, x => x.Told);
            var found = kept.All().Where(e => !e.Recap || e.Date is null || !(told[e.Date].Any(o => o.Type == e.Type || o.Words.Overlaps(e.Words.Except(AgreementTitleWords)))
                                                                                || (e.Date is { Start.Day: null, IsRange: false, Start.Month: { } month }
                                                                                    && toldInMonth[new DateOnly(e.Date.FirstDay.Year, month, 1)].Any(o => o.Words.Overlaps(NamingWords(e))))))
                .OrderBy(e => e.Span.Start).ToList();
            found = WithoutKindRetold(found);
            // Where each titled finding's description ends: at the next titled finding ("20 julio: Día de Independencia de Colombia" /
            // "27 julio: Celebración del Bicentenario de Perú" under one heading are two descriptions, not one section's).
            var titledStarts = found.Where(e => !e.FromRunningText || e.ToldBelow || e.DescribedAbove).Select(e => e.Span.Start).ToArray();
            // Every finding's start, and the furthest end of the findings up to it: where the activity before a text ends.
            var starts = found.Select(e => e.Span.Start).ToArray();
            var endsSoFar = new int[found.Count];
            for (var k = 0; k < found.Count; k++) endsSoFar[k] = Math.Max(k > 0 ? endsSoFar[k - 1] : 0, found[k].Span.End);
            var result = new List<Mention>(found.Count);
            foreach (var e in found)
            {
                var section = _sectionIndex.At(e.Span.Start);
                var scope = e.Scope ?? (section is not null && section.Span.Contains(e.Span) ? section.Span : e.Context);
                // An event's count and partners are those of its own description, not of every activity its section tells of.
                var described = PartnerScope(e, scope, titledStarts, starts, endsSoFar);
                var participants = (e.CountScope is { } counts ? Attendance(_participants.Within(counts)) : null) ?? Attendance(_participants.Within(described));
                // A record held with the organisations named on the line heading its run takes theirs too (RecordGroupHeader).
                var partners = (e.GroupHeader is { } header ? _partners.Within(header) : []).Concat(_partners.Within(described))
                    .Select(p => p.Canonical).Distinct().ToList();
                var location = Locations.Find(Text, scope);
                result.Add(new EventMention(e.Span, Text.Substring(e.Span.Start, e.Span.Length), e.Confidence, e.Title, e.Type, e.Date, location, participants, partners));
            }

            return result;
        }

        /// <summary>
        /// The findings without those that only name again, by its kind, an activity another finding dates more finely: "El 17 de octubre,
        /// la Asamblea General aprobó …" retells the "Asamblea General 2024 en Cajamarca" of 17–18 October, "La Asamblea General de octubre
        /// elegirá …" the calendar's of 9–11 October, "Entre enero y abril … ha celebrado su Asamblea General" the one of 22 February,
        /// wherever in the report they stand. Such a finding is told in running text, of the other's kind, with at most one word of its
        /// title besides its noun, and that word in the other's title; its date is a day within the other's days or a month or months holding
        /// them.
        /// </summary>
        private static List<Candidate> WithoutKindRetold(List<Candidate> found)
        {
            // The dated findings by kind and by each month their dates touch (up to a year), so a generic one is compared only with those
            // of its kind and months; at most the first MonthPeers of each, so thousands of one month's findings stay linear.
            var byMonth = new Dictionary<(string Type, int Year, int Month), List<Candidate>>();
            foreach (var k in found)
                foreach (var month in Months(k.Date))
                {
                    if (!byMonth.TryGetValue((k.Type, month.Year, month.Month), out var peers)) byMonth[(k.Type, month.Year, month.Month)] = peers = [];
                    if (peers.Count < MonthPeers) peers.Add(k);
                }

            return found.Where(e => !RetoldByKind(e)).ToList();

            bool RetoldByKind(Candidate e)
            {
                if (!e.FromRunningText || e.Date is null) return false;
                var naming = NamingWords(e).ToList();
                return naming.Count <= 1 && Months(e.Date).Any(m => byMonth.TryGetValue((e.Type, m.Year, m.Month), out var peers)
                    && peers.Any(k => !ReferenceEquals(k, e) && (Covers(k.Date, e.Date) || Vaguer(e.Date, k.Date)) && naming.All(k.Words.Contains)));
            }
        }

        /// <summary>How many findings of one kind and month a generic finding is compared with.</summary>
        private const int MonthPeers = 64;

        /// <summary>A finding's title words that are no activity's noun.</summary>
        private static IEnumerable<string> NamingWords(Candidate e) => e.Words.Where(w => ActivityNouns.TypeOf(w) is null);

        /// <summary>The first day of each month a date touches, none for a date of a year or spanning more than twelve months.</summary>
        private static IEnumerable<DateOnly> Months(DateValue? date)
        {
            if (date is null || date.Start.Month is null) yield break;
            var first = new DateOnly(date.FirstDay.Year, date.FirstDay.Month, 1);
            var last = date.LastDay;
            if ((last.Year - first.Year) * 12 + last.Month - first.Month >= 12) yield break;
            for (var m = first; m <= last; m = m.AddMonths(1)) yield return m;
        }

        /// <summary>
        /// Whether a date no finer than a month holds another, finer one: "La Asamblea General de octubre" and the assembly of 9–11 October.
        /// </summary>
        private static bool Vaguer(DateValue? vague, DateValue? precise) =>
            vague is { } v && precise is { } p && v.Start.Day is null && v.End?.Day is null && p.Start.Day is not null
            && v.FirstDay <= p.FirstDay && p.LastDay <= v.LastDay;

        /// <summary>
        /// The text whose partners are the finding's ("partners named in its description", ANNOTATION.md): the text that describes it
        /// where a rule found it (a title and the paragraph below or above it); for an activity told in running text, its own sentence
        /// or item; for a titled one, its section from its title up to the next titled finding.
        /// </summary>
        private static TextSpan PartnerScope(Candidate e, TextSpan scope, int[] titledStarts, int[] starts, int[] endsSoFar)
        {
            // A title printed after its paragraphs (two-column layouts): its description runs back from the paragraph that dated it to
            // the previous activity found, at most MaxDescriptionAbove characters, across the section break a heading makes ("… Por otra parte,
            // se realizaron recorridos … / Pasantía del Proyecto ucci …"). One dated by a list stays with that list (TextAbove).
            if (e.DescribedAbove && e.Scope is { } above)
            {
                var before = Array.BinarySearch(starts, above.Start);
                before = (before < 0 ? ~before : before) - 1;
                var from = Math.Max(above.Start - MaxDescriptionAbove, before >= 0 ? endsSoFar[before] : 0);
                return new TextSpan(Math.Clamp(from, 0, above.Start), above.End);
            }

            if (e.Scope is { } described) return described;
            if (e.FromRunningText && !e.ToldBelow) return e.Context;
            var next = Array.BinarySearch(titledStarts, e.Span.Start + 1);
            if (next < 0) next = ~next;
            var end = next < titledStarts.Length ? Math.Min(scope.End, titledStarts[next]) : scope.End;
            var start = e.Span.Start;
            return end > start ? new TextSpan(start, end) : scope;
        }

        /// <summary>Whether a title holds a name in quotes ("taller «Quito, ciudad de proximidad»").</summary>
        private static bool IsQuotedName(string title) => title.AsSpan().IndexOfAny('«', '“') >= 0;

        /// <summary>A title that names its activity: a quotation, or a capitalised word within the few after its first ("Lanzamiento de la convocatoria «Retos Andinos …»", "Foro Mundial …").</summary>
        private static bool IsProperTitle(string title) =>
            title.AsSpan().IndexOfAny('«', '“', '"') >= 0 || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(ProperTitleReach).Any(w => char.IsUpper(w[0]));

        /// <summary>
        /// How many words after its noun a proper title shows a capital within ("Foro Mundial …", "Semana de Francia"): "sesión ordinaria
        /// del año en la sede de la OPACI" names a body where it was held, not the activity.
        /// </summary>
        private const int ProperTitleReach = 3;

        /// <summary>How far above the paragraph that dates it a title printed after its text is read back for its description.</summary>
        private const int MaxDescriptionAbove = 3000;

        /// <summary>"210 inscriptos y 175 asistentes": an activity's count is of those who came, before those who registered.</summary>
        private static long? Attendance(IEnumerable<ParticipantsMention> counts)
        {
            ParticipantsMention? first = null;
            foreach (var c in counts)
            {
                if (c.Unit is not ("inscritos" or "inscritas" or "inscriptos" or "inscriptas" or "registrados" or "registradas")) return c.Value;
                first ??= c;
            }

            return first?.Value;
        }

        /// <summary>The words every title of a table's signing has ("Firma de convenio con …").</summary>
        private static readonly string[] AgreementTitleWords = ["firma", "convenio", "acuerdo"];

        /// <summary>How alike two titles of one day and kind, one from a table and one from the text, are when they name one activity.</summary>
        private const double SameActivityDice = 0.6;

        private static bool SameDate(DateValue? a, DateValue? b) => a is null || b is null || a == b;

        /// <summary>
        /// Whether a range holds a day within it: "Encuentro Nacional de Referentes …" headed 2–3 May and named again in its text under the
        /// dateline of the 3rd is one activity (a title alike, in its section).
        /// </summary>
        private static bool Covers(DateValue? range, DateValue? day) =>
            range is { IsRange: true } r && day is { } d && r.FirstDay <= d.FirstDay && d.LastDay <= r.LastDay;

        /// <summary>Whether finding <paramref name="e"/> repeats the kept finding <paramref name="k"/>.</summary>
        private bool Repeats(Candidate k, Candidate e)
        {
            var occasion = k.Span == e.Span && k.Title == e.Title && k.Date != e.Date && k.Date is not null && e.Date is not null;

            // "Reuniones de cortesía … (18 y 22 de octubre)" / "… sostuvo un encuentro con el expresidente de Ecuador" the 18th:
            // an activity the body of a heading's section tells of on the heading's date is the heading's activity.
            // So is one the paragraph below a title tells of on the date it gave the title ("1. VII Encuentro Regional de Municipios …:" /
            // "Entre el 24 y el 25 de octubre de 2024, … participó en el VII Encuentro de Alcaldes …").
            var retold = e.FromRunningText && (!k.FromRunningText || k.ToldBelow) && k.Date is not null && k.Date == e.Date && k.Context.Contains(e.Span);
            // "Visita protocolar del embajador de Francia" in a table of the year's activities, told in the text as "… de la República
            // Francesa" on that day: a table's row and the text's telling of one day and kind, titled alike, are one activity.
            return retold || TabledAndTold(k, e) || (k.Span.Overlaps(e.Span) && !occasion && (e.FromRunningText || k.Date == e.Date)) ||
                   // "El hito del año fue el III Encontro de Cidades da Raia Atlántica, que Vigo acogió en septiembre": the month of an
                   // activity dated to its days elsewhere retells it. (So does a day within its days, of the same kind: "La primera
                   // rueda … «Mérida Conecta», que concluyó ayer", a news item after the one announcing it for the 5th and 6th.)
                   (e.FromRunningText && (SameDate(k.Date, e.Date) || Covers(k.Date, e.Date) || Vaguer(e.Date, k.Date)) && !Titles.NumberedApart(k.Figures, e.Figures) && !NamedApart(k, e)
                    && Titles.Contained(k.Words, e.Words) && (k.Date == e.Date || SameSection(k, e) || ((e.Date is null || Vaguer(e.Date, k.Date) || (Covers(k.Date, e.Date) && k.Type == e.Type)) && RetellsElsewhere(k, e))));
        }

        /// <summary>
        /// Whether an undated finding in another section retells a dated one: they share most of both titles' words and the undated one
        /// holds nearly all of the dated one's ("Taller de la Alianza Ciudad-Empresa por el Clima (CBCA)" / "Participación en el Taller de
        /// la Alianza Ciudad-Empresa por el Clima - Smart City Expo Barcelona"), or both open with the same name ("Foro Urbano Mundial en
        /// Katowice" / "Foro Urbano Mundial sobre Vivienda Asequible, …"). "Encuentro de Ciudades Iberoamericanas", 30 October, does not
        /// swallow an "Encuentro 'Más alimentos, menos residuos. Experiencias … en cuatro ciudades iberoamericanas'" chapters later, nor
        /// "Sesión de cierre Red de Ciudades Inteligentes latam" the "Reuniones de la Red de Ciudades Creativas".
        /// </summary>
        private static bool RetellsElsewhere(Candidate dated, Candidate undated) =>
            (Titles.Dice(dated.Words, undated.Words) >= 0.5 && dated.Words.Count(undated.Words.Contains) >= 0.75 * dated.Words.Count)
            || (LeadingName(dated.Title) is { } name && name == LeadingName(undated.Title));

        /// <summary>
        /// The capitalised name a title opens with, folded, when it has two words or more besides connectors: "Foro Urbano Mundial" for
        /// "Foro Urbano Mundial en Katowice" and "Foro Urbano Mundial sobre Vivienda …"; null for "Encuentro 'Más alimentos …'".
        /// </summary>
        private static string? LeadingName(string title)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = 0;
            var named = 0;
            while (end < words.Length)
            {
                var w = words[end];
                if (char.IsUpper(w[0]) && char.IsLetter(w[^1])) named++;
                else if (!(w is "de" or "del" or "la" or "las" or "los" or "y" && end + 1 < words.Length && char.IsUpper(words[end + 1][0]))) break;
                end++;
            }

            return named >= 2 ? FoldedText.FoldString(string.Join(' ', words[..end])) : null;
        }

        /// <summary>
        /// Whether two findings of one sentence are activities it names side by side: "tales como: la reunión de la Red de Ciudades
        /// Creativas de Lima; la reunión de la Red de Ciudades Creativas de Quito; …" lists two meetings, each with a word the other lacks.
        /// A sentence that names an activity again does so with no new word ("… durante la reunión de la Red de Ciudades Creativas …").
        /// Undated findings of two paragraphs are two activities when each has two words the other lacks ("Reunión de trabajo con … (uitp)
        /// para el Urban Mobility Innovation Index" / "Reunión de trabajo con … (uitp) y la Unión de Ciudades Capitales Iberoamericanas").
        /// </summary>
        private static bool NamedApart(Candidate k, Candidate e) =>
            k.FromRunningText && !k.Span.Overlaps(e.Span) &&
            (k.Context == e.Context ? k.Words.Any(w => !e.Words.Contains(w)) && e.Words.Any(w => !k.Words.Contains(w))
                                    : k.Date is null && e.Date is null && k.Words.Count(w => !e.Words.Contains(w)) >= 2 && e.Words.Count(w => !k.Words.Contains(w)) >= 2);

        /// <summary>
        /// The findings kept so far, indexed so that a new one is compared only with those it could repeat: the ones that can retell it
        /// (titles and headings), the ones whose spans overlap it, and, for its words, the ones not numbered apart from it ("Taller 1" is
        /// never compared with "Taller 2" … "Taller 8000") and, among those without figures (or all when it holds none), the ones sharing enough of its words for
        /// <see cref="Titles.Contained(HashSet{string}, HashSet{string}, double)"/>. A pairwise comparison with all of them was quadratic
        /// in the findings (12,000 distinct workshops, one a paragraph, took 9 s; twice as many, 38 s).
        /// </summary>
        /// <remarks>
        /// Two titles of m and n content words (m ≤ n) share at least t(m) words when one is contained in the other. Any m − t(m) + 1 words
        /// of the shorter then hold a shared one (the other t(m) − 1 cannot hold t(m)). So a kept finding is listed under m − t(m) + 1 of
        /// its words (<c>_byKeyWord</c>), which finds it from any word of a longer or equal new title; and a new title looks up n − t(n) + 1
        /// of its words among all words of the kept ones (<c>_byWord</c>), which finds the longer kept ones. Either way the words chosen
        /// are those fewest findings hold so far; the choice changes only how many are compared, never which repeat.
        /// </remarks>
        private sealed class KeptFindings
        {
            private readonly List<Candidate?> _all = [];
            // Findings a later one told in running text may retell (titles, headings, table rows): by where their context starts, and
            // apart those of a long context (a chapter), so a finding is compared only with the anchors whose context may hold it — each
            // finding against every anchor was quadratic in a table of thousands of rows, or a file of thousands of dated titles.
            private readonly SortedSet<(int ContextStart, int Id)> _anchorsByContext = [];
            private readonly List<int> _longAnchors = [];
            private readonly SortedSet<(int Start, int Id)> _byStart = [];
            private readonly Dictionary<string, List<int>> _byFigure = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<int>> _byKeyWord = new(StringComparer.Ordinal);
            // The same two lists for the kept findings without figures, the only ones a finding with figures is compared with by its
            // words: 16,000 "Reunión 17 con la ciudad de Quito" all share "ciudad" and "quito", and walking every one of them for each
            // new finding, to skip it for its figure, was quadratic.
            private readonly Dictionary<string, List<int>> _plainByWord = new(StringComparer.Ordinal);
            private readonly Dictionary<string, List<int>> _plainByKeyWord = new(StringComparer.Ordinal);
            private int _longest;
            // Dated anchors by date, for a title the report gives twice ("Misión técnica a Medellín y Bogotá" as a heading and as a row
            // of the semester's table): only the latest few of a date are compared, so a table of thousands of rows of one day stays linear.
            private readonly Dictionary<DateValue, List<int>> _anchorsByDate = [];

            /// <summary>How many anchors of one date a new dated anchor is compared with.</summary>
            private const int SameDateAnchors = 32;

            public void Add(Candidate c)
            {
                var id = _all.Count;
                _all.Add(c);
                if (!c.FromRunningText || c.ToldBelow)
                {
                    if (c.Context.Length > AnchorReach) _longAnchors.Add(id);
                    else _anchorsByContext.Add((c.Context.Start, id));
                    if (c.Date is { } date) Posting(_anchorsByDate, date).Add(id);
                }
                _byStart.Add((c.Span.Start, id));
                _longest = Math.Max(_longest, c.Span.Length);
                foreach (var f in c.Figures) Posting(_byFigure, f).Add(id);
                foreach (var w in Rarest(c.Words, KeyWords(c.Words.Count), _byWord)) Posting(_byKeyWord, w).Add(id);
                foreach (var w in c.Words) Posting(_byWord, w).Add(id);
                if (c.Figures.Length > 0) return;
                foreach (var w in Rarest(c.Words, KeyWords(c.Words.Count), _plainByWord)) Posting(_plainByKeyWord, w).Add(id);
                foreach (var w in c.Words) Posting(_plainByWord, w).Add(id);
            }

            /// <summary>Anchors whose context is longer than this are few (chapters) and always compared; the others only when near.</summary>
            private const int AnchorReach = 20_000;

            private static List<int> Posting<TKey>(Dictionary<TKey, List<int>> index, TKey key) where TKey : notnull
            {
                if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
                return ids;
            }

            /// <summary>How many of a title's <paramref name="count"/> words hold one it shares with any title containing it or contained in it.</summary>
            private static int KeyWords(int count)
            {
                var shared = 1;
                while (shared < count && (double)shared / count < 0.6) shared++; // Titles.Contained's share, computed as it computes it
                return count - shared + 1;
            }

            /// <summary>The <paramref name="take"/> words that the fewest kept findings hold (ties in ordinal order, so the choice is repeatable).</summary>
            private static IEnumerable<string> Rarest(HashSet<string> words, int take, Dictionary<string, List<int>> byWord) =>
                words.OrderBy(w => byWord.TryGetValue(w, out var ids) ? ids.Count : 0).ThenBy(w => w, StringComparer.Ordinal).Take(take);

            /// <summary>
            /// Removes the kept findings that start within <paramref name="context"/> and match, and returns them with their places, for
            /// <see cref="Restore"/>. Only the findings starting there are looked at (a scan of all of them for each title dated below
            /// it was quadratic in a document of many such titles).
            /// </summary>
            public List<(int Id, Candidate Finding)> RemoveWithin(TextSpan context, Func<Candidate, bool> match)
            {
                var removed = new List<(int, Candidate)>();
                foreach (var (_, i) in _byStart.GetViewBetween((context.Start, int.MinValue), (context.End, int.MaxValue)))
                    if (_all[i] is { } c && match(c))
                    {
                        removed.Add((i, c));
                        _all[i] = null;
                    }

                removed.Sort((a, b) => a.Item1.CompareTo(b.Item1));
                return removed;
            }

            public void Restore(List<(int Id, Candidate Finding)> removed)
            {
                foreach (var (id, c) in removed) _all[id] = c;
            }

            public List<Candidate> All() => _all.OfType<Candidate>().ToList();

            /// <summary>
            /// A kept headline that a finding of its text retells (its date, inside its context), with its place; or a heading of the same
            /// kind of activity without a quoted name whose text names it in quotes ("Taller de espacio público con ONU-Habitat" over "…
            /// realizó … el taller «Quito, ciudad de proximidad»"); null when none.
            /// </summary>
            public (int Id, Candidate Finding)? HeadlineRetold(Candidate e, bool quoted)
            {
                foreach (var id in _longAnchors.Concat(_anchorsByContext.GetViewBetween((e.Span.End - AnchorReach, int.MinValue), (e.Span.Start, int.MaxValue)).Select(a => a.Id)))
                    if (_all[id] is { } k && (k.Headline || (quoted && k.Type == e.Type && !IsQuotedName(k.Title)))
                        && k.Date is not null && k.Date == e.Date && k.Context.Contains(e.Span)) return (id, k);
                return null;
            }

            /// <summary>Puts <paramref name="e"/> in the place of the kept finding <paramref name="id"/>.</summary>
            public void Replace(int id, Candidate e)
            {
                _all[id] = null;
                Add(e);
            }

            /// <summary>
            /// The kept findings (only those without figures when <paramref name="plainOnly"/>) that may share enough words with
            /// <paramref name="e"/> for one title to contain the other, each once.
            /// </summary>
            private IEnumerable<int> SharingWords(Candidate e, bool plainOnly)
            {
                var (byKeyWord, byWord) = plainOnly ? (_plainByKeyWord, _plainByWord) : (_byKeyWord, _byWord);
                var listed = new HashSet<int>();
                foreach (var w in e.Words)
                    if (byKeyWord.TryGetValue(w, out var ids))
                        foreach (var id in ids)
                            if (listed.Add(id)) yield return id;
                foreach (var w in Rarest(e.Words, KeyWords(e.Words.Count), byWord))
                    if (byWord.TryGetValue(w, out var ids))
                        foreach (var id in ids)
                            if (listed.Add(id)) yield return id;
            }

            public bool Repeats(Candidate e, Run run)
            {
                // Only a finding told in running text retells an anchor, and only one whose context holds it; any other repeat overlaps
                // or shares words, and is found below.
                if (e.FromRunningText)
                {
                    foreach (var id in _longAnchors)
                        if (_all[id] is { } k && run.Repeats(k, e)) return true;
                    foreach (var (_, id) in _anchorsByContext.GetViewBetween((e.Span.End - AnchorReach, int.MinValue), (e.Span.Start, int.MaxValue)))
                        if (_all[id] is { } k && run.Repeats(k, e)) return true;
                }

                foreach (var (_, id) in _byStart.GetViewBetween((e.Span.Start - _longest, int.MinValue), (e.Span.End, int.MaxValue)))
                    if (_all[id] is { } k && run.Repeats(k, e)) return true;
                if (!e.FromRunningText)
                {
                    if (e.Date is null || !_anchorsByDate.TryGetValue(e.Date, out var sameDate)) return false;
                    for (var n = sameDate.Count - 1; n >= Math.Max(0, sameDate.Count - SameDateAnchors); n--)
                        if (_all[sameDate[n]] is { } k && RepeatsAnchor(k, e)) return true;
                    return false;
                }
                // Beyond the anchors and the overlapping findings, only a title sharing enough words can be repeated (see remarks), and
                // one with figures only by a title without any or with one of its figures.
                foreach (var id in SharingWords(e, plainOnly: e.Figures.Length > 0))
                    if (_all[id] is { } k && run.Repeats(k, e)) return true;
                if (e.Figures.Length == 0) return false;
                foreach (var f in e.Figures)
                    if (_byFigure.TryGetValue(f, out var ids))
                        foreach (var id in ids)
                            if (_all[id] is { } k && run.Repeats(k, e)) return true;
                return false;
            }
        }

        /// <summary>
        /// Whether a dated title repeats a title kept for its date: a heading and a row of a table of the period naming one activity
        /// ("Asamblea General 2024 en Cajamarca" / "Asamblea General 2024"), one title's words holding all the other's, not numbered apart.
        /// </summary>
        private static bool RepeatsAnchor(Candidate k, Candidate e) =>
            k.Date == e.Date && !Titles.NumberedApart(k.Figures, e.Figures) && (k.Words.IsSubsetOf(e.Words) || e.Words.IsSubsetOf(k.Words) || TabledAndTold(k, e));

        /// <summary>
        /// "Visita protocolar del embajador de Francia" in a table of the year's activities, told in the text as "Visita protocolar del
        /// embajador de la República Francesa" on that day: a table's row and the text's telling of one day and kind, titled alike, are
        /// one activity.
        /// </summary>
        private static bool TabledAndTold(Candidate k, Candidate e) =>
            k.Tabled != e.Tabled && k.Date is not null && k.Date == e.Date && k.Type == e.Type && Titles.Dice(k.Title, e.Title) >= SameActivityDice;

        /// <summary>Whether two findings are in one section: an undated title repeats a dated one only nearby, not anywhere in the report.</summary>
        private bool SameSection(Candidate a, Candidate b) => _sectionIndex.At(a.Span.Start) is { } s && ReferenceEquals(s, _sectionIndex.At(b.Span.Start));
    }
}

/// <summary>Mentions of one kind sorted by start, for the ones inside a span in logarithmic time.</summary>
internal sealed class SortedMentions<T> where T : Mention
{
    private readonly T[] _items;

    public SortedMentions(IEnumerable<Mention> mentions) => _items = mentions.OfType<T>().OrderBy(m => m.Span.Start).ToArray();

    public IEnumerable<T> Within(TextSpan span)
    {
        int lo = 0, hi = _items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_items[mid].Span.Start < span.Start) lo = mid + 1; else hi = mid;
        }

        for (var i = lo; i < _items.Length && _items[i].Span.Start < span.End; i++)
            if (_items[i].Span.End <= span.End) yield return _items[i];
    }
}
