using System.Collections.Frozen;

namespace Extractor.Extraction.Partners;

/// <summary>
/// Closed word classes of Spanish that the partner rules rely on, all folded (lower case, no accents).
/// They come from Spanish grammar (articles, prepositions, conjunctions) and from the usage of Latin American
/// and Spanish public administration for naming institutions ("Secretaría de …", "Alcaldía Mayor de …").
/// </summary>
internal static partial class SpanishCues
{
    /// <summary>
    /// Folded phrases that introduce a list of partner organisations: "socios estratégicos como", "aliados como", "organizaciones
    /// como", "en alianza con", "donantes como".
    /// </summary>
    /// <remarks>
    /// A list of companies or bodies may also follow a colon after its noun ("representantes de las empresas: Nuba, Atlantida
    /// Travel y Zafiro Tours", "cuatro de los más grandes fabricantes de buses eléctricos del mundo: BYD, Zhongtong, Sunwin"):
    /// up to five words between the noun and the colon, none of them saying the bodies are the city's own.
    /// </remarks>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?:socios|aliados|cooperantes|donantes|financiadores|patrocinadores|proveedores)(?: (?:estrategicos|clave|internacionales|principales))?(?: tales)? como|(?:organizaciones|entidades|instituciones|empresas|companias|firmas|fabricantes|proveedores|redes|fundaciones|organismos)(?: (?!distritales|municipales|capitalinas)\w+)? (?:tales )?como|(?:socios|aliados|cooperantes|donantes|financiadores|patrocinadores|proveedores|organizaciones|entidades|instituciones|empresas|companias|firmas|fabricantes|fundaciones|organismos)(?: (?!distritales|municipales|capitalinas|publicas)\w+){0,5}:|en alianza con|en asociacion con) ")]
    public static partial System.Text.RegularExpressions.Regex PartnerListCue();

