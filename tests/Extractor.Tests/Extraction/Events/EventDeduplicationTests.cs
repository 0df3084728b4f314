namespace Extractor.Tests.Extraction.Events;

/// <summary>When two findings are one activity, and when they are two.</summary>
public sealed class EventDeduplicationTests
{
    [Test]
    public void ItemsSharingOnlyTheirNounAndAGenericWord_AreTwoActivities()
    {
        var found = ExtractionTestKit.Events("Reunión de vicepresidencias online\nReunión de co-presidencias online");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Reunión de vicepresidencias online", "Reunión de co-presidencias online" }));
    }

    [Test]
    public void AnUndatedTitleInOneSection_DoesNotSwallowADatedActivityInAnother()
    {
        var found = ExtractionTestKit.Events("# Economía circular\nAdhesión a la “Declaración de Ciudades Circulares de América Latina y del Caribe”\n" +
                                         "# Movilidad humana\nLa guía fue presentada el 18 de marzo en el seminario web “Avanzando hacia ciudades incluyentes desde " +
                                         "los gobiernos locales de América Latina y el Caribe”.");
        Assert.That(found.Select(e => e.Date?.ToIso()), Does.Contain("2021-03-18"));
    }

    [Test]
    public void AnUndatedRepeatOfADatedActivity_IsNoSecondEvent_EvenInAnotherSection()
    {
        var found = ExtractionTestKit.Events("# Tercer Foro Mundial sobre Ciudades y Territorios de Paz (26 al 28 de octubre)\nLa ciudad coordinó el foro.\n" +
                                         "# Agenda\nForo Mundial sobre Ciudades y Territorios de Paz");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Tercer Foro Mundial sobre Ciudades y Territorios de Paz", "2021-10-26/2021-10-28") }));
    }

