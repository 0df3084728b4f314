using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>
/// The partner rules that read names no gazetteer knows from how the text introduces them: cities listed as taking part.
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
        foreach (System.Text.RegularExpressions.Match cue in SpanishCues.CityListCue().Matches(_t.Folded))
        {
            var (s, _) = SentenceAround(cue.Index);
            if (!cue.Groups["took"].Success && !cue.Groups["con"].Success && !MentionsParticipation(_t.Folded.AsSpan(s, cue.Index + cue.Length - s))) continue;
            // "FORO DE LAS CIUDADES DE MADRID": a cue inside a name set in capitals introduces nothing.
            if (!HasLower(_t.Text.AsSpan(cue.Index, cue.Length))) continue;
            var k = _t.TokenAtOrAfter(cue.Index + cue.Length);
            var isList = cue.Value.TrimEnd().EndsWith(':') || cue.Groups["took"].Success || cue.Groups["con"].Success || cue.Groups["people"].Success;
            if (k >= _t.Tokens.Length || IsRegion(k) || (!isList && IsCountry(k))) continue;
            var oneALine = _t.Text.AsSpan(cue.Index, _t.Tokens[k].Start - cue.Index).Contains('\n');
            var knownOnly = cue.Groups["people"].Success;
            if (oneALine) ReadCityLines(k, knownOnly);
            else foreach (var (first, last) in ListedItems(k, MaxListedCities, MaxCityTokens)) AddListedCity(first, last, knownOnly);
        }
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
            AddListedCity(k, ItemEnd(k, MaxCityTokens), knownOnly);
            k = end + 1;
        }
    }

    private ReadOnlySpan<char> Gap(int token) =>
        token + 1 < _t.Tokens.Length ? _t.Text.AsSpan(_t.Tokens[token].End, _t.Tokens[token + 1].Start - _t.Tokens[token].End) : [];

    /// <summary>The last token of a listed name: the gazetteer's longest name there ("Washington dc"), else capitalised words and the connectors between them ("Belém do Pará").</summary>
    private int ItemEnd(int first, int maxTokens)
    {
        var (len, m) = NameAt(first);
        var end = m is not null && CaseFits(m, first, len) ? first + len - 1 : first;
        while (end + 1 < _t.Tokens.Length && end - first < maxTokens - 1 && InsideListedName(end + 1)) end++;
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

        if (knownOnly || IsHeadNoun(_t.Key(_t.Tokens[first])) || last - first > 4 || IsRegion(first)) return; // an institution's name: the head-noun rules read it
        for (var k = first; k <= last; k++)
            if (!char.IsUpper(_t.Original(_t.Tokens[k])[0]) && !SpanishCues.Connectors.Contains(_t.Key(_t.Tokens[k]).ToString())) return;
        Add(span, TitleCase(_t.Text.Substring(span.Start, span.Length)), "city", null, 0.6, 3);
    }
}
