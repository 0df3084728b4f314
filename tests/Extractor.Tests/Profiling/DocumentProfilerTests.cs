using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Profiling;
using Extractor.Sectioning;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Profiling;

public sealed class DocumentProfilerTests
{
    private static DocumentContext Profile(string text) =>
        new DocumentProfiler().Profile(new SectionSplitter().Split(new TextCleaner().Clean(SourceBuilder.FromText(text))));

    [TestCase("Informe de actividades\n\nDurante el segundo semestre de 2021 la ciudad trabajó.", "2021-07/2021-12")]
    [TestCase("Informe\n\nEn el primer semestre del año 2023 se firmaron convenios.", "2023-01/2023-06")]
    [TestCase("Informe\n\nAcciones en el periodo de julio a diciembre de 2021.", "2021-07/2021-12")]
    [TestCase("Informe\n\nActividades de octubre de 2022 a marzo de 2023.", "2022-10/2023-03")]
    [TestCase("INFORME DE GESTIÓN 2024\n\nTexto del informe sin más fechas.", "2024")]
    [TestCase("Reporte\n\nDurante la vigencia 2019 se ejecutaron recursos.", "2019")]
    [TestCase("Capítulo 3\n\nEste capítulo informa lo realizado entre enero y diciembre de 2023.\n\nPara el primer semestre de 2024 se prevé una misión.", "2023-01/2023-12")]
    [TestCase("Informe\n\nEn el primer semestre de 2023 se firmaron convenios; de julio a diciembre de 2023 se ejecutaron.", "2023-01/2023-06")]
    [TestCase("Informe 2023\n\nLas reuniones de enero y marzo de 2023 fueron virtuales.", "2023")]
    [TestCase("Sala de prensa — Noticias 2024\n\nLa próxima reunión del Comité se celebrará durante el segundo semestre de 2025.", "2024")]
    [TestCase("Noticias 2024\n\nEl informe cubre de julio a diciembre de 2024; el plan sigue de enero a junio de 2025.", "2024-07/2024-12")]
    [TestCase("Dirección de Asuntos Internacionales, creada en 2015\n\nInforme de actividades del segundo semestre de 2022.", "2022-07/2022-12")]
    [TestCase("Plan General de Desarrollo 2020-2040\n\nAcciones realizadas de julio a diciembre de 2021.", "2021-07/2021-12")]
    // An activity's days ("del 30 de noviembre al 2 de diciembre de 2022", in a brochure's history) are no period; a year-long range is.
    [TestCase("Presentación institucional · edición 2024\n\n2022 · XXVII Cumbre, del 30 de noviembre al 2 de diciembre de 2022, en Montevideo.", "2024")]
    [TestCase("Memoria\n\nEsta memoria recoge lo realizado entre el 1 de enero y el 31 de diciembre de 2023.", "2023-01/2023-12")]
    [TestCase("Informe anual\n\nPeriodo que se informa: del 15 de octubre de 2022 al 14 de octubre de 2023.", "2022-10/2023-10")]
    public void ThePeriodIsReadFromWhatTheDocumentStates(string text, string expected) =>
        Assert.That(Profile(text).Period?.ToIso(), Is.EqualTo(expected));

    private const string Assembly = "Acta de la VII Asamblea General\n\nFechas: 3 y 4 de abril de 2025, en Manizales.\n\n";
    private const string Webinars = "El ciclo de webinarios tuvo seis sesiones entre marzo y noviembre de 2024.";
    private const string Memoria = "Memoria de Gestión 2024\n\nEste capítulo presenta lo actuado en el año.\n\n";
    private const string Challenges = "Desafíos\n\n• Presentar al menos tres proyectos a convocatorias europeas en el segundo semestre de 2025.";

    // Past the opening, a month range or a semester of other years than the title's and the opening's is an activity's or a plan's;
    // in the opening it is the period.
    [TestCase(Assembly, Webinars, true, "2025")]
    [TestCase(Assembly, Webinars, false, "2024-03/2024-11")]
    [TestCase(Memoria, Challenges, true, "2024")]
    [TestCase(Memoria, Challenges, false, "2025-07/2025-12")]
    public void APeriodStatedFarIntoTheText_OfOtherYearsThanTheOpeningNames_IsNotTheDocuments(string opening, string stated, bool farIn, string expected)
    {
        var body = string.Concat(Enumerable.Repeat("Durante el año se firmaron instrumentos de cooperación y se presentaron los puntos del orden del día.\n\n", farIn ? 30 : 0));
        Assert.That(Profile(opening + body + stated).Period?.ToIso(), Is.EqualTo(expected));
    }

