using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>The partner rules applied to one document; holds the per-document state (folded text, acronyms it defines, its reporting body).</summary>
internal sealed partial class PartnerRun
{
    private const int MaxNameTokens = 14;

    /// <summary>
    /// A name read from its head noun may be longer: its words follow the head, so they cannot reach back into the sentence
    /// ("Red Universitaria de las Américas y el Caribe para la Reducción de Riesgos de Emergencias y Desastres", 17 words).
    /// </summary>
    private const int MaxHeadNameTokens = 20;

    private readonly PartnerGazetteer _g;
    private readonly ExtractionInput _input;
    private readonly FoldedText _t;
    private readonly List<Candidate> _candidates = [];
    private readonly HashSet<string> _own = new(StringComparer.Ordinal);
    private readonly List<string> _ownPhrases = [];
    private readonly HashSet<string> _ownFirstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Definition> _defined = new(StringComparer.Ordinal);

    /// <summary>
    /// Known organisations a table cell names in a longer form ("Cruz Roja Española" for Cruz Roja): their folded canonical name → the
    /// longer names. Where the document has one such form, its other mentions of the organisation ("30.000 € a Cruz Roja") are that body.
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _longerForms = new(StringComparer.Ordinal);

    /// <summary>Known organisations the document gives an acronym in brackets: their folded canonical name → that acronym.</summary>
    private readonly Dictionary<string, string> _documentAcronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _embassySections = new(StringComparer.Ordinal);
    private readonly bool _lowerCaseAcronyms;
    private readonly bool _hasReportingBody;
    // Whether the reporting body is a city's government ("Intendencia de Paysandú"), whose institutes and agencies are its own.
    private readonly bool _ownIsCity;
    private readonly string? _country;

    public PartnerRun(PartnerGazetteer gazetteer, ExtractionInput input)
    {
        _g = gazetteer;
        _input = input;
        _t = FoldedText.Of(input.Text);
        _country = input.Context.Country;
        _lowerCaseAcronyms = CountLowerCaseAcronymDefinitions() >= 3;
        FindReportingBody();
        _hasReportingBody = _own.Count > 0;
        _ownIsCity = _input.Context.ReportingBody.Any(n => n.Split(' ')[0] is var head && SpanishCues.CityGovernmentHeads.Contains(FoldedText.FoldString(head)));
    }

    private sealed record Candidate(TextSpan Span, string Canonical, string? Type, string? Country, double Confidence, int Priority);

    private sealed record Definition(string Canonical, bool IsPartner, string? Type, string? Country);

    public IReadOnlyList<Mention> Find()
    {
        FindAcronymDefinitions();
        FindGazetteerNames();
        FindHeadNounNames();
        FindPlaces();
        FindRegionalGovernments();
        FindListedCities();
        FindCitiesAmongBodies();
        FindCitiesByNationality();
        FindMemberCitySections();
        FindCuedLists();
        FindCompanyAppositions();
        FindDescribedBodies();
        FindGrantRecipients();
        FindLegalFormNames();
        FindEnglishCityGovernments();
        FindDistributedHeads();
        FindEnglishNames();
        FindEuropeDirectCentres();
        ReadTableCells();
        return Resolve();
    }

    // ---- the reporting body -------------------------------------------------------------------------------

    private void FindReportingBody()
    {
        foreach (var name in _input.Context.ReportingBody) AddOwn(name);

        // A gazetteer organisation named in the opening lines and recurring through the document is the one reporting
        // (an annual report of Metrópolis names Metrópolis in its first sentence and throughout).
        var opening = Math.Min(_t.Text.Length, 400);
        var counts = new Dictionary<GazetteerEntry, int>();
        var firstSeen = new HashSet<GazetteerEntry>();
        var counterpart = new HashSet<GazetteerEntry>();
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var (len, m) = NameAt(i);
            if (m?.Entry is not { IsCity: false } e || !CaseFits(m, i, len)) continue;
            // "Agencia de Cooperación Internacional del Japón (JICA)": a name and its acronym in brackets are one mention.
            if (!(i > 0 && _t.Text[_t.Tokens[i].Start - 1] == '(' && PreviousNameIs(i, e))) counts[e] = counts.GetValueOrDefault(e) + 1;
            // ("Rosario integra Mercociudades", "es miembro de CGLU": the body named as one the reporter belongs to is not it; nor is "el
            // taller climático con la GIZ", its article between.)
            var b = i > 1 && _t.Key(_t.Tokens[i - 1]) is "la" or "el" or "los" or "las" ? i - 1 : i;
            if (_t.Tokens[i].Start < opening && firstSeen.Add(e) && b > 0 && (_t.Key(_t.Tokens[b - 1]) is "con" or "y" or "e" or "entre" or "junto" or "integra" or "integran"
                                                                              || (_t.Key(_t.Tokens[b - 1]) is "de" or "a" && b > 1 && _t.Key(_t.Tokens[b - 2]) is "miembro" or "parte" or "adhirio" or "adhiere" or "sumo" or "incorporo")))
                counterpart.Add(e);
            i += len - 1;
        }

        // "Firman Municipio de Querétaro y JICA convenio …" opening a news feed names a counterpart, however often it recurs.
        firstSeen.ExceptWith(counterpart);

