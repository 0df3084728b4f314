using System.Text.RegularExpressions;
using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

public sealed partial class EventExtractor
{
    /// <summary>"Fecha:", "Fechas:", "Fecha de impartición:", "Periodo:": the label of a record's date field, capitalised.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Fechas?(?: de \p{L}+)?|Per[ií]odo)\s*:")]
    private static partial Regex DateLabel();

    /// <summary>The next field of a record after a sentence ends: "Objetivo:", "Modalidad:", "Lugar:", "Objetivo del curso:".</summary>
    [GeneratedRegex(@"(?<=[.;]\s{1,3})\p{Lu}\p{Ll}+(?: (?:de|del|la|el|en)?\s?\p{Ll}+){0,2}\s*:")]
    private static partial Regex NextField();

    /// <summary>A paragraph that is a field of a record: "Objetivo:", "Modalidad:", "Objetivo del curso:", "Lugar:".</summary>
    [GeneratedRegex(@"\G\p{Lu}\p{Ll}+(?: (?:de|del|la|el|en)?\s?\p{Ll}+){0,2}\s*:")]
    private static partial Regex FieldStart();

    /// <summary>Participles that close an activity's title and open who gave or organised it ("… impartido por la Policía Nacional de Ecuador").</summary>
    private static readonly string[] ByWhom =
    [
        " impartido ", " impartida ", " impartidos ", " impartidas ", " organizado ", " organizada ", " ofrecido ", " ofrecida ", " dictado ", " dictada ",
        " realizado ", " realizada ", " coordinado ", " coordinada ", " auspiciado ", " auspiciada ", " convocado ", " convocada ",
    ];

    /// <summary>Folded first words of dated titles that are publications, documents or press items, not activities.</summary>
    private static readonly HashSet<string> NotActivities = new(StringComparer.Ordinal)
    {
        "articulo", "nota", "publicacion", "reportaje", "columna", "informe", "guia", "boletin", "revista", "video", "documento", "ley", "decreto",
        "resolucion", "reglamento", "manual", "libro", "newsletter", "comunicado", "portada", "mencion", "difusion",
    };

    /// <summary>The longest title a paragraph can open with before its date in brackets.</summary>
    private const int MaxTitle = 300;

    private sealed partial class Run
    {
        // ---- records of fields: "Curso: Destrezas de Litigación Oral. Objetivo: … Fechas: del 8 al 10 de noviembre …" --------

        /// <summary>
        /// Activities reported as records of labelled fields: a title (its own paragraph, or a "Curso:"-style field) and a date
        /// field ("Fecha:", "Fechas:", "Fecha de impartición:"), with participants, place and objective in other fields. Each date
        /// of the date field is one occasion of the activity ("se impartieron dos grupos, el primero del 8 al 10 de noviembre …
        /// y el grupo 2 del 14 al 16 de diciembre" is two), counted with the participants given beside it.
        /// </summary>
        public void Records()
        {
            var blocks = input.Document.Clean.Blocks;
            for (var b = 0; b < blocks.Count; b++)
            {
                var block = blocks[b];
                if (block.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(block.Span)) continue;
                var span = Text.AsSpan(block.Span.Start, block.Span.Length);
                if (!span.Contains("Fecha", StringComparison.Ordinal) && !span.Contains("Periodo", StringComparison.Ordinal) && !span.Contains("Período", StringComparison.Ordinal)) continue;
                var text = Text.Substring(block.Span.Start, block.Span.Length);
                var labels = DateLabel().Matches(text);

                // A paragraph may hold several records ("Curso: A. Fecha: … Curso: B. Fecha: …"): each title is read after the
                // previous date field, and a date field without a title of its own is another date of the record before it.
                var titleFrom = block.Span.Start;
                (TextSpan Span, string Title, string? Noun)? lastTitle = null;
                var lastRecordStart = block.Span.Start;
                for (var l = 0; l < labels.Count; l++)
                {
                    var label = labels[l];
                    var fieldStart = block.Span.Start + label.Index + label.Length;
                    var next = NextField().Match(text, label.Index + label.Length);
                    // The field ends at the next field, or at the next date label (which opens a field of its own).
                    var fieldEnd = next.Success ? block.Span.Start + next.Index : block.Span.End;
                    if (l + 1 < labels.Count) fieldEnd = Math.Min(fieldEnd, block.Span.Start + labels[l + 1].Index);
                    var labelStart = block.Span.Start + label.Index;
                    var from = titleFrom;
                    titleFrom = fieldEnd;
                    var fieldDates = DatesIn(new TextSpan(fieldStart, fieldEnd));
                    if (fieldDates.Length == 0) continue;

                    // The title: a field of the same paragraph before the date ("Curso: X. Fecha: …"), else the paragraph before it.
                    var title = labelStart > from + 3 ? RecordTitle(from, labelStart) : null;
                    var recordStart = from;
                    if (title is null && from > block.Span.Start && lastTitle is not null)
                    {
                        title = lastTitle;
                        recordStart = lastRecordStart;
                    }

                    if (title is null && labelStart - block.Span.Start <= 3 && TitleBlockBefore(b) is { } previous)
                    {
                        title = RecordTitle(previous.Span.Start, previous.Span.End);
                        recordStart = previous.Span.Start;
                    }

                    // "# Acta de la VII Asamblea General Ordinaria" / "Red Iberoamericana de Ciudades Intermedias" / "- Lugar: …" / "- Fechas: 3 y 4
                    // de abril de 2025": the heading over a document's opening fields names the activity they date.
                    if (title is null && labelStart - block.Span.Start <= 3 && HeadingOverFields(b) is { } heading)
                    {
                        title = RecordTitle(AfterMinutesWords(heading.Span.Start, heading.Span.End), heading.Span.End);
                        recordStart = heading.Span.Start;
                    }

                    // "Asunto:   Misión de promoción económica a San Antonio y Austin" / … / "Destino:   San Antonio   Fechas:  11 al 14 de
                    // marzo de 2024": a form whose date field stands beside another field takes its title from its subject field above.
                    if (title is null && FormFields.OpensWithField(text) && SubjectFieldAbove(b) is { } subject)
                    {
                        title = subject;
                        recordStart = subject.Span.Start;
                    }

                    if (title is not { } found) continue;
                    (lastTitle, lastRecordStart) = (found, recordStart);
                    var record = new TextSpan(recordStart, RecordEnd(b));
                    var header = RecordGroupHeader(b, recordStart);
                    var type = found.Noun ?? "evento";
                    var occasions = Occasions(fieldDates).ToList();
                    var firstDates = OccasionRuns(fieldDates).Select(r => fieldDates[r.First].Span.Start).ToList();
                    for (var o = 0; o < occasions.Count; o++)
                    {
                        var countEnd = o + 1 < firstDates.Count ? firstDates[o + 1] : fieldEnd;
                        Emit(found.Span, found.Title, type, occasions[o], record, 0.7, scope: record,
                            countScope: new TextSpan(firstDates[o], countEnd), groupHeader: header);
                    }
                }
            }
        }

