using Extractor.Domain;
using Extractor.Extraction.Partners;

namespace Extractor.Extraction.Events;

public sealed partial class EventExtractor
{
    private sealed partial class Run
    {
        // ---- agreements a sentence says were signed: "El 16 de enero se firmó un protocolo general de actuación con …" ------------

        /// <summary>How many words after its noun an agreement's name may run ("convenio tripartito de investigación aplicada sobre erosión costera").</summary>
        private const int MaxAgreementName = 20;

        /// <summary>How many words a signing verb may stand before the agreement's noun when its counterpart comes between ("se firmó con … el acuerdo").</summary>
        private const int MaxCounterpartReach = 16;

        /// <summary>How many words a signing verb may stand from the agreement's noun ("firmaron un convenio", "El acuerdo, rubricado en Valladolid el …").</summary>
        private const int SigningReach = 6;

        /// <summary>
        /// An agreement the sentence holding <paramref name="noun"/> says was signed, on the day or month it gives: "El 16 de enero se firmó
        /// en Madrid un protocolo general de actuación con el Ministerio …", "… firmaron un convenio tripartito de investigación aplicada
        /// sobre erosión costera", "se produjo la firma del memorando de entendimiento para …". The activity is the signing, titled
        /// "Firma del …" with the agreement's name. Not an agreement named by its noun alone ("El acuerdo, rubricado el 12 de febrero"),
        /// one only referred to ("en el marco del convenio firmado el …"), announced ("se firmará"), or dated by a year or a term's bounds.
        /// </summary>
        /// <summary>The agreement noun a token is, or that "firma" names within three words ("la firma del memorando"); else -1.</summary>
        private int SignedAgreementAt(int k)
        {
            var key = t.Key(t.Tokens[k]);
            if (SignableNouns.Contains(key)) return k;
            if (key is not "firma") return -1;
            for (var j = k + 1; j < t.Tokens.Length && j <= k + 3; j++)
            {
                var f = t.Key(t.Tokens[j]);
                if (SignableNouns.Contains(f)) return j;
                if (!(f is "de" or "del" or "la" or "el" or "las" or "los" or "un" or "una")) return -1;
            }

            return -1;
        }