    [Test]
    public void APlanSpanningYearsIsNotAPeriodButItsFirstYearIs() =>
        Assert.That(Profile("Plan de Acción Estratégico 2021-2023\n\nPrimer año del plan.").Period?.ToIso(), Is.EqualTo("2021"));

    [Test]
    public void TheIssuingCitySetsTheCurrency()
    {
        var text = "Informe de Bogotá\n\n" + string.Concat(Enumerable.Repeat("La Alcaldía Mayor de Bogotá gestionó recursos de cooperación en Bogotá. ", 4));
        var context = Profile(text);
        Assert.That((context.Country, context.DefaultCurrency), Is.EqualTo(("CO", "COP")));
    }

    [Test]
    public void ACurrencyCodeTellsItsCountry()
    {
        var context = Profile("Informe de Gestión 2024\n\nLa Municipalidad de Concepción firmó un memorando con Neuquén (Argentina) y recibió a la cónsul " +
                              "de Argentina. Las becas sumaron CLP 76.800.000 y las pasantías CLP 4.000.000; el seminario abordó aprendizajes desde Chile.");
        Assert.That((context.Country, context.DefaultCurrency), Is.EqualTo(("CL", "CLP")));
    }

    [Test]
    public void AGalicianCouncilReportsForItsCityInSpain()
    {
        var context = Profile("CONCELLO DE SANTIAGO DE COMPOSTELA\nMemoria de actividades 2024\n\nEl Concello de Santiago de Compostela recibió a la " +
                              "delegación de Montevideo y viajó a Buenos Aires, donde el Concello presentó el Año Santo; la Xunta de Goberno Local " +
                              "aprobó la memoria. Buenos Aires acogió la misión del Concello.");
        Assert.That(context.ReportingBody, Does.Contain("Santiago de Compostela"));
        Assert.That(context.Country, Is.EqualTo("ES"));
    }

    [Test]
    public void ACoverInCapitals_NamesItsCityBeforeTheReportsWords_OnTheLineBelow()
    {
        var context = Profile("INTENDENCIA DE MONTEVIDEO\nMEMORIA ANUAL 2024\n\nCAPÍTULO 5\n\nEste capítulo reúne las acciones de la División de Relaciones " +
                              "Internacionales de la Intendencia de Montevideo.");
        Assert.That(context.ReportingBody, Does.Contain("Montevideo").And.Contain("Intendencia de Montevideo"));
        Assert.That(context.ReportingBody, Has.None.Contains("Memoria").And.None.EqualTo("MEMORIA"));
    }

    [Test]
    public void ALocalGovernmentNamingItselfIsTheReportingBody()
    {
        var context = Profile("Informe semestral\n\nLa Dirección de Relaciones Internacionales de la Municipalidad de Rosario coordinó encuentros con Mercociudades.");
        Assert.That(context.ReportingBody, Does.Contain("Municipalidad de Rosario").And.Contain("Rosario"));
    }

    [Test]
    public void AnAgencyNamingItselfOnTheCover_WithItsShortName_IsTheReportingBody_ButASentenceOnTheFirstLineIsNot()
    {
        var agency = Profile("Agencia de Cooperación e Inversión de Medellín\ny el Área Metropolitana\n\nACI Medellín\n\nINFORME DE GESTIÓN 2023\n\n" +
                             "La Agencia acompañó 42 proyectos de inversión extranjera con la Alcaldía de Medellín.");
        Assert.That(agency.ReportingBody, Does.Contain("Agencia de Cooperación e Inversión de Medellín").And.Contain("ACI Medellín").And.Contain("ACI"));

        var sentence = Profile("Red de Ciudades Creativas apoyó el festival.\n\nInforme 2023 del Ayuntamiento de Vigo.");
        Assert.That(sentence.ReportingBody, Does.Not.Contain("Red de Ciudades Creativas apoyó el festival."));
    }

