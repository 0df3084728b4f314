using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Participants;

namespace Extractor.Tests.Extraction.Participants;

public sealed class ParticipantsExtractorTests
{
    private static IEnumerable<TestCaseData> Examples() => ExtractionTestKit.Rows("Extraction/Participants/participants.es.tsv", 2);

    [TestCaseSource(nameof(Examples))]
    public void FindsTheExpectedCounts(string text, string expected)
    {
        var input = ExtractionTestKit.Input(text, DateValue.ParseIso("2021"), "MXN");
        var found = ExtractionTestKit.Run(input, new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor())
            .OfType<ParticipantsMention>()
            .Select(p => $"{p.Value} {MentionJson.Qualifier(p.Qualifier) ?? "?"} {p.Unit}").ToList();
        var want = expected == "-" ? [] : expected.Split(';').ToList();
        Assert.That(found, Is.EqualTo(want), text);
    }

    [TestCase("Indicador\t2023\t2024\nPersonas capacitadas\t310\t440\nProyectos\t8\t11", "310 personas;440 personas")]
    [TestCase("Fecha\tActividad\tParticipantes\n12/03\tTaller de datos\t45\n20/04\tSeminario\t120", "45 participantes;120 participantes")]
    [TestCase("N.º de asistentes\t64\t70", "64 asistentes;70 asistentes")]
    [TestCase("25\t6\t+1.200\nciudades miembro\tpaíses\tparticipantes\n\t\ten actividades", "1200 participantes")]
    [TestCase("14\tUSD 480.000\t+40\nwebinarios\tmovilizados\ttécnicos\n\t\tformados", "40 técnicos")]
    [TestCase("Indicador\t2022\t2023\nPersonas participantes en actividades internacionales\t4.900\t6.350\nProyectos europeos activos\t6\t8", "4900 personas;6350 personas")]
    [TestCase("Indicador\t2022\t2023\nPersonas que viven en barrios con proyectos de cooperación\t4.900\t6.350", "")]
    [TestCase("Indicador\t2023\t2024\nCiudades miembro\t21\t25\nProyectos\t8\t11", "")]
    [TestCase("126\tentidades socias\n47\tproyectos en 16 países\n1.250\tpersonas formadas\n+5.600\tparticipantes en encuentros", "1250 personas;5600 participantes")]
    [TestCase("Indicador\tResultado 2024\tMeta 2025\nPersonas servidoras públicas capacitadas\t155\t200\nVisitas al micrositio\t14.380\t18.000", "155 personas")]
    [TestCase("Fecha\tActividad\tLugar\n12/03\tTaller de datos\tSala 45", "")]
    [TestCase("Indicador\t2023\t2024\nParticipantes (%)\t35\t42\nAsistentes (promedio por sesión)\t18\t22\nParticipantes (meta)\t500\t600", "")]
    [TestCase("Fecha\tActividad\tParticipantes esperados\n12/09\tForo de alcaldes\t200", "")]
    [TestCase("Indicador\tLínea de base (2021)\tMeta 2025\tValor 2024\nPersonas participantes en la Semana de la Solidaridad\t1.150\t3.000\t2.600", "2600 personas")]
    [TestCase("Actividad\tFecha\tAsistentes\nTaller de compostaje\t14/03/2023\t45\nPromedio por taller\t\t37", "45 asistentes")]
    [TestCase("Fecha\tDelegación\tObjeto de la visita\tPersonas\n14/02/2023\tMunicipalidad del Cusco\tVisita técnica al Anillo Verde\t6\nTotal\t\t\t38", "6 personas")]
    [TestCase("Fecha\tDelegación\tPaís\tPersonas\n14/02/2023\tMunicipalidad del Cusco\tPerú\t6", "6 personas")]
    [TestCase("Fecha\tDelegación\tIntegrantes\tTema principal\n14/02/2024\tDelegación de la Prefeitura de Porto Alegre\t6\tDrenaje urbano", "6 integrantes")]
    [TestCase("Fecha\tDelegación / actividad\tIntegrantes\n21/02/2024\tVisita técnica del Ayuntamiento de Oviedo al casco histórico\t6", "6 integrantes")]
    [TestCase("Fecha\tSocio\tPaís\tPersonas\n14/02/2023\tMunicipalidad del Cusco\tPerú\t6", "")]
    [TestCase("Red\tIntegrantes\tActividad\nMercociudades\t364\tReunión del Consejo en Asunción", "")]
    [TestCase("Destino\tFechas\tDelegación\tCosto municipal\nBogotá (Colombia)\t12/07/2023 – 14/07/2023\t1 persona\t₡415.000\nMadrid (España)\t24/10/2023\t3 personas\t₡2.940.000", "1 persona;3 personas")]
    [TestCase("N.°\tDestino\tFechas\tComisionados\n1\tWashington D.C.\t03/03/2024\t2\n5\tNairobi (Kenia) – aplazada\t18/11/2024\t2", "2 comisionados")]
    [TestCase("Evento\tFechas\tSede\tAsistencia\nForo Internacional de Ciudades Patrimonio\t22 al 24 de mayo\tCCU BUAP\t640\nTotal\t\t\t21,845", "640 asistencia;21845 asistencia")]
    [TestCase("Socio\tProyecto\tAsistencia técnica\nJICA\tResiduos\t3", "")]
    [TestCase("Fechas\tDestino\tActividad\tPers.\tFinancia\nDel 19 al 23 de febrero\tTokio (Japón)\tSeminario de gestión del riesgo urbano\t2\tJICA\nDel 4 al 8 de noviembre\tEl Cairo (Egipto)\t12.º Foro Urbano Mundial\t3\tPropios\nDel 2 al 5 de junio\tQuito\tApoyo técnico\t4\tPropios", "2 personas;3 personas")]
    // "Deleg. (pers.)": the people of each delegation, a narrow column's abbreviations.
    [TestCase("Fechas\tDestino\tActividad\tDeleg. (pers.)\tCosto (US$)\n20 al 31 de mayo\tPorto Alegre (Brasil)\tMisión solidaria (brigada)\t24\t86.500", "24 personas")]
    [TestCase("Fechas\tDestino\tActividad\tDeleg.\tCosto (US$)\n20 al 31 de mayo\tPorto Alegre (Brasil)\tMisión solidaria (brigada)\t24\t86.500", "")]
    // An ordinal, a name's label or a capitalised occasion's noun before the activity's noun.
    [TestCase("Destino\tFechas\tActividad\tPers.\nBogotá\t09/07/2024\tXXXI Congreso de CIDEU\t1\nCali\t28/10/2024\tCOP16: Cumbre de Gobiernos Locales\t2\n" +
              "Cuenca (España)\t14/10/2024\tSemana de Cuenca de los Andes\t4\nQuito\t02/06/2024\tApoyo técnico\t3", "1 personas;2 personas;4 personas")]
    // A caption that says the table counts who attended.
    [TestCase("Tabla 6.3. Asistentes a los eventos internacionales organizados por la Dirección (2024)\nEvento\tMes\tPresencial\tEn línea\n" +
              "Foro Ciudades Patrimonio y Turismo\tabril\t412\t538\nTotal\t\t2.233\t1.182", "412 asistentes;538 asistentes;2233 asistentes;1182 asistentes")]
    [TestCase("Tabla 6.4. Asistentes previstos por evento\nEvento\tMes\tPresencial\nForo Ciudades Patrimonio\tabril\t400", "")]
    // The caption's people are counted in the columns of how they came, not in the workshops and hours beside them.
    [TestCase("Tabla 3. Beneficiarios del programa por municipio\nMunicipio\tTalleres\tHoras\tBeneficiarios\nPaute\t12\t48\t350", "350 beneficiarios")]
    public void ReadsCountsFromTableCellsLabelledWithPeople(string text, string expected)
    {
        var found = new ParticipantsExtractor().Extract(ExtractionTestKit.Input(text)).OfType<ParticipantsMention>()
            .Select(p => $"{p.Value} {p.Unit}").ToList();
        Assert.That(found, Is.EqualTo(expected == "" ? [] : expected.Split(';').ToList()));
    }

    [Test]
    public void RandomInputNeverThrowsAndSpansMatchTheirText()
    {
        var random = new Random(1515);
        var extractor = new ParticipantsExtractor();
        for (var round = 0; round < 300; round++)
        {
            var text = ExtractionTestKit.RandomText(random, random.Next(0, 400));
            ExtractionTestKit.AssertWellFormed(text, extractor.Extract(ExtractionTestKit.Input(text)));
        }
    }

    [Test]
    public void AMegabyteOfPathologicalTextFinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("más de 20 mil personas y a 3 en ", 32_000));
        var watch = Stopwatch.StartNew();
        _ = new ParticipantsExtractor().Extract(ExtractionTestKit.Input(text));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