        /// <summary>
        /// Agreement nouns whose signing is an activity of the report (a contract signed is procurement, not cooperation), and their
        /// plurals: "se firmaron dos convenios con …" is one signing.
        /// </summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SignableNouns = new HashSet<string>(
            [.. AgreementNouns.Where(n => n is not "contrato"), "convenios", "acuerdos", "memorandos", "protocolos", "cartas", "adendas", "hermanamientos", "alianzas",
             // A declaration the parties sign: "los alcaldes firmaron la Declaración de Vigo por una Raia Atlántica sin fronteras".
             "declaracion", "declaraciones"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private (TextSpan Span, string Title, DateValue Date, TextSpan Sentence)? SignedInSentence(int noun, TextSpan block)
        {
            var renewal = SignedRenewal(noun);
            if (InHeading(t.Tokens[noun].Start) || InFrame(noun) || (renewal is null && IsReference(noun))) return null;
            if (t.Key(t.Tokens[noun]) is "carta" or "cartas" && !IsAgreementLetter(noun)) return null;
            var (sStart, sEnd) = Sentence(t.Tokens[noun].Start, block);
            if (InsideQuote(sStart, t.Tokens[noun].Start)) return null;
            var nameEnd = AgreementNameEnd(noun, sEnd);
            if (!NamesOneAgreement(noun, nameEnd)) return null;
            var firma = SigningNounBefore(noun);
            if (firma is { } f && IsReference(f)) return null;
            var signing = firma ?? SigningVerbNear(noun, nameEnd, sStart, sEnd);
            // "c) Convenio marco con la ESPOL, de 3 de julio, para pasantías …" (its day after its name), "a) Convenio marco de cooperación con
            // la Alcaldía de Cuenca (Ecuador). Suscrito el 14 de febrero de 2023 …" (the item's next sentence opening with its signing): an
            // agreement an item names, with its day.
            if (signing is null && OpensItsSentence(noun, sStart)
                && (DayAfterName(nameEnd, sEnd)?.Date.Value ?? (SignedInNextSentence(sEnd, block) is { } next ? FirstOccasion(next, t.Tokens[noun].Start) : null)) is { } itemDay)
            {
                var named = new TextSpan(t.Tokens[noun].Start, ClosedNameEnd(t.Tokens[noun].Start, t.Tokens[nameEnd].End));
                return (named, SigningTitle(Clean(Text[named.Start..named.End])), itemDay, new TextSpan(sStart, sEnd));
            }

            if (signing is not { } verb) return null;
            // "La firma del convenio se realizará el 5 de mayo" is announced; "se firmó el convenio, que permitirá financiar …" was held.
            var told = Math.Min(sEnd, t.Tokens[Math.Min(nameEnd + SigningReach, t.Tokens.Length - 1)].End);
            // (A participle after the name tells its own time: "continuará mediante un acuerdo … firmado el 10 de octubre".)
            if (InFutureClause(verb, verb > noun && IsParticiple(t.Key(t.Tokens[verb]).ToString()) ? t.Tokens[noun].Start : sStart) || (firma is not null && SentenceHasFuture(nameEnd + 1, told)) || AnnouncedBefore(sStart, t.Tokens[noun].Start)
                || TellsOfNoHeldActivity(sStart, sEnd, t.Tokens[noun].Start)) return null;
            if ((SigningDayNear(verb, sStart, sEnd) ?? SameDayAsBefore(sStart, block) ?? AfterDateline(sStart, sEnd)) is not { } day) return null;
            // "Entre enero y abril … ha firmado tres convenios": agreements signed over a span or a month are a summary, not one signing.
            if ((day.Value.IsRange || day.Value.Start.Granularity != DateGranularity.Day) && t.Key(t.Tokens[noun]).EndsWith('s')) return null;
            var start = t.Tokens[firma ?? renewal ?? noun].Start;
            var span = new TextSpan(start, ClosedNameEnd(start, t.Tokens[nameEnd].End));
            var name = Clean(Text[span.Start..span.End]);
            var title = firma is not null ? Capitalised(name) : renewal is not null ? "Firma de la " + name : SigningTitle(name);
            return (span, title, FirstOccasion(day, t.Tokens[noun].Start), new TextSpan(sStart, sEnd));
        }

        /// <summary>
        /// The title of an agreement's signing, with the article its noun takes: "Firma del convenio marco …" for "Convenio marco …", "Firma
        /// de la carta de intención …"; a proper name keeps its capital ("Firma de la Carta de Compromiso de Adhesión …", "Firma del Convenio
        /// Específico N.° 12 …"), and a name in capitals or opening with another word keeps "Firma de" ("Firma de un convenio …").
        /// </summary>
        private static string SigningTitle(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words[0].Length < 2 || !char.IsUpper(words[0][0]) || !char.IsLower(words[0][1])) return "Firma de " + name;
            var noun = FoldedText.FoldString(words[0]);
            var article = noun is "carta" or "adenda" or "alianza" or "declaracion" ? "de la " : AgreementNouns.Contains(noun) ? "del " : null;
            if (article is null) return "Firma de " + name;
            var proper = words.Length > 1 && (char.IsUpper(words[1][0]) || char.IsDigit(words[1][0])
                                              || (words[1] is "de" or "del" && words.Length > 2 && char.IsUpper(words[2][0])));
            return "Firma " + article + (proper ? name : char.ToLowerInvariant(name[0]) + name[1..]);
        }

        /// <summary>A name's end past the quote or the bracket that closes one it opened: "… «Valparaíso, ciudad universitaria»", "… (ESPOL)".</summary>
        /// <remarks>A bracket the name leaves open ("… la renovación del hermanamiento (anexo 3)") is a note after it: the name ends before it.</remarks>
        private int ClosedNameEnd(int start, int end)
        {
            if (end >= Text.Length) return end;
            if (Text[end] == '»' && Text.LastIndexOf('«', end, end - start) >= 0) return end + 1;
            if (Text[end] == ')' && Text.LastIndexOf('(', end, end - start) is var open and >= 0 && Text.IndexOf(')', open, end - open) < 0) return end + 1;
            return Text.LastIndexOf('(', end - 1, end - start) is var unclosed and > 0 && Text.IndexOf(')', unclosed, end - unclosed) < 0 ? SkipBackSpaces(unclosed) : end;
        }

