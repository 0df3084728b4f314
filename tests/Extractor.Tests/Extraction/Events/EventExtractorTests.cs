using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Events;

namespace Extractor.Tests.Extraction.Events;

public sealed class EventExtractorTests
{
    private static readonly EventExtractor Extractor = new();

    public static IEnumerable<TestCaseData> Examples() =>
        TestDocuments.ReadTable("event-examples.tsv").Select(c =>
        {
            var text = c[0].StartsWith("## ", StringComparison.Ordinal) ? c[0][1..] : c[0];
            return new TestCaseData(text, c.ElementAtOrDefault(1) ?? "", c.ElementAtOrDefault(2) ?? "", c.ElementAtOrDefault(3) ?? "")
                .SetName($"Events: {Shorten(text)}");
        });

    private static string Shorten(string s) => (s.Length > 70 ? s[..70] + "…" : s).Replace("\n", " ", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    private static IReadOnlyList<EventMention> Run(string text, IReadOnlyList<Mention>? earlier = null)
    {
        var doc = TestDocuments.Build(text);
        return Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), earlier ?? [])).Cast<EventMention>().ToList();
    }

    [Test]
    public void AnEventTakesTheCountOfItsOwnDescription_NotAnotherActivitysInItsSection()
    {
        var found = ExtractionTestKit.Events("# Capacitación\nSe destacan las siguientes actividades:\n" +
                                             "- Seminario «Rosario en el mundo», con cuatro encuentros realizados en mayo, al que asistieron 150 personas.\n" +
                                             "- Taller de formulación de proyectos, realizado el 9 de noviembre.");
        Assert.That(found.Select(e => (e.Title, e.Participants)), Is.EqualTo(new[]
        {
            ("Seminario «Rosario en el mundo»", (long?)150),
            ("Taller de formulación de proyectos", null),
        }));
    }

    [Test]
    public void ACapitalisedTitleGoingOnWithAQuotedName_TakesTheName()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Informe de Gestión 2023\n\nLínea de tiempo\n\nJulio – septiembre\n\n3–28 jul\n" +
                                                            "Curso de JICA «Gestión de residuos sólidos urbanos» en Kitakyushu\n2 técnicas de la Dirección de Servicios Urbanos\n\n" +
                                                            "26–28 sep\nSeminario CIDEU «Estrategias urbanas frente al cambio climático»\nBogotá · 3 funcionarios de la Municipalidad\n");
        Assert.That(found.Select(e => e.Title), Is.SupersetOf(new[]
        {
            "Curso de JICA «Gestión de residuos sólidos urbanos»", "Seminario CIDEU «Estrategias urbanas frente al cambio climático»",
        }));
    }

    [Test]
    public void ADaySetBeforeAnOccasionWithAColon_IsItsDay_NotTheNextLinesDay()
    {
        var found = ExtractionTestKit.Events("El Palacio Municipal se iluminó con los colores de cada país en sus fiestas nacionales:\n" +
                                             "3 de octubre: Día de la Unidad Alemana (Consulado de Alemania) 14 de julio: Fiesta Nacional de Francia (Consulado de Francia)");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Día de la Unidad Alemana (Consulado de Alemania)", "2021-10-03"),
            ("Fiesta Nacional de Francia (Consulado de Francia)", (string?)"2021-07-14"),
        }));
    }

    [Test]
    public void AParagraphReferringBackToTheHeadingAboveIt_IsThatHeadingsText_NotTheOneBefore()
    {
        var found = ExtractionTestKit.EventsWithPartners("# Taller preparatorio (2 de mayo)\nEl taller sobre movilidad urbana sostenible, organizado con la GIZ, preparó los contenidos del foro.\n" +
                                                         "# Foro de Movilidad Urbana Sostenible (12 de mayo)\nEl encuentro reunió a 200 personas con el apoyo del BID y de la CAF.");
        var foro = found.Single(e => e.Title == "Foro de Movilidad Urbana Sostenible");
        Assert.That(foro.Participants, Is.EqualTo(200));
        Assert.That(foro.Partners, Is.EqualTo(new[] { "BID", "CAF" }));
    }

    [TestCase("El encuentro reunió a 200 personas con el apoyo del BID y de la CAF.")]
    [TestCase("Durante el encuentro se reunieron 200 personas con el apoyo del BID y de la CAF.")]
    public void AParagraphOpeningWithAReferenceBack_IsTheTextOfTheHeadingAboveIt(string below)
    {
        var found = ExtractionTestKit.EventsWithPartners("# Taller preparatorio (2 de mayo)\nEl taller sobre movilidad urbana sostenible, organizado con la GIZ, preparó los contenidos del foro.\n" +
                                                         "# Foro de Movilidad Urbana Sostenible (12 de mayo)\n" + below);
        Assert.That(found.Single(e => e.Title == "Foro de Movilidad Urbana Sostenible").Partners, Is.EqualTo(new[] { "BID", "CAF" }));
    }

    [Test]
    public void ADatedLabelFollowedByASum_IsNoAgendaItem()
    {
        // A list of aid under a heading of an activity noun: "… del 6 de febrero: 60.000 € …" gives a sum after the colon, not an activity.
        var found = Run("# Acción humanitaria y emergencias\nLas ayudas se aprobaron por concesión directa:\n- Terremotos de Turquía y Siria del 6 de febrero: 60.000 € a través de España con ACNUR.\n" +
                        "- Terremoto de Marruecos del 8 de septiembre: 40.000 € a Farmamundi para el envío de material sanitario.");
        Assert.That(found.Select(e => e.Title), Is.Empty);
    }

    [Test]
    public void AnAgendaItemsTitle_EndsBeforeItsPurposeItsLeaderOrWhoTookPart()
    {
        var found = Run("# Delegaciones recibidas\n- 27 de febrero: visita de una delegación de la Municipalidad de Rosario encabezada por su Intendente, con 11 funcionarios.\n" +
                        "- 5 de octubre: reunión con la Embajada del Japón y la JICA para la entrega formal de dos camiones compactadores.\n" +
                        "- 17 de abril: Semana de la Movilidad Sostenible Montevideo–Madrid, con técnicos de la Empresa Municipal de Transportes de Madrid.\n" +
                        "- 21 de julio: firma del convenio con la CAF para Barrios Frescos.");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[]
        {
            "Visita de una delegación de la Municipalidad de Rosario", "Reunión con la Embajada del Japón y la JICA",
            "Semana de la Movilidad Sostenible Montevideo–Madrid", "Firma del convenio con la CAF para Barrios Frescos",
        }));
    }

    [Test]
    public void AnAgendaItemsTitle_EndsBeforeARelativeClauseOrAParticipleAfterAComma_AndTwoDaysBeforeItsColonAreItsDays()
    {
        var found = Run("# Agenda 2021\n• 14 de marzo: reunión de trabajo con la SUBDERE sobre el Programa de Mejoramiento Urbano, que financia obras en barrios; la SUBDERE comprometió fondos.\n" +
                        "• 7 y 8 de septiembre: jornadas de patrimonio con la Universidad de Valparaíso, con apoyo de la Embajada de Alemania.\n" +
                        "• 10 de octubre: Seminario Internacional «Ciudades Puerto del Pacífico», organizado junto a la Universidad Técnica Federico Santa María.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Reunión de trabajo con la SUBDERE sobre el Programa de Mejoramiento Urbano", (string?)"2021-03-14"),
            ("Jornadas de patrimonio con la Universidad de Valparaíso", "2021-09-07/2021-09-08"),
            ("Seminario Internacional «Ciudades Puerto del Pacífico»", "2021-10-10"),
        }));
    }

    [Test]
    public void DelegationsReceivedListedByDay_AreVisitsTitledByWhoseTheyAre_WithoutHowManyCame()
    {
        var found = Run("# Visitas institucionales\nLa Oficina atendió las siguientes visitas:\n" +
                        "• 12 de febrero: Delegación de la Municipalidad de Mendoza (Argentina), 6 personas; bodegas urbanas y enoturismo.\n" +
                        "• 17 de octubre: Delegación de la Prefectura de Yamanashi (Japón), 9 personas; vino y cooperación comercial.");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Delegación de la Municipalidad de Mendoza (Argentina)", "visita", (string?)"2021-02-12"),
            ("Delegación de la Prefectura de Yamanashi (Japón)", "visita", "2021-10-17"),
        }));
    }

    [Test]
    public void ADayThatIsTheOccasionOfANamedActivity_IsNoEventOfItsOwn_ButADayMarkedByUnnamedDoingsIs()
    {
        var framed = Run("Con motivo del Día Mundial del Medio Ambiente, 23 municipios participaron el 5 de junio en la jornada regional de reforestación.");
        Assert.That(framed.Select(e => e.Title), Is.EqualTo(new[] { "Jornada regional de reforestación" }));

        var marked = Run("Con motivo del Día Internacional de la Ciudad Educadora, el 30 de noviembre, 22 centros educativos leyeron la Carta.");
        Assert.That(marked.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Día Internacional de la Ciudad Educadora", (string?)"2021-11-30") }));
    }

    [TestCaseSource(nameof(Examples))]
    public void EachExampleYieldsTheExpectedEvent(string text, string title, string type, string date)
    {
        var found = Run(text);
        if (title.Length == 0)
        {
            Assert.That(found.Select(e => e.Title), Is.Empty, text);
            return;
        }

        var e = found.FirstOrDefault(e => e.Title == title);
        Assert.That(e, Is.Not.Null, $"expected “{title}”, found: {string.Join(" | ", found.Select(f => f.Title))}");
        Assert.That(e!.EventType, Is.EqualTo(type));
        Assert.That(e.Date?.ToIso() ?? "", Is.EqualTo(date));
    }

    [Test]
    public void DatesPartnersAndCountsComeFromEarlierExtractors()
    {
        const string text = "# Taller de resiliencia urbana (12 de agosto)\nAsistieron 40 personas de la UCCI.";
        var doc = TestDocuments.Build(text);
        var dateAt = text.IndexOf("12 de agosto", StringComparison.Ordinal) - 2;
        var earlier = new List<Mention>
        {
            new DateMention(new TextSpan(dateAt, dateAt + 12), "12 de agosto", 1, DateValue.ParseIso("2021-08-12")!),
            new ParticipantsMention(new TextSpan(text.IndexOf("40", StringComparison.Ordinal) - 2, text.IndexOf("40", StringComparison.Ordinal) + 9), "40 personas", 1, 40, null, "personas"),
            new PartnerMention(new TextSpan(text.IndexOf("UCCI", StringComparison.Ordinal) - 2, text.IndexOf("UCCI", StringComparison.Ordinal) + 2), "UCCI", 1, "UCCI"),
        };
        var e = Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), earlier)).Cast<EventMention>().Single();
        Assert.That(e.Title, Is.EqualTo("Taller de resiliencia urbana"));
        Assert.That(e.Date!.ToIso(), Is.EqualTo("2021-08-12"));
        Assert.That(e.Participants, Is.EqualTo(40));
        Assert.That(e.Partners, Is.EqualTo(new[] { "UCCI" }));
    }

    [Test]
    public void AnEventsPartners_AreThoseOfItsOwnDescription_NotOfItsWholeSection()
    {
        var found = ExtractionTestKit.EventsWithPartners("# Iluminación de monumentos con motivo de fiestas nacionales\n" +
                                                         "20 julio: Día de Independencia de Colombia, con la Embajada de Colombia\n" +
                                                         "27 julio: Celebración del Bicentenario de Perú, con la Embajada del Perú\n" +
                                                         "# Movilidad\nEl 3 de agosto se realizó el taller de movilidad urbana con la GIZ. El 5 de agosto " +
                                                         "se celebró el foro de ciudades sostenibles con el BID.");
        Assert.That(found.Select(e => (e.Date!.ToIso(), string.Join("|", e.Partners))), Is.EqualTo(new[]
        {
            ("2021-07-20", "Embajada de Colombia"),
            ("2021-07-27", "Embajada de Perú"),
            ("2021-08-03", "GIZ"),
            ("2021-08-05", "BID"),
        }));
    }

    [Test]
    public void ATitlePrintedAfterItsParagraph_TakesThatParagraphsPartners()
    {
        var found = ExtractionTestKit.EventsWithPartners("La presentación formal se realizó el pasado 23 de noviembre con la GIZ en un evento virtual.\n" +
                                                         "Presentación del Manual de Equidad de Género y Toolkit de la red\n" +
                                                         "Conversatorio virtual: Políticas de cuidados con el BID (4 de noviembre)");
        Assert.That(found.Single(e => e.Title.StartsWith("Presentación del Manual", StringComparison.Ordinal)).Partners, Is.EqualTo(new[] { "GIZ" }));
    }

    [Test]
    public void ATitlePrintedAfterItsParagraphs_TakesThePartnersOfAllOfThemBackToThePreviousTitle_AndOneDatedByAListOnlyTheList()
    {
        var found = ExtractionTestKit.EventsWithPartners(
            "Taller de movilidad con la Alcaldía de Quito (3 de agosto)\n" +
            "Para la elaboración del manual intervinieron representantes de las ciudades de Londres y Freetown.\n" +
            "La presentación formal se realizó el pasado 23 de noviembre con la GIZ en un evento virtual.\n" +
            "Presentación del Manual de Equidad de Género y Toolkit de la red\n" +
            "- Las ciudades del estudio fueron Lisboa y Madrid.\n" +
            "- El 12 de noviembre viajó a San Pablo el técnico para las discusiones sobre residuos orgánicos y seguridad alimentaria.\n" +
            "- El colaborador presentó la experiencia del jardín botánico.\n" +
            "Encuentro 'Más alimentos, menos residuos. Experiencias de circularidad alimentaria', realizado en São Paulo\n" +
            "Proyecto Atlas de Temperaturas");
        Assert.That(found.Single(e => e.Title.StartsWith("Presentación del Manual", StringComparison.Ordinal)).Partners,
            Is.EquivalentTo(new[] { "Londres", "Freetown", "GIZ" }));
        Assert.That(found.Single(e => e.Title.StartsWith("Encuentro", StringComparison.Ordinal)).Partners, Is.Empty);
    }

    [Test]
    public void AHeadingWhoseWordsTheParagraphAboveTellsAndTheOneBelowDoesNot_TakesThePartnersAbove()
    {
        var found = ExtractionTestKit.EventsWithPartners(
            "# Medio ambiente\n" +
            "Los gobiernos locales apoyaron la Declaración de Edimburgo, planteada durante la cop-15 y bien recibida por la GIZ.\n" +
            "# Decimoquinta reunión de la Conferencia de las Partes (cop-15) (11 al 15 de octubre)\n" +
            "En el marco del memorando suscrito con la Comisión de Energía de California se continuó el intercambio de experiencias.\n" +
            "# Extensión de la colaboración con la Comisión de Energía de California (octubre)\n" +
            "# Colaboración con la Organización Internacional para las Migraciones (17 de noviembre)\n" +
            "Para abordar el tema, el titular se reunió con la Organización Internacional para las Migraciones y con el BID.");
        Assert.That(found.Select(e => (e.Date!.ToIso(), string.Join("|", e.Partners))), Is.EqualTo(new[]
        {
            ("2021-10-11/2021-10-15", "GIZ"),
            ("2021-10", "Comisión de Energía de California"),
            ("2021-11-17", "OIM|BID"),
        }));
    }

    [Test]
    public void RecordsUnderALineOfOrganisations_TakeItsPartners_UntilAParagraphOfTellingEndsTheRun()
    {
        var found = ExtractionTestKit.EventsWithPartners(
            "Organismo Internacional: Embajada de Italia y Agencia Francesa de Desarrollo\n" +
            "Curso: Taller de movilidad urbana sostenible. Fecha: 3 de agosto, con 40 participantes.\n" +
            "Objetivo: Conocer experiencias de transporte público.\n" +
            "Curso: Seminario de gestión de residuos. Fecha: 10 de agosto.\n" +
            "Por su parte, el Instituto de Formación realizó actividades académicas. Estas son:\n" +
            "Curso: Foro de justicia cívica. Fecha: 17 de agosto.");
        Assert.That(found.Select(e => (e.Date!.ToIso(), string.Join("|", e.Partners))), Is.EqualTo(new[]
        {
            ("2021-08-03", "Embajada de Italia|AFD"),
            ("2021-08-10", "Embajada de Italia|AFD"),
            ("2021-08-17", ""),
        }));
    }

    [Test]
    public void ARecordsDescription_EndsAtTheNextRecordsTitle_AndAtTheLineOfOrganisationsHeadingTheNextRecords()
    {
        var found = ExtractionTestKit.EventsWithPartners(
            "Curso: Taller de movilidad urbana sostenible. Fecha: 3 de agosto.\n" +
            "Objetivo: Conocer experiencias de transporte público.\n" +
            "Curso: Seminario de gestión de residuos con el BID.\n" +
            "Fecha: 10 de agosto.\n" +
            "International Organization of Migration (iom)\n" +
            "Curso: Foro de justicia cívica. Fecha: 17 de agosto.");
        Assert.That(found.Select(e => (e.Date!.ToIso(), string.Join("|", e.Partners))), Is.EqualTo(new[]
        {
            ("2021-08-03", ""),
            ("2021-08-10", "BID"),
            ("2021-08-17", "OIM"),
        }));
    }

    [Test]
    public void AHeadingWithTwoSeparateDaysIsTwoEvents()
    {
        var found = Run("# Reuniones de cortesía con los expresidentes de Ecuador y Bolivia (18 y 22 de octubre)\nSe reunió con ambos.");
        Assert.That(found.Select(e => e.Date!.ToIso()), Is.EqualTo(new[] { "2021-10-18", "2021-10-22" }));
    }

    [Test]
    public void EachDateOfARecordsDateFieldIsOneOccasion_CountedWithTheParticipantsBesideIt()
    {
        const string text = "Curso: Destrezas de Litigación Oral. Objetivo: Entrenamiento técnico. Fechas: el primero fue del 8 al 10 de noviembre con 6 participantes " +
                            "y el grupo 2 del 14 al 16 de diciembre con 16 participantes. Lugar: Ciudad de México.";
        var earlier = new List<Mention>();
        foreach (var (count, words) in new[] { (6, "6 participantes"), (16, "16 participantes") })
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            earlier.Add(new ParticipantsMention(new TextSpan(at, at + words.Length), words, 1, count, null, "participantes"));
        }

        foreach (var (iso, words) in new[] { ("2021-11-08/2021-11-10", "8 al 10 de noviembre"), ("2021-12-14/2021-12-16", "14 al 16 de diciembre") })
        {
            var at = text.IndexOf(words, StringComparison.Ordinal);
            earlier.Add(new DateMention(new TextSpan(at, at + words.Length), words, 1, DateValue.ParseIso(iso)!));
        }

        var found = Run(text, earlier);
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso(), e.Participants)).ToList(), Is.EqualTo(new[]
        {
            ("Destrezas de Litigación Oral", "2021-11-08/2021-11-10", (long?)6),
            ("Destrezas de Litigación Oral", "2021-12-14/2021-12-16", (long?)16),
        }));
    }

    [Test]
    public void ItemsDatedInBracketsThatTheLayoutRanTogetherAreReadOneByOne()
    {
        var found = Run("Comité Ejecutivo (excom) de la organización WeGO (14 de octubre) Asamblea General de la organización WeGO (18 de octubre)");
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Comité Ejecutivo (excom) de la organización WeGO", "2021-10-14"),
            ("Asamblea General de la organización WeGO", "2021-10-18"),
        }));
    }

    [Test]
    public void TheBodyRetellingAHeadingsActivityOnItsDateAddsNoEvent()
    {
        var found = Run("# Reuniones de cortesía con los expresidentes de Ecuador y Bolivia (18 y 22 de octubre)\n" +
                        "El pasado 18 de octubre, la Jefa de Gobierno sostuvo un encuentro con el expresidente de Ecuador, Rafael Correa.");
        Assert.That(found.Select(e => (e.Title, e.Date!.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Reuniones de cortesía con los expresidentes de Ecuador y Bolivia", "2021-10-18"),
            ("Reuniones de cortesía con los expresidentes de Ecuador y Bolivia", "2021-10-22"),
        }));
    }

    [Test]
    public void TheVenueIsReadFromTheDescription()
    {
        var e = Run("# Ceremonia de aniversario (10 de diciembre)\nLa ceremonia se llevó a cabo en el Antiguo Palacio del Ayuntamiento, con invitados.").Single();
        Assert.That(e.Location, Is.EqualTo("Antiguo Palacio del Ayuntamiento"));
    }

    [TestCase("Reunión con alcaldesas", "reunión con alcaldesas", 1.0)]
    [TestCase("Sesión inaugural del Foro Mundial", "Foro Mundial: sesión inaugural", 1.0)]
    [TestCase("Taller de datos", "Congreso de movilidad", 0.0)]
    public void TitlesCompareByTheirContentWords(string a, string b, double dice) =>
        Assert.That(Titles.Dice(a, b), Is.EqualTo(dice).Within(1e-9));

    private static readonly string[] SecondHalfMonths = ["julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    [Test]
    public void InAParagraphOfManySentences_EachActivityIsDatedByItsOwnSentence()
    {
        // One block of 150 sentences: each activity's sentence is found from the sentence ends of the whole text.
        var sentences = Enumerable.Range(0, 150).Select(i => (Day: 1 + i % 28, Month: 7 + i / 28)).ToList();
        var text = string.Join(' ', sentences.Select(d => $"La Reunión de la Red de Ciudades Sostenibles se celebró el {d.Day} de {SecondHalfMonths[d.Month - 7]}."));
        var found = Run(text);
        Assert.That(found.Select(e => e.Date!.ToIso()), Is.EqualTo(sentences.Select(d => $"2021-{d.Month:00}-{d.Day:00}")));
        Assert.That(found.Select(e => e.Title).Distinct(), Is.EqualTo(new[] { "Reunión de la Red de Ciudades Sostenibles" }));
    }

    [Test]
    public void ASentenceEndsWithItsBlock_SoAnActivityIsNotDatedByTheNextLine()
    {
        var found = Run("Se prepara la Reunión de la Red de Ciudades Sostenibles\nel 3 de agosto se publicó el informe.\nLa Conferencia de Alcaldes de la Red se celebró el 5 de agosto.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Conferencia de Alcaldes de la Red", (string?)"2021-08-05") }));
    }

    [Test]
    public void AnActivityNamedInsideQuotesIsNone_AndAQuoteLeftOpenEndsWithItsSentence()
    {
        var found = Run("El 5 de agosto se presentó el informe “Foro de Ciudades Sostenibles” en la Reunión de la Junta Directiva. " +
                        "Se citó el lema “Ciudades unidas el 2 de agosto. La Conferencia de Alcaldes de la Red se celebró el 4 de agosto.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Reunión de la Junta Directiva", (string?)"2021-08-05"),
            ("Conferencia de Alcaldes de la Red", "2021-08-04"),
        }));
    }

    [Test]
    public void ManyQuotedNamesInOneSentence_AreEachAnEventOfTheLastKindNamedBeforeThem()
    {
        var dates = Enumerable.Range(0, 150).Select(i => (Day: 1 + i % 28, Month: 7 + i / 28)).ToList();
        var text = "Se participó en los cursos: " + string.Join("; ", dates.Select(d => $"“Gestión Integral de Riesgos” el {d.Day} de {SecondHalfMonths[d.Month - 7]}")) +
                   "; y en los talleres: “Movilidad Urbana Sostenible” el 30 de diciembre. Se publicaron: “Informe Anual de Movilidad Urbana” el 3 de diciembre.";
        var doc = TestDocuments.Build(text);
        var found = Run(text, new DateExtractor().Extract(new ExtractionInput(doc, TestDocuments.CityReport(), [])));
        var expected = dates.Select(d => ("“Gestión Integral de Riesgos”", "curso", $"2021-{d.Month:00}-{d.Day:00}")).Append(("“Movilidad Urbana Sostenible”", "taller", "2021-12-30"));
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date!.ToIso())), Is.EqualTo(expected));
    }

    [Test]
    public void ActivitiesNamedAfterALongRunOfListedDays_TakeTheRunsFirstOccasion_SentenceBySentence()
    {
        // 300 listed days in each sentence (1–30 ten times, six to a month name); the first occasion is the 30 consecutive days.
        static string Run30(string month) => string.Join(", ", Enumerable.Repeat(
            string.Join(", ", Enumerable.Range(0, 5).Select(g => $"{g * 6 + 1}, {g * 6 + 2}, {g * 6 + 3}, {g * 6 + 4}, {g * 6 + 5} y {g * 6 + 6} de {month}")), 10));
        var text = $"Los días {Run30("septiembre")} se celebraron el Taller de Movilidad Urbana, la Conferencia de Alcaldes de la Red y el Foro de Ciudades Sostenibles. " +
                   $"Los días {Run30("noviembre")} se celebraron la Reunión de la Junta Directiva y el Seminario de Vivienda Social.";
        var doc = TestDocuments.Build(text);
        var dates = new DateExtractor().Extract(new ExtractionInput(doc, TestDocuments.CityReport(), []));
        Assert.That(dates, Has.Count.EqualTo(600));
        var found = Run(text, dates);
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Taller de Movilidad Urbana", (string?)"2021-09-01/2021-09-30"),
            ("Conferencia de Alcaldes de la Red", "2021-09-01/2021-09-30"),
            ("Foro de Ciudades Sostenibles", "2021-09-01/2021-09-30"),
            ("Reunión de la Junta Directiva", "2021-11-01/2021-11-30"),
            ("Seminario de Vivienda Social", "2021-11-01/2021-11-30"),
        }));
    }

    [Test, Repeat(3)]
    public void RandomInput_NeverThrowsAndKeepsSpansInBounds()
    {
        var random = new Random(TestContext.CurrentContext.CurrentRepeatCount + 41);
        var text = TestDocuments.RandomText(random, 20_000);
        var doc = TestDocuments.Build(text);
        foreach (var m in Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), [])))
        {
            Assert.That(m.Span.End, Is.LessThanOrEqualTo(doc.Clean.Text.Length));
            Assert.That(doc.Clean.Text.Substring(m.Span.Start, m.Span.Length), Is.EqualTo(m.Text));
        }
    }

    [Test]
    public void AParagraphOfManyDateFieldsIsReadInBoundedTime()
    {
        var text = "Curso: Taller de movilidad urbana. " + string.Join(' ', Enumerable.Repeat("Fecha: 3 de agosto y 4 de agosto", 4000));
        var watch = Stopwatch.StartNew();
        var found = Run(text);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).Distinct().ToList(), Is.EqualTo(new[] { ("Taller de movilidad urbana", (string?)"2021-08-03/2021-08-04") }));
    }

    [Test]
    public void OneMegabyteOfTextIsReadInBoundedTime()
    {
        var text = TestDocuments.RandomText(new Random(9), 1_000_000);
        var doc = TestDocuments.Build(text);
        var watch = Stopwatch.StartNew();
        _ = Extractor.Extract(new ExtractionInput(doc, TestDocuments.CityReport(), []));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void ThreeOrMoreDaysListedWithinAMonth_AreTheSessionsOfOneActivity_TwoAreTwoOccasions()
    {
        var sessions = ExtractionTestKit.Events("# Curso Piloto: Construyendo Resiliencia desde el Servicio Público (3, 8, 10 y 14 de septiembre)\nSe impartió en línea.");
        Assert.That(sessions.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-09-03/2021-09-14" }));

        var twice = ExtractionTestKit.Events("# Taller “Fortaleciendo la Resiliencia Colectiva ante Desastres” (19 y 28 de octubre)\nSe impartió en línea.");
        Assert.That(twice.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2021-10-19", "2021-10-28" }));

        // Meetings named in the plural, or anything but a course, are as many occasions as days.
        var meetings = ExtractionTestKit.Events("# Reuniones bilaterales con la GIZ (5, 12 y 26 de abril)\nSe revisó la cartera.");
        Assert.That(meetings.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2021-04-05", "2021-04-12", "2021-04-26" }));
    }

    [Test]
    public void ACalendarSetAsLines_DatesEachActivityByTheDateAloneOnTheLineAboveIt()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Red de Ciudades Andinas\n\nCalendario 2023\n15 feb.\nTaller de formulación de proyectos · Lima\n" +
                                                           "12/05/2023\nWebinar «Agua y ciudad» · virtual\n7–9 jun.\nIntercambio técnico Quito–Cusco en gestión de riesgos\n" +
                                                           "Julio\nCurso virtual de adaptación climática (4 semanas)\n22 y 23/08/2023\nII Asamblea General · La Paz\n");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[]
        {
            "2023-02-15", "2023-05-12", "2023-06-07/2023-06-09", "2023-07", "2023-08-22/2023-08-23",
        }));
    }

    [Test]
    public void TitlesWithTheirDatesOnTheLineBelow_AreNotDatedByTheLineAbove()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Agenda\n\nTaller de formulación de proyectos\n15/02/2023\nWebinar «Agua y ciudad»\n12/05/2023\n");
        Assert.That(found.Where(e => e.Title.StartsWith("Webinar")).Select(e => e.Date?.ToIso()), Has.None.EqualTo("2023-02-15"));
    }

    [Test]
    public void AnItemsDaysInBracketsAfterItsPlace_RunTogether()
    {
        // Over a calendar that lists the same activities: the item's first day alone would be another occasion.
        var found = ExtractionTestKit.EventsThroughPipeline(
            "# Evaluación final del proyecto\n\n### 3.3. Fase III: consolidación y cierre (2024)\n\n" +
            "- **Taller de protocolos de inspección conjunta** (León, 20 y 21 de febrero de 2024). Participaron 36 inspectores de SAPAL.\n" +
            "- **Seminario internacional de cierre** (León, 9 y 10 de octubre de 2024). Con 146 asistentes presenciales.\n\n" +
            "## Anexo 1. Calendario de actividades\n\n| N.º | Actividad | Fechas | Lugar | Participantes |\n|---:|---|---|---|---:|\n" +
            "| 6 | Taller de protocolos | 20/02/2024 – 21/02/2024 | León | 36 |\n| 7 | Seminario de cierre | 09/10/2024 – 10/10/2024 | León | 146 |\n", ".md");

        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2024-02-20/2024-02-21", "2024-10-09/2024-10-10" }));
    }
}
