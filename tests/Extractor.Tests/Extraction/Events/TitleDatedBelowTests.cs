using Extractor.Domain;

namespace Extractor.Tests.Extraction.Events;

/// <summary>An undated title standing alone as a paragraph, dated by the first sentence of the paragraph below it.</summary>
public sealed class TitleDatedBelowTests
{
    [Test]
    public void ASlidesItem_IsDatedByTheDaysOnTheLineUnderItsTitle_AndCountedByTheLinesUnderThem()
    {
        var mentions = ExtractionTestKit.MentionsThroughPipeline("Cooperación internacional 2023: balance y retos\n\nAgenda internacional\n\n" +
                                                                 "Misión técnica a Senegal\n20–25 de noviembre\n3 personas: diputada y técnicos\n• Visita a huertos de la ACPP\n\n" +
                                                                 "Visita del embajador de Mauritania\nMiércoles, 24 de mayo\nSeguimiento de 4 proyectos en Nuakchot\n");
        var events = mentions.OfType<EventMention>().ToList();
        Assert.That(events.Select(e => (e.Title, e.Date?.ToIso())), Is.SupersetOf(new[]
        {
            ("Misión técnica a Senegal", (string?)"2023-11-20/2023-11-25"), ("Visita del embajador de Mauritania", "2023-05-24"),
        }));
        // The weekday's line dates its item only: the activity listed under the next item is not of that day.
        Assert.That(events.Where(e => e.Title.StartsWith("Visita a huertos", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Has.None.EqualTo("2023-05-24"));
        Assert.That(mentions.OfType<ParticipantsMention>().Select(p => p.Value), Is.EqualTo(new[] { 3L }));
    }

    [Test]
    public void SlideItemsSetApartByBlankLines_AreEachDatedByThePlaceAndDaysUnderTheirTitle()
    {
        var events = ExtractionTestKit.EventsThroughPipeline("FAMSI · Balance de actividades 2024\n\nRedes y alianzas\n\n" +
                                                             "Comité Ejecutivo de Arco Latino\nMarsella · 11 abril\n\n" +
                                                             "Comisión de Cooperación al Desarrollo de CGLU\nBarcelona · 14 mayo\n\n" +
                                                             "Reunión de seguimiento con la AACID\n9 de julio · Sevilla\n\n" +
                                                             "Comisión Europea\nBruselas · 3 de diciembre\n");
        Assert.That(events.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Comité Ejecutivo de Arco Latino", (string?)"2024-04-11"), ("Comisión de Cooperación al Desarrollo de CGLU", "2024-05-14"),
            ("Reunión de seguimiento con la AACID", "2024-07-09"),
        }));
    }

