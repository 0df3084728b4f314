using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// Folded verbs in the preterite that say an activity took place or was attended, with the preposition they take before it
    /// ("" for none): "se impartió un seminario", "se realizaron tres sesiones", "se asistió a seis reuniones", "participó en el panel".
    /// "Desarrolló" is left out: "el desarrollo del simposio" is a noun.
    /// </summary>
    private static readonly Dictionary<string, string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        ["realizo"] = "", ["realizaron"] = "", ["impartio"] = "", ["impartieron"] = "", ["celebro"] = "", ["celebraron"] = "",
        ["organizo"] = "", ["organizaron"] = "", ["coorganizo"] = "", ["sostuvo"] = "", ["sostuvieron"] = "", ["efectuo"] = "", ["efectuaron"] = "",
        ["ofrecio"] = "", ["ofrecieron"] = "", ["encabezo"] = "", ["encabezaron"] = "", ["inauguro"] = "", ["clausuro"] = "", ["presidio"] = "",
        // "Otros cuatro funcionarios cursaron de abril a julio el diplomado …" ("curso" is the noun too).
        ["cursaron"] = "",
        ["asistio"] = "a", ["asistieron"] = "a", ["acudio"] = "a", ["acudieron"] = "a", ["participo"] = "en", ["participaron"] = "en",
    };

    /// <summary>The parts taken in an activity that report it as held: "participó en la moderación del Panel …".</summary>
    private static readonly HashSet<string> RolesInActivity = new(StringComparer.Ordinal)
    {
        "moderacion", "organizacion", "coorganizacion", "inauguracion", "clausura", "apertura", "conduccion", "presentacion",
    };

    /// <summary>Words between the verb and the noun that only say which or how many: "un", "la", "tres", "diversas".</summary>
    private static readonly HashSet<string> ReportedDeterminers = new(StringComparer.Ordinal)
    {
        "un", "una", "unos", "unas", "el", "la", "los", "las", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
        "diversas", "diversos", "varias", "varios", "distintas", "distintos", "diferentes", "algunas", "algunos", "sendas", "sendos",
    };

    /// <summary>Words after an activity's noun that end what names it: a relative clause, a manner, a time, a purpose, a recipient.</summary>
    private static readonly HashSet<string> ReportedTitleBreakers = new(StringComparer.Ordinal)
    {
        "que", "donde", "cuando", "como", "quien", "quienes", "cual", "cuyo", "cuya", "mediante", "durante", "bajo", "ante", "tras", "desde", "hasta",
        "a", "al", "en", "junto", "conforme", "segun", "se", "fue", "fueron", "ha", "han",
    };

    /// <summary>"con el objetivo de", "por medio de": what follows them is the activity's purpose or means, not its name ("en" and "a" end a name anyway).</summary>
    private static readonly string[] ReportedTitleTails = [" con el objetivo", " con el fin", " con la finalidad", " con el proposito", " por medio"];

    private sealed partial class Run
    {
        // ---- reported activities: "se impartió un seminario de producto turístico de la cdmx" ------------------------------------

        /// <summary>Where the last activity a verb reported ends its sentence: "se asistió a seis reuniones de la Red … y a la reunión …" reports both.</summary>
        private int _reportedSentenceEnd = -1;

        /// <summary>
        /// Activities a sentence says took place or were attended, named by their noun and its complement even in lower case and
        /// without a date: "se impartió un seminario de producto turístico y cultural de la cdmx en coordinación con …", "se realizaron
        /// tres sesiones preparatorias para mondialcult 2022", "se asistió a seis reuniones de la Red de Ciudades Creativas y a la
        /// reunión para la colaboración …". The verb makes it an occurrence, so a plural noun counts; the noun still needs a complement
        /// that says which activity (<see cref="NamesOneActivity"/>). Dated by the sentence, as other activities in running text.
        /// </summary>
        public void ReportedActivities()
        {
            foreach (var b in input.Document.Clean.Blocks)
            {
                if (b.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(b.Span)) continue;
                var first = t.TokenAtOrAfter(b.Span.Start);
                for (var i = first; i < t.Tokens.Length && t.Tokens[i].Start < b.Span.End; i++)
                {
                    var key = t.Key(t.Tokens[i]);
                    var edition = IsEditionOfAName(i, first);
                    var type = edition ? "evento" : ActivityNouns.TypeOf(key);
                    if (type is null || (!edition && ActivityNouns.IsWeak(key))) continue;
                    var tok = t.Tokens[i];
                    var (sStart, sEnd) = Sentence(tok.Start, b.Span);
                    // "El evento, titulado “…”, fue …": a titled activity, unless the sentence says it is to come ("… se realizará el 5 de marzo").
                    var given = TitleGivenAfter(i, sEnd) is { } titled && !TellsOfThePlanned(new TextSpan(sStart, sEnd)) ? titled : ((TextSpan Span, string Title)?)null;
                    if (!(IsReported(i, first, sEnd) || IsListedActivity(i, b.Span.Start) || given is not null || (edition && EditionHeldOn(i, sEnd)))
                        || InFrame(i) || InHeading(tok.Start) || InsideQuote(sStart, tok.Start)) continue;
                    _reportedSentenceEnd = sEnd;
                    var capital = char.IsUpper(Text[tok.Start]);
                    var named = given ?? NamedActivity(i, sEnd, capital) ?? ReportedName(i, sEnd);
                    if (named is not { } n) continue;
                    // "la XII edición de la Bienal …": the edition's ordinal opens its name.
                    if (edition && n.Span.Start == tok.Start) n = WithOrdinal(i - 1, n.Span);
                    var sentenceDate = FirstDateIn(new TextSpan(sStart, sEnd));
                    var date = OccurrenceDateAfter(n.Span.End, sEnd) ?? (sentenceDate is null ? null : FirstOccasion(sentenceDate, sEnd));
                    if (!SaysWhich(n, i, dated: date is not null) || (date is null && (!NamesOneActivity(n.Title) || RetoldUnderDatedTitle(n.Span)))) continue;
                    Emit(n.Span, n.Title, type, date, new TextSpan(sStart, sEnd), 0.6, fromRunningText: true);
                    i = t.TokenAtOrAfter(n.Span.End) - 1;
                }
            }
        }

        /// <summary>
        /// Whether a verb of occurrence or attendance governs the noun at <paramref name="noun"/>: "se impartió un seminario", "se llevó a
        /// cabo la sesión", "se asistió a seis reuniones", "participó en el panel", "formó parte de la Reunión …"; or the noun is joined
        /// by "y" to one such verb's activity in the same sentence ("… y a la reunión para la colaboración").
        /// </summary>
        private bool IsReported(int noun, int blockFirst, int sentenceEnd)
        {
            var k = noun - 1;
            // "participó en la 47ª Edición de Programa …", "en la XV Cumbre …": the ordinal belongs to the name.
            if (k >= blockFirst && IsRomanOrOrdinal(k) && Adjacent(k)) k--;
            if (k >= blockFirst && ReportedDeterminers.Contains(t.Key(t.Tokens[k]).ToString()) && Adjacent(k)) k--;
            // "cursaron de abril a julio el diplomado …": the time between the verb and the activity is its own.
            if (k >= blockFirst && DateEndingAt(t.Tokens[k].End) is { } between && t.TokenAtOrAfter(between.Span.Start) - 1 is var beforeDate and >= 0
                && beforeDate >= blockFirst && ReportingVerbs.ContainsKey(t.Key(t.Tokens[beforeDate]).ToString())) k = beforeDate;
            if (k < blockFirst || !Adjacent(k)) return false;
            var w = t.Key(t.Tokens[k]).ToString();
            // "formó parte de la Reunión virtual de Coordinadores …": taking part, said with "parte de".
            if (w is "de" or "del" && k - 2 >= blockFirst && t.Key(t.Tokens[k - 1]) is "parte" && t.Key(t.Tokens[k - 2]) is "formo" or "formaron" && Adjacent(k - 1) && Adjacent(k - 2))
                return true;
            // "participó en la moderación del Panel …", "se participó en la organización de la Cumbre …": a part taken in the activity.
            if (w is "de" or "del" && k - 1 >= blockFirst && RolesInActivity.Contains(t.Key(t.Tokens[k - 1]).ToString()) && Adjacent(k - 1))
            {
                k -= 2;
                if (k >= blockFirst && t.Key(t.Tokens[k]) is "la" && Adjacent(k)) k--;
                if (k < blockFirst || !Adjacent(k) || t.Key(t.Tokens[k]) is not "en") return false;
                w = "en";
            }

            // "al" is "a el": the preposition and the article in one word.
            var preposition = w is "a" or "al" or "en" ? (w == "al" ? "a" : w) : null;
            if (preposition is not null)
            {
                k--;
                if (k < blockFirst || !Adjacent(k)) return false;
                w = t.Key(t.Tokens[k]).ToString();
                if (w == "y" && _reportedSentenceEnd == sentenceEnd) return true;
                // "se tuvo una participación como panelistas en el conversatorio virtual “…”": taking part, said with the noun, in one
                // activity ("su participación como panelista en dos eventos organizados por ICLEI" sums up the ones told after it).
                if (preposition == "en" && !ActivityNouns.IsPlural(t.Key(t.Tokens[noun]))
                    && (w is "participacion" || (k - 2 >= blockFirst && t.Key(t.Tokens[k - 2]) is "participacion" && t.Key(t.Tokens[k - 1]) is "como" && Adjacent(k - 2) && Adjacent(k - 1))))
                    return true;
            }

            if (w is "cabo" && k - 2 >= blockFirst && t.Key(t.Tokens[k - 1]) is "a" && t.Key(t.Tokens[k - 2]) is "llevo" or "llevaron")
                return preposition is null;
            if (preposition is null && w is "y" && _reportedSentenceEnd == sentenceEnd && noun - 1 > k) return true;
            return ReportingVerbs.TryGetValue(w, out var takes) && takes == (preposition ?? "");
        }

        /// <summary>
        /// "El evento, titulado “Acción de las Ciudades por la Paz – 5.º Aniversario de Peace in Our Cities”, fue …": an activity the
        /// sentence gives a title names one activity, held or attended or not said; its quoted title is its name.
        /// </summary>
        private (TextSpan Span, string Title)? TitleGivenAfter(int noun, int sentenceEnd)
        {
            var k = noun + 1;
            if (k >= t.Tokens.Length || t.Tokens[k].Start >= sentenceEnd || ActivityNouns.IsPlural(t.Key(t.Tokens[noun]))) return null;
            var gap = Text.AsSpan(t.Tokens[noun].End, t.Tokens[k].Start - t.Tokens[noun].End);
            if (gap.Trim(' ') is not ("" or ",")) return null;
            if (t.Key(t.Tokens[k]) is not ("titulado" or "titulada" or "denominado" or "denominada" or "llamado" or "llamada")) return null;
            var q = t.Tokens[k].End;
            while (q < sentenceEnd && Text[q] == ' ') q++;
            if (q >= sentenceEnd || !IsQuoteOpen(q) || QuoteClose(q, Math.Min(Text.Length, sentenceEnd + 1)) is not (var close and > 0)) return null;
            var title = Clean(Text[(q + 1)..close]).Trim('*', '_', ' ');
            return title.Length == 0 ? null : (new TextSpan(q, close + 1), Capitalised(title));
        }

        /// <summary>
        /// "la 47ª Edición de Programa Iberoamericano de Formación de la UCCI": an ordinal edition of something named in capitals is an
        /// occasion of a recurring activity even when no activity noun names it; "la quinta edición del informe" is a publication's, and
        /// "la quinta edición del Foro …" frames the activity its own noun names (<see cref="InFrame"/>).
        /// </summary>
        private bool IsEditionOfAName(int i, int blockFirst)
        {
            if (!t.Key(t.Tokens[i]).SequenceEqual("edicion") || i - 1 < blockFirst || !(IsRomanOrOrdinal(i - 1) || IsEditionNumber(i - 1)) || i + 2 >= t.Tokens.Length) return false;
            var name = t.Key(t.Tokens[i + 1]) is "de" or "del" ? i + 2 : -1;
            if (name < 0 || !Adjacent(i) || !Adjacent(i + 1)) return false;
            if (t.Key(t.Tokens[name]) is "la" or "el" or "los" or "las" && Adjacent(name)) name++;
            // ("la 48 edición del Tianguis Turístico de México": a weak noun names no activity of its own, so the edition names it.)
            return name < t.Tokens.Length && char.IsUpper(Text[t.Tokens[name].Start]) && (ActivityNouns.TypeOf(t.Key(t.Tokens[name])) is null || ActivityNouns.IsWeak(t.Key(t.Tokens[name])));
        }

        /// <summary>The name read from an edition's noun, opened at its ordinal token: "edición de la Bienal …" → "XII edición de la Bienal …".</summary>
        private (TextSpan Span, string Title) WithOrdinal(int ordinal, TextSpan name)
        {
            var span = new TextSpan(t.Tokens[ordinal].Start, name.End);
            return (span, Capitalised(Clean(Text[span.Start..span.End])));
        }

        /// <summary>
        /// Whether a weak noun names the work an ordinal edition is of ("la 48 edición del Tianguis Turístico de México"): that edition
        /// names the activity (<see cref="IsEditionOfAName"/>), not the noun alone.
        /// </summary>
        private bool EditionNamed(int noun, int blockFirst)
        {
            var k = noun - 1;
            if (k >= blockFirst && t.Key(t.Tokens[k]) is "la" or "el" or "los" or "las") k--;
            return k - 1 >= blockFirst && t.Key(t.Tokens[k]) is "de" or "del" && IsEditionOfAName(k - 1, blockFirst);
        }

        /// <summary>"la 48 edición": a bare number of up to three figures before "edición" is its ordinal.</summary>
        private bool IsEditionNumber(int i) => t.Original(t.Tokens[i]) is { Length: <= 3 } o && o.IndexOfAnyExcept("0123456789") < 0;

        /// <summary>
        /// "La participación de Mérida en la 48 edición del Tianguis Turístico de México, celebrada del 23 al 26 de abril en Acapulco, …":
        /// an edition the report says right after its name was held on some days is an activity, whatever governs it.
        /// </summary>
        private bool EditionHeldOn(int edition, int sentenceEnd) =>
            NamedActivity(edition, sentenceEnd, char.IsUpper(Text[t.Tokens[edition].Start])) is { } n && OccurrenceDateAfter(n.Span.End, sentenceEnd) is not null;

        /// <summary>
        /// Whether the noun opens an item of a list of activities the sentence introduces ("en eventos de conmemoración …, tales como: …;
        /// la conmemoración por los 500 años de la Toma de México–Tenochtitlan … y la Conmemoración de los 200 Años …"): after "tales como"
        /// or "como:" within <see cref="ListReach"/> characters in its paragraph, following a semicolon, a comma, a colon or "y", with at
        /// most an article between.
        /// </summary>
        private bool IsListedActivity(int noun, int blockStart)
        {
            var k = noun - 1;
            if (k >= 0 && t.Tokens[k].Start >= blockStart && t.Key(t.Tokens[k]) is "el" or "la" or "los" or "las" && Adjacent(k)) k--;
            if (k < 0 || t.Tokens[k].Start < blockStart) return false;
            var gap = Text.AsSpan(t.Tokens[k].End, t.Tokens[k + 1].Start - t.Tokens[k].End).Trim(' ');
            if (!(gap is ";" or ":" or "," || (t.Key(t.Tokens[k]) is "y" or "e" && gap.IsEmpty))) return false;
            // The list's opening may lie a sentence back: its items can hold a full stop ("México-Tenochtitlan. “Más de Siete Siglos …”").
            var from = Math.Max(blockStart, t.Tokens[noun].Start - ListReach);
            var before = t.Folded.AsSpan(from, t.Tokens[noun].Start - from);
            return before.Contains("tales como", StringComparison.Ordinal) || before.Contains("como:", StringComparison.Ordinal);
        }

        /// <summary>How far before an item its list's opening ("tales como") is looked for.</summary>
        private const int ListReach = 400;

        /// <summary>Where the titles of activities found with a date before the reported ones were looked for end: headings, titles, rows.</summary>
        private int[]? _datedTitleEnds;

        /// <summary>
        /// Whether an undated reported activity is told in the paragraph right after the title of an activity found with its date
        /// ("Recepción de los Jefes de Estado … de la Celac en la Ciudad de México (18 de septiembre)" / "… asistió a la recepción en honor
        /// de los Jefes de Estado …"): that paragraph tells the titled activity again, not another one. Later paragraphs of its section
        /// may tell others ("Tianguis Turístico México (TTM) 2021 (16 al 19 de noviembre)" / "… se impartió un seminario de producto …").
        /// </summary>
        private bool RetoldUnderDatedTitle(TextSpan span)
        {
            _datedTitleEnds ??= _events.Where(e => !e.FromRunningText && e.Date is not null).Select(e => e.Span.End).Distinct().Order().ToArray();
            var blocks = input.Document.Clean.Blocks;
            var at = LeadingBlocks(b => b.Span.Start, span.Start) - 1;
            if (at < 0 || !blocks[at].Span.Contains(span)) return false;
            // The title ends in this paragraph, or the paragraph before it is the title's.
            var before = at > 0 ? blocks[at - 1].Span : blocks[at].Span;
            var i = UpperBound(_datedTitleEnds, before.Start - 1);
            return i < _datedTitleEnds.Length && _datedTitleEnds[i] <= span.Start;
        }

        /// <summary>
        /// Whether a reported activity's name says which one it was: a quoted title, or a complement after a preposition that is not
        /// only where it was held ("una reunión en el Salón Oval") nor a kind of meeting ("reunión de trabajo muy productiva", "sesión de
        /// apertura"), with two words besides activity nouns (one when the sentence dates it: "el 9 de julio se realizó un viaje de
        /// familiarización"); for a plural, a proper name or a figure as well ("tres sesiones
        /// preparatorias para mondialcult 2022", "seis reuniones de la Red de Ciudades Creativas", not "los seminarios web de
        /// capacitación con diversas empresas del ramo", which the paragraphs below tell one by one).
        /// </summary>
        private bool SaysWhich((TextSpan Span, string Title) name, int noun, bool dated)
        {
            if (Titles.ContentWords(name.Title).Count(w => ActivityNouns.TypeOf(w) is null) < (dated ? 1 : 2)) return false;
            if (Text.AsSpan(name.Span.Start, name.Span.Length).ContainsAny("“\"«")) return true;
            if (noun + 1 < t.Tokens.Length && t.Key(t.Tokens[noun + 1]) is "en" && !IsCourseSubject(noun)) return false;
            var complement = false;
            var proper = false;
            for (var i = noun + 1; i < t.Tokens.Length && t.Tokens[i].Start < name.Span.End; i++)
            {
                proper |= char.IsUpper(Text[t.Tokens[i].Start]) || char.IsDigit(Text[t.Tokens[i].Start]);
                if (complement || !(NamingPrepositions.Contains(t.Key(t.Tokens[i]).ToString()) || NamesWhoReceived(noun, i))) continue;
                var j = i + 1;
                while (j < t.Tokens.Length && t.Key(t.Tokens[j]) is "el" or "la" or "los" or "las") j++;
                complement = j < t.Tokens.Length && t.Tokens[j].Start < name.Span.End && !KindComplements.Contains(t.Key(t.Tokens[j]).ToString());
            }

            return complement && (proper || !ActivityNouns.IsPlural(t.Key(t.Tokens[noun])));
        }

        /// <summary>
        /// "el diplomado en cooperación internacional de la PUCV", "un curso en gestión de proyectos": "en" and a bare lower-case word after a
        /// course's noun give its subject, not where it was held ("un curso en la sede", "un taller en línea").
        /// </summary>
        private bool IsCourseSubject(int noun) =>
            noun + 2 < t.Tokens.Length && t.Key(t.Tokens[noun + 1]) is "en" && CourseNouns.Contains(t.Key(t.Tokens[noun]).ToString()) && IsAllLowerWord(noun + 2)
            && !NotSubjects.Contains(t.Key(t.Tokens[noun + 2]).ToString()) && !Numbers.SpanishNumberParser.IsNumberWord(t.Key(t.Tokens[noun + 2]));

        /// <summary>Words after "en" that say where, how or how many, not a course's subject: determiners, possessives, "línea", "modalidad".</summary>
        private static readonly HashSet<string> NotSubjects = new(StringComparer.Ordinal)
        {
            "la", "el", "los", "las", "un", "una", "unos", "unas", "su", "sus", "nuestra", "nuestro", "nuestras", "nuestros", "este", "esta", "estos", "estas",
            "ese", "esa", "dicha", "dicho", "cada", "todo", "toda", "todos", "todas", "linea", "modalidad", "formato", "horario", "sede", "varias", "varios", "diversas", "diversos",
        };

        /// <summary>
        /// "una entrevista presencial al alcalde de Bogotá", "una visita al Museo Nacional", "un homenaje a Eusebio Leal": whom an interview,
        /// a visit or a tribute was for says which one it was, as "de" does for other activities; "a 120 empleados" counts its audience.
        /// </summary>
        private bool NamesWhoReceived(int noun, int preposition)
        {
            if (t.Key(t.Tokens[noun]) is not ("entrevista" or "visita" or "homenaje") || t.Key(t.Tokens[preposition]) is not ("a" or "al")) return false;
            // "a los 120 empleados": the count behind an article is an audience too.
            var k = preposition + 1;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "los" or "las" or "el" or "la") k++;
            if (k >= t.Tokens.Length || char.IsDigit(Text[t.Tokens[k].Start])) return false;
            // "a tres escuelas", "a diversas empresas", "a más de 40 personas": a count or an approximation is an audience.
            var f = t.Key(t.Tokens[k]).ToString();
            return !ReportedDeterminers.Contains(f) && f is not ("mas" or "cerca");
        }

        /// <summary>Prepositions that open what an activity was about or with whom: "de", "sobre", "para", "con", "entre", "por".</summary>
        private static readonly HashSet<string> NamingPrepositions = new(StringComparer.Ordinal) { "de", "del", "sobre", "para", "con", "entre", "por" };

        /// <summary>Complements that make a kind of meeting, not one: "de trabajo", "de seguimiento", "de apertura", "de cortesía".</summary>
        private static readonly HashSet<string> KindComplements = new(StringComparer.Ordinal)
        {
            "trabajo", "seguimiento", "apertura", "clausura", "cierre", "cortesia", "coordinacion", "alto", "manera", "forma", "caracter",
        };

        /// <summary>Whether the token at <paramref name="k"/> is followed by a single space: no punctuation between it and the next word.</summary>
        private bool Adjacent(int k) =>
            k + 1 < t.Tokens.Length && !Text.AsSpan(t.Tokens[k].End, t.Tokens[k + 1].Start - t.Tokens[k].End).ContainsAnyExcept(' ', '\n');

        /// <summary>
        /// The name of a reported activity in lower case: its noun and the words after it up to the clause's end, a relative clause,
        /// a recipient ("a 120 empleados"), a manner ("en coordinación con …"), a date or a second activity ("… y a la reunión …"),
        /// at most a dozen words.
        /// </summary>
        private (TextSpan Span, string Title)? ReportedName(int noun, int sentenceEnd)
        {
            var start = t.Tokens[noun].Start;
            var end = noun;
            for (var i = noun + 1; i < t.Tokens.Length && i <= noun + 12 && t.Tokens[i].Start < sentenceEnd; i++)
            {
                var gap = Text.AsSpan(t.Tokens[i - 1].End, t.Tokens[i].Start - t.Tokens[i - 1].End);
                // "la sesión de alto nivel “Las Américas y el Caribe: …”": a quoted title after the words runs to its closing quote.
                if (gap.Trim(' ') is ['“' or '«' or '"'] && i - 1 == end && Text.IndexOfAny(['“', '«', '"'], t.Tokens[i - 1].End, gap.Length) is var q and >= 0
                    && QuoteClose(q, Math.Min(Text.Length, sentenceEnd + 1)) is var close and > 0)
                {
                    var quoted = new TextSpan(start, close + 1);
                    return (quoted, Capitalised(Clean(Text[quoted.Start..quoted.End])));
                }

                if (gap.ContainsAny(",.;:“”\"«»()") || DateStartsAt(t.Tokens[i].Start)) break;
                var f = t.Key(t.Tokens[i]).ToString();
                if ((ReportedTitleBreakers.Contains(f) && !NamesWhoReceived(noun, i) && !(i == noun + 1 && IsCourseSubject(noun))) || IsParticiple(f)) break;
                if (ReportedTitleTails.Any(tail => t.Folded.AsSpan(t.Tokens[i - 1].End).StartsWith(tail, StringComparison.Ordinal))) break;
                // "… de Ciudades Creativas y a la reunión …", "reuniones de trabajo y entrevistas": "y" before another activity ends the name.
                if (f is "y" or "e" && i + 1 < t.Tokens.Length &&
                    (ReportedTitleBreakers.Contains(t.Key(t.Tokens[i + 1]).ToString()) || ReportedDeterminers.Contains(t.Key(t.Tokens[i + 1]).ToString())
                     || t.Key(t.Tokens[i + 1]) is "en" or "con" || ActivityNouns.TypeOf(t.Key(t.Tokens[i + 1])) is not null)) break;
                end = i;
            }

            while (end > noun && t.Key(t.Tokens[end]) is "de" or "del" or "la" or "las" or "los" or "el" or "y" or "e" or "en" or "para" or "con" or "por" or "sobre" or "entre") end--;
            if (end == noun) return null;
            var span = new TextSpan(start, t.Tokens[end].End);
            return (span, Capitalised(Clean(Text[span.Start..span.End])));
        }

        private static string Capitalised(string title) => char.ToUpperInvariant(title[0]) + title[1..];
    }
}