        /// <summary>Whether the token opens its sentence, after a list's letter or number at most ("c) Convenio …", "3. Acuerdo …").</summary>
        private bool OpensItsSentence(int token, int sentenceStart)
        {
            var first = t.TokenAtOrAfter(sentenceStart);
            return token == first || (token == first + 1 && (IsListLetter(first) || (char.IsAsciiDigit(Text[t.Tokens[first].Start]) && IsNumbering(first))));
        }

        /// <summary>
        /// The day set off by commas after an agreement's name, the first comma after it opening it: "… con CAF -banco de desarrollo de
        /// América Latina y el Caribe-, de 25 de abril, por USD …"; else null.
        /// </summary>
        private (int Comma, DateMention Date)? DayAfterName(int nameEnd, int sentenceEnd)
        {
            for (var k = nameEnd + 1; k < t.Tokens.Length && k <= nameEnd + MaxAgreementName && t.Tokens[k].Start < sentenceEnd; k++)
            {
                if (!Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End).Contains(',')) continue;
                // ("… (AUCI), del 10 de mayo, que crea …": "del" as often as "de".)
                return t.Key(t.Tokens[k]) is "de" or "del" ? DatedAfterComma(k, sentenceEnd) : null;
            }

            return null;
        }

        /// <summary>
        /// ", de 25 de abril," at the token "de": a comma before it, a day right after it, and a comma, a full stop or the item's end after
        /// the day; the comma's offset and the day, or null.
        /// </summary>
        private (int Comma, DateMention Date)? DatedAfterComma(int de, int end)
        {
            // (After a bracket or a dash closing what the name's last words said: "… (ESPOL), de 3 de julio,", "… el Caribe-, de 25 de abril,".)
            var gap = Text.AsSpan(t.Tokens[de - 1].End, t.Tokens[de].Start - t.Tokens[de - 1].End);
            if (!gap.TrimEnd().EndsWith(",") || gap.ContainsAnyExcept(" \n),-–—»”") || de + 1 >= t.Tokens.Length || FirstDateFrom(t.Tokens[de + 1].Start) is var i && (i >= dates.Count || dates[i].Span.Start != t.Tokens[de + 1].Start)) return null;
            var d = dates[i];
            if (d.Value.Start.Day is null || d.Span.End > end) return null;
            var after = d.Span.End;
            while (after < end && Text[after] == ' ') after++;
            return after >= end || Text[after] is ',' or '.' or ';' ? (t.Tokens[de - 1].End + gap.IndexOf(','), d) : null;
        }

        /// <summary>"anunció la firma …", "prevista para …", "la próxima firma …", "la futura firma …": words before the agreement that announce its signing.</summary>
        private bool AnnouncedBefore(int sentenceStart, int nounStart)
        {
            for (var k = t.TokenAtOrAfter(sentenceStart); k < t.Tokens.Length && t.Tokens[k].End <= nounStart; k++)
                if (t.Key(t.Tokens[k]) is var w && (w.StartsWith("anunci", StringComparison.Ordinal) || w.StartsWith("previst", StringComparison.Ordinal)
                    || w.StartsWith("programad", StringComparison.Ordinal) || w.StartsWith("proxim", StringComparison.Ordinal)
                    // "revisó … la futura firma del memorando con Neuquén".
                    || w.StartsWith("futur", StringComparison.Ordinal))) return true;
            return false;
        }

        /// <summary>
        /// "se firmó la renovación del convenio marco …", "suscribieron la renovación del hermanamiento": the renewal a verb says was signed
        /// is a signing of its own; the token of "renovación", else null.
        /// </summary>
        private int? SignedRenewal(int noun)
        {
            var k = noun - 1;
            while (k >= 0 && k >= noun - 3 && t.Key(t.Tokens[k]) is "del" or "de" or "la" or "el") k--;
            if (k < 1 || k == noun - 1 || t.Key(t.Tokens[k]) is not "renovacion") return null;
            var v = k - 1;
            if (t.Key(t.Tokens[v]) is "la" or "una") v--;
            return v >= 0 && SigningWords.Contains(t.Key(t.Tokens[v]).ToString()) && (t.Key(t.Tokens[v]) is not "firma" || FirmaIsVerb(v)) ? k : null;
        }