    [Test]
    public void ASlidesItemInThePlural_OrADelegationsItem_IsOneOccasionOnTheDaysUnderIt()
    {
        var mentions = ExtractionTestKit.MentionsThroughPipeline("Cooperación internacional 2023: balance y retos\n\n06 Formación\n\n" +
                                                                 "IV Jornadas Provinciales de Cooperación\n19 y 20 de octubre\nAuditorio Edgar Neville\nMás de 300 asistentes\n\n" +
                                                                 "Delegación de la Municipalidad\nde Quetzaltenango\n18 al 21 de septiembre\n7 técnicos\nGestión municipal del agua\n");
        Assert.That(mentions.OfType<EventMention>().Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("IV Jornadas Provinciales de Cooperación", "jornada", (string?)"2023-10-19/2023-10-20"),
            ("Delegación de la Municipalidad de Quetzaltenango", "visita", "2023-09-18/2023-09-21"),
        }));
        Assert.That(mentions.OfType<ParticipantsMention>().Select(p => p.Value), Is.EquivalentTo(new[] { 300L, 7L }));
    }

    [Test]
    public void ANamedDaysTitle_IsItsCelebration_OnTheDayTheParagraphBelowOpensWith()
    {
        var found = ExtractionTestKit.Events("Día de Europa\nEl 9 de mayo la Plaza Independencia recibió los stands de 19 países. Se estima que asistieron unas 3.000 personas.\n" +
                                             "Día de trabajo\nEl 12 de mayo la oficina cerró el ejercicio.");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EqualTo(new[] { ("Día de Europa", "celebración", (string?)"2021-05-09") }));
    }

    [Test]
    public void ListItemsOpeningWithTheirDayAndAQuotedName_AreActivitiesOfTheKindTheParagraphAboveNames()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín 2025\n\n### Ciclo de webinars «Antioquia comparte»\n\n" +
                                                            "La Gerencia realizó en junio tres webinars para compartir experiencias:\n\n" +
                                                            "- **4 de junio** · «Catastro multipropósito en territorios rurales»: 410 personas inscritas.\n" +
                                                            "- **11 de junio** · «Vías terciarias y economía campesina»: 380 inscritos.\n\n" +
                                                            "### Publicaciones\n\nLa Gerencia publicó dos guías:\n\n- **4 de junio** · «Guía de cooperación descentralizada».\n", ".md");
        Assert.That(found.Where(e => e.EventType == "webinar").Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("«Catastro multipropósito en territorios rurales»", (string?)"2025-06-04"), ("«Vías terciarias y economía campesina»", "2025-06-11"),
        }));
        Assert.That(found.Select(e => e.Title), Has.None.Contains("Guía"));
    }

    [Test]
    public void AParagraphOpeningWithTookPlace_DatesTheTitleAboveIt()
    {
        var found = ExtractionTestKit.Events("Reunión del Comité Sectorial de Cultura de la UCCI\n" +
                                         "- Tuvo lugar en la ciudad de San Juan de Puerto Rico, los días 29 a 31 de agosto de 2024 y asistió el secretario de Cultura.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Reunión del Comité Sectorial de Cultura de la UCCI", "2024-08-29/2024-08-31") }));
    }

    [Test]
    public void AFirstSentenceThatSpeaksOfTheActivity_DatesTheTitle_AndIsNotASecondEvent()
    {
        var found = ExtractionTestKit.Events("- **Asamblea General de CIDEU y cambio en la Presidencia**\n" +
                                         "El 13 de julio de 2022, Bogotá fue sede de la Asamblea General Ordinaria de CIDEU, donde se formalizó su designación.");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2022-07-13" }));
        Assert.That(found[0].Title, Does.StartWith("Asamblea General"));
    }

    [Test]
    public void DaysListedTogetherAtTheOpeningOfTheTextBelow_DateTheTitleAsOneOccasion()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Memoria 2024\n\n5.  REDES DE CIUDADES\n\n5.1  Asamblea General de MedCities\n\n" +
                                         "Los días 20 y 21 de noviembre Murcia acogió en el Palacio Almudí la Asamblea General de MedCities, organizada junto con la red. " +
                                         "Asistieron más de 120 delegados.\n");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Asamblea General de MedCities", (string?)"2024-11-20/2024-11-21") }));
    }

    [Test]
    public void ADatelineBelowATitle_DatesIt()
    {
        var found = ExtractionTestKit.Events("Firma de convenio con la Diputación de Barcelona\n" +
                                         "Montevideo, 12 de abril de 2024. El Congreso y la Diputación firmaron un convenio para fortalecer las oficinas.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Firma de convenio con la Diputación de Barcelona", "2024-04-12") }));
    }

    [Test]
    public void ADeadlineOrAnEarlierOccasionAfterADateline_DoesNotDateTheNews()
    {
        var found = ExtractionTestKit.Events("Firma de convenio con la Diputación de Barcelona\n" +
                                         "Montevideo, 12 de abril de 2024. La Intendencia y la Diputación firmaron hoy un convenio. El acuerdo tendrá vigencia hasta el 31 de diciembre de 2026.");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-04-12" }));
    }

    [Test]
    public void TheActivitysOwnDaysAfterADateline_DateItRatherThanTheDateline()
    {
        var found = ExtractionTestKit.Events("Misión a Emilia-Romaña sobre cooperativismo\n" +
                                         "Bolonia, 21 de junio de 2024. Una delegación de técnicos visitó del 16 al 21 de junio de 2024 la región.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Misión a Emilia-Romaña sobre cooperativismo", "2024-06-16/2024-06-21") }));
    }

    [Test]
    public void AFirstSentenceOpeningWithTheDays_DatesTheTitle_WhateverItTalksAbout()
    {
        var found = ExtractionTestKit.Events("Misión técnica a Hamburgo y Róterdam\n" +
                                         "Del 13 al 17 de noviembre de 2023, una delegación municipal de cinco profesionales viajó a Alemania y los Países Bajos.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Misión técnica a Hamburgo y Róterdam", "2023-11-13/2023-11-17") }));
    }

    [Test]
    public void AFirstSentenceOpeningWithAYear_IsBackground_AndLeavesTheTitleUndated()
    {
        var found = ExtractionTestKit.Events("Misión técnica a Hamburgo y Róterdam\n" +
                                         "En 2019 la ciudad inició su programa de integración puerto-ciudad con apoyo europeo.");
        Assert.That(found.Select(e => e.Date), Is.EqualTo(new Extractor.Domain.DateValue?[] { null }));
    }

    [TestCase("Convenio marco con la AGCID\nEl pasado 14 de marzo de 2023 se firmó, en el Salón de Honor, un convenio marco con la Agencia Chilena de Cooperación.", "Convenio marco con la AGCID", "2023-03-14")]
    [TestCase("Renovación del hermanamiento con Cádiz\nValparaíso y Cádiz son ciudades hermanas desde 1992. El 19 de julio de 2023 se renovó el protocolo de hermanamiento.", "Renovación del hermanamiento con Cádiz", "2023-07-19")]
    [TestCase("Acuerdo de subvención con la Unión Europea\nGracias a la Delegación en Chile, el 23 de mayo de 2023 quedó formalizado el acuerdo de subvención del proyecto.", "Acuerdo de subvención con la Unión Europea", "2023-05-23")]
    [TestCase("Convenio marco con la AECID\nEl pasado 14 de marzo de 2024 se firmó el convenio marco con la AECID, que permitirá financiar obras.", "Convenio marco con la AECID", "2024-03-14")]
    public void AnAgreementTheBodySaysWasSignedOnADay_IsASigningOnThatDay(string text, string title, string date)
    {
        var found = ExtractionTestKit.Events(text);
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EqualTo(new[] { (title, "firma", date) }));
    }

    [TestCase("Acuerdo de París\nEl 12 de diciembre de 2015 los países adoptaron en París un acuerdo sobre el clima, que la ciudad aplica.")]
    [TestCase("Convenio con la Universidad de Valparaíso\nEl convenio, renovado cada año desde el 3 de marzo de 2021, permite prácticas profesionales de estudiantes.")]
    [TestCase("Convenio con el Ministerio de Transporte\nLos firmantes se reunirán nuevamente el 10 de junio de 2024 para evaluar los avances.")]
    [TestCase("Convenio de eficiencia energética con el BID\nEl convenio, firmado el año pasado, promueve energías renovables a partir del 1 de marzo de 2025.")]
    [TestCase("Contrato de recolección de residuos\nEl contrato firmado con la empresa vence el 31 de diciembre de 2024.")]
    [TestCase("Carta del intendente a los vecinos\nEl 3 de marzo de 2024 el intendente firmó una carta dirigida a los vecinos del barrio.")]
    [TestCase("Acuerdo con la Universidad de Valparaíso\nEl acuerdo se firmará el 5 de mayo de 2024 en el Salón de Honor.")]
    [TestCase("Convenio con el Ministerio de Vivienda\nEl acuerdo será firmado el 5 de diciembre de 2024 en Montevideo.")]
    [TestCase("Convenio con el Ministerio de Vivienda\nLa firma, prevista para el 10 de mayo de 2024, se postergó sin fecha.")]
    public void AnAgreementNotSignedInTheBody_OrSignedBeforeATerm_IsNoEvent(string text) =>
        Assert.That(ExtractionTestKit.Events(text), Is.Empty);

    [Test]
    public void ADateInAParagraphAboutSomethingElse_LeavesTheTitleUndated()
    {
        var found = ExtractionTestKit.Events("Reunión del Comité Sectorial de Cultura de la UCCI\n" +
                                         "El 3 de mayo de 2024 se publicó el informe anual de la red con las cifras del año.");
        Assert.That(found.Select(e => (e.Title, e.Date)), Is.EqualTo(new[] { ("Reunión del Comité Sectorial de Cultura de la UCCI", (Extractor.Domain.DateValue?)null) }));
    }

    [Test]
    public void ATitleWhoseNameListsCapitalisedWords_KeepsTheWholeList()
    {
        var found = ExtractionTestKit.Events("1. VII Encuentro Regional de Municipios, Ciudades y Comunidades Saludables:\n" +
                                         "Entre el 24 y el 25 de octubre de 2024, el secretario de Salud participó en el encuentro de municipios saludables.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Has.Member(("Encuentro Regional de Municipios, Ciudades y Comunidades Saludables", "2024-10-24/2024-10-25")));
    }

    [Test]
    public void ATitlePrintedAfterItsText_BeforeAnotherTitle_IsDatedByTheParagraphAbove()
    {
        var found = ExtractionTestKit.Events("La presentación formal se realizó el pasado 23 de noviembre en un evento en formato virtual.\n" +
                                         "Presentación del Manual de Equidad de Género y Toolkit de la red\n" +
                                         "Conversatorio virtual: Políticas de cuidados");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Does.Contain(("Presentación del Manual de Equidad de Género y Toolkit de la red", "2021-11-23")));
    }

    [Test]
    public void ATitlePrintedAfterAList_IsDatedByTheItemThatSpeaksOfIt_AsOneOccasion_WhateverPlaceFollowsIt()
    {
        var found = ExtractionTestKit.Events("- El 12 y 13 de noviembre viajó a San Pablo el técnico del Jardín Botánico para participar en las discusiones sobre residuos orgánicos y seguridad alimentaria.\n" +
                                         "- El colaborador de la entidad presentó la experiencia del JBB en materia de biodigestión.\n" +
                                         "Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria', realizado en São Paulo\n" +
                                         "Proyecto Atlas de Temperaturas");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())),
            Does.Contain(("Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria'", "2021-11-12/2021-11-13")));
    }

    [Test]
    public void ATitlePrintedAfterAParagraphThatIsNoListItem_IsNotDatedByTheParagraphBeforeThat()
    {
        var found = ExtractionTestKit.Events("El 12 y 13 de noviembre se discutió sobre residuos orgánicos y seguridad alimentaria.\n" +
                                         "El colaborador de la entidad presentó la experiencia del JBB en materia de biodigestión.\n" +
                                         "Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria', realizado en São Paulo\n" +
                                         "Proyecto Atlas de Temperaturas");
        Assert.That(found.Single(e => e.Title.StartsWith("Encuentro", StringComparison.Ordinal)).Date, Is.Null);
    }

    [Test]
    public void ATitleFollowedByItsOwnParagraph_IsNotDatedByTheParagraphAbove()
    {
        var found = ExtractionTestKit.Events("La presentación formal se realizó el pasado 23 de noviembre en un evento en formato virtual.\n" +
                                         "Presentación del Manual de Equidad de Género y Toolkit de la red\n" +
                                         "Durante la sesión se firmó la adhesión de la ciudad al programa. Este documento enfatiza sus principios de igualdad.");
        Assert.That(found.Single(e => e.Title.StartsWith("Presentación del Manual", StringComparison.Ordinal)).Date, Is.Null);
    }

    [Test]
    public void AWeakNounOfAnOccasion_PrintedAfterItsText_IsDatedByIt_ButOneOfALastingRelationIsNoEvent()
    {
        var found = ExtractionTestKit.Events("En agosto se llevó a cabo el primer intercambio en formato virtual sobre infraestructura verde “Big Cities, Big Ideas” con Portland.\n" +
                                         "Intercambio “Big Cities, Big Ideas” con Portland\n" +
                                         "Desarrollo económico\n" +
                                         "El 29 de septiembre se firmó el convenio de cooperación técnica con la fundación.\n" +
                                         "Cooperación técnica con la fundación\n" +
                                         "Movilidad");
        // The sentence tells of a signing, which is an activity; the title of the lasting relation below it is none.
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Intercambio “Big Cities, Big Ideas” con Portland", "2021-08"), ("Firma de convenio de cooperación técnica con la fundación", "2021-09-29"),
        }));
    }
    [Test]
    public void ATitleWhoseTellingPlacesItAtTheActivityBefore_TakesThatActivitysDate()
    {
        var found = ExtractionTestKit.Events("En el Consejo Rector de CIDEU, celebrado del 3 al 5 de julio en Zaragoza, se eligió a Cuenca como nueva ciudad presidenta.\n" +
                                             "- Adhesión de Bogotá a la “Declaración de Zaragoza”\n" +
                                             "En el mismo evento, la consejera, en representación de Bogotá, firmó la adhesión a la “Declaración de Zaragoza”.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Does.Contain(("Adhesión de Bogotá a la “Declaración de Zaragoza”", (string?)"2021-07-03/2021-07-05")));
    }

    [Test]
    public void ATitleWhoseTellingDoesNotReferBack_StaysUndated()
    {
        var found = ExtractionTestKit.Events("En el Consejo Rector de CIDEU, celebrado del 3 al 5 de julio en Zaragoza, se eligió a Cuenca como nueva ciudad presidenta.\n" +
                                             "- Adhesión de Bogotá a la “Declaración de Zaragoza”\n" +
                                             "La consejera, en representación de Bogotá, firmó la adhesión a la “Declaración de Zaragoza”.");
        Assert.That(found.Where(e => e.Title.StartsWith("Adhesión", StringComparison.Ordinal)).Select(e => e.Date), Is.All.Null);
    }

    [Test]
    public void AHeadingOfARelation_DatedOnlyByItsParagraph_IsNoEvent() =>
        Assert.That(ExtractionTestKit.Events("# Cooperación al desarrollo y acción humanitaria\n" +
                                         "La convocatoria de subvenciones a proyectos de cooperación al desarrollo, resuelta el 28 de julio de 2023, concedió fondos a 19 proyectos."),
            Is.Empty);

    [Test]
    public void AListItemNamingAnAgreementThenSayingItWasSigned_IsASigning() =>
        Assert.That(ExtractionTestKit.Events("Breves\n- Renovación del acuerdo de gestión conjunta de la frontera entre Rivera y Santana do Livramento, firmada el 15/03/2024 en el Parque Internacional.")
            .Select(e => (e.Title, e.EventType, e.Date?.ToIso())),
            Is.EqualTo(new[] { ("Renovación del acuerdo de gestión conjunta de la frontera entre Rivera y Santana do Livramento", "firma", (string?)"2024-03-15") }));

    [Test]
    public void AWeekOfActivitiesUnderItsDateline_IsAnEvent() =>
        Assert.That(ExtractionTestKit.Events("# Semana franco-uruguaya de la cooperación descentralizada\n" +
                                         "Colonia del Sacramento, 5 de julio de 2024. Se celebró del 2 al 4 de julio de 2024 la V Semana franco-uruguaya de la cooperación descentralizada.")
            .Select(e => e.Date?.ToIso()), Has.Member("2024-07-02/2024-07-04"));

    [Test]
    public void AHeadingThatIsOnlyADay_DatesTheActivitiesListedUnderIt_AndIsNoActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de gestión 2024\n\n## Enero\n\n### Lunes 15 de enero\n\n" +
                                                           "- **Reunión con el representante residente de JICA en el Perú**, para revisar la cartera.\n\n" +
                                                           "### Viernes 23 y sábado 24 de febrero\n\n- **Feria «Trujillo Emprende Mujer»**, con 120 emprendedoras.\n", ".md")
            .Select(e => (e.Title, e.Date?.ToIso())).ToArray();
        Assert.That(found, Is.EquivalentTo(new[]
        {
            ("Reunión con el representante residente de JICA en el Perú", (string?)"2024-01-15"),
            ("Feria «Trujillo Emprende Mujer»", "2024-02-23/2024-02-24"),
        }));
    }

    [Test]
    public void ALongItemUnderADaysHeading_OpensWithItsActivity_UpToWhereItsTellingStarts()
    {
        var item = "- **Firma del contrato de donación con la Embajada del Japón** para equipar el Centro de Salud Mental Comunitario de El Porvenir, " +
                   "en el marco del programa de Asistencia para Proyectos Comunitarios. La donación asciende a US$ 98,500. Firmaron el embajador y el " +
                   "alcalde en la residencia diplomática, en Lima, ante representantes de la comunidad.";
        var found = ExtractionTestKit.EventsThroughPipeline($"# Boletín de gestión 2024\n\n## Enero\n\n### Lunes 15 de enero\n\n{item}\n", ".md")
            .Select(e => (e.Title, e.Date?.ToIso())).ToArray();
        Assert.That(found, Is.EqualTo(new[] { ("Firma del contrato de donación con la Embajada del Japón", (string?)"2024-01-15") }));
    }

    [Test]
    public void AnItemUnderADaysHeadingThatAnnouncesItsActivity_IsNotOfThatDay()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de gestión 2024\n\n### Lunes 15 de enero de 2024\n\n" +
                                                           "- Reunión con la Embajada de Italia prevista para el próximo jueves, para revisar la cartera de proyectos.\n", ".md");
        Assert.That(found.Where(e => e.Date?.ToIso() == "2024-01-15"), Is.Empty);
    }

    // A title set in bold ends where the bold ends; the day's heading dates an item opening with a weak noun ("Mesa") too.
    [TestCase("- **Reunión de coordinación con Sedalib y el Gobierno Regional** sobre el abastecimiento de agua en los sectores altos.",
        "Reunión de coordinación con Sedalib y el Gobierno Regional")]
    [TestCase("- Mesa de trabajo con Sedalib y el Gobierno Regional La Libertad.", "Mesa de trabajo con Sedalib y el Gobierno Regional La Libertad")]
    public void AnItemUnderADaysHeading_IsThatDaysActivity_TitledAsItsWriterSetIt(string item, string title)
    {
        var found = ExtractionTestKit.EventsThroughPipeline($"# Boletín de gestión 2024\n\n### Jueves 25 de enero de 2024\n\n{item}\n", ".md")
            .Select(e => (e.Title, e.Date?.ToIso())).ToArray();
        Assert.That(found, Is.EqualTo(new[] { (title, (string?)"2024-01-25") }));
    }

    [Test]
    public void AnItemsTitleWrappedBeforeItsBracketOfDays_EndsBeforeTheBracket_AndRunsTheDaysTogether_AndTheChapterOverItIsNoActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("INFORME 2024 DEL GOBIERNO MUNICIPAL DE ZAPOPAN\n\n5. CAPACITACIÓN INTERNACIONAL\n\n" +
                                                           "En 2024 se impartieron cuatro programas de capacitación con apoyo de\nla cooperación internacional, con un total de 155 personas capacita-\ndas:\n\n" +
                                                           "Taller «Cooperación descentralizada y acuerdos interinstitucionales»\n(11 y 12 de abril). Impartido por la AMEXCID y la " +
                                                           "Consultoría Jurídica\nde la SRE, con 52 servidores públicos de 14 dependencias.\n")
            .Select(e => (e.Title, e.Date?.ToIso())).ToArray();
        Assert.That(found, Is.EqualTo(new[] { ("Taller «Cooperación descentralizada y acuerdos interinstitucionales»", (string?)"2024-04-11/2024-04-12") }));
    }
    [Test]
    public void TheDaysRightAfterTheTitlesNounToldAgainBelow_DateTheTitle_NotAnEarlierDateOfAnotherThing()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Memoria 2024\n\n5.  FORMACIÓN\n\nPasantía técnica en el Ayuntamiento de Cádiz\n\n" +
                                         "En aplicación del convenio firmado en marzo, tres profesionales de la Oficina de Gestión Patrimonial realizaron una pasantía " +
                                         "del 17 al 21 de junio. El costo se cubrió con el aporte del convenio.\n");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Pasantía técnica en el Ayuntamiento de Cádiz", (string?)"2024-06-17/2024-06-21") }));
    }

    [Test]
    public void TakingPartInAnOccasionNamedByItsAcronym_IsAnEvent_WhereItsDaysAreGiven_ButNotUndated()
    {
        var headed = ExtractionTestKit.EventsThroughPipeline("Memoria 2023\n\n6. PROMOCIÓN INTERNACIONAL\n\nParticipación en FITUR\n\n" +
                                         "Del 18 al 22 de enero, Córdoba estuvo presente en la Feria Internacional de Turismo de Madrid en el estand de la provincia.\n");
        Assert.That(headed.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Participación en FITUR", (string?)"2023-01-18/2023-01-22") }));

        var item = ExtractionTestKit.EventsThroughPipeline("Memoria 2024\n\n6. PROMOCIÓN\n\nParticipación en FITUR 2024 (Madrid, del 24 al 28 de enero). " +
                                         "Canelones promocionó su oferta de turismo rural.\n");
        Assert.That(item.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Participación en FITUR 2024", (string?)"2024-01-24/2024-01-28") }));

        var undated = ExtractionTestKit.EventsThroughPipeline("Memoria 2023\n\n6. REDES\n\nParticipación en CGLU\n\nLa ciudad es miembro de la red desde 2015.\n");
        Assert.That(undated, Is.Empty);

        // A body's acronym, dated by joining it, is no occasion.
        var joined = ExtractionTestKit.EventsThroughPipeline("Memoria 2024\n\n6. REDES\n\nParticipación en la UCCI\n\n" +
                                         "El 5 de mayo de 2024 la ciudad se incorporó formalmente a la Unión de Ciudades Capitales Iberoamericanas (UCCI).\n");
        Assert.That(joined, Is.Empty);
    }

    [Test]
    public void ANumberedHeadingOfADatedAnniversary_OpeningWithAnOrdinalInFigures_IsTheCelebration()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Memoria 2023 del Ayuntamiento de Gijón\n\n## 5. Viajes institucionales\n\n" +
                                         "### 5.1 30.º aniversario del hermanamiento con Niort\n\nLos días 6, 7 y 8 de octubre una delegación municipal participó en " +
                                         "los actos del aniversario organizados por la Ville de Niort.\n", ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("30.º aniversario del hermanamiento con Niort", (string?)"2023-10-06/2023-10-08") }));
    }

    [Test]
    public void AnAnniversarySetAfterADateAndAComma_SaysWhatTheDayIs_AndIsNoActivity()
    {
        var found = ExtractionTestKit.Events("El 6 de agosto, aniversario del bombardeo de Hiroshima, el Ayuntamiento celebró en el parque el acto anual por la paz y el desarme.");
        Assert.That(found.Select(e => e.Title), Has.None.StartsWith("Aniversario"));
    }

    [Test]
    public void ACoursesTextGivingItsSpanOfDaysFirst_DatesItsHeading_ButNotAChaptersSubjects()
    {
        var course = ExtractionTestKit.EventsThroughPipeline("Informe 2024\n\n5. FORMACIÓN\n\nDiplomado en Cooperación Internacional y Gestión de Proyectos\n\n" +
                                         "Con la Universidad Tecnológica de Bolívar (UTB), del 5 de agosto al 25 de octubre, 120 horas. Participaron 35 servidores públicos.\n");
        Assert.That(course.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Diplomado en Cooperación Internacional y Gestión de Proyectos", (string?)"2024-08-05/2024-10-25") }));

        var chapter = ExtractionTestKit.EventsThroughPipeline("Informe 2024\n\n5. FORMACIÓN\n\nCapacitación y becas\n\n" +
                                         "Con la JICA, del 11 al 22 de septiembre, dos técnicos siguieron un programa en Tokio.\n");
        Assert.That(chapter.Where(e => e.Title.StartsWith("Capacitación", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Has.None.EqualTo("2024-09-11/2024-09-22"));
    }
}
