using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>
/// The partner rules that read names no gazetteer knows from how the text introduces them: cities listed as taking part,
/// companies named in apposition to "la empresa …", and organisations named in English.
/// </summary>
internal sealed partial class PartnerRun
{
    private const int MaxListedCities = 30;
    private const int MaxCityTokens = 6;

    // ---- cities listed as taking part ------------------------------------------------------------------------

    /// <summary>
    /// A list the text introduces as cities taking part or acting as counterparts ("participaron las ciudades de: Barcelona, Cádiz
    /// y Sucre", "los alcaldes de Addis Abeba, Dhaka Sur y Ciudad Quezon", "cooperación cultural con ciudades de otros países como
    /// Chicago, Berlín y Kiev", or one city a line after "los alcaldes de:") names a city in each item, whether or not the gazetteer
    /// knows it: the list's own noun says what its items are. A country in such a list is left to the country rules, unless it
    /// is also a capital the gazetteer knows ("Guatemala" → Ciudad de Guatemala), else its government acting as a counterpart.
    /// </summary>
    private void FindListedCities()
    {
        if (!_hasReportingBody) return;
        foreach (var cue in _t.MatchesAtWords(SpanishCues.CityListCue(), SpanishCues.CityListCueOpeners))
        {
            var (s, _) = SentenceAround(cue.Index);
            if (!cue.Groups["took"].Success && !cue.Groups["con"].Success && !cue.Groups["with"].Success && !MentionsParticipation(s, cue.Index + cue.Length)) continue;
            // "FORO DE LAS CIUDADES DE MADRID": a cue inside a name set in capitals introduces nothing.
            if (!HasLower(_t.Text.AsSpan(cue.Index, cue.Length))) continue;
            var k = _t.TokenAtOrAfter(cue.Index + cue.Length);
            // "45 técnicos de la Ciudad de México, Monterrey y Guadalajara": an article before a known city's name opens the list.
            if (k + 1 < _t.Tokens.Length && _t.Original(_t.Tokens[k]) is "la" or "el" && IsCityAt(k + 1) && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0])) k++;
            var isList = cue.Value.TrimEnd().EndsWith(':') || cue.Groups["took"].Success || cue.Groups["con"].Success || cue.Groups["people"].Success;
            if (k >= _t.Tokens.Length || IsRegion(k) || (!isList && IsCountry(k))) continue;
            var oneALine = _t.Text.AsSpan(cue.Index, _t.Tokens[k].Start - cue.Index).Contains('\n');
            var knownOnly = cue.Groups["people"].Success;
            if (oneALine)
            {
                ReadCityLines(k, knownOnly);
                continue;
            }