        /// <summary>"en virtud del convenio", "según el acuerdo", "gracias al convenio": an agreement the sentence refers to, not one it says was signed.</summary>
        private bool IsReference(int noun)
        {
            // "la Adenda N.º 3 al Convenio Marco con la JICA": the agreement an addendum or a protocol amends is its name's, not signed again.
            if (noun > 0 && t.Key(t.Tokens[noun - 1]) is "al" or "del")
                for (var b = noun - 2; b >= 0 && b >= noun - 5; b--)
                    if (t.Key(t.Tokens[b]) is "adenda" or "addendum" or "protocolo" or "anexo" or "enmienda" or "modificacion" or "prorroga") return true;
            var k = noun - 1;
            var indefinite = false;
            while (k >= 0 && t.Key(t.Tokens[k]) is "el" or "la" or "del" or "al" or "de" or "un" or "una" or "este" or "esta" or "dicho" or "dicha")
                indefinite |= t.Key(t.Tokens[k--]) is "un" or "una";
            if (k < 0) return false;
            // "continuará mediante un acuerdo de asistencia técnica firmado el 10 de octubre": an agreement the sentence brings in is told
            // of, not referred to; "en virtud del convenio" refers to one already known.
            if (t.Key(t.Tokens[k]) is "virtud" or "segun" or "gracias" or "mediante" or "conforme" or "amparo" or "traves") return !indefinite;
            return t.Key(t.Tokens[k]) is "vigencia" or "renovacion"
                or "cumplimiento" or "aplicacion" or "ejecucion" or "seguimiento"
                // "Desde la firma del convenio original, el 3 de octubre de 2019, …": the time since a signing, not the signing.
                or "desde" or "tras" or "antes" or "despues";
        }

        /// <summary>
        /// The last token of an agreement's name: the noun and the complement after it ("marco con la Universidad de Zaragoza", "de
        /// entendimiento para la rehabilitación de fachadas"), to a comma, a clause's start, a participle, a figure or a date; the noun
        /// itself when no complement follows ("El acuerdo, rubricado …").
        /// </summary>
        private int AgreementNameEnd(int noun, int sentenceEnd)
        {
            var end = noun;
            var quoted = false;
            for (var i = noun + 1; i < t.Tokens.Length && i <= noun + MaxAgreementName && t.Tokens[i].Start < sentenceEnd; i++)
            {
                var gap = Text.AsSpan(t.Tokens[i - 1].End, t.Tokens[i].Start - t.Tokens[i - 1].End);
                // "el convenio marco «Valparaíso, ciudad universitaria internacional»": a quoted name runs to its closing quote.
                if (quoted)
                {
                    if (gap.Contains('»')) break;
                    end = i;
                    continue;
                }

                if (gap.Contains('«') && !gap.ContainsAny(",;:")) quoted = true;
                var f = t.Key(t.Tokens[i]).ToString();
                // (A dot inside the sentence is an abbreviation's: "Bogotá D.C.")
                if (gap.ContainsAny(",;:") || DateStartsAt(t.Tokens[i].Start) || (char.IsDigit(Text[t.Tokens[i].Start]) && !IsOrdinalNumber(i))
                    || (f is "en" && !SubjectAfterEn(i))
                    // "el convenio que crea la Cátedra de Cooperación …": a relative clause of founding names the agreement.
                    || (f is "que" && !(i + 1 < t.Tokens.Length && FoundingVerbs.Contains(t.Key(t.Tokens[i + 1]))))
                    || f is "se" or "cuyo" or "cuya" or "y" or "e" or "a" or "fue" or "quedo" or "hasta" or "desde" or "por" or "ante" or "durante" or "tras"
                    // "La firma del convenio tendrá lugar …": a verb ends the name.
                    || f is "tuvo" or "tiene" or "tienen" || IsFutureWord(i)
                    || SigningWords.Contains(f) || (IsParticiple(f) && ActsAsVerb(i))
                    // "un acuerdo de cooperación técnica entre ambas instituciones": the parties the sentence named already.
                    || (f is "entre" && i + 1 < t.Tokens.Length && t.Key(t.Tokens[i + 1]) is "ambas" or "ambos" or "las" or "los")) break;
                end = i;
            }

            while (end > noun && t.Key(t.Tokens[end]) is "de" or "del" or "la" or "el" or "las" or "los" or "con" or "para" or "sobre" or "entre") end--;
            return end;
        }

