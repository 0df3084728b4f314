using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

public sealed partial class EventExtractor
{
    /// <summary>Folded words (or prefixes, ending "*") that make a header cell the column of activities ("EVENTO", "Actividad", "Nombre del taller", "Objeto de la visita").</summary>
    private static readonly string[] ActivityHeaderWords =
        ["actividad*", "evento*", "taller*", "curso*", "reunion*", "sesion*", "capacitacion*", "encuentro*", "agenda", "visita*", "mision*"];

    /// <summary>Folded words of a header cell naming the column that says what an activity was about ("TEMA", "Título").</summary>
    private static readonly string[] TopicHeaderWords = ["tema", "temas", "titulo", "asunto", "contenido", "descripcion"];

    /// <summary>Other words a header cell may hold ("Nombre del evento", "Actividad realizada", "Fecha / Lugar").</summary>
    private static readonly string[] HeaderFillerWords =
        ["nombre", "de", "del", "la", "el", "y", "o", "realizad*", "desarrollad*", "principal*", "fecha*", "lugar", "no", "tipo",
         // "Objeto de la visita", "Motivo de la misión".
         "objeto", "motivo", "proposito"];

    private sealed partial class Run
    {
        // ---- tables of activities: "EVENTO | TEMA | FECHA" / "Taller 1 | DIAGNÓSTICO | 2 Octubre 2014" ---------------------------

        /// <summary>
        /// Tables whose header names a column of activities ("EVENTO", "Actividad", "Nombre del taller"): each row below it is one
        /// activity, titled by that cell (with the topic column's cell when the header names one: "Taller 1: DIAGNÓSTICO"), on each
        /// date its row gives, with the count and partners its row gives. A row is one activity because the table says so, so it
        /// needs no date. Other tables (of partners, of figures) have no such header and are not read here.
        /// </summary>
        public void Tables()
        {
            foreach (var (firstBlock, rows) in TableRows.Tables(input.Document.Clean))
            {
                if (input.IsSkipped(input.Document.Clean.Blocks[firstBlock].Span)) continue;
                (int Activity, int Topic, TableKind Kind)? columns = null;
                string? headerText = null;
                string? agreementNoun = null;
                var afterFigures = false;
                foreach (var row in rows)
                {
                    // A header opens the table, or repeats its first one (at the top of a page); a row below it made of header
                    // words ("Curso de capacitación") is an activity. A caption row may come before it; words right below a row of
                    // figures ("64 | 11" over "actividades | convenios": a box of figures and their captions) are no header.
                    var rowText = Text.Substring(row[0].Start, row[^1].End - row[0].Start);
                    var underFigures = afterFigures;
                    afterFigures = row.Count(c => c.Length > 0 && char.IsAsciiDigit(Text[c.Start])) >= 2;
                    if ((headerText is null && !underFigures || rowText == headerText) && ActivityHeader(row) is { } header && HeaderIsBorneOut(header.Kind, row[0].Start, out var noun))
                    {
                        (columns, headerText, agreementNoun) = (header, rowText, noun);
                        continue;
                    }

                    // "Indicador | Valor", "Participantes por sesión | Inscritos": a row of short labels naming no activity opens another
                    // table (of figures), whose rows are no activities.
                    if (columns is not null && IsOtherHeader(row))
                    {
                        (columns, headerText) = (null, null);
                        continue;
                    }

                    if (columns is not { } c || c.Activity >= row.Count) continue;
                    var cell = row[c.Activity];
                    var start = cell.Start;
                    while (start < cell.End && Text[start] == '<' && Text.IndexOf('>', start, cell.End - start) is var gt and > 0) start = gt + 1;
                    while (start < cell.End && char.IsWhiteSpace(Text[start])) start++;
                    var end = CellTitleEnd(start, cell.End);
                    // "12.º Foro Urbano Mundial": an edition's ordinal may open the activity's name.
                    if (end <= start || !(char.IsLetter(Text[start]) || OrdinalOpens(start, end))) continue;

                    // "Total actividades | | 40": a table's totals row sums the activities above it, it is none of them.
                    if (FoldedText.FoldedWords(Text[start..end]) is ["total" or "totales" or "subtotal" or "promedio" or "media", ..]) continue;

                    // "Participación en la Microrred de Movilidad Urbana Sostenible – 7 meses": belonging to a network is a relation, not an activity.
                    if (IsMembership(FoldedText.FoldedWords(Text[start..end]))) continue;
                    // "Acreditación y café", "Pausa", "Fin del encuentro": an agenda's arrangements between its activities.
                    if (IsArrangement(start, end)) continue;
                    // "28 de marzo | Seminario sobre hermanamientos con el Magreb | Priego | aplazado": a row another cell calls off was not held.
                    if (row.Where((other, n) => n != c.Activity && other.Length > 0).Any(other => CallsOff(other))) continue;
                    // "Intercambio sobre gestión de mercados (cancelada)", "~~Taller de mapeo comunitario~~ **CANCELADO**": or its own cell,
                    // after the activity.
                    if (CalledOffInCell(start, end)) continue;
                    // "| Fecha | Delegación | Personas |": each row is the visit of the delegation it names.
                    var title = c.Kind switch
                    {
                        TableKind.Visits => "Visita de la delegación: " + Clean(Text[start..end]),
                        // "| 15/04/2024 | Banco de la Nación | Recaudación de arbitrios |" under "Convenios suscritos": the signing of each.
                        TableKind.Agreements => $"Firma de {agreementNoun} con {Clean(Text[start..end])}",
                        _ => Clean(Text[start..end]),
                    };
                    if (c.Topic >= 0 && c.Topic < row.Count && c.Topic != c.Activity && row[c.Topic].Length > 0)
                        title = $"{title}: {Clean(Text.Substring(row[c.Topic].Start, row[c.Topic].Length))}";
                    var type = c.Kind == TableKind.Agreements ? "firma" : FoldedText.FoldedWords(title).Select(w => ActivityNouns.TypeOf(w)).FirstOrDefault(n => n is not null) ?? "evento";
                    var span = new TextSpan(start, end);
                    var rowSpan = new TextSpan(row[0].Start, row[^1].End);
                    var rowDates = DatesIn(rowSpan);
                    // A signing needs its day; one the report tells of elsewhere on that day is that activity (Result drops the row). A
                    // row of a day's agenda ("## Agenda · Día 1 — miércoles 8 de octubre" over "| 09:15–10:30 | Sesión inaugural |") is of
                    // the heading's day.
                    if (rowDates.Length == 0 && c.Kind != TableKind.Agreements)
                        Emit(span, title, type, DayHeadingDate(rowSpan.Start), rowSpan, 0.75, scope: rowSpan, oneActivity: true, tabled: true);
                    // An agreement is signed on its row's first date; a later one ("Hasta el 31/12/2025") is when it expires. One signed
                    // before the period the report covers is no activity of it.
                    var occasions = c.Kind == TableKind.Agreements
                        ? Occasions(rowDates).Take(1).Where(d => input.Context.Period is not { } period || d.LastDay >= period.FirstDay)
                        : Occasions(rowDates);
                    foreach (var d in occasions) Emit(span, title, type, d, rowSpan, 0.75, scope: rowSpan, recap: c.Kind != TableKind.Activities, tabled: true);
                }
            }
        }

