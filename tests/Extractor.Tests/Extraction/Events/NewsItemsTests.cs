namespace Extractor.Tests.Extraction.Events;

/// <summary>News items: a headline, a stamp ("Publicado: 21/11/2024") or a dateline, and the text that tells what happened.</summary>
public sealed class NewsItemsTests
{
    private static (string Title, string Type, string? Date)[] Found(string text) =>
        ExtractionTestKit.Events(text).Select(e => (e.Title, e.EventType, e.Date?.ToIso())).ToArray();

    [Test]
    public void AHeadlineSayingWhoSignedWhat_IsTheSigning_OnTheDatelinesDay()
    {
        var found = Found("# Intendencia firma convenio con la AECID para recuperar el muelle de Casa Blanca\nPublicado: 21/11/2024\n" +
                          "Paysandú, 20 de noviembre de 2024.– El intendente y la coordinadora firmaron este miércoles un acuerdo en la Sala de Acuerdos.");
        Assert.That(found, Is.EqualTo(new[] { ("Intendencia firma convenio con la AECID para recuperar el muelle de Casa Blanca", "firma", (string?)"2024-11-20") }));
    }

    [TestCase("Ayer se realizó una reunión de trabajo en la sede municipal.", "2024-09-11")]
    [TestCase("Esta mañana se realizó una reunión de trabajo en la sede municipal.", "2024-09-12")]
    [TestCase("Se realizó una reunión de trabajo en la sede municipal.", null)]
    [TestCase("Mañana se realizará una reunión de trabajo en la sede municipal.", null)]
    public void ALaterSentenceOfANewsItem_DatesItsActivityByADayNamedRelativeToTheItemsDateline(string told, string? expected)
    {
        var found = Found("# Voluntarias de JICA se suman al programa «Arequipa Recicla»\n\n" +
                          $"Arequipa, 12 de septiembre de 2024.– Dos voluntarias de JICA trabajarán durante dos años en el programa municipal. {told}");
        Assert.That(found.Where(f => f.Type == "reunión").Select(f => f.Date), Is.EqualTo(expected is null ? Array.Empty<string?>() : new[] { expected }));
    }

    [Test]
    public void EachItemOfAChronologyWithoutBlankLines_IsDatedByItsOwnDate_AndOneToldInTheTextKeepsItsName()
    {
        var found = Found("Del 16 al 20 de octubre viajó a Mauritania una misión técnica a Nuadibú y Nuakchot, que se reunió con la Zona Franca.\n\n" +
                          "6. VISITAS RECIBIDAS Y REALIZADAS\n" +
                          "27 de abril. Visita de una delegación del Ministerio del Mar de Cabo Verde (cinco perso-\n  nas), que se reunió con el Servicio.\n" +
                          "19 de septiembre. Visita del cónsul general de Marruecos, que trasladó el agradecimiento de su\n  país.\n" +
                          "16 al 20 de octubre. Misión técnica a Mauritania.\n");
        Assert.That(found.Select(f => (f.Type, f.Date)), Is.EquivalentTo(new[]
        {
            ("misión", (string?)"2021-10-16/2021-10-20"), ("visita", "2021-04-27"), ("visita", "2021-09-19"),
        }));
        Assert.That(found.Select(f => f.Title), Has.Some.StartsWith("Misión técnica a Nuadibú"));
    }

    [TestCase("recorrió ayer las instalaciones del puerto", "2024-10-16")]
    [TestCase("recorrió anteayer las instalaciones del puerto", "2024-10-15")]
    [TestCase("recorrió anoche las instalaciones del puerto", "2024-10-16")]
    [TestCase("recorrió ayer y hoy las instalaciones del puerto", "2024-10-16/2024-10-17")]
    // 17 October 2024 was a Thursday.
    [TestCase("recorrió el pasado martes las instalaciones del puerto", "2024-10-15")]
    [TestCase("recorrió este jueves las instalaciones del puerto", "2024-10-17")]
    [TestCase("recorrió las instalaciones del puerto", "2024-10-17")]
    public void ADayTheTextNamesRelativeToTheDateline_DatesTheHeadline(string told, string expected)
    {
        var found = Found("# Delegación de Pelotas visitó el puerto y el Polo Tecnológico de Paysandú\n" +
                          $"Paysandú, 17 de octubre de 2024.– Una delegación de la Prefeitura de Pelotas {told} y del Polo Tecnológico.");
        Assert.That(found.Select(f => (f.Type, f.Date)), Is.EqualTo(new[] { ("visita", (string?)expected) }));
    }

