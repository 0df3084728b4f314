using Extractor.Domain;

namespace Extractor.Tests.Extraction.Events;

/// <summary>Tables whose header names a column of activities: one event per row.</summary>
public sealed class EventTablesTests
{
    private static List<EventMention> Run(string text) => ExtractionTestKit.Events(text);

    [Test]
    public void EachRowOfACalendarIsOneEvent_TitledWithItsTopic_OnItsDate()
    {
        var found = Run("Calendario\nEVENTO\tTEMA\tFECHA\nTaller 1\tDIAGNÓSTICO - PRONÓSTICO\t2 Octubre 2014\nTaller 2\tPLANEACIÓN (visión, objetivos y estrategias)\t23 Octubre 2014\n" +
                        "Presentación\tPLAN ESTRATÉGICO DE DESARROLLO\t19 Febrero 2015\nFormas de participación");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Taller 1: DIAGNÓSTICO - PRONÓSTICO", "taller", "2014-10-02"),
            ("Taller 2: PLANEACIÓN (visión, objetivos y estrategias)", "taller", "2014-10-23"),
            ("Presentación: PLAN ESTRATÉGICO DE DESARROLLO", "presentación", "2015-02-19"),
        }));
    }

    [Test]
    public void EachRowOfATableOfVisits_IsOneEvent_TitledWithWhatTheVisitWasFor()
    {
        var found = Run("Tabla 6.1. Delegaciones recibidas\nFecha\tDelegación\tObjeto de la visita\tPersonas\n" +
                        "17/05/2023\tPrefeitura de Curitiba (Brasil)\tVisita técnica al tranvía y a la red de autobús eléctrico\t9\n" +
                        "26/09/2023\tCiudad de Tampere (Finlandia)\tIntercambio sobre infraestructura verde\t7");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Visita técnica al tranvía y a la red de autobús eléctrico", "2023-05-17"), ("Intercambio sobre infraestructura verde", (string?)"2023-09-26"),
        }));
    }

    [Test]
    public void ATableOfTheDelegationsReceived_WithNoColumnOfActivities_GivesTheirVisits()
    {
        var found = Run("Delegaciones recibidas en el Ayuntamiento durante el año:\nFecha\tDelegación\tPersonas\n21/03/2023\tAyuntamiento de Guadalajara (México)\t6\n25/10/2023\tMetrópoli de Lyon (Francia)\t5");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Visita de la delegación: Ayuntamiento de Guadalajara (México)", "2023-03-21"), ("Visita de la delegación: Metrópoli de Lyon (Francia)", (string?)"2023-10-25"),
        }));
    }

    [Test]
    public void ARowOfATableOfDelegations_ThatTheTextTellsOfThatDay_IsNotASecondVisit()
    {
        var found = ExtractionTestKit.EventsThroughPipeline("Informe semestral 2024 de la Municipalidad de Rosario\n\n" +
                                                           "### Misión empresarial de Ningbo: 23 empresarios chinos buscaron socios en la región\n\n*Rosario, 7 de marzo de 2024.*\n\n" +
                                                           "Entre el 4 y el 6 de marzo la ciudad recibió la misión empresarial de Ningbo, integrada por 23 empresarios.\n\n" +
                                                           "Delegaciones recibidas en el semestre:\n\n| Fecha | Delegación | Integrantes | Tema principal |\n|---|---|---|---|\n" +
                                                           "| 04 al 06/03/2024 | Misión empresarial de Ningbo | 23 | Comercio e inversiones |\n" +
                                                           "| 10/04/2024 | Delegación de la Región de Lombardía | 5 | Cooperación universitaria |\n", ".md");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2024-03-04/2024-03-06", "2024-04-10" }));
    }

    [Test]
    public void ATableOfDelegationsThatTellsOfNoVisit_GivesNoEvents()
    {
        Assert.That(Run("Plantilla por oficina:\nFecha de alta\tDelegación\tPersonas\n01/03/2023\tDelegación de Hacienda\t12\n15/06/2023\tDelegación de Cultura\t8"), Is.Empty);
    }

    [Test]
    public void EachRowOfATableOfAgreementsSigned_IsItsSigning_UnlessTheReportTellsOfThatDayElsewhere()
    {
        var found = Run("El 15 de enero de 2024 se llevó a cabo el taller de equipamiento sanitario con la Embajada del Japón.\n" +
                        "Convenios suscritos en el periodo\nFecha\tContraparte\tObjeto\tMonto\n" +
                        "15/01/2024\tEmbajada del Japón\tEquipamiento del centro de salud\tUS$ 98,500.00\n" +
                        "15/04/2024\tBanco de la Nación\tRecaudación de arbitrios\t–\n" +
                        "24/04/2024\tHuanchaco\tGestión compartida de residuos sólidos\tS/ 356,800.50");
        Assert.That(found.Select(e => (e.Title, e.EventType, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Taller de equipamiento sanitario con la Embajada del Japón", "taller", "2024-01-15"),
            ("Firma de convenio con Banco de la Nación: Recaudación de arbitrios", "firma", "2024-04-15"),
            ("Firma de convenio con Huanchaco: Gestión compartida de residuos sólidos", "firma", (string?)"2024-04-24"),
        }));
    }

    [Test]
    public void ASigningTheTextTellsOf_KeepsTheTextsName_OverItsRowInTheTableOfAgreements()
    {
        var found = Run("El 15 de abril de 2024 se firmó el convenio de recaudación de arbitrios con el Banco de la Nación.\n" +
                        "Convenios suscritos en el periodo\nFecha\tContraparte\tObjeto\n15/04/2024\tBanco de la Nación\tRecaudación de arbitrios");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[] { ("Firma de convenio de recaudación de arbitrios con el Banco de la Nación", (string?)"2024-04-15") }));
    }

    [Test]
    public void ARowOfATableOfActivities_ThatTheTextTellsOfOnItsDayUnderALikeTitle_IsThatActivity()
    {
        var found = Run("Visita protocolar del embajador de la República Francesa (9 de febrero de 2023)\nEl embajador recorrió el centro histórico.\n" +
                        "Fecha\tActividad\tContraparte\n09/02/2023\tVisita protocolar del embajador de Francia\tEmbajada de Francia\n" +
                        "22/03/2023\tConversatorio «Lima y el agua»\tEmbajada de los Países Bajos");
        Assert.That(found.Select(e => e.Date?.ToIso()), Is.EquivalentTo(new[] { "2023-02-09", "2023-03-22" }), "one visit, not two");
        Assert.That(found.Select(e => e.Title), Does.Contain("Conversatorio «Lima y el agua»"));
    }

    [TestCase("Los siguientes convenios se encuentran en proceso de suscripción y se prevé su firma en 2025:")]
    [TestCase("Se recibieron las siguientes delegaciones, con las que aún no se ha firmado ningún acuerdo:")]
    [TestCase("Subvenciones entregadas en virtud del acuerdo firmado con la Gobernación de Santander:")]
    [TestCase("Convenios firmados en años anteriores que continúan vigentes:")]
    public void ATableOfAgreementsNotSignedInThePeriod_GivesNoSignings(string lead)
    {
        var found = Run(lead + "\nFecha\tEntidad\tObjeto\n20/01/2024\tJICA\tGestión de residuos\n14/02/2024\tGobierno Regional\tObras de saneamiento");
        Assert.That(found.Where(e => e.EventType == "firma"), Is.Empty);
    }

    [Test]
    public void AnUnrelatedActivityOnTheSameDay_LeavesTheSigningOfTheRowIn()
    {
        var found = Run("El 30 de junio de 2024 se realizó la Feria de Emprendedores en la plaza central.\n" +
                        "Durante el año se firmaron los siguientes convenios:\nFecha\tContraparte\tObjeto\n30/06/2024\tUNICEF\tProtección de la niñez");
        Assert.That(found.Select(e => e.Title), Does.Contain("Firma de convenio con UNICEF: Protección de la niñez"));
    }

    [Test]
    public void ATableOfCounterpartsAndPurposes_ThatTellsOfNoSigning_GivesNoEvents()
    {
        Assert.That(Run("Proyectos en cartera\nFecha\tContraparte\tObjeto\n15/04/2024\tBanco de la Nación\tRecaudación de arbitrios\n24/04/2024\tHuanchaco\tGestión de residuos"), Is.Empty);
    }

    [Test]
    public void AveragesTotalsAndAnotherTablesRows_AreNoActivities()
    {
        var found = Run("Taller\tFecha\tParticipantes\nTaller de compostaje\t14/03/2023\t45\nTaller de reciclaje\t22/05/2023\t30\nPromedio por taller\t\t37\nTotal\t\t75\n" +
                        "Participantes por sesión\tInscritos\n12\t40\nIndicador\tValor\nParticipantes (hombres)\t120\nMeta de participantes\t600");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Taller de compostaje", "Taller de reciclaje" }));
    }

    [Test]
    public void ARowOfATableOfActivitiesNeedsNoDate_AndKeepsItsOwnCount()
    {
        var found = Run("Actividad\tInversión estimada (€)\n" +
                        "Participación en la XIX edición de la Especialización en Pensamiento Estratégico Urbano - 6 meses. Participaron 12 funcionarios.\t960,00\n" +
                        "Participación en el curso La perspectiva de género en la planificación urbana – 8 semanas.\t780,00");
        Assert.That(found.Select(e => (e.Title, e.Date, e.Participants)).ToList(), Is.EqualTo(new[]
        {
            ("Participación en la XIX edición de la Especialización en Pensamiento Estratégico Urbano", (DateValue?)null, (long?)12),
            ("Participación en el curso La perspectiva de género en la planificación urbana", null, null),
        }));
    }

    [Test]
    public void ARowThatTakesPartInANetwork_IsMembership_NotAnActivity()
    {
        var found = Run("Actividad\tInversión estimada (€)\n" +
                        "Participación en la Microrred de Movilidad Urbana Sostenible - 7 meses. Participantes: dos técnicos.\t780,00\n" +
                        "Participación en el Congreso de la Red de Ciudades en Zaragoza – 3 al 5 de julio.\t960,00");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Participación en el Congreso de la Red de Ciudades en Zaragoza" }));
    }

    [Test]
    public void ARowWithTwoSeparateDaysIsTwoOccasions()
    {
        var found = Run("Nombre del evento\tFecha\nReunión de la red de ciudades\t18 y 22 de octubre");
        Assert.That(found.Select(e => e.Date!.ToIso()), Is.EqualTo(new[] { "2021-10-18", "2021-10-22" }));
    }

    [Test]
    public void ACaptionRowAboveTheHeader_LeavesTheHeaderItsPlace()
    {
        var found = Run("Agenda\n\tTabla 3. Actividades internacionales del primer semestre de 2021\nFecha\tActividad\tLugar\n12 de marzo\tReunión con la UCCI\tMadrid\n" +
                        "21 de junio\tVisita de la delegación de Medellín\tZaragoza");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Reunión con la UCCI", "2021-03-12"),
            ("Visita de la delegación de Medellín", "2021-06-21"),
        }));
    }

    [Test]
    public void CaptionsUnderABoxOfFigures_AreNoHeader()
    {
        // "64 actividades internacionales", "11 convenios firmados": a box of figures, each over its caption.
        var found = Run("Resumen\n64\t11\tUSD 3,1 M\t1.850\nactividades\tconvenios\tgestionados por\tpersonas\ninternacionales\tfirmados\tcooperación\tcapacitadas");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void TablesWithoutAHeaderOfActivitiesAreNotRead()
    {
        var found = Run("ENTIDAD COOPERANTE / ALIADO\tNo. INTERACCIONES\nFundación Ford\t3\nBanco Mundial\t2\n" +
                        "Indicador\tValor\tFecha\nTalleres de formación realizados\t12\t3 de octubre");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void AHeaderCellWithOtherWordsIsNoColumnOfActivities()
    {
        // "Actividades económicas de la ciudad" is a statistics table, not a list of activities held.
        var found = Run("Actividades económicas de la ciudad\tEmpleo\nComercio al por menor\t1200\nTurismo receptivo\t800");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void ATotalsRowOfATableOfActivitiesIsNoActivity()
    {
        var found = Run("Actividad\tFecha\tParticipantes\nTaller de movilidad urbana\t3 de mayo\t40\nTotal actividades\t\t40");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Taller de movilidad urbana" }));
    }

    [Test]
    public void ARowMadeOfHeaderWordsBelowTheHeader_IsAnActivity()
    {
        var found = Run("Actividad\tFecha\nCurso de capacitación\t3 de mayo\nTaller de movilidad urbana\t5 de mayo");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())).ToList(), Is.EqualTo(new[]
        {
            ("Curso de capacitación", "2021-05-03"), ("Taller de movilidad urbana", "2021-05-05"),
        }));
    }

    [Test]
    public void ARowThatAnotherCellCallsOff_IsNoEvent()
    {
        var found = Run("Formación\nFecha\tActividad\tLugar\tAsistentes\n7 de marzo de 2023\tTaller de formulación de proyectos\tPalacio de la Merced\t34\n" +
                        "28 de marzo de 2023\tSeminario sobre hermanamientos con el Magreb\tPriego de Córdoba\taplazado\n");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Taller de formulación de proyectos" }));
    }

    [Test]
    public void AnAgendasArrangements_AreNoEvents_ButAMealWithItsHostIs()
    {
        var found = Run("Agenda\nFecha\tActividad\tLugar\n8 de octubre de 2025\tAcreditación y café\tEdificio Mercosur\n8 de octubre de 2025\tSesión inaugural\tEdificio Mercosur\n" +
                        "8 de octubre de 2025\tAlmuerzo ofrecido por la Intendencia de Montevideo\tMercado del Puerto\n10 de octubre de 2025\tFin del encuentro\tEdificio Mercosur\n");
        Assert.That(found.Select(e => e.Title), Is.EqualTo(new[] { "Sesión inaugural", "Almuerzo ofrecido por la Intendencia de Montevideo" }));
    }

    [Test]
    public void ARowOfADaysAgenda_IsOfTheHeadingsDay_AndARowItsOwnCellCallsOffIsNoEvent()
    {
        var found = ExtractionTestKit.EventsThroughPipeline(
            "# Encuentro Anual 2025\n\nMontevideo, 8 al 10 de octubre de 2025\n\n## Agenda · Día 2 — jueves 9 de octubre\n\n| Hora | Actividad | Con |\n|---|---|---|\n" +
            "| 09:00–12:30 | Visita técnica al sistema de drenaje del arroyo Miguelete | Intendencia de Montevideo |\n" +
            "| ~~15:00–17:00~~ | ~~Taller de mapeo comunitario de riesgos~~ **CANCELADO** | ~~Cruz Roja Uruguaya~~ |\n" +
            "| 17:30–19:00 | Asamblea General ordinaria | Ciudades miembro |\n", ".md");
        Assert.That(found.Where(e => e.Span.Start > 60).Select(e => (e.Title, e.Date?.ToIso())), Is.EqualTo(new[]
        {
            ("Visita técnica al sistema de drenaje del arroyo Miguelete", (string?)"2025-10-09"), ("Asamblea General ordinaria", "2025-10-09"),
        }));
    }

    [Test]
    public void ARowDatedByADeadline_IsNotDatedByIt()
    {
        var found = Run("Calendario de reuniones 2025-2026\nReunión\tFecha\tLugar\nComité Ejecutivo\t17 de junio de 2025\tEn línea\n" +
                        "Asamblea General Extraordinaria\tantes del 31 de octubre de 2025\tEn línea\nConsejo Directivo\t6 y 7 de noviembre de 2025\tCuenca");
        Assert.That(found.Select(e => (e.Title, e.Date?.ToIso())), Does.Contain(("Comité Ejecutivo", (string?)"2025-06-17")));
        Assert.That(found.Where(e => e.Title.Contains("Extraordinaria")).Select(e => e.Date?.ToIso()), Has.None.EqualTo("2025-10-31"));
    }

    [Test]
    public void TheDayATablesFiguresAreGivenAt_DatesNoneOfItsRows()
    {
        // A table set one cell per line, as plain pdftotext gives it, whose last header cell is the day its figures stand at.
        var found = ExtractionTestKit.EventsThroughPipeline(
            "MEMORIA ANUAL 2023\n\n3. COOPERACIÓN TÉCNICA Y FINANCIERA\n\nLa oficina gestionó tres iniciativas con financiamiento externo, detalladas en el Cuadro 2.\n\n" +
            "Cuadro 2. Cooperación técnica y financiera gestionada en 2023\n\nCooperante\nProyecto\nMonto\nSituación al 31/12/2023\n" +
            "AECID\nRecuperación de la casona de la calle San Agustín para vivienda social\nS/ 1,240,500.00\nEn ejecución (62 %)\n" +
            "Ayuntamiento de Puebla\nPasantía de técnicos en movilidad urbana\nS/ 38,400.00\nEjecutado\n" +
            "Embajada de Francia\nFestival de cine francófono del Cusco\nS/ 25,000.00\nEjecutado\n", ".txt");
        Assert.That(found.Select(e => e.Date?.ToIso()), Has.None.EqualTo("2023-12-31"));
    }
}