        /// <summary>
        /// The paragraph that titles a record whose date field opens a block: the first one before it that is not another field
        /// ("Objetivo: …", "Modalidad: …"), looking back at most four blocks; an activity field ("Curso: …") is a title.
        /// </summary>
        private Block? TitleBlockBefore(int dateBlock)
        {
            var blocks = input.Document.Clean.Blocks;
            for (var b = dateBlock - 1; b >= 0 && b >= dateBlock - 4; b--)
            {
                var block = blocks[b];
                if (block.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(block.Span)) return null;
                if (Field(block) == FieldKind.Other) continue;
                return block.Span.Length <= 400 ? block : null;
            }

            return null;
        }

        /// <summary>
        /// The heading right above a date field, over at most four blocks of other fields ("Lugar: …") and short lines of no sentence (the
        /// body's name under a title); null when a paragraph or a table stands between.
        /// </summary>
        private Block? HeadingOverFields(int dateBlock)
        {
            var blocks = input.Document.Clean.Blocks;
            for (var b = dateBlock - 1; b >= 0 && b >= dateBlock - 4; b--)
            {
                var block = blocks[b];
                if (block.Kind == BlockKind.Heading) return input.IsSkipped(block.Span) ? null : block;
                if (block.Kind == BlockKind.TableRow || input.IsSkipped(block.Span)) return null;
                if (Field(block) != FieldKind.None) continue;
                if (block.Span.Length > MaxNameLine || Text.AsSpan(block.Span.Start, block.Span.Length).Contains(". ", StringComparison.Ordinal)) return null;
            }

            return null;
        }

        /// <summary>A line of a body's name under a title is no longer than this.</summary>
        private const int MaxNameLine = 120;

        /// <summary>Folded words that open the title of a meeting's record rather than of the meeting: "Acta de la …", "Minuta de …", "Relatoría del …".</summary>
        private static readonly string[] MinutesWords = ["acta", "minuta", "relatoria"];

        /// <summary>Where a heading's activity starts: after "Acta de la", "Minuta de", "Relatoría del" when it opens so, else at its start.</summary>
        private int AfterMinutesWords(int start, int end)
        {
            var i = t.TokenAtOrAfter(start);
            if (i + 1 >= t.Tokens.Length || t.Tokens[i + 1].End > end || !MinutesWords.Contains(t.Key(t.Tokens[i]).ToString()) || t.Key(t.Tokens[i + 1]) is not ("de" or "del")) return start;
            var k = i + 2;
            if (k < t.Tokens.Length && t.Key(t.Tokens[k]) is "la" or "el" or "los" or "las") k++;
            return k < t.Tokens.Length && t.Tokens[k].Start < end ? t.Tokens[k].Start : start;
        }