        /// <summary>The number of a numbered agreement: "Convenio Específico N.° 12", "Adenda Nº 3", "Convenio núm. 4".</summary>
        private bool IsOrdinalNumber(int i) =>
            NumberSign().IsMatch(Text.AsSpan(Math.Max(0, t.Tokens[i].Start - 8), Math.Min(8, t.Tokens[i].Start)));

        // The sign of a number before it: "N.° ", "Nº ", "N° ", "No. ", "Nro. ", "núm. ", "número ".
        [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}])(?:[Nn](?:\.\s?[°º]|[°º]|o\.|ro\.?|[úu]m\.?)|[Nn][úu]mero)\s*$")]
        private static partial System.Text.RegularExpressions.Regex NumberSign();

        /// <summary>"financiado por", "firmado el": a participle with an agent, an article or a date after it is a verb, not part of a name ("investigación aplicada sobre").</summary>
        private bool ActsAsVerb(int participle) =>
            participle + 1 >= t.Tokens.Length || DateStartsAt(t.Tokens[participle + 1].Start)
            || t.Key(t.Tokens[participle + 1]) is "por" or "el" or "la" or "en" or "con" or "desde" or "hasta" or "a" or "al";

        /// <summary>
        /// Whether an agreement's name tells it from others: a word after its noun other than the kind's own ("marco", "de intención",
        /// "de cooperación"): "convenio tripartito de investigación aplicada …", "acuerdo de cooperación técnica", "convenio marco con la
        /// Universidad de Zaragoza"; not "El acuerdo", "una Carta de Intención", "el convenio original".
        /// </summary>
        /// <summary>
        /// Whether "en" at token <paramref name="en"/> opens the agreement's subject ("una carta de intención en gobierno digital", "un
        /// memorando de entendimiento en materia de residuos"): a word in lower case, not an article, a determiner or "presencia"; not
        /// where or when it was signed ("en Madrid", "en el Salón de Plenos", "en presencia del embajador").
        /// </summary>
        private bool SubjectAfterEn(int en) =>
            en + 1 < t.Tokens.Length && char.IsLower(Text[t.Tokens[en + 1].Start]) && t.Tokens[en + 1].Start - t.Tokens[en].End == 1
            && !(t.Key(t.Tokens[en + 1]) is "el" or "la" or "los" or "las" or "un" or "una" or "su" or "sus" or "este" or "esta" or "ese" or "esa" or "aquel"
                 or "presencia" or "nombre" or "representacion" or "lo" or "virtud" or "ocasion" or "forma" or "modalidad" or "sede")
            && !DateStartsAt(t.Tokens[en + 1].Start);

        /// <summary>Verbs of founding in a relative clause that names an agreement by what it creates: "que crea", "que establece", "que constituye".</summary>
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoundingVerbs = new HashSet<string>(
            ["crea", "crean", "creo", "establece", "establecen", "constituye", "constituyen", "instituye", "regula"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        private bool NamesOneAgreement(int noun, int nameEnd)
        {
            for (var k = noun + 1; k <= nameEnd; k++)
                if (t.Key(t.Tokens[k]) is var f && !GenericAgreementWords.Contains(f)) return true;
            return false;
        }

        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericAgreementWords = new HashSet<string>(
            ["de", "del", "la", "el", "marco", "general", "intencion", "entendimiento", "colaboracion", "cooperacion", "especifico", "especifica", "actuacion",
             "compromiso", "adhesion", "original", "nuevo", "nueva", "mutuo", "interinstitucional", "institucional"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>"la firma del memorando …", "firma de un convenio …": the token of "firma" right before the agreement's noun; else null.</summary>
        private int? SigningNounBefore(int noun)
        {
            var k = noun - 1;
            while (k >= 0 && k >= noun - 3 && t.Key(t.Tokens[k]) is "de" or "del" or "la" or "el" or "un" or "una") k--;
            return k >= 0 && k < noun - 1 && t.Key(t.Tokens[k]) is "firma" && !FirmaIsVerb(k) ? k : null;
        }

        /// <summary>
        /// The token of a past signing verb within a few words of the agreement's noun in its sentence: before it ("se firmó en Madrid un
        /// protocolo", "firmaron un convenio") or right after its name ("El convenio marco …, suscrito el 3 de mayo"); else null.
        /// </summary>
        private int? SigningVerbNear(int noun, int nameEnd, int sentenceStart, int sentenceEnd)
        {
            for (var k = noun - 1; k >= 0 && k >= noun - MaxCounterpartReach && t.Tokens[k].Start >= sentenceStart; k--)
            {
                if (Text.AsSpan(t.Tokens[k].End, t.Tokens[k + 1].Start - t.Tokens[k].End).ContainsAny(".;:")) break;
                var f = t.Key(t.Tokens[k]);
                // "se firmó con la Agencia Suiza para el Desarrollo y la Cooperación (COSUDE) el acuerdo …": the counterpart named first.
                if (SigningWords.Contains(f.ToString()) && (f is not "firma" || FirmaIsVerb(k))
                    && (WordsBetween(k, noun) <= SigningReach || (k + 1 < noun && t.Key(t.Tokens[k + 1]) is "con"))) return k;
                // "celebró un convenio interadministrativo con …": to celebrate an agreement is to sign it.
                if (f is "celebro" or "celebraron" or "celebrado" && noun - k <= 2 && t.Key(t.Tokens[noun]) is "convenio" or "acuerdo") return k;
            }

            for (var k = nameEnd + 1; k < t.Tokens.Length && k <= nameEnd + 3 && t.Tokens[k].End <= sentenceEnd; k++)
                if (t.Key(t.Tokens[k]) is var f && SigningWords.Contains(f.ToString()) && f is not "firma") return k;
            return null;
        }

        /// <summary>
        /// How far token <paramref name="to"/> stands after <paramref name="from"/>, a date between counting as one word ("se firmó el 8 de julio
        /// de 2024 un convenio"), and so a name ("firmaron en el Hôtel de Ville una declaración …").
        /// </summary>
        private int WordsBetween(int from, int to)
        {
            var words = to - from;
            foreach (var d in DatesIn(new TextSpan(t.Tokens[from].End, t.Tokens[to].Start)))
                if (d.Span.End <= t.Tokens[to].Start) words -= Math.Max(0, t.TokenAtOrAfter(d.Span.End) - t.TokenAtOrAfter(d.Span.Start) - 1);
            for (var k = from + 2; k < to; k++)
            {
                if (!char.IsUpper(Text[t.Tokens[k].Start])) continue;
                // The name's word before this one, past one connector ("Hôtel de Ville").
                var previous = t.Key(t.Tokens[k - 1]) is "de" or "del" or "la" or "do" or "da" && k - 2 > from ? k - 2 : k - 1;
                if (char.IsUpper(Text[t.Tokens[previous].Start])) words -= k - previous;
            }

            return words;
        }

        /// <summary>How far back, in characters, the day "Ese mismo día" refers to may stand.</summary>
        private const int SameDayReach = 600;

        /// <summary>
        /// The day a sentence opening "Ese mismo día", "El mismo día" or "En la misma jornada" refers to: the last day its block named
        /// before it ("El 20 de junio se reunió el comité mixto … Ese mismo día se firmó una carta de intención …"); else null.
        /// </summary>
        private DateMention? SameDayAsBefore(int sentenceStart, TextSpan block)
        {
            var k = sentenceStart;
            while (k < block.End && !char.IsLetter(Text[k])) k++;
            var opening = t.Folded.AsSpan(k, Math.Min(24, block.End - k));
            if (!(opening.StartsWith("ese mismo dia") || opening.StartsWith("el mismo dia") || opening.StartsWith("ese dia")
                  || opening.StartsWith("en la misma jornada") || opening.StartsWith("en esa misma jornada") || opening.StartsWith("en la misma fecha"))) return null;
            // (Hard-wrapped text may keep each line a block of its own: the day is looked for back to the section's start.)
            var from = Math.Min(block.Start, input.Document.SectionAt(sentenceStart) is { } section ? Math.Max(section.Span.Start, sentenceStart - SameDayReach) : block.Start);
            DateMention? last = null;
            foreach (var d in DatesIn(new TextSpan(from, sentenceStart)))
                if (d.Span.End <= sentenceStart && d.Value.Start.Granularity == DateGranularity.Day && !IsBackground(d)) last = d;
            return last;
        }

        /// <summary>
        /// Whether "firma" is the verb's present ("se firma el convenio", "El alcalde firma el 8 de julio un memorando …"), not the noun
        /// ("la firma del convenio", "Firma de convenios", "tras su firma").
        /// </summary>
        private bool FirmaIsVerb(int k)
        {
            if (k + 1 < t.Tokens.Length && t.Key(t.Tokens[k + 1]) is "de" or "del") return false;
            if (k == 0) return false;
            if (t.Key(t.Tokens[k - 1]) is "se") return true;
            return !char.IsUpper(Text[t.Tokens[k].Start]) && !(t.Key(t.Tokens[k - 1]) is "la" or "una" or "su" or "sus" or "esta" or "esa" or "dicha" or "de" or "del" or "con"
                or "para" or "tras" or "y" or "e" or "a" or "en" or "por" or "nueva" or "primera" or "otra" or "cuya" or "sin" or "previa" or "al" or "el");
        }

        /// <summary>The sentence's day or month of signing nearest the signing word: not a year, nor a term's bounds ("vigente hasta el …").</summary>
        /// <summary>
        /// Whether a clause of its own ("…, se recibió …", "… y se presentó …": a comma or "y", "se" and a verb) stands between two
        /// offsets; not the signing's own ("…, se produjo la firma del memorando").
        /// </summary>
        private bool AnotherClauseBetween(int from, int to, int signing)
        {
            for (var k = t.TokenAtOrAfter(from); k + 1 < t.Tokens.Length && t.Tokens[k + 1].End <= to; k++)
            {
                if (t.Key(t.Tokens[k]) is not "se" || k == 0 || (signing > k && signing - k <= 3)) continue;
                var joined = t.Key(t.Tokens[k - 1]) is "y" || Text.AsSpan(t.Tokens[k - 1].End, t.Tokens[k].Start - t.Tokens[k - 1].End).Contains(',');
                var verb = t.Key(t.Tokens[k + 1]);
                if (joined && verb.Length > 3 && (verb.EndsWith("o") || verb.EndsWith("aron") || verb.EndsWith("ieron") || verb.EndsWith("ara") || verb.EndsWith("era"))) return true;
            }

            return false;
        }

        /// <summary>Participles that open a sentence telling an agreement's signing: "Suscrito el 14 de febrero", "Firmado en Lima el 9 de agosto".</summary>
        private static readonly string[] SignedParticiples = ["firmad", "suscrit", "rubricad", "signad"];

        /// <summary>"firmado", "suscritas": a participle of signing, in either gender and number.</summary>
        private static bool IsSignedParticiple(ReadOnlySpan<char> key)
        {
            foreach (var p in SignedParticiples)
                if (key.StartsWith(p, StringComparison.Ordinal) && key.Length <= p.Length + 2) return true;
            return false;
        }

        /// <summary>The day of the sentence after <paramref name="sentenceEnd"/> in the block when it opens with a participle of signing; else null.</summary>
        private DateMention? SignedInNextSentence(int sentenceEnd, TextSpan block)
        {
            var k = t.TokenAtOrAfter(sentenceEnd);
            if (k >= t.Tokens.Length || t.Tokens[k].Start >= block.End || !char.IsUpper(Text[t.Tokens[k].Start])) return null;
            if (!IsSignedParticiple(t.Key(t.Tokens[k]))) return null;
            var (start, end) = Sentence(t.Tokens[k].Start, block);
            return SigningDayNear(k, start, end) is { Value.Start.Granularity: DateGranularity.Day } day ? day : null;
        }

        private DateMention? SigningDayNear(int verb, int sentenceStart, int sentenceEnd)
        {
            DateMention? best = null;
            var at = t.Tokens[verb].Start;
            foreach (var d in DatesIn(new TextSpan(sentenceStart, sentenceEnd)))
            {
                if (d.Span.End > sentenceEnd || d.Value.Start.Granularity == DateGranularity.Year || IsBackground(d)) continue;
                // "Se firmó el acuerdo …, se recibió el primer desembolso … y se presentó el 10 de junio la solicitud …": a day another
                // clause of the sentence tells is that clause's.
                if (AnotherClauseBetween(Math.Min(t.Tokens[verb].End, d.Span.End), Math.Max(at, d.Span.Start), verb)) continue;
                if (best is null || Distance(d.Span, at) < Distance(best.Span, at)) best = d;
            }

            return best;

            static int Distance(TextSpan s, int at) => at < s.Start ? s.Start - at : at > s.End ? at - s.End : 0;
        }
    }
}