            // "funcionarios de los municipios de Cundinamarca": without a colon or a cue of taking part, one name after the noun is where
            // the cities are, not a list of them.
            var items = ListedItems(k, MaxListedCities, MaxCityTokens).ToList();
            // "Acuerdo de Hermanamiento con Chula Vista, California", "… con Las Condes, Chile": two names joined by a comma alone are a
            // city and where it is.
            if (items.Count == 2 && Gap(items[0].Last).Trim() is ",") items.RemoveAt(1);
            if (!isList && items.Count < 2) continue;
            foreach (var (first, last) in items) AddListedCity(first, last, knownOnly);
        }
    }

    // ---- a city among the bodies of an enumeration ------------------------------------------------------------

    /// <summary>
    /// "una delegación de la ciudad japonesa de Tajimi": a city brought in by its country's adjective is a city even where the gazetteer
    /// does not know it, and acts as a body where a known city would (its envoys, its mayor, a twinning with it).
    /// </summary>
    private void FindCitiesByNationality()
    {
        if (!_hasReportingBody) return;
        for (var i = 1; i + 2 < _t.Tokens.Length; i++)
        {
            if (!IsCitysNationality(i) || _t.Key(_t.Tokens[i + 1]) is not "de") continue;
            var first = i + 2;
            if (!char.IsUpper(_t.Original(_t.Tokens[first])[0]) || NameAt(first).Value is not null || CountryAt(first).Value is not null || IsRegion(first)) continue;
            var last = ItemEnd(first, 3);
            var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
            if (_candidates.Any(c => c.Span.Overlaps(span)) || !CityActsAsInstitution(first, last - first + 1)) continue;
            Add(span, TitleCase(_t.Text.Substring(span.Start, span.Length)), "city", SpanishCues.DemonymCountries[_t.Key(_t.Tokens[i]).ToString()], 0.6, 3);
        }
    }

    /// <summary>
    /// "lo completan la ciudad de Pula (Croacia), el Comune di Siracusa (Italia) y el Municipio de Kotor": "la ciudad de X" set in
    /// one enumeration with another body, the item right before or right after it, acts as a body too: the city, as the gazetteer
    /// names it, else as written. Alone ("visitamos la ciudad de Pula") it is a place.
    /// </summary>
    private void FindCitiesAmongBodies()
    {
        if (!_hasReportingBody || _candidates.Count == 0) return;
        var starts = _candidates.Select(c => c.Span.Start).ToHashSet();
        var ends = _candidates.Select(c => c.Span.End).ToHashSet();
        for (var i = 1; i + 2 < _t.Tokens.Length; i++)
        {
            if (!_t.Key(_t.Tokens[i]).SequenceEqual("ciudad") || _t.Key(_t.Tokens[i - 1]) is not "la" || _t.Key(_t.Tokens[i + 1]) is not "de") continue;
            var first = i + 2;
            if (!char.IsUpper(_t.Original(_t.Tokens[first])[0]) || CountryAt(first).Value is not null) continue;
            var last = ItemEnd(first, MaxCityTokens);
            if (last - first > 3 || IsRegion(first)) continue;
            if (!BodyItemBefore(i - 1, ends) && !BodyItemAfter(SkipBracketedCountry(last), starts)) continue;
            var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
            if (_candidates.Any(c => c.Span.Overlaps(span))) continue;
            if (NameAt(first) is { Value.Entry: { IsCity: true } city, Length: var n } && first + n - 1 == last) Add(span, city.Canonical, "city", city.Country, 0.65, 3);
            else if (NameAt(first).Value is null) Add(span, TitleCase(_t.Text.Substring(span.Start, span.Length)), "city", null, 0.6, 3);
        }
    }

    /// <summary>Whether the item before the article at <paramref name="article"/> ("…, la ciudad", "… y de la ciudad") ends a body found.</summary>
    private bool BodyItemBefore(int article, HashSet<int> ends)
    {
        var k = article - 1;
        if (k >= 0 && _t.Key(_t.Tokens[k]) is "de" or "con" or "a") k--;
        if (k >= 1 && _t.Key(_t.Tokens[k]) is "y" or "e" && Gap(k - 1).Trim() is "" or ")") k--;
        else if (k < 0 || Gap(k).Trim() is not ("," or "),")) return false;
        // "el Comune di Siracusa (Italia), la ciudad de …": the country in brackets after the body.
        if (Gap(k).Trim().StartsWith(")"))
        {
            var open = _t.Text.LastIndexOf('(', _t.Tokens[k].Start);
            if (open < 0) return false;
            k = _t.TokenAtOrAfter(open) - 1;
        }

        return k >= 0 && ends.Contains(_t.Tokens[k].End);
    }

    /// <summary>Whether the item after a city's name (", el Comune di Siracusa", "y el Municipio de Kotor") opens with a body found.</summary>
    private bool BodyItemAfter(int last, HashSet<int> starts)
    {
        var k = last + 1;
        if (k >= _t.Tokens.Length || Gap(last).Trim().TrimStart(')').Trim() is not ("," or "")) return false;
        if (Gap(last).Trim().TrimStart(')').Trim().Length == 0 && _t.Key(_t.Tokens[k]) is not ("y" or "e")) return false;
        if (_t.Key(_t.Tokens[k]) is "y" or "e") k++;
        if (k < _t.Tokens.Length && _t.Key(_t.Tokens[k]) is "de" or "con" or "a") k++;
        if (k < _t.Tokens.Length && _t.Key(_t.Tokens[k]) is "la" or "el" or "los" or "las") k++;
        return k < _t.Tokens.Length && starts.Contains(_t.Tokens[k].Start);
    }

    // ---- the European Union's information centres ----------------------------------------------------------------

    /// <summary>
    /// "el centro Europe Direct Región de Murcia", "con Europe Direct La Rioja": a centre of the European Union's information network is
    /// named by the network and the place it serves, and is a body of its own (the bare network's name is no one in particular).
    /// </summary>
    private void FindEuropeDirectCentres()
    {
        for (var i = 0; i + 2 < _t.Tokens.Length; i++)
        {
            if (!_t.Key(_t.Tokens[i]).SequenceEqual("europe") || !_t.Key(_t.Tokens[i + 1]).SequenceEqual("direct") || !char.IsUpper(_t.Original(_t.Tokens[i])[0])
                || Gap(i + 1) is not " " || !char.IsUpper(_t.Original(_t.Tokens[i + 2])[0])) continue;
            var last = i + 2;
            while (last + 1 < _t.Tokens.Length && last - i < MaxCityTokens + 1 && InsideListedName(last + 1)) last++;
            while (last > i + 2 && IsTrailingConnector(last)) last--;
            var span = new TextSpan(_t.Tokens[i].Start, _t.Tokens[last].End);
            Add(span, _t.Text.Substring(span.Start, span.Length), "network", null, 0.8, 1);
            i = last;
        }
    }

    // ---- a plural head over a list of places ------------------------------------------------------------------

    /// <summary>"las diputaciones provinciales de Huesca, Teruel y Zaragoza", "las gobernaciones de Antioquia y Caldas", "las comarcas de …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<head>diputaciones|comarcas|gobernaciones)(?: provinciales| forales)? de ")]
    private static partial System.Text.RegularExpressions.Regex PluralGovernmentHeads();

    /// <summary>
    /// "Son socias las diputaciones provinciales de Huesca, Teruel y Zaragoza": a plural head of provincial or regional governments over
    /// a list of two places or more names each one's government ("Diputación de Teruel").
    /// </summary>
    private void FindDistributedHeads()
    {
        foreach (System.Text.RegularExpressions.Match cue in PluralGovernmentHeads().Matches(_t.Folded))
        {
            var k = _t.TokenAtOrAfter(cue.Index + cue.Length);
            if (k >= _t.Tokens.Length) continue;
            var items = ListedItems(k, MaxListedCities, MaxCityTokens).ToList();
            if (items.Count < 2) continue;
            var head = cue.Groups["head"].Value switch { "diputaciones" => "Diputación", "comarcas" => "Comarca", _ => "Gobernación" };
            foreach (var (first, last) in items)
            {
                var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
                var place = _t.Text.Substring(span.Start, span.Length);
                var name = $"{head} de {(IsAllUpper(place) ? TitleCase(place) : place)}";
                if (!IsOwn(name, name)) Add(span, name, "government", null, 0.75, 2);
            }
        }
    }

    // ---- city governments named in English -------------------------------------------------------------------

    /// <summary>
    /// "Busan Metropolitan City", "Seoul Metropolitan Government", "City of Toronto", "Yokohama City Hall": a known city's government
    /// named in English is the city, as "Ayuntamiento de …" is. ("Mexico City", "Kansas City" are the cities' own names, which the
    /// gazetteer reads whole.)
    /// </summary>
    private void FindEnglishCityGovernments()
    {
        for (var i = 1; i < _t.Tokens.Length; i++)
        {
            var key = _t.Key(_t.Tokens[i]);
            if (!(key is "city" or "government") || !char.IsUpper(_t.Original(_t.Tokens[i])[0])) continue;
            int first, last;
            if (key.SequenceEqual("city") && i + 2 < _t.Tokens.Length && _t.Original(_t.Tokens[i + 1]).SequenceEqual("of") && Gap(i) is " " && Gap(i + 1) is " "
                && NameAt(i + 2) is { Value.Entry.IsCity: true, Length: var n })
            {
                (first, last) = (i, i + 1 + n);
            }
            else if (key.SequenceEqual("city") && i + 2 < _t.Tokens.Length && _t.Original(_t.Tokens[i + 1]).SequenceEqual("of") && Gap(i) is " " && Gap(i + 1) is " "
                     && char.IsUpper(_t.Original(_t.Tokens[i + 2])[0]) && NameAt(i + 2).Value is null && CountryAt(i + 2).Value is null)
            {
                // "City of Boise (Idaho, Estados Unidos)": a city the gazetteer does not know, by its capitalised words.
                var end = i + 2;
                while (end + 1 < _t.Tokens.Length && end - i < 4 && Gap(end) is " " && char.IsUpper(_t.Original(_t.Tokens[end + 1])[0])) end++;
                var named = new TextSpan(_t.Tokens[i].Start, _t.Tokens[end].End);
                var place = _t.Text.Substring(_t.Tokens[i + 2].Start, _t.Tokens[end].End - _t.Tokens[i + 2].Start);
                if (!IsOwn(place, place)) Add(named, place, "city", null, 0.75, 1);
                i = end;
                continue;
            }
            else
            {
                // "<city> [Metropolitan] City | Government": a government needs "Metropolitan" ("Basque Government" is no city's).
                var before = i - 1;
                var metropolitan = _t.Key(_t.Tokens[before]).SequenceEqual("metropolitan") && char.IsUpper(_t.Original(_t.Tokens[before])[0]);
                if (metropolitan) before--;
                if (before < 0 || (key.SequenceEqual("government") && !metropolitan) || !GapAllowed(i) || (metropolitan && !GapAllowed(i - 1))) continue;
                first = -1;
                for (var k = before; k >= 0 && k > before - 4; k--)
                    if (NameAt(k) is { Value.Entry.IsCity: true, Length: var len } && k + len - 1 == before) { first = k; break; }
                if (first < 0) continue;
                last = i;
                if (key.SequenceEqual("city") && i + 1 < _t.Tokens.Length && Gap(i) is " " && _t.Key(_t.Tokens[i + 1]) is "hall" or "government") last = i + 1;
            }

            var city = (first == i ? NameAt(i + 2) : NameAt(first)).Value!.Entry!;
            var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
            if (!IsOwn(city.Canonical, _t.Text.Substring(span.Start, span.Length))) Add(span, city.Canonical, "city", city.Country, 0.8, 1);
            i = last;
        }
    }

    // ---- recipients of a list of grants -----------------------------------------------------------------------

    /// <summary>
    /// A list whose items each open with a name and a colon before a sum ("- Madre Coraje: 57.300 €, seguridad alimentaria en Ayacucho",
    /// "- Asamblea de Cooperación por la Paz (ACPP): 20.000,00 €, …") names the organisations that received or gave each sum: two such
    /// items at least, each name capitalised in every word (a budget's lines, "Cooperación técnica: 12.000 €", are not). A one-word
    /// name the text also writes in lower case ("Educación") is a heading of expense, not an organisation; places are left to the
    /// place rules.
    /// </summary>
    private void FindGrantRecipients()
    {
        var sums = _input.Earlier.Where(m => m.Kind == MentionKind.Amount).Select(m => m.Span).ToList();
        if (sums.Count == 0) return;
        var amounts = sums.Select(s => s.Start).ToHashSet();
        var sumEnds = sums.Select(s => s.End).ToHashSet();
        var run = new List<(TextSpan Name, string Canonical)>();
        void Flush()
        {
            if (run.Count >= 2) foreach (var (name, canonical) in run) Add(name, canonical, null, null, 0.7, 2);
            run.Clear();
        }

        foreach (var block in _input.Document.Clean.Blocks)
        {
            if (block.Kind == BlockKind.ListItem) { if (GrantRecipient(block.Span, amounts, sumEnds) is { } recipient) run.Add(recipient); }
            else if (block.Kind == BlockKind.Paragraph && NameOverItsSum(block.Span, amounts) is { } slide) run.Add(slide);
            else Flush();
        }

        Flush();
    }

    /// <summary>
    /// A slide's or a brochure's item: a name alone on its line and, on the next (the cleaner joined them), the sum it received ("Madre
    /// Coraje" / "176.400 € · 2 proyectos").
    /// </summary>
    private (TextSpan Name, string Canonical)? NameOverItsSum(TextSpan block, HashSet<int> amounts)
    {
        var map = _input.Document.Clean.Map;
        var first = _t.TokenAtOrAfter(block.Start);
        var last = first;
        while (last + 1 < _t.Tokens.Length && _t.Tokens[last + 1].Start < block.End && !map.StartsLine(_t.Tokens[last + 1].Start) && last - first < 9) last++;
        if (last + 1 >= _t.Tokens.Length || _t.Tokens[last + 1].Start >= block.End || !map.StartsLine(_t.Tokens[last + 1].Start)) return null;
        var sum = _t.Tokens[last + 1].Start;
        // The sum opens the line, after its currency sign ("US$ 95.000") or as a figure ("176.400 €").
        if (!amounts.Contains(sum) && !amounts.Contains(sum + 1) && !(sum > 0 && amounts.Contains(sum - 1))) return null;
        return RecipientName(first, last, null);
    }

    /// <param name="sumEnds">Where the amounts end: "- Farmamundi: agua potable en … (Nicaragua), 42.000,00 €." closes with its sum.</param>
    private (TextSpan Name, string Canonical)? GrantRecipient(TextSpan item, HashSet<int> amounts, HashSet<int> sumEnds)
    {
        var text = _t.Text;
        var colon = text.IndexOf(':', item.Start, Math.Min(100, item.Length));
        if (colon < 0) return null;
        var after = colon + 1;
        while (after < item.End && text[after] == ' ') after++;
        var closing = item.End;
        while (closing > after && text[closing - 1] is '.' or ';' or ' ' or '\n') closing--;
        var sumFirst = amounts.Contains(after);
        if (!sumFirst && !(sumEnds.Contains(closing) && text.LastIndexOf(',', closing - 1, closing - after) > after)) return null;
        // "Gaza: 50.000 euros a la Agencia de las Naciones Unidas …", "Sudán: 30.000 euros a Médicos Sin Fronteras": the sum went to the body
        // after "a"; the item opens with where it went.
        if (sumFirst && GivenTo(after, item.End)) return null;
        var first = _t.TokenAtOrAfter(item.Start);
        var last = _t.TokenAtOrAfter(colon) - 1;
        if (first > last || last - first > 9) return null;
        string? acronym = null;
        var nameEnd = _t.Tokens[last].End;
        // "Asamblea de Cooperación por la Paz (ACPP)": the acronym in brackets is how the name is known.
        if (text[nameEnd] == ')' && last > first && IsAcronymWord(_t.Original(_t.Tokens[last])) && text[_t.Tokens[last].Start - 1] == '(')
        {
            acronym = _t.Original(_t.Tokens[last]).ToString();
            last--;
            nameEnd = _t.Tokens[last].End;
        }

        return RecipientName(first, last, acronym);
    }

    /// <summary>
    /// The name of a sum's recipient from token <paramref name="first"/> to <paramref name="last"/>: every word capitalised but its
    /// connectors; not one word the text also writes in lower case ("Educación"), a total's label, a country or a name the gazetteer knows
    /// (the other rules read those).
    /// </summary>
    private (TextSpan Name, string Canonical)? RecipientName(int first, int last, string? acronym)
    {
        var text = _t.Text;
        var nameEnd = _t.Tokens[last].End;
        for (var k = first; k <= last; k++)
        {
            var word = _t.Original(_t.Tokens[k]);
            if (char.IsDigit(word[0])) return null;
            if (!char.IsUpper(word[0]) && _t.Key(_t.Tokens[k]) is not ("de" or "del" or "la" or "las" or "los" or "el" or "por" or "para" or "y" or "e" or "en" or "sin" or "con")) return null;
        }

        var span = new TextSpan(_t.Tokens[first].Start, nameEnd);
        var name = text.Substring(span.Start, span.Length);
        if (first == last && (text.Contains(" " + name.ToLowerInvariant(), StringComparison.Ordinal) || TotalWords.Contains(_t.Key(_t.Tokens[first]).ToString()))) return null;
        if (CountryAt(first) is { Value: not null, Length: var cn } && first + cn - 1 >= last) return null;
        if (NameAt(first) is { Value: not null, Length: var nn } && first + nn - 1 >= last) return null;
        return (span, acronym ?? name);
    }

    /// <summary>Whether the words right after a sum say it was given to a named body: "… euros a la Agencia …", "… euros a Médicos Sin Fronteras".</summary>
    private bool GivenTo(int sumStart, int end)
    {
        var reach = _t.Text.AsSpan(sumStart, Math.Min(GivenToReach, end - sumStart));
        var at = reach.IndexOf(" a ", StringComparison.Ordinal);
        if (at < 0) return false;
        var k = _t.TokenAtOrAfter(sumStart + at + 3);
        if (k < _t.Tokens.Length && _t.Key(_t.Tokens[k]) is "la" or "el" or "los" or "las") k++;
        return k < _t.Tokens.Length && _t.Tokens[k].Start < end && char.IsUpper(_t.Text[_t.Tokens[k].Start]);
    }

    /// <summary>How far after a sum's start its recipient's "a" may come ("50.000 euros a …", "USD 12.500,00 a …").</summary>
    private const int GivenToReach = 30;

    /// <summary>Folded words that label a sum in a list without naming who got it.</summary>
    private static readonly HashSet<string> TotalWords = new(StringComparer.Ordinal) { "total", "subtotal", "importe", "presupuesto", "monto", "aporte", "saldo" };

    /// <summary>
    /// Under a heading that names a network's member cities ("Ciudades socias (selección por país)", "Ciudades miembro", "Municipios
    /// asociados"), a line that is a list of names, after an optional label ("Argentina: Rosario, Córdoba y Mendoza."), names a
    /// member city in each item. A line that is a sentence (any item with a lower-case word) is left to the other rules.
    /// </summary>
    private void FindMemberCitySections()
    {
        foreach (var section in _input.Document.Sections)
        {
            var title = FoldedText.FoldString(section.Title);
            if (SpanishCues.MemberCitiesHeading().Match(title) is not { Success: true } heading || !OwnList(section.Title, title, heading.Length)) continue;
            // Lines, the source's lines the cleaner joined ("ARGENTINA" / "Rafaela · Tandil" / "Concordia · Olavarría"), and sentences of
            // lines it joined ("Argentina: Rosario, Córdoba. Chile: Santiago.").
            var body = section.BodySpan;
            for (var line = body.Start; line < body.End;)
            {
                var eol = _t.Text.IndexOf('\n', line);
                if (eol < 0 || eol > body.End) eol = body.End;
                var stop = _t.Text.IndexOf(". ", line, eol - line, StringComparison.Ordinal);
                if (stop > 0 && stop + 2 < eol && char.IsUpper(_t.Text[stop + 2])) eol = stop + 1;
                if (SourceLineAfter(line, eol) is { } joined) eol = joined - 1;
                ReadMemberLine(line, eol);
                line = eol + 1;
            }
        }
    }

    /// <summary>
    /// Whether a heading of member or sister cities lists the reporting body's own: not "Ciudades hermanas de Fossano" (another city's)
    /// nor "Ciudades hermanas en proceso" (links not made yet).
    /// </summary>
    private bool OwnList(string original, string folded, int headingEnd)
    {
        var rest = folded[headingEnd..].Trim();
        if (rest.Contains("proceso", StringComparison.Ordinal) || rest.Contains("pendiente", StringComparison.Ordinal) || rest.Contains("candidat", StringComparison.Ordinal)) return false;
        if (!(rest.StartsWith("de ", StringComparison.Ordinal) || rest.StartsWith("del ", StringComparison.Ordinal))) return true;
        var name = original[Math.Min(original.Length, headingEnd)..].Trim();
        name = name[(name.IndexOf(' ') + 1)..].Trim(' ', ':', '.');
        return IsOwn(name, name) || name == HomeCity;
    }

    /// <summary>Where the first source line after the one at <paramref name="start"/> begins before <paramref name="end"/>, or null.</summary>
    private int? SourceLineAfter(int start, int end)
    {
        // (A line going on in lower case is prose wrapped by the layout, not the next line of a list.)
        for (var k = _t.TokenAtOrAfter(start) + 1; k < _t.Tokens.Length && _t.Tokens[k].Start < end; k++)
            if (_input.Document.Clean.Map.StartsLine(_t.Tokens[k].Start)) return char.IsUpper(_t.Original(_t.Tokens[k])[0]) ? _t.Tokens[k].Start : null;
        return null;
    }

    private void ReadMemberLine(int start, int end)
    {
        var opening = _t.TokenAtOrAfter(start);
        if (opening >= _t.Tokens.Length) return;
        // ("El" / "cónsul de Perú propuso …": a sentence's first word is no city; "La Paz · Sucre", "El Alto" are.)
        if (_t.Key(_t.Tokens[opening]) is "el" or "la" or "los" or "las" or "en" or "con" or "de" or "del" && !IsCityAt(opening)) return;
        // "ARGENTINA" over its cities: a country alone labels the lines below it.
        if (CountryAt(opening) is { Length: var country, Value: not null } && _t.Tokens[opening + country - 1].End >= _t.Text.AsSpan(start, end - start).TrimEnd().Length + start) return;
        var colon = _t.Text.IndexOf(':', start, Math.Min(40, end - start));
        // A label names the country the cities are in ("Argentina:"); "Sede: Madrid, España" tells something else.
        if (colon >= 0 && !(CountryAt(_t.TokenAtOrAfter(start)) is { Length: var n, Value: not null } && _t.Tokens[_t.TokenAtOrAfter(start) + n - 1].End + 1 >= colon)) return;
        var k = _t.TokenAtOrAfter(colon >= 0 ? colon + 1 : start);
        if (k >= _t.Tokens.Length || _t.Tokens[k].Start >= end) return;
        var items = ListedItems(k, MaxListedCities, MaxCityTokens, end).Where(i => _t.Tokens[i.Last].End <= end).ToList();
        if (items.Count == 0) return;
        // The items must fill the line: what is left after the last is at most its closing stop.
        var rest = _t.Text.AsSpan(_t.Tokens[SkipBracketedCountry(items[^1].Last)].End, end - _t.Tokens[SkipBracketedCountry(items[^1].Last)].End).Trim().Trim(".;,)");
        // "Francia: Pau, desde 1964.": the year a sister city was twinned may close the line.
        if (rest.Length > 0 && !SpanishCues.SinceYear().IsMatch(rest.Trim())) return;
        // "3. Rapperswil-Jona, Suiza": a country after a city says where it is.
        items = items.Where((item, n) => n == 0 || CountryAt(item.First) is not { Value: not null, Length: var cn } || item.First + cn - 1 != item.Last).ToList();
        foreach (var (first, last) in items) AddListedCity(first, last, knownOnly: false);
    }

    /// <summary>"ciudades de Colombia": the country the cities are in, not a list of them.</summary>
    private bool IsCountry(int k) => CountryAt(k) is { Length: var n, Value: not null } && (k + n >= _t.Tokens.Length || !InsideListedName(k + n));

    /// <summary>"las ciudades de América Latina": the region the cities are in, not a list of them.</summary>
    private bool IsRegion(int k)
    {
        var end = k;
        while (end + 1 < _t.Tokens.Length && end - k < 3 && InsideListedName(end + 1)) end++;
        return SpanishCues.Regions.Contains(Key(_t.Text.Substring(_t.Tokens[k].Start, _t.Tokens[end].End - _t.Tokens[k].Start)));
    }

    /// <summary>Items one a line after a cue that ends its line ("los alcaldes de:\nAmán (Jordania)\nFreetown (Sierra Leona)").</summary>
    private void ReadCityLines(int k, bool knownOnly)
    {
        for (var items = 0; k < _t.Tokens.Length && items < MaxListedCities; items++)
        {
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0])) return;
            var end = SkipBracketedCountry(ItemEnd(k, MaxCityTokens));

            // The line holds the item alone (a closing comma, semicolon or full stop aside); a sentence is no item.
            var next = end + 1 < _t.Tokens.Length ? _t.Tokens[end + 1].Start : _t.Text.Length;
            var rest = _t.Text.AsSpan(_t.Tokens[end].End, next - _t.Tokens[end].End);
            var lineBreak = rest.IndexOf('\n');
            if (lineBreak < 0 && next < _t.Text.Length) return;
            if (lineBreak >= 0 && rest[..lineBreak].Trim().Trim(".,;) ").Length > 0) return;
            // "representantes de:\n- Charlotte (Estados Unidos)": people from places, but a country in brackets makes the item a city.
            AddListedCity(k, ItemEnd(k, MaxCityTokens), knownOnly && end == ItemEnd(k, MaxCityTokens));
            k = end + 1;
        }
    }

    private ReadOnlySpan<char> Gap(int token) =>
        token + 1 < _t.Tokens.Length ? _t.Text.AsSpan(_t.Tokens[token].End, _t.Tokens[token + 1].Start - _t.Tokens[token].End) : [];

    /// <summary>The last token of a listed name: the gazetteer's longest name there ("Washington dc"), else capitalised words and the connectors between them ("Belém do Pará").</summary>
    /// <param name="limit">Where the item must end by (a line's end), when the list is read line by line.</param>
    private int ItemEnd(int first, int maxTokens, int limit = int.MaxValue)
    {
        var (len, m) = NameAt(first);
        var end = m is not null && CaseFits(m, first, len) && _t.Tokens[first + len - 1].End <= limit ? first + len - 1 : first;
        while (end + 1 < _t.Tokens.Length && end - first < maxTokens - 1 && _t.Tokens[end + 1].End <= limit && InsideListedName(end + 1)) end++;
        while (end > first && IsTrailingConnector(end)) end--;
        return end;
    }

    /// <summary>A connector left at a name's end ("… de"); a capitalised word that folds to one is a word of the name ("Belém do Pará").</summary>
    private bool IsTrailingConnector(int k) => SpanishCues.Connectors.Contains(_t.Key(_t.Tokens[k]).ToString()) && !char.IsUpper(_t.Original(_t.Tokens[k])[0]);

    /// <summary>"Amán (Jordania)": the country in brackets after a city says where it is; the list goes on after it.</summary>
    private int SkipBracketedCountry(int end)
    {
        if (end + 1 >= _t.Tokens.Length || Gap(end).Trim() is not "(") return end;
        var close = _t.Text.IndexOf(')', _t.Tokens[end + 1].Start, Math.Min(40, _t.Text.Length - _t.Tokens[end + 1].Start));
        if (close < 0) return end;
        var k = end + 1;
        while (k + 1 < _t.Tokens.Length && _t.Tokens[k + 1].Start < close) k++;
        return k;
    }

    private void AddListedCity(int first, int last, bool knownOnly)
    {
        var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
        var (len, m) = NameAt(first);
        if (m is not null && first + len - 1 == last && CaseFits(m, first, len))
        {
            if (m.Entry is { IsCity: true } city) Add(span, city.Canonical, "city", city.Country, 0.7, 2);
            return; // an organisation: the gazetteer rule has it
        }

        if (CountryAt(first) is { Length: var cl, Value.Country: { } country } && first + cl - 1 == last)
        {
            // "Guatemala", "Panamá" in a list of cities: the capital of that name; "Israel" among cities: the country's government.
            if (_g.Resolve("Ciudad de " + country.Name) is { IsCity: true } capital) Add(span, capital.Canonical, "city", capital.Country, 0.7, 2);
            else if (country.Iso != _country) Add(span, country.Government, "government", country.Iso, 0.6, 3);
            return;
        }

        // "Renovación del hermanamiento con Cádiz" and "Valparaíso y Cádiz son …" below it, joined by the cleaner: two known cities back
        // to back are two names, and only the first is the list's.
        if (m is { Entry: { IsCity: true } known } && first + len <= last && NameAt(first + len) is { Value.Entry.IsCity: true })
        {
            Add(new TextSpan(_t.Tokens[first].Start, _t.Tokens[first + len - 1].End), known.Canonical, "city", known.Country, 0.7, 2);
            return;
        }

        if (knownOnly || IsHeadNoun(_t.Key(_t.Tokens[first])) || last - first > 4 || IsRegion(first)) return; // an institution's name: the head-noun rules read it
        for (var k = first; k <= last; k++)
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0]) && !SpanishCues.Connectors.Contains(_t.Key(_t.Tokens[k]).ToString())) return;
        Add(span, TitleCase(_t.Text.Substring(span.Start, span.Length)), "city", null, 0.6, 3);
    }

    // ---- companies by their legal form ---------------------------------------------------------------------------

    /// <summary>
    /// "el auspicio de la Cervecera Cordillera S.A.", "Bancoandino S.A.,": capitalised words right before a legal form name a
    /// company; the partner is the name without the form, as it is searched ("Cervecera Cordillera").
    /// </summary>
    private void FindLegalFormNames()
    {
        foreach (System.Text.RegularExpressions.Match form in SpanishCues.LegalForm().Matches(_t.Text))
        {
            var last = _t.TokenAtOrAfter(form.Index) - 1;
            if (last < 0 || _t.Text.AsSpan(_t.Tokens[last].End, form.Index - _t.Tokens[last].End).Trim().Trim(',').Length > 0) continue;
            if (!char.IsUpper(_t.Original(_t.Tokens[last])[0]) && !char.IsDigit(_t.Original(_t.Tokens[last])[0])) continue;
            var first = last;
            while (first > 0 && last - first < 6)
            {
                // "Constructora Pérez y Hermanos S.A.", "Obras y Proyectos S.L.": "y" before a one-word last part stays in a company's name.
                if (first == last && first > 1 && _t.Key(_t.Tokens[first - 1]) is "y" or "e" && Gap(first - 1) is " " && Gap(first - 2) is " " && char.IsUpper(_t.Original(_t.Tokens[first - 2])[0]))
                {
                    first -= 2;
                    continue;
                }

                if (!InsideListedName(first) || !(char.IsUpper(_t.Original(_t.Tokens[first - 1])[0]) || SpanishCues.Connectors.Contains(_t.Key(_t.Tokens[first - 1]).ToString()))) break;
                first--;
            }
            while (first < last && (IsTrailingConnector(first) || _t.Key(_t.Tokens[first]) is "la" or "el" or "los" or "las")) first++;
            var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
            var name = _t.Text.Substring(span.Start, span.Length);
            // A table's name in capitals is read by the table rules; a single capitalised word opening a sentence may be any word.
            if (!HasLower(name) || !char.IsUpper(name[0]) || (first == last && IsSentenceStart(span.Start) && NameAt(first).Length == 0)) continue;
            if (IsOwn(name, name)) continue;
            Add(span, _g.Resolve(name)?.Canonical ?? TitleCase(name), "company", null, 0.7, 2);
        }
    }

    // ---- companies in apposition -------------------------------------------------------------------------------

    /// <summary>
    /// "la empresa consultora Dalberg", "la agencia de viajes receptiva Arminas Travel", "a cargo de la empresa consultora Durán y
    /// Osorio": a capitalised name right after "la empresa", "la consultora", "la agencia", "la firma" and a few lower-case words
    /// describing it names that company. Words that make it a public body ("la empresa distrital …") leave it to the rules for the
    /// reporting body's own units.
    /// </summary>
    private void FindCompanyAppositions()
    {
        FindAppositions(SpanishCues.CompanyAppositionCue(), SpanishCues.OwnCompanyWords, _ => "company");
        // ("la ONG local Huelva Solidaria": a local NGO is no unit of the council, as a local company may be.)
        // (The noun may be plural: "las fundaciones …".)
        FindAppositions(SpanishCues.BodyAppositionCue(), SpanishCues.OwnBodyWords, noun =>
            noun.StartsWith("fundacion", StringComparison.Ordinal) ? "foundation"
            : noun.StartsWith("cooperativa", StringComparison.Ordinal) ? "company"
            : noun.StartsWith("federacion", StringComparison.Ordinal) || noun.StartsWith("patronal", StringComparison.Ordinal) ? "network"
            : "ngo");
    }

    /// <summary>
    /// The names a cue of common nouns sets in apposition ("la empresa consultora Dalberg", "la ONG Manos Abiertas", "la asociación
    /// Mujeres en Acción"), with the type the noun gives them.
    /// </summary>
    /// <param name="ownWords">Words that make the body a public one, maybe the reporting body's own ("la empresa municipal …").</param>
    private void FindAppositions(System.Text.RegularExpressions.Regex cueExpression, HashSet<string> ownWords, Func<string, string> typeOf)
    {
        foreach (System.Text.RegularExpressions.Match cue in cueExpression.Matches(_t.Folded))
        {
            var noun = _t.TokenAtOrAfter(cue.Index + cue.Length) - 1;
            // "la Agencia Nacional …" is a name, read by the head-noun rules; "la ONG", "la ONGD" are the noun's acronym.
            if (noun < 0 || !(IsAllLower(_t.Original(_t.Tokens[noun])) || _t.Key(_t.Tokens[noun]) is "ong" or "ongd")) continue;
            var type = typeOf(_t.Key(_t.Tokens[noun]).ToString());
            var k = noun + 1;
            var described = true;
            var lastWord = "";
            for (var words = 0; k < _t.Tokens.Length && words <= 4; k++, words++)
            {
                var o = _t.Original(_t.Tokens[k]);
                if (char.IsUpper(o[0]) || !GapAllowed(k) || Gap(k - 1).Contains(',')) break;
                var f = _t.Key(_t.Tokens[k]).ToString();
                // ("La entidad alemana aportó además EUR 140.000": a verb has begun.)
                if (SpanishCues.AppositionBreakers.Contains(f) || ownWords.Contains(f) || !char.IsLetter(o[0]) || SpanishVerbForms.IsPreterite(o.ToString().ToLowerInvariant())) { described = false; break; }
                lastWord = f;
            }

            // "las empresas de Torreón": a name after a preposition or an article is a complement (a place, an owner), not the company's name.
            if (lastWord is "de" or "del" or "la" or "el" or "los" or "las") continue;

            // ("la asociación portuguesa del calzado, APICCAPS,": a name after a comma is the described body's, read with its description.)
            if (!described || k >= _t.Tokens.Length || !char.IsUpper(_t.Original(_t.Tokens[k])[0]) || !GapAllowed(k) || Gap(k - 1).Contains(',')) continue;
            var end = k;
            while (end + 1 < _t.Tokens.Length && end - k < 5 && InsideListedName(end + 1)) end++;

            // "Durán y Osorio": one name with "y" when the word after it ends the name and is no place or known body (after a singular noun only).
            if (!cue.Value.EndsWith("s ", StringComparison.Ordinal) && end + 2 < _t.Tokens.Length && Gap(end).Trim().Length == 0 && _t.Key(_t.Tokens[end + 1]) is "y" && char.IsUpper(_t.Original(_t.Tokens[end + 2])[0]) &&
                CountryAt(end + 2).Length == 0 && NameAt(end + 2).Length == 0 && !IsHeadNoun(_t.Key(_t.Tokens[end + 2])) &&
                (end + 3 >= _t.Tokens.Length || !InsideListedName(end + 3)))
                end += 2;
            while (end > k && IsTrailingConnector(end)) end--;
            // A place alone is no name ("las empresas Bogotá y …" lists where they are), but a name may open with one ("la ONG Huelva Solidaria").
            var place = Math.Max(CountryAt(k).Length, IsCityAt(k) ? NameAt(k).Length : 0);
            if ((place > 0 && k + place - 1 >= end) || IsHeadNoun(_t.Key(_t.Tokens[k])) || (_t.Tokens[end].End - _t.Tokens[k].Start) < 2) continue;

            // "… en la empresa Ferias de empleo Bolsa de trabajo": a one-word "name" the document also writes in lower case is a common word (a chart's label).
            if (end == k && IsWrittenInLowerCase(_t.Key(_t.Tokens[k]).ToString())) continue;
            var span = new TextSpan(_t.Tokens[k].Start, _t.Tokens[end].End);
            var name = _t.Text.Substring(span.Start, span.Length);
            if (IsOwn(name, name)) continue;
            // ("la patronal ASCER": one word in capitals is an acronym, kept as written.)
            Add(span, _g.Resolve(name)?.Canonical ?? (end == k && IsAllUpper(name) ? name : TitleCase(name)), type, null, 0.6, 3);
        }
    }

    /// <summary>
    /// A body named beside a description of what it is, set off by commas: "se reunió con Assocalzaturifici, la asociación italiana
    /// de fabricantes de calzado", "coordinada por la asociación portuguesa del calzado, APICCAPS, e incluyó …". The name is a
    /// capitalised word (or a short run of them) right before ", la asociación …", or an acronym right after the description's lower-case
    /// words and its comma. Places, countries and names the other rules know are left to them.
    /// </summary>
    private void FindDescribedBodies()
    {
        foreach (System.Text.RegularExpressions.Match cue in SpanishCues.BodyDescriptionCue().Matches(_t.Folded))
        {
            var article = _t.TokenAtOrAfter(cue.Index);
            var noun = article + 1;
            if (noun >= _t.Tokens.Length || !IsAllLower(_t.Original(_t.Tokens[noun]))) continue; // "la Agencia Nacional …" is a name

            // Before: "Assomac, la asociación …".
            if (article > 0 && Gap(article - 1).Trim() is [','] && DescribedNameBefore(article - 1) is { } first)
                AddDescribed(first, article - 1);

            // After: "la asociación portuguesa del calzado, APICCAPS,".
            var k = noun + 1;
            for (var words = 0; k < _t.Tokens.Length && words < MaxDescriptionWords; k++, words++)
            {
                var o = _t.Original(_t.Tokens[k]);
                if (!IsAllLower(o) || SpanishCues.AppositionBreakers.Contains(_t.Key(_t.Tokens[k]).ToString()) || Gap(k - 1).Trim().Length > 0) break;
            }

            if (k >= _t.Tokens.Length || Gap(k - 1).Trim() is not [','] || k + 1 >= _t.Tokens.Length) continue;
            var acronym = _t.Original(_t.Tokens[k]);
            if (acronym.Length < 3 || !IsAllUpper(acronym) || Gap(k).Trim() is not ([','] or ['.'] or [';'])) continue;
            AddDescribed(k, k);
        }
    }

    /// <summary>Most lower-case words of a description between its noun and the acronym after it.</summary>
    private const int MaxDescriptionWords = 6;

    /// <summary>
    /// The first token of one to three capitalised words on one line ending at <paramref name="last"/>, after a lower-case word that is
    /// no article or "de" (which would make them a place's complement: "América del Sur, la red …"); null for none.
    /// </summary>
    private int? DescribedNameBefore(int last)
    {
        var first = last;
        while (first > 0 && last - first < 2 && char.IsUpper(_t.Original(_t.Tokens[first - 1])[0]) && Gap(first - 1) is " ") first--;
        for (var k = first; k <= last; k++)
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0])) return null;
        if (first == 0 || IsSentenceStart(_t.Tokens[first].Start) || Gap(first - 1) is not " ") return null;
        var before = _t.Original(_t.Tokens[first - 1]);
        return IsAllLower(before) && _t.Key(_t.Tokens[first - 1]) is not ("de" or "del" or "la" or "el" or "los" or "las") ? first : null;
    }

    private void AddDescribed(int first, int last)
    {
        if (CountryAt(first).Length > 0 || NameAt(first).Length > 0 || IsHeadNoun(_t.Key(_t.Tokens[first]))) return;
        var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
        var name = _t.Text.Substring(span.Start, span.Length);
        if (IsOwn(name, name)) return;
        Add(span, _g.Resolve(name)?.Canonical ?? name, "ngo", null, 0.6, 3);
    }

    private HashSet<string>? _lowerCaseWords;

    /// <summary>Whether the folded word occurs written all in lower case somewhere in the document (proper names are not); the words are gathered once, on first use.</summary>
    private bool IsWrittenInLowerCase(string key)
    {
        if (_lowerCaseWords is null)
        {
            _lowerCaseWords = new HashSet<string>(StringComparer.Ordinal);
            var lookup = _lowerCaseWords.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var tok in _t.Tokens)
                if (char.IsLower(_t.Text[tok.Start]) && IsAllLower(_t.Original(tok))) lookup.Add(_t.Key(tok));
        }

        return _lowerCaseWords.Contains(key);
    }

    // ---- names in English ----------------------------------------------------------------------------------------

    /// <summary>
    /// An organisation named in English puts its head noun last ("Johns Hopkins University", "Climate Heritage Network",
    /// "City Diplomacy Lab") or before an "of" complement ("International Association of Chiefs of Police"): the capitalised
    /// words before the head, and the complement after it, make the name. A name with a Spanish connector is Spanish and read by
    /// the head-noun rules; a gazetteer name is read by the gazetteer rule.
    /// </summary>
    private void FindEnglishNames()
    {
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var o = _t.Original(_t.Tokens[i]);
            if (!char.IsUpper(o[0]) || !SpanishCues.EnglishHeads.TryGetValue(_t.Key(_t.Tokens[i]).ToString(), out var type)) continue;
            // "International" ends a name ("Miyamoto International"); before an occasion or a prize it is an adjective ("Guangzhou
            // International Award for Urban Innovation"), and closing a quote it ends a title ("el ranking de “Transparencia International”").
            if (_t.Key(_t.Tokens[i]).SequenceEqual("international")
                && ((i + 1 < _t.Tokens.Length && Gap(i) is " " && _t.Key(_t.Tokens[i + 1]) is "award" or "awards" or "prize" or "conference" or "summit"
                        or "forum" or "airport" or "day" or "week" or "festival" or "fair" or "expo" or "congress" or "film" or "school")
                    || (_t.Tokens[i].End < _t.Text.Length && _t.Text[_t.Tokens[i].End] is '”' or '"' or '»'))) continue;

            if (_t.Key(_t.Tokens[i]).SequenceEqual("board") && !(i + 1 < _t.Tokens.Length && _t.Key(_t.Tokens[i + 1]).SequenceEqual("of"))) continue;
            var first = i;
            // Bounded: a run of capitalised words longer than a name (a title in Title Case) is no name, and walking back over all
            // of it from every head noun inside it was quadratic in the run's length.
            while (first > 0 && i - first <= MaxNameTokens && GapAllowed(first) && !Gap(first - 1).Contains(',') && IsEnglishNameWord(first - 1)) first--;
            if (i - first > MaxNameTokens) continue;
            while (first < i && SpanishCues.EnglishConnectors.Contains(_t.Key(_t.Tokens[first]).ToString()) && !_t.Original(_t.Tokens[first]).SequenceEqual("The")) first++;

            var last = i;
            // "Wageningen University & Research": "&" and a capitalised word after the head go on the name.
            if (i + 1 < _t.Tokens.Length && Gap(i) is " & " && char.IsUpper(_t.Original(_t.Tokens[i + 1])[0])) last = i + 1;
            else if (i + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[i + 1]) is "of" or "for" or "on" && GapAllowed(i + 1) && char.IsUpper(_t.Original(_t.Tokens[i + 2])[0]))
            {
                last = i + 2;
                while (last + 1 < _t.Tokens.Length && last - i < MaxNameTokens && GapAllowed(last + 1) && !Gap(last).Contains(',') && IsEnglishNameWord(last + 1)) last++;
                while (last > i && SpanishCues.EnglishConnectors.Contains(_t.Key(_t.Tokens[last]).ToString())) last--;
            }

            var words = last - first + 1 - (_t.Original(_t.Tokens[first]).SequenceEqual("The") ? 1 : 0);
            if (words < 2 || NamedByGazetteer(first, last) || AfterIndefiniteArticle(first)) { i = last; continue; }
            // "la Fundación Rural Development Trust": a Spanish head noun right before opens the name; the head-noun rule reads it whole.
            if (first > 0 && Gap(first - 1) is " " && char.IsUpper(_t.Original(_t.Tokens[first - 1])[0]) && OrganisationHeads.ContainsKey(_t.Key(_t.Tokens[first - 1]))
                && !SpanishCues.EnglishHeads.ContainsKey(_t.Key(_t.Tokens[first - 1]).ToString()))
            { i = last; continue; }
            var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
            var name = _t.Text.Substring(span.Start, span.Length);
            if (!IsOwn(name, name)) Add(span, TitleCase(name), type, null, 0.7, 1);
            i = last;
        }
    }

    /// <summary>"en un Data Center físico": after an indefinite article the words name a kind of thing, not one body.</summary>
    private bool AfterIndefiniteArticle(int first) =>
        first > 0 && _t.Key(_t.Tokens[first - 1]) is "un" or "una" or "unos" or "unas" or "a" or "an" && IsAllLower(_t.Original(_t.Tokens[first - 1]));

    /// <summary>A capitalised word that may belong to an English name, or an English connector between two of them; never a Spanish connector.</summary>
    private bool IsEnglishNameWord(int k)
    {
        var o = _t.Original(_t.Tokens[k]);
        var f = _t.Key(_t.Tokens[k]).ToString();
        if (SpanishCues.EnglishConnectors.Contains(f))
            return k > 0 && k + 1 < _t.Tokens.Length && char.IsUpper(_t.Original(_t.Tokens[k - 1])[0]) && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0]) || o.SequenceEqual("The");
        return (char.IsUpper(o[0]) || char.IsDigit(o[0])) && !SpanishCues.Connectors.Contains(f) && !SpanishCues.OrganisationHeads.ContainsKey(f) && !IsSentenceStart(_t.Tokens[k].Start);
    }

    private bool NamedByGazetteer(int first, int last)
    {
        var (len, m) = NameAt(first);
        if (m is not null && first + len - 1 == last) return true;
        return _t.Original(_t.Tokens[first]).SequenceEqual("The") && NameAt(first + 1) is { Value: not null } inner && first + inner.Length == last;
    }

    /// <summary>Whether a name from <paramref name="from"/> to <paramref name="to"/> has an English head before its first connector ("National Association of …", "Royal United Services Institute").</summary>
    private bool EnglishHeadIn(int from, int to, out string? type)
    {
        for (var k = from; k <= to; k++)
        {
            var f = _t.Key(_t.Tokens[k]).ToString();
            if (SpanishCues.EnglishHeads.TryGetValue(f, out type)) return true;
            if (SpanishCues.Connectors.Contains(f)) break;
        }

        type = null;
        return false;
    }
}