        /// <summary>Folded labels of a form's field that says what the form is about: "Asunto:", "Motivo:", "Objeto de la comisión:", "Evento:".</summary>
        private static readonly HashSet<string> SubjectLabels = new(StringComparer.Ordinal) { "asunto", "motivo", "objeto", "evento", "actividad" };

        /// <summary>
        /// The activity a form's subject field names ("Asunto:   Misión de promoción económica a San Antonio y Austin"), looking back from
        /// the block of its date field over the form's other fields; null when the form has no such field or it names no activity.
        /// </summary>
        private (TextSpan Span, string Title, string? Noun)? SubjectFieldAbove(int dateBlock)
        {
            var blocks = input.Document.Clean.Blocks;
            for (var b = dateBlock - 1; b >= 0 && b >= dateBlock - MaxFormFields; b--)
            {
                var block = blocks[b];
                var text = Text.Substring(block.Span.Start, Math.Min(block.Span.Length, 200));
                if (block.Kind is BlockKind.Heading or BlockKind.TableRow || !FormFields.OpensWithField(text)) return null;
                var colon = text.IndexOf(':');
                if (FoldedText.FoldedWords(text[..colon]) is not [var first, ..] labels || labels.Length > 4 || !SubjectLabels.Contains(first)) continue;
                var start = SkipSpaces(block.Span.Start + colon + 1, block.Span.End);
                // The value ends where the next column's field begins.
                var gap = Text.IndexOf("  ", start, block.Span.End - start, StringComparison.Ordinal);
                var end = gap > 0 ? gap : block.Span.End;
                return LeadingActivityNoun(start, end).Noun is null ? null : RecordTitle(start, end);
            }

            return null;
        }

        /// <summary>
        /// A record's title in [start, end): after an activity label ("Curso: Foro de Justicia: Una Nueva Manera …"), else the
        /// text itself when it names an activity (an activity noun or a quoted name opens it); up to its first sentence end or
        /// the participle that says who gave it.
        /// </summary>
        private (TextSpan Span, string Title, string? Noun)? RecordTitle(int start, int end)
        {
            start = SkipDebris(start, end);
            var i = t.TokenAtOrAfter(start);
            if (i >= t.Tokens.Length || t.Tokens[i].Start >= end) return null;
            var label = ActivityNouns.TypeOf(t.Key(t.Tokens[i]));
            var labelled = label is not null && t.Tokens[i].End < end && Text[t.Tokens[i].End] == ':';
            if (labelled)
            {
                start = t.Tokens[i].End + 1;
                while (start < end && Text[start] == ' ') start++;
            }
            else if (!IsQuoteOpen(start) && LeadingActivityNoun(start, end).Noun is null && StrongNounAmong(i, 3, end) is null) return null;

            if (start >= end || !(char.IsUpper(Text[start]) || char.IsDigit(Text[start]) || IsQuoteOpen(start))) return null;
            var stop = end;
            for (var k = start; k < end - 1; k++)
            {
                if (IsQuoteOpen(k) && QuoteClose(k, end) is var close and > 0) { k = close; continue; }
                if (Text[k] == '.' && Text[k + 1] is ' ' or '\n' && !IsAbbreviationDot(k)) { stop = k; break; }
            }

            var folded = t.Folded.AsSpan(start, stop - start);
            foreach (var participle in ByWhom)
                if (folded.IndexOf(participle, StringComparison.Ordinal) is var at and > 0 && start + at < stop) stop = start + at;
            while (stop > start && Text[stop - 1] is ' ' or '.' or ',' or ';') stop--;
            if (stop - start > 300 || DatesIn(new TextSpan(start, stop)).Length > 0) return null;
            var title = Clean(Text[start..stop]);
            var noun = labelled ? label : LeadingActivityNoun(start, stop).Noun ?? StrongNounAmong(t.TokenAtOrAfter(start), 3, stop);
            return Titles.ContentWords(title).Count >= 2 ? (new TextSpan(start, stop), title, noun) : null;
        }

        /// <summary>
        /// A record ends with its date field's paragraph, or with the field paragraphs that follow it ("Modalidad: …", "Lugar: …"); not
        /// with the next record's title ("Curso: …") nor with the line of organisations that heads the next records.
        /// </summary>
        private int RecordEnd(int dateBlock)
        {
            var blocks = input.Document.Clean.Blocks;
            var end = blocks[dateBlock].Span.End;
            for (var b = dateBlock + 1; b < blocks.Count && b <= dateBlock + 4; b++)
            {
                var text = Text.AsSpan(blocks[b].Span.Start, Math.Min(blocks[b].Span.Length, 40));
                var colon = text.IndexOf(':');
                if (blocks[b].Kind == BlockKind.Heading || colon < 3 || DateLabel().IsMatch(text) || text[..colon].Count(' ') > 3 || !char.IsUpper(text[0])) break;
                if (Field(blocks[b]) == FieldKind.Activity || IsOrganisationsLine(blocks[b]) && b + 1 < blocks.Count && Field(blocks[b + 1]) == FieldKind.Activity) break;
                end = blocks[b].Span.End;
            }

            return end;
        }

