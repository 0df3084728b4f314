namespace Extractor.Tests.Extraction.Events;

/// <summary>Activities named in English before their noun, and the date an occurrence participle gives after a name.</summary>
public sealed class OccurrenceAndEnglishNamesTests
{
    [Test]
    public void ADateSaidToBeWhenTheActivitiesTookPlace_WinsOverTheSentencesFirstDate()
    {
        var found = ExtractionTestKit.Events("El 25 de octubre, la entidad recibió la invitación a participar como asistente al Smart City Expo World Congress y al " +
                                         "taller de la Alianza Ciudad-Empresa por el Clima (CBCA) llevados a cabo entre el 5 y el 7 de noviembre en Barcelona.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Smart City Expo World Congress", "2021-11-05/2021-11-07"),
            ("Taller de la Alianza Ciudad-Empresa por el Clima (CBCA)", "2021-11-05/2021-11-07"),
        }));
    }

    [Test]
    public void AGoverningBodySaidToBeHeldOnADate_IsItsSitting()
    {
        var found = ExtractionTestKit.Events("En el Consejo Rector de CIDEU, celebrado del 3 al 5 de julio en Zaragoza, se aprobó el plan de trabajo.");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())).ToList(), Is.EqualTo(new[] { ("Consejo Rector de CIDEU", "reunión", "2021-07-03/2021-07-05") }));
    }

    [TestCase("Desde el 3 de julio la ciudad forma parte del Consejo Directivo del Mayors Migration Council.")]
    [TestCase("El Consejo Directivo de la red, integrado el 3 de julio por cinco ciudades, aprobó el plan.")]
    [TestCase("Asistió al Encuentro de Ciudades Iberoamericanas y al Comité Ejecutivo de la UCCI, celebrados el 30 y 31 de octubre en Madrid.")]
    public void ABodyNotSaidToSitOnItsOwnOnADate_IsNoSittingOfIt(string text) =>
        Assert.That(ExtractionTestKit.Events(text).Where(e => e.Title.StartsWith("Comité", StringComparison.Ordinal) || e.Title.StartsWith("Consejo", StringComparison.Ordinal)), Is.Empty);

    [TestCase("El director instruyó no concretar la firma del Acuerdo de Compromiso (Engagement Agreement), cuyo plazo vencía el 31 de julio.")]
    [TestCase("El 3 de diciembre se canceló la reunión con la Embajada de Francia por la emergencia sanitaria.")]
    [TestCase("Se pospuso la Cumbre de Alcaldes de Mercociudades prevista para el 3 de diciembre en Montevideo.")]
    public void AnActivityCalledOffInItsSentence_IsNoEvent(string text) =>
        Assert.That(ExtractionTestKit.Events(text), Is.Empty);

    [Test]
    public void ANegationInAnotherClause_DoesNotCallTheActivityOff()
    {
        var found = ExtractionTestKit.Events("Aunque el alcalde no asistió, el Foro Urbano Mundial se celebró el 3 de mayo en El Cairo.");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-05-03" }));
    }

    [TestCase("El Foro Urbano Mundial se celebró el 3 de mayo en El Cairo.", "Foro Urbano Mundial")]
    [TestCase("La Cumbre de Alcaldes de Mercociudades fue inaugurada el 5 de junio en Montevideo.", "Cumbre de Alcaldes de Mercociudades")]
    public void ANameInRunningTextEndsWhereItsPredicateBegins(string text, string title) =>
        Assert.That(ExtractionTestKit.Events(text).Select(e => e.Title), Is.EqualTo(new[] { title }));

    [Test]
    public void NoSoloIsNoNegation()
    {
        var found = ExtractionTestKit.Events("El 3 de diciembre no solo asistió a la Reunión Anual de la Red de Ciudades Creativas, también se presentó el plan.");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-12-03" }));
    }

    [Test]
    public void AKindOfActivityBeforeAColon_ThatTheNextSentenceSaysTookPlaceOnADate_IsThatActivity()
    {
        var found = ExtractionTestKit.Events("Proyecto Destinos Conectados\n\n- Seminario presencial: Se realizó el 6 de diciembre en la ciudad de Buenos Aires. " +
                                             "De Bogotá participó el gerente de proyectos de la Consejería de TIC.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).ToList(), Is.EqualTo(new[] { ("Seminario presencial", "2021-12-06") }));
    }

    [Test]
    public void AKindOfActivityBeforeAColon_WithoutAnOccurrence_IsNoEvent() =>
        Assert.That(ExtractionTestKit.Events("- Seminario presencial: el 6 de diciembre se presentó el informe del proyecto en Buenos Aires."), Is.Empty);

    [Test]
    public void AnEnglishNameBeforeItsNoun_KeepsAHyphenatedWordAndItsComplement()
    {
        var found = ExtractionTestKit.Events("Del 13 al 15 de diciembre, la agencia formó parte de la Kick-off Convening de Bloomberg para conocer las expectativas.");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EqualTo(new[] { ("Kick-off Convening de Bloomberg", "encuentro", "2021-12-13/2021-12-15") }));
    }

    [Test]
    public void AnEnglishNameThatOnlyFramesAnotherActivity_OrHasNoNameBeforeItsNoun_IsNoEvent()
    {
        var found = ExtractionTestKit.Events("El 2 de junio, la alcaldesa habló con sus pares en el marco del World Cities Summit. " +
                                         "El 3 de junio presentó el Congress de su partido ante la prensa.");
        Assert.That(found.Select(e => e.Title), Is.Empty);
    }

    [Test]
    public void TheParticipleNearestTheName_GivesItsDate()
    {
        var found = ExtractionTestKit.Events("El 2 de abril se anunció que el Foro Urbano Mundial, realizado el 3 de mayo en Quito tras otra reunión llevada a cabo el 9 de junio, tendrá sede.");
        Assert.That(found.Single(e => e.Title.StartsWith("Foro Urbano Mundial", StringComparison.Ordinal)).Date?.ToIso(), Is.EqualTo("2021-05-03"));
    }
    [TestCase("El Festival de las Ánimas se celebró del 25 de octubre al 3 de noviembre.", "Festival de las Ánimas", "2021-10-25/2021-11-03")]
    [TestCase("El Festival de las Ánimas 2024, celebrado del 25 de octubre al 3 de noviembre, reunió a 90 mil personas.", "Festival de las Ánimas 2024", "2021-10-25/2021-11-03")]
    // Named in English, before its noun, it stays the English name.
    [TestCase("Asistió al Smart City Festival, celebrado del 25 al 27 de octubre en Barcelona.", "Smart City Festival", "2021-10-25/2021-10-27")]
    public void AFestivalNamedInSpanish_IsReadAsASpanishName(string text, string title, string date) =>
        Assert.That(ExtractionTestKit.Events(text).Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { (title, (string?)date) }));

    [TestCase("La participación de Mérida en la 48 edición del Tianguis Turístico de México, celebrada del 23 al 26 de abril en Acapulco, cerró con ventas de 38 mdp.",
        "48 edición del Tianguis Turístico de México", "2021-04-23/2021-04-26")]
    [TestCase("La XII edición de la Bienal de Arte Urbano, celebrada del 3 al 9 de mayo, reunió a 300 artistas.", "XII edición de la Bienal de Arte Urbano", "2021-05-03/2021-05-09")]
    public void AnEditionSaidToBeHeldRightAfterItsName_IsAnActivityTitledFromItsOrdinal(string text, string title, string date) =>
        Assert.That(ExtractionTestKit.Events(text).Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { (title, (string?)date) }));

    [TestCase("La 5ª edición del Informe de Ciudades, publicada el 3 de mayo, recoge los datos del año.")]
    [TestCase("La 48 edición del Tianguis Turístico de México estuvo dedicada al turismo de naturaleza.")]
    public void AnEditionOfAPublication_OrOneNotSaidToBeHeld_IsNoEvent(string text) =>
        Assert.That(ExtractionTestKit.Events(text), Is.Empty);

    [Test]
    public void ARoundOfBusinessMeetings_IsAnActivity_ButARoundOfFundingIsNot()
    {
        var found = ExtractionTestKit.Events("Los días 5 y 6 de junio se llevará a cabo la primera rueda internacional de negocios «Mérida Conecta», organizada con la Canaco. " +
                                         "El 28 de mayo se anunció una segunda ronda de financiamiento del BID.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Rueda internacional de negocios «Mérida Conecta»", (string?)"2021-06-05/2021-06-06") }));
    }
    [Test]
    public void AnActivityScheduledForDays_IsDatedByThem_NotByTheSentencesFirstDate()
    {
        var found = ExtractionTestKit.Events("Entre los compromisos están una misión a los Países Bajos, prevista para abril, y el IV Foro Internacional de Cooperación " +
                                         "Descentralizada de Antioquia, programado en Medellín del 16 al 18 de octubre.");
        Assert.That(found.Where(e => e.Title.StartsWith("IV Foro", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-10-16/2021-10-18" }));
    }

    [Test]
    public void AnActivityScheduledForDaysThatTheSentenceSaysWasPutOff_IsNoEvent_ButOnePutOffEarlierAndHeldIs()
    {
        Assert.That(ExtractionTestKit.Events("La visita de retorno a Génova, programada del 11 al 15 de noviembre, se postergó para el primer semestre de 2025."), Is.Empty);
        var held = ExtractionTestKit.Events("El encuentro con la delegación de la Alcaldía de Estelí, aplazado en abril, tuvo lugar finalmente el 11 de mayo.");
        Assert.That(held.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-05-11" }));
    }

    [Test]
    public void ABodyThatMetWhereTheSentenceSays_BeforeItsName_IsItsSitting()
    {
        var found = ExtractionTestKit.Events("El 29 de agosto se reunió en Medellín el Comité Departamental de Cooperación Internacional, con 31 representantes.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Reunión del Comité Departamental de Cooperación Internacional", (string?)"2021-08-29") }));
    }
}
