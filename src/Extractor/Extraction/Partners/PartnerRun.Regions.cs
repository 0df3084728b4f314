using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>
/// Regional governments: a province, a state, a department or a region acting as an institution. Named like the places they
/// govern, they are partners only where the text makes them act: as a government ("Gobierno de la Provincia de Santa Fe",
/// "Gobierno del Estado de Rio Grande do Sul"), as a counterpart after "con" or coordinated with another government ("entre la
/// Intendencia de Colonia y el Departamento de Dordoña"), as the body people come from ("técnicos de la Provincia de Santa Fe"),
/// or called a partner in apposition ("la Región Emilia-Romaña, socia histórica").
/// </summary>
internal sealed partial class PartnerRun
{
    private const int MaxRegionNameTokens = 5;

    /// <summary>Nouns of people who act for a body: "técnicos de la Provincia de …", "una comitiva del Gobierno de …".</summary>
    private static readonly HashSet<string> ActingForRoles = new(StringComparer.Ordinal)
    {
        "tecnicos", "tecnicas", "autoridades", "funcionarios", "funcionarias", "representantes", "comitiva", "delegacion", "delegados",
        "delegadas", "gobernador", "gobernadora", "equipo", "equipos", "especialistas",
    };

    private void FindRegionalGovernments()
    {
        for (var i = 0; i < _t.Tokens.Length; i++)
        {
            var head = _t.Key(_t.Tokens[i]);
            if (!(head is "provincia" or "departamento" or "region" or "estado") || !char.IsUpper(_t.Original(_t.Tokens[i])[0])) continue;
            if (RegionNameEnd(i) is not { } end) continue;
            var explicitGovernment = GovernmentOf(i);
            if (!explicitGovernment && !RegionActs(i, end)) continue;
            var nameStart = head is "region" && !_t.Key(_t.Tokens[i + 1]).SequenceEqual("de") ? i + 1 : i + 2;
            var place = _t.Text[_t.Tokens[nameStart].Start.._t.Tokens[end].End];
            // A state goes by its name ("Jalisco"); a province, a department or a region keeps its kind ("Provincia de Santa Fe" is not the city).
            var canonical = head is "estado" ? place : TitleCase(_t.Text[_t.Tokens[i].Start.._t.Tokens[end].End]);
            var start = explicitGovernment ? _t.Tokens[i - (_t.Key(_t.Tokens[i - 1]).SequenceEqual("del") ? 2 : 3)].Start : _t.Tokens[i].Start;
            // "Gobierno del Estado de Querétaro" in the Municipio de Querétaro's report: the state is not the city; it keeps its full name.
            if (head is "estado" && explicitGovernment && IsOwn(place)) canonical = TitleCase(_t.Text[start.._t.Tokens[end].End]);
            if (!IsOwn(canonical) && (!IsOwn(place) || canonical != place)) Add(new TextSpan(start, _t.Tokens[end].End), canonical, "government", null, 0.75, 1);
            i = end;
        }
    }

    /// <summary>The last token of the region's name: "Provincia de Santa Fe", "Estado de Rio Grande do Sul", "Región Emilia-Romaña"; null when none follows.</summary>
    private int? RegionNameEnd(int head)
    {
        var k = head + 1;
        if (k >= _t.Tokens.Length || !GapAllowed(k)) return null;
        if (_t.Key(_t.Tokens[k]) is "de" or "del") k++;
        else if (!_t.Key(_t.Tokens[head]).SequenceEqual("region")) return null;
        if (k >= _t.Tokens.Length || !GapAllowed(k) || !char.IsUpper(_t.Original(_t.Tokens[k])[0])) return null;
        var end = k;
        for (var j = k + 1; j < _t.Tokens.Length && j - k < MaxRegionNameTokens && GapAllowed(j) && !IsSentenceBoundary(_t.Tokens[j - 1].End); j++)
        {
            if (char.IsUpper(_t.Original(_t.Tokens[j])[0])) { end = j; continue; }
            if (_t.Key(_t.Tokens[j]) is "do" or "del" or "de" && j + 1 < _t.Tokens.Length && char.IsUpper(_t.Original(_t.Tokens[j + 1])[0])) continue;
            break;
        }

        return end;
    }

    /// <summary>"Gobierno de la Provincia de …", "Gobierno del Estado de …".</summary>
    private bool GovernmentOf(int head) =>
        (head >= 3 && _t.Key(_t.Tokens[head - 3]).SequenceEqual("gobierno") && _t.Key(_t.Tokens[head - 2]).SequenceEqual("de") && _t.Key(_t.Tokens[head - 1]).SequenceEqual("la"))
        || (head >= 2 && _t.Key(_t.Tokens[head - 2]).SequenceEqual("gobierno") && _t.Key(_t.Tokens[head - 1]).SequenceEqual("del"));

    /// <summary>Whether the text makes the region act: after "con" or a role of people acting for it, coordinated with a government, or called a partner.</summary>
    private bool RegionActs(int head, int end)
    {
        var k = head - 1;
        if (k >= 0 && _t.Key(_t.Tokens[k]) is "la" or "el") k--;
        if (k < 0 || !GapAllowed(k + 1)) return false;
        var before = _t.Key(_t.Tokens[k]);
        // A department is as often an office ("con el Departamento de Soporte Técnico", "técnicos del Departamento de Sistemas"): only a
        // government coordinated with it makes it one of a territory.
        var office = _t.Key(_t.Tokens[head]).SequenceEqual("departamento");
        if (!office && before.SequenceEqual("con")) return true;
        if (!office && before is "de" or "del" && k >= 1 && ActingForRoles.Contains(_t.Key(_t.Tokens[k - 1]).ToString())) return true;
        // "entre la Intendencia de Colonia y el Departamento de Dordoña": coordinated with a government the text names.
        if (before is "y" or "e" && k >= 1 && _candidates.Any(c => c.Type is "city" or "government" && c.Span.End <= _t.Tokens[k].Start && c.Span.End >= _t.Tokens[k - 1].Start)) return true;
        // "la Región Emilia-Romaña, socia histórica de …".
        var after = _t.Folded.AsSpan(_t.Tokens[end].End, Math.Min(12, _t.Folded.Length - _t.Tokens[end].End));
        return after.StartsWith(", soci", StringComparison.Ordinal) || after.StartsWith(", alia", StringComparison.Ordinal);
    }
}