    /// <summary>The folded words <see cref="PartnerListCue"/>'s alternatives open with: the pattern is tried only where one begins.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnerListCueOpeners = Openers(
        "socios", "aliados", "cooperantes", "donantes", "financiadores", "patrocinadores", "proveedores", "organizaciones", "entidades",
        "instituciones", "empresas", "companias", "firmas", "fabricantes", "redes", "fundaciones", "organismos", "en");

    /// <summary>Folded section titles over a network's list of member cities, or a city's sister cities: "Ciudades socias", "Ciudades miembro", "Municipios asociados", "Ciudades hermanas".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:nuestras|las) )?(?:ciudades|municipios|gobiernos locales|municipalidades) (?:socias|socios|miembro|miembros|asociadas|asociados|integrantes|adheridas|adheridos|hermanas|hermanadas|hermanos)\b")]
    public static partial System.Text.RegularExpressions.Regex MemberCitiesHeading();

    /// <summary>"desde 1964", "hermanada desde 1998", "desde marzo de 2003": the year a member or sister city joined, closing its line.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:hermanad[ao]s?\s+)?desde\s+(?:el\s+)?(?:\p{L}+\s+de\s+)?(?:19|20)\d\d$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    public static partial System.Text.RegularExpressions.Regex SinceYear();

    /// <summary>
    /// Folded phrases that introduce a list of places as cities taking part or acting as counterparts: "participaron las
    /// ciudades de: …", "los alcaldes de …", "los alcaldes y jefes de gobierno de …", "los presidentes municipales de …",
    /// "los presidentes de las câmaras municipais de …", "con ciudades de otros países como …",
    /// "las ciudades que participaron en el estudio fueron …", "funcionarias de Ecuador y Barcelona", "alcaldes y responsables
    /// técnicos de …", "delegaciones municipales de …", "la red reúne a seis ciudades portuarias: …", "22 ayuntamientos, entre ellos …".
    /// Group <c>con</c> marks the
    /// counterpart form ("con ciudades … como"), group <c>took</c> a phrase that itself says the cities took part; the others need
    /// a word of participation nearby. Group <c>people</c> names people from places, which may be organisations as well: only
    /// places the gazetteer knows are read from it. Group <c>with</c> marks a plural noun of cities after "con" ("junto con los
    /// municipios de Quito y Cuenca", "con los ayuntamientos de Tesalónica y Bari"): counterparts when two places or more follow. A
    /// meeting's minutes list its absent members after "Excusan su asistencia" as group <c>con</c>: members of the network all the same;
    /// so are the places a network admits "como miembros de pleno derecho a Villa María (Argentina) e Ibarra (Ecuador)", and the
    /// sister cities after "acuerdos de hermanamiento con Wiesbaden (Alemania), Reno (Estados Unidos) …".
    /// </summary>
    /// <remarks>
    /// Every alternative opens with a word of its own ("con " once for both of its forms, "las ciudades" and "ciudades" written out
    /// rather than "(?:las )?ciudades", the nouns of cities once after "con" and once bare): an optional word in front made the
    /// backtracking matcher try each alternative at nearly every word of the text, twice as slow on the seeds (same matches and
    /// groups on the seeds and the corpus).
    /// </remarks>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?<took>(?:las ciudades|ciudades) (?:que (?:participaron|participan|forman parte)|participantes)[^.\n:]{0,60}? (?:fueron|son|eran):?|(?:las ciudades|ciudades) (?:presentes|participantes|asistentes|representadas):|(?:reune|agrupa|integra|suma) a (?:\p{L}+ )?(?:ciudades|municipios)(?: \p{L}+)?:)|(?<con>excusan su asistencia|excusaron su asistencia|(?:acuerdos?|convenios?|protocolos?) de hermanamiento con|hermanamientos? con|hermanad[ao]s? con|como (?:miembros?|socios?|socias?) (?:de pleno derecho |plenos? |asociad[oa]s? |titulares |observador(?:es|as?)? )?a)|con (?:(?<con>(?:las |otras |diversas |varias |distintas )?(?:ciudades|municipios|capitales|gobiernos locales)(?: (?:aliadas|hermanas|socias|de (?:otros|distintos|diversos|varios) paises|del mundo|de la region))? como)|(?<with>(?:los |las )?)(?:ciudades|municipios|capitales|municipalidades|ayuntamientos|alcaldias|intendencias|prefeituras) (?:de|del):?)|(?:ciudades|municipios|capitales|municipalidades|ayuntamientos|alcaldias|intendencias|prefeituras) (?:de|del):?|(?:ciudades|municipios|municipalidades|ayuntamientos|alcaldias|intendencias),? entre (?:ellos|ellas|otros|otras):?|(?:representantes|funcionarios|funcionarias|delegados|delegadas|delegaciones|autoridades|equipos|gobiernos) (?:municipales|locales|edilicios|edilicias) de|(?<people>(?:representantes|funcionarios|funcionarias|tecnicos|tecnicas|delegados|delegadas|delegaciones|autoridades) de:?)|(?:alcaldes|alcaldesas|intendentes|intendentas|prefeitos|gobernadores|presidentes (?:municipales|de las camaras municipais|de las camaras municipales))(?: y (?:(?:jefes|jefas) de gobierno|(?:responsables|representantes|equipos|funcionarios|funcionarias|delegados|delegadas)(?: tecnicos| tecnicas| municipales)?))? de:?)[ \n]")]
    public static partial System.Text.RegularExpressions.Regex CityListCue();

    /// <summary>The folded words <see cref="CityListCue"/>'s alternatives open with: the pattern is tried only where one begins.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CityListCueOpeners = Openers(
        "las", "ciudades", "reune", "agrupa", "integra", "suma", "excusan", "excusaron", "acuerdo", "acuerdos", "convenio", "convenios",
        "hermanamiento", "hermanamientos", "hermanada", "hermanado", "hermanadas", "hermanados",
        "protocolo", "protocolos", "como", "con", "municipios", "capitales", "municipalidades", "ayuntamientos", "alcaldias", "intendencias", "tecnicos", "tecnicas",
        "prefeituras", "representantes", "funcionarios", "funcionarias", "delegados", "delegadas", "delegaciones", "autoridades", "equipos",
        "gobiernos", "alcaldes", "alcaldesas", "intendentes", "intendentas", "prefeitos", "gobernadores", "presidentes");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Folded common nouns that put a company's, agency's or medium's name in apposition: "la empresa consultora Dalberg", "la
    /// agencia de viajes receptiva Arminas Travel", "la revista de negocios Outlook Travel", "la cadena británica BBC", "el centro
    /// tecnológico Eurecat". ("la firma"
    /// is left out: "la firma del Acuerdo" is a signing.)
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:la|una|el|las|los) (?:empresa|compania|consultora|consultoria|agencia|aerolinea|operadora|constructora|editorial|fabricante|startup|revista|periodico|diario|semanario|cadena|centro tecnologico|centros tecnologicos)s? ")]
    public static partial System.Text.RegularExpressions.Regex CompanyAppositionCue();

    /// <summary>
    /// Folded common nouns that put a civil body's name in apposition: "la ONG Manos Abiertas", "la asociación Mujeres en Acción", "la
    /// organización Techo", "el colectivo Ecologistas en Acción", "la patronal ASCER". ("la plataforma" and "la red" are left out: "la plataforma Decidim" is
    /// software, "la red WiFi" and "la red URBACT Food Corridors" are no bodies.)
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:la|una|el|las|los) (?:ong|ongd|asociacion|organizacion|fundacion|entidad|colectivo|cooperativa|federacion|patronal)(?:e?s)? ")]
    public static partial System.Text.RegularExpressions.Regex BodyAppositionCue();

    /// <summary>
    /// Folded common nouns of bodies that describe a name set beside them with commas: "Assomac, la asociación de fabricantes …",
    /// "la asociación portuguesa del calzado, APICCAPS, …".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:la|el) (?:asociacion|federacion|confederacion|camara|agencia|organizacion|fundacion|patronal|red|entidad|organismo|cooperativa|universidad) ")]
    public static partial System.Text.RegularExpressions.Regex BodyDescriptionCue();

    /// <summary>
    /// A company's legal form written after its name, in the original case: "S.A.", "S.A.S.", "S.A. de C.V.", "S.L.", "S.R.L.",
    /// "S.A.C.", "E.S.P.", "Ltda.", "SpA", "S.p.A.", "Inc.", "LLC", "GmbH".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])(?:S\. ?A\.(?: ?S\.| ?C\.| ?B\.)?(?: de C\. ?V\.)?|S\. ?L\.(?: ?U\.)?|S\. ?R\. ?L\.|E\. ?S\. ?P\.|Ltda\.|LTDA\.|S\. ?p\. ?A\.|SpA\b|Inc\.|LLC\b|GmbH\b)")]
    public static partial System.Text.RegularExpressions.Regex LegalForm();

    /// <summary>Lower-case words between "la empresa" and a name that say the company is a public body of a government, the reporting city's own ("la empresa distrital …").</summary>
    public static readonly HashSet<string> OwnCompanyWords = new(StringComparer.Ordinal)
    {
        "distrital", "municipal", "capitalina", "estatal", "departamental", "publica", "publico", "paraestatal", "local",
    };

    /// <summary>Words that make a civil body in apposition a public one ("la fundación municipal …"), maybe the reporting body's own.</summary>
    public static readonly HashSet<string> OwnBodyWords = new(StringComparer.Ordinal) { "distrital", "municipal", "publica", "publico", "estatal" };

    /// <summary>Words that end the descriptive words between "la empresa" and a name: a relative clause or a verb has begun ("la empresa que presentó …").</summary>
    public static readonly HashSet<string> AppositionBreakers = new(StringComparer.Ordinal)
    {
        "que", "quien", "cual", "cuyo", "cuya", "se", "es", "fue", "ha", "han", "con", "para", "por", "en", "a", "al", "y", "o", "su", "sus", "no", "lo", "le", "como", "sobre", "entre",
    };

    /// <summary>
    /// Head nouns of organisation names in English, where the head comes last ("Johns Hopkins University", "Climate Heritage
    /// Network") or before an "of" complement ("International Association of Chiefs of Police").
    /// </summary>
    public static readonly Dictionary<string, string> EnglishHeads = new(StringComparer.Ordinal)
    {
        ["university"] = "university", ["college"] = "university", ["school"] = "university", ["academy"] = "university",
        ["network"] = "network", ["council"] = "network", ["association"] = "network", ["alliance"] = "network", ["coalition"] = "network",
        ["partnership"] = "ngo", ["institute"] = "ngo", ["center"] = "ngo", ["centre"] = "ngo", ["lab"] = "ngo", ["laboratory"] = "ngo",
        ["society"] = "ngo", ["trust"] = "foundation", ["foundation"] = "foundation", ["philanthropies"] = "foundation",
        ["agency"] = "agency", ["bank"] = "multilateral", ["organization"] = "ngo", ["organisation"] = "ngo", ["corporation"] = "company",
        ["commission"] = "government",
        // "Cincinnati USA Regional Chamber", "Toronto Region Board of Trade" (a board only with its "of": "Editorial Board", "Steering
        // Committee" are a body's organs).
        ["chamber"] = "company", ["board"] = "ngo", ["federation"] = "network",
        // "Miyamoto International", "Amnesty International": a company or NGO named for its reach; Spanish writes "Internacional".
        ["international"] = "ngo",
        // "Country Fire Authority"; the French metropolitan governments put their noun last too ("Brest Métropole", "Limoges Métropole").
        ["authority"] = "government", ["metropole"] = "government",
    };

    /// <summary>
    /// Folded names of world regions: "las ciudades de América Latina" says where cities are, it lists none. (Continents and the
    /// regions Latin American and Spanish reports group cities by.)
    /// </summary>
    public static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "america", "america latina", "latinoamerica", "iberoamerica", "europa", "africa", "asia", "oceania", "centroamerica", "sudamerica",
        "suramerica", "norteamerica", "america del sur", "america del norte", "america central", "caribe", "el caribe", "medio oriente",
        "oriente medio", "sur global", "norte global", "mediterraneo", "asia pacifico", "asia-pacifico", "mesoamerica", "andes",
    };

    /// <summary>
    /// Folded names of Spain's autonomous communities, as NGOs and foundations name their regional chapters after them ("Médicos del
    /// Mundo Andalucía", "Ingeniería Sin Fronteras Aragón"), in Spanish and in their own languages.
    /// </summary>
    public static readonly HashSet<string> ChapterRegions = new(StringComparer.Ordinal)
    {
        "andalucia", "aragon", "asturias", "baleares", "illes balears", "islas baleares", "canarias", "cantabria", "castilla y leon",
        "castilla-la mancha", "castilla la mancha", "cataluna", "catalunya", "comunidad valenciana", "comunitat valenciana", "extremadura",
        "galicia", "navarra", "nafarroa", "euskadi", "pais vasco", "la rioja", "region de murcia", "comunidad de madrid",
    };

    /// <summary>Function words of English names ("Institute for Transportation and Development Policy").</summary>
    public static readonly HashSet<string> EnglishConnectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "in" };

    /// <summary>Words that may sit inside an institution's name between capitalised words ("Banco Interamericano de Desarrollo").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "y", "e", "para", "en", "contra", "sobre", "al", "a", "por",
        "of", "for", "the", "and", "on", "des", "du", "et", "pour", "di", "della", "delle", "dei", "degli", "do", "da", "das", "dos", "fur",
        // Catalan: "Associació Catalana per la Pau", "Associació d'Amics d'Orléans", "Federació d'Organitzacions per a la Justícia Global".
        "per", "d", "l", "dels",
    };

    /// <summary>Head nouns of organisation names that are partners wherever they come from.</summary>
    public static readonly Dictionary<string, string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        ["ministerio"] = "ministry", ["embajada"] = "embassy", ["consulado"] = "embassy", ["fundacion"] = "foundation", ["universidad"] = "university",
        ["universitat"] = "university", ["universidade"] = "university", ["agencia"] = "agency", ["banco"] = "multilateral", ["red"] = "network",
        ["organizacion"] = "ngo", ["instituto"] = "other", ["federacion"] = "network", ["asociacion"] = "network", ["comision"] = "government",
        ["camara"] = "company", ["confederacion"] = "network", ["corporacion"] = "company", ["colegio"] = "university",
        ["coalicion"] = "network", ["alianza"] = "network", ["union"] = "network", ["fondo"] = "foundation", ["grupo"] = "other",
        ["organismo"] = "other", ["comite"] = "other", ["sociedad"] = "company", ["empresa"] = "company", ["cooperativa"] = "company",
        ["foundation"] = "foundation", ["institute"] = "ngo", ["agency"] = "agency", ["council"] = "network", ["network"] = "network",
        ["association"] = "network", ["university"] = "university", ["bank"] = "multilateral", ["policia"] = "government", ["departamento"] = "ministry",
        ["centro"] = "ngo", ["corte"] = "government", ["bolsa"] = "company",
        // Spain's regional and provincial governments: "Generalitat Valenciana", "Diputación de Valencia", "Xunta de Galicia", "Cabildo de Tenerife".
        // Portuguese: "Comissão de Coordenação e Desenvolvimento Regional do Norte", "Associação Nacional de Municípios Portugueses".
        ["comissao"] = "government", ["associacao"] = "network", ["fundacao"] = "foundation", ["federacao"] = "network", ["agrupacion"] = "network",
        ["generalitat"] = "government", ["diputacion"] = "government", ["diputacio"] = "government", ["xunta"] = "government", ["cabildo"] = "government",
        // Galician: "Deputación da Coruña".
        ["deputacion"] = "government",
        // Associations of municipalities: "Mancomunidad de Municipios Aymaras Sin Fronteras", "Consorcio de Municipios …"; Spain's counties,
        // "Comarca de la Jacetania".
        ["mancomunidad"] = "government", ["consorcio"] = "government", ["comarca"] = "government",
        // Catalan: "Mancomunitat de la Plana", "Consorci …", "Fundació …", "Associació …".
        ["mancomunitat"] = "government", ["consorci"] = "government", ["fundacio"] = "foundation", ["associacio"] = "network",
        // "Consell Comarcal del Maresme", "Federació de Municipis de Catalunya".
        ["consell"] = "government", ["federacio"] = "network",
        // Federations of NGOs: "Coordinadora de ONGD de Castilla y León" (only with a collective complement, see CollectiveMembers).
        ["coordinadora"] = "network",
        // "Cáritas de Querétaro", "Cáritas Diocesana de Valladolid", "Cáritas Española": each diocese's Cáritas is its own body.
        ["caritas"] = "ngo",
        // "Clúster Aeroespacial de Querétaro": an association of companies of a sector.
        ["cluster"] = "company",
        // French and Italian: "Université de Montréal", "Università di Bologna", "Politecnico di Milano", "Chambre de Commerce et
        // d'Industrie de Lyon", "Camera di Commercio di Torino".
        ["universite"] = "university", ["universita"] = "university", ["politecnico"] = "university", ["chambre"] = "company", ["camera"] = "company",
    };

    /// <summary>
    /// Words of a "Coordinadora" name that make it a federation of bodies ("Coordinadora de ONGD de …", "Coordinadora Estatal de
    /// Organizaciones …"); without one it is a person's title ("la Coordinadora de Relaciones Internacionales").
    /// </summary>
    public static readonly HashSet<string> CollectiveMembers = new(StringComparer.Ordinal)
    {
        "ongd", "ong", "ongs", "ongds", "organizaciones", "entidades", "asociaciones", "colectivos", "movimientos", "cooperativas", "sindicatos",
    };

    /// <summary>Folded place names written with "y", whose second part must not be read as a place of its own ("Castilla y León").</summary>
    public static readonly HashSet<string> CompoundPlaces = new(StringComparer.Ordinal)
    {
        "castilla y leon", "trinidad y tobago", "bosnia y herzegovina", "santo tome y principe", "antigua y barbuda", "san cristobal y nieves",
        "wallis y futuna",
    };

    /// <summary>
    /// The word after "Centro" (or after its "de") that makes it an institution, not a facility or a place: "Centro Cultural Coreano",
    /// "Centro de Estudios sobre …", "Centro Iberoamericano de …", "Centro Nacional de Prevención de Desastres"; "Centro Histórico",
    /// "Centro de Datos", "Centro de Día" are not bodies.
    /// </summary>
    public static readonly HashSet<string> InstitutionCentreWords = new(StringComparer.Ordinal)
    {
        "cultural", "estudios", "investigacion", "investigaciones", "internacional", "iberoamericano", "latinoamericano", "interamericano",
        "nacional", "regional", "europeo", "mundial", "global",
    };

    /// <summary>
    /// Heads of units of a government. In a report they are the reporting government's own units unless the name
    /// says whose they are ("Secretaría de Trabajo del Estado de Coahuila").
    /// </summary>
    public static readonly HashSet<string> GovernmentUnitHeads = new(StringComparer.Ordinal)
    {
        "secretaria", "subsecretaria", "coordinacion", "direccion", "jefatura", "consejeria", "procuraduria", "fiscalia",
        "fideicomiso", "dependencia", "unidad", "gerencia", "oficina", "consejo", "comision", "instituto", "departamento", "policia", "agencia", "comite", "fondo",
        "contraloria", "defensoria", "autoridad",
        // Catalan: "Consell Municipal de Cooperació" (the council's own board); Portuguese: "Conselho Municipal da Cidade de Inhambane".
        "consell", "conselho",
    };

    /// <summary>Heads that name a city's or state's government ("Alcaldía Mayor de Bogotá", "Intendencia de Montevideo").</summary>
    public static readonly HashSet<string> CityGovernmentHeads = new(StringComparer.Ordinal)
    {
        "alcaldia", "intendencia", "prefeitura", "gobierno", "municipalidad", "ayuntamiento", "mairie", "concejo", "municipio", "ajuntament", "comune", "prefectura",
        // Galicia's "Concello de Lugo".
        "concello",
        // Morocco's "Comuna de Chefchaouen", the "Métropole de Lyon", the "Ville de Laval", the "Città di Torino".
        "comuna", "metropole", "ville", "citta",
        // German and Dutch: "Stadt Wien", "Gemeente Rotterdam"; French: "Commune de Tanger".
        "stadt", "gemeente", "commune",
        "gobernacion",
        // Ecuador's "GAD Municipal de Loja" (Gobierno Autónomo Descentralizado).
        "gad",
    };

    /// <summary>Adjectives that open an institution's name before its head noun ("Alta Consejería", "Gran Fundación").</summary>
    public static readonly HashSet<string> NameAdjectives = new(StringComparer.Ordinal)
    {
        "alta", "alto", "gran", "nueva", "nuevo", "primera", "primer", "real", "pontificia", "suprema", "supremo", "the", "la", "el",
        // Honorifics of a council: Mexico's "H. Ayuntamiento de Veracruz", Chile's "Ilustre Municipalidad de Valparaíso".
        "h", "honorable", "ilustre",
    };

    /// <summary>Words between a city-government head and "de" ("Alcaldía Mayor de", "Municipalidad Metropolitana de").</summary>
    public static readonly HashSet<string> CityGovernmentQualifiers = new(StringComparer.Ordinal)
    {
        "mayor", "municipal", "metropolitana", "metropolitano", "provincial", "distrital", "local", "autonoma", "autonomo", "descentralizado", "de", "la", "ciudad",
        "del", "gobierno", "canton",
        // China's "Gobierno Popular de Weifang" (a city's people's government); Korea's "Ciudad Especial de Suwon".
        "popular", "especial",
        // Portuguese: "Prefeitura da Cidade do Rio de Janeiro".
        "cidade",
    };

    /// <summary>
    /// Folded words of the policy domains a ministry or a secretariat is named for, as they stand in a series inside its name
    /// ("Ministerio de Agricultura, Ganadería y Pesca", "Ministerio de las Culturas, las Artes y el Patrimonio"): a series of other
    /// words ("el Ministerio de Salud, Fonasa y Cenabast", "… de Cultura, Pedro Castillo y Ana Gómez") lists other bodies or people.
    /// </summary>
    public static readonly HashSet<string> PolicyDomains = new(StringComparer.Ordinal)
    {
        "agricultura", "ganaderia", "pesca", "acuicultura", "alimentacion", "desarrollo", "rural", "cultura", "culturas", "artes", "patrimonio",
        "turismo", "deporte", "deportes", "recreacion", "vivienda", "construccion", "saneamiento", "ciudad", "territorio", "urbanismo", "ambiente",
        "medio", "agua", "aguas", "transicion", "ecologica", "energia", "energias", "minas", "mineria", "hidrocarburos", "industria", "comercio",
        "trabajo", "empleo", "seguridad", "social", "justicia", "derechos", "humanos", "educacion", "ciencia", "ciencias", "tecnologia", "innovacion",
        "salud", "proteccion", "economia", "finanzas", "hacienda", "credito", "publico", "publicas", "planificacion", "planeacion", "obras",
        "transporte", "transportes", "comunicaciones", "infraestructura", "infraestructuras", "igualdad", "mujer", "mujeres", "genero",
        "diversidad", "juventud", "familia", "familias", "ninez", "infancia", "adolescencia", "inclusion", "movilidad", "relaciones", "exteriores",
        "culto", "interior", "gobierno", "descentralizacion", "asuntos", "migracion", "cooperacion", "participacion", "ciudadana", "solidaridad",
        "bienestar", "sostenible", "sostenibilidad", "clima", "climatico", "biodiversidad", "recursos", "naturales", "telecomunicaciones",
        "productividad", "competitividad", "emprendimiento", "economico", "economica", "universidades", "investigacion", "fomento",
        "presupuesto", "administracion", "modernizacion", "transparencia", "digital", "transformacion", "urbano", "vivienda", "habitat",
        "consumo", "alimentaria", "integracion", "regional", "europea", "agenda", "memoria", "democratica", "paz", "victimas", "reconciliacion",
        // The members a federation or an association of local governments is named for: "Federación … de Ciudades, Municipios y Asociaciones".
        "ciudades", "municipios", "municipalidades", "asociaciones", "gobiernos", "locales", "regiones", "provincias", "comunidades", "pueblos",
    };

    /// <summary>Folded adjectives of rank that may open an institution's name before its head noun ("Pontificia Universidad …", "Real Academia …").</summary>
    public static readonly HashSet<string> RankAdjectives = new(StringComparer.Ordinal)
    {
        "pontificia", "pontificio", "real", "benemerita", "benemerito", "ilustre", "honorable", "gran", "nueva", "nuevo", "suprema", "supremo", "alta", "alto",
    };

    /// <summary>
    /// Folded adjectives of nationality and the ISO code of their country. They close an organisation's name as its national society or
    /// chapter ("Cruz Roja Chilena", "Media Luna Roja Turca"), and, right after its head noun, make a body a nation's ("Agencia Italiana
    /// para el Comercio Exterior").
    /// </summary>
    public static readonly Dictionary<string, string> DemonymCountries = new(StringComparer.Ordinal)
    {
        ["espanola"] = "ES", ["espanol"] = "ES", ["chilena"] = "CL", ["chileno"] = "CL", ["argentina"] = "AR", ["argentino"] = "AR",
        ["colombiana"] = "CO", ["colombiano"] = "CO", ["mexicana"] = "MX", ["mexicano"] = "MX", ["peruana"] = "PE", ["peruano"] = "PE",
        ["uruguaya"] = "UY", ["uruguayo"] = "UY", ["paraguaya"] = "PY", ["paraguayo"] = "PY", ["boliviana"] = "BO", ["boliviano"] = "BO",
        ["ecuatoriana"] = "EC", ["ecuatoriano"] = "EC", ["venezolana"] = "VE", ["venezolano"] = "VE", ["cubana"] = "CU", ["cubano"] = "CU",
        ["dominicana"] = "DO", ["dominicano"] = "DO", ["guatemalteca"] = "GT", ["guatemalteco"] = "GT", ["hondurena"] = "HN", ["hondureno"] = "HN",
        ["salvadorena"] = "SV", ["salvadoreno"] = "SV", ["nicaraguense"] = "NI", ["costarricense"] = "CR", ["panamena"] = "PA", ["panameno"] = "PA",
        ["brasilena"] = "BR", ["brasileno"] = "BR", ["portuguesa"] = "PT", ["portugues"] = "PT", ["francesa"] = "FR", ["frances"] = "FR",
        ["alemana"] = "DE", ["aleman"] = "DE", ["italiana"] = "IT", ["italiano"] = "IT", ["britanica"] = "GB", ["britanico"] = "GB", ["turca"] = "TR",
        ["turco"] = "TR", ["japonesa"] = "JP", ["japones"] = "JP", ["coreana"] = "KR", ["coreano"] = "KR", ["canadiense"] = "CA",
        ["estadounidense"] = "US", ["suiza"] = "CH", ["suizo"] = "CH", ["sueca"] = "SE", ["sueco"] = "SE", ["noruega"] = "NO", ["noruego"] = "NO",
        ["danesa"] = "DK", ["danes"] = "DK", ["neerlandesa"] = "NL", ["neerlandes"] = "NL", ["holandesa"] = "NL", ["holandes"] = "NL",
        ["belga"] = "BE", ["austriaca"] = "AT", ["austriaco"] = "AT", ["finlandesa"] = "FI", ["finlandes"] = "FI", ["irlandesa"] = "IE",
        ["irlandes"] = "IE", ["polaca"] = "PL", ["polaco"] = "PL", ["griega"] = "GR", ["griego"] = "GR", ["marroqui"] = "MA", ["haitiana"] = "HT",
        ["haitiano"] = "HT", ["puertorriquena"] = "PR", ["puertorriqueno"] = "PR",
    };

    /// <summary>The folded adjectives of nationality (<see cref="DemonymCountries"/>'s keys).</summary>
    public static readonly HashSet<string> Demonyms = new(DemonymCountries.Keys, StringComparer.Ordinal);

    /// <summary>Titles of people who act for a city or a country ("la Alcaldesa de Bogotá", "la Primera Vicepresidenta de Costa Rica").</summary>
    public static readonly HashSet<string> CityRoles = new(StringComparer.Ordinal)
    {
        "alcalde", "alcaldesa", "intendente", "intendenta", "prefeito", "prefeita", "prefecto", "prefecta", "gobernador", "gobernadora",
        "secretario", "secretaria", "vicealcalde", "vicealcaldesa", "concejal", "concejala", "mayor",
        "alcaldes", "alcaldesas", "intendentes", "prefeitos", "gobernadores", "mandatarios", "mandatarias",
    };

    /// <summary>
    /// People who act for the city named right after them ("representantes de la Ciudad de Nagoya", "la delegación de Lima"); unlike an
    /// office holder's title, only with nothing but "de la Ciudad de" between ("la delegación asistió al foro de Madrid" names a place).
    /// </summary>
    public static readonly HashSet<string> CityEnvoys = new(StringComparer.Ordinal)
    {
        "representante", "representantes", "delegado", "delegada", "delegados", "delegadas", "delegacion",
    };

    public static readonly HashSet<string> CountryRoles = new(StringComparer.Ordinal)
    {
        "presidente", "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "canciller", "cancilleria", "gobierno", "gobiernos",
        "delegacion", "delegaciones", "instancias", "instituciones", "embajador", "embajadora", "embajada", "embajadas", "estado", "primer", "primera",
    };

    /// <summary>Words of a sentence saying that places named in it took part ("participaron representantes de las ciudades de …").</summary>
    public static readonly string[] ParticipationStems = ["particip", "representant", "funcionari", "intervin", "integrant", "forman parte", "miembro", "socia", "delegad", "delegaci", "asistier", "visit", "panelist", "ponente", "expositor",
        "se sumaron", "se sumo", "se incorpor", "adhirieron", "se adhirio", // joining: "se sumaron al registro … los municipios de …"
        "conto con", "contaron con", // "La jornada contó con los presidentes municipales de …"
        "recibio a", "recibieron a"]; // "la ciudad recibió a 45 técnicos de la Ciudad de México, Monterrey y Guadalajara"

    /// <summary>Participles that make the following city the doer ("liderado por la ciudad de Bogotá").</summary>
    public static readonly string[] AgentParticiples = ["liderad", "encabezad", "organizad", "financiad", "impulsad", "apoyad", "facilitad", "coordinad", "patrocinad", "convocad", "ofrecid", "auspiciad"];

    /// <summary>Short words that read as acronyms in lower case but are ordinary words; never matched in lower case.</summary>
    public static readonly HashSet<string> LowerCaseStopAcronyms = new(StringComparer.Ordinal)
    {
        "red", "sin", "con", "son", "una", "uno", "los", "las", "del", "por", "que", "mas", "ser", "fue", "dos", "ame", "cut", "can", "eps", "vale", "meta",
        "techo", "change",
    };

    /// <summary>Folded words that follow the author of a bibliographic reference: its access date, its address, "[en línea]".</summary>
    public static readonly string[] CitationCues =
        ["[en linea", "disponible en", "fecha de consulta", "consultado el", "visitado el", "recuperado de", "recuperado el", "accedido el"];

    /// <summary>An entry of a list of abbreviations: "MEDUCA: Ministerio de Educación", "DGCP: Dirección General …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}{2,}\s?:\s\p{Lu}\p{Ll}")]
    public static partial System.Text.RegularExpressions.Regex GlossaryEntry();

    /// <summary>A paragraph with this many abbreviation entries is a list of abbreviations.</summary>
    public const int MinGlossaryEntries = 3;
}
