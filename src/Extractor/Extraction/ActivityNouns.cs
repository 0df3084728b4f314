using Extractor.Extraction.Partners;

namespace Extractor.Extraction;

/// <summary>
/// Spanish nouns that name an activity ("Reunión", "Foro", "Taller"), folded, with the event type they give.
/// Strong nouns name an event on their own; weak ones ("Colaboración", "Intercambio") only when the report dates them.
/// </summary>
internal static class ActivityNouns
{
    private static readonly Dictionary<string, string> Strong = Build(
        "reunión reuniones foro foros cumbre cumbres sesión sesiones ceremonia ceremonias congreso congresos taller talleres curso cursos seminario seminarios " +
        "encuentro encuentros visita visitas firma lanzamiento campaña misión conversatorio conversatorios webinar webinars diálogo diálogos " +
        "presentación recepción entrevista entrevistas conferencia conferencias jornada jornadas capacitación capacitaciones pasantía pasantías celebración " +
        "conmemoración iluminación evento eventos exposición exposiciones simposio feria festival premiación entrega donación adhesión cierre inauguración " +
        "panel gira asamblea mesa coloquio intercambio tianguis declaratoria mención acción viaje viajes concierto conciertos homenaje " +
        "desfile certamen exhibición exhibiciones caminata convención hackatón festejo festejos charla charlas desayuno almuerzo cena gala velada " +
        "tertulia torneo torneos maratón acto actos diplomado diplomados diplomatura diplomaturas fiesta fiestas webinario webinarios " +
        "videoconferencia videoconferencias")
        // Galician and Portuguese names of activities in Spanish reports ("III Encontro de Cidades da Raia Atlántica", "Xornada de
        // cooperación", "Obradoiro de …"), typed as their Spanish nouns.
        .Concat(new Dictionary<string, string>
        {
            ["encontro"] = "encuentro", ["encontros"] = "encuentro", ["xornada"] = "jornada", ["xornadas"] = "jornada", ["xuntanza"] = "reunión",
            ["reuniao"] = "reunión", ["obradoiro"] = "taller", ["obradoiros"] = "taller", ["congresso"] = "congreso", ["feira"] = "feria",
        })
        .ToDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Weak =
        new[] { "colaboración", "cooperación", "extensión", "participación", "coordinación", "promoción", "mención", "reconocimiento", "iluminación", "difusión",
                "intercambio", "acción", "declaratoria", "tianguis", "entrega", "mesa",
                // A projection may be a forecast, a route a bus line, a contest or a prize a kind of tool: they name an activity only when dated.
                "proyección", "recorrido", "concurso", "premio",
                // "Premios Málaga Solidaria" (12 de diciembre): an award's ceremony named by its prizes; "los premios en metálico" are none.
                "premios",
                // "Ciclo de seminarios …" is a series of activities; "el ciclo de vida", "el ciclo escolar" are not.
                "ciclo",
                // Twinning, dated: "Hermanamiento Canelones–Aveiro" (9 de mayo). ("Renovación" and "suscripción" renew a fleet or subscribe to
                // databases as often as they sign agreements.)
                "hermanamiento",
                // "mantuvo una audiencia con el embajador de Japón"; "una audiencia de dos millones de personas" is who was reached.
                "audiencia",
                // "V Semana franco-uruguaya de la cooperación descentralizada" (del 2 al 4 de julio); "la semana pasada" is no activity.
                "semana",
                // "Ronda Internacional de Negocios Vitivinícolas" (15 y 16 de junio); "una segunda ronda de financiamiento" is no occasion.
                "ronda",
                // "la primera rueda internacional de negocios «Mérida Conecta»" (5 y 6 de junio), "Rueda de Cooperantes de Santander"; "sillas de
                // ruedas" and "Laura Camacho Rueda" are a thing and a name.
                "rueda",
                // "13:30   Comida de trabajo con la Cámara de Comercio …", "Campamento Internacional de Juventud" (del 17 al 28 de julio); "la
                // entrega de comida", "un campamento de refugiados" are things and places.
                "comida", "campamento",
                // "la Escuela de Verano de Ciudades Intermedias (del 8 al 12 de julio)"; "la Escuela de Arquitectura" is a school.
                "escuela",
                // "15/03/2024 – Comité de seguimiento del proyecto Cali Exporta", "29 de noviembre. Segundo Comité de Seguimiento de LITORAL-MAC":
                // a committee dated as an item is its sitting; "el Comité de Cooperación" alone is the body.
                "comité",
                // "30.º aniversario del hermanamiento con Niort" over "Los días 6, 7 y 8 de octubre …": a dated anniversary is its celebration;
                // "el 30 aniversario de la fundación" in passing is none.
                "aniversario" }.ToDictionary(FoldedText.FoldString, w => w, StringComparer.Ordinal);