    [Test]
    public void ATitleDatedByTheParagraphBelow_IsTheActivityThatParagraphNames_AndTheLocationEndsAtTheFullStop()
    {
        var found = ExtractionTestKit.Events("1. VII Encuentro Regional de Municipios, Ciudades y Comunidades Saludables:\n" +
                                         "Entre el 24 y el 25 de octubre de 2024, el secretario de Salud participó en el VII Encuentro de Alcaldes y Alcaldesas " +
                                         "por Municipios Saludables de la Región de las Américas, celebrado en Cusco, Perú. En este espacio, intervino en una sesión.");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Encuentro Regional de Municipios, Ciudades y Comunidades Saludables", "2024-10-24/2024-10-25"),
        }));
        Assert.That(found[0].Location, Is.EqualTo("Cusco, Perú"));
    }

    [Test]
    public void ActivitiesNumberedApart_OnOneDate_AreTwo_AndASubtitleRunsToItsBracketedDate()
    {
        var found = ExtractionTestKit.Events("# “Diálogo 2: Ciudades y territorios hospitalarios” en el Tercer Foro Mundial de Ciudades y Territorios de Paz (27 de octubre)\n" +
                                         "La ciudad presentó su política.\n# Equidad de género\n" +
                                         "Participación en el Diálogo 3: Ciudades y territorios libres de violencia de género del Tercer Foro Mundial sobre Ciudades y Territorios de Paz (27 de octubre)");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-10-27", "2021-10-27" }));
        Assert.That(found[1].Title, Is.EqualTo("Participación en el Diálogo 3: Ciudades y territorios libres de violencia de género del Tercer Foro Mundial sobre Ciudades y Territorios de Paz"));
    }

    [Test]
    public void HundredsOfActivitiesNumberedApart_InOneSentence_AreEachAnEvent_AndARepeatIsStillOne()
    {
        var workshops = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"el Taller de Movilidad Urbana {i}"));
        var found = ExtractionTestKit.Events($"El 5 de octubre se celebraron {workshops}.\nTaller de Movilidad Urbana 7 (5 de octubre)");
        Assert.That(found, Has.Count.EqualTo(300));
        Assert.That(found.Select(e => e.Title).Distinct().Count(), Is.EqualTo(300));
        Assert.That(found.Select(e => e.Date?.ToIso()).Distinct(), Is.EqualTo(new[] { "2021-10-05" }));
    }

    [Test]
    public void ThousandsOfDistinctUnnumberedActivities_AreEachAnEvent_AndARepeatIsStillOne()
    {
        // Each new activity was compared with every one kept before it (docs/BENCHMARKS.md, seventh session).
        static string Name(int i) => "q" + new string([(char)('k' + i % 16), (char)('k' + i / 16 % 16), (char)('k' + i / 256 % 16)]);
        var paragraphs = Enumerable.Range(0, 3_000).Select(i => $"Taller de {Name(i)} con Quito el 3 de marzo de 2023\n\n").ToList();
        paragraphs.Insert(2_000, $"El 3 de marzo de 2023 se celebró de nuevo el Taller de {Name(1234)} con Quito.\n\n");
        var found = ExtractionTestKit.Events(string.Concat(paragraphs));
        Assert.That(found, Has.Count.EqualTo(3_000));
        Assert.That(found.Select((e, i) => e.Title.StartsWith($"Taller de {Name(i)}", StringComparison.Ordinal)), Is.All.True);
        Assert.That(found.Select(e => e.Date?.ToIso()).Distinct(), Is.EqualTo(new[] { "2023-03-03" }));
    }

    [Test]
    public void ThousandsOfActivitiesEachToldTwice_AreOneEventEach()
    {
        // The second telling was compared with every activity kept without a figure (docs/BENCHMARKS.md, seventh session).
        static string Name(int i) => "q" + new string([(char)('k' + i % 16), (char)('k' + i / 16 % 16), (char)('k' + i / 256 % 16)]);
        var found = ExtractionTestKit.Events("Informe de gestión internacional 2023\n\n" +
                                             string.Concat(Enumerable.Range(0, 3_000).Select(i => $"Taller de {Name(i % 1_500)} con Quito el 3 de marzo de 2023\n\n")));
        // Every activity once; the first activity's second telling is still kept under its whole line as a title (as before the index).
        Assert.That(found.Take(1_500).Select(e => e.Title), Is.EqualTo(Enumerable.Range(0, 1_500).Select(i => $"Taller de {Name(i)}")));
        Assert.That(found.Skip(1_500).Select(e => e.Title), Is.EqualTo(new[] { $"Taller de {Name(0)} con Quito el 3 de marzo de 2023" }));
    }

    [Test]
    public void ThousandsOfNumberedActivitiesSharingTheirWords_AreEachAnEvent_AndOneWithoutAFigureRepeatsThem()
    {
        // Each numbered activity was compared with every one kept before it that shared "ciudad" and "quito", to be skipped for its
        // figure (docs/BENCHMARKS.md, eighth session).
        var lines = Enumerable.Range(0, 3_000).Select(i => $"Reunión {i} con la ciudad de Quito").ToList();
        lines.Add("Reunión con la ciudad de Quito");
        var found = ExtractionTestKit.Events(string.Join("\n", lines));
        Assert.That(found.Select(e => e.Title), Is.EqualTo(Enumerable.Range(0, 3_000).Select(i => $"Reunión {i} con la ciudad de Quito")));
    }

    [Test]
    public void AHeadingAndARowOfTheSemestersTableNamingOneActivity_OnOneDate_AreOneEvent()
    {
        var found = ExtractionTestKit.Events("# Asamblea General 2024 en Cajamarca (17 y 18 de octubre de 2024)\n" +
                                         "La Asamblea General anual de la red se celebró en Cajamarca con 220 participantes.\n" +
                                         "# Actividades del semestre\n" +
                                         "Fecha\tActividad\tModalidad\tParticipantes\n" +
                                         "17/10/2024 – 18/10/2024\tAsamblea General 2024\tPresencial\t220\n" +
                                         "05/09/2024 – 06/09/2024\tTaller regional de catastro multipropósito\tPresencial\t46");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Asamblea General 2024 en Cajamarca", "2024-10-17/2024-10-18"),
            ("Taller regional de catastro multipropósito", "2024-09-05/2024-09-06"),
        }));
    }

    [Test]
    public void TwoCoursesOfOnePeriodSharingMostWords_AreStillTwo()
    {
        var found = ExtractionTestKit.Events("# Ética y Responsabilidad Profesional en el Sistema de Justicia Penal Acusatorio (del 19 de julio al 7 de septiembre de 2021)\n" +
                                         "Curso en línea para fiscales.\n" +
                                         "# Perspectiva de Género en el Sistema de Justicia Penal Acusatorio (del 19 de julio al 7 de septiembre de 2021)\n" +
                                         "Curso en línea para defensores.");
        Assert.That(found.Where(e => e.Date is not null).Select(e => e.Title), Is.EqualTo(new[]
        {
            "Ética y Responsabilidad Profesional en el Sistema de Justicia Penal Acusatorio", "Perspectiva de Género en el Sistema de Justicia Penal Acusatorio",
        }));
    }

    [Test]
    public void AnActivityNamedByItsMonthInTheOpening_AndDatedToItsDaysInItsChapter_IsOneActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Memoria de actividades 2024\n\n## 1. Presentación\n\nEl hito del año fue el III Encuentro de Ciudades de la " +
                                                           "Raia Atlántica, que Vigo acogió en septiembre de 2024.\n\n## 3.1 III Encuentro de Ciudades de la Raia Atlántica\n\nLos días " +
                                                           "26 y 27 de septiembre de 2024 el Concello acogió en el Auditorio Mar de Vigo el tercer encuentro, con 186 personas.\n", ".md");
        Assert.That(found.Where(e => e.Title.Contains("Encuentro")).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-09-26/2024-09-27" }));
    }

    [Test]
    public void AHeadingsActivityNamedAgainInItsTextOnOneOfItsDays_IsOneActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Boletín\n\nEncuentro Nacional de Referentes de Cooperación\nTacuarembó, 3 de mayo de 2024. Más de 200 " +
                                                           "técnicos se reunieron en el Teatro Escayola para el Encuentro Nacional de Referentes de Cooperación. Durante dos jornadas " +
                                                           "(2 y 3 de mayo) se trabajó en la articulación de las agendas.\n");
        Assert.That(found.Where(e => e.Title.StartsWith("Encuentro Nacional")).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-05-02/2024-05-03" }));
    }
    [Test]
    public void AnActivityNamedAgainOnlyByItsKind_InAnotherSection_OnOneOfItsDays_IsOneActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Boletín de la red\n\n## Asamblea General 2024 en Cajamarca (17 y 18 de octubre)\n\n" +
                                                           "La Asamblea General anual de la red se celebró en Cajamarca.\n\n## Nuevas ciudades miembro\n\n" +
                                                           "El 17 de octubre, la Asamblea General aprobó la adhesión de seis ciudades.\n", ".md");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Asamblea General 2024 en Cajamarca", "2024-10-17/2024-10-18") }));
    }

    [Test]
    public void AnActivityNamedAgainOnlyByItsKind_ByTheMonthsHoldingIt_BeforeOrAfter_IsOneActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Editorial\n\nEntre enero y abril de 2024 la red ha celebrado su Asamblea General y ha firmado tres convenios.\n\n" +
                                                           "# Noticias\n\nAsamblea General 2024 (22 de febrero)\n\nLa red reunió a sus socios en Logroño.\n\n" +
                                                           "La Asamblea General de febrero aprobó el plan estratégico.\n", ".md");
        Assert.That(found.Where(e => e.EventType == "asamblea").Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Asamblea General 2024", "2024-02-22") }));
    }

    [Test]
    public void AnActivityOfItsKindWithAWordOfItsOwn_WithinAnotherOnesMonth_StaysAnActivity()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("# Agenda\n\nAsamblea General 2024 (22 de febrero)\n\nLa red reunió a sus socios en Logroño.\n\n" +
                                                           "# Comisiones\n\nEn febrero de 2024 se celebró la asamblea extraordinaria de la comisión de movilidad.\n", ".md");
        Assert.That(found.Where(e => e.EventType == "asamblea").Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2024-02-22", "2024-02" }));
    }

    /// <summary>A chapter in plain text: its subsections numbered "8.2" with no stop, a list of agreements, and the visits it received.</summary>
    private static readonly string AgreementsAndVisits =
        "Municipalidad de San José\nInforme de Labores 2024\n\n8.1 Presentación\n" +
        string.Concat(Enumerable.Repeat("La oficina coordina la gestión de recursos de cooperación técnica y financiera no\n", 20)) + "reembolsable.\n\n" +
        "8.2 Instrumentos de cooperación suscritos\n" +
        "Durante 2024 se suscribieron los siguientes instrumentos, todos aprobados previamente\npor el Concejo Municipal:\n" +
        "1. Convenio marco de cooperación con la Universidad de Costa Rica (UCR), firmado el 8\n" +
        "de febrero de 2024, para prácticas profesionales, investigación aplicada y extensión.\n" +
        "2. Renovación del acuerdo de ciudades hermanas con San José de California (Estados\n" +
        "Unidos), firmada el 15 de marzo durante la visita de su delegación.\n" +
        "3. Carta de intención con la Alcaldía Mayor de Bogotá sobre seguridad ciudadana y\n" +
        "cultura, firmada el 27 de junio.\n\n" +
        "8.4 Visitas y delegaciones recibidas\n" +
        "De las 27 delegaciones oficiales recibidas, se destacan las siguientes por su alcance:\n\n" +
        "Delegación de San José de California (13 al 16 de marzo). Dieciocho personas, entre\n" +
        "ellas dos concejales, recorrieron el Mercado Central y la Estación al Atlántico. El 15 de\n" +
        "marzo se firmó la renovación del hermanamiento{0}.\n\n" +
        "Visita de la Secretaría de Seguridad de Bogotá (26 y 27 de junio). Una comitiva de\n" +
        "siete personas conoció el centro de monitoreo de la Policía Municipal; la visita\n" +
        "concluyó con la carta de intención{1}.\n";

    [Test]
    public void NumberedItemsOfSignedAgreements_AreEvents_BesideTheVisitsTheyWereSignedDuring()
    {
        var found = ExtractionTestKit.EventsThroughPipeline(string.Format(AgreementsAndVisits, " (ver 8.2)", " citada en 8.2"));
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-02-08", "2024-03-15", "2024-06-27", "2024-03-13/2024-03-16", "2024-06-26/2024-06-27" }));
        Assert.That(found[1].Text, Does.StartWith("Renovación del acuerdo de ciudades hermanas con San José de California"));
        Assert.That(found[2].Text, Does.StartWith("Carta de intención con la Alcaldía Mayor de Bogotá"));
    }

    [TestCase(" (ver 8.2)")]
    [TestCase(" (véase el apartado 3)")]
    [TestCase(", citada en el apartado 3")]
    [TestCase(" descrita en 3.1")]
    public void AnActivityToldWithAReferenceToAnotherPart_IsTheOneToldThere_WithoutOneItIsItsOwn(string reference)
    {
        const string Text = "La delegación recorrió el Mercado Central. El 15 de marzo se firmó la renovación del hermanamiento con Burdeos{0}.";
        Assert.That(ExtractionTestKit.Events(string.Format(Text, reference)), Is.Empty);
        Assert.That(ExtractionTestKit.Events(string.Format(Text, "")).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-03-15" }));
        // A reference to a photograph or an annex names no part that tells of the activity.
        Assert.That(ExtractionTestKit.Events(string.Format(Text, " (ver fotografía en la portada)")).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2021-03-15" }));
    }

    [Test]
    public void AChronologysEntries_AreEventsOnlyWhereTheReportTellsOfNoneOfTheirKindThatDay()
    {
        const string Report = "6.4. Delegaciones y misiones\n\n" +
                              "Misión de identificación de la Agencia Francesa de Desarrollo (10 al 12 de junio). Técnicos de la AFD evaluaron en Rosario un programa hídrico.\n\n" +
                              "6.7. Cronología 2024\n\nJunio\n3 al 9 – Misión a Barcelona y Madrid.\n10 al 12 – Misión de la AFD.\n" +
                              "Diciembre\n12 – Visita del cónsul general de Chile en Rosario.\n";
        var found = ExtractionTestKit.EventsThroughPipeline(Report);
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EquivalentTo(new[]
        {
            ("Misión de identificación de la Agencia Francesa de Desarrollo", "2024-06-10/2024-06-12"),
            ("Misión a Barcelona y Madrid", "2024-06-03/2024-06-09"),
            ("Visita del cónsul general de Chile en Rosario", "2024-12-12"),
        }));
    }

    [Test]
    public void ATimelinesMonthItem_IsTheActivityToldOfOnADayOfThatMonth_OrAnEventOfItsOwn()
    {
        const string Deck = "FAMSI · Balance de actividades 2024\n\nEl Plan Anual de Actividades fue aprobado por la Asamblea General Ordinaria, " +
                            "celebrada en Granada el miércoles 26 de junio con 92 entidades socias.\n\f2024, mes a mes\n\n" +
                            "JUNIO\nAsamblea General\nGranada\n\nSEPTIEMBRE\nMisión a Ecuador\ny Colombia\n\f";
        var found = ExtractionTestKit.EventsThroughPipeline(Deck);
        Assert.That(found.Where(e => e.Title.StartsWith("Asamblea", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-06-26" }));
        Assert.That(found.Where(e => e.Title.StartsWith("Misión a Ecuador", StringComparison.Ordinal)).Select(e => e.Date?.ToIso()), Is.EqualTo(new[] { "2024-09" }));
    }
}