        private enum FieldKind { None, Activity, Other }

        /// <summary>Whether a paragraph opens with a label and a colon: an activity's ("Curso: …", a record's title) or another field's ("Objetivo: …").</summary>
        private FieldKind Field(Block block)
        {
            if (!FieldStart().Match(Text, block.Span.Start, Math.Min(block.Span.Length, 40)).Success) return FieldKind.None;
            return ActivityNouns.TypeOf(t.Key(t.Tokens[t.TokenAtOrAfter(block.Span.Start)])) is null ? FieldKind.Other : FieldKind.Activity;
        }

        /// <summary>
        /// The line that heads a run of records with the organisations they were held with: "Organismo Internacional: Oficina … (inl) de
        /// la Embajada de los Estados Unidos de América" / "Curso: A. Fecha: …" / "Curso: B. …", or "Embajada de Italia en México y la
        /// Universitá Degli Studi Di Milano" as the heading above its courses. Looking back from the record's first paragraph over the
        /// records and fields before it, the first other paragraph or heading, when it is only names of organisations; a paragraph of
        /// telling between them ("Por su parte, el Instituto … realizó actividades … Estas son:") ends the run.
        /// </summary>
        private TextSpan? RecordGroupHeader(int dateBlock, int recordStart)
        {
            var blocks = input.Document.Clean.Blocks;
            var b = dateBlock;
            while (b > 0 && blocks[b].Span.Start > recordStart) b--;
            for (b--; b >= 0; b--)
            {
                var block = blocks[b];
                if (block.Kind == BlockKind.TableRow || input.IsSkipped(block.Span)) return null;
                if (IsOrganisationsLine(block)) return block.Span;
                var text = Text.AsSpan(block.Span.Start, block.Span.Length);
                if (block.Kind == BlockKind.Heading || Field(block) == FieldKind.None && !DateLabel().IsMatch(text)) return null;
            }

            return null;
        }

        /// <summary>The longest line of organisations that heads records.</summary>
        private const int MaxOrganisationsLine = 300;

        /// <summary>
        /// Whether a short paragraph or heading is only names of organisations: partner names cover at least half of its letters
        /// after any label ("Organismo Internacional: …").
        /// </summary>
        private bool IsOrganisationsLine(Block block)
        {
            if (block.Span.Length > MaxOrganisationsLine) return false;
            var start = block.Span.Start;
            if (FieldStart().Match(Text, start, Math.Min(block.Span.Length, 40)) is { Success: true } label) start += label.Length;
            var letters = 0;
            for (var k = start; k < block.Span.End; k++)
                if (char.IsLetter(Text[k])) letters++;
            var named = 0;
            var covered = start;
            foreach (var partner in _partners.Within(new TextSpan(start, block.Span.End)))
            {
                for (var k = Math.Max(covered, partner.Span.Start); k < partner.Span.End; k++)
                    if (char.IsLetter(Text[k])) named++;
                covered = Math.Max(covered, partner.Span.End);
            }

            return letters > 0 && named * 2 >= letters;
        }

        // ---- quoted titles with their dates: "se participó en los cursos: “X” del 9 de julio al 18 de agosto; “Y” …" ----------

        /// <summary>
        /// Quoted names of activities each followed by its date, in a sentence that names the kind of activity before them ("se
        /// participó en los cursos: “Gestión Integral de Riesgos …” del 9 de julio al 18 de agosto; “Disaster Risk Reduction …” del
        /// 30 de agosto al 3 de septiembre"): each is one event.
        /// </summary>
        public void QuotedDatedItems()
        {
            foreach (var b in input.Document.Clean.Blocks)
            {
                if (b.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(b.Span)) continue;
                for (var q = b.Span.Start; q < b.Span.End; q++)
                {
                    if (!IsQuoteOpen(q) || Text[q] == '\'') continue;
                    var close = QuoteClose(q, b.Span.End);
                    if (close < 0) break;
                    var dated = DateRightAfter(close + 1, b.Span.End);
                    var (sentenceStart, _) = Sentence(q, b.Span);
                    if (dated is { } date && KindNamedBefore(Math.Max(sentenceStart, b.Span.Start), q) is { } type)
                    {
                        var span = new TextSpan(q, close + 1);
                        foreach (var occasion in Occasions(DateRun(date, b.Span.End)))
                            Emit(span, Clean(Text[q..(close + 1)]), type, occasion, b.Span, 0.6, fromRunningText: true);
                    }

                    q = close;
                }
            }
        }

