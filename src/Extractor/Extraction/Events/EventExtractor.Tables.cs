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
                (int Activity, int Topic, bool Visits)? columns = null;
                string? headerText = null;
                var afterFigures = false;
                foreach (var row in rows)
                {
                    // A header opens the table, or repeats its first one (at the top of a page); a row below it made of header
                    // words ("Curso de capacitación") is an activity. A caption row may come before it; words right below a row of
                    // figures ("64 | 11" over "actividades | convenios": a box of figures and their captions) are no header.
                    var rowText = Text.Substring(row[0].Start, row[^1].End - row[0].Start);
                    var underFigures = afterFigures;
                    afterFigures = row.Count(c => c.Length > 0 && char.IsAsciiDigit(Text[c.Start])) >= 2;
                    if ((headerText is null && !underFigures || rowText == headerText) && ActivityHeader(row) is { } header
                        && (!header.Visits || TellsOfVisitsBefore(row[0].Start)))
                    {
                        (columns, headerText) = (header, rowText);
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
                    if (end <= start || !char.IsLetter(Text[start])) continue;

                    // "Total actividades | | 40": a table's totals row sums the activities above it, it is none of them.
                    if (FoldedText.FoldedWords(Text[start..end]) is ["total" or "totales" or "subtotal" or "promedio" or "media", ..]) continue;

                    // "Participación en la Microrred de Movilidad Urbana Sostenible – 7 meses": belonging to a network is a relation, not an activity.
                    if (IsMembership(FoldedText.FoldedWords(Text[start..end]))) continue;
                    // "| Fecha | Delegación | Personas |": each row is the visit of the delegation it names.
                    var title = c.Visits ? "Visita de la delegación: " + Clean(Text[start..end]) : Clean(Text[start..end]);
                    if (c.Topic >= 0 && c.Topic < row.Count && c.Topic != c.Activity && row[c.Topic].Length > 0)
                        title = $"{title}: {Clean(Text.Substring(row[c.Topic].Start, row[c.Topic].Length))}";
                    var type = FoldedText.FoldedWords(title).Select(w => ActivityNouns.TypeOf(w)).FirstOrDefault(n => n is not null) ?? "evento";
                    var span = new TextSpan(start, end);
                    var rowSpan = new TextSpan(row[0].Start, row[^1].End);
                    var rowDates = DatesIn(rowSpan);
                    if (rowDates.Length == 0) Emit(span, title, type, null, rowSpan, 0.75, scope: rowSpan, oneActivity: true);
                    foreach (var d in Occasions(rowDates)) Emit(span, title, type, d, rowSpan, 0.75, scope: rowSpan);
                }
            }
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

        private (int Activity, int Topic, bool Visits)? ActivityHeader(List<TextSpan> row)
        {
            if (row.Any(c => Text.AsSpan(c.Start, c.Length).ContainsAnyInRange('0', '9'))) return null;
            int activity = -1, topic = -1, delegation = -1;
            for (var c = 0; c < row.Count; c++)
            {
                var words = FoldedText.FoldedWords(Text.Substring(row[c].Start, row[c].Length));
                if (words.Length == 0 || words.Length > 4) continue;
                if (activity < 0 && words.Any(w => TableRows.IsHeaderWord(w, ActivityHeaderWords))
                    && words.All(w => TableRows.IsHeaderWord(w, ActivityHeaderWords) || TableRows.IsHeaderWord(w, HeaderFillerWords))) activity = c;
                else if (topic < 0 && words.Any(w => TopicHeaderWords.Contains(w)) && words.All(w => TopicHeaderWords.Contains(w) || TableRows.IsHeaderWord(w, HeaderFillerWords))) topic = c;
                else if (delegation < 0 && words is ["delegacion" or "delegaciones" or "comitiva", ..] && words.Length <= 2) delegation = c;
            }

            // A column of the delegations received names the visits when no column names the activity itself.
            return activity >= 0 ? (activity, topic, false) : delegation >= 0 ? (delegation, topic, true) : null;
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
