namespace Extractor.Classification.Linear;

/// <summary>
/// Short hand-made lists of folded cue words per section type, taken from the label definitions in docs/labels.md.
/// Their densities are features that mean the same in every document, unlike n-grams, which with 17 training
/// documents mostly learn each document's own vocabulary.
/// </summary>
public static class CueWords
{
    /// <summary>Per cue family (named like the section type it suggests), folded words and prefixes ("particip*").</summary>
    public static readonly IReadOnlyList<(string Name, string[] Words)> Families =
    [
        ("activity", ["reunion*", "visit*", "particip*", "foro", "taller*", "encuentro*", "firm*", "evento*", "celebr*", "asisti*", "sesion*", "recibio", "presento", "realizo", "llevo", "organiz*", "cumbre*", "viaj*", "capacitacion*", "curso*", "conferencia*", "mision*", "delegacion*"]),
        ("statistics", ["total*", "fuente*", "indicador*", "porcentaje*", "promedio*", "grafic*", "tasa*", "poblacion", "habitantes", "numero", "cifras", "datos", "encuesta*", "censo*", "indice*", "ranking", "mujeres", "hombres", "inegi"]),
        ("partners", ["aliad*", "alianza*", "miembro*", "socio*", "red", "redes", "cooperante*", "embajada*", "organizacion*", "fundacion*", "membresia*", "adhesion", "asociacion*", "agencia*", "banco", "programa", "union", "ciudades", "gobiernos"]),
        ("finance", ["presupuest*", "recurso*", "monto*", "financ*", "fondo*", "pago*", "dolares", "euros", "pesos", "millones", "aporte*", "contrapartida*", "tasa*", "derechos", "contribu*", "gasto*", "ingreso*", "inversion*", "costo*"]),
        ("institutional", ["mision", "vision", "somos", "direccion*", "secretari*", "departamento*", "coordinacion*", "contacto", "correo", "organigrama", "estructura", "funciones", "equipo", "director*", "jefe*", "presidente*", "oficina*", "institucion*"]),
        ("analysis", ["sin", "embargo", "debe*", "deberia*", "desafio*", "politica*", "recomend*", "conclusion*", "porque", "aunque", "necesario", "importante", "ademas", "asi", "pueden", "puede", "mejor", "forma", "manera"]),
        ("navigation", ["indice", "contenido*", "pag", "pagina*", "capitulo*", "anexo*", "referencias", "bibliografia", "titulo", "seccion", "introduccion", "boe", "cve", "verificable", "www", "http", "https", "dl"]),
    ];

    /// <summary>Feature names in index order.</summary>
    public static IReadOnlyList<string> Names { get; } = Families.Select(f => "cue_" + f.Name).ToArray();

    private static readonly (HashSet<string> Exact, string[] Prefixes)[] Compiled = Families
        .Select(f => (f.Words.Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal), f.Words.Where(w => w.EndsWith('*')).Select(w => w[..^1]).ToArray()))
        .ToArray();

    /// <summary>Per family, the share of the folded words that are its cues, scaled so 10 % or more gives 1.</summary>
    public static double[] Densities(string foldedText)
    {
        var words = foldedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new double[Families.Count];
        if (words.Length == 0) return result;
        // Each distinct word is matched against the families once (texts repeat their words a lot).
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        var hits = new int[Compiled.Length];
        foreach (var w in words)
        {
            if (!masks.TryGetValue(w, out var mask))
            {
                for (var f = 0; f < Compiled.Length; f++)
                {
                    var (exact, prefixes) = Compiled[f];
                    if (exact.Contains(w) || prefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal))) mask |= 1 << f;
                }

                masks[w] = mask;
            }

            for (var f = 0; mask != 0; f++, mask >>= 1)
                if ((mask & 1) != 0) hits[f]++;
        }

        for (var f = 0; f < Compiled.Length; f++) result[f] = Math.Min(1, 10.0 * hits[f] / words.Length);
        return result;
    }
}