    [Test]
    public void ANetworkNamedInOnePartOfACoverLineSetApartByMiddleDots_IsTheReportingBody()
    {
        var context = Profile("Boletín n.º 15\n\n**Red Iberoamericana de Ciudades Sostenibles** · Boletín trimestral · Cuarto trimestre de 2024\n\n" +
                              "La red celebró su asamblea en Valparaíso.");
        Assert.That(context.ReportingBody, Does.Contain("Red Iberoamericana de Ciudades Sostenibles"));
        Assert.That(context.ReportingBody, Has.None.Contains("Boletín"));
    }

    [Test]
    public void ANetworkDefiningItsAcronymOnACoverLine_ReportsUnderBoth()
    {
        var context = Profile("# Sala de prensa\n\n**Red Mesoamericana de Municipios Resilientes al Clima (REMURC)** · Secretaría Ejecutiva, San Salvador · Comunicados de 2025.\n\n" +
                              "## Asamblea\n\nLa REMURC celebró su asamblea con la Municipalidad de Quetzaltenango.");
        Assert.That(context.ReportingBody, Does.Contain("Red Mesoamericana de Municipios Resilientes al Clima").And.Contain("REMURC"));
        Assert.That(context.ReportingBody, Has.None.Contains("Quetzaltenango"));
    }

    [Test]
    public void AGovernmentsOfficeOnTheCover_AndTheCityOfADistrictNamedByItsQuarter_AreTheReportingBody()
    {
        var office = Profile("ALCALDÍA MUNICIPAL DE SAN SALVADOR CENTRO\nOficina de Cooperación Internacional\n\nINFORME DE LABORES 2024\n\n" +
                             "La Oficina de Cooperación Internacional (OCI) gestionó la cartera. La Alcaldía de San Salvador pasó a ser la Alcaldía Municipal de San Salvador Centro.");
        Assert.That(office.ReportingBody, Does.Contain("Oficina de Cooperación Internacional").And.Contain("San Salvador Centro")
            .And.Contain("San Salvador").And.Contain("Alcaldía Municipal de San Salvador"));

        var south = Profile("Informe de la Municipalidad de Lima Sur\n\nLa Municipalidad de Lima Sur firmó convenios con la Municipalidad de Lima Norte.");
        Assert.That(south.ReportingBody, Does.Contain("Lima").And.Not.Contain("Lima Norte"));
    }

    [Test]
    public void ANetworkOnTheCover_ReportsItself_NotAMemberGovernmentItsTitleOrOpeningNames()
    {
        var network = Profile("Red de Ciudades Andinas Sostenibles\n\nInforme de actividades 2023\nPresentación al Consejo Directivo\nQuito, febrero de 2024\n\n" +
                              "La Presidencia la ejerce la Municipalidad Provincial del Cusco y la Vicepresidencia el Municipio del Distrito Metropolitano de Quito. " +
                              "El Municipio del Distrito Metropolitano de Quito acoge la Secretaría Técnica.");
        Assert.That(network.ReportingBody, Does.Contain("Red de Ciudades Andinas Sostenibles").And.None.Contains("Quito").And.None.Contains("Cusco"));

        var city = Profile("Informe de actividades 2023\nMunicipio del Distrito Metropolitano de Quito\n\nEl Municipio del Distrito Metropolitano de Quito firmó tres convenios.");
        Assert.That(city.ReportingBody, Does.Contain("Municipio del Distrito Metropolitano de Quito"));
    }

    [TestCase("Memoria de Cooperación 2023 · Diputación de Valladolid", "Diputación de Valladolid")]
    [TestCase("Sala de prensa · Municipio de Querétaro", "Querétaro")]
    [TestCase("Cuenta Pública 2023 · Ilustre Municipalidad de Valparaíso", "Valparaíso")]
    [TestCase("Memoria de Gestión 2023 · Ayuntamiento de Vitoria-Gasteiz", "Vitoria-Gasteiz")]
    public void ARunningHeaderTheCleanerDrops_StillNamesTheReportingBody(string header, string city)
    {
        // The header repeats over every page, so the cleaner drops it from the text; a partner government is told of three times.
        var pages = string.Join("\f", Enumerable.Range(1, 4).Select(p =>
            $"{header}\n\nEl servicio coordinó la visita de la delegación del Ayuntamiento de Cádiz y la agenda de cooperación del año.\n\n{p}\n"));
        var context = Profile("CAPÍTULO 3\n\n" + pages);
        Assert.That(context.ReportingBody, Does.Contain(city).And.Not.Contain("Cádiz"));
    }