        /// <summary>
        /// Folded words that open an agenda's arrangements rather than its activities: registering, breaks, meals, transfers, the end.
        /// </summary>
        private static readonly HashSet<string> ArrangementWords = new(StringComparer.Ordinal)
        {
            "acreditacion", "registro", "inscripcion", "cafe", "pausa", "receso", "descanso", "almuerzo", "comida", "cena", "traslado", "traslados",
            "llegada", "salida", "fin",
        };

        /// <summary>
        /// Whether a cell names an agenda's arrangement: it opens with one of <see cref="ArrangementWords"/> and names no one with a
        /// capital after it ("Almuerzo ofrecido por la Alcaldía de Santiago" is a meal with a host, an activity of its own).
        /// </summary>
        private bool IsArrangement(int start, int end)
        {
            var k = t.TokenAtOrAfter(start);
            if (k >= t.Tokens.Length || t.Tokens[k].Start >= end || !ArrangementWords.Contains(t.Key(t.Tokens[k]).ToString())) return false;
            for (var j = k + 1; j < t.Tokens.Length && t.Tokens[j].End <= end; j++)
                if (char.IsUpper(t.Original(t.Tokens[j])[0])) return false;
            return true;
        }

        /// <summary>Whether an edition's ordinal in figures and a capitalised word open the cell's text: "12.º Foro …", "3ª Feria …".</summary>
        private bool OrdinalOpens(int start, int end)
        {
            var k = start;
            while (k < end && char.IsAsciiDigit(Text[k])) k++;
            if (k == start || k - start > 3) return false;
            if (k < end && Text[k] == '.') k++;
            if (k >= end || Text[k] is not ('º' or 'ª' or '°')) return false;
            k++;
            return k + 1 < end && Text[k] == ' ' && char.IsUpper(Text[k + 1]);
        }