        /// <summary>
        /// Items of a list that open with their day and go on with a quoted name, under a paragraph or a heading that says what kind of
        /// activity they are: "… realizó los miércoles 4, 11 y 18 de junio tres webinars …:" over "- **4 de junio** · «Catastro
        /// multipropósito en territorios rurales»: 410 personas inscritas …". Each is one activity of that kind, on its day.
        /// </summary>
        public void DatedQuotedItems()
        {
            var blocks = input.Document.Clean.Blocks;
            for (var n = 1; n < blocks.Count; n++)
            {
                var b = blocks[n];
                if (b.Kind != BlockKind.ListItem || input.IsSkipped(b.Span)) continue;
                var at = FirstDateFrom(b.Span.Start);
                if (at >= dates.Count || dates[at].Span.Start != b.Span.Start || dates[at].Span.End >= b.Span.End) continue;
                var q = dates[at].Span.End;
                while (q < b.Span.End && Text[q] is ' ' or '·' or '—' or '–' or '-' or ':' or '*') q++;
                if (q >= b.Span.End || !IsQuoteOpen(q) || Text[q] == '\'' || QuoteClose(q, b.Span.End) is not (var close and > 0)) continue;
                if (KindOfListedItems(n) is not { } type) continue;
                Emit(new TextSpan(q, close + 1), Clean(Text[q..(close + 1)]), type, dates[at].Value, b.Span, 0.6, fromRunningText: true);
            }
        }

        /// <summary>
        /// The kind of activity the paragraph over a list (back over the list's items), or else its section's heading, names with a strong
        /// noun ("tres webinars", "Ciclo de webinars"), as its singular type; null when neither does.
        /// </summary>
        private string? KindOfListedItems(int item)
        {
            var blocks = input.Document.Clean.Blocks;
            var k = item - 1;
            while (k > 0 && blocks[k].Kind == BlockKind.ListItem) k--;
            if (blocks[k].Kind == BlockKind.Paragraph && KindNamedBefore(blocks[k].Span.Start, blocks[k].Span.End) is { } told) return told;
            return _sectionIndex.At(blocks[item].Span.Start) is { HeadingSpan.Length: > 0 } s ? KindNamedBefore(s.HeadingSpan.Start, s.HeadingSpan.End) : null;
        }

        /// <summary>A date right after a quoted name: "” del 9 de julio …", "” (4 de noviembre)", "”, el 3 de mayo".</summary>
        private DateMention? DateRightAfter(int from, int end)
        {
            var k = from;
            while (k < end && Text[k] is ' ' or ',' or '(') k++;
            foreach (var word in new[] { "del ", "el ", "los días ", "los dias " })
                if (string.CompareOrdinal(Text, k, word, 0, word.Length) == 0) { k += word.Length; break; }
            var i = FirstDateFrom(from);
            return i < dates.Count && dates[i].Span.Start <= k && dates[i].Span.End <= end ? dates[i] : null;
        }

        /// <summary>The kind of activity the text before a quoted name states ("los cursos:", "el taller"), as its singular type.</summary>
        private string? KindNamedBefore(int start, int quote)
        {
            // The quoted names of one sentence are asked about in text order: the read goes on from where the previous one stopped,
            // not from the sentence's start again (thousands of names in one sentence made that quadratic).
            var (from, until, k, type) = _kindScan;
            if (from != start || until > quote) (k, type) = (t.TokenAtOrAfter(start), null);
            for (; k < t.Tokens.Length && t.Tokens[k].Start < quote; k++)
                if (ActivityNouns.TypeOf(t.Key(t.Tokens[k])) is { } found && !ActivityNouns.IsWeak(t.Key(t.Tokens[k]))) type = found;
            _kindScan = (start, quote, k, type);
            return type;
        }

        private (int Start, int Quote, int Token, string? Type) _kindScan = (-1, -1, 0, null);

        /// <summary>Whether a span holds a sum: an amount found, or a currency sign before a figure (an exchange rate, "$ 3.870,45 por dólar").</summary>
        private bool HoldsASum(TextSpan span)
        {
            if (_amounts.Within(span).Any()) return true;
            for (var i = span.Start; i < span.End - 1; i++)
                if (Text[i] is '$' or '€' or '£' && (char.IsAsciiDigit(Text[i + 1]) || (Text[i + 1] == ' ' && i + 2 < span.End && char.IsAsciiDigit(Text[i + 2])))) return true;
            return false;
        }

        // ---- dated titles: "Clean Construction C40 (22 de julio 2021)" -------------------------------------------

