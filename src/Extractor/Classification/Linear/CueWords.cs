namespace Extractor.Classification.Linear;

/// <summary>
/// Short hand-made lists of folded cue words per section type, taken from the label definitions in docs/labels.md.
/// Their densities are features that mean the same in every document, unlike n-grams, which with 17 training
/// documents mostly learn each document's own vocabulary.
/// </summary>
public static class CueWords
{
    /// <summary>Per cue family (named like the section type it suggests, or what it marks), folded words and prefixes ("particip*").</summary>
    public static readonly IReadOnlyList<(string Name, string[] Words)> Families =
    [
        ("activity", ["reunion*", "visit*", "particip*", "foro", "taller*", "encuentro*", "firm*", "evento*", "celebr*", "asisti*", "sesion*", "recibio", "presento", "realizo", "llevo", "organiz*", "cumbre*", "viaj*", "capacitacion*", "curso*", "conferencia*", "mision*", "delegacion*"]),
        ("statistics", ["total*", "fuente*", "indicador*", "porcentaje*", "promedio*", "grafic*", "tasa*", "poblacion", "habitantes", "numero", "cifras", "datos", "encuesta*", "censo*", "indice*", "ranking", "mujeres", "hombres", "inegi"]),
        ("partners", ["aliad*", "alianza*", "miembro*", "socio*", "red", "redes", "cooperante*", "embajada*", "organizacion*", "fundacion*", "membresia*", "adhesion", "asociacion*", "agencia*", "banco", "programa", "union", "ciudades", "gobiernos"]),
        ("finance", ["presupuest*", "recurso*", "monto*", "financ*", "fondo*", "pago*", "dolares", "euros", "pesos", "millones", "aporte*", "contrapartida*", "tasa*", "derechos", "contribu*", "gasto*", "ingreso*", "inversion*", "costo*"]),
        ("institutional", ["mision", "vision", "somos", "direccion*", "secretari*", "departamento*", "coordinacion*", "contacto", "correo", "organigrama", "estructura", "funciones", "equipo", "director*", "jefe*", "presidente*", "oficina*", "institucion*"]),
        ("analysis", ["sin", "embargo", "debe*", "deberia*", "desafio*", "politica*", "recomend*", "conclusion*", "porque", "aunque", "necesario", "importante", "ademas", "asi", "pueden", "puede", "mejor", "forma", "manera"]),
        ("navigation", ["indice", "contenido*", "pag", "pagina*", "capitulo*", "anexo*", "referencias", "bibliografia", "titulo", "seccion", "introduccion", "boe", "cve", "verificable", "www", "http", "https", "dl"]),
        // Not a section type: dates (events are dated) and the first person plural (a body speaking of itself).
        ("dates", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"]),
        ("we", ["nuestro", "nuestra", "nuestros", "nuestras", "hemos", "somos", "estamos", "tenemos", "trabajamos", "nos"]),
    ];

    /// <summary>Feature names in index order.</summary>
    public static IReadOnlyList<string> Names { get; } = Families.Select(f => "cue_" + f.Name).ToArray();

    // Per word and per prefix, the families it belongs to as a bit mask; looked up by span, so words are never copied.
    private static readonly Dictionary<string, int> ExactMasks = Masks(w => !w.EndsWith('*'), w => w);
    private static readonly Dictionary<string, int> PrefixMasks = Masks(w => w.EndsWith('*'), w => w[..^1]);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExactLookup = ExactMasks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = PrefixMasks.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int[] PrefixLengths = PrefixMasks.Keys.Select(p => p.Length).Distinct().Order().ToArray();

    /// <summary>Per family, the share of the folded words that are its cues, scaled so 10 % or more gives 1.</summary>
    public static double[] Densities(string foldedText)
    {
        var hits = new int[Families.Count];
        var words = Count(foldedText, hits);
        return hits.Select(h => Density(h, words)).ToArray();
    }

    /// <summary>A family's density from its hits among <paramref name="words"/> words: the share, scaled so 10 % or more gives 1.</summary>
    public static double Density(int hits, int words) => words == 0 ? 0 : Math.Min(1, 10.0 * hits / words);

    /// <summary>Adds each family's cue words in <paramref name="foldedText"/> to <paramref name="hits"/>; returns the number of words.</summary>
    public static int Count(string foldedText, Span<int> hits)
    {
        var words = 0;
        foreach (var range in foldedText.AsSpan().Split(' '))
        {
            var word = foldedText.AsSpan()[range];
            if (word.IsEmpty) continue;
            words++;
            var mask = Mask(word);
            for (var f = 0; mask != 0; f++, mask >>= 1)
                if ((mask & 1) != 0) hits[f]++;
        }

        return words;
    }

    /// <summary>The families a folded word is a cue of: an exact word, or one starting with a listed prefix.</summary>
    private static int Mask(ReadOnlySpan<char> word)
    {
        var mask = ExactLookup.TryGetValue(word, out var exact) ? exact : 0;
        foreach (var length in PrefixLengths)
        {
            if (length > word.Length) break;
            if (PrefixLookup.TryGetValue(word[..length], out var prefixed)) mask |= prefixed;
        }

        return mask;
    }

    private static Dictionary<string, int> Masks(Func<string, bool> include, Func<string, string> key)
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var f = 0; f < Families.Count; f++)
            foreach (var w in Families[f].Words.Where(include))
                masks[key(w)] = masks.GetValueOrDefault(key(w)) | (1 << f);
        return masks;
    }
}