        /// <summary>Whether an activity's words end with a word of calling off, bare or in brackets: "… CANCELADO", "… (cancelada)", "… (aplazado)".</summary>
        private bool CalledOffInCell(int start, int end)
        {
            var words = Text.AsSpan(start, end - start).TrimEnd();
            if (words.Length == 0) return false;
            if (words[^1] != ')') return FoldedText.FoldedWords(words.ToString()) is [_, _, ..] and [.., var last] && CallingOff.IsCallOff(last);
            return words.LastIndexOf('(') is var open and >= 0 && FoldedText.FoldedWords(words[(open + 1)..^1].ToString()) is [var w, ..] && CallingOff.IsCallOff(w);
        }

        /// <summary>Whether a cell is only a word of calling off: "aplazado", "Cancelada", "suspendido".</summary>
        private bool CallsOff(TextSpan cell)
        {
            var words = FoldedText.FoldedWords(Text.Substring(cell.Start, cell.Length));
            return words.Length is 1 or 2 && CallingOff.IsCallOff(words[0]);
        }

        /// <summary>
        /// "La tabla siguiente recoge las delegaciones recibidas …", "Visitas recibidas": the lines just before a table of delegations say
        /// they came; a staff table or a directory of "delegaciones" says nothing of the kind.
        /// </summary>
        private bool TellsOfVisitsBefore(int tableStart)
        {
            var from = Math.Max(0, tableStart - 300);
            var before = t.Folded.AsSpan(from, tableStart - from);
            return before.Contains("visit", StringComparison.Ordinal) || before.Contains("recibid", StringComparison.Ordinal);
        }

        /// <summary>
        /// "Convenios suscritos en el periodo", "Acuerdos firmados": the agreement noun ("convenio", "acuerdo") the lines just before a table
        /// of counterparts and purposes give it when they say it lists agreements signed; null when they say nothing of the kind.
        /// </summary>
        private string? TellsOfAgreementsBefore(int tableStart)
        {
            // The line that leads into the table (its caption or heading), blank lines aside.
            var end = tableStart;
            while (end > 0 && Text[end - 1] is '\n' or ' ' or '\t') end--;
            var from = Math.Max(Math.Max(0, tableStart - 300), end > 0 ? Text.LastIndexOf('\n', end - 1) + 1 : 0);
            var before = t.Folded.AsSpan(from, tableStart - from);
            // Signed, in the plural of the rows ("Convenios suscritos en el periodo", "se firmaron"); not "en proceso de suscripción",
            // "por suscribir", "aún no se ha firmado ningún acuerdo", nor the one agreement a table of grants is given under ("en virtud
            // del acuerdo firmado").
            if (!ContainsAny(before, SignedInThePlural) || ContainsAny(before, NotSigned)) return null;
            var convenio = before.LastIndexOf("convenios", StringComparison.Ordinal);
            var acuerdo = before.LastIndexOf("acuerdos", StringComparison.Ordinal);
            return convenio < 0 && acuerdo < 0 ? null : convenio >= acuerdo ? "convenio" : "acuerdo";
        }

        /// <summary>Folded words that say agreements were signed, in the plural.</summary>
        private static readonly string[] SignedInThePlural =
            ["suscritos", "suscritas", "firmados", "firmadas", "se firmaron", "se suscribieron", "firmaron", "suscribieron", "suscribio", "firmo"];

        /// <summary>Folded words that say the agreements were not signed, or not in the period ("firmados en años anteriores").</summary>
        private static readonly string[] NotSigned =
            [" no se ", "ningun", "pendiente", "en proceso", "por suscribir", "por firmar", "se preve", "anteriores", "vigentes"];

