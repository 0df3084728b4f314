using Extractor.Domain;

namespace Extractor.Extraction.Partners;

/// <summary>Organisation types a gazetteer row may have.</summary>
public static class OrganisationTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "network", "multilateral", "agency", "government", "city", "embassy", "ministry", "foundation", "company", "university", "media", "ngo", "other",
    };
}

/// <summary>One organisation of the gazetteer: the name analysts search for, the names documents use, its type and country.</summary>
/// <param name="Canonical">The acronym where there is one ("CGLU"), else the name in title case.</param>
/// <param name="Acronym">The acronym, or null.</param>
/// <param name="Aliases">Other names, in any language or spelling ("UCLG", "Ciudades y Gobiernos Locales Unidos").</param>
/// <param name="Type">One of <see cref="OrganisationTypes.All"/>.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of its seat, or null for international bodies.</param>
public sealed record GazetteerEntry(string Canonical, string? Acronym, IReadOnlyList<string> Aliases, string Type, string? Country)
{
    public bool IsCity => Type == "city";

    /// <summary>Every name that refers to the entry: canonical, acronym and aliases.</summary>
    public IEnumerable<string> Names => new[] { Canonical }.Concat(Acronym is null ? [] : [Acronym]).Concat(Aliases).Distinct(StringComparer.Ordinal);
}

/// <summary>A country: its names, and the canonical names of its government and its embassies.</summary>
/// <param name="Article">"de", "del", "de la" or "de los": how "Gobierno … X" reads ("Gobierno del Reino Unido").</param>
/// <param name="MissionName">The shorter name its embassies and consulates go by, when they do ("Embajada de Corea" for Corea del Sur).</param>
public sealed record Country(string Name, IReadOnlyList<string> Aliases, string Iso, string Article, string? MissionName = null)
{
    public string Government => $"Gobierno {Article} {Name}";

    /// <summary>
    /// "Embajada de Francia", "Embajada del Reino Unido", "Embajada de los Países Bajos": a masculine article belongs to the
    /// country's name and stays; the feminine one is usually dropped in an embassy's name ("Embajada de India").
    /// </summary>
    public string Embassy => Article is "del" or "de los" ? $"Embajada {Article} {MissionName ?? Name}" : $"Embajada de {MissionName ?? Name}";

    /// <summary>"Consulado General de Italia", "Consulado Honorario de Italia", "Consulado del Reino Unido": named as its embassy is.</summary>
    public string Consulate(bool general, bool honorary = false) => (general ? "Consulado General" : honorary ? "Consulado Honorario" : "Consulado") + Embassy["Embajada".Length..];
}

/// <summary>
/// The partner gazetteer: organisations (partners.tsv) and countries (countries.tsv beside it), with a token trie over the
/// folded words of every name so that a document is matched in one pass.
/// </summary>
public sealed class PartnerGazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _byFoldedName = new(StringComparer.Ordinal);

    private PartnerGazetteer(IReadOnlyList<GazetteerEntry> entries, IReadOnlyList<Country> countries)
    {
        Entries = entries;
        Countries = countries;
        foreach (var e in entries)
        {
            foreach (var name in e.Names)
            {
                var words = FoldedText.FoldedWords(name);
                if (words.Length == 0) continue;
                Names.Add(words, new NameMatch(e, null, name, IsAcronymForm(name)));
                _byFoldedName.TryAdd(string.Join(' ', words), e);
            }
        }

        foreach (var c in countries)
            foreach (var name in c.Aliases.Prepend(c.Name))
                CountryNames.Add(FoldedText.FoldedWords(name), new NameMatch(null, c, name, IsAcronymForm(name)));
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }
    public IReadOnlyList<Country> Countries { get; }

    internal TokenTrie<NameMatch> Names { get; } = new();
    internal TokenTrie<NameMatch> CountryNames { get; } = new();

    /// <summary>The entry a name refers to (case and accents ignored), or null.</summary>
    public GazetteerEntry? Resolve(string name) =>
        _byFoldedName.TryGetValue(string.Join(' ', FoldedText.FoldedWords(name)), out var e) ? e : null;

    /// <summary>The country a name refers to, or null.</summary>
    public Country? ResolveCountry(string name)
    {
        var f = string.Join(' ', FoldedText.FoldedWords(name));
        return Countries.FirstOrDefault(c => c.Aliases.Prepend(c.Name).Any(a => string.Join(' ', FoldedText.FoldedWords(a)) == f));
    }

    /// <summary>Loads partners.tsv and, when present, countries.tsv from the same folder.</summary>
    public static Result<PartnerGazetteer> Load(string partnersPath)
    {
        if (!File.Exists(partnersPath)) return Result<PartnerGazetteer>.Failure(partnersPath, "gazetteer not found; set Extraction.Gazetteer to the path of partners.tsv");
        var countriesPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(partnersPath))!, "countries.tsv");
        using var partners = File.OpenText(partnersPath);
        using var countries = File.Exists(countriesPath) ? File.OpenText(countriesPath) : null;
        return Parse(partners, countries, partnersPath);
    }

    /// <summary>Parses the two TSV files; every malformed row is reported, with its line number, in one failure.</summary>
    public static Result<PartnerGazetteer> Parse(TextReader partners, TextReader? countries, string source = "partners.tsv")
    {
        var errors = new List<string>();
        var entries = new List<GazetteerEntry>();
        var n = 0;
        for (var line = partners.ReadLine(); line is not null; line = partners.ReadLine())
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 5) { errors.Add($"line {n}: expected 5 tab-separated columns (canonical, acronym, aliases, type, country), found {f.Length}"); continue; }
            if (f[0].Trim().Length == 0) { errors.Add($"line {n}: empty canonical name"); continue; }
            if (!OrganisationTypes.All.Contains(f[3])) { errors.Add($"line {n}: unknown type '{f[3]}' (known: {string.Join(", ", OrganisationTypes.All)})"); continue; }
            entries.Add(new GazetteerEntry(
                f[0].Trim(),
                f[1].Trim() is { Length: > 0 } a ? a : null,
                f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                f[3],
                f[4].Trim() is { Length: > 0 } c ? c : null));
        }

        var countryList = new List<Country>();
        if (countries is not null)
        {
            n = 0;
            for (var line = countries.ReadLine(); line is not null; line = countries.ReadLine())
            {
                n++;
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length is not (4 or 5) || f[3] is not ("de" or "del" or "de la" or "de los")) { errors.Add($"countries.tsv line {n}: expected name, aliases, ISO code, 'de'/'del'/'de la'/'de los' and an optional mission name"); continue; }
                var mission = f.Length == 5 && f[4].Trim().Length > 0 ? f[4].Trim() : null;
                countryList.Add(new Country(f[0].Trim(), f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), f[2].Trim(), f[3], mission));
            }
        }

        return errors.Count > 0
            ? Result<PartnerGazetteer>.Failure(source, string.Join("; ", errors))
            : Result<PartnerGazetteer>.Success(new PartnerGazetteer(entries, countryList));
    }

    /// <summary>"CGLU", "C40", "AL-LAs": a name written as an acronym, which must not match ordinary lower-case words.</summary>
    internal static bool IsAcronymForm(string name)
    {
        if (name.Contains(' ')) return false;
        var upper = name.Count(char.IsUpper);
        var lower = name.Count(char.IsLower);
        return upper >= 2 && upper > lower;
    }
}

/// <summary>A gazetteer name found in the trie: the organisation or country it names and the form as the gazetteer writes it.</summary>
internal sealed record NameMatch(GazetteerEntry? Entry, Country? Country, string Form, bool IsAcronym);