        foreach (var e in firstSeen.Where(e => counts[e] >= 3)) AddOwn(e.Canonical);
        if (_input.Context.ReportingBody.Count == 0) FindSelfNamingAcronyms(opening);
        FindOwnLongNames();
    }

    /// <summary>Whether the known name ending right before the bracket at token <paramref name="i"/> is <paramref name="e"/>'s.</summary>
    private bool PreviousNameIs(int i, GazetteerEntry e)
    {
        for (var k = i - 1; k >= 0 && i - k <= MaxNameTokens; k--)
            if (NameAt(k) is { Length: var len, Value.Entry: var entry } && k + len == i && ReferenceEquals(entry, e)) return true;
        return false;
    }

    /// <summary>
    /// "RED DE CIUDADES ANDINAS" over "RCA" on a cover: the name the opening lines spell with the letters of an acronym of the
    /// reporting body is the body too, whether or not the text ever puts the acronym in brackets after it.
    /// </summary>
    private void FindOwnLongNames()
    {
        var acronyms = _input.Context.ReportingBody.Where(n => n.Length is >= 2 and <= 8 && IsAllUpper(n) && n.All(char.IsLetter)).ToList();
        if (acronyms.Count == 0) return;
        var opening = Math.Min(_t.Text.Length, 800);
        for (var k = 0; k < _t.Tokens.Length && _t.Tokens[k].Start < opening; k++)
        {
            var o = _t.Original(_t.Tokens[k]);
            if (!char.IsUpper(o[0])) continue;
            foreach (var acronym in acronyms)
            {
                if (FoldedText.Fold(o[0]) != char.ToLowerInvariant(acronym[0])) continue;
                for (var j = k + 1; j < _t.Tokens.Length && j - k <= 10 && GapAllowed(j); j++)
                {
                    var w = _t.Original(_t.Tokens[j]);
                    if (!char.IsUpper(w[0]) && !Connectors.Contains(_t.Key(_t.Tokens[j]))) break;
                    // The acronym stands right after the name ("RED DE CIUDADES ANDINAS" / "RCA", "… (RCA)"); a partner network elsewhere in
                    // the opening whose initials happen to spell it ("la Red de Ciudades Amazónicas") is not the body.
                    if (char.IsUpper(w[0]) && InitialsSpell(k, j, acronym, allButConnectors: true) && j + 1 < _t.Tokens.Length && Key(_t.Original(_t.Tokens[j + 1]).ToString()) == Key(acronym)
                        && _t.Text.AsSpan(_t.Tokens[j].End, _t.Tokens[j + 1].Start - _t.Tokens[j].End).Trim().Trim('(').Length == 0)
                        AddOwn(_t.Text[_t.Tokens[k].Start.._t.Tokens[j].End]);
                }
            }
        }
    }

    /// <summary>
    /// A report whose context names no reporting body names itself on its cover: an acronym of the opening lines that is not
    /// in the gazetteer and recurs through the document ("Dirección de Tecnología Informática (DTI)", "Directora General del
    /// IFARHU" with DTI and IFARHU on every page) is the body reporting, and so is the long name it defines.
    /// </summary>
    private void FindSelfNamingAcronyms(int opening)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _t.Tokens.Length && _t.Tokens[i].Start < opening; i++)
        {
            var tok = _t.Tokens[i];
            var o = _t.Original(tok);
            if (tok.Length is < 2 or > 8 || !IsAllUpper(o) || !char.IsLetter(o[0]) || IsRoman(o)) continue;
            var key = _t.Key(tok).ToString();
            if (!seen.Add(key) || Connectors.Contains(key) || NameAt(i).Value?.Entry is not null || CountOf(key) < 5) continue;
            AddOwn(o.ToString());
            if (tok.Start > 0 && _t.Text[tok.Start - 1] == '(' && LongNameBefore(i, o.ToString().ToUpperInvariant()) is { } start)
                AddOwn(_t.Text[_t.Tokens[start].Start.._t.Tokens[i - 1].End]);
        }
    }

    /// <summary>How often the acronym occurs among words in lower case (in a text set in capitals every word looks like an acronym).</summary>
    private Dictionary<string, int>? _capitalsInRunningText;

    /// <summary>How often the folded word is written in capitals between words with lower case (running text, not a title in capitals); counted for all words in one pass.</summary>
    private int CountOf(string key)
    {
        if (_capitalsInRunningText is null)
        {
            _capitalsInRunningText = new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = _capitalsInRunningText.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 1; i < _t.Tokens.Length - 1; i++)
            {
                var tok = _t.Tokens[i];
                if (!IsAllUpper(_t.Original(tok)) || !(HasLower(_t.Original(_t.Tokens[i - 1])) || HasLower(_t.Original(_t.Tokens[i + 1])))) continue;
                var folded = _t.Key(tok);
                lookup[folded] = lookup.TryGetValue(folded, out var n) ? n + 1 : 1;
            }
        }

        return _capitalsInRunningText.GetValueOrDefault(key);
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsRoman(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is not ('I' or 'V' or 'X' or 'L' or 'C')) return false;
        return true;
    }

    private void AddOwn(string name)
    {
        var key = Key(name);
        if (key.Length == 0) return;
        AddOwnKey(key);
        if (key.Contains(' ')) _ownPhrases.Add(key);
        if (_g.Resolve(name) is { } e)
        {
            AddOwnKey(Key(e.Canonical));
            foreach (var n in e.Names) AddOwnKey(Key(n));
        }
    }

    private void AddOwnKey(string key)
    {
        _own.Add(key);
        _ownFirstWords.Add(key.Split(' ')[0]);
    }

    // Every rule asks the gazetteer's tries about the same token positions; each position is looked up once.
    private (int Length, NameMatch? Value)[]? _names;
    private (int Length, NameMatch? Value)[]? _countries;
    private Func<int, bool>? _gap;

    private (int Length, NameMatch? Value) NameAt(int token) => Memo(ref _names, _g.Names, token);

    private (int Length, NameMatch? Value) CountryAt(int token) => Memo(ref _countries, _g.CountryNames, token);

    private (int Length, NameMatch? Value) Memo(ref (int Length, NameMatch? Value)[]? memo, TokenTrie<NameMatch> trie, int token)
    {
        if ((uint)token >= (uint)_t.Tokens.Length) return (0, null);
        memo ??= new (int, NameMatch?)[_t.Tokens.Length];
        ref var slot = ref memo[token];
        if (slot.Length == 0 && slot.Value is null)
        {
            var found = trie.LongestMatch(_t, token, _gap ??= GapAllowed);
            slot = found.Length == 0 ? (-1, null) : found;
        }

        return slot.Length < 0 ? (0, null) : slot;
    }

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>
    /// A name's folded words joined by one space; names recur within a document, so their keys are kept for its run. (A cache shared by
    /// every run, bounded at 50,000 names, made each key past the bound a new allocation and a lock on all its segments, and a line of
    /// 40,000 "Nombre (SIGLA)" definitions grow faster than its length.)
    /// </summary>
    private string Key(string name)
    {
        if (_keys.TryGetValue(name, out var key)) return key;
        key = string.Join(' ', FoldedText.FoldedWords(name));
        _keys[name] = key;
        return key;
    }

    private bool IsOwn(string canonical, string? text = null)
    {
        if (_own.Contains(Key(canonical))) return true;
        if (text is null) return false;
        var k = Key(text);
        return _own.Contains(k) || _ownPhrases.Any(p => k.Contains(p, StringComparison.Ordinal) || (k.Contains(' ') && p.StartsWith(k, StringComparison.Ordinal)));
    }

    // ---- gazetteer ------------------------------------------------------------------------------------------

    /// <summary>Whether the text between token i-1 and token i can sit inside one name: spaces, a hyphen, an apostrophe, "&amp;", a comma, or the dot of an abbreviation.</summary>
    private bool GapAllowed(int i)
    {
        if (i <= 0) return false;
        var a = _t.Tokens[i - 1].End;
        var b = _t.Tokens[i].Start;
        if (b - a > 3) return false;
        for (var k = a; k < b; k++)
        {
            var c = _t.Text[k];
            // "Miño-Sil" and "CGLU- África" (a hyphen the line break left) join; "Red - Sede Central", "Tercer Milenio - Transmilenio" separate two labels.
            if (c == '-' && k > a && _t.Text[k - 1] == ' ') return false;
            if (c is ' ' or '-' or '\'' or '’' or '&' or ',' or '\u00A0') continue;
            // "Bogotá D.C.", "Cía. Minera": an abbreviation's dot; "… de Santa Fe. Participaron 120 docentes" ends a sentence, and so
            // does a dot after a whole noun of a body ("… al fondo de reserva de la Red. Votos a favor: 22").
            if (c == '.' && _t.Tokens[i - 1].Length <= 3 && !OpensASentence(i) && !IsHeadNoun(_t.Key(_t.Tokens[i - 1]))) continue;
            return false;
        }

        return true;
    }

    /// <summary>A word that opens a sentence after a full stop rather than going on a name: a past verb ("Participaron") or a sentence's usual first word.</summary>
    private bool OpensASentence(int i)
    {
        var o = _t.Original(_t.Tokens[i]);
        if (o.Length < 2 || !char.IsUpper(o[0])) return false;
        return SpanishVerbForms.IsPreterite(o.ToString().ToLowerInvariant())
               || _t.Key(_t.Tokens[i]) is "el" or "la" or "los" or "las" or "en" or "se" or "con" or "por" or "para" or "durante" or "ademas" or "tambien" or "asimismo" or "este" or "esta";
    }

    /// <summary>Acronyms match in capitals, in title case when long enough ("Celac"), and in lower case only in documents that write their acronyms so ("(cglu)").</summary>
    private bool CaseFits(NameMatch m, int first, int length)
    {
        var tok = _t.Tokens[first];
        var original = _t.Original(tok);
        if (m.IsAcronym)
        {
            if (length > 1) return char.IsUpper(original[0]) || _lowerCaseAcronyms;
            if (IsAllUpper(original)) return true;
            var lower = _t.Key(tok).ToString();
            if (SpanishCues.LowerCaseStopAcronyms.Contains(lower)) return false;
            // "Unesco", "Unicef": an acronym read as a word is written with one capital; inside a longer name of capitalised words
            // ("Viajes de reconocimiento (Fam Trips)") such a word is that name's, not the acronym. One written with inner capitals
            // ("Premios WeGO") is the acronym wherever it stands.
            if (char.IsUpper(original[0]) && original.Length >= 3) return !IsAllLower(original[1..]) || !InCapitalisedRun(first);
            return _lowerCaseAcronyms && original.Length >= 3 && IsAllLower(original);
        }

        // "El Alto", "La Paz": a name that opens with its article writes it capitalised ("el Alto Comisionado" is no city).
        if (length > 1 && _t.Key(tok) is "el" or "la" or "los" or "las" && !char.IsUpper(original[0])) return false;

        // A name of ordinary words must show at least one capital (names are proper nouns; "ciudades y gobiernos locales unidos" in running lower case is a phrase).
        for (var i = first; i < first + length; i++)
        {
            var o = _t.Original(_t.Tokens[i]);
            if (char.IsUpper(o[0]) && !(i == first && length > 1 && IsSentenceStart(_t.Tokens[i].Start) && length == 1)) return true;
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> is joined by a space to a capitalised word right before or after it.</summary>
    private bool InCapitalisedRun(int i)
    {
        bool Joined(int a, int b) => a >= 0 && b < _t.Tokens.Length && _t.Text.AsSpan(_t.Tokens[a].End, _t.Tokens[b].Start - _t.Tokens[a].End) is " "
                                     && char.IsUpper(_t.Original(_t.Tokens[a == i ? b : a])[0]);
        return Joined(i - 1, i) || Joined(i, i + 1);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s) => FoldedText.IsAllCapitals(s);

    private static bool IsAllLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return false;
        return true;
    }

    private bool IsSentenceStart(int offset)
    {
        var k = offset - 1;
        while (k >= 0 && _t.Text[k] == ' ') k--;
        return k < 0 || _t.Text[k] is '.' or '\n' or ':' or '!' or '?';
    }

    private void FindGazetteerNames()
    {
        var translated = new Dictionary<GazetteerEntry, List<int>>(ReferenceEqualityComparer.Instance);
        var forms = new Dictionary<GazetteerEntry, HashSet<string>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var (len, m) = NameAt(i);
            if (m?.Entry is not { } e || !CaseFits(m, i, len)) continue;
            var span = new TextSpan(_t.Tokens[i].Start, _t.Tokens[i + len - 1].End);
            if (e.IsCity)
            {
                if (!EndsACompoundPlace(i) && CityActsAsInstitution(i, len)) Add(span, e.Canonical, "city", e.Country, 0.7, 3);
            }
            else if (!IsVenueHouse(i, e) && !IsOwn(e.Canonical) && !(len >= 2 && NameGoesOn(i, len)) && !EndsAnActivitysName(i) && !(m.IsAcronym is false && EndsALongerName(i, e)))
            {
                var added = _candidates.Count;
                // "Economistas sin Fronteras", "Ingeniería Sin Fronteras": a name that opens with "sin" closes the name of the
                // capitalised word before it, one of the family of "… sin Fronteras" bodies, not the known one.
                if (_t.Key(_t.Tokens[i]) is "sin" && i > 0 && Gap(i - 1) is " " && _t.Original(_t.Tokens[i - 1]) is [var c0, _, _, ..] prev
                    && char.IsUpper(c0) && !IsAllUpper(prev) && !Connectors.Contains(_t.Key(_t.Tokens[i - 1])))
                {
                    // "Bomberos Unidos Sin Fronteras": every capitalised word joined to it by a space opens the name.
                    var open = i - 1;
                    while (open > 0 && i - open < 4 && Gap(open - 1) is " " && _t.Original(_t.Tokens[open - 1]) is [var c1, _, ..] w && char.IsUpper(c1) && !IsAllUpper(w)
                           && !Connectors.Contains(_t.Key(_t.Tokens[open - 1])) && !IsSentenceStart(_t.Tokens[open - 1].Start)) open--;
                    // "Ingeniería Sin Fronteras Aragón": its regional chapter.
                    var last = ChapterRegionAt(i + len) is var region and >= 0 && Gap(i + len - 1) is " " ? region : i + len - 1;
                    var whole = new TextSpan(_t.Tokens[open].Start, _t.Tokens[last].End);
                    Add(whole, _t.Text.Substring(whole.Start, whole.Length), e.Type, null, 0.85, 1);
                    i = last;
                    continue;
                }

                if (e.Acronym is null && e.Type == "ngo" && NationalSocietyAfter(i + len - 1) is { } demonym)
                {
                    // "Cruz Roja Chilena": the national society is the partner, by its own name.
                    Add(new TextSpan(span.Start, _t.Tokens[demonym].End), e.Canonical + " " + _t.Original(_t.Tokens[demonym]).ToString(), e.Type, e.Country, 0.9, 1);
                    i = demonym;
                    continue;
                }

                if (e.Type is "agency" or "company" or "foundation" or "ngo" && LocalChapterAfter(i + len - 1, cities: e.Type != "ngo") is var (placeEnd, place, afterDe))
                {
                    // "la Alianza Francesa de Zaragoza", "COPARMEX Querétaro", "la Cámara Nacional de Comercio de Querétaro": a city's
                    // own chapter of a known body is the partner, by its city (an acronym's chapter is written "CANACO Querétaro"); an
                    // NGO's regional chapter by its region ("Médicos del Mundo Andalucía").
                    var chapter = afterDe && e.Canonical != e.Acronym ? $"{e.Canonical} de {place}" : $"{e.Canonical} {place}";
                    Add(new TextSpan(span.Start, _t.Tokens[placeEnd].End), chapter, e.Type, e.Country, 0.85, 1);
                    i = placeEnd;
                    continue;
                }

                Add(span, e.Canonical, e.Type, e.Country, 0.9, 1);
                if (e.Acronym is null)
                {
                    (forms.TryGetValue(e, out var f) ? f : forms[e] = new HashSet<string>(StringComparer.Ordinal)).Add(Key(m.Form));
                    // Add refuses a name in a citation or a skipped span: only a candidate it kept is renamed.
                    if (_candidates.Count > added && IsTranslation(m.Form, e.Canonical)) (translated.TryGetValue(e, out var l) ? l : translated[e] = []).Add(added);
                }
            }

            i += len - 1;
        }

        // "ROCKEFELLER FOUNDATION" in a report that never writes "Fundación Rockefeller": the organisation keeps the name the document
        // gives it, in the document's language, when it has no acronym to be searched by and the document uses that one form only.
        foreach (var (entry, indexes) in translated)
        {
            if (forms[entry].Count != 1) continue;
            foreach (var k in indexes)
            {
                var c = _candidates[k];
                _candidates[k] = c with { Canonical = TitleCase(_t.Text.Substring(c.Span.Start, c.Span.Length)) };
            }
        }
    }

    /// <summary>"un evento en la Casa de América, Madrid": a house of culture named as where something was held is a venue.</summary>
    private bool IsVenueHouse(int first, GazetteerEntry e) =>
        e.Canonical.StartsWith("Casa ", StringComparison.Ordinal) && first >= 2 && _t.Key(_t.Tokens[first - 1]).SequenceEqual("la") && _t.Key(_t.Tokens[first - 2]).SequenceEqual("en");

    /// <summary>
    /// "el Festival Mariachi Sin Fronteras": a known name written right after the capitalised words of an activity's name (its noun
    /// opening them, no connector between) is the end of that name, not the organisation; "la Asamblea Anual de Metrópolis" names
    /// its organiser after "de".
    /// </summary>
    private bool EndsAnActivitysName(int first)
    {
        var k = first - 1;
        if (k < 0 || Gap(k) is not " ") return false;
        for (var steps = 0; k >= 0 && steps < 4; k--, steps++)
        {
            var o = _t.Original(_t.Tokens[k]);
            if (!char.IsUpper(o[0]) || IsAllUpper(o)) return false;
            if (ActivityNouns.IsStrong(_t.Key(_t.Tokens[k]))) return true;
            if (k == 0 || Gap(k - 1) is not " ") return false;
        }

        return false;
    }

    /// <summary>
    /// "la Alianza de Ciudades Saludables": a known Spanish name of several words written in running text and followed, one space on,
    /// by a capitalised word that is no place, acronym or other known name goes on into a longer name (Spanish puts modifiers after
    /// the noun), which is not the one known.
    /// </summary>
    private bool NameGoesOn(int first, int length)
    {
        var next = first + length;
        if (next >= _t.Tokens.Length || !GapAllowed(next) || Gap(next - 1) is not " ") return false;
        var name = _t.Text.AsSpan(_t.Tokens[first].Start, _t.Tokens[next - 1].End - _t.Tokens[first].Start);
        var word = _t.Original(_t.Tokens[next]);
        if (!HasLower(name) || !char.IsUpper(word[0]) || IsAllUpper(word) || word.Length < 3) return false;

        // Only a Spanish name ("… de Ciudades") takes its modifiers after it; an English one ("C40 Cities Mayoral Roundtable") is
        // itself the modifier of what follows, which stays the known body's.
        var spanish = false;
        for (var k = first + 1; k < next - 1 && !spanish; k++) spanish = _t.Key(_t.Tokens[k]) is "de" or "del" or "para" or "por";
        if (!spanish) return false;
        return CountryAt(next).Length == 0 && NameAt(next).Length == 0 && ChapterRegionAt(next) < 0 && !Connectors.Contains(_t.Key(_t.Tokens[next]));
    }

    /// <summary>The last token of one of Spain's autonomous communities named from <paramref name="k"/> on ("Andalucía", "Castilla y León"), or -1.</summary>
    private int ChapterRegionAt(int k)
    {
        if (k >= _t.Tokens.Length || !char.IsUpper(_t.Original(_t.Tokens[k])[0])) return -1;
        for (var end = Math.Min(_t.Tokens.Length - 1, k + 3); end >= k; end--)
            if (SpanishCues.ChapterRegions.Contains(Key(_t.Text[_t.Tokens[k].Start.._t.Tokens[end].End]))) return end;
        return -1;
    }

    /// <summary>
    /// "la Mancomunidad de Municipios Aymaras Sin Fronteras": a known name right after a capitalised word, with no connector between,
    /// closes a longer name that an institution's head noun opens on the same line; the head-noun rule reads that name.
    /// </summary>
    private bool EndsALongerName(int first, GazetteerEntry known)
    {
        if (first == 0 || Gap(first - 1) is not " " || !char.IsUpper(_t.Original(_t.Tokens[first - 1])[0]) || Connectors.Contains(_t.Key(_t.Tokens[first - 1]))) return false;
        // In capitals every word looks like a name's: nothing tells where one ends.
        if (IsAllUpper(_t.Original(_t.Tokens[first - 1])) || IsAllUpper(_t.Original(_t.Tokens[first]))) return false;
        for (var k = first - 1; k >= 0 && first - k <= 8; k--)
        {
            var key = _t.Key(_t.Tokens[k]);
            // "Asociación Mundial de Grandes Metropolis" is the known body's own longer name, written a little otherwise.
            if (OrganisationHeads.ContainsKey(key) || UnitHeads.Contains(key))
                return k < first - 1 && !IsFormOf(_t.Text[_t.Tokens[k].Start.._t.Tokens[first].End], known);
            if (k == 0 || _t.Text.AsSpan(_t.Tokens[k - 1].End, _t.Tokens[k].Start - _t.Tokens[k - 1].End).Trim().Length > 0) return false;
            if (!char.IsUpper(_t.Original(_t.Tokens[k - 1])[0]) && !Connectors.Contains(_t.Key(_t.Tokens[k - 1]))) return false;
        }

        return false;
    }

    /// <summary>Whether every word of a name (connectors aside) is a word of one of the known entry's names.</summary>
    private static bool IsFormOf(string name, GazetteerEntry known)
    {
        var words = FoldedText.FoldedWords(name).Where(w => !SpanishCues.Connectors.Contains(w)).ToList();
        return known.Aliases.Append(known.Canonical).Any(alias => FoldedText.FoldedWords(alias).ToHashSet(StringComparer.Ordinal) is var a && words.All(a.Contains));
    }

    /// <summary>
    /// The token of a capitalised adjective of nationality right after a known name's last token that ends the name ("Cruz Roja
    /// Española,"), or null; one followed by another capitalised word opens a longer name the other rules read.
    /// </summary>
    /// <summary>
    /// The known city, or the autonomous community, right after a body's name, maybe after "de" ("… de Zaragoza", "COPARMEX Querétaro",
    /// "Médicos del Mundo Andalucía"): its last token, its name as written, and whether "de" came first. Without
    /// <paramref name="cities"/>, a region only.
    /// </summary>
    private (int End, string Place, bool AfterDe)? LocalChapterAfter(int last, bool cities = true)
    {
        var k = last + 1;
        if (k >= _t.Tokens.Length || Gap(last) is not " ") return null;
        var afterDe = _t.Key(_t.Tokens[k]) is "de";
        if (afterDe && (++k >= _t.Tokens.Length || Gap(k - 1) is not " ")) return null;
        if (!char.IsUpper(_t.Original(_t.Tokens[k])[0])) return null;
        var end = ChapterRegionAt(k);
        if (end < 0 && cities && NameAt(k) is { Value.Entry.IsCity: true, Length: var n } && k + n - 1 < _t.Tokens.Length) end = k + n - 1;
        if (end < 0) return null;
        // "… de Querétaro y Guanajuato" or "de San Luis Potosí, México": a list of places, or a place and its country, is where it worked, not its chapter.
        if (end + 2 < _t.Tokens.Length && Gap(end) is " " && _t.Key(_t.Tokens[end + 1]) is "y" or "e" && NameAt(end + 2) is { Value.Entry.IsCity: true }) return null;
        if (end + 1 < _t.Tokens.Length && Gap(end).Trim() is "," && CountryAt(end + 1).Length > 0) return null;
        var place = _t.Text[_t.Tokens[k].Start.._t.Tokens[end].End];
        return (end, IsAllUpper(place) ? TitleCase(place) : place, afterDe);
    }

    private int? NationalSocietyAfter(int last)
    {
        var next = last + 1;
        if (next >= _t.Tokens.Length || Gap(last) is not " " || !char.IsUpper(_t.Original(_t.Tokens[next])[0]) || IsAllUpper(_t.Original(_t.Tokens[next]))) return null;
        if (!SpanishCues.Demonyms.Contains(_t.Key(_t.Tokens[next]).ToString())) return null;
        if (next + 1 < _t.Tokens.Length && Gap(next) is " " && char.IsUpper(_t.Original(_t.Tokens[next + 1])[0])) return null;
        return next;
    }

    /// <summary>
    /// Whether a gazetteer alias is the canonical name in another language ("Rockefeller Foundation" for "Fundación Rockefeller"):
    /// each has words the other lacks, and they share at most half of the longer one's words; a variant spelling ("Mayor Migration
    /// Council") shares more, and a longer or shorter form ("Red de Mercociudades") holds all the words of the other.
    /// </summary>
    private static bool IsTranslation(string form, string canonical)
    {
        var words = FoldedText.FoldedWords(form).Where(w => !SpanishCues.Connectors.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var canon = FoldedText.FoldedWords(canonical).Where(w => !SpanishCues.Connectors.Contains(w)).ToHashSet(StringComparer.Ordinal);

        // "Pro Colombia" for "ProColombia" is the same name spaced otherwise; "Global Taskforce of Local and Regional Governments"
        // holds every word of "Global Taskforce", a longer form of it.
        if (string.Concat(words) == string.Concat(canon) || canon.IsSubsetOf(words) || words.IsSubsetOf(canon)) return false;
        return words.Count(canon.Contains) * 2 <= Math.Max(words.Count, canon.Count);
    }

    // ---- "Nombre Largo (SIGLA)" -----------------------------------------------------------------------------

    private int CountLowerCaseAcronymDefinitions()
    {
        var n = 0;
        for (var i = 1; i < _t.Tokens.Length; i++)
        {
            var tok = _t.Tokens[i];
            if (tok.Start == 0 || _t.Text[tok.Start - 1] != '(' || tok.Length is < 2 or > 8) continue;
            if (IsAllLower(_t.Original(tok)) && !char.IsDigit(_t.Text[tok.Start]) && char.IsUpper(_t.Text[_t.Tokens[i - 1].Start])) n++;
        }

        return n;
    }

    private void FindAcronymDefinitions()
    {
        for (var i = 1; i < _t.Tokens.Length; i++)
        {
            var tok = _t.Tokens[i];
            if (tok.Start == 0 || _t.Text[tok.Start - 1] != '(' || tok.Length is < 2 or > 10) continue;
            var original = _t.Original(tok);
            var mixedCase = IsMixedCaseAcronym(i);
            if (!char.IsLetter(original[0]) || !(IsAllUpper(original) || IsAllLower(original) || mixedCase)) continue;

            // The acronym may carry a hyphenated part or a year ("cop-15", "gsef 2021") and a gloss ("oim por sus siglas en inglés").
            var last = i;
            while (last + 1 < _t.Tokens.Length && _t.Tokens[last + 1].Start - _t.Tokens[last].End <= 1 && _t.Text[_t.Tokens[last].End] is '-' or ' ' &&
                   char.IsDigit(_t.Text[_t.Tokens[last + 1].Start])) last++;

            // An acronym of two words ("Organización de Regiones Unidas, Foro Global de Asociaciones de Regiones (oru fogar)",
            // "Red Latinoamericana de Protección Contra Incendio (latam pci)"), each written as an acronym, neither a connector.
            var twoWords = last == i && SecondAcronymWord(i) is not null;
            if (twoWords) last = i + 1;
            var close = _t.Text.IndexOf(')', _t.Tokens[last].End, Math.Min(41, _t.Text.Length - _t.Tokens[last].End));
            if (close < 0) continue;
            var between = _t.Text.AsSpan(_t.Tokens[last].End, close - _t.Tokens[last].End).Trim();
            // "(FES Uruguay)", "(ACI Medellín)": the acronym and the place of the office or of the body.
            var place = !mixedCase && !twoWords && PlaceAfterAcronym(last, close) is { } placeEnd ? _t.Text[_t.Tokens[last + 1].Start.._t.Tokens[placeEnd].End] : null;
            if (between.Length > 0 && place is null && !between.StartsWith("por sus siglas", StringComparison.OrdinalIgnoreCase)) continue;

            var acronym = twoWords ? _t.Text[tok.Start.._t.Tokens[last].End] : original.ToString();
            var upper = acronym.ToUpperInvariant();
            var spelled = LongNameBefore(i, upper);
            // A mixed-case acronym ("Udelar", "UdeG") spells no initials; its first letter must open the name.
            if (mixedCase && (spelled is not { } m0 || !SyllablesSpell(m0, i - 1, acronym))) spelled = SyllableNameBefore(i, acronym);
            if (mixedCase && spelled is null) continue;
            // "Reunión del Consejo Directivo (virtual)": how it was held, not an acronym.
            // "(durante junio)": a preposition or a month is a gloss of when.
            // "Comisión a Nairobi, Kenia (aplazada)": put off, not an acronym.
            // "Ministerio del Mar de Cabo Verde (cinco personas)": how many came, not an acronym.
            if (IsAllLower(original) && (NotAcronyms.Contains(_t.Key(tok)) || CallingOff.IsCallOff(_t.Key(tok)) || (twoWords && NotAcronyms.Contains(_t.Key(_t.Tokens[last])))
                                         || Numbers.SpanishNumberParser.IsNumberWord(_t.Key(tok)))) continue;
            var spells = spelled is { } s0 && InitialsSpell(s0, i - 1, upper);
            // "a la Diputación Provincial de Huesca (municipios rurales)", "(adaptación)": in a text that writes no acronyms in lower case,
            // a lower-case word in brackets that spells no initials and is as long as a word or accented says what for, not what the body
            // is called ("(rical)", "(ipes)" are acronyms all the same).
            if (IsAllLower(original) && !_lowerCaseAcronyms && !spells && (original.Length > MaxLowerCaseAcronym || original.ContainsAny("áéíóúñ"))) continue;
            if (!mixedCase && !spells) spelled = InstitutionNameBefore(i) ?? spelled;
            if (spelled is not { } start) continue;
            // "Agencia Italiana para el Comercio Exterior (ICE)": letters that spell the words after an institution's head noun (its name
            // in its own language) still name the institution the head opens.
            if (!mixedCase && !OpensWithHead(start) && InstitutionNameBefore(i) is { } headed && headed < start) start = headed;
            var nameSpan = new TextSpan(_t.Tokens[start].Start, _t.Tokens[i - 1].End);
            var longName = _t.Text.Substring(nameSpan.Start, nameSpan.Length);
            var span = new TextSpan(nameSpan.Start, close + 1);
            // The office of a country ("Fundación Friedrich Ebert (FES Uruguay)") is its parent; a place its own name carries
            // ("Agencia de Cooperación e Inversión de Medellín … (ACI Medellín)") stays in the short name.
            var shortName = mixedCase ? acronym : place is not null && longName.Contains(place, StringComparison.Ordinal) ? upper + " " + place : upper;

            var entry = _g.Resolve(upper) is { IsCity: false } byAcronym ? byAcronym : _g.Resolve(longName) is { IsCity: false } byName ? byName : null;
            if (entry is not null)
            {
                var isPartner = !IsOwn(entry.Canonical, longName);
                _defined[Key(acronym)] = new Definition(entry.Canonical, isPartner, entry.Type, entry.Country);
                // The document's own short name for a known organisation is the one its readers search ("FES", not "Fundación Friedrich Ebert").
                // So is the acronym it gives a known organisation the gazetteer knows none for ("Universitat de Barcelona (UB)").
                // (The name as written too: a name in another language keeps its form, "Universitat de Barcelona".)
                if (isPartner && shortName == upper && !twoWords && IsAllUpper(original) && (_g.Resolve(upper) == entry || (entry.Acronym is null && _g.Resolve(upper) is null)))
                {
                    _documentAcronyms.TryAdd(Key(entry.Canonical), upper);
                    _documentAcronyms.TryAdd(Key(longName), upper);
                }
                if (isPartner) Add(span, entry.Canonical, entry.Type, entry.Country, 0.9, 0);
                continue;
            }

            var head = Key(_t.Original(_t.Tokens[start]).ToString());
            // "Pontificia Universidad Católica …", "Real Academia …": an adjective of rank may open the name before its head noun.
            if (SpanishCues.RankAdjectives.Contains(head) && start + 1 < i) head = Key(_t.Original(_t.Tokens[start + 1]).ToString());
            var isOrg = SpanishCues.OrganisationHeads.TryGetValue(head, out var type) || SpanishCues.GovernmentUnitHeads.Contains(head) || SpanishCues.CityGovernmentHeads.Contains(head) ||
                        EnglishHeadIn(start, i - 1, out type);
            // "Área Metropolitana de Barcelona (AMB)", "Área Metropolitana del Valle de Aburrá (AMVA)": a metropolitan government.
            if (!isOrg && head == "area" && start + 1 < i && _t.Key(_t.Tokens[start + 1]).SequenceEqual("metropolitana")) (isOrg, type) = (true, "government");
            if (!isOrg)
            {
                // Events, programmes and documents also carry acronyms ("Foro Político de Alto Nivel (hlpf)"); only institutions are partners.
                continue;
            }

            var own = IsOwn(upper, longName) || (SpanishCues.GovernmentUnitHeads.Contains(head) && !(IsAllUpper(original) && ForeignUnit(start, i - 1, upper)) && IsOwnUnit(start, i - 1, definesAcronym: true) && IsOwnUnit(last, Math.Min(_t.Tokens.Length - 1, last + 7), followsName: true))
                      // "Centro Administrativo Municipal (CAM)" in a city's report: the city's own seat.
                      || (_ownIsCity && head == "centro" && Enumerable.Range(start, i - start).Any(k => MunicipalScope.Contains(_t.Key(_t.Tokens[k])))
                          && !NamesAnotherPlace(start, i - 1));
            _defined[Key(acronym)] = new Definition(shortName, !own, type, null);
            if (!own) Add(span, shortName, type ?? "other", null, 0.85, 0);
            // "la Coordinadora Valenciana de ONGD" written elsewhere without "(CVONGD)" is searched by the acronym the document gave it.
            if (!own && shortName == upper && !twoWords) _documentAcronyms.TryAdd(Key(longName), upper);
        }

        if (_defined.Count == 0) return;

        // Later mentions of a defined acronym, in any case ("la oim", "OIM").
        var defined = _defined.GetAlternateLookup<ReadOnlySpan<char>>();
        int shortest = _defined.Keys.Min(k => k.Length), longest = _defined.Keys.Max(k => k.Length);
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var tok = _t.Tokens[i];
            if (tok.Length < shortest || tok.Length > longest || (tok.Start > 0 && _t.Text[tok.Start - 1] == '(')) continue;
            if (!defined.TryGetValue(_t.Key(tok), out var d) || !d.IsPartner) continue;
            var o = _t.Original(tok);
            if (!(IsAllUpper(o) || IsAllLower(o) || char.IsUpper(o[0]))) continue;
            Add(new TextSpan(tok.Start, tok.End), d.Canonical, d.Type, d.Country, 0.8, 2);
        }
    }

    /// <summary>
    /// "Agencia de Desarrollo Regional de Istria (IDA)": a unit named for a place the gazetteer does not know, whose acronym neither
    /// opens with its head's letter nor spells its words, is named in its own language elsewhere: a foreign body's, not the
    /// reporting city's ("Secretaría de Desarrollo Económico (SEDECO)", "Comité Ejecutivo (excom)" are the city's).
    /// </summary>
    private bool ForeignUnit(int start, int end, string acronym) =>
        end > start + 1 && FoldedText.Fold(_t.Original(_t.Tokens[start])[0]) != char.ToLowerInvariant(acronym[0])
        && !InitialsSpell(start, end, acronym) && !InitialsSpell(start, end, acronym, allButConnectors: true)
        && _t.Key(_t.Tokens[end - 1]) is "de" or "del" && char.IsUpper(_t.Original(_t.Tokens[end])[0]) && NameAt(end).Value is null;

    /// <summary>
    /// "el Cuerpo Consular de Barcelona", "el Cuerpo Consular acreditado en Guadalajara": the consuls (or diplomats) accredited in a city,
    /// as one body named by that city. Without its city ("la recepción al Cuerpo Consular") it is no one in particular; any other
    /// "Cuerpo" ("Cuerpo de Bomberos") is left to the other rules.
    /// </summary>
    private void AccreditedCorps(int head)
    {
        var k = head + 1;
        if (k + 2 >= _t.Tokens.Length || _t.Key(_t.Tokens[k]) is not ("consular" or "diplomatico")) return;
        var corps = _t.Original(_t.Tokens[k]).ToString();
        k++;
        if (_t.Key(_t.Tokens[k]) is "acreditado" or "acreditados") k++;
        if (k + 1 >= _t.Tokens.Length || _t.Key(_t.Tokens[k]) is not ("de" or "en") || !char.IsUpper(_t.Original(_t.Tokens[k + 1])[0])) return;
        var first = k + 1;
        var (length, match) = NameAt(first);
        var known = match?.Entry is { IsCity: true } entry ? entry : null;
        var last = known is null ? first : first + length - 1;
        var city = known?.Canonical ?? _t.Text[_t.Tokens[first].Start.._t.Tokens[last].End];
        Add(new TextSpan(_t.Tokens[head].Start, _t.Tokens[last].End), $"Cuerpo {char.ToUpperInvariant(corps[0])}{corps[1..].ToLowerInvariant()} de {city}", "embassy", null, 0.75, 1);
    }

    /// <summary>Whether the word at a token (or after an adjective of rank) is an institution's head noun.</summary>
    private bool OpensWithHead(int start)
    {
        var head = _t.Key(_t.Tokens[start]).ToString();
        if (SpanishCues.RankAdjectives.Contains(head) && start + 1 < _t.Tokens.Length) head = _t.Key(_t.Tokens[start + 1]).ToString();
        return SpanishCues.OrganisationHeads.ContainsKey(head) || SpanishCues.GovernmentUnitHeads.Contains(head) || SpanishCues.CityGovernmentHeads.Contains(head);
    }

    /// <summary>Words in lower case in brackets after a name that say how, where or when something was held, folded: no acronyms.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAcronyms = new HashSet<string>(StringComparer.Ordinal)
        {
            "virtual", "presencial", "hibrido", "hibrida", "online", "remoto", "remota", "semipresencial", "gratuito", "gratuita",
            "durante", "desde", "hasta", "entre", "hacia", "antes", "despues", "aprox",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
        }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An acronym written in mixed case in brackets ("(Udelar)", "(UdeG)"): one capitalised word of three to eight letters with a
    /// lower-case one, closing the bracket, and not a city's or a country's name ("(Italia)", "(Bolonia)").
    /// </summary>
    private bool IsMixedCaseAcronym(int token)
    {
        var tok = _t.Tokens[token];
        var o = _t.Original(tok);
        if (o.Length is < 3 or > 10 || !char.IsUpper(o[0]) || !HasLower(o) || IsAllUpper(o)) return false;
        foreach (var c in o) if (!char.IsLetter(c)) return false;
        if (tok.End >= _t.Text.Length || _t.Text[tok.End] != ')') return false;
        return NameAt(token).Value is null && CountryAt(token).Length == 0;
    }

    /// <summary>
    /// Whether a mixed-case acronym is the beginnings of the name's words in order ("Udelar": Universidad, de, la, República; "UdeG":
    /// Universidad, de, Guadalajara), from its first word and over two words at least; "(Cerro)" after "Centro Cultural Comunitario" is not.
    /// </summary>
    private bool SyllablesSpell(int from, int to, string acronym)
    {
        var a = FoldedText.FoldString(acronym.ToLowerInvariant());
        var words = new List<string>();
        for (var k = from; k <= to; k++) words.Add(_t.Key(_t.Tokens[k]).ToString());
        bool Spell(int at, int word, int used)
        {
            if (at == a.Length) return used >= 2;
            if (word >= words.Count) return false;
            var w = words[word];
            for (var n = Math.Min(w.Length, a.Length - at); n >= 1; n--)
                if (string.CompareOrdinal(w, 0, a, at, n) == 0 && Spell(at + n, word + 1, used + 1)) return true;
            // A word the acronym leaves out; never the first.
            return word > 0 && Spell(at, word + 1, used);
        }

        return Spell(0, 0, 0);
    }

    /// <summary>The longest lower-case acronym taken without its initials spelling the name ("unired").</summary>
    private const int MaxLowerCaseAcronym = 6;

    /// <summary>
    /// "Red Chilena de Municipios ante el Cambio Climático (RedMuniCC)": the nearest capitalised word before a mixed-case acronym, within
    /// one name's reach and no punctuation between, from which its syllables spell it (lower-case words such as "ante" left out); else null.
    /// </summary>
    private int? SyllableNameBefore(int acronymToken, string acronym)
    {
        var end = acronymToken - 1;
        if (end < 0 || _t.Tokens[acronymToken].Start - _t.Tokens[end].End > 3) return null;
        var first = FoldedText.Fold(char.ToLowerInvariant(acronym[0]));
        for (var k = end; k >= 0 && end - k < MaxNameTokens; k--)
        {
            if (k < end && !GapAllowed(k + 1)) break;
            var o = _t.Original(_t.Tokens[k]);
            if (char.IsUpper(o[0]) && FoldedText.Fold(char.ToLowerInvariant(o[0])) == first && SyllablesSpell(k, end, acronym)) return k;
        }

        return null;
    }

    /// <summary>The last token of a place written after an acronym in its bracket ("(FES Uruguay)", "(ACI Medellín)"): a known city or country, up to the bracket.</summary>
    private int? PlaceAfterAcronym(int acronym, int close)
    {
        var k = acronym + 1;
        if (k >= _t.Tokens.Length || _t.Tokens[k].Start - _t.Tokens[acronym].End != 1 || _t.Text[_t.Tokens[acronym].End] != ' ') return null;
        var length = Math.Max(NameAt(k) is { Value.Entry.IsCity: true } city ? city.Length : 0, CountryAt(k).Length);
        if (length == 0) return null;
        var end = k + length - 1;
        return _t.Tokens[end].End == close ? end : null;
    }

    /// <summary>The token after an acronym in brackets when it is a second word of it ("(oru fogar)"): letters in the same case, one space apart, then the bracket's end.</summary>
    private int? SecondAcronymWord(int acronym)
    {
        var k = acronym + 1;
        if (k >= _t.Tokens.Length || _t.Tokens[k].Start - _t.Tokens[acronym].End != 1 || _t.Text[_t.Tokens[acronym].End] != ' ') return null;
        var a = _t.Original(_t.Tokens[acronym]);
        var b = _t.Original(_t.Tokens[k]);
        if (b.Length is < 2 or > 8) return null;
        if (!(IsAllUpper(a) && IsAllUpper(b)) && !(IsAllLower(a) && IsAllLower(b))) return null;
        foreach (var c in b) if (!char.IsLetter(c)) return null;
        if (Connectors.Contains(_t.Key(_t.Tokens[acronym])) || Connectors.Contains(_t.Key(_t.Tokens[k]))) return null;
        return _t.Tokens[k].End < _t.Text.Length && _t.Text[_t.Tokens[k].End] == ')' ? k : null;
    }

    /// <summary>The first token of the capitalised name ending just before the acronym's parenthesis, or null when there is none.</summary>
    private int? LongNameBefore(int acronymToken, string acronym)
    {
        var end = acronymToken - 1;
        if (end < 0) return null;
        var start = -1;
        var capitals = 0;
        // "Red Argentina de Municipios frente al Cambio Climático (RAMCC)": lower-case words inside a name, skipped by its acronym, are
        // walked over (at most two) and kept only where the initials then spell the acronym; otherwise the name starts after them.
        var cut = -1;
        var lowerWords = 0;
        for (var k = end; k >= 0 && end - k < MaxNameTokens; k--)
        {
            if (k < end && !GapAllowed(k + 1)) break;
            if (k == end && _t.Tokens[acronymToken].Start - _t.Tokens[k].End > 3) return null;
            var o = _t.Original(_t.Tokens[k]);
            var f = _t.Key(_t.Tokens[k]).ToString();
            if (char.IsUpper(o[0]) || char.IsDigit(o[0]))
            {
                start = k;
                capitals++;
            }
            else if (!SpanishCues.Connectors.Contains(f) && !(k < end && IsAllLower(o) && _lowerCaseAcronyms && o.Length <= 5 && _defined.ContainsKey(f)))
            {
                if (start < 0 || ++lowerWords > 2) break;
                if (cut < 0) cut = k;
            }
        }

        if (start < 0 || capitals == 0) return null;

        // The acronym's first letter is the first letter of the name's first word ("Consejo Latinoamericano de Ciencias Sociales (clacso)");
        // walking back may have taken words before the name ("Ciudad de México, Consejo …"), so drop them until the letters agree. Where
        // the initials of the capitalised words from one of those starts spell the acronym exactly, that start is the name's ("el
        // Ayuntamiento de Barcelona y por el Área Metropolitana de Barcelona (AMB)" is AMB from "Área", not from "Ayuntamiento").
        var first = char.ToLowerInvariant(acronym[0]);
        int? firstAgreeing = null;
        for (var k = start; k <= end; k++)
        {
            var o = _t.Original(_t.Tokens[k]);
            if (!char.IsUpper(o[0]) || FoldedText.Fold(o[0]) != first) continue;
            if (k > cut) firstAgreeing ??= k;
            if (InitialsSpell(k, end, acronym)) return k;
        }

        return firstAgreeing;
    }

    /// <summary>
    /// "Agencia de Naciones Unidas para los Refugiados de Palestina (UNRWA)", "Oficina de las Naciones Unidas contra la Droga y el
    /// Delito (UNODC)": an acronym from another language whose letters the name does not spell still names the institution right
    /// before it, when that name opens with a Spanish institution's head noun, names no other, and runs to the bracket in capitalised
    /// words and connectors.
    /// </summary>
    private int? InstitutionNameBefore(int acronymToken)
    {
        var end = acronymToken - 1;
        if (end < 0 || _t.Tokens[acronymToken].Start - _t.Tokens[end].End > 3) return null;
        int? head = null;
        for (var k = end; k >= 0 && end - k < MaxHeadNameTokens; k--)
        {
            if (k < end && !GapAllowed(k + 1)) break;
            var o = _t.Original(_t.Tokens[k]);
            var f = _t.Key(_t.Tokens[k]);
            // "la Defensoría del Pueblo y del Servicio Nacional de Áreas Naturales Protegidas (SERNANP)": "y del" before any head joins
            // two names; the acronym's own has no head the rules know.
            if (head is null && f is "y" or "e" && k + 1 <= end && _t.Key(_t.Tokens[k + 1]) is "del" or "de") return null;
            // "… Fundación FEMSA y la Comisión Nacional Forestal (CONAFOR)": right before the head (an article aside), a comma or "y"
            // ends the name; further back a second head still leaves the acronym unread.
            if (head is not null && OnlyArticlesBetween(k + 1, head.Value) && (f is "y" or "e" || Gap(k).Contains(','))) break;
            if (char.IsUpper(o[0]))
            {
                // One institution only: a second head ("Oficina … de la Embajada de los Estados Unidos … (INL)") leaves the acronym unread.
                if ((OrganisationHeads.ContainsKey(f) || UnitHeads.Contains(f)) && !SpanishCues.EnglishHeads.ContainsKey(f.ToString()))
                {
                    if (head is not null) return null;
                    head = k;
                }

                continue;
            }

            // "Asociación Colombiana de Industriales del Calzado, el Cuero y sus Manufacturas (ACICAM)"; "Universidade de Trás-os-Montes
            // e Alto Douro (UTAD)": a lower-case word hyphened into a place's name.
            if (!Connectors.Contains(f) && f is not ("su" or "sus") && !(k > 0 && Gap(k - 1) is "-" && Gap(k) is "-")) break;
        }

        return head;
    }

    /// <summary>
    /// Whether the initials of the capitalised words from <paramref name="from"/> to <paramref name="to"/> are the acronym's letters, in
    /// order; with <paramref name="allButConnectors"/>, of every word but the connectors ("DE" in a name set in capitals too).
    /// </summary>
    /// <summary>"Centro de Desarrollo Municipal de Asunción": a name holding a city or a country other than the reporting body's is another's.</summary>
    private bool NamesAnotherPlace(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (NameAt(k) is { Value.Entry: { IsCity: true } city } && !IsOwn(city.Canonical) && city.Canonical != HomeCity) return true;
            if (CountryAt(k).Value?.Country is { } country && country.Iso != _country) return true;
        }

        return false;
    }

    private bool OnlyArticlesBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!(_t.Key(_t.Tokens[k]) is "la" or "el" or "los" or "las")) return false;
        return true;
    }

    private bool InitialsSpell(int from, int to, string acronym, bool allButConnectors = false)
    {
        var n = 0;
        for (var k = from; k <= to; k++)
        {
            var o = _t.Original(_t.Tokens[k]);
            if (allButConnectors ? Connectors.Contains(_t.Key(_t.Tokens[k])) : !char.IsUpper(o[0])) continue;
            if (n >= acronym.Length || FoldedText.Fold(o[0]) != char.ToLowerInvariant(acronym[n])) return false;
            n++;
        }

        return n == acronym.Length;
    }

    // ---- head-noun names ------------------------------------------------------------------------------------

    private void FindHeadNounNames()
    {
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var o = _t.Original(_t.Tokens[i]);
            if (!char.IsUpper(o[0])) continue;
            // "Cuerpo Consular de Valparaíso": a body only with its city, so not a head noun that starts names everywhere.
            if (_t.Key(_t.Tokens[i]).SequenceEqual("cuerpo"))
            {
                AccreditedCorps(i);
                continue;
            }

            if (!IsHeadNoun(_t.Key(_t.Tokens[i]))) continue;
            var head = _t.Key(_t.Tokens[i]).ToString();

            // "Secretaria" without the accent is a person ("la Secretaria de Estado"); "Secretaría" is the office.
            if (head is "secretaria" or "subsecretaria" && !o.Contains('í')) continue;
            // "en el Salón de Cabildo del Palacio Municipal", "la Sala de Consejo": a room named for a body is a venue.
            if (i >= 2 && _t.Key(_t.Tokens[i - 1]) is "de" or "del" && _t.Key(_t.Tokens[i - 2]) is "salon" or "sala" or "auditorio" or "patio" or "recinto") continue;
            // "Xunta de Goberno Local": a Galician council's own executive board (the "Junta de Gobierno Local"), not the Xunta de Galicia.
            if (head == "xunta" && i + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[i + 1]) is "de" && _t.Key(_t.Tokens[i + 2]) is "goberno") continue;
            // "Câmara Municipal do Porto": a Portuguese city's government (a "Cámara de Comercio" is a company).
            // (Mozambique's "Conselho Municipal da Cidade de Inhambane" too.)
            var isCityGovernment = SpanishCues.CityGovernmentHeads.Contains(head) || (head is "camara" or "conselho" && i + 1 < _t.Tokens.Length && _t.Key(_t.Tokens[i + 1]) is "municipal");
            var isOrg = SpanishCues.OrganisationHeads.TryGetValue(head, out var type);
            var isUnit = SpanishCues.GovernmentUnitHeads.Contains(head);
            if (!isOrg && !isUnit && !isCityGovernment) continue;

            // "Gabriela Cámara Bargellini": a head noun right after a capitalised word inside a sentence is part of a person's name.
            // A cell that opens with the acronym before the long name ("AESCO AGENCIA DE COOPERACIÓN …", "ALAMYS ASOCIACIÓN …") names one body: the acronym is its canonical name.
            var cellAcronym = i > 0 && IsCellAcronym(i - 1, i);
            // (Not across the lines of a list the cleaner joined: "Presidencia" / "Municipalidad Provincial del Cusco".)
            if (i > 0 && !cellAcronym && GapAllowed(i) && !Gap(i - 1).Contains(',') && char.IsUpper(_t.Original(_t.Tokens[i - 1])[0]) && !IsSentenceStart(_t.Tokens[i - 1].Start) &&
                !_input.Document.Clean.Map.StartsLine(_t.Tokens[i].Start) &&
                !SpanishCues.NameAdjectives.Contains(_t.Key(_t.Tokens[i - 1]).ToString())) continue;
            var end = ExtendName(i);
            // "Municipalidad Provincial del Cusco" / "Tesorería" / "Alcaldía de Manizales": a list's lines the cleaner joined; a line
            // opening with a head noun after one ending on a capitalised word names another body ("… de la" / "Coordinación Nacional …"
            // goes on).
            for (var j = i + 2; j <= end; j++)
                if (_input.Document.Clean.Map.StartsLine(_t.Tokens[j].Start) && char.IsUpper(_t.Original(_t.Tokens[j])[0]) && IsHeadNoun(_t.Key(_t.Tokens[j]))
                    && char.IsUpper(_t.Original(_t.Tokens[j - 1])[0])) { end = j - 1; break; }
            if (end == i) continue;
            // "para una Sociedad Resiliente Frente a Desastres", "crear un Fondo Verde": after an indefinite article the words name a
            // kind of body or a goal, not one body.
            if (i > 0 && _t.Key(_t.Tokens[i - 1]) is "un" or "una" or "unos" or "unas" && IsAllLower(_t.Original(_t.Tokens[i - 1]))) { i = end; continue; }

            // "Academia de Policía de la Policía Nacional de Ecuador": the name inside is the institution; "72 Aniversario de la Fundación de la
            // República Popular China": the founding of a state, not a foundation.
            if (RepeatsHead(i, end, head) || (head == "fundacion" && IsFoundingOfAState(i + 1, end))) continue;

            // "Organización y Funciones del IFARHU", "Sociedad y Mercado Laboral": a head noun coordinated with another noun is a topic;
            // "Organismo Internacional", "Agencia Nacional": a head with only generic adjectives names a kind of body, not one.
            // "Clúster Clúster Clúster Agroalimentario Metalmecánico …": a head repeated word after word is a table's row of column heads.
            if (_t.Key(_t.Tokens[i + 1]) is "y" or "e" or "o" or "u" || OnlyGenericWords(i + 1, end) || _t.Key(_t.Tokens[i + 1]).SequenceEqual(head)) { i = end; continue; }
            if (head == "grupo" && _t.Key(_t.Tokens[i + 1]).SequenceEqual("de") && _t.Key(_t.Tokens[Math.Min(i + 2, end)]).SequenceEqual("trabajo")) { i = end; continue; }
            // A refused centre is skipped, but an organisation after "en" inside the run is read ("Centro de Innovación de Bloomberg en la
            // Universidad Johns Hopkins"); "Fuente: Dirección de Centro Histórico del Municipio de Torreón" names no partner.
            if (head == "centro" && !IsInstitutionCentre(i, end)) { if (!HasConnector(i, end, "en")) i = end; continue; }
            if (head == "bolsa" && !(i + 2 <= end && _t.Key(_t.Tokens[i + 1]) is "de" && _t.Key(_t.Tokens[i + 2]) is "comercio" or "valores")) { i = end; continue; }
            if (head == "corte" && !IsCourt(i, end)) { i = end; continue; }
            if (head == "coordinadora" && !NamesMembers(i, end)) { i = end; continue; }
            // "Città Metropolitana di Torino", "Métropole de Lyon": a metropolitan government is a body of its own, named as written (as
            // "Brest Métropole" is), not the city.
            if (head is "metropole" || (head is "citta" && _t.Key(_t.Tokens[i + 1]) is "metropolitana"))
            {
                var metropolitan = new TextSpan(_t.Tokens[i].Start, _t.Tokens[end].End);
                if (!IsOwn(_t.Text.Substring(metropolitan.Start, metropolitan.Length))) Add(metropolitan, _t.Text.Substring(metropolitan.Start, metropolitan.Length), "government", null, 0.75, 1);
                i = end;
                continue;
            }

            if (isCityGovernment) { CityGovernment(i, end); i = end; continue; }

            // "Suprema Corte de Justicia", "Real Academia Española": a capitalised adjective before the head opens the name.
            var opens = i > 0 && GapAllowed(i) && char.IsUpper(_t.Original(_t.Tokens[i - 1])[0]) && _t.Key(_t.Tokens[i - 1]) is not ("la" or "el" or "the")
                        && SpanishCues.NameAdjectives.Contains(_t.Key(_t.Tokens[i - 1]).ToString()) ? i - 1 : i;
            var span = new TextSpan(_t.Tokens[opens].Start, _t.Tokens[end].End);
            var name = _t.Text.Substring(span.Start, span.Length);

            // A gazetteer organisation inside the name is the organisation meant ("Oficina de la Unesco en México" → UNESCO); a network
            // named for the body that runs it is the network ("Red de Ciudades Creativas de la UNESCO").
            if (GazetteerOrganisationIn(i, end) is { } inner)
            {
                if (type == "network" && inner > i + 2 && _t.Key(_t.Tokens[inner - 1]) is "la" or "el" or "del" && !IsOwn(name, name))
                    Add(span, TitleCase(name), type, null, 0.8, 1);
                i = end;
                continue;
            }

            if (head is "embajada" or "consulado")
            {
                // The name ends with the country: "Embajada de Arabia Saudita Apoyo para …" is a list item running into the next.
                var c = CountryIn(i + 1, end, out var countryEnd);
                var general = _t.Key(_t.Tokens[i + 1]).SequenceEqual("general");
                if (c is not null && c.Iso != _country)
                {
                    var written = AsWritten(c, CountryStart(countryEnd));
                    // "el Consulado Honorario de Italia en Guadalajara": an honorary consulate named so keeps the word ("el cónsul honorario de
                    // …" names the consulate as any consul does).
                    var consulate = written.Consulate(general, honorary: _t.Key(_t.Tokens[i + 1]).SequenceEqual("honorario"));
                    Add(new TextSpan(span.Start, _t.Tokens[countryEnd].End), head == "consulado" ? WithPost(consulate, countryEnd) : written.Embassy,
                        "embassy", c.Iso, 0.85, 1);
                }
                // "la Embajada de Colombia en Corea" in a Colombian report: the country's own mission abroad, named by where it sits.
                else if (c is not null && head == "embajada" && HostCountryAfter(countryEnd) is var (hostEnd, host))
                    Add(new TextSpan(span.Start, _t.Tokens[hostEnd].End), $"{c.Embassy} en {host}", "embassy", c.Iso, 0.8, 1);
                // "el Consulado General de México en San Antonio" in a Mexican report: the country's own consulate abroad, by its city.
                else if (c is not null && head == "consulado" && PostAfter(countryEnd) is var (cityEnd, city))
                    Add(new TextSpan(span.Start, _t.Tokens[cityEnd].End), InCity(c.Consulate(general), city), "embassy", c.Iso, 0.8, 1);
                i = end;
                continue;
            }

            if (IsOwn(name, name) || (isUnit && IsOwnUnit(i, end)) || (!_hasReportingBody && IsUnownedUnit(i, end))) { i = end; continue; }
            // "la Oficina Española de Cambio Climático del Ministerio para la Transición Ecológica …", "la Dirección General de … de la SRE":
            // a unit named with the organisation it belongs to stands for it; the organisation is read on its own. (A unit with an
            // acronym of its own, "… (OPDAT) del Departamento de Estado", is a body of its own.)
            if (isUnit && BelongsToNamedOrganisation(end)) { i = end; continue; }
            if (cellAcronym)
            {
                var acronym = _t.Original(_t.Tokens[i - 1]).ToString();
                if (!IsOwn(acronym)) Add(new TextSpan(_t.Tokens[i - 1].Start, span.End), acronym, type ?? "other", null, 0.75, 1);
                i = end;
                continue;
            }

            Add(span, TitleCase(name), type ?? "government", null, 0.7, 2);
            i = end;
        }
    }

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeads = SpanishCues.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitHeads = SpanishCues.GovernmentUnitHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CityHeads = SpanishCues.CityGovernmentHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = SpanishCues.Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool HasConnector(int from, int to, string connector)
    {
        for (var k = from + 1; k <= to; k++)
            if (_t.Key(_t.Tokens[k]).SequenceEqual(connector)) return true;
        return false;
    }

    /// <summary>Whether a word of the name says it is made of bodies: "Coordinadora de ONGD de …", "Coordinadora de Organizaciones …".</summary>
    private bool NamesMembers(int head, int end)
    {
        for (var k = head + 1; k <= end; k++)
            if (SpanishCues.CollectiveMembers.Contains(_t.Key(_t.Tokens[k]).ToString())) return true;
        return false;
    }

    /// <summary>Whether the token is the second part of a place written with "y" ("León" in "Castilla y León").</summary>
    private bool EndsACompoundPlace(int token)
    {
        if (token < 2 || !_t.Key(_t.Tokens[token - 1]).SequenceEqual("y")) return false;
        for (var from = token - 2; from >= 0 && from >= token - 3; from--)
        {
            var words = string.Join(' ', Enumerable.Range(from, token - from + 1).Select(k => _t.Key(_t.Tokens[k]).ToString()));
            if (SpanishCues.CompoundPlaces.Contains(words)) return true;
        }

        return false;
    }

    /// <summary>"Suprema Corte de Justicia", "Corte Interamericana de Derechos Humanos", "Corte de Cuentas": a court; "Corte de Listón Inaugural" is a ribbon cut.</summary>
    private bool IsCourt(int head, int end)
    {
        if (head > 0 && _t.Key(_t.Tokens[head - 1]) is "suprema" or "supremo") return true;
        if (head + 1 > end) return false;
        var next = _t.Key(_t.Tokens[head + 1]);
        if (next is "interamericana" or "internacional" or "constitucional" or "suprema" or "penal" or "europea" or "africana" or "permanente" or "nacional" or "superior")
            return true;
        return next is "de" && head + 2 <= end && _t.Key(_t.Tokens[head + 2]) is "justicia" or "apelaciones" or "cuentas" or "arbitraje" or "casacion";
    }

    /// <summary>
    /// "el Centro Cultural Coreano", "el Centro de Estudios sobre la Enseñanza …": a centre named by what it does or whom it serves
    /// (<see cref="SpanishCues.InstitutionCentreWords"/>), not a venue the activity took place in ("en el Centro Cultural de España",
    /// "Lugar: Centro Cultural España").
    /// </summary>
    private bool IsInstitutionCentre(int head, int end)
    {
        var k = head + 1;
        if (k < end && _t.Key(_t.Tokens[k]) is "de" or "del") k++;
        if (!SpanishCues.InstitutionCentreWords.Contains(_t.Key(_t.Tokens[k]).ToString())) return false;
        // A venue: "en el Centro …", "Lugar: Centro …", "en el auditorio del Centro …", "en la sala principal del Centro …".
        for (var back = head - 1; back >= 0 && back >= head - 4; back--)
        {
            // "en el Centro …" (not "en colaboración con el Centro …"): "en" right before the centre's article.
            if (_t.Key(_t.Tokens[back]) is "en" && back >= head - 2) return false;
            if (_t.Key(_t.Tokens[back]) is "lugar" or "sede" or "auditorio" or "sala" or "salon" or "instalaciones" or "explanada" or "patio" or "recinto" or "teatro")
                return false;
            if (_t.Text.AsSpan(_t.Tokens[back].End, _t.Tokens[back + 1].Start - _t.Tokens[back].End).IndexOfAny(".,;:") >= 0) break; // the clause begins after it
        }

        return true;
    }

    private static readonly HashSet<string> GenericAdjectives = new(StringComparer.Ordinal)
    {
        "internacional", "internacionales", "nacional", "nacionales", "regional", "regionales", "local", "locales", "mundial", "multilateral",
        "privado", "privada", "cooperante", "aliado", "general", "generales", "civil", "civiles", "y", "o", "u", "e", "de", "del", "la", "el", "los", "las",
    };

    private bool OnlyGenericWords(int from, int to)
    {
        for (var k = from; k <= to; k++)
            if (!GenericAdjectives.Contains(_t.Key(_t.Tokens[k]).ToString())) return false;
        return true;
    }

    private static bool IsHeadNoun(ReadOnlySpan<char> folded) =>
        folded.Length >= 3 && (OrganisationHeads.ContainsKey(folded) || UnitHeads.Contains(folded) || CityHeads.Contains(folded));

    /// <summary>
    /// "Fundación Proantioquia" / "Gobiernos extranjeros y cooperación descentralizada": a line the cleaner joined to a name's line, which
    /// opens with a capitalised word and goes on in lower case, is a heading or a sentence, not the name's last words. (A name wrapped
    /// after a connector, "Universidad Nacional de" / "Colombia sede Medellín", goes on.)
    /// </summary>
    private bool OpensLineOfProse(int k)
    {
        if (k < 1 || k + 1 >= _t.Tokens.Length || !_input.Document.Clean.Map.StartsLine(_t.Tokens[k].Start)) return false;
        var before = _t.Original(_t.Tokens[k - 1]);
        var next = _t.Original(_t.Tokens[k + 1]);
        return char.IsUpper(before[0]) && !Connectors.Contains(_t.Key(_t.Tokens[k - 1])) && Gap(k) is " "
               && char.IsLower(next[0]) && !Connectors.Contains(_t.Key(_t.Tokens[k + 1])) && !_input.Document.Clean.Map.StartsLine(_t.Tokens[k + 1].Start);
    }

    /// <summary>
    /// "Socio: Consejo Regional de Tánger-Tetuán-Alhucemas" / "Financia: AACID", "… a través de la Federación Valenciana de Municipios y
    /// Provincias" / "Reunión de coordinación con la FVMP: 4 nov.": a line the cleaner joined to a name's line that opens with a label and
    /// its colon, or with an activity's noun, is a slide's next field or item, not the name's last word (a name wrapped after a
    /// connector goes on).
    /// </summary>
    private bool OpensLineOfAnotherItem(int k)
    {
        if (k < 1 || !_input.Document.Clean.Map.StartsLine(_t.Tokens[k].Start) || Connectors.Contains(_t.Key(_t.Tokens[k - 1]))) return false;
        var end = _t.Tokens[k].End;
        return (end < _t.Text.Length && _t.Text[end] == ':') || ActivityNouns.IsStrong(_t.Key(_t.Tokens[k]));
    }

    /// <summary>The last token of a name that starts at a head noun: capitalised words and the connectors between them, no further than a place after "en".</summary>
    private int ExtendName(int head)
    {
        var last = head;
        var lastCapital = head;
        for (var k = head + 1; k < _t.Tokens.Length && k - head < MaxHeadNameTokens; k++)
        {
            if (!GapAllowed(k)) break;
            if (_t.Text.AsSpan(_t.Tokens[k - 1].End, _t.Tokens[k].Start - _t.Tokens[k - 1].End).Contains(',') && !SeriesInComplement(head, k)) break;
            var o = _t.Original(_t.Tokens[k]);
            var f = _t.Key(_t.Tokens[k]);
            // "Secretaría Técnica de la Red de Ciudades Andinas Av. Amazonas N32-…": an address after the name is not part of it; "la
            // Fundación Calle Abierta", "la Asociación de Comerciantes de la Avenida Corrientes" name a street inside the name.
            if (IsAddressAt(k)) break;
            // "La Red en cifras", "LA RED EN EL MUNDO": a head noun followed by "en" is a heading about the body, not a name; "la Red
            // en Defensa de la Humanidad" goes on to a complement.
            if (f.SequenceEqual("en") && k == head + 1 && !ComplementAfterEn(k)) break;
            // "la Asociación Pop No'j en Alta Verapaz": after the name's proper words, "en" and a capitalised word with no complement
            // says where the body works.
            // A name in capitals ("OFICINA DE QUEBEC EN BOGOTÁ") and a field after "en" ("… Latinoamericanas en Seguridad Urbana") go on.
            // ("Ville du Puy-en-Velay": "en" between hyphens is inside a place's name.)
            if (f.SequenceEqual("en") && k > head + 1 && k + 1 < _t.Tokens.Length && char.IsUpper(_t.Original(_t.Tokens[k - 1])[0])
                && !IsAllUpper(_t.Original(_t.Tokens[k - 1])) && !Connectors.Contains(_t.Key(_t.Tokens[k - 1])) && !ComplementAfterEn(k)
                && !IsPolicyDomain(k + 1) && !(Gap(k - 1) is "-" && Gap(k) is "-")) break;
            // "con el Gobierno Regional del Cusco el 12 de marzo": a date after the name is when, not a word of it.
            if (InDate(k)) break;
            // "Asociación Toledo con Guatemala", "Comité de Solidaridad con Nicaragua": a solidarity body named for the country it stands with.
            if (f.SequenceEqual("con") && k + 1 < _t.Tokens.Length && _t.Key(_t.Tokens[head]) is "asociacion" or "comite" or "coordinadora" or "plataforma"
                && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0]) && CountryAt(k + 1) is { Length: > 0 } country && Gap(k) is " ")
            {
                last = lastCapital = k + country.Length;
                break;
            }
            if (char.IsUpper(o[0]) || (char.IsDigit(o[0]) && k > head + 1))
            {
                // "Ministerio de Educación CSIRT: Equipo …", "Dirección General de Contrataciones Públicas TE: Tribunal …": an acronym right
                // after a mixed-case name's last word, with no connector, is the next item of a list, not part of the name.
                if (IsTrailingAcronym(head, k)) break;
                if (OpensLineOfProse(k) || OpensLineOfAnotherItem(k)) break;
                // "Fundación Vicente Ferrer" / "85.000 € · India": a figure opening the next line the cleaner joined is no word of the name.
                if (char.IsDigit(o[0]) && _input.Document.Clean.Map.StartsLine(_t.Tokens[k].Start)) break;
                last = lastCapital = k;
                continue;
            }

            if (Connectors.Contains(f))
            {
                // "con la Diputación Foral de Bizkaia sobre el Plan de Cooperación": a government's or a ministry's name ends at its
                // place or field; what follows "sobre", "para" or "contra" is the subject of the activity.
                if (f is "sobre" or "para" or "contra" && k > head + 2 && char.IsUpper(_t.Original(_t.Tokens[k - 1])[0])
                    && (IsGovernmentHead(head) || _t.Key(_t.Tokens[head]) is "universidad")) break;
                // "la Universidad de Burdeos para 2024": a year after "para" is when, not a word of the name.
                if (f is "para" && k + 1 < _t.Tokens.Length && char.IsAsciiDigit(_t.Original(_t.Tokens[k + 1])[0])) break;
                // "la adhesión de la Diputación a la Red de Entidades Locales": "a" right after a bare head names where it goes, not the body.
                if (f is "a" or "al" && k == head + 1) break;
                // "una aportación anual de la Diputación de 18.000 euros": a figure after "de" is a sum, not a word of the name.
                if (f is "de" or "del" && k + 1 < _t.Tokens.Length && char.IsDigit(_t.Original(_t.Tokens[k + 1])[0]) && _t.Tokens[k + 1].Length < 4) break;
                // "… de Rosario y la Fundación …", "… de Madrid e ISGlobal": a coordinated second institution starts a new name;
                // "Ministerio de Salud de la Nación y del Boletín Oficial": "y del" adds a second complement, not a word of the name.
                // "la Universidad Nacional de Trujillo y Sedalib": a name closed by its city goes on no further; a capitalised word after
                // "y" is another body.
                if (f is "y" or "e" && k > head + 2 && CityEndsAt(k - 1) && k + 1 < _t.Tokens.Length && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0])
                    && !IsAllUpper(_t.Original(_t.Tokens[k - 1])) && !EndsACompoundPlace(k + 1)) break;
                // "la Universidad EAFIT y Comfama": a head named by an acronym right after it is a whole name; a capitalised word after
                // "y" is another body.
                if (f is "y" or "e" && k == head + 2 && _t.Tokens[k - 1].Length >= 2 && IsAllUpper(_t.Original(_t.Tokens[k - 1]))
                    && k + 1 < _t.Tokens.Length && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0])) break;
                // "el Clúster Aeroespacial de Querétaro y la UAQ", "… de Querétaro y la Fundación …": after a name closed by its city, or
                // before an acronym, "y" and an article open another body.
                if (f is "y" or "e" && k + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[k + 1]) is "el" or "la" or "los" or "las" && char.IsUpper(_t.Original(_t.Tokens[k + 2])[0])
                    && ((k > head + 2 && CityEndsAt(k - 1)) || (_t.Tokens[k + 2].Length >= 2 && IsAllUpper(_t.Original(_t.Tokens[k + 2]))))) break;
                // "la Asociación Pop No'j y a la Fundación Vicente Ferrer", "por la Alcaldía de Medellín y por la Gobernación de Antioquia": "y"
                // and a preposition before another body's name.
                if (f is "y" or "e" && k + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[k + 1]) is "a" or "al" or "de" or "del" or "con" or "por" or "para" && StartsAnotherName(k + 2)) break;
                if (f is "y" or "e" && (StartsAnotherName(k + 1) || (k + 1 < _t.Tokens.Length && _t.Key(_t.Tokens[k + 1]) is "del" or "de" && HasComplement(head, k)))) break;
                // "la Fundación Japón y el Faro Aragón": an article after "y" before any complement opens a second noun phrase; inside a
                // complement it goes on the name ("… para la Educación, la Ciencia y la Cultura").
                if (f is "y" or "e" && k + 1 < _t.Tokens.Length && _t.Key(_t.Tokens[k + 1]) is "el" or "la" or "los" or "las" && !HasComplement(head, k)) break;
                // "Oficina … de Justicia de la Embajada de los Estados Unidos": a unit's name ends where the organisation it belongs to
                // is named; that organisation is read on its own.
                // ("Secretaría Distrital de Planeación de la Alcaldía Mayor de Bogotá": so does a city's government.)
                if (f is "de" or "del" && UnitHeads.Contains(_t.Key(_t.Tokens[head])) && OrganisationAfter(k + 1, cityGovernments: true)) break;
                // "… en México": a place after "en" is where the office sits, not part of its name.
                if (f.SequenceEqual("en") && k + 1 < _t.Tokens.Length && IsPlaceOrOrganisationAfter(k + 1)) break;
                last = k;
                continue;
            }

            break;
        }

        return lastCapital;
    }

    private List<TextSpan>? _dateSpans;

    /// <summary>Whether the token lies inside a date the date extractor found ("12 de marzo de 2023", "marzo").</summary>
    private bool InDate(int token)
    {
        _dateSpans ??= _input.Earlier.Where(m => m.Kind == MentionKind.Date).Select(m => m.Span).OrderBy(s => s.Start).ToList();
        var tok = _t.Tokens[token];
        int lo = 0, hi = _dateSpans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_dateSpans[mid].End <= tok.Start) lo = mid + 1; else hi = mid;
        }

        if (lo < _dateSpans.Count && _dateSpans[lo].Start <= tok.Start && tok.End <= _dateSpans[lo].End) return true;
        // Read alone (no dates found before): a day of the month, "12 de marzo".
        return tok.Length <= 2 && char.IsAsciiDigit(_t.Text[tok.Start]) && token + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[token + 1]).SequenceEqual("de")
               && Profiling.SpanishCalendar.Month(_t.Key(_t.Tokens[token + 2]).ToString()) is not null;
    }

    private bool IsGovernmentHead(int head)
    {
        var f = _t.Key(_t.Tokens[head]);
        return CityHeads.Contains(f) || (OrganisationHeads.TryGetValue(f, out var type) && type is "government" or "ministry" or "embassy");
    }

    /// <summary>An address at the token: "Av." or "Avda." or "Jr." with their dot, or a street word followed by a number within three words.</summary>
    private bool IsAddressAt(int k)
    {
        var f = _t.Key(_t.Tokens[k]);
        if (f is "av" or "avda" or "jr") return _t.Tokens[k].End < _t.Text.Length && _t.Text[_t.Tokens[k].End] == '.';
        if (!(f is "avenida" or "calle" or "carrera" or "jiron")) return false;
        for (var j = k + 1; j < _t.Tokens.Length && j <= k + 3; j++)
            if (char.IsDigit(_t.Original(_t.Tokens[j])[0])) return true;
        return false;
    }

    /// <summary>"Red en Defensa de la Humanidad": after "en", a capitalised word (in a name not set in capitals) and then a complement.</summary>
    private bool ComplementAfterEn(int en)
    {
        if (IsAllUpper(_t.Original(_t.Tokens[en - 1])) || en + 3 >= _t.Tokens.Length || !char.IsUpper(_t.Original(_t.Tokens[en + 1])[0])) return false;
        for (var j = en + 2; j <= en + 3; j++)
            if (_t.Key(_t.Tokens[j]) is "de" or "del" or "para" && j + 1 < _t.Tokens.Length && (char.IsUpper(_t.Original(_t.Tokens[j + 1])[0])
                || (j + 2 < _t.Tokens.Length && _t.Key(_t.Tokens[j + 1]) is "la" or "los" or "las" or "el" && char.IsUpper(_t.Original(_t.Tokens[j + 2])[0])))) return true;
        return false;
    }

    /// <summary>Whether "de"/"del" and an organisation's name follow the name ending at <paramref name="end"/> on the same line.</summary>
    private bool BelongsToNamedOrganisation(int end) =>
        end + 2 < _t.Tokens.Length && Gap(end) is " " && _t.Key(_t.Tokens[end + 1]) is "de" or "del" && Gap(end + 1) is " "
        && (OrganisationAfter(end + 2, cityGovernments: true) || (_t.Key(_t.Tokens[end + 2]) is "la" or "el" && end + 3 < _t.Tokens.Length && IsKnownAcronym(_t.Original(_t.Tokens[end + 3]).ToString())));

    /// <summary>
    /// Whether an organisation's head noun that no government unit shares ("Embajada", "Ministerio", "Universidad") or, with
    /// <paramref name="cityGovernments"/>, a city government's ("Alcaldía") opens a name at token <paramref name="i"/>, after an article.
    /// </summary>
    private bool OrganisationAfter(int i, bool cityGovernments = false)
    {
        if (i < _t.Tokens.Length - 1 && _t.Key(_t.Tokens[i]) is "la" or "el" or "los" or "las") i++;
        if (i >= _t.Tokens.Length || !char.IsUpper(_t.Original(_t.Tokens[i])[0])) return false;
        var f = _t.Key(_t.Tokens[i]);
        return (OrganisationHeads.ContainsKey(f) && !UnitHeads.Contains(f)) || (cityGovernments && CityHeads.Contains(f));
    }

    private bool IsTrailingAcronym(int head, int k)
    {
        var o = _t.Original(_t.Tokens[k]);
        if (o.Length < 2 || !IsAllUpper(o) || IsRoman(o) || !char.IsLetter(o[0])) return false;
        var prev = _t.Original(_t.Tokens[k - 1]);
        if (k - 1 == head || IsAllUpper(prev) || Connectors.Contains(_t.Key(_t.Tokens[k - 1])) || !char.IsUpper(prev[0])) return false;
        return !IsAllUpper(_t.Original(_t.Tokens[head]));
    }

    /// <summary>
    /// "Ministerio de las Culturas, las Artes y el Patrimonio", "Ministerio de Agricultura, Ganadería y Pesca": after a comma inside a
    /// name's complement, capitalised words of policy domains (each maybe after an article) that close with "y" and one more are a
    /// series of the name's own; an item opening another organisation's name, a place, a country or any other word ends the name at
    /// the comma.
    /// </summary>
    private bool SeriesInComplement(int head, int k)
    {
        if (!HasComplement(head, k) || !char.IsUpper(_t.Original(_t.Tokens[k - 1])[0])) return false;
        for (var items = 0; items < 4 && k < _t.Tokens.Length; items++)
        {
            if (StartsAnotherName(k)) return false;
            if (_t.Key(_t.Tokens[k]) is "el" or "la" or "los" or "las") k++;
            if (k >= _t.Tokens.Length || !IsPolicyDomain(k) || IsCityAt(k) || CountryAt(k).Length > 0) return false;
            while (k + 1 < _t.Tokens.Length && Gap(k) is " " && IsPolicyDomain(k + 1)) k++;
            if (k + 1 >= _t.Tokens.Length) return false;
            var gap = Gap(k).Trim();
            if (gap is ",") { k++; continue; }
            if (gap.Length > 0 || _t.Key(_t.Tokens[k + 1]) is not ("y" or "e")) return false;
            var next = k + 2;
            if (next < _t.Tokens.Length && _t.Key(_t.Tokens[next]) is "el" or "la" or "los" or "las") next++;
            return next < _t.Tokens.Length && IsPolicyDomain(next) && !StartsAnotherName(k + 2) && !IsCityAt(next) && CountryAt(next).Length == 0;
        }

        return false;
    }

    /// <summary>A capitalised word of a policy domain ("Ganadería", "Artes"), not written in capitals as an acronym is.</summary>
    private bool IsPolicyDomain(int k) =>
        char.IsUpper(_t.Original(_t.Tokens[k])[0]) && !IsAllUpper(_t.Original(_t.Tokens[k])) && SpanishCues.PolicyDomains.Contains(_t.Key(_t.Tokens[k]).ToString());

    private bool HasComplement(int head, int k)
    {
        for (var j = head + 1; j < k; j++)
            if (_t.Key(_t.Tokens[j]) is "de" or "del") return true;
        return false;
    }

    private bool StartsAnotherName(int i)
    {
        while (i < _t.Tokens.Length - 1 && _t.Key(_t.Tokens[i]) is "el" or "la" or "los" or "las") i++;
        if (i >= _t.Tokens.Length || !char.IsUpper(_t.Original(_t.Tokens[i])[0])) return false;

        // "… el Ayuntamiento de Madrid e ISGlobal": an organisation the gazetteer knows is a second name.
        if (NameAt(i) is { Value.Entry.IsCity: false } m && CaseFits(m.Value!, i, m.Length)) return true;
        var f = _t.Key(_t.Tokens[i]).ToString();
        // "Diputació de València y FVMP": an acronym the document or the gazetteer knows is a second name.
        var o = _t.Original(_t.Tokens[i]);
        if (o.Length >= 2 && IsAllUpper(o) && IsKnownAcronym(o.ToString())) return true;
        return SpanishCues.OrganisationHeads.ContainsKey(f) || SpanishCues.GovernmentUnitHeads.Contains(f) || SpanishCues.CityGovernmentHeads.Contains(f);
    }

    private bool IsPlaceOrOrganisationAfter(int i)
    {
        while (i < _t.Tokens.Length - 1 && _t.Key(_t.Tokens[i]) is "el" or "la" or "los" or "las") i++;
        return CountryAt(i).Length > 0 || NameAt(i).Length > 0;
    }

    private bool IsCityAt(int i) => NameAt(i) is { Value.Entry.IsCity: true };

    /// <summary>Whether a city's name the gazetteer knows ends at the token.</summary>
    private bool CityEndsAt(int last)
    {
        for (var k = last; k >= 0 && k > last - 4; k--)
            if (NameAt(k) is { Value.Entry.IsCity: true, Length: var n } && k + n - 1 == last) return true;
        return false;
    }

    /// <summary>Where the first organisation the gazetteer knows starts inside the tokens, or null.</summary>
    private int? GazetteerOrganisationIn(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            var (len, m) = NameAt(k);
            // "Mancomunidad de Municipios Aymaras Sin Fronteras": a known name right after a capitalised word of the name, with no
            // connector between, ends this name; it is not the body the name belongs to ("Oficina de la Unesco en México").
            if (m?.Entry is { IsCity: false } && k + len - 1 <= to && CaseFits(m, k, len)
                && !(k > from && !m.IsAcronym && char.IsUpper(_t.Original(_t.Tokens[k - 1])[0]) && Gap(k - 1) is " " && !Connectors.Contains(_t.Key(_t.Tokens[k - 1])))) return k;
        }

        return null;
    }

    private Country? CountryIn(int from, int to) => CountryIn(from, to, out _);

    private Country? CountryIn(int from, int to, out int last)
    {
        last = -1;
        for (var k = from; k <= to; k++)
        {
            var (len, m) = CountryAt(k);
            if (m?.Country is { } c && k + len - 1 <= to)
            {
                last = k + len - 1;
                return c;
            }
        }

        return null;
    }

    /// <summary>An all-caps acronym opening a table cell or line right before an all-caps long name with the same first letter.</summary>
    private bool IsCellAcronym(int acronym, int head)
    {
        var a = _t.Tokens[acronym];
        var o = _t.Original(a);
        if (a.Length is < 3 or > 8 || !IsAllUpper(o) || !IsAllUpper(_t.Original(_t.Tokens[head])) || IsRoman(o)) return false;
        if (FoldedText.Fold(o[0]) != _t.Key(_t.Tokens[head])[0] || _t.Tokens[head].Start - a.End != 1) return false;
        var k = a.Start - 1;
        while (k >= 0 && _t.Text[k] == ' ') k--;
        return k < 0 || _t.Text[k] is '\t' or '\n' or '|';
    }

    private bool RepeatsHead(int head, int end, string key)
    {
        for (var k = head + 2; k <= end; k++)
            if (_t.Key(_t.Tokens[k]).SequenceEqual(key) && _t.Key(_t.Tokens[k - 1]) is "la" or "el" or "de" or "del") return true;
        return false;
    }

    private bool IsFoundingOfAState(int from, int end)
    {
        var k = from;
        while (k <= end && _t.Key(_t.Tokens[k]) is "de" or "del" or "la" or "el") k++;
        if (k == from || k > end) return false;
        return _t.Key(_t.Tokens[k]).SequenceEqual("republica") || _t.Key(_t.Tokens[k]).SequenceEqual("estado") || CountryAt(k).Length > 0;
    }

    /// <summary>A unit of a government is the reporting government's own unless its name ties it to another country, city or state.</summary>
    /// <summary>
    /// Heads of bodies a network or an agency reporting does not have as units, folded: an institute, an agency, an office, a fund
    /// ("Instituto para la Diversificación y Ahorro de la Energía (IDAE)"); its directorates and secretariats are its own.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnOnlyForCities = new HashSet<string>(StringComparer.Ordinal)
        { "instituto", "agencia", "oficina", "fondo" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make an office or an agency a city's: "Instituto Municipal de Deportes", "Agencia Distrital …".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MunicipalScope = new HashSet<string>(StringComparer.Ordinal)
        { "municipal", "municipales", "distrital", "metropolitano", "metropolitana", "comunal", "departamental", "local" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Folded adjectives of Spain's autonomous communities: a unit named with one right after its head is the region's, not a city's.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionalAdjectives = new HashSet<string>(StringComparer.Ordinal)
    {
        "andaluz", "andaluza", "aragones", "aragonesa", "asturiano", "asturiana", "balear", "canario", "canaria", "cantabro", "cantabra",
        "castellano", "castellana", "catalan", "catalana", "extremeno", "extremena", "gallego", "gallega", "riojano", "riojana", "madrileno",
        "madrilena", "murciano", "murciana", "navarro", "navarra", "vasco", "vasca", "valenciano", "valenciana",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Folded words that open a place's name and never end one: "São", "San", "Santa", "Saint", "Villa", "Puerto".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamePrefixes = new HashSet<string>(StringComparer.Ordinal)
        { "sao", "san", "santa", "santo", "sant", "saint", "sainte", "villa", "vila", "puerto", "nueva", "nuevo" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of a national or wider scope, folded, that make an office or an agency another government's.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WiderScope = new HashSet<string>(StringComparer.Ordinal)
        { "nacional", "nacionales", "federal", "interamericano", "interamericana", "internacional", "iberoamericano", "iberoamericana", "olimpico", "paralimpico" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private string? _homeCity;
    private bool _homeCityKnown;

    /// <summary>
    /// The city the document is about when its text says so by weight: the known city it names at least five times and at least
    /// half as often again as any other, in a document that does not name its reporting body (a study, a diagnosis), unless the
    /// document is a network's, whose member cities recur as its partners. A planning institute's report on Torreón names Torreón throughout; its "Instituto … de Torreón"
    /// is the author, not a partner.
    /// </summary>
    private string? HomeCity
    {
        get
        {
            if (_homeCityKnown) return _homeCity;
            _homeCityKnown = true;
            // A network's or an association's report names its member cities throughout: none of them is its home. A report whose
            // body names itself ("Diputación de Burgos", "Ayuntamiento de Gijón") has its home there; the city it names most is its
            // counterpart.
            if (_own.Any(IsNetworkName) || _input.Context.ReportingBody.Any(n => n.Contains(' '))) return null;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _t.Tokens.Length; i++)
            {
                var (len, m) = NameAt(i);
                if (m?.Entry is not { IsCity: true } e || !CaseFits(m, i, len)) continue;
                counts[e.Canonical] = counts.GetValueOrDefault(e.Canonical) + 1;
                i += len - 1;
            }

            var ranked = counts.OrderByDescending(c => c.Value).Take(2).ToList();
            if (ranked.Count > 0 && ranked[0].Value >= 5 && (ranked.Count == 1 || 2 * ranked[0].Value >= 3 * ranked[1].Value)) _homeCity = ranked[0].Key;
            return _homeCity;
        }
    }

    private bool IsNetworkName(string key)
    {
        var space = key.IndexOf(' ');
        var first = space < 0 ? key : key[..space];
        return first is "red" or "network" or "asociacion" or "federacion" or "union" or "alianza" or "coalicion" or "foro" or "consejo" or "liga"
               || _g.Resolve(key) is { Type: "network" };
    }

    private bool IsOwnUnit(int from, int to, bool followsName = false, bool definesAcronym = false)
    {
        if (!_hasReportingBody) return false;
        bool municipal = false, research = false;
        for (var k = from + 1; k <= to; k++)
        {
            if (followsName && IsSentenceBoundary(_t.Tokens[k - 1].End)) break;
            var f = _t.Key(_t.Tokens[k]);
            if (f.SequenceEqual("estado") && k + 1 <= to && _t.Key(_t.Tokens[k + 1]).SequenceEqual("de")) return false;
            // "Contraloría General de la República", "Fiscalía General de la Nación": the state's body, not the city's.
            if (_ownIsCity && f is "republica" or "nacion" && _t.Key(_t.Tokens[k - 1]).SequenceEqual("la")) return false;
            // "la Autoridad Nacional del Agua", "la Comisión Nacional Forestal" in a city's report: a national body; so is a port's
            // authority named after the city ("la Autoridad Portuaria de Las Palmas": the state's port, not the council's).
            if (k == from + 1 && _ownIsCity && f is "nacional" or "federal" or "portuaria") return false;
            // "el Consell Comarcal del Maresme": a county's council, another government than a city's or a province's.
            if (k == from + 1 && f is "comarcal") return false;
            // "la Agencia Asturiana de Cooperación al Desarrollo", "la Agencia Andaluza de Cooperación Internacional": a region's body.
            if (k == from + 1 && _ownIsCity && RegionalAdjectives.Contains(f)) return false;
            // "la Agencia Italiana para el Comercio Exterior" in a Mexican city's report: another nation's body, not the city's (a bare
            // "Agencia Alemana" before its acronym is read by the acronym).
            if (k == from + 1 && k < to && SpanishCues.DemonymCountries.TryGetValue(f.ToString(), out var nation) && nation != _country) return false;
            // "Instituto Nacional de la Juventud (INJU)", "Agencia Nacional de Desarrollo (ANDE)": a body of a wider scope, defining an
            // acronym of its own, is not the city's.
            if (definesAcronym && WiderScope.Contains(f)) return false;
            if (definesAcronym && MunicipalScope.Contains(f)) municipal = true;
            if (definesAcronym && ResearchWords.Contains(f)) research = true;
            var (clen, cm) = CountryAt(k);
            if (cm?.Country is { } c && k + clen - 1 <= to && c.Iso != _country) return false;
            var (len, m) = NameAt(k);
            if (m?.Entry is { IsCity: true } e && k + len - 1 <= to && !IsOwn(e.Canonical) && e.Canonical != HomeCity) return false;
        }

        // "Instituto para la Diversificación y Ahorro de la Energía (IDAE)" in a network's report: an institute, agency or office that
        // defines its acronym is the reporting body's own only where it says it is a city's ("Instituto Municipal de Deportes (IMD)")
        // or the body is a city's government.
        // "Instituto Politécnico de Viana do Castelo (IPVC)", "Instituto de Tecnología Cerámica (ITC)": a school or a research body
        // defining its acronym is not a council's office unless its name says it is the city's.
        if (research && !municipal) return false;
        return !definesAcronym || municipal || _ownIsCity || !OwnOnlyForCities.Contains(_t.Key(_t.Tokens[from]));
    }

    /// <summary>Folded words that make an institute a school's or a research body's: "Politécnico", "Tecnológico", "Tecnología", "Investigación(es)".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResearchWords = new HashSet<string>(StringComparer.Ordinal)
        { "politecnico", "tecnologico", "tecnologica", "tecnologia", "investigacion", "investigaciones", "ciencias", "cientifico", "cientifica" }
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "DIRECCIÓN DE DEPORTES", "Oficina de Licencias", "Coordinación de Museo Histórico" in a document whose reporting body is not
    /// known (an organigram, a statistics sheet): an office named by its subject alone belongs to whoever issued the document, not to
    /// a partner; one that names its country, city or organisation ("Dirección de Catastro de la Provincia de Buenos Aires") or a
    /// national or general scope ("Dirección Nacional de Migraciones") is a body of its own.
    /// </summary>
    private bool IsUnownedUnit(int head, int end)
    {
        if (_t.Key(_t.Tokens[head]) is not ("direccion" or "subdireccion" or "coordinacion" or "oficina" or "jefatura" or "gerencia" or "unidad" or "area" or "departamento")) return false;
        for (var k = head + 1; k <= end; k++)
        {
            if (WiderScope.Contains(_t.Key(_t.Tokens[k])) || _t.Key(_t.Tokens[k]) is "general" or "estado" or "provincia" or "gobierno" or "ministerio") return false;
            if (CountryAt(k).Value is not null || NameAt(k).Value is not null || IsAllUpper(_t.Original(_t.Tokens[k])) && IsKnownAcronym(_t.Original(_t.Tokens[k]).ToString())) return false;
        }

        return true;
    }

    /// <summary>"Alcaldía Mayor de Bogotá", "Intendencia de Montevideo", "Prefeitura de São Paulo": the city, as the gazetteer names it.</summary>
    private void CityGovernment(int head, int end)
    {
        // "Gobierno Regional La Libertad", "Gobierno Regional de Cusco", "Gobierno Autónomo Departamental de Tarija": a region's
        // government, known by its whole name.
        // "Gobernación del Valle del Cauca", "Prefectura de Aichi": a department's or a prefecture's government is known by its kind and
        // name, not by a city it may share a name with. ("Condado de Huelva" is as often a place as a government: it is left out.)
        if ((_t.Key(_t.Tokens[head]).SequenceEqual("gobierno") && IsRegionalGovernment(head, end))
            || (_t.Key(_t.Tokens[head]) is "gobernacion" or "prefectura" && head + 2 <= end && _t.Key(_t.Tokens[head + 1]) is "de" or "del"))
        {
            // "Gobierno Regional de La Libertad y Sedalib": the region's name ends before "y".
            for (var y = head + 2; y <= end; y++)
                if (_t.Key(_t.Tokens[y]) is "y" or "e" && !EndsACompoundPlace(y + 1)) { end = y - 1; break; }
            var whole = new TextSpan(_t.Tokens[head].Start, _t.Tokens[end].End);
            var written = _t.Text.Substring(whole.Start, whole.Length);
            var name = IsAllUpper(written) ? TitleCase(written) : written; // "La Libertad" keeps its article's capital
            if (!IsOwn(name, name)) Add(whole, name, "government", null, 0.8, 1);
            return;
        }

        var k = head + 1;
        // ("GAD Municipal del Cantón Cuenca": the canton before its name, not Cantón, the city.)
        while (k <= end && (SpanishCues.CityGovernmentQualifiers.Contains(_t.Key(_t.Tokens[k]).ToString()) || IsForeignDe(k))
               && (!IsCityAt(k) || (_t.Key(_t.Tokens[k]).SequenceEqual("canton") && k + 1 <= end && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0])))) k++;
        if (k > end || !char.IsUpper(_t.Original(_t.Tokens[k])[0])) return;

        // "Alcaldía de Campinas" names another city's government; "Alcaldía Iztapalapa" (no "de") is a borough of the reporting city.
        // ("Stadt Wien", "Gemeente Rotterdam": German and Dutch name the city right after the head; "… del Cantón Cuenca", after the canton.)
        if (!IsPrecededByDe(k) && !(k == head + 1 && _t.Key(_t.Tokens[head]) is "stadt" or "gemeente") && !_t.Key(_t.Tokens[k - 1]).SequenceEqual("canton")) return;
        // "Alcaldía de Manizales" / "Vocalías": a list's lines the cleaner joined; the city's name ends with its line. A line going on in
        // lower case ("Câmara Municipal de Viana" / "do Castelo") is a wrapped paragraph's.
        // A word that cannot end a name ("Câmara Municipal de São" / "João da Madeira") goes on over the line.
        for (var j = k + 1; j <= end; j++)
            if (_input.Document.Clean.Map.StartsLine(_t.Tokens[j].Start) && !IsAllLower(_t.Original(_t.Tokens[j])) && !NamePrefixes.Contains(_t.Key(_t.Tokens[j - 1]))) { end = j - 1; break; }
        var span = new TextSpan(_t.Tokens[head].Start, _t.Tokens[end].End);
        var (len, m) = NameAt(k);
        string canonical;
        string? country = null;
        if (m?.Entry is { IsCity: true } e && k == head + 2 && _t.Key(_t.Tokens[head]).SequenceEqual("gobierno") && _t.Key(_t.Tokens[head + 1]) is "de")
        {
            // "Gobierno de Santa Fe", "Gobierno de Canarias": a government named by its place alone governs a province or a state
            // that shares its capital's name; a city's says so ("Gobierno Municipal de …", "Gobierno de la Ciudad de …"). The
            // reporting city's "Gobierno de Zaragoza" is its own governing board.
            if (IsOwn(e.Canonical, _t.Text.Substring(span.Start, span.Length))) return;
            // It goes by the name as written: "Gobierno de Tucumán" is not the government of San Miguel de Tucumán.
            var place = _t.Text[_t.Tokens[k].Start.._t.Tokens[k + len - 1].End];
            (canonical, country) = ("Gobierno de " + (IsAllUpper(place) ? TitleCase(place) : place), e.Country);
            span = new TextSpan(span.Start, _t.Tokens[k + len - 1].End);
        }
        else if (m?.Entry is { IsCity: true } city)
        {
            (canonical, country) = (CityNamedLikeItsCountry(k, len, city.Canonical), city.Country);
            // "el Ayuntamiento de Barcelona y por el Área Metropolitana …": a known city ends the government's name.
            span = new TextSpan(span.Start, _t.Tokens[k + len - 1].End);
        }
        else if (_t.Key(_t.Tokens[head]).SequenceEqual("gobierno") && !HasConnector(head, k - 1, "municipal") && !HasConnector(head, k - 1, "popular"))
        {
            // "Gobierno de X" is a city's government only for a known city; countries and regions are read elsewhere. "Gobierno
            // Autónomo Municipal de Oruro" says it is one.
            return;
        }
        else
        {
            var nameEnd = BeforeTrailingCountry(k, end);
            while (nameEnd > k && _t.Key(_t.Tokens[nameEnd]) is "de" or "del" or "en") nameEnd--;
            if (nameEnd - k > 3) return;
            canonical = CityNamedLikeItsCountry(k, nameEnd - k + 1, TitleCase(_t.Text.Substring(_t.Tokens[k].Start, _t.Tokens[nameEnd].End - _t.Tokens[k].Start)));
            // "Ville du Havre", "Ville du Puy-en-Velay": French "du" is "de le", and the article belongs to the city's name.
            if (_t.Key(_t.Tokens[k - 1]) is "du") canonical = "Le " + canonical;
        }

        // "el Ayuntamiento de Málaga" in the Diputación de Málaga's report: a province's or a region's body shares its capital's name,
        // not its government.
        var named = _t.Text.Substring(span.Start, span.Length);
        if (_ownIsCity || !_hasReportingBody ? IsOwn(canonical, named) : IsOwn(named, named)) return;
        Add(span, canonical, "city", country, 0.85, 1);
    }

    /// <summary>
    /// A city's name as its government's partner name: "Ciudad de Guatemala", "Ciudad de Panamá" where the name written
    /// (<paramref name="length"/> tokens from <paramref name="first"/>) is also its country's ("Municipalidad de Guatemala", "Alcaldía
    /// de Panamá"), so that the city is not read as the country; else <paramref name="name"/>.
    /// </summary>
    private string CityNamedLikeItsCountry(int first, int length, string name) =>
        CountryAt(first).Length == length && !name.StartsWith("Ciudad de ", StringComparison.Ordinal) ? "Ciudad de " + TitleCase(_t.Text[_t.Tokens[first].Start.._t.Tokens[first + length - 1].End]) : name;

    /// <summary>Whether the name is "Gobierno Regional (de) X", "Gobierno Provincial de X" or "Gobierno (Autónomo) Departamental de X", X a short capitalised name.</summary>
    private bool IsRegionalGovernment(int head, int end)
    {
        var k = head + 1;
        if (k <= end && _t.Key(_t.Tokens[k]) is "autonomo") k++;
        if (k > end || !(_t.Key(_t.Tokens[k]) is "regional" or "departamental" or "provincial")) return false;
        k++;
        if (k <= end && _t.Key(_t.Tokens[k]) is "de" or "del") k++;
        var last = k;
        while (last < end && !(_t.Key(_t.Tokens[last + 1]) is "y" or "e")) last++;
        return k <= end && char.IsUpper(_t.Original(_t.Tokens[k])[0]) && last - k <= 3;
    }

    /// <summary>
    /// The last token of a city's name that runs from <paramref name="first"/> to <paramref name="last"/>: the country the city lies in,
    /// written after it, is not part of it ("Municipio de Umea, Suecia", "CIUDAD DE CHENGDU CHINA").
    /// </summary>
    private int BeforeTrailingCountry(int first, int last)
    {
        for (var c = first + 1; c <= last; c++)
            if (CountryAt(c) is { Length: > 0 } country && c + country.Length - 1 == last) return c - 1;
        return last;
    }

    // ---- cities and countries in context ---------------------------------------------------------------------

    private void FindPlaces()
    {
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var (len, m) = CountryAt(i);
            if (m?.Country is not { } c || !char.IsUpper(_t.Original(_t.Tokens[i])[0])) continue;
            var span = new TextSpan(_t.Tokens[i].Start, _t.Tokens[i + len - 1].End);
            var explicitGovernment = Preceded(i, "gobierno de") || Preceded(i, "gobierno del") || Preceded(i, "gobierno de la");
            if (explicitGovernment)
            {
                Add(new TextSpan(_t.Tokens[i - (Preceded(i, "gobierno de la") ? 3 : 2)].Start, span.End), c.Government, "government", c.Iso, 0.85, 1);
            }
            // "el embajador de Japón en España": the country after "en" hosts the mission, it sends none.
            else if (c.Iso != _country && _hasReportingBody && !QualifiesAPlace(i) && !EndsAName(i) && !HostsAMission(i))
            {
                if (ConsulBefore(i) is { } general) Add(span, WithPost(AsWritten(c, i).Consulate(general), TokenBefore(span.End)), "embassy", c.Iso, 0.7, 3);
                // ("… Independencia del Ecuador" under a heading about embassies: the article is not the mission's.)
                else if (InEmbassyContext(i)) Add(span, i >= 2 && _t.Key(_t.Tokens[i - 2]) is "embajador" or "embajadora" or "embajada" ? AsWritten(c, i).Embassy : c.Embassy, "embassy", c.Iso, 0.65, 3);
                else if (InGovernmentContext(i) || (InParticipationList(i) && !ListsWhereCitiesAre(i))) Add(span, c.Government, "government", c.Iso, 0.6, 3);
            }

            i += len - 1;
        }
    }

    /// <summary>"Bogotá (Colombia)", "Medellín, Colombia", "San José, Costa Rica": a country after a city says where the city is.</summary>
    /// <summary>
    /// Whether the capitalised words right before the token name a body or a city ("Ayuntamiento de Guadalajara", "Ciudad de Passau",
    /// "Metrópoli de Lyon"), not a person ("Ragnhild Imerslund (Noruega)" is an ambassador for her country).
    /// </summary>
    private bool NamesABodyBefore(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 8; k--)
        {
            var o = _t.Original(_t.Tokens[k]);
            var f = _t.Key(_t.Tokens[k]);
            if (!char.IsUpper(o[0]) && !Connectors.Contains(f)) return false;
            if (IsHeadNoun(f) || f is "ciudad" or "metropoli" or "metropole" or "region" or "provincia" || NameAt(k).Value is not null) return true;
            if (k > 0 && !GapAllowed(k)) return false;
        }

        return false;
    }

    private bool HostsAMission(int token) =>
        token >= 2 && _t.Key(_t.Tokens[token - 1]).SequenceEqual("en") && CountryEndsAt(token - 2);

    private bool CountryEndsAt(int last)
    {
        for (var k = last; k >= 0 && k > last - 4; k--)
            if (CountryAt(k) is { Length: var n, Value: not null } && k + n - 1 == last) return true;
        return false;
    }

    private bool QualifiesAPlace(int token)
    {
        if (token == 0) return false;
        var gap = _t.Text.AsSpan(_t.Tokens[token - 1].End, _t.Tokens[token].Start - _t.Tokens[token - 1].End).Trim();
        if (gap is not ("(" or ",")) return false;
        // "Ciudad de Passau (Alemania)", "Gobierno de la Provincia de Shandong (China)": a country alone in brackets after a name says
        // where that body is.
        var (length, _) = CountryAt(token);
        var close = _t.Tokens[token + length - 1].End;
        if (gap is "(" && close < _t.Text.Length && _t.Text[close] == ')' && NamesABodyBefore(token)) return true;
        // "City of Boise (Idaho, Estados Unidos)", "Curitiba (Paraná, Brasil)": a state and its country in brackets after a place.
        if (gap is "," && close < _t.Text.Length && _t.Text[close] == ')' && StateBeforeInBrackets(token)) return true;
        var k = token - 1;
        while (k > 0 && GapAllowed(k) && char.IsUpper(_t.Original(_t.Tokens[k - 1])[0])) k--;
        var country = CountryAt(token).Value?.Country?.Iso;
        for (var j = k; j < token; j++)
            if (NameAt(j) is { Value.Entry: { IsCity: true } e } m && j + m.Length == token && e.Country == country) return true;
        return false;
    }

    /// <summary>Whether "(" and one to three capitalised words stand right before the comma before the country at <paramref name="token"/>: "(Idaho, Estados Unidos)".</summary>
    private bool StateBeforeInBrackets(int token)
    {
        for (var k = token - 1; k >= 0 && k >= token - 3; k--)
        {
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0])) return false;
            if (k > 0 && Gap(k - 1).Trim() is "(") return true;
            if (k > 0 && Gap(k - 1) is not " ") return false;
        }

        return false;
    }

    /// <summary>
    /// "presidente de Transparencia Internacional España": a country written right after a capitalised word of a name, with no
    /// comma or connector between, is the last word of that name (a national chapter, an office), not the state acting.
    /// </summary>
    private bool EndsAName(int token)
    {
        // "Santiago de Chile", "Santiago del Estero": a known city whose name ends with the country's.
        for (var k = token - 1; k >= 0 && k >= token - 3; k--)
            if (NameAt(k) is { Value.Entry.IsCity: true, Length: var n } && k + n > token) return true;
        if (token == 0 || Gap(token - 1) is not " " || IsSentenceStart(_t.Tokens[token - 1].Start)) return false;
        var previous = _t.Original(_t.Tokens[token - 1]);
        var key = _t.Key(_t.Tokens[token - 1]).ToString();
        if (!char.IsUpper(previous[0]) || SpanishCues.Connectors.Contains(key) || SpanishCues.CountryRoles.Contains(key) || SpanishCues.CityRoles.Contains(key)) return false;
        return CountryAt(token - 1).Length == 0 && !IsCityAt(token - 1);
    }

    private bool Preceded(int token, string words)
    {
        var w = words.Split(' ');
        if (token - w.Length < 0) return false;
        for (var k = 0; k < w.Length; k++)
        {
            var t = _t.Tokens[token - w.Length + k];
            if (!_t.Key(t).SequenceEqual(w[k])) return false;
            if (k > 0 && !GapAllowed(token - w.Length + k)) return false;
        }

        return GapAllowed(token);
    }

    private (int Start, int End) SentenceAround(int offset)
    {
        // Bounded: a "sentence" of running text without punctuation stops after 1,000 characters either way.
        var s = offset;
        while (s > 0 && offset - s < 1000 && !IsSentenceBoundary(s - 1)) s--;
        var e = offset;
        while (e < _t.Text.Length && e - offset < 1000 && !IsSentenceBoundary(e)) e++;
        return (s, e);
    }

    private bool IsSentenceBoundary(int k)
    {
        var c = _t.Text[k];
        if (c is '\n' or ';') return true;
        return c == '.' && (k + 1 >= _t.Text.Length || _t.Text[k + 1] is ' ' or '\n') && !(k >= 2 && char.IsUpper(_t.Text[k - 1]) && _t.Text[k - 2] is ' ' or '.');
    }

    /// <summary>
    /// "el cónsul general de España", "la cónsul de Italia", "los cónsules generales de Chile y Perú": a consul speaks for the
    /// consulate, as an ambassador for the embassy; whether it is a general consulate (null when no consul is named before).
    /// </summary>
    private bool? ConsulBefore(int token) => ConsulEndingAt(token - 1) ?? ConsulEndingAt(ListStart(token) - 1);

    /// <summary>Whether "(el) cónsul (general) (honorario) de (los)" ends at token <paramref name="k"/>: whether it is general; null for none.</summary>
    private bool? ConsulEndingAt(int k)
    {
        // "la cónsul general de los Estados Unidos en Guadalajara": the country's article.
        if (k > 1 && _t.Key(_t.Tokens[k]) is "los" or "las" or "la" or "el") k--;
        if (k < 1 || _t.Key(_t.Tokens[k]) is not ("de" or "del")) return null;
        var general = _t.Key(_t.Tokens[k - 1]) is "general" or "generales";
        var role = general ? k - 2 : k - 1;
        // "el cónsul honorario de Francia", "la cónsul honoraria de Finlandia": an honorary consulate is a consulate of the country.
        if (role >= 1 && _t.Key(_t.Tokens[role]) is "honorario" or "honoraria" or "honorarios" or "honorarias") role--;
        return role >= 0 && _t.Key(_t.Tokens[role]) is "consul" or "consules" or "consulado" or "consulados" ? general : null;
    }

    /// <summary>
    /// The country with the article the text gives it, for naming its missions: "la Embajada del Japón", "el cónsul general del Perú"
    /// are named as written, not as "Embajada de Japón".
    /// </summary>
    private Country AsWritten(Country c, int countryStart) =>
        c.Article == "de" && countryStart >= 1 && _t.Key(_t.Tokens[countryStart - 1]).SequenceEqual("del") ? c with { Article = "del" } : c;

    /// <summary>The first token of the country whose name ends at <paramref name="countryEnd"/>.</summary>
    private int CountryStart(int countryEnd)
    {
        for (var k = countryEnd; k >= 0 && k > countryEnd - 4; k--)
            if (CountryAt(k) is { Length: var n, Value: not null } && k + n - 1 == countryEnd) return k;
        return countryEnd;
    }

    /// <summary>The country after "en" right after an embassy's country ("… de Colombia en Estados Unidos"): its last token and its name as written.</summary>
    private (int End, string Name)? HostCountryAfter(int countryEnd)
    {
        if (PlaceAfterEn(countryEnd) is not { } first || CountryAt(first) is not { Value.Country: not null, Length: var n and > 0 }) return null;
        var last = first + n - 1;
        var name = _t.Text[_t.Tokens[first].Start.._t.Tokens[last].End];
        return (last, IsAllUpper(name) ? TitleCase(name) : name);
    }

    /// <summary>The token after "en" right after a mission's country ("… de Colombia en Corea", "… de Italia en Valparaíso"), else null.</summary>
    private int? PlaceAfterEn(int countryEnd)
    {
        var en = countryEnd + 1;
        return en + 1 >= _t.Tokens.Length || _t.Key(_t.Tokens[en]) is not "en" || Gap(countryEnd).Trim().Length != 0 || Gap(en).Trim().Length != 0 ? null : en + 1;
    }

    /// <summary>
    /// "Consulado General de Italia en Rosario", "el cónsul del Japón en León": a country has consulates in several cities, and one is
    /// named with the city it sits in, when the text gives it right after the country (not a country: "… de Chile en Bolivia"), the
    /// reporting city too: "el Consulado de Italia en Zaragoza" in Zaragoza's report is searched as such.
    /// </summary>
    private string WithPost(string consulate, int countryEnd) => PostAfter(countryEnd) is var (_, post) ? InCity(consulate, post) : consulate;

    /// <summary>
    /// A consulate named with its city; the same consulate named elsewhere without it ("la cónsul honoraria de Italia visita el
    /// Ayuntamiento") takes that name when the report names the country's consulate in one city only.
    /// </summary>
    private string InCity(string consulate, string post)
    {
        var named = $"{consulate} en {post}";
        (_longerForms.TryGetValue(Key(consulate), out var forms) ? forms : _longerForms[Key(consulate)] = []).Add(named);
        return named;
    }

    /// <summary>The city a consulate sits in, named right after its country ("… de Italia en Rosario"), and its last token; null when none.</summary>
    private (int Last, string Post)? PostAfter(int countryEnd)
    {
        if (PlaceAfterEn(countryEnd) is not { } first) return null;
        if (!char.IsUpper(_t.Original(_t.Tokens[first])[0]) || CountryAt(first) is { Value: not null } || IsSentenceStart(_t.Tokens[first].Start)) return null;
        // The gazetteer's city, else one word: "… en Guadalajara Juan Camilo Restrepo" names the consul after the city.
        var last = NameAt(first) is { Value.Entry.IsCity: true, Length: var n } ? first + n - 1 : first;
        return (last, _t.Text[_t.Tokens[first].Start.._t.Tokens[last].End]);
    }

    private bool InEmbassyContext(int token)
    {
        var (s, e) = SentenceAround(_t.Tokens[token].Start);
        if (e - s < 2000 && _t.Folded.AsSpan(s, e - s).Contains("embaj", StringComparison.Ordinal)) return !IsExRole(token);

        // A list under a heading about embassies ("… por solicitud de las Embajadas correspondientes: 20 julio: Día de Independencia de Colombia").
        if (_input.Document.SectionAt(_t.Tokens[token].Start) is { } section && StartsWithDateOrNumber(s))
        {
            if (!_embassySections.TryGetValue(section.Id, out var has))
                _embassySections[section.Id] = has = _t.Folded.AsSpan(section.Span.Start, section.Span.Length).Contains("embajad", StringComparison.Ordinal);
            if (has) return true;
        }

        return false;
    }

    private bool StartsWithDateOrNumber(int sentenceStart)
    {
        var k = sentenceStart;
        while (k < _t.Text.Length && _t.Text[k] == ' ') k++;
        return k < _t.Text.Length && char.IsDigit(_t.Text[k]);
    }

    /// <summary>A country preceded in its clause by a title or body that acts for a state ("la Primera Vicepresidenta de Costa Rica", "instancias de juventud de El Salvador, Guatemala y Honduras").</summary>
    private bool InGovernmentContext(int token)
    {
        var k = ListStart(token);
        for (var back = 1; back <= 8 && k - back >= 0; back++)
        {
            var idx = k - back;
            if (!GapAllowed(idx + 1) || _t.Text.AsSpan(_t.Tokens[idx].End, _t.Tokens[idx + 1].Start - _t.Tokens[idx].End).Contains(',')) return false;
            var f = _t.Key(_t.Tokens[idx]).ToString();
            if (f.StartsWith("ex", StringComparison.Ordinal) && f.Length > 4 && SpanishCues.CountryRoles.Contains(f[2..])) return false;
            if (SpanishCues.CountryRoles.Contains(f) && !(f is "primer" or "primera" or "estado" && back == 1)) return true;
        }

        return false;
    }

    private bool IsExRole(int token)
    {
        for (var back = 1; back <= 4 && token - back >= 0; back++)
        {
            var f = _t.Key(_t.Tokens[token - back]);
            if (f.StartsWith("ex", StringComparison.Ordinal) && f.Length > 6) return true;
        }

        return false;
    }

    /// <summary>The first token of the coordinated list ("X, Y y Z") the token belongs to.</summary>
    private int ListStart(int token)
    {
        var k = ListWalkEnd(token);

        // Step to the first capitalised word of the list.
        while (k < token && !char.IsUpper(_t.Original(_t.Tokens[k])[0])) k++;
        return k;
    }

    /// <summary>For each token whose backward walk over its list was finished, where that walk stopped (0 = not yet known, else stop + 1).</summary>
    private int[]? _listWalkEnds;

    /// <summary>
    /// Where the walk back over a coordinated list stops, from <paramref name="token"/>. Each step depends only on the token it stands
    /// on, so every token a walk passes stops where that walk stops: the stop is remembered for all of them, and a walk that reaches
    /// a token already walked from ends there. Without that every item of a long list ("los alcaldes de Quito, Lima, …" with
    /// thousands of names) walked back to the list's start, quadratic in the list's length.
    /// </summary>
    private int ListWalkEnd(int token)
    {
        _listWalkEnds ??= new int[_t.Tokens.Length];
        var passed = new List<int>();
        var k = token;
        while (_listWalkEnds[k] == 0)
        {
            passed.Add(k);
            var next = ListWalkStep(k);
            if (next == k) break;
            k = next;
        }

        var end = _listWalkEnds[k] > 0 ? _listWalkEnds[k] - 1 : k;
        foreach (var walked in passed) _listWalkEnds[walked] = end + 1;
        return end;
    }

    /// <summary>One step back over a coordinated list: the token the list goes on at before <paramref name="k"/>, or k itself where it starts.</summary>
    private int ListWalkStep(int k)
    {
        if (k == 0) return k;
        var p = k - 1;
        var gap = _t.Text.AsSpan(_t.Tokens[p].End, _t.Tokens[k].Start - _t.Tokens[p].End).Trim();
        var f = _t.Key(_t.Tokens[p]);
        if (gap is "," or "" && (f.SequenceEqual("y") || f.SequenceEqual("e") || f.SequenceEqual("o")) && p > 0) return p - 1;
        if (gap is "," or ";" && char.IsUpper(_t.Original(_t.Tokens[p])[0])) return p;
        if (gap.Length == 0 && char.IsUpper(_t.Original(_t.Tokens[p])[0]) && char.IsUpper(_t.Original(_t.Tokens[k])[0])) return p;

        // "Ciudad del Cabo", "Santiago de Chile": a connector inside a listed name.
        if (gap.Length == 0 && f is "de" or "del" && p > 0 && char.IsUpper(_t.Original(_t.Tokens[p - 1])[0]) && char.IsUpper(_t.Original(_t.Tokens[k])[0])
            && !SpanishCues.CountryRoles.Contains(_t.Key(_t.Tokens[p - 1]).ToString()) && !SpanishCues.CityRoles.Contains(_t.Key(_t.Tokens[p - 1]).ToString())
            && _t.Text.AsSpan(_t.Tokens[p - 1].End, _t.Tokens[p].Start - _t.Tokens[p - 1].End).Trim().Length == 0) return p - 1;
        if (gap is "(" or ")" or "), " or ") ," && char.IsUpper(_t.Original(_t.Tokens[p])[0])) return p;
        return k;
    }

    /// <summary>
    /// A place in a list of participating places: "representantes de las ciudades de Los Ángeles, Buenos Aires y Tokio",
    /// "las ciudades que forman parte de la Red … (Buenos Aires, Bogotá, Lima)".
    /// </summary>
    /// <summary>"participaron 42 ciudades de Argentina, Brasil y Chile": countries that say where the participating cities are.</summary>
    private bool ListsWhereCitiesAre(int token)
    {
        var start = _t.Tokens[ListStart(token)].Start;
        var before = _t.Folded.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).TrimEnd();
        return before.EndsWith("ciudades de", StringComparison.Ordinal) || before.EndsWith("municipios de", StringComparison.Ordinal) ||
               before.EndsWith("capitales de", StringComparison.Ordinal) || before.EndsWith("gobiernos locales de", StringComparison.Ordinal) ||
               before.EndsWith("municipalidades de", StringComparison.Ordinal);
    }

    private bool InParticipationList(int token)
    {
        var first = ListStart(token);
        var listed = CountListItems(first);
        if (listed < 2 && first == token) return IntroducedAsParticipants(first, requireList: false);
        return IntroducedAsParticipants(first, requireList: true);
    }

    private int CountListItems(int first)
    {
        var n = 1;
        for (var k = first + 1; k < _t.Tokens.Length && k < first + 40; k++)
        {
            var gap = _t.Text.AsSpan(_t.Tokens[k - 1].End, _t.Tokens[k].Start - _t.Tokens[k - 1].End);
            if (gap.Contains('.') || gap.Contains('\n')) break;
            if (gap.Contains(',') || gap.Contains(';')) n++;
            else if (_t.Key(_t.Tokens[k]) is "y" or "e") n++;
        }

        return n;
    }

    /// <summary>"… los alcaldes de", "los alcaldes y jefes de gobierno de": those who hold a city's office, named by the cities they lead.</summary>
    private static bool EndsWithPluralRole(ReadOnlySpan<char> folded)
    {
        if (!folded.EndsWith(" de", StringComparison.Ordinal)) return false;
        var head = folded[..^3].TrimEnd();
        if (head.EndsWith("jefes de gobierno", StringComparison.Ordinal) || head.EndsWith("jefas de gobierno", StringComparison.Ordinal)) return true;
        var space = head.LastIndexOf(' ');
        var word = head[(space + 1)..].ToString();
        return word.EndsWith('s') && SpanishCues.CityRoles.Contains(word);
    }

    private bool IntroducedAsParticipants(int first, bool requireList)
    {
        var start = _t.Tokens[first].Start;
        var (s, _) = SentenceAround(start);
        var before = _t.Folded.AsSpan(s, start - s);
        var trimmed = before.TrimEnd();
        var introduced = trimmed.EndsWith("ciudades de", StringComparison.Ordinal) || trimmed.EndsWith("municipios de", StringComparison.Ordinal) ||
                         trimmed.EndsWith("capitales de", StringComparison.Ordinal) || trimmed.EndsWith("(", StringComparison.Ordinal) ||
                         trimmed.EndsWith(":", StringComparison.Ordinal) || EndsWithPluralRole(trimmed);
        return introduced && MentionsParticipation(s, start);
    }

    /// <summary>
    /// Whether the text from <paramref name="from"/> to <paramref name="to"/> says places took part (<see cref="SpanishCues.ParticipationStems"/>):
    /// in its words, not inside a name ("La misión de la Delegación de la Unión Europea recorrió los municipios de …" visited them).
    /// </summary>
    private bool MentionsParticipation(int from, int to)
    {
        var folded = _t.Folded.AsSpan(from, to - from);
        foreach (var stem in SpanishCues.ParticipationStems)
            for (var at = folded.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = NextIndex(folded, stem, at))
            {
                var word = from + at;
                while (word > from && char.IsLetter(_t.Text[word - 1])) word--;
                if (!char.IsUpper(_t.Text[word]) || IsSentenceStart(word)) return true;
            }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, string value, int after) =>
        text[(after + 1)..].IndexOf(value, StringComparison.Ordinal) is var next and >= 0 ? after + 1 + next : -1;

    /// <summary>A gazetteer city acts as an institution when the text names its government, a person acting for it, or lists it among participants.</summary>
    private bool CityActsAsInstitution(int first, int length)
    {
        if (!_hasReportingBody) return false;
        if (first > 0 && _t.Text[_t.Tokens[first].Start - 1] == '(') return false;
        // "los delegados de Formosa Motors": a city's name going on with a capitalised word is a word of another name.
        var after = first + length;
        if (after < _t.Tokens.Length && Gap(after - 1) is " " && char.IsUpper(_t.Original(_t.Tokens[after])[0]) && !IsAllUpper(_t.Original(_t.Tokens[after]))
            && !Connectors.Contains(_t.Key(_t.Tokens[after])) && CountryAt(after).Length == 0 && !IsCityAt(after)) return false;

        // "la Alcaldesa de Bogotá", "la Secretaria de la Mujer de Bogotá", "el Alcalde la ciudad de Medellín".
        // "una delegación de 14 personas de la ciudad japonesa de Tajimi": envoys may stand two words further back, counted.
        for (var back = 1; back <= 9 && first - back >= 0; back++)
        {
            var idx = first - back;
            if (!GapAllowed(idx + 1)) break;
            var f = _t.Key(_t.Tokens[idx]).ToString();
            if (f.StartsWith("ex", StringComparison.Ordinal) && f.Length > 5) return false;
            if (back <= 7 && SpanishCues.CityRoles.Contains(f) && IsPrecededByDe(first)) return true;
            if (SpanishCues.CityEnvoys.Contains(f) && IsPrecededByDe(first) && OnlyCityWordsBetween(idx + 1, first)) return true;
        }

        // "liderado por la ciudad de Bogotá", "la recepción ofrecida por la alcaldía de Houston".
        var k = CityWordsBefore(first);
        if (k >= 1 && _t.Key(_t.Tokens[k]).SequenceEqual("por"))
        {
            var participle = _t.Key(_t.Tokens[k - 1]).ToString();
            if (SpanishCues.AgentParticiples.Any(p => participle.StartsWith(p, StringComparison.Ordinal))) return true;
        }

        // "por invitación de la Ciudad de Houston": who invites is the counterpart of the trip.
        if (k >= 0 && _t.Key(_t.Tokens[k]).SequenceEqual("invitacion") && first - k >= 2 && _t.Key(_t.Tokens[k + 1]) is "de" or "del") return true;

        // "Intercambio … con Portland" in a heading: the city is the counterpart of the activity.
        if (k >= 0 && _t.Key(_t.Tokens[k]).SequenceEqual("con") && InHeading(_t.Tokens[first].Start)) return true;

        // "Guadalajara copatrocinó, con la Ciudad de Buenos Aires y Montreal, la sesión", "firmó un convenio con Medellín": a
        // counterpart of a joint act, and every city listed with it.
        var c = CityWordsBefore(ListStart(first));
        if (c >= 0 && _t.Key(_t.Tokens[c]).SequenceEqual("con") && !_t.Text.AsSpan(_t.Tokens[c].End, _t.Tokens[first].Start - _t.Tokens[c].End).Contains('\n')
            && (JointActBefore(c, JointActStems) || (JointActBefore(c, MeetingStems) && OnlyCitiesBetween(c + 1, first)))
            && !OpensAPersonsName(first + length - 1) && !InsideAnotherName(first, length)) return true;

        return InParticipationList(first) || OpensItemOfSisterCities(first, length);
    }

    /// <summary>Whether only cities the gazetteer knows, their articles and the commas and "y" of a list stand from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private bool OnlyCitiesBetween(int from, int to)
    {
        for (var k = from; k < to;)
        {
            if (_t.Key(_t.Tokens[k]) is "la" or "el" or "los" or "las" or "y" or "e" or "ciudad" or "ciudades") { k++; continue; }
            if (NameAt(k) is not { Value.Entry.IsCity: true, Length: var n }) return false;
            k += n;
        }

        return true;
    }

    /// <summary>"World Business Chicago", "el Condado de Miami-Dade": a city's name ending another name, or joined to a word by a hyphen.</summary>
    private bool InsideAnotherName(int first, int length)
    {
        var end = _t.Tokens[first + length - 1].End;
        if (end + 1 < _t.Text.Length && _t.Text[end] == '-' && char.IsLetter(_t.Text[end + 1])) return true;
        return first > 0 && Gap(first - 1) is " " && char.IsUpper(_t.Original(_t.Tokens[first - 1])[0]) && !Connectors.Contains(_t.Key(_t.Tokens[first - 1]))
               && !IsSentenceStart(_t.Tokens[first - 1].Start) && !IsCityAt(first - 1);
    }

    /// <summary>The token before the words that make a city its government ("… por la alcaldía de", "… con la Ciudad de"); -1 when none.</summary>
    private int CityWordsBefore(int first)
    {
        var k = first - 1;
        while (k >= 0 && _t.Key(_t.Tokens[k]) is var f && (f is "la" or "el" or "ciudad" or "de" || CityHeads.Contains(f) || IsCitysNationality(k))) k--;
        return k;
    }

    /// <summary>
    /// "Otras acciones con ciudades hermanas" over "Albuquerque (Estados Unidos): …", "Sevilla (España): …": items that open with a
    /// city, its country in brackets and a colon, under a line that names sister cities or twinnings, name the city as a partner.
    /// </summary>
    private bool OpensItemOfSisterCities(int first, int length)
    {
        var start = _t.Tokens[first].Start;
        var lineStart = start == 0 ? 0 : _t.Text.LastIndexOf('\n', start - 1) + 1;
        if (_t.Text.AsSpan(lineStart, start - lineStart).Trim().Length > 0 || !OpensItemWithCity(lineStart, _t.Tokens[first + length - 1].End)) return false;

        // Up over the list's other items to the line that introduces it; every item passed learns the answer, so a long list is walked once.
        var passed = new List<int>();
        var answer = false;
        for (var line = lineStart; line > 0;)
        {
            if (_sisterListItems.TryGetValue(line, out var known)) { answer = known; break; }
            passed.Add(line);
            var above = _t.Text.LastIndexOf('\n', Math.Max(0, line - 2)) + 1;
            if (above >= line) break;
            if (!OpensItemWithCity(above, -1))
            {
                answer = _t.Folded.AsSpan(above, line - 1 - above).Contains("hermana", StringComparison.Ordinal);
                break;
            }

            line = above;
        }

        foreach (var line in passed) _sisterListItems[line] = answer;
        return answer;
    }

    /// <summary>Lines that open "City (Country):" items, by start: whether their list is introduced as one of sister cities.</summary>
    private readonly Dictionary<int, bool> _sisterListItems = [];

    /// <summary>Whether the line at <paramref name="lineStart"/> opens "City (Country):" or "City:"; with cityEnd −1, any capitalised words up to 40 characters.</summary>
    private bool OpensItemWithCity(int lineStart, int cityEnd)
    {
        var lineEnd = _t.Text.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = _t.Text.Length;
        var colon = _t.Text.IndexOf(':', lineStart, Math.Min(60, lineEnd - lineStart));
        if (colon < 0) return false;
        var head = _t.Text.AsSpan(lineStart, colon - lineStart).Trim();
        if (head.Length == 0 || !char.IsUpper(head[0])) return false;
        if (cityEnd < 0) return head.Length <= 40;
        var rest = _t.Text.AsSpan(cityEnd, colon - cityEnd).Trim();
        return rest.Length == 0 || (rest[0] == '(' && rest[^1] == ')' && rest.Length <= 30);
    }

    /// <summary>"firmó con Rosario Martínez, coordinadora …": a city's name followed by a capitalised word is a person's first name.</summary>
    private bool OpensAPersonsName(int last)
    {
        var next = last + 1;
        return next < _t.Tokens.Length && Gap(last) is " " && char.IsUpper(_t.Original(_t.Tokens[next])[0]) && !IsAllUpper(_t.Original(_t.Tokens[next]))
               && CountryAt(next).Length == 0 && NameAt(next).Length == 0;
    }

    /// <summary>Stems of joint acts: signing, co-organising, co-sponsoring, twinning, agreements and alliances.</summary>
    private static readonly string[] JointActStems =
        ["copatrocin", "coorganiz", "firm", "suscrib", "hermana", "convenio", "acuerdo", "alianza", "memorando", "colabor", "cooperacion"];

    /// <summary>
    /// Stems of meeting or working with someone: "una agenda activa con Madrid, Montevideo y La Paz", "Encuentro en línea con Trento". The
    /// city is a counterpart only where nothing but cities stands after "con" ("Reunión con el Alto Comisionado de TIC de Bogotá" met a person).
    /// </summary>
    private static readonly string[] MeetingStems = ["agenda", "intercambi", "encuentro", "reuni"];

    /// <summary>Whether a joint act is named in the few words before "con", within its sentence ("suscribió un acuerdo con", "copatrocinó, con").</summary>
    private bool JointActBefore(int con, string[] stems)
    {
        for (var back = 1; back <= 5 && con - back >= 0; back++)
        {
            var idx = con - back;
            if (IsSentenceBoundary(_t.Tokens[idx].End)) return false;
            var f = _t.Key(_t.Tokens[idx]);
            foreach (var stem in stems)
                if (f.StartsWith(stem, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> only say "de la Ciudad de" / "del Municipio de" / "de la ciudad japonesa de".</summary>
    private bool OnlyCityWordsBetween(int from, int to)
    {
        // "(una delegación) de 14 personas de la ciudad de": its headcount.
        if (from + 2 < to && _t.Key(_t.Tokens[from]) is "de" && char.IsAsciiDigit(_t.Original(_t.Tokens[from + 1])[0])
            && _t.Key(_t.Tokens[from + 2]) is "personas" or "miembros" or "integrantes") from += 3;
        for (var k = from; k < to; k++)
            if (_t.Key(_t.Tokens[k]) is not ("de" or "del" or "la" or "el" or "ciudad" or "municipio" or "gobierno" or "alcaldia") && !IsCitysNationality(k)) return false;
        return true;
    }

    /// <summary>"la ciudad japonesa de Tajimi": the adjective of a country right after "ciudad" says where the city named next is.</summary>
    private bool IsCitysNationality(int k) =>
        k > 0 && SpanishCues.Demonyms.Contains(_t.Key(_t.Tokens[k]).ToString()) && _t.Key(_t.Tokens[k - 1]).SequenceEqual("ciudad");

    private bool IsPrecededByDe(int token)
    {
        var k = token - 1;
        if (k > 0 && _t.Key(_t.Tokens[k]) is "la" or "los" or "las" or "el") k--;
        return k >= 0 && (_t.Key(_t.Tokens[k]) is "de" or "del" || IsForeignDe(k));
    }

    /// <summary>
    /// "de" in Portuguese, Italian, French and Catalan city governments' names: "Câmara Municipal do Porto", "da Praia", "Comune di
    /// Bergamo", "Ville du Havre", "Ville d'Arles", "Ajuntament d'Olot".
    /// </summary>
    private bool IsForeignDe(int token) => _t.Key(_t.Tokens[token]) is "do" or "da" or "di" or "du" || IsElided(token, "d");

    /// <summary>Whether the token is the elided word (folded "d", "l") before an apostrophe: "d'Arles", "l'Alguer".</summary>
    private bool IsElided(int token, string word) =>
        _t.Key(_t.Tokens[token]).SequenceEqual(word) && token + 1 < _t.Tokens.Length && Gap(token) is "'" or "’";

    private bool InHeading(int offset)
    {
        var s = _input.Document.SectionAt(offset);
        return s is not null && s.HeadingSpan.Contains(offset);
    }

    // ---- lists introduced as partners ---------------------------------------------------------------------------

    /// <summary>
    /// A list the text introduces as partners ("socios estratégicos como ARUP, Citynet, Zurich Asia Pacific y Resilient Cities
    /// Network", "en alianza con C40, Bloomberg Philanthropies y Clean Air Fund"): each capitalised name in it is an organisation,
    /// even one no other rule knows. Places and the reporting body are left to the other rules.
    /// </summary>
    private void FindCuedLists()
    {
        foreach (var cue in _t.MatchesAtWords(SpanishCues.PartnerListCue(), SpanishCues.PartnerListCueOpeners))
        {
            var k = _t.TokenAtOrAfter(cue.Index + cue.Length);
            var items = ListedItems(k, 12, MaxNameTokens).ToList();

            // "Otras Instituciones: Se exime …": after a colon, a list has at least two items and its noun is running text, not a label.
            if (cue.Value.TrimEnd().EndsWith(':') && (items.Count < 2 || !HasLower(_t.Text.AsSpan(cue.Index, cue.Length)))) continue;
            foreach (var (first, last) in items) AddListed(first, last);
        }
    }

    /// <summary>
    /// The items of a list from token <paramref name="k"/>: capitalised names (the gazetteer's longest name, else capitalised words
    /// and the connectors between them, at most <paramref name="maxTokens"/>), each maybe followed by its country in brackets
    /// ("Amán (Jordania)"); the next item follows a comma, a semicolon or a middle dot, or "y" / "e" before the last one; anything else ends the
    /// list.
    /// </summary>
    private IEnumerable<(int First, int Last)> ListedItems(int k, int maxItems, int maxTokens, int limit = int.MaxValue)
    {
        for (var items = 0; k < _t.Tokens.Length && items < maxItems; items++)
        {
            // "… y l'Alguer (Italia)": a name may open with an elided article.
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0]) && !char.IsDigit(_t.Original(_t.Tokens[k])[0])
                && !(IsElided(k, "l") && char.IsUpper(_t.Original(_t.Tokens[k + 1])[0]))) yield break;
            var end = ItemEnd(k, maxTokens, limit);
            yield return (k, end);
            end = SkipBracketedCountry(end);
            if (end + 1 >= _t.Tokens.Length) yield break;
            var gap = Gap(end).Trim().TrimStart(')').Trim();
            // ("Rafaela · Tandil · Río Cuarto": a brochure sets its items apart with middle dots or bullets.)
            if (gap is "," or ";" or "·" or "•") { k = end + 1; continue; }
            if (gap.Length == 0 && _t.Key(_t.Tokens[end + 1]) is "y" or "e" && end + 2 < _t.Tokens.Length && Gap(end + 1).Trim().Length == 0) { k = end + 2; items = maxItems - 2; continue; }
            yield break;
        }
    }

    /// <summary>Whether the token goes on the name before it: a capitalised word or a connector, joined by a space, a hyphen or "&amp;".</summary>
    private bool InsideListedName(int token)
    {
        var raw = _t.Text.AsSpan(_t.Tokens[token - 1].End, _t.Tokens[token].Start - _t.Tokens[token - 1].End);
        // A line break ends the name: the next paragraph ("… como Citynet\nForo Urbano Mundial (14 de octubre)") is not part of it.
        if (raw.Contains('\n')) return false;
        var gap = raw.Trim();
        if (gap is not ("" or "-" or "&" or "'")) return false;
        var original = _t.Original(_t.Tokens[token]);
        var key = _t.Key(_t.Tokens[token]).ToString();
        if (key is "y" or "e") return false;
        if (char.IsUpper(original[0]) || char.IsDigit(original[0])) return true;
        if (!SpanishCues.Connectors.Contains(key) || token + 1 >= _t.Tokens.Length) return false;
        if (char.IsUpper(_t.Original(_t.Tokens[token + 1])[0])) return true;
        // "Ciudad de la Costa", "Villa del Mar": "de" and an article before the name's next capitalised word.
        return key is "de" && _t.Key(_t.Tokens[token + 1]) is "la" or "las" or "los" or "el" && token + 2 < _t.Tokens.Length
               && Gap(token).Trim().Length == 0 && Gap(token + 1).Trim().Length == 0 && char.IsUpper(_t.Original(_t.Tokens[token + 2])[0]);
    }

    private void AddListed(int first, int last)
    {
        var span = new TextSpan(_t.Tokens[first].Start, _t.Tokens[last].End);
        if (_candidates.Any(c => c.Span.Overlaps(span))) return;
        if (NameAt(first) is { Length: var n, Value.Entry.IsCity: true } && first + n - 1 == last) return;
        if (CountryAt(first) is { Length: var cn } && cn > 0 && first + cn - 1 == last) return;
        var name = _t.Text.Substring(span.Start, span.Length);
        if (IsOwn(name, name)) return;
        Add(span, TitleCase(name), "other", null, 0.6, 3);
    }

    // ---- tables of partners ----------------------------------------------------------------------------------

    /// <summary>
    /// A cell of a table of partners (see <see cref="PartnerTables"/>) names one organisation: the finding that opens the cell
    /// (after an acronym the cell opens with) stands for it, and any other finding inside the cell is a word of its name
    /// ("CINU CENTRO DE INFORMACIÓN DE NACIONES UNIDAS PARA COLOMBIA ECUADOR Y VENEZUELA" is neither the UN nor two embassies).
    /// A cell no rule reads ("ATLANTIC COUNCIL", "CERLALC CENTRO REGIONAL PARA EL FOMENTO DEL LIBRO …") is named as a whole.
    /// </summary>
    private void ReadTableCells()
    {
        // The findings so far, by start, so each cell finds its own in logarithmic time; changes are applied at the end.
        var sorted = _candidates.OrderBy(c => c.Span.Start).ToList();
        var starts = sorted.Select(c => c.Span.Start).ToArray();
        var dropped = new HashSet<Candidate>(ReferenceEqualityComparer.Instance);
        var kept = new List<Candidate>();
        IEnumerable<Candidate> Inside(TextSpan cell)
        {
            var i = Array.BinarySearch(starts, cell.Start);
            if (i < 0) i = ~i;
            while (i > 0 && starts[i - 1] == cell.Start) i--;
            for (; i < sorted.Count && starts[i] < cell.End; i++)
                if (sorted[i].Span.End <= cell.End && !dropped.Contains(sorted[i])) yield return sorted[i];
        }

        bool OpensWithOrganisation(TextSpan cell) => Inside(cell).Any(c => c.Span.Start == cell.Start);

        foreach (var (tableCell, own) in PartnerTables.NameCells(_input.Document, OpensWithOrganisation))
        {
            var cell = tableCell;
            if (_input.IsSkipped(cell)) continue;

            // A cell of the reporting body's own units ("EMPRESA DE TRANSPORTE DEL TERCER MILENIO") names no partner.
            if (own)
            {
                dropped.UnionWith(Inside(cell).ToList());
                continue;
            }

            var first = _t.TokenAtOrAfter(cell.Start);
            var last = TokenBefore(cell.End);
            if (last < first) continue;
            var opensWithAcronym = last > first && LeadingAcronym(first, last) is not null;
            var inside = Inside(cell).ToList();
            var opening = inside.Where(c => c.Span.Start == _t.Tokens[first].Start || (opensWithAcronym && c.Span.Start == _t.Tokens[first + 1].Start))
                .OrderBy(c => c.Priority).ThenByDescending(c => c.Span.Length).FirstOrDefault();
            // "Cátedra UNESCO de Ciudades Intermedias, Universidad de Lleida": a name the other rules do not read, then after a comma one
            // they do (its host, its parent body): the cell names the first up to the comma, and the second stays as they read it.
            if (opening is null && inside.FirstOrDefault(c => _t.Text.AsSpan(cell.Start, c.Span.Start - cell.Start).TrimEnd().EndsWith(',')) is { } afterComma)
            {
                cell = new TextSpan(cell.Start, _t.Text.LastIndexOf(',', afterComma.Span.Start - 1, afterComma.Span.Start - cell.Start));
                last = TokenBefore(cell.End);
                inside = inside.Where(c => c.Span.End <= cell.End).ToList();
                if (last < first) continue;
            }

            dropped.UnionWith(inside.Where(c => !ReferenceEquals(c, opening)));
            if (opening is not null)
            {
                // "CONSEJO NORUEGO PARA REFUGIADOS - NRC": the acronym the cell gives is the organisation's short name.
                if (TrailingAcronym(first, last) is { } trailing && !opening.Canonical.Equals(trailing, StringComparison.Ordinal))
                {
                    dropped.Add(opening);
                    kept.Add(opening with { Span = cell, Canonical = trailing });
                }

                // "COREA DEL SUR" as a row of cooperating entities: the row names the country itself, its government; an embassy's row says
                // "EMBAJADA", a consulate's "Consulado".
                else if (opening.Type == "embassy" && _t.Folded.AsSpan(cell.Start, cell.Length) is var folded &&
                         !folded.Contains("embaj", StringComparison.Ordinal) && !folded.Contains("consul", StringComparison.Ordinal) &&
                         _g.Countries.FirstOrDefault(c => c.Iso == opening.Country) is { } country)
                {
                    dropped.Add(opening);
                    kept.Add(opening with { Span = cell, Canonical = country.Government, Type = "government" });
                }

                // "SIEMENS ENERGY AGBERLIN", "CHANGE ORG": a known name followed in its cell by words of its own names another body
                // (a subsidiary, a platform), which the cell names as a whole; a place, a legal form or the acronym's long name does not.
                else if (!opensWithAcronym && LongerThanKnownName(first, last) is { } known)
                {
                    dropped.Add(opening);
                    var longer = TitleCase(_t.Text.Substring(cell.Start, cell.Length));
                    kept.Add(opening with { Span = cell, Canonical = longer, Type = known.Type, Country = known.Country });
                    // Only a form that opens with the known name ("Cruz Roja Española") is that body; "Harvard Kennedy School" is a school of it.
                    // It adds one word, no office's noun ("Unión Europea Delegación en Colombia" is the Union's delegation, not another name of it).
                    var (longerKey, knownKey) = (Key(longer), Key(known.Canonical));
                    var added = longerKey.StartsWith(knownKey + " ", StringComparison.Ordinal) ? longerKey.AsSpan(knownKey.Length + 1) : default;
                    if (added.Length > 0 && !added.Contains(' ') && !IsHeadNoun(added))
                        (_longerForms.TryGetValue(Key(known.Canonical), out var forms) ? forms : _longerForms[Key(known.Canonical)] = []).Add(longer);
                }

                continue;
            }

            var text = _t.Text.Substring(cell.Start, cell.Length);
            if (IsOwn(text, text) || (IsUnitHead(first) && IsOwnUnit(first, last) && NamesItsGovernment(first, last))) continue;
            var (canonical, type) = CellName(first, last, text);
            Add(cell, canonical, type, null, 0.7, 0);
        }

        if (dropped.Count > 0) _candidates.RemoveAll(dropped.Contains);
        _candidates.AddRange(kept);
    }

    /// <summary>Legal forms of companies written after their names ("GOOGLE LLC", "HUERTUM AGRICULTURA URBANA SL"), folded.</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "s", "a", "sas", "inc", "llc", "ltd", "ltda", "sl", "slu", "ag", "gmbh", "plc", "corp", "co", "spa", "srl", "bv", "nv", "ab", "oy",
    };

    /// <summary>
    /// The organisation the gazetteer names at the start of a cell when the cell goes on with words of another name after it
    /// ("SIEMENS ENERGY AGBERLIN", "CHANGE ORG"); null when the known name fills the cell, when what follows it is only a place, a
    /// country, a connector or a legal form ("UNICEF COLOMBIA", "GOOGLE LLC"), or when an acronym is followed by its long name.
    /// </summary>
    private GazetteerEntry? LongerThanKnownName(int first, int last)
    {
        var (len, m) = NameAt(first);
        if (m?.Entry is not { IsCity: false } entry || len == 0 || first + len - 1 >= last || !CaseFits(m, first, len)) return null;

        // "USAID AGENCIA DE ESTADOS UNIDOS …", "KFW BANCO DE DESARROLLO ALEMÁN": an acronym before several words is the body's long name.
        if ((m.IsAcronym || (entry.Acronym is { } a && Key(a) == Key(m.Form))) && last - (first + len - 1) >= 2) return null;
        // "Banco Mundial Oficina en Madrid", "Unión Europea Delegación en Colombia": an office of the body is the body.
        if (_t.Key(_t.Tokens[first + len]) is "oficina" or "oficinas" or "delegacion" or "representacion" or "sede" or "capitulo" or "seccion") return null;
        // "Unión Europea (Euroclima)", "Unión Europea, programa IURC": what the brackets or a comma add is the body's programme, not a
        // word of another name.
        if (Gap(first + len - 1).Trim() is "(" or ",") return null;
        for (var k = first + len; k <= last; k++)
        {
            var f = _t.Key(_t.Tokens[k]).ToString();
            if (SpanishCues.Connectors.Contains(f) || LegalForms.Contains(f)) continue;
            if (CountryAt(k) is { Length: > 0 } c) { k += c.Length - 1; continue; }
            if (NameAt(k) is { Length: > 0 } n && (n.Value!.Entry is { IsCity: true } || ReferenceEquals(n.Value.Entry, entry))) { k += n.Length - 1; continue; }
            return entry;
        }

        return null;
    }

    /// <summary>A unit's name that says whose government it belongs to ("Consejería Distrital …", "Instituto Municipal …"), unlike "Consejo Noruego para Refugiados".</summary>
    private bool NamesItsGovernment(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
            if (_t.Key(_t.Tokens[k]) is "distrital" or "municipal" or "capitalino" or "capitalina" or "estatal" or "provincial" or "departamental") return true;
        return false;
    }

    private bool IsUnitHead(int token) => UnitHeads.Contains(_t.Key(_t.Tokens[token]));

    /// <summary>
    /// The canonical name and type of a table cell: the gazetteer's name for the whole cell; a country's government for a cell
    /// naming only a country ("COREA DEL SUR"); its acronym ("… - NRC",
    /// "CERLALC CENTRO REGIONAL …"); the city a city's government is named for ("CIUDAD DE CHENGDU CHINA" → Chengdu); else
    /// the cell in title case.
    /// </summary>
    private (string Canonical, string Type) CellName(int first, int last, string text)
    {
        var head = _t.Key(_t.Tokens[first]);
        var type = OrganisationHeads.TryGetValue(head, out var t) ? t : "other";
        if (NameAt(first) is { Value.Entry: { } whole } match && first + match.Length - 1 == last) return (whole.Canonical, whole.Type);
        if (CountryAt(first) is { Value.Country: { } country } c && first + c.Length - 1 == last) return (country.Government, "government");
        if (TrailingAcronym(first, last) is { } trailing) return (trailing, type);
        if (LeadingAcronym(first, last) is { } acronym) return (acronym, type);
        if (CityHeads.Contains(head) || head.SequenceEqual("ciudad"))
        {
            var k = first + 1;
            // "Comune di Bergamo", "Ville de Laval": Italian and French connectors too.
            while (k <= last && (SpanishCues.CityGovernmentQualifiers.Contains(_t.Key(_t.Tokens[k]).ToString()) || IsForeignDe(k))) k++;
            if (k <= last && NameAt(k) is { Value.Entry: { IsCity: true } city } m && k + m.Length - 1 <= last) return (CityNamedLikeItsCountry(k, m.Length, city.Canonical), "city");

            var end = BeforeTrailingCountry(k, last);
            if (k <= end) return (CityNamedLikeItsCountry(k, end - k + 1, TitleCase(_t.Text.Substring(_t.Tokens[k].Start, _t.Tokens[end].End - _t.Tokens[k].Start))), "city");
        }

        return (TitleCase(text), type);
    }

    /// <summary>The acronym a cell closes with after a dash or in brackets ("… PARA REFUGIADOS - NRC", "… RESEARCH-GLACIER").</summary>
    private string? TrailingAcronym(int first, int last)
    {
        if (last <= first || !IsAcronymWord(_t.Original(_t.Tokens[last]))) return null;
        var before = _t.Text.AsSpan(_t.Tokens[last - 1].End, _t.Tokens[last].Start - _t.Tokens[last - 1].End).Trim(' ');
        return before is "-" or "(" or "–" ? _t.Original(_t.Tokens[last]).ToString() : null;
    }

    /// <summary>
    /// The acronym a cell opens with before the long name ("CIDH COMISION INTERAMERICANA …", "KOTRA KOREA TRADE …"): a word in
    /// capitals of 2 to 8 characters, followed by at least two words, whose letters are, for the most part and in order, the
    /// initials of the words after it.
    /// </summary>
    private string? LeadingAcronym(int first, int last)
    {
        var word = _t.Original(_t.Tokens[first]);
        if (last - first < 2 || !IsAcronymWord(word)) return null;
        var initials = new List<char>();
        for (var k = first + 1; k <= last; k++) initials.Add(_t.Key(_t.Tokens[k])[0]);
        var key = _t.Key(_t.Tokens[first]);
        if (key[0] != initials[0] && !initials.Take(3).Contains(key[0])) return null;
        int matched = 0, at = 0;
        foreach (var ch in key)
        {
            var found = initials.IndexOf(ch, at);
            if (found < 0) continue;
            matched++;
            at = found + 1;
        }

        return matched * 2 >= key.Length && matched >= 2 ? word.ToString() : null;
    }

    private static bool IsAcronymWord(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 8 && IsAllUpper(word) && !IsRoman(word) && word.ContainsAnyExceptInRange('0', '9');

    /// <summary>The last token starting before an offset (−1 when none does).</summary>
    private int TokenBefore(int offset) => _t.TokenAtOrAfter(offset) - 1;

    // ---- output ---------------------------------------------------------------------------------------------

    private void Add(TextSpan span, string canonical, string? type, string? country, double confidence, int priority)
    {
        if (_input.IsSkipped(span) || IsCitation(span) || InVenueCell(span)) return;
        // "US$ 850.000", "RD$ 2 millones": letters joined to a dollar sign write a currency.
        if (span.End < _t.Text.Length && _t.Text[span.End] == '$') return;
        if (IsOwn(canonical) || (type == "city" && canonical == HomeCity)) return;
        if (type is "city" or "government" && InDestinationField(span.Start)) return;
        if (type is not ("city" or "embassy" or "government") && BelongsToTheReportingCity(span)) return;
        _candidates.Add(new Candidate(span, canonical, type, country, confidence, priority));
    }

    /// <summary>"Destino:   Washington D.C. (Estados Unidos)": a trip's destination field names where it went, not who it worked with
    /// (the place right after the label, and a country in brackets after that place).</summary>
    private bool InDestinationField(int start)
    {
        var before = _t.Text.AsSpan(Math.Max(0, start - 80), Math.Min(start, 80)).TrimEnd(" \t*(");
        var colon = before.LastIndexOf(':');
        if (colon < 0) return false;
        // Between the label and the place: the first place of the field, no other clause.
        var value = before[(colon + 1)..];
        if (value.IndexOfAny("(),;") >= 0 || value.Contains(". ", StringComparison.Ordinal)) return false;
        var label = before[..(colon + 1)];
        return label.EndsWith("Destino:", StringComparison.OrdinalIgnoreCase) || label.EndsWith("Destinos:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A body named for the reporting city ("Empresa Metro de Bogotá", "Invest in Bogotá", "Secretaría de Cultura de la Ciudad de
    /// México") or called "distrital" in a district's report ("Universidad Distrital Francisco José de Caldas") is the city's own,
    /// not its partner; a chamber, university, foundation or association named for the city is not ("Cámara de Comercio de
    /// Bogotá"). A name for a country ("Universidad Nacional Autónoma de México") says nothing of the city.
    /// </summary>
    private bool BelongsToTheReportingCity(TextSpan span)
    {
        if (!_hasReportingBody) return false;
        var first = _t.TokenAtOrAfter(span.Start);
        var last = TokenBefore(span.End);
        if (last <= first) return false;

        // A chamber, university, foundation or association named for the city is its own body ("Cámara de Comercio de Bogotá").
        // A province's council named for the city ("Diputación de Valencia" in the Ayuntamiento de Valencia's report) is another government.
        var independent = _t.Key(_t.Tokens[first]) is "camara" or "alianza" or "universidad" or "universitat" or "universidade" or "fundacion" or "asociacion" or "federacion" or "club" or "colegio" or "bolsa"
            or "diputacion" or "diputacio" or "deputacion" or "cabildo" or "caritas" or "cluster"
            // "Europe Direct Región de Murcia": a European Union centre serving the region.
            or "europe";
        for (var k = first + 1; k <= last; k++)
        {
            if (_t.Key(_t.Tokens[k]).SequenceEqual("distrital") && IsOwnUnit(first, last)) return true;
            if (independent) continue;
            if (_t.Key(_t.Tokens[k - 1]) is not ("de" or "del" or "la" or "en" or "in")) continue;

            // "Red Nacional del IFAR-HU": the reporting body's acronym broken by a hyphen at a line's end is still its own.
            if (k < last && IsAllUpper(_t.Original(_t.Tokens[k])) && _own.Contains(Key(_t.Text.Substring(_t.Tokens[k].Start, _t.Tokens[last].End - _t.Tokens[k].Start)).Replace(" ", "", StringComparison.Ordinal))) return true;
            if (!_ownFirstWords.Contains(_t.Key(_t.Tokens[k]).ToString())) continue;
            // "Empresa Metro de Bogotá S.A.": a company's legal form after the city.
            var end = last;
            while (end > k && _t.Tokens[end].Length <= 3 && IsAllUpper(_t.Original(_t.Tokens[end]))) end--;
            var rest = Key(_t.Text.Substring(_t.Tokens[k].Start, _t.Tokens[end].End - _t.Tokens[k].Start));
            if (_own.Contains(rest) && _g.ResolveCountry(rest) is null) return true;
        }

        return false;
    }

    /// <summary>"(UN Habitat, 2020)": an author of a bibliographic citation is a source, not a partner.</summary>
    private bool IsCitation(TextSpan span)
    {
        if (span.Start == 0 || _t.Text[span.Start - 1] != '(') return false;
        var rest = _t.Text.AsSpan(span.End, Math.Min(8, _t.Text.Length - span.End));
        return rest.Length >= 6 && rest[0] == ',' && char.IsDigit(rest.TrimStart(", ")[0]);
    }

    /// <summary>Two-letter Spanish (and English) words that may sit inside a name in capitals ("JUNTOS SE PUEDE", "PEACE IN OUR CITIES"); any other two capitals are an acronym ("UC Berkeley").</summary>
    private static readonly HashSet<string> SpanishTwoLetterWords = new(StringComparer.Ordinal) { "se", "si", "no", "mi", "tu", "su", "lo", "le", "ya", "un", "es", "yo", "ni", "ti", "me", "te", "va", "ve", "fe", "oh", "in", "on", "at", "to", "by", "we", "my", "is" };

    private readonly Dictionary<string, bool> _acronymsInRunningText = new(StringComparer.Ordinal);

    /// <summary>An acronym the gazetteer or the document defines, or a short word the document also writes in capitals inside running text ("Fundación ACDI VOCA y otros aliados").</summary>
    private bool IsKnownAcronym(string word)
    {
        var key = Key(word);
        if (_defined.ContainsKey(key) || (_g.Resolve(word) is { } e && e.Acronym is { } a && Key(a) == key)) return true;
        if (key.Length > 5 || key.Contains(' ')) return false;
        if (!_acronymsInRunningText.TryGetValue(key, out var known)) _acronymsInRunningText[key] = known = CountOf(key) > 0;
        return known;
    }

    private List<TextSpan>? _venueCells;

    /// <summary>
    /// "| Fecha | Evento | Lugar |" over "… | Universidad Icesi |": a body named in a table's column of places is where an activity
    /// was held, not a partner of it.
    /// </summary>
    private bool InVenueCell(TextSpan span)
    {
        _venueCells ??= VenueCells();
        // Cells do not overlap: the last one starting at or before the span is the only one that may hold it.
        int lo = 0, hi = _venueCells.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_venueCells[mid].Start <= span.Start) lo = mid + 1; else hi = mid;
        }

        return lo > 0 && span.End <= _venueCells[lo - 1].End;
    }

    private List<TextSpan> VenueCells()
    {
        var cells = new List<TextSpan>();
        foreach (var (_, rows) in TableRows.Tables(_input.Document.Clean))
        {
            var header = rows[0];
            for (var c = 0; c < header.Count; c++)
            {
                if (!(FoldedText.FoldString(_t.Text.Substring(header[c].Start, header[c].Length).Trim()) is "lugar" or "lugar de realizacion" or "ubicacion" or "recinto"))
                    continue;
                foreach (var row in rows.Skip(1))
                    if (c < row.Count) cells.Add(row[c]);
            }
        }

        cells.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cells;
    }

    private List<Mention> Resolve()
    {
        // One canonical form per organisation: "Fundacion ACDI VOCA" and "Fundación ACDI VOCA" fold to one key; the accented form is kept.
        // A mission written both ways in one document ("Embajada de Japón", then "la Embajada del Japón") keeps the form it first has.
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in _candidates.OrderBy(c => c.Span.Start))
        {
            var key = FormKey(c.Canonical);
            if (!forms.TryGetValue(key, out var best) || (Key(best) == Key(c.Canonical) && Accents(c.Canonical) > Accents(best))) forms[key] = c.Canonical;
        }

        // Higher-priority and longer findings claim their characters first; a finding overlapping a claimed one is dropped.
        var taken = new System.Collections.BitArray(_t.Text.Length + 1);
        var result = new List<Mention>();
        foreach (var c in _candidates.OrderBy(c => c.Priority).ThenByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (IsCitedOrGlossed(c.Span)) continue;
            var free = true;
            for (var k = c.Span.Start; k < c.Span.End && free; k++) free = !taken[k];
            if (!free) continue;
            for (var k = c.Span.Start; k < c.Span.End; k++) taken[k] = true;
            var name = forms[FormKey(c.Canonical)];
            if (_longerForms.TryGetValue(Key(name), out var longer) && longer.Count == 1) name = longer.First();
            result.Add(new PartnerMention(c.Span, _t.Text.Substring(c.Span.Start, c.Span.Length), c.Confidence, _documentAcronyms.GetValueOrDefault(Key(name), name), c.Type, c.Country));
        }

        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>The key that groups the forms of one organisation's name: folded, a mission's "del" read as "de".</summary>
    private string FormKey(string canonical)
    {
        var key = Key(canonical);
        return key.StartsWith("embajada ", StringComparison.Ordinal) || key.StartsWith("consulado ", StringComparison.Ordinal) ? key.Replace(" del ", " de ", StringComparison.Ordinal) : key;
    }

    /// <summary>How far after an organisation a citation's cue still makes it the citation's author (the title in between).</summary>
    private const int CitationReach = 160;

    /// <summary>
    /// Whether the organisation is only cited or glossed, not named as a partner: the author of a reference ("Transparency
    /// International. Corruption Perceptions Index. [en línea][Fecha de consulta: …]. Disponible en: …", "… - Universidad de
    /// Panamá - Visitado el 2/5/2019"), or an entry of a list of abbreviations ("TE: Tribunal Electoral MEDUCA: Ministerio de
    /// Educación CSIRT: …"). A citation's cue follows its author within <see cref="CitationReach"/> characters of the paragraph.
    /// </summary>
    private bool IsCitedOrGlossed(TextSpan span)
    {
        // The paragraph's bounds by binary search over its line breaks: scanning for them from each candidate cost the
        // paragraph's length per candidate, quadratic in a long paragraph of names.
        var text = _t.Text;
        _lineBreaks ??= LineBreaks(text);
        var next = Array.BinarySearch(_lineBreaks, span.End);
        if (next < 0) next = ~next;
        var end = next < _lineBreaks.Length ? _lineBreaks[next] : text.Length;
        var reach = _t.Folded.AsSpan(span.End, Math.Min(end, span.End + CitationReach) - span.End);
        foreach (var cue in SpanishCues.CitationCues)
            if (reach.IndexOf(cue, StringComparison.Ordinal) is var at and >= 0 && IsCitationForm(reach[(at + cue.Length)..], cue)) return true;

        var previous = span.Start > 0 ? Array.BinarySearch(_lineBreaks, span.Start - 1) : -1;
        if (previous < 0) previous = ~previous - 1;
        var start = span.Start > 0 && previous >= 0 ? _lineBreaks[previous] + 1 : 0;
        if (!_paragraphs.TryGetValue(start, out var paragraph))
        {
            // The paragraph the span starts in, whatever line the span ends on.
            var after = Array.BinarySearch(_lineBreaks, start);
            if (after < 0) after = ~after;
            var paragraphEnd = after < _lineBreaks.Length ? _lineBreaks[after] : text.Length;
            _paragraphs[start] = paragraph = (SpanishCues.GlossaryEntry().Count(text.AsSpan(start, paragraphEnd - start)) >= SpanishCues.MinGlossaryEntries,
                                              SourceNoteIn(start, paragraphEnd));
        }

        return paragraph.Glossary || paragraph.SourceNote.Contains(span.Start) || IsNamedAsSource(span.Start) || IsStatisticsOffice(span);
    }

    /// <summary>The offsets of a text's line breaks, in order (a vectorised search from one to the next).</summary>
    private static int[] LineBreaks(string text)
    {
        var breaks = new List<int>();
        for (var k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1)) breaks.Add(k);
        return [.. breaks];
    }

    /// <summary>"Instituto Nacional de Estadística (INE)", "Departamento Administrativo Nacional de Estadística": an office of statistics is cited for its figures.</summary>
    private bool IsStatisticsOffice(TextSpan span)
    {
        var name = _t.Folded.AsSpan(span.Start, span.Length);
        return name.Contains("estadistica", StringComparison.Ordinal) || name.Contains("de censos", StringComparison.Ordinal);
    }

    /// <summary>Words that end right before an organisation cited as the source of figures: "según datos de la", "datos publicados por el".</summary>
    private static readonly string[] SourceLeads =
        ["segun datos de", "segun datos del", "segun cifras de", "segun cifras del", "segun el", "segun la", "segun los", "segun las", "datos publicados por",
         "cifras publicadas por", "datos de", "datos del", "cifras de", "cifras del", "estimaciones de", "estimaciones del", "de acuerdo con datos de",
         "de acuerdo con datos del", "(fuente:"];

    /// <summary>"Según datos de la Agencia Uruguaya …", "datos publicados por el Banco Mundial", "(Fuente: Banco Central …)": the source of figures, not a partner.</summary>
    private bool IsNamedAsSource(int start)
    {
        var before = _t.Folded.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).TrimEnd();
        if (before.EndsWith(" el", StringComparison.Ordinal) || before.EndsWith(" la", StringComparison.Ordinal)) before = before[..^3].TrimEnd();
        foreach (var lead in SourceLeads)
            if (before.EndsWith(lead, StringComparison.Ordinal) && (before.Length == lead.Length || !char.IsLetter(before[^(lead.Length + 1)]))) return true;
        return false;
    }

    /// <summary>
    /// A paragraph's source note (empty when it has none): "Fuente: Elaboración IMPLAN con información de Sociedad Hipotecaria Federal
    /// (SHF)", "… en el Partido de Carmen de Areco. Fuente de datos: … a través de la Oficina de Movilidad." A table's or chart's source
    /// note names where figures come from, not who cooperated. It opens the paragraph or a sentence and ends with its sentence ("Fuente:
    /// INEGI. En marzo la ciudad firmó un convenio con la Fundación Ford" goes on to a partner).
    /// </summary>
    private TextSpan SourceNoteIn(int start, int end)
    {
        var folded = _t.Folded.AsSpan(start, end - start);
        for (var at = folded.IndexOf("fuente", StringComparison.Ordinal); at >= 0;)
        {
            var head = folded[(at + 6)..Math.Min(folded.Length, at + 24)];
            var colon = head.IndexOfAny(':', ';');
            if (colon >= 0 && head[..colon].Trim() is "" or "s" or "s de datos" or "de datos" or "s de informacion" or "de informacion" or "s consultadas"
                && (folded[..at].TrimEnd(' ') is var before && (before.IsEmpty || before[^1] == '.')))
                return new TextSpan(start + at, SentenceEndAfter(start + at + 6 + colon + 1, end));
            var next = folded[(at + 6)..].IndexOf("fuente", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 6 + next;
        }

        return new TextSpan(start, start);
    }

    /// <summary>Where the sentence going on at <paramref name="from"/> ends: after a full stop followed by a space and a capital, or at <paramref name="end"/>.</summary>
    private int SentenceEndAfter(int from, int end)
    {
        for (var k = from; k + 2 < end; k++)
            if (_t.Text[k] == '.' && _t.Text[k + 1] == ' ' && char.IsUpper(_t.Text[k + 2])) return k + 1;
        return end;
    }

    /// <summary>Per paragraph start: whether it is a list of abbreviations, and its source note (empty when none).</summary>
    private readonly Dictionary<int, (bool Glossary, TextSpan SourceNote)> _paragraphs = [];

    private int[]? _lineBreaks;

    /// <summary>
    /// "Disponible en: http://…" is a reference's address; "la guía está disponible en la página web" is running text. The other
    /// cues ("[en línea", "fecha de consulta", "visitado el") are a reference's whatever follows.
    /// </summary>
    private static bool IsCitationForm(ReadOnlySpan<char> after, string cue)
    {
        if (cue != "disponible en") return true;
        after = after.TrimStart();
        return after.StartsWith(":") || after.StartsWith("http", StringComparison.Ordinal) || after.StartsWith("www", StringComparison.Ordinal);
    }

    /// <summary>A connector written as one ("DE", "Del"); an accented word that folds to one is a word of a name ("Belém do Pará").</summary>
    private static bool IsConnectorWord(string word, string folded) =>
        (SpanishCues.Connectors.Contains(folded) || folded == "con") && word.Equals(folded, StringComparison.OrdinalIgnoreCase);

    private static int Accents(string s) => s.Count(c => c > 127 && char.IsLetter(c));

    /// <summary>Title case for a name built from the text: words after the first keep their case unless all lower, connectors stay lower.</summary>
    private string TitleCase(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // A name printed in capitals ("FUNDACIÓN JUNTOS SE PUEDE", "MINISTERIO DE CULTURA DE COREA DEL SUR"): every word is title-cased
        // except the acronyms the gazetteer or the document knows.
        if (words.Count(w => w.Any(char.IsLetter)) >= 2 && words.All(w => IsAllUpper(w) || !w.Any(char.IsLetter)))
        {
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                var folded = FoldedText.FoldString(word);
                if (w > 0 && IsConnectorWord(word, folded)) { words[w] = word.ToLowerInvariant(); continue; }
                if (w > 0 && IsKnownAcronym(word) || IsRoman(word) || word.Contains('.') || !word.Any(c => "AEIOUÁÉÍÓÚaeiou".Contains(c)) ||
                    (word.Length == 2 && !SpanishTwoLetterWords.Contains(folded))) continue;
                words[w] = word[0] + word[1..].ToLowerInvariant();
            }

            return string.Join(' ', words);
        }

        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (w > 0 && IsConnectorWord(word, FoldedText.FoldString(word))) { words[w] = word.ToLowerInvariant(); continue; }
            // "Chambre de Commerce et d'Industrie", "Ville d'Arles": an elided article stays as written.
            if (w > 0 && word.Length > 2 && word[0] is 'd' or 'l' && word[1] is '\'' or '’') continue;
            if (word.Length > 0 && char.IsLower(word[0])) words[w] = char.ToUpperInvariant(word[0]) + word[1..];

            // Table cells in capitals ("MINISTERIO de CULTURA de BRASIL"): words longer than an acronym are title-cased.
            else if (word.Length > 4 && word.All(c => !char.IsLower(c)) && !IsKnownAcronym(word)) words[w] = word[0] + word[1..].ToLowerInvariant();
        }

        return string.Join(' ', words);
    }
}
