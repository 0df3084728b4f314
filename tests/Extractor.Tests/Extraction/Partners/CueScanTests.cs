using System.Text.RegularExpressions;
using Extractor.Extraction.Partners;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Extraction.Partners;

/// <summary>
/// The partner cues are tried only where a word they open with begins (<see cref="FoldedText.MatchesAtWords"/>); they must find what a
/// scan of the whole text finds, so each cue's list of opening words is checked against its own pattern run unanchored.
/// </summary>
public sealed class CueScanTests
{
    /// <summary>Sentences that open each alternative of the two cues, beside the seeds and the bundled corpus.</summary>
    private const string Examples = """
        Las ciudades que participaron en el estudio fueron Quito, Cuenca y Loja. La red reúne a seis ciudades portuarias: Vigo y Oporto.
        Agrupa a municipios costeros: Cádiz. Integra a ciudades: Rosario. Suma a municipios: Tandil. Excusan su asistencia Lima y Cusco.
        Excusaron su asistencia Bogotá y Cali. Firmó acuerdos de hermanamiento con Wiesbaden (Alemania) y Reno (Estados Unidos).
        El convenio de hermanamiento con Pau. Los protocolos de hermanamiento con Niort. Admitió como miembros de pleno derecho a Ibarra.
        Cooperación con ciudades de otros países como Chicago y Berlín. Junto con los municipios de Quito y Cuenca. Con las capitales de:
        Madrid. Participaron los municipios de Tarija y Sucre. Capitales de Europa. Municipalidades de Chile. Ayuntamientos de: Bilbao.
        Alcaldías del Caribe. Intendencias de Uruguay. Prefeituras de São Paulo. Representantes municipales de Gijón participaron.
        Funcionarios locales de Oviedo. Funcionarias de: Quito. Delegados de Salta. Delegadas de: Jujuy. Delegaciones municipales de Tacna.
        Autoridades locales de Arica. Equipos municipales de Iquique. Gobiernos locales de Piura. Los alcaldes de Addis Abeba y Dhaka.
        Alcaldesas de: Lima. Intendentes y jefes de gobierno de Montevideo. Intendentas de Canelones. Prefeitos de Recife. Gobernadores de:
        Salta. Asistieron los presidentes municipales de Tonalá y El Salto. Socios estratégicos como ARUP y Citynet. Aliados clave como C40. Cooperantes como AECID. Donantes tales como el BID.
        Financiadores como la UE. Patrocinadores como Iberia. Proveedores principales como BYD. Organizaciones como Oxfam.
        Entidades sociales como Cáritas. Instituciones como la UNAM. Empresas como Nuba: Atlantida Travel y Zafiro Tours. Compañías como Renfe.
        Firmas como Deloitte. Fabricantes del mundo: BYD, Zhongtong, Sunwin. Redes como Eurocities. Fundaciones como Ibercaja.
        Organismos como UNICEF. En alianza con C40 y Bloomberg Philanthropies. En asociación con ONU-Hábitat.
        """;

    private static IEnumerable<string> Texts()
    {
        yield return Examples;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal)) yield return File.ReadAllText(file);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.RepoRoot, "corpus", "documents"), "*.md").Order(StringComparer.Ordinal)) yield return File.ReadAllText(file);
    }

    private static IEnumerable<TestCaseData> Cues()
    {
        yield return new TestCaseData(SpanishCues.CityListCue(), SpanishCues.CityListCueOpeners).SetArgDisplayNames("CityListCue");
        yield return new TestCaseData(SpanishCues.PartnerListCue(), SpanishCues.PartnerListCueOpeners).SetArgDisplayNames("PartnerListCue");
    }

    [TestCaseSource(nameof(Cues))]
    public void A_cue_tried_at_its_opening_words_finds_what_a_scan_of_the_whole_text_finds(Regex anchored, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> openers)
    {
        Assert.That(anchored.ToString(), Does.StartWith(@"\G"));
        var unanchored = new Regex(@"\b" + anchored.ToString()[2..]);
        var found = 0;
        foreach (var text in Texts())
        {
            var folded = new FoldedText(text);
            var expected = unanchored.Matches(folded.Folded).Select(Describe).ToList();
            var actual = folded.MatchesAtWords(anchored, openers).Select(Describe).ToList();
            Assert.That(actual, Is.EqualTo(expected));
            found += expected.Count;
        }

        Assert.That(found, Is.GreaterThan(20), "the texts exercise the cue");
    }

    [Test]
    public void Every_example_sentence_opens_a_cue()
    {
        var folded = new FoldedText(Examples);
        var cues = folded.MatchesAtWords(SpanishCues.CityListCue(), SpanishCues.CityListCueOpeners)
            .Concat(folded.MatchesAtWords(SpanishCues.PartnerListCue(), SpanishCues.PartnerListCueOpeners))
            .Select(m => folded.Folded[m.Index..].Split(' ')[0]).ToHashSet();
        var openers = new[] { "las", "reune", "agrupa", "integra", "suma", "excusan", "excusaron", "acuerdos", "convenio", "protocolos", "como", "con", "municipios",
            "capitales", "municipalidades", "ayuntamientos", "alcaldias", "intendencias", "prefeituras", "representantes", "funcionarios", "funcionarias",
            "delegados", "delegadas", "delegaciones", "autoridades", "equipos", "gobiernos", "alcaldes", "alcaldesas", "intendentes", "intendentas",
            "prefeitos", "gobernadores", "presidentes", "socios", "aliados", "cooperantes", "donantes", "financiadores", "patrocinadores", "proveedores", "organizaciones",
            "entidades", "instituciones", "empresas", "companias", "firmas", "fabricantes", "redes", "fundaciones", "organismos", "en" };
        Assert.That(openers.Where(o => !cues.Contains(o)), Is.Empty);
    }

    private static string Describe(Match m) =>
        $"{m.Index}+{m.Length} " + string.Join(",", m.Groups.Values.Where(g => g.Success && !char.IsDigit(g.Name[0])).Select(g => g.Name));
}