        private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
        {
            foreach (var w in words)
                if (text.Contains(w, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>
        /// Whether the lines before a header bear out what its columns say the rows are: a table of delegations needs words of visits
        /// before it, one of agreements words saying they were signed (and gives the agreement's noun).
        /// </summary>
        private bool HeaderIsBorneOut(TableKind kind, int tableStart, out string? agreementNoun)
        {
            agreementNoun = kind == TableKind.Agreements ? TellsOfAgreementsBefore(tableStart) : null;
            return kind switch
            {
                TableKind.Visits => TellsOfVisitsBefore(tableStart),
                TableKind.Agreements => agreementNoun is not null,
                _ => true,
            };
        }

        /// <summary>What a table's rows are: activities, delegations received, or agreements signed.</summary>
        private enum TableKind { Activities, Visits, Agreements }

        /// <summary>Whether a row is a header of another table: two or more short cells, no figure, no activity noun.</summary>
        private bool IsOtherHeader(List<TextSpan> row)
        {
            if (row.Count < 2) return false;
            foreach (var cell in row)
            {
                var text = Text.AsSpan(cell.Start, cell.Length);
                if (text.Trim().Length == 0 || text.ContainsAnyInRange('0', '9')) return false;
                var words = FoldedText.FoldedWords(text.ToString());
                // "por sesión", "por taller" is a rate, not an activity.
                if (words.Length is 0 or > 4 || words.Where((w, k) => ActivityNouns.IsStrong(w) && (k == 0 || words[k - 1] != "por")).Any()) return false;
            }

            return true;
        }

        /// <summary>The header's column of activities and of topics (−1 when none), when the row is a header naming a column of activities.</summary>
        /// <summary>Nouns of a lasting group one belongs to: taking part in one is membership ("Participación en la Red de …").</summary>
        private static readonly HashSet<string> NetworkNouns = new(StringComparer.Ordinal)
        {
            "red", "redes", "microrred", "subred", "alianza", "coalicion", "asociacion", "plataforma", "comunidad",
        };

        /// <summary>Whether folded words say taking part in a network: a relation noun, then "en" (and an article) and a network noun.</summary>
        private static bool IsMembership(string[] words)
        {
            if (words.Length < 3 || !ActivityNouns.IsRelation(words[0])) return false;
            var en = Array.IndexOf(words, "en");
            if (en < 0 || en + 1 >= words.Length) return false;
            var k = en + 1;
            if (words[k] is "la" or "el" or "las" or "los" && k + 1 < words.Length) k++;
            return NetworkNouns.Contains(words[k]);
        }

        private (int Activity, int Topic, TableKind Kind)? ActivityHeader(List<TextSpan> row)
        {
            if (row.Any(c => Text.AsSpan(c.Start, c.Length).ContainsAnyInRange('0', '9'))) return null;
            int activity = -1, topic = -1, delegation = -1, counterpart = -1, purpose = -1, dated = -1;
            for (var c = 0; c < row.Count; c++)
            {
                var words = FoldedText.FoldedWords(Text.Substring(row[c].Start, row[c].Length));
                if (words.Length == 0 || words.Length > 4) continue;
                if (activity < 0 && words.Any(w => TableRows.IsHeaderWord(w, ActivityHeaderWords))
                    && words.All(w => TableRows.IsHeaderWord(w, ActivityHeaderWords) || TableRows.IsHeaderWord(w, HeaderFillerWords))) activity = c;
                else if (topic < 0 && words.Any(w => TopicHeaderWords.Contains(w)) && words.All(w => TopicHeaderWords.Contains(w) || TableRows.IsHeaderWord(w, HeaderFillerWords))) topic = c;
                else if (delegation < 0 && words is ["delegacion" or "delegaciones" or "comitiva", ..] && words.Length <= 2) delegation = c;
                else if (counterpart < 0 && words.Length <= 2 && words[0] is "contraparte" or "contrapartes" or "entidad" or "institucion" or "organismo" or "socio" or "cooperante" or "firmante")
                    counterpart = c;
                else if (purpose < 0 && words.Length <= 2 && words[0] is "objeto" or "finalidad" or "proposito") purpose = c;
                else if (dated < 0 && words[0] is "fecha") dated = c;
            }

            // A column of the delegations received names the visits when no column names the activity itself; a dated column of
            // counterparts, with one of purposes, the agreements signed with them.
            return activity >= 0 ? (activity, topic, TableKind.Activities) : delegation >= 0 ? (delegation, topic, TableKind.Visits)
                : counterpart >= 0 && purpose >= 0 && dated >= 0 ? (counterpart, purpose, TableKind.Agreements) : null;
        }

        /// <summary>
        /// Where the activity a cell names ends: before the first sentence's end ("… Urbano - 6 meses. Participante: …" ends at
        /// "Urbano"), and before a dash that opens its date or its length ("en Zaragoza – 3 al 5 de julio", "- 6 meses").
        /// </summary>
        private int CellTitleEnd(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (Text[k] is '.' && k + 1 < end && Text[k + 1] is ' ' or '<' && !IsAbbreviationDot(k)) { end = k; break; }
                if (Text[k] is '<') { end = k; break; }
                if (Text[k] is '-' or '–' or '—' && k > start && Text[k - 1] == ' ' && k + 2 < end && Text[k + 1] == ' ' && char.IsDigit(Text[k + 2])) { end = k; break; }
            }

            while (end > start && Text[end - 1] is ' ' or '.' or ',' or ';' or ':') end--;
            return end;
        }
    }
}
