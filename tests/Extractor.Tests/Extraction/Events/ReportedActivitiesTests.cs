namespace Extractor.Tests.Extraction.Events;

/// <summary>Activities a sentence says took place or were attended ("se impartió un seminario de …"), named in lower case and undated.</summary>
public sealed class ReportedActivitiesTests
{
    private static List<(string Title, string? Date)> Found(string text) =>
        ExtractionTestKit.Events(text).Select(e => (e.Title, e.Date?.ToIso())).ToList();

    [Test]
    public void AnActivityAVerbReports_IsAnEvent_NamedUpToWhatSaysHowAndToWhom()
    {
        var found = Found("VOLARIS: se impartió un seminario de producto turístico y cultural de la cdmx en coordinación con la aerolínea Volaris " +
                          "a Operadores Mayoristas de exportación.");
        Assert.That(found, Is.EqualTo(new[] { ("Seminario de producto turístico y cultural de la cdmx", (string?)null) }));
    }

    [Test]
    public void PluralActivities_WithANameOrAFigure_AndOnesJoinedByY_AreEvents()
    {
        var found = Found("Con la unesco se realizaron tres sesiones preparatorias para mondialcult 2022, de la que la Ciudad de México será anfitriona, " +
                          "se asistió a seis reuniones de la Red de Ciudades Creativas y a la reunión para la colaboración y acciones de trabajo de " +
                          "talleres FB en Faro Cosmos.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Sesiones preparatorias para mondialcult 2022",
            "Reuniones de la Red de Ciudades Creativas",
            "Reunión para la colaboración y acciones de trabajo de talleres FB",
        }));
        Assert.That(found.Select(f => f.Date), Is.All.Null);
    }

    [Test]
    public void TakingPartInAnActivity_SaidWithTheNounOrThroughARole_ReportsIt()
    {
        var found = Found("También se tuvo una participación como panelistas en el conversatorio virtual “Desarrollando Ciudades Resilientes, MCR2030” " +
                          "de la Unidad Nacional para la Gestión del Riesgo. Desde la Dirección General se participó en la moderación del Panel de " +
                          "discusión sobre el tema “Cambio Climático y Cooperación Internacional”, en el tercer Congreso de Gestión de Riesgos.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Desarrollando Ciudades Resilientes, MCR2030",
            "Panel de discusión sobre el tema “Cambio Climático y Cooperación Internacional”",
        }));
    }

    [Test]
    public void TakingPartInSeveralActivities_SumsUpTheOnesToldAfter() =>
        Assert.That(Found("Se destaca su participación como panelista en dos eventos organizados por ICLEI en el marco de la COP 16 de biodiversidad."), Is.Empty);

    [TestCase("Se realizaron diversas reuniones de trabajo y entrevistas a distintas áreas e instituciones.")]
    [TestCase("Se llevó a cabo una reunión en el Salón Oval del Antiguo Palacio del Ayuntamiento.")]
    [TestCase("A lo largo del semestre se realizaron los seminarios web de capacitación con diversas empresas del ramo.")]
    [TestCase("Se realizó una sesión de apertura muy concurrida y ordenada.")]
    [TestCase("La delegación sostuvo una reunión de trabajo muy productiva y amplia.")]
    public void KindsOfActivity_AndWhereOneWasHeld_DoNotSayWhichActivity(string text) =>
        Assert.That(Found(text), Is.Empty);

    [Test]
    public void WithoutAVerbOfOccurrence_ANamedActivityInRunningTextNeedsADate()
    {
        Assert.That(Found("Un seminario de producto turístico de la cdmx sería una herramienta útil para los operadores."), Is.Empty);
    }

    [TestCase("El 5 de octubre se impartió un taller sobre movilidad urbana sostenible a funcionarios de las alcaldías.", "Taller sobre movilidad urbana sostenible", "2021-10-05")]
    [TestCase("El 9 de julio, se realizó un viaje de familiarización dirigido al mercado europeo.", "Viaje de familiarización", "2021-07-09")]
    public void ADatedSentence_DatesTheReportedActivity_WhoseComplementMaySayLess(string text, string title, string date) =>
        Assert.That(Found(text), Is.EqualTo(new[] { (title, (string?)date) }));

    [Test]
    public void UndatedWithOneWordOfComplement_ItIsAKind()
    {
        Assert.That(Found("Se realizó un viaje de familiarización dirigido al mercado europeo."), Is.Empty);
    }

    [Test]
    public void TheParagraphRightAfterADatedTitle_RetellsIt_ButLaterParagraphsTellOthers()
    {
        var found = Found("# Recepción de los Jefes de Estado de la Celac (18 de septiembre)\n" +
                          "La Jefa de Gobierno asistió a la recepción en honor de los Jefes de Estado y de Gobierno de los países miembros.\n" +
                          "Durante el semestre también se impartió un seminario de producto turístico de la cdmx a 120 empleados.");
        Assert.That(found, Is.EqualTo(new[]
        {
            ("Recepción de los Jefes de Estado de la Celac", (string?)"2021-09-18"),
            ("Seminario de producto turístico de la cdmx", null),
        }));
    }

    [Test]
    public void AQuotedTitleAfterAReportedActivitysWords_RunsToItsClosingQuote()
    {
        var found = Found("La titular participó en la sesión de alto nivel “Las Américas y el Caribe: el reto de la resiliencia”, siendo la única ciudad del país.");
        Assert.That(found, Is.EqualTo(new[] { ("Sesión de alto nivel “Las Américas y el Caribe: el reto de la resiliencia”", (string?)null) }));
    }

    [Test]
    public void TheItemsOfAListOfActivities_AfterTalesComo_AreEvents_EvenPastAFullStopInAnItem()
    {
        var found = Found("La Secretaría de Cultura participó en eventos de conmemoración histórica, tales como: México-Tenochtitlan. “Más de Siete " +
                          "Siglos de Historia”, ceremonia en el Museo del Templo Mayor; la conmemoración por los 500 años de la Toma de México y la " +
                          "Conmemoración de los 200 Años de la Consumación de la Independencia.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Conmemoración por los 500 años de la Toma de México",
            "Conmemoración de los 200 Años de la Consumación de la Independencia",
        }));
    }

    [Test]
    public void TheItemsOfAListOfActivities_ThatDifferOnlyInWhoseTheyAre_AreEachAnEvent()
    {
        var found = Found("En noviembre se asistió a diversos eventos, tales como: la reunión de la Red de Ciudades Creativas de Lima; la reunión de la " +
                          "Red de Ciudades Creativas de Quito; y la conmemoración de los 500 años de la Toma de México.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Reunión de la Red de Ciudades Creativas de Lima",
            "Reunión de la Red de Ciudades Creativas de Quito",
            "Conmemoración de los 500 años de la Toma de México",
        }));
    }

    [Test]
    public void ASentenceThatNamesAnActivityAgain_ShorterThanBefore_StillTellsOneEvent()
    {
        var found = Found("En noviembre se asistió a la reunión de la Red de Ciudades Creativas de Lima, y durante la reunión de la Red de Ciudades " +
                          "Creativas se presentó el plan.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[] { "Reunión de la Red de Ciudades Creativas de Lima" }));
    }

    [Test]
    public void TwoUndatedParagraphs_WithTheSameCounterpart_AndTwoWordsEachTheOtherLacks_AreTwoEvents()
    {
        var found = Found("Reunión de trabajo con la Asociación Internacional de Transporte Público (uitp) para el Índice de Innovación en Movilidad, " +
                          "en la cual se expuso el ecosistema de innovación del transporte público de la ciudad.\n" +
                          "Reunión de trabajo con la Asociación Internacional de Transporte Público (uitp) y la Unión de Ciudades Capitales " +
                          "Iberoamericanas (ucci), ocasión en la que se presentaron los proyectos de movilidad.\n" +
                          "Más tarde, la reunión de trabajo con la Asociación Internacional de Transporte Público permitió acordar una agenda.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Reunión de trabajo con la Asociación Internacional de Transporte Público (uitp) para el Índice de Innovación en Movilidad",
            "Reunión de trabajo con la Asociación Internacional de Transporte Público (uitp) y la Unión de Ciudades Capitales Iberoamericanas (ucci)",
        }));
    }

    [Test]
    public void AnUndatedActivityInAnotherSection_IsNotSwallowedByADatedOneWhoseFewWordsItHolds_ButARetellingIs()
    {
        var found = Found("# UCCI\nLa Consejera participó en el Encuentro de Ciudades Iberoamericanas, celebrado el 30 de octubre en Madrid.\n" +
                          "# Proyecto Más Alimentos, Menos Residuos\n" +
                          "Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria en cuatro ciudades iberoamericanas', realizado en São Paulo\n" +
                          "# Balance\nEl Encuentro de Ciudades Iberoamericanas fue el espacio de mayor visibilidad de la red.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[]
        {
            "Encuentro de Ciudades Iberoamericanas",
            "Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria en cuatro ciudades iberoamericanas'",
        }));
    }

    [Test]
    public void AnUndatedTitleInAnotherSection_ThatOpensWithADatedOne_RetellsIt()
    {
        var found = Found("# 1. Eventos internacionales\nEl 20 de septiembre la alcaldesa participó en el Foro Urbano Mundial en Katowice, Polonia.\n" +
                          "# 2. Resultados y aprendizajes\n" +
                          "- Foro Urbano Mundial sobre Vivienda Asequible, Movilidad Sostenible, Espacio Público Incluyente y Resiliencia Climática de Ciudades");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[] { "Foro Urbano Mundial en Katowice" }));
    }

    [Test]
    public void AnUndatedActivityInAnotherSection_SharingOnlyGenericWordsWithADatedOne_IsItsOwn_ButOneHoldingNearlyAllOfItsWordsRetellsIt()
    {
        var found = Found("# Cultura\nCon la unesco se asistió a seis reuniones de la Red de Ciudades Creativas.\n" +
                          "# Resumen\n- Participación en el Taller de la Alianza Ciudad-Empresa por el Clima - Smart City Expo Barcelona.\n" +
                          "# Innovación\nSesión de cierre Red de Ciudades Inteligentes latam (17 de diciembre)\nSe presentaron los avances.\n" +
                          "# Clima\nDel 5 al 7 de noviembre se participó en el taller de la Alianza Ciudad-Empresa por el Clima (CBCA) en Barcelona.");
        Assert.That(found.Select(f => f.Title), Is.EquivalentTo(new[]
        {
            "Reuniones de la Red de Ciudades Creativas",
            "Sesión de cierre Red de Ciudades Inteligentes latam",
            "Taller de la Alianza Ciudad-Empresa por el Clima (CBCA) en Barcelona",
        }));
    }

    [Test]
    public void WithoutAListOpening_ASemicolonDoesNotMakeAnItem()
    {
        Assert.That(Found("El programa avanzó en su primera fase; la conmemoración por los 500 años de la Toma de México quedó pendiente."), Is.Empty);
    }

    [Test]
    public void AnActivityNamedOnlyAsWhatAnAccountIsOf_IsNotHeldOnTheSentencesDay()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Ayuntamiento de Zaragoza. Memoria 2024\n\n## Coordinación\n\nEl 7 de noviembre, Zaragoza participó en la sesión de la " +
                                                           "Comisión Autonómica de Cooperación para el Desarrollo, convocada por el Gobierno de Aragón, en la que se presentó el " +
                                                           "balance de la Semana de la Solidaridad.\n", ".md");
        Assert.That(found.Select(e => e.Title), Has.Some.StartsWith("Sesión de la Comisión").And.None.Contains("Semana"));
    }
    [TestCase("Otros cuatro funcionarios cursaron de abril a julio el diplomado en cooperación internacional de la PUCV, con un arancel de 1.850.000 pesos.",
        "Diplomado en cooperación internacional de la PUCV", "2021-04/2021-07")]
    [TestCase("El 3 de mayo los funcionarios asistieron al curso en gestión de proyectos europeos de la FEMP.", "Curso en gestión de proyectos europeos de la FEMP", "2021-05-03")]
    public void ACourseNamedByItsSubjectAfterEn_AndDatedBetweenItsVerbAndItsNoun_IsAnEvent(string text, string title, string date) =>
        Assert.That(Found(text), Is.EqualTo(new[] { (title, (string?)date) }));

    [TestCase("El 3 de mayo los funcionarios asistieron a un curso en la sede de la FEMP.")]
    [TestCase("El 3 de mayo se impartió un taller en línea sobre datos.")]
    [TestCase("El 12 de junio se impartió un taller en nuestra sede de Quito.")]
    [TestCase("El 12 de junio se impartió un curso en dos sesiones.")]
    public void ACoursesPlaceOrMannerAfterEn_NamesNoActivity(string text) =>
        Assert.That(Found(text), Is.Empty);
}