    [Test]
    public void AProvincesCouncil_IsNotTheCityOfItsName_NorIsTheCitysCouncilIts()
    {
        var province = Profile("Memoria 2023 · Diputación de Jaén\n\nEl 3 de febrero la Diputación y el Ayuntamiento de Jaén firmaron un convenio de empleo.");
        Assert.That(province.ReportingBody, Does.Contain("Diputación de Jaén").And.Not.Contain("Jaén").And.Not.Contain("Ayuntamiento de Jaén"));

        var city = Profile("Memoria 2023 · Ayuntamiento de Valencia\n\nEl Ayuntamiento firmó un convenio con la Diputación de Valencia.");
        Assert.That(city.ReportingBody, Does.Contain("Valencia").And.Not.Contain("Diputación de Valencia"));
    }

    [Test]
    public void AHeaderInCapitalsNamesTheBody_AndACounterpartInTheTitleIsNotIt()
    {
        var capitals = Profile("DIPUTACIÓN DE HUESCA\nMemoria de cooperación 2023\n\nEl Municipio de Sucre y la Diputación firmaron un convenio para el proyecto de riego.");
        Assert.That(capitals.ReportingBody, Does.Contain("Diputación de Huesca").And.Not.Contain("Sucre"));
        // In Catalan: "Diputació", without the final n.
        var catalan = Profile("DIPUTACIÓ DE BARCELONA\nÀrea de Relacions Internacionals\n\nLa Diputació firmó un convenio con el Municipio de Sucre.");
        Assert.That(catalan.ReportingBody, Does.Contain("Diputació de Barcelona").And.Not.Contain("Sucre"));

        var headline = Profile("Firma Alcalde convenio con la UNAM\n\nSantiago de Querétaro, Qro., 9 de julio de 2024.- El rector de la UNAM asistió a la firma.");
        Assert.That(headline.ReportingBody, Does.Not.Contain("UNAM"));
    }

    [Test]
    public void AGovernmentFirstNamedAsACounterpart_IsNotTheReportingBody_HoweverOftenNamed()
    {
        var context = Profile("Boletín de Cooperación Descentralizada N.º 9\n\nFirma de convenio con la Diputación de Barcelona\n\n" +
                              "La Diputación de Barcelona apoyará a las intendencias. Pasantía en la Diputación de Barcelona en octubre.");
        Assert.That(context.ReportingBody, Does.Not.Contain("Barcelona"));
    }

    [Test]
    public void ACityGovernmentTheOpeningNamesAsACounterpart_IsNotTheReportingBody()
    {
        var context = Profile("Red de Ciudades por la Movilidad Sostenible\nInforme anual 2023\n\nEn alianza con la Alcaldía de Quito, la Red organizó un encuentro regional.");
        Assert.That(context.ReportingBody, Does.Not.Contain("Quito"));
    }

    [Test]
    public void APartnerCityNamedMoreOftenFurtherOnDoesNotHideTheBodyNamingItselfInTheOpening()
    {
        var context = Profile("Informe anual\n\nEste documento da cuenta de las acciones que el Gobierno Municipal de Guadalajara realizó en 2023."
            + string.Concat(Enumerable.Repeat("\nSe trabajó en la agenda internacional de la ciudad.", 16)) + "\nVisita de la Alcaldía de Cracovia.\nConvenio con la Alcaldía de Cracovia.");
        Assert.That(context.ReportingBody, Does.Contain("Guadalajara").And.Not.Contain("Cracovia"));
    }

    [Test]
    public void ADocumentWithoutCuesHasNoCountryAndNoCurrency()
    {
        var context = Profile("Notas\n\nUn texto breve sin ciudades.");
        Assert.That(context.Country, Is.Null);
        Assert.That(context.DefaultCurrency, Is.Null);
    }
}