    // "visitado", "consulta" and "acceso" say when a source was read only right before its date.
    [TestCase("ha visitado Castelló del 20 al 23 de abril", "2024-04-20/2024-04-23")]
    [TestCase("tras una consulta, visitó Castelló del 20 al 23 de abril", "2024-04-20/2024-04-23")]
    [TestCase("ha mejorado su acceso al puerto del 20 al 23 de abril", "2024-04-20/2024-04-23")]
    public void ASentencesWordOfVisitingOrConsulting_BeforeTheDays_IsNoCitation(string told, string expected)
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Comunicados del Ayuntamiento de Castellón 2024\n\n## Una delegación de Tajimi visita Castelló\n\n" +
                                                            $"*Castelló de la Plana, 23 de abril de 2024*\n\nUna delegación de la ciudad japonesa de Tajimi {told}.\n", ".md");
        Assert.That(found.Select(f => (f.EventType, f.Date?.ToIso())), Is.EqualTo(new[] { ("visita", (string?)expected) }));
    }

    [Test]
    public void ADelegationsHeadline_OverADateline_IsItsVisit_OnTheDaysItsTextGives()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de Asuntos Internacionales 2025\n\n### Delegación del Gobierno de Jalisco en Antioquia\n\n" +
                                                            "**Medellín, 25 de abril de 2025.** Una delegación del Gobierno de Jalisco de 11 integrantes visitó el departamento " +
                                                            "del 23 al 25 de abril para conocer el modelo de parques educativos.\n", ".md");
        Assert.That(found.Select(f => (f.Title, f.EventType, f.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Delegación del Gobierno de Jalisco en Antioquia", "visita", (string?)"2025-04-23/2025-04-25"),
        }));
    }

    [TestCase("El Alcalde se reúne con el cuerpo consular acreditado en Yucatán", "reunión")]
    [TestCase("El festival reúne a 300 artistas en el Centro Histórico", null)]
    public void AHeadlineSayingWhoMetWhom_IsTheMeeting_OnTheDayItsTextNames(string headline, string? type)
    {
        var found = Found($"# {headline}\nMérida, Yucatán, 18 de junio de 2024.- Este martes, el Presidente Municipal ofreció un desayuno de trabajo al cuerpo consular.");
        Assert.That(found.Where(f => f.Title == headline).Select(f => (f.Type, f.Date)),
            Is.EqualTo(type is null ? Array.Empty<(string, string?)>() : new[] { (type, (string?)"2024-06-18") }));
    }

    [Test]
    public void AHeadingWithoutAName_OverATextNamingItsActivityInQuotes_IsTitledByTheQuotedName()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de cooperación 2024\n\n## Taller de espacio público con ONU-Habitat (25 de julio)\n\n" +
                                                            "El 25 de julio, con el apoyo de ONU-Habitat, el Municipio realizó el taller «Quito, ciudad de proximidad», con 120 personas.\n", ".md");
        Assert.That(found.Select(f => (f.Title, f.Date?.ToIso())), Is.EqualTo(new[] { ("Quito, ciudad de proximidad", (string?)"2024-07-25") }));
    }

    [Test]
    public void AHeadlineOfTwoClauses_IsTitledByTheFirst()
    {
        var found = Found("# Embajador de Corea visita Mérida; KOICA dona equipo al Centro de Monitoreo\n" +
                          "Mérida, 15 de marzo de 2024.- El embajador recorrió el Centro de Monitoreo, al que la agencia coreana donó equipo.");
        Assert.That(found.Select(f => f.Title), Is.EqualTo(new[] { "Embajador de Corea visita Mérida" }));
    }

    [Test]
    public void UnderAStamp_TheActivitysOwnDayWithinTheFortnight_DatesIt()
    {
        var found = Found("# INTENDENCIA RECIBIÓ AL EMBAJADOR DE JAPÓN Y A VOLUNTARIOS DE JICA\n14 de marzo de 2024\n" +
                          "El intendente recibió en la tarde del miércoles 13 de marzo de 2024, en su despacho, al embajador del Japón en Uruguay.");
        Assert.That(found.Select(f => f.Date), Is.EqualTo(new[] { "2024-03-13" }));
    }

    [TestCase("# EL DEPARTAMENTO RECIBIÓ 212.000 VISITANTES\nPublicado: 09/09/2024\nEl Observatorio de Turismo presentó su informe del período.")]
    [TestCase("# Más de 300 vecinos visitaron la costanera norte\nPublicado: 23/09/2024\nMás de 300 vecinos y vecinas recorrieron la costanera.")]
    // A headline with a verb of an activity, but no stamp or dateline: a chapter's heading, not a news item.
    [TestCase("# La ciudad firma acuerdos con sus vecinos\nLa política de participación se renovó en 2023 con nuevos mecanismos.")]
    // Months name no occasion without an activity's noun.
    [TestCase("# EL DEPARTAMENTO RECIBIÓ VISITANTES ENTRE ENERO Y AGOSTO DE 2024\nEl informe del período se publicó en la web.")]
    public void AHeadlineOfFiguresOrOfACount_OrOutsideANewsItem_IsNoEvent(string text) =>
        Assert.That(Found(text), Is.Empty);

    [Test]
    public void AHeadlineNamingItsActivity_EndsBeforeTheVerbThatTellsWhatCameOfIt()
    {
        var found = Found("# FESTIVAL “VOCES DEL LITORAL” REUNIÓ A 420 CORISTAS DE CUATRO PAÍSES\nPublicado: 12/08/2024\n" +
                          "Del 9 al 11 de agosto de 2024, el Teatro Florencio Sánchez fue escenario del festival, con agrupaciones de cuatro países.");
        Assert.That(found, Is.EqualTo(new[] { ("FESTIVAL “VOCES DEL LITORAL”", "festival", (string?)"2024-08-09/2024-08-11") }));
    }

    [TestCase("La entrega de premios del concurso de comparsas se realizó el martes 13 de febrero de 2024 en el Anfiteatro del Río.",
        "Entrega de premios del concurso de comparsas", "2024-02-13")]
    [TestCase("El sábado 10 de agosto de 2024 se realizó además un taller de dirección coral para 60 docentes de música.",
        "Taller de dirección coral", "2024-08-10")]
    [TestCase("La ceremonia de bienvenida se realizó el 11 de septiembre de 2024 en la sede municipal, con la representante de JICA.",
        "Ceremonia de bienvenida", "2024-09-11")]
    [TestCase("El 20 de marzo de 2023 se celebró en el Salón de la Ciudad del Palacio Municipal la ceremonia de entrega de las ambulancias.",
        "Ceremonia de entrega de las ambulancias", "2023-03-20")]
    [TestCase("Del 9 al 11 de abril de 2024 se celebró en Barcelona la asamblea del consorcio, a la que asistieron 2 técnicos.",
        "Asamblea del consorcio", "2024-04-09/2024-04-11")]
    public void AnActivityNamedByItsKindAndSubject_ThatTheTextSaysTookPlace_IsAnEvent(string text, string title, string date) =>
        Assert.That(Found(text).Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { (title, (string?)date) }));

    [TestCase("La presentación formal se realizó el pasado 23 de noviembre de 2021 en un evento virtual.")]
    [TestCase("La entrega de los informes se realizará hasta el 13 de febrero de 2024.")]
    public void AnActivityNamedByAnAdjective_OrNotSaidToHaveTakenPlace_IsNoEvent(string text) =>
        Assert.That(Found(text), Is.Empty);

    [Test]
    public void ADateInSquareBracketsEndsTheHeadingsTitle() =>
        Assert.That(Found("# Intercambio entre Pasto y Loja sobre gestión del riesgo [28 de agosto de 2024]\nTécnicos de ambas ciudades compartieron experiencias."),
            Is.EqualTo(new[] { ("Intercambio entre Pasto y Loja sobre gestión del riesgo", "intercambio", (string?)"2024-08-28") }));

    [TestCase("participaron el viernes en la jornada “Loja Limpia”", "2024-02-02")]
    [TestCase("participaron en la jornada “Loja Limpia”", "2024-02-03")]
    public void TheFirstSentenceAfterADateline_IsDatedByIt_OrByTheDayItNamesRelativeToIt(string told, string date)
    {
        // 3 February 2024 was a Saturday.
        var found = Found($"Loja, 3 de febrero de 2024.- Más de 500 niños y niñas de escuelas fiscales {told}, organizada con el apoyo de la GIZ.");
        Assert.That(found, Is.EqualTo(new[] { ("Loja Limpia", "jornada", (string?)date) }));
    }

    [Test]
    public void ADatelinesDotAndDashEndItsSentence_SoTheNextSentencesOwnDaysDateItsActivity()
    {
        var found = Found("Loja, 10 de febrero de 2024.- Del 14 al 16 de marzo de 2024, la ciudad recibirá a alcaldes de 40 cantones en el Encuentro Nacional de Ciudades Intermedias.");
        Assert.That(found, Is.EqualTo(new[] { ("Encuentro Nacional de Ciudades Intermedias", "encuentro", (string?)"2024-03-14/2024-03-16") }));
    }

    [TestCase("# Gobierno departamental celebra cifra récord de recaudación\nPublicado: 03/07/2024\nLa recaudación del semestre superó lo previsto.")]
    [TestCase("# Montevideo recibe más de 300 mil turistas en la temporada\nPublicado: 03/03/2024\nLa ocupación hotelera llegó al 85 %.")]
    [TestCase("# Intendente recibe críticas por el aumento del boleto\nPublicado: 03/03/2024\nLos ediles de la oposición cuestionaron la medida.")]
    [TestCase("# Intendencia presenta su balance de gestión del año\nPublicado: 20/12/2024\nEl documento resume las obras del año.")]
    [TestCase("# Intendencia lanza convocatoria para becas de estudio\nPublicado: 02/02/2024\nLas postulaciones cierran en marzo.")]
    [TestCase("# Última entrega de la serie documental «Barrios de Salto»\nPublicado: 02/02/2024\nEl capítulo final recorre el barrio Cerro.")]
    public void AHeadlineWhoseVerbReportsNoActivity_IsNoEvent(string text) =>
        Assert.That(Found(text), Is.Empty);

    // 19 September 2024 was a Thursday; 12 November 2024 a Tuesday.
    [TestCase("San José, 19 de septiembre de 2024. La Intendencia y la Udelar firmarán este viernes un convenio.", "2024-09-20")]
    [TestCase("San José, 12 de noviembre de 2024. La Intendencia y la Udelar firmaron el pasado martes un convenio.", "2024-11-05")]
    [TestCase("San José, 12 de noviembre de 2024. «Hoy es un día histórico», dijo el intendente tras firmar el pasado martes un convenio.", "2024-11-05")]
    public void ADayNamedRelativeToTheDateline_LooksAheadInTheFuture_AWeekBackAfterPasado_AndNotInsideQuotes(string body, string expected) =>
        Assert.That(Found("# Intendencia firma convenio con la Universidad de la República\n" + body).Select(f => f.Date), Is.EqualTo(new[] { expected }));

    [Test]
    public void AnActivityAStampedItemAnnounces_IsDatedByItsOwnDaysAhead() =>
        Assert.That(Found("# Festival Nacional de Folclore\nPublicado: 15/01/2024\nEl festival se desarrollará del 2 al 4 de febrero de 2024 en el anfiteatro.")
            .Select(f => f.Date), Is.EqualTo(new[] { "2024-02-02/2024-02-04" }));

    [TestCase("# Reunión preparatoria de la visita oficial a la provincia de Entre Ríos\nSalto, 4 de octubre de 2024. Autoridades mantuvieron este jueves una reunión.",
        "Reunión preparatoria de la visita oficial a la provincia de Entre Ríos")]
    [TestCase("# FESTIVAL DE JINETEADA EN TACUAREMBÓ\nTacuarembó, 4 de marzo de 2024. Más de 40 jinetes compitieron este domingo en el festival.",
        "FESTIVAL DE JINETEADA EN TACUAREMBÓ")]
    public void AHeadlineIsNotCutAtANounOrAPlaceThatLooksLikeAVerb(string text, string title) =>
        Assert.That(Found(text).Select(f => f.Title), Does.Contain(title));

    [Test]
    public void AHeadingDatedByMonthsInBrackets_WithoutAnActivitysNoun_IsStillAnEvent() =>
        Assert.That(Found("# Noche de los Museos (mayo de 2024)\nLos museos de la ciudad abrieron hasta la medianoche.").Select(f => (f.Title, f.Date)),
            Is.EqualTo(new[] { ("Noche de los Museos", (string?)"2024-05") }));

    [TestCase("# Encuentro de jóvenes emprendedores\nEl 30 de abril de 2024 cierra el plazo para postular al encuentro de este año.")]
    [TestCase("# Cena de bienvenida en el Mercado del Puerto\nMartes 8 de octubre de 2024\nVisita al Puerto de Montevideo y recorrida por las obras del Ferrocarril Central.")]
    public void ADeadlineOrTheNextDaysHeader_DoesNotDateTheTitleAbove(string text) =>
        Assert.That(Found(text).Select(f => f.Date), Is.All.Null);

    [Test]
    public void ADayBetweenAVerbOfHostingOrTakingPartAndTheActivity_IsItsOwn()
    {
        var found = Found("En el marco de Eurocities, la ciudad acogió los días 20 y 21 de abril de 2023 la reunión semestral del grupo, con 48 técnicos.\n" +
                          "Con CGLU, el Ayuntamiento participó el 8 de noviembre de 2023 en la sesión virtual de la comunidad de práctica sobre ciudades verdes " +
                          "y coorganizó el 22 de noviembre de 2023 la jornada «Ciudad, infancia y clima».");
        Assert.That(found.Select(f => (f.Title, f.Date)), Is.EquivalentTo(new[]
        {
            ("Reunión semestral del grupo", (string?)"2023-04-20/2023-04-21"),
            ("Sesión virtual de la comunidad de práctica sobre ciudades verdes", "2023-11-08"),
            ("Ciudad, infancia y clima", "2023-11-22"),
        }));
    }

    [Test]
    public void AnAllianceTheBodySaysWasSigned_IsASigning() =>
        Assert.That(Found("# Alianza con ONU-Habitat para informes locales voluntarios\nEl 14 de noviembre de 2024, la red y ONU-Habitat firmaron en Quito un memorando de entendimiento.")
            .Select(f => (f.Type, f.Date)), Is.EqualTo(new[] { ("firma", (string?)"2024-11-14") }));

    // 6 March 2024 was a Wednesday; 12 June 2024 a Wednesday; 25 October 2024 a Friday.
    [TestCase("Rivera, 6 de marzo de 2024. El intendente, que viajará a Lisboa en mayo, recibió este lunes al embajador de Portugal.", "2024-03-04")]
    [TestCase("Rivera, 12 de junio de 2024. El convenio con el embajador será firmado este viernes en el Palacio.", "2024-06-14")]
    [TestCase("Rivera, 12 de junio de 2024. El intendente recibió el miércoles pasado al embajador de Portugal.", "2024-06-05")]
    [TestCase("Rivera, 25 de octubre de 2024. El intendente recibirá el próximo viernes al embajador de Portugal.", "2024-11-01")]
    [TestCase("Rivera, 6 de marzo de 2024. El intendente recibirá mañana al embajador de Portugal.", "2024-03-07")]
    [TestCase("Rivera, 16 de octubre de 2024. Autoridades de la Gobernación del Guairá recibieron este lunes al embajador.", "2024-10-14")]
    public void TheNearestVerbTellsWhetherADayIsAheadOrBehind(string body, string expected) =>
        Assert.That(Found("# Intendente recibió al embajador de Portugal\n" + body).Select(f => f.Date), Is.EqualTo(new[] { expected }));

    [Test]
    public void AReceptionOfACountOfVisitors_IsNoEvent() =>
        Assert.That(Found("# El Museo Blanes recibió a más de 20.000 visitantes en vacaciones\nPublicado: 05/08/2024\nLa muestra de verano fue la más visitada."), Is.Empty);

    [TestCase("# Noche de los Museos, mayo de 2024\nLos museos abrieron hasta la medianoche.", "Noche de los Museos", "2024-05")]
    [TestCase("# Carnaval 2024 (febrero de 2024)\nLas comparsas desfilaron por la avenida.", "Carnaval 2024", "2024-02")]
    [TestCase("# Patria Gaucha en Tacuarembó (marzo de 2024)\nLa fiesta reunió a jinetes de todo el país.", "Patria Gaucha en Tacuarembó", "2024-03")]
    public void AHeadingDatedByMonthsSetApartFromItsName_IsAnEvent(string text, string title, string date) =>
        Assert.That(Found(text).Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { (title, (string?)date) }));

    [Test]
    public void AHeadingNamingTheReportingGovernmentAndItsMonths_IsNoEvent() =>
        Assert.That(Found("# Gobierno de la Ciudad de Mendoza — julio a diciembre de 2023\nEl informe resume las actividades del semestre."), Is.Empty);

    [Test]
    public void AWordOfRegistrationFarFromTheDate_DoesNotMakeItADeadline() =>
        Assert.That(Found("# Jornada de puertas abiertas\nEl 10 de junio de 2024 se realizó la jornada en el Palacio, con inscripciones gratuitas y 200 vecinos.")
            .Select(f => f.Date), Is.EqualTo(new[] { "2024-06-10" }));

    [Test]
    public void AnActivityTheHeadlinesTextNamesOnItsDay_IsTheEvent_ByThatName()
    {
        var found = Found("# Lima presenta su nuevo plan de gestión del riesgo\n" +
                          "Lima, 5 de abril de 2024. La Municipalidad realizó el 4 de abril de 2024 la presentación del Plan Metropolitano de Gestión del Riesgo de Desastres ante 120 autoridades.");
        Assert.That(found.Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { ("Presentación del Plan Metropolitano de Gestión del Riesgo de Desastres", (string?)"2024-04-04") }));
    }

    [Test]
    public void AQuotedNameClosingALowerCaseNounsComplement_NamesTheActivity() =>
        Assert.That(Found("La Agencia realizó el 31 de mayo de 2024 el lanzamiento de la convocatoria «Retos Andinos de Innovación», dirigida a emprendimientos.")
            .Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { ("Lanzamiento de la convocatoria «Retos Andinos de Innovación»", (string?)"2024-05-31") }));

    [Test]
    public void AnAdjectiveOfHowOftenItMet_OpensAnActivitysName() =>
        Assert.That(Found("El 26 de abril de 2023 se celebró en Valparaíso la reunión semestral de la Unidad Temática de Turismo de Mercociudades.")
            .Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { ("Reunión semestral de la Unidad Temática de Turismo de Mercociudades", (string?)"2023-04-26") }));

    [TestCase("Firman Municipio y Banco Mundial acuerdo de asistencia técnica en finanzas municipales", "firma")]
    [TestCase("Recibe Querétaro a delegación de Cincinnati, su ciudad hermana", "recepción")]
    public void AHeadlineOpeningWithItsVerb_IsTheActivity_OnTheDatelinesDay(string headline, string type)
    {
        var found = ExtractionTestKit.EventsThroughPipeline($"SALA DE PRENSA\n\nComunicado 0398\n{headline}\n\nSantiago de Querétaro, Qro., 27 de mayo de 2024.- " +
                                                           "El Municipio de Querétaro y el Banco Mundial firmaron un acuerdo y recibieron a la delegación.\n");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EqualTo(new[] { (headline, type, (string?)"2024-05-27") }));
    }

    [Test]
    public void HistoryTheReportRecalls_IsNoActivityOfIt()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Informe de actividades 2024 del Municipio de Querétaro\n\n" +
                                                           "El 5 de febrero de 2024 se realizó el Foro de Ciudades Históricas con la UNESCO. " +
                                                           "El Congreso Constituyente sesionó en la ciudad entre el 1 de diciembre de 1916 y el 31 de enero de 1917. " +
                                                           "El 12 de marzo de 2024 se celebró la Reunión de Alcaldes del Bajío.\n");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2024-02-05", "2024-03-12" }));
    }

    [Test]
    public void AnActivityAnnouncedWithItsDays_IsDatedByThem()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("SALA DE PRENSA\n\nComunicado 0301\nQuerétaro será sede de un encuentro nacional\n\n" +
                                                           "Santiago de Querétaro, Qro., 2 de mayo de 2024.- La capital será sede del Encuentro Nacional de Ciudades " +
                                                           "Inteligentes, que se realizará del 12 al 14 de junio en el Centro de Congresos.\n");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Has.Member(("Encuentro Nacional de Ciudades Inteligentes", (string?)"2024-06-12/2024-06-14")));
    }

    [Test]
    public void AnActivityAnnouncedForATimeThatIsNoDate_TakesNotTheDateOfAnotherInItsSentence()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Editorial\n\nLos invitamos a Cuenca, del 17 al 19 de abril de 2024, al Congreso Latinoamericano de " +
                                                           "Ciudades Intermedias, y a seguir de cerca la preparación de nuestra Asamblea General, que se celebrará en el " +
                                                           "último trimestre del año.\n\nEl 3 de mayo de 2024 se celebró en Quito el Foro Andino de Movilidad, que tuvo lugar " +
                                                           "en el Centro de Convenciones.\n", ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Congreso Latinoamericano de Ciudades Intermedias", "2024-04-17/2024-04-19"), ("Foro Andino de Movilidad", "2024-05-03"),
        }));
    }

    [Test]
    public void ACalendarOfDatedLinesNamingTheirActivities_GivesOneEventALine_WithItsOwnPartners()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Informe de gestión 2024 de la Alcaldía de Santiago de Cali\n\n6. SEGUIMIENTO CON COOPERANTES\n\n" +
                                                           "Se sostuvieron las siguientes reuniones bilaterales:\n\n" +
                                                           "     22/01/2024  –  Reunión con la Embajada de Francia sobre la agenda cultural.\n" +
                                                           "     08/02/2024  –  Taller con JICA sobre gestión del riesgo de desastres.\n" +
                                                           "     02/04/2024  –  Reunión con la OIM sobre integración de población migrante.\n");
        Assert.That(found.Select(e => (e.Date?.ToIso(), e.EventType, string.Join("|", e.Partners))), Is.EquivalentTo(new[]
        {
            ("2024-01-22", "reunión", "Embajada de Francia"), ("2024-02-08", "taller", "JICA"), ("2024-04-02", "reunión", "OIM"),
        }));
    }

    [Test]
    public void AMarkdownCalendarOfDayAndMonthBullets_GivesEachLineOnce_OnItsOwnDay()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de Relaciones Internacionales, primer semestre 2024\n\n## Calendario del semestre\n\n" +
                                                           "- 18/01 — Reunión con el cónsul general de Italia sobre el programa de becas.\n" +
                                                           "- 01/02 — Firma de una carta de intención con la Universidad Nacional de Rosario.\n" +
                                                           "- 04/03 al 06/03 — Misión empresarial de Ningbo (China).\n", ".md");
        Assert.That(found.Select(e => (e.Date?.ToIso(), e.EventType)), Is.EqualTo(new[]
        {
            ("2024-01-18", "reunión"), ("2024-02-01", "firma"), ((string?)"2024-03-04/2024-03-06", "misión"),
        }));
    }

    [Test]
    public void ACalendarItemWithADateNotRead_IsNotDatedByTheNextItem_AndAReadOnesTitleEndsBeforeItsTelling()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de Relaciones Internacionales, segundo semestre 2023\n\n## Agenda\n\n" +
                                                           "- 18.01 — Reunión con la Embajada de Chile sobre becas.\n" +
                                                           "- 04/10 — Reunión con la Embajada de Italia, en la que se revisaron el programa de becas y la agenda cultural.\n" +
                                                           "- 11/10 — Visita del alcalde de Porto Alegre, con 210 inscriptos y 175 asistentes.\n", ".md");
        Assert.That(found.Where(e => e.Title.Contains("Chile")).Select(e => e.Date?.ToIso()), Is.All.Null);
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Does.Contain(("Reunión con la Embajada de Italia", (string?)"2023-10-04")));
        var visit = found.Single(e => e.Title.StartsWith("Visita del alcalde", StringComparison.Ordinal));
        Assert.That((visit.Title, visit.Participants), Is.EqualTo(("Visita del alcalde de Porto Alegre", (long?)175)), "those who came, not those who registered");
    }

    [Test]
    public void AVerbFirstHeadlineWithoutItsObject_IsNoActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("SALA DE PRENSA\n\nComunicado 0398\nRecibe Querétaro más de 20 mil turistas en Semana Santa\n\n" +
                                                           "Santiago de Querétaro, Qro., 27 de mayo de 2024.- La ciudad recibió a 20 mil turistas.\n");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void AnActivityTheItemTellsOfInThePast_WithNoDayOfItsOwn_IsOfTheDatelinesDay_ButNotOneAnnounced()
    {
        var found = Found("# Presidente Municipal participa en encuentro de ciudades en Madrid\n" +
                          "Madrid, España, 4 de junio de 2024.- El Presidente Municipal participó en la inauguración del encuentro.\n" +
                          "Además, sostuvo una reunión bilateral con la vicealcaldesa de Lisboa para explorar un acuerdo.\n" +
                          "Mañana celebrará una reunión de trabajo con la alcaldesa de Sevilla.");
        Assert.That(found.Where(f => f.Title.StartsWith("Reunión", StringComparison.Ordinal)),
            Is.EqualTo(new[] { ("Reunión bilateral con la vicealcaldesa de Lisboa", "reunión", (string?)"2024-06-04") }));
    }

    [TestCase("Visita nuestro nuevo portal de transparencia")]
    [TestCase("Presentan vecinos queja contra el plan de obras")]
    [TestCase("Recibe Querétaro a miles de turistas durante Semana Santa")]
    [TestCase("Acuerda Cabildo aumento al impuesto predial")]
    [TestCase("Firma digital disponible en trámites municipales")]
    public void AHeadlineThatReportsNoActivity_IsNoEvent_UnderADateline(string headline)
    {
        var found = ExtractionTestKit.EventsThroughPipeline($"SALA DE PRENSA\n\nComunicado 0410\n{headline}\n\n" +
                                                           "Santiago de Querétaro, Qro., 4 de abril de 2024.- El Municipio informó a la ciudadanía de los cambios.\n");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void AnActivityAnnouncedInTheFirstSentenceAfterADateline_IsNotOfThatDay()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("SALA DE PRENSA\n\nComunicado 0412\nANUNCIA ALCALDE FERIA INTERNACIONAL DEL LIBRO\n\n" +
                                                           "Guadalajara, Jal., 3 de junio de 2024.- El presidente municipal anunció la Feria Internacional del Libro, " +
                                                           "que contará con Colombia como país invitado.\n");
        Assert.That(found.Where(e => e.Date?.ToIso() == "2024-06-03"), Is.Empty);
    }

    [Test]
    public void AnActivityLineGivingThePlaceBeforeTheDate_IsDatedByIt()
    {
        var found = ExtractionTestKit.Events("# Actividades realizadas\nReunión con la Embajada de Suecia, Bogotá, 6 de febrero de 2024. Se revisó la agenda.\n" +
                                             "Visita técnica a Curitiba, Paraná, Brasil, 20 de marzo de 2024. Con apoyo de la CAF.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Reunión con la Embajada de Suecia", (string?)"2024-02-06"), ("Visita técnica a Curitiba", "2024-03-20"),
        }));
    }

    [Test]
    public void ALaterSentenceDatingAnotherActivity_DoesNotDateTheHeadline_OneTellingOfItDoes()
    {
        var other = Found("# Firman Municipio y Banco Mundial acuerdo de asistencia técnica en finanzas municipales\n" +
                          "Santiago de Querétaro, Qro., 27 de mayo de 2024.- El Municipio y el Banco Mundial firmaron un acuerdo de asistencia técnica. " +
                          "El acuerdo no implica erogación. Como primera actividad, el 16 de mayo se impartió el taller «Finanzas municipales sostenibles».");
        Assert.That(other.Where(f => f.Type == "firma").Select(f => f.Date), Is.EqualTo(new[] { "2024-05-27" }));

        // Days without their year take the document's: through the whole pipeline, whose profile reads the 2024 of the dateline.
        var same = ExtractionTestKit.EventsThroughPipeline("# Intercambio con la Provincia de Santa Fe y Rosario\n\n" +
                         "Fray Bentos, 14 de marzo de 2024. Autoridades de la Intendencia recibieron a una comitiva del Gobierno de la Provincia de Santa Fe. " +
                         "El intercambio, realizado el 13 y 14 de marzo en el puerto, contó con apoyo del Comité.\n", ".md");
        Assert.That(same.Select(f => f.Date?.ToIso()), Is.EqualTo(new[] { "2024-03-13/2024-03-14" }));
    }

    [Test]
    public void AnActivityTheTextNamesInQuotesOnTheHeadlinesDay_ReplacesTheHeadline()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("SALA DE PRENSA\n\nComunicado 0318\nGIZ capacita a funcionarios en movilidad eléctrica\n\n" +
                                                           "Santiago de Querétaro, Qro., 27 de febrero de 2024.- Cuarenta funcionarios participaron hoy en el taller " +
                                                           "«Hacia una flota municipal eléctrica», impartido por la GIZ.\n");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Hacia una flota municipal eléctrica", (string?)"2024-02-27") }));
    }

    [TestCase("El mes pasado se realizó el seminario de innovación con la Universidad de Toronto.", null)]
    [TestCase("Recientemente se realizó el seminario de innovación con la Universidad de Toronto.", null)]
    [TestCase("Se realizó el seminario de innovación con la Universidad de Toronto, que superó la asistencia del año anterior.", "2024-06-05")]
    [TestCase("Como antecedente, en 2022 se realizó el seminario de innovación con la Universidad de Toronto.", null)]
    [TestCase("Ayer se llevó a cabo el seminario de innovación con la Universidad de Toronto.", "2024-06-04")]
    public void AnActivityTheItemPlacesAtAnotherTime_DoesNotTakeTheDatelinesDay(string told, string? expected)
    {
        var found = ExtractionTestKit.EventsThroughPipeline("SALA DE PRENSA\n\nComunicado 0413\nAvanza cooperación con Canadá\n\n" +
                                                           $"Santiago de Querétaro, Qro., 5 de junio de 2024.- {told}\n");
        Assert.That(found.Where(e => e.Title.StartsWith("Seminario", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Is.EquivalentTo(expected is null ? new string?[] { null } : [expected]));
    }

    private const string LongBody = " La delegación porteña, de cuatro personas, presentó el programa de ascensores patrimoniales y firmó, junto con otras " +
                                    "ciudades, la declaración final sobre cultura y cambio climático ante los alcaldes de la región.\n";

    [Test]
    public void AHeadlinePlacingItsSubjectInANamedActivity_IsThatActivity_OnTheDaysItsTextGives_UnderADatelineOnItsOwnLine()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín Internacional\n\n## Valparaíso en la XXIX Cumbre de Mercociudades\n\n*Montevideo, 29 de noviembre de 2024*\n\n" +
                                                           "La Cumbre, organizada por la Intendencia de Montevideo del 27 al 29 de noviembre, reunió a más de 120 ciudades." + LongBody, ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("XXIX Cumbre de Mercociudades", (string?)"2024-11-27/2024-11-29") }));
    }

    [Test]
    public void ASeriesHeadlineTellingItsOutcome_EndsBeforeTheVerb_AndItsSessionsListedBeforeTheDatelinesFortnight_AreOneRange()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín Internacional\n\n## Ciclo de talleres «Ciudad-puerto sostenible» cierra con 168 asistentes\n\n" +
                                                           "*Valparaíso, 30 de agosto de 2024*\n\nTerminó el ciclo de cuatro talleres organizado por la DRI. Las sesiones se " +
                                                           "realizaron los martes 6, 13, 20\ny 27 de agosto en la Biblioteca Santiago Severín." + LongBody, ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Ciclo de talleres «Ciudad-puerto sostenible»", (string?)"2024-08-06/2024-08-27") }));
    }

    [Test]
    public void AnItemOpeningWithItsDateAndADash_DatesItsHeadline_AndADayNamedRelativeToIt()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín Internacional\n\n## Embajador de Corea visita Valparaíso y entrega equipos de emergencia\n\n" +
                                                           "**22.10.2024** — El embajador de la República de Corea recorrió ayer los cerros afectados por los incendios." + LongBody +
                                                           "\n## Primera reunión de la Unidad Temática de Cultura\n\n**13.12.2024** — Valparaíso convocó ayer la primera reunión de la " +
                                                           "Unidad Temática de Cultura de Mercociudades, con representantes de 14 ciudades." + LongBody, ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Embajador de Corea visita Valparaíso y entrega equipos de emergencia", (string?)"2024-10-21"),
            ("Primera reunión de la Unidad Temática de Cultura", "2024-12-12"),
        }));
    }

    [Test]
    public void APressReleaseWhoseDatelineStandsAboveItsCapitalisedHeadline_IsDatedByIt()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("MUNICIPALIDAD METROPOLITANA DE LIMA\nNotas de prensa - Archivo 2024\n\n---\nLima, 8 de febrero de 2024\n" +
                                                           "ALCALDE RECIBE A EMBAJADOR DE ESPAÑA\nEl alcalde de Lima recibió en el Palacio Municipal al embajador de España en el Perú. " +
                                                           "Durante la reunión se abordó la recuperación del Centro Histórico.\n\n---\nLima, 15 de julio de 2024\n" +
                                                           "DELEGACIÓN DE LA CIUDAD DE BEIJING VISITA LIMA\nUna delegación de la ciudad de Beijing recorrió el Centro Histórico " +
                                                           "y el sistema de transporte.\n");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("ALCALDE RECIBE A EMBAJADOR DE ESPAÑA", (string?)"2024-02-08"),
            ("DELEGACIÓN DE LA CIUDAD DE BEIJING VISITA LIMA", "2024-07-15"),
        }));
    }

    [Test]
    public void AFeedOfReleasesOneParagraphEach_DatesEachActivityByItsParagraphsDateline()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Municipio de Quito\n\n### Comunicados de prensa — 2023\n\n" +
                                                           "**Quito, 23 de enero de 2023.** El Alcalde recibió al representante de UNICEF.\n\n" +
                                                           "**Quito, 14 de febrero de 2023.** Se realizó la ceremonia de entrega del Metro de Quito al operador, con el Banco Mundial.\n\n" +
                                                           "**Quito, 3 de agosto de 2023.** La GIZ y el Municipio firmaron un acuerdo para la gestión de residuos sólidos.\n", ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Ceremonia de entrega del Metro de Quito", (string?)"2023-02-14"),
            ("Firma de acuerdo para la gestión de residuos sólidos", "2023-08-03"),
        }));
    }

    [Test]
    public void ASentenceAfterTheOneOpeningWithTheDateline_IsNotDatedByIt()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Notas\n\nQuito, 29 de enero de 2024. El alcalde recibió a una delegación de Cincinnati. " +
                                                           "La visita incluyó un recorrido por el Centro Histórico y una reunión con el cónsul de Estados Unidos en Guayaquil.\n");
        Assert.That(found.Select(e => e.Title), Has.None.Contains("cónsul"));
    }

    [Test]
    public void InANewsletter_AnItemsOwnDatelineOrTheDayItsTextOpensWith_DatesItsHeadline_NotTheIssuesStamp()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín nº 21 — marzo 2023\n\n*Publicado el 31 de marzo de 2023*\n\n" +
                          "### La Diputación recibe a una delegación de Marruecos\n\n**Córdoba, 9 de marzo.** La vicepresidenta ha recibido este jueves a una delegación de la Comuna de Chefchaouen.\n\n" +
                          "### Webinario «Presupuestos participativos y cooperación»\n\nEste jueves, 23 de marzo, el Servicio y la Municipalidad de Villa El Salvador compartieron experiencias.\n\n" +
                          "### Misión técnica a Larache\n\nUna delegación de tres técnicos del Servicio viajó a Larache del 6 al 9 de marzo para supervisar el proyecto.", ".md");
        Assert.That(found.Select(f => (f.Title, f.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("La Diputación recibe a una delegación de Marruecos", (string?)"2023-03-09"),
            ("Webinario «Presupuestos participativos y cooperación»", "2023-03-23"),
            ("Misión técnica a Larache", "2023-03-06/2023-03-09"),
        }));
    }

    [Test]
    public void AHeadlineUnderADatelineLine_PresentingSomethingSomewhere_OrLaunchingAQuotedName_IsTheActivityOfThatDay()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Notas de prensa 2024\n\n*Bruselas, 18 de julio de 2024*\n\n" +
                                                            "## ZARAGOZA PRESENTA EN BRUSELAS SU CONTRATO CLIMÁTICO DE CIUDAD ANTE LA COMISIÓN EUROPEA\n\n" +
                                                            "La presentación ha tenido lugar hoy en la sede de la Comisión Europea.\n\n**Zaragoza, 23 de abril de 2024**\n\n" +
                                                            "### La Fundación Ibercaja y el Ayuntamiento lanzan «Zaragoza Acoge» para familias refugiadas\n\n" +
                                                            "El acto ha tenido lugar este martes en el Centro de Historias.\n", ".md");
        Assert.That(found.Select(f => (f.EventType, f.Date?.ToIso())), Is.EqualTo(new[] { ("presentación", (string?)"2024-07-18"), ("lanzamiento", "2024-04-23") }));
    }
    // 2 June 2024 was a Sunday, 4 June a Tuesday, 1 June a Saturday.
    [TestCase("2 de junio de 2024", "asistieron este fin de semana al Festival Cultural de Corea", "2024-06-01/2024-06-02")]
    [TestCase("4 de junio de 2024", "asistieron el pasado fin de semana al Festival Cultural de Corea", "2024-06-01/2024-06-02")]
    [TestCase("1 de junio de 2024", "asisten este fin de semana al Festival Cultural de Corea", "2024-06-01")]
    public void AWeekendNamedRelativeToTheDateline_DatesTheActivity(string dateline, string told, string expected)
    {
        var found = Found("# Más de 8 mil personas en el Festival Cultural de Corea\n\n" +
                          $"Santiago de Querétaro, {dateline}.- Más de 8 mil personas {told}, organizado por el Municipio.");
        Assert.That(found.Select(f => f.Date), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void AWeekendWhoseDaysAreWritten_IsNoWeekendRelativeToTheDateline()
    {
        var found = Found("# Feria del Libro de Quito reunió a 5.000 lectores\n\n" +
                          "Quito, 2 de octubre de 2024.- La Feria del Libro de Quito se celebró el fin de semana del 14 y 15 de septiembre de 2024 en el parque central.");
        Assert.That(found.Select(f => f.Date), Has.None.EqualTo("2024-09-28/2024-09-29"));
    }

    [TestCase("4 de junio de 2024", "2024-06-08/2024-06-09")]
    // Said on a Saturday, the next weekend is a week on.
    [TestCase("1 de junio de 2024", "2024-06-08/2024-06-09")]
    public void AWeekendAheadThatAHeadlineAnnounces_IsTheNextOne(string dateline, string expected)
    {
        var found = Found("# Festival Cultural de Corea llegará al Jardín Guerrero\n\n" +
                          $"Santiago de Querétaro, {dateline}.- El Festival Cultural de Corea se celebrará el próximo fin de semana en el Jardín Guerrero.");
        Assert.That(found.Select(f => f.Date), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void AHeadlineAnnouncingAnActivity_IsTitledBeforeItsFutureVerb_AndDatedByTheDaysAhead_AndTheItemReportingItHeldIsTheSameActivity()
    {
        var found = Found("## Rueda internacional de negocios «Mérida Conecta» reunirá a compradores de nueve países\n\n" +
                          "Mérida, Yucatán, 3 de junio de 2024.- Los días 5 y 6 de junio de 2024 se llevará a cabo en el Centro Internacional de Congresos la primera " +
                          "rueda internacional de negocios «Mérida Conecta», organizada con la Canaco.\n\n" +
                          "## «Mérida Conecta» cierra con ventas por 4.2 millones de dólares\n\n" +
                          "Mérida, Yucatán, 7 de junio de 2024.- La primera rueda internacional de negocios «Mérida Conecta», que concluyó ayer en el Centro " +
                          "Internacional de Congresos, generó acuerdos comerciales por 4.2 millones de dólares.");
        Assert.That(found.Select(f => (f.Title, f.Date)), Is.EqualTo(new[] { ("Rueda internacional de negocios «Mérida Conecta»", (string?)"2024-06-05/2024-06-06") }));
    }
    [Test]
    public void AnActivityTheNewsSaysEndedTodayAndBeganLastMonday_RunsFromThatMondayToTheDateline()
    {
        // 26 May 2023 was a Friday.
        var found = Found("# Delegación antioqueña concluye misión técnica en Corea del Sur\n\n" +
                          "Seúl, 26 de mayo de 2023. Una delegación de nueve personas concluyó hoy la misión técnica a Corea del Sur que comenzó el pasado lunes.");
        Assert.That(found.Select(f => f.Date), Is.EqualTo(new[] { "2023-05-22/2023-05-26" }));
    }
}