        /// <summary>
        /// A paragraph that opens with a title dated in brackets names an activity even without an activity noun: "Clean Construction
        /// C40 (22 de julio 2021)", "Rolling With It: Empowering Shared Micromobility Virtual Conference (27 de octubre), en la que …".
        /// Items the layout ran together ("Comité Ejecutivo … (14 de octubre) Asamblea General … (18 de octubre)") are read one by one.
        /// </summary>
        public void DatedTitles()
        {
            foreach (var b in input.Document.Clean.Blocks)
            {
                if (b.Kind is BlockKind.Heading or BlockKind.TableRow || input.IsSkipped(b.Span)) continue;
                var start = SkipDebris(b.Span.Start, b.Span.End);
                while (start < b.Span.End)
                {
                    if (!(char.IsUpper(Text[start]) || IsQuoteOpen(start)) || InHeading(start)) break;
                    if ((BracketDateAfter(start, Math.Min(b.Span.End, start + MaxTitle + 20), MaxTitle + 1) ?? DateLineWithoutOpening(start, b.Span.End)) is not { } bracket) break;
                    // A quoted name is the title; what follows it ("…”, con motivo de …", "…” en colaboración con …") describes it.
                    var titleEnd = IsQuoteOpen(start) && QuoteClose(start, bracket.TitleEnd) is var close and > 0 ? close + 1 : bracket.TitleEnd;
                    var titleStart = NamedActivityStart(AfterLabel(start, titleEnd), titleEnd);
                    var titleSpan = new TextSpan(titleStart, titleEnd);
                    var title = Clean(Text[titleStart..titleEnd]);
                    var noun = LeadingActivityNoun(titleStart, titleEnd).Noun;
                    // "TRM de liquidación: $ 3.870,45 por dólar (08/04/2024)": a line holding a sum is a figure and its day, not an activity.
                    // ("La Conferencia Anual de Eurocities (5 a 7 de junio) no pudo atenderse …": missed, not held.)
                    // ("Terremoto en Turquía y Siria (6 de febrero)", "Crisis humanitaria en Gaza (octubre)": a disaster the aid went to is no activity.)
                    if (IsTitle(titleSpan) && (noun is not null || (!OpensWithPublicationNoun(titleStart, titleEnd) && !HoldsASum(titleSpan) && !OpensWithDisaster(titleStart)))
                        && Sentence(titleStart, b.Span) is var (ts, te) && !TellsOfAMissedActivity(ts, te))
                    {
                        var type = noun ?? "evento";
                        foreach (var d in Occasions(bracket.Dates, title)) Emit(titleSpan, title, type, d, b.Span, 0.65, fromRunningText: true);
                    }

                    // The next item starts right after the bracket with a capital; anything else is the item's description.
                    var k = bracket.After;
                    while (k < b.Span.End && Text[k] == ' ') k++;
                    if (k >= b.Span.End || !(char.IsUpper(Text[k]) || IsQuoteOpen(k))) break;
                    start = k;
                }
            }
        }

        /// <summary>Folded nouns of a disaster or an emergency: what aid answered, not an activity.</summary>
        private static readonly HashSet<string> DisasterNouns = new(StringComparer.Ordinal)
        {
            "terremoto", "terremotos", "sismo", "sismos", "inundacion", "inundaciones", "huracan", "huracanes", "incendio", "incendios", "sequia",
            "sequias", "crisis", "tormenta", "tormentas", "erupcion", "tsunami", "pandemia", "epidemia", "guerra", "conflicto", "emergencia", "temporal",
            "ciclon", "tifon", "deslave", "deslizamiento", "aluvion", "hambruna", "brote",
        };

        /// <summary>
        /// Whether a title opens with a disaster and names where it struck: "Terremoto de Marruecos", "Crisis humanitaria en Gaza" ("Sequía y
        /// gestión municipal del agua" is a seminar's subject).
        /// </summary>
        private bool OpensWithDisaster(int titleStart)
        {
            var k = t.TokenAtOrAfter(titleStart);
            if (k >= t.Tokens.Length || !DisasterNouns.Contains(t.Key(t.Tokens[k]).ToString())) return false;
            for (var j = k + 1; j + 1 < t.Tokens.Length && j <= k + 2; j++)
                if (t.Key(t.Tokens[j]) is "en" or "de" or "del" && char.IsUpper(t.Original(t.Tokens[j + 1])[0])) return true;
            return false;
        }

        /// <summary>
        /// A title whose bracketed date lost its "(" in the layout: "Desarrollando Ciudades Resilientes MCR2030 13 de octubre y 23 de
        /// diciembre)". The paragraph, a title's length, ends with dates closed by ")" (joined by "y", "al", commas) and holds no "(";
        /// what comes before them reads as a title.
        /// </summary>
        private (int TitleEnd, int After, DateMention[] Dates)? DateLineWithoutOpening(int start, int end)
        {
            while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
            if (end - start > MaxTitle + 60 || end <= start || Text[end - 1] != ')' || Text.AsSpan(start, end - start).Contains('(')) return null;
            var inside = DatesIn(new TextSpan(start, end));
            // The trailing run of dates: each one joined to the next by connectors only, the last one right before the ")".
            var first = inside.Length - 1;
            if (first < 0 || !OnlyConnectors(inside[first].Span.End, end - 1)) return null;
            while (first > 0 && OnlyConnectors(inside[first - 1].Span.End, inside[first].Span.Start)) first--;
            var titleEnd = inside[first].Span.Start;
            while (titleEnd > start && Text[titleEnd - 1] is ' ' or '\n') titleEnd--;
            // Without its "(", only a title's shape tells the dates are its own: an activity noun first, or words mostly capitalised.
            if (titleEnd <= start || (LeadingActivityNoun(start, titleEnd).Noun is null && !MostlyCapitalised(start, titleEnd))) return null;
            return (titleEnd, end, inside[first..]);
        }