    private static readonly HashSet<string> Plural = new(
        "reuniones foros cumbres sesiones ceremonias congresos talleres cursos seminarios encuentros visitas conversatorios webinars diálogos entrevistas conferencias jornadas capacitaciones pasantías exposiciones eventos viajes conciertos exhibiciones festejos charlas torneos actos diplomados diplomaturas fiestas webinarios videoconferencias encontros xornadas obradoiros"
            .Split(' ').Select(FoldedText.FoldString), StringComparer.Ordinal);

    // Looked up once per word of every sentence: the span lookups are built once, and words too short or too long for any noun are rejected first.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StrongLookup = Strong.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WeakLookup = Weak.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralLookup = Plural.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int MinLength = Strong.Keys.Concat(Weak.Keys).Min(k => k.Length);
    private static readonly int MaxLength = Strong.Keys.Concat(Weak.Keys).Max(k => k.Length);

    /// <summary>The event type for a folded noun ("reunion" → "reunión"), or null when the word is no activity noun.</summary>
    public static string? TypeOf(ReadOnlySpan<char> folded) =>
        folded.Length < MinLength || folded.Length > MaxLength ? null :
        StrongLookup.TryGetValue(folded, out var t) ? t : WeakLookup.TryGetValue(folded, out var w) ? w : null;

    public static bool IsWeak(ReadOnlySpan<char> folded) => WeakLookup.ContainsKey(folded);

    /// <summary>A noun that names an activity on its own, dated or not ("reunión", "foro"; not "intercambio", "colaboración").</summary>
    public static bool IsStrong(ReadOnlySpan<char> folded) => TypeOf(folded) is not null && !IsWeak(folded);

    /// <summary>
    /// Weak nouns of a lasting relation, a role or a mention ("Colaboración", "Coordinación", "Difusión", "Mención"), as against those of
    /// an occasion ("Intercambio", "Acción", "Entrega", "Recorrido"): dated or not, a title opening with one names an activity only
    /// through a strong noun after it, or as a heading the report dates.
    /// </summary>
    public static bool IsRelation(ReadOnlySpan<char> folded) => RelationLookup.Contains(folded);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationLookup = new HashSet<string>(
        new[] { "colaboración", "cooperación", "extensión", "participación", "coordinación", "promoción", "mención", "reconocimiento", "difusión" }
            .Select(FoldedText.FoldString), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsPlural(ReadOnlySpan<char> folded) => PluralLookup.Contains(folded);

    /// <summary>Maps each noun (and its plural) to the singular type.</summary>
    private static Dictionary<string, string> Build(string words)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        string? singular = null;
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = FoldedText.FoldString(w);
            var isPluralOfPrevious = singular is not null && (f == FoldedText.FoldString(singular) + "s" || f == FoldedText.FoldString(singular) + "es" ||
                                                             (f.EndsWith("ones", StringComparison.Ordinal) && FoldedText.FoldString(singular).EndsWith("on", StringComparison.Ordinal)));
            if (isPluralOfPrevious) { d[f] = singular!; continue; }
            singular = w;
            d[f] = w;
        }

        return d;
    }
}