        /// <summary>Whether most words of more than three letters between two offsets open with a capital: "Desarrollando Ciudades Resilientes MCR2030".</summary>
        private bool MostlyCapitalised(int from, int to)
        {
            var (words, capitals) = (0, 0);
            for (var k = t.TokenAtOrAfter(from); k < t.Tokens.Length && t.Tokens[k].Start < to; k++)
            {
                if (t.Tokens[k].Length <= 3) continue;
                words++;
                if (char.IsUpper(Text[t.Tokens[k].Start])) capitals++;
            }

            return words > 0 && capitals * 2 > words;
        }

        /// <summary>Whether the text between two offsets is only what joins dates: spaces, commas, "y", "e", "al", "a".</summary>
        private bool OnlyConnectors(int from, int to)
        {
            if (from > to) return false; // dates that overlap, or one that runs past the ")"
            foreach (var word in Text[from..to].Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
                if (word is not ("y" or "e" or "al" or "a")) return false;
            return true;
        }

        /// <summary>"Presencia en prensa: Entrevista con la cadena BBC": the activity after a label that opens the title.</summary>
        /// <summary>
        /// "En el marco de la Asamblea Anual de Metrópolis (del 21 al 23 de noviembre)", "La ciudad participó en la Asamblea …": words of a
        /// clause before a capitalised activity's name are not its title, which starts at the name's noun.
        /// </summary>
        private int NamedActivityStart(int start, int end)
        {
            var first = t.TokenAtOrAfter(start);
            var sawClauseWord = false;
            for (var k = first; k < t.Tokens.Length && t.Tokens[k].End <= end; k++)
            {
                var o = t.Original(t.Tokens[k]);
                var key = t.Key(t.Tokens[k]);
                if (k > first && char.IsUpper(o[0]) && ActivityNouns.IsStrong(key) && !ActivityNouns.IsPlural(key))
                {
                    if (!sawClauseWord) return start;
                    if (k - 1 > first && IsOrdinal(k - 1)) return t.Tokens[k - 1].Start; // "tales como la XXXVI Reunión …"
                    // "Equidad de género Participación en el Diálogo 3: …": taking part in the activity is the title's start.
                    var j = k - 1;
                    while (j > first && SpanishStopWords.Contains(t.Key(t.Tokens[j]).ToString())) j--;
                    return j >= first && j < k - 1 && char.IsUpper(t.Original(t.Tokens[j])[0]) && t.Key(t.Tokens[j]) is "participacion" or "asistencia"
                        ? t.Tokens[j].Start : t.Tokens[k].Start;
                }
                if (k > first && char.IsLower(o[0]) && !SpanishStopWords.Contains(key.ToString())) sawClauseWord = true;
                if (k == first && ActivityNouns.IsStrong(key)) return start;
            }

            return start;
        }

        /// <summary>A Roman numeral or a capitalised ordinal before an activity's noun: "XXXVI Reunión", "Tercer Foro", "Primera Cumbre".</summary>
        private bool IsOrdinal(int token)
        {
            var o = t.Original(t.Tokens[token]);
            if (o.Length > 0 && o.IndexOfAnyExcept("IVXLC") < 0) return true;
            return char.IsUpper(o[0]) && t.Key(t.Tokens[token]) is "primer" or "primera" or "primero" or "segunda" or "segundo" or "tercer" or "tercera"
                or "tercero" or "cuarta" or "cuarto" or "quinta" or "quinto" or "sexta" or "sexto" or "septima" or "septimo" or "octava" or "octavo"
                or "novena" or "noveno" or "decima" or "decimo";
        }

        /// <summary>Function words a clause before an activity's name may hold besides its content words ("en el marco de la").</summary>
        private static readonly HashSet<string> SpanishStopWords = new(StringComparer.Ordinal) { "de", "del", "la", "el", "los", "las", "en", "y", "a", "al", "con", "por", "para" };

        private int AfterLabel(int start, int end)
        {
            var colon = Text.IndexOf(": ", start, end - start, StringComparison.Ordinal);
            if (colon < 0 || colon - start > 60) return start;
            var next = colon + 2;
            var k = t.TokenAtOrAfter(next);
            return k < t.Tokens.Length && t.Tokens[k].Start == next && char.IsUpper(Text[next]) && ActivityNouns.TypeOf(t.Key(t.Tokens[k])) is not null
                   && !ActivityNouns.IsWeak(t.Key(t.Tokens[k])) ? next : start;
        }

        /// <summary>
        /// The type of the first strong activity noun among <paramref name="count"/> words from <paramref name="token"/> on ("Ciclo de Cursos …",
        /// "Participación en el taller …"), or null; with <paramref name="singular"/>, null when that noun is plural ("Participación activa
        /// en 24 eventos" names no one activity).
        /// </summary>
        private string? StrongNounAmong(int token, int count, int end, bool singular = false)
        {
            for (var k = token; k < t.Tokens.Length && k < token + count && t.Tokens[k].Start < end; k++)
                if (ActivityNouns.TypeOf(t.Key(t.Tokens[k])) is { } type && !ActivityNouns.IsWeak(t.Key(t.Tokens[k])))
                    return singular && ActivityNouns.IsPlural(t.Key(t.Tokens[k])) ? null : type;
            return null;
        }

        /// <summary>
        /// The activity a capitalised English name ends with, as the Spanish type ("Local and Regional Governments Day", "World Urban
        /// Forum", "Smart City Expo World Congress"), among the words from <paramref name="token"/> to the item's first stop.
        /// </summary>
        private string? EnglishKindEndingName(int token, int end)
        {
            var capitals = 0;
            for (var k = token; k < t.Tokens.Length && t.Tokens[k].Start < end && k < token + 12; k++)
            {
                var word = t.Original(t.Tokens[k]);
                if (!char.IsUpper(word[0]))
                {
                    if (capitals > 0 && !t.Key(t.Tokens[k]).SequenceEqual("and") && !t.Key(t.Tokens[k]).SequenceEqual("of") && !t.Key(t.Tokens[k]).SequenceEqual("for")) return null;
                    continue;
                }

                capitals++;
                if (capitals >= 2 && EnglishNouns.TryGetValue(t.Key(t.Tokens[k]), out var type)
                    && (k + 1 >= t.Tokens.Length || t.Tokens[k + 1].Start >= end || !char.IsUpper(Text[t.Tokens[k + 1].Start]) || Text[t.Tokens[k].End] is ':' or ','))
                    return type;
            }

            return null;
        }

        /// <summary>The token of the activity noun after "Apoyo para la / a la / en el …" (two words at most between), or null.</summary>
        private int? SupportedActivity(int token, int end)
        {
            for (var k = token; k < t.Tokens.Length && k < token + 3 && t.Tokens[k].Start < end; k++)
            {
                var key = t.Key(t.Tokens[k]);
                if (key is "para" or "a" or "al" or "en" or "la" or "el" or "del" or "de") continue;
                return ActivityNouns.IsStrong(key) && !ActivityNouns.IsPlural(key) ? k : null;
            }

            return null;
        }

        /// <summary>
        /// A title of an activity, not a sentence: no sentence end or date inside, at most <see cref="MaxTitle"/> characters, not only capitals and figures,
        /// and not opening with what names a publication or a mention in the press ("Artículo …", "Mención en la nota …", "Guía …") or
        /// with what opens a sentence ("Se realizaron …", "En el marco de …").
        /// </summary>
        private bool IsTitle(TextSpan span)
        {
            if (span.Length is < 6 or > MaxTitle || DatesIn(span).Length > 0) return false;
            var title = Text.AsSpan(span.Start, span.Length);
            if (title.Count('(') != title.Count(')')) return false;
            var first = t.TokenAtOrAfter(span.Start);
            if (first < t.Tokens.Length && t.Tokens[first].Start < span.End)
            {
                var key = t.Key(t.Tokens[first]);

                // "Se realizaron …", "En el marco de …", "Durante la visita …": a sentence, not a title.
                // ("Cómo financiar la adaptación …", accented, asks what a talk answers: a title.)
                if (key is "se" or "en" or "con" or "para" or "por" or "durante" or "desde" or "tras" || (key is "como" && !t.Original(t.Tokens[first]).Contains('ó'))) return false;
                // "Participación en el taller …" names the taller; "Mención en la nota …" names no activity; a weak noun of an occasion
                // names one when dated ("Acción Social “Apoyo Emergente …” (5 de agosto al 31 de diciembre)"), one of a relation does not.
                if (NotActivities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key)) return false;
                if (ActivityNouns.IsRelation(key) && StrongNounAmong(first + 1, 3, span.End) is null) return false;
            }

            // "“La línea negra. Paisajes sagrados de la Sierra Nevada …”": a full stop inside a quoted name is the name's own.
            var quoted = IsQuoteOpen(span.Start) && QuoteClose(span.Start, span.End) == span.End - 1;
            for (var k = span.Start; k < span.End - 1 && !quoted; k++)
                if (Text[k] is '.' or ';' && Text[k + 1] == ' ' && !IsAbbreviationDot(k) && !IsTitleAbbreviation(k)) return false;
            return title.ContainsAnyInRange('a', 'z');
        }
    }
}
