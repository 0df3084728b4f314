using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Dates;

namespace Extractor.Tests.Extraction.Dates;

public sealed class DateExtractorTests
{
    private static IEnumerable<TestCaseData> Examples() => ExtractionTestKit.Rows("Extraction/Dates/dates.es.tsv", 3);

    [TestCaseSource(nameof(Examples))]
    public void FindsTheExpectedDates(string text, string expected, string period)
    {
        var input = ExtractionTestKit.Input(text, ExtractionTestKit.Period(period));
        var found = new DateExtractor().Extract(input).Cast<DateMention>().Select(d => d.Value.ToIso()).ToList();
        var want = expected == "-" ? [] : expected.Split(';').ToList();
        Assert.That(found, Is.EqualTo(want), text);
    }

    [Test]
    public void AListOfDaysGivesOneMentionPerDaySpanningOnlyItsNumber()
    {
        const string text = "Reuniones (18 y 22 de octubre)";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2021-07/2021-12"))).ToList();
        Assert.That(found.Select(m => m.Text), Is.EqualTo(new[] { "18", "22 de octubre" }));
    }

    [Test]
    public void ListedDaysNamedWithTheirWeekdays_KeepThemInTheirSpans()
    {
        const string text = "El martes 7 y el miércoles 8 de noviembre se realizó el taller.";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2023"))).ToList();
        Assert.That(found.Select(m => m.Text), Is.EqualTo(new[] { "martes 7", "miércoles 8 de noviembre" }));
    }

    [Test]
    public void AnAgendaUnderHeadingsOfBareYears_DatesItsItemsInThem_ButAChartsAxisOfYearsDoesNot()
    {
        const string agenda = "AGENDA 2023–2024\n\n2023\n\n16 y 17 de marzo · Paysandú\nAsamblea General\n\n2024\n\n11, 12 y 13 de abril · Pelotas\n" +
                              "Asamblea General 2024\n\n5 de junio · Montevideo";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(agenda, DateValue.ParseIso("2023-01/2024-12"))).Cast<DateMention>();
        Assert.That(found.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2023-03-16", "2023-03-17", "2024-04-11", "2024-04-12", "2024-04-13", "2024-06-05" }));

        // A year heading on the text's second line (its first is blank).
        var second = new DateExtractor().Extract(ExtractionTestKit.Input("\n2024\n\n5 de junio · Montevideo", DateValue.ParseIso("2023-01/2024-12"))).Cast<DateMention>();
        Assert.That(second.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2024-06-05" }));

        const string chart = "Visitantes por año\n2021\n2022\n2023\n1.200\nEl 5 de junio se abrió la sala.";
        var dated = new DateExtractor().Extract(ExtractionTestKit.Input(chart, DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(dated.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2024-06-05" }));
    }

    [Test]
    public void AnAgendaUnderHeadingsOfMonthsAndYears_DatesItsItemsOfThatMonthInTheHeadingsYear()
    {
        const string agenda = "## Agenda\n\n### Diciembre de 2024\n\n- 17 de diciembre · Webinar\n\n### Enero de 2025\n\n- 22 de enero · Jornada «Ciudades frente a la sequía»\n" +
                              "- 29–30 de enero · Curso de adaptación\n\n### Febrero 2025\n\n- 18 de febrero · Foro\n- 3 de marzo · Taller";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(agenda, DateValue.ParseIso("2024"))).Cast<DateMention>().Where(m => m.Span.Start > 0 && agenda[m.Span.Start - 1] == ' ' && agenda[m.Span.Start - 2] == '-');
        // The 3rd of March is under February's heading: no heading of its month gives its year, so the report's does.
        Assert.That(found.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2024-12-17", "2025-01-22", "2025-01-29/2025-01-30", "2025-02-18", "2024-03-03" }));

        // A sentence's date under a cover's month and year is no agenda item.
        const string cover = "# Informe anual de actividades 2024\n\nEnero 2025\n\nEl 20 de enero se firmó el convenio con la Alcaldía de Lima.";
        var dated = new DateExtractor().Extract(ExtractionTestKit.Input(cover, DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(dated.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2025-01", "2024-01-20" }));
    }

    [Test]
    public void AChronologySetByMonths_DatesTheDaysOpeningItsEntries_InTheMonthAboveThem()
    {
        const string chronology = "Enero\n18 – Reunión con el cónsul general de España.\n25 – Presentación del plan de trabajo.\nMarzo\n" +
                                  "14 y 15 – Unidad Temática de Desarrollo Urbano.\n3 al 9 – Misión a Barcelona y Madrid.\n26 – Convenio marco con la UNR.";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(chronology, DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(found.Select(m => $"{m.Text}={m.Value.ToIso()}"), Is.EqualTo(new[]
        {
            "Enero=2024-01", "18=2024-01-18", "25=2024-01-25", "Marzo=2024-03", "14=2024-03-14", "15=2024-03-15", "3 al 9=2024-03-03/2024-03-09", "26=2024-03-26",
        }));
        // A span of days that runs into the next month.
        var across = new DateExtractor().Extract(ExtractionTestKit.Input("Marzo\n28 al 2 – Misión técnica a Burdeos.", DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(across.Select(m => $"{m.Text}={m.Value.ToIso()}"), Is.EqualTo(new[] { "Marzo=2024-03", "28 al 2=2024-03-28/2024-04-02" }));
    }

    [Test]
    public void DaysOpeningLinesWithNoMonthAboveTheirRun_AreNoDates()
    {
        const string list = "Resultados del año\n18 – Reunión con el cónsul general de España.\n25 – Presentación del plan de trabajo.";
        Assert.That(new DateExtractor().Extract(ExtractionTestKit.Input(list, DateValue.ParseIso("2024"))), Is.Empty);
        // A paragraph between a month and the entries ends its run.
        const string broken = "Marzo\n7 – Lanzamiento de Rosario Ciudad Circular.\nEl programa siguió durante el año con otras acciones.\n12 – Taller de huertas.";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(broken, DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(found.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2024-03", "2024-03-07" }));
    }

    [Test]
    public void ASectionOfPlansTitledWithItsYear_DatesWhatItAnnounces_NotWhatWasDone()
    {
        const string plans = "# 6.9. Desafíos para 2025\nRosario acogerá el próximo 24 de abril la Reunión anual de la Unidad Temática. " +
                             "El Consejo aprobó en su sesión de diciembre el calendario de las sesiones.";
        Assert.That(DatesOfSections(plans), Is.EqualTo(new[] { "2025-04-24", "2024-12" }));
        // Under a title of the report's year, the same sentence keeps it.
        Assert.That(DatesOfSections(plans.Replace("Desafíos para 2025", "Actividades de 2024")), Is.EqualTo(new[] { "2024-04-24", "2024-12" }));
        // "Agenda 2030" names the United Nations' agenda, not a year of plans; a sentence in the preterite tells what was done.
        Assert.That(DatesOfSections(plans.Replace("Desafíos para 2025", "Alineamiento con la Agenda 2030")), Is.EqualTo(new[] { "2024-04-24", "2024-12" }));
        Assert.That(DatesOfSections("# 2. Retos 2025\nLa alcaldesa recibió el 9 de octubre al embajador de Irán. Los fenómenos extremos del 14 de julio obligaron a cerrar el puerto."),
            Is.EqualTo(new[] { "2024-10-09", "2024-07-14" }));

        static IEnumerable<string> DatesOfSections(string text)
        {
            var input = new ExtractionInput(TestDocuments.Build(text), new DocumentContext("test.txt", DateValue.ParseIso("2024"), null, null, []), []);
            return new DateExtractor().Extract(input).Cast<DateMention>().Select(m => m.Value.ToIso());
        }
    }

    [Test]
    public void NoDateRunsAcrossATablesCells()
    {
        const string text = "Indicador\tEne–jun 2023\tEne–jun 2024\n2023\tDiciembre\tEncuentro de Alcaldesas";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2024"))).Cast<DateMention>();
        Assert.That(found.Select(m => $"{m.Text}={m.Value.ToIso()}"), Is.EqualTo(new[] { "Ene–jun 2023=2023-01/2023-06", "Ene–jun 2024=2024-01/2024-06", "Diciembre=2024-12" }));
    }

    [Test]
    public void TwoDatesInTwoCellsOfARow_AreNoRange()
    {
        const string text = "Contraparte\tFecha de firma\tVigencia\nUniversidad de Costa Rica (UCR)\t03/02/2023\thasta el 02/02/2025";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2023"))).Cast<DateMention>();
        Assert.That(found.Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2023-02-03", "2025-02-02" }));
    }

    [TestCase("Mes\tAño\tActividad\nMarzo\t2023\tReunión del Comité", "2023-03")]
    [TestCase("Día\tMes\tAño\tActividad\n15\tmarzo\t2023\tReunión técnica", "2023-03-15")]
    [TestCase("Fecha\tActividad\n15 de\tabril\tCierre del proyecto", "2024-04-15")]
    public void ADayOrAYearInAColumnOfItsOwn_BelongsToTheMonthsDate(string text, string expected)
    {
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2024"))).Cast<DateMention>().Single();
        Assert.That(found.Value.ToIso(), Is.EqualTo(expected));
    }

    [TestCase("Sesión\tFecha\tTema\tAsistentes\n1\t06/08\tAgenda portuaria\t52\n2\t13/08\tPuerto y cerros\t41", "2024-08-06;2024-08-13")]
    [TestCase("Día\tActividad\n06/08\tTaller de logística", "2024-08-06")]
    [TestCase("Sesión\tResultado\tTema\n1\t06/08\tAgenda portuaria", "")]
    public void ADayAndMonthAloneInAColumnHeadedFecha_IsADate(string text, string expected)
    {
        var input = new ExtractionInput(TestDocuments.Build(text), TestDocuments.CityReport() with { Period = DateValue.ParseIso("2024-07/2024-12") }, []);
        var found = new DateExtractor().Extract(input).Cast<DateMention>();
        Assert.That(string.Join(";", found.Select(m => m.Value.ToIso())), Is.EqualTo(expected));
    }

    [TestCase("28 de febrero\nde 2022", "2022-02-28")]
    [TestCase("28 de febrero\n\nde 2022", "2022-02-28")]
    [TestCase("28 de febrero\nde 2022 4 meses", "2022-02-28")]
    [TestCase("28 de febrero\nse firmó en 2022", "2021-02-28")]
    [TestCase("28 de febrero.\nde 2022", "2021-02-28")]
    [TestCase("Actividades del 3 de marzo\n\nDe 2019 a 2023 la ciudad creció.", "2021-03-03")]
    [TestCase("Actividades del 3 de marzo\nde 2019 a 2023 la ciudad creció.", "2021-03-03")]
    public void AMonthEndingItsLine_TakesTheYearTheNextLineOpensWith(string text, string expected)
    {
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2021-07/2021-12"))).Cast<DateMention>().First();
        Assert.That(found.Value.ToIso(), Is.EqualTo(expected));
    }

    [Test]
    public void ARangeIsOneMentionCoveringTheWholeExpression()
    {
        const string text = "Se celebró del 30 de noviembre al 1 de diciembre en Madrid.";
        var found = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2021"))).Single();
        Assert.That(found.Text, Is.EqualTo("del 30 de noviembre al 1 de diciembre"));
    }

    [Test]
    public void ASkippedSectionStillGivesItsDates()
    {
        // A cover classified as navigation: its organisations and activities repeat the body's, its date is the text's own.
        const string text = "València, febrero de 2024\nEl 25 de julio";
        var input = ExtractionTestKit.Input(text, DateValue.ParseIso("2023")) with { Skipped = [new TextSpan(0, 25)] };
        Assert.That(new DateExtractor().Extract(input).Cast<DateMention>().Select(m => m.Value.ToIso()), Is.EqualTo(new[] { "2024-02", "2023-07-25" }));
    }

    [TestCase("2021-07/2021-12", 3, 2021)]
    [TestCase("2021-07/2022-06", 3, 2022)]
    [TestCase("2021-07/2022-06", 9, 2021)]
    [TestCase("2024", 12, 2024)]
    public void AMonthWithoutAYearTakesTheYearOfThePeriodThatContainsIt(string period, int month, int year) =>
        Assert.That(DateExtractor.YearFor(DateValue.ParseIso(period)!, month), Is.EqualTo(year));

    [Test]
    public void RandomInputNeverThrowsAndSpansMatchTheirText()
    {
        var random = new Random(24072021);
        var extractor = new DateExtractor();
        for (var round = 0; round < 300; round++)
        {
            var text = ExtractionTestKit.RandomText(random, random.Next(0, 400));
            ExtractionTestKit.AssertWellFormed(text, extractor.Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2021-07/2021-12"))));
        }
    }

    [Test]
    public void AMegabyteOfPathologicalTextFinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("1 y 2, 3 al 4 de ", 60_000)) + "julio";
        var watch = Stopwatch.StartNew();
        _ = new DateExtractor().Extract(ExtractionTestKit.Input(text, DateValue.ParseIso("2021")));
        var months = string.Concat(Enumerable.Repeat("julio a julio de ", 60_000));
        _ = new DateExtractor().Extract(ExtractionTestKit.Input(months, DateValue.ParseIso("2021")));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void AMonthAloneOnItsLineOverAnActivity_IsADate_ButAFirstNameInsideALineIsNot()
    {
        var found = ExtractionTestKit.MentionsThroughPipeline("Calendario 2023\n\n12/05/2023\nWebinar «Agua y ciudad»\nJulio\nCurso virtual de adaptación climática\n\n" +
                                                              "El informe lo firma el secretario Julio Carranza, de la oficina técnica, en julio de 2023.\n")
            .OfType<DateMention>().Select(d => (d.Text, d.Value.ToIso())).ToList();
        Assert.That(found, Is.EqualTo(new[] { ("12/05/2023", "2023-05-12"), ("Julio", "2023-07"), ("julio de 2023", "2023-07") }));
    }

    [Test]
    public void AYearAloneOnItsLine_DatesTheChronologysItemsBelowIt_InAReportOfTwoYears()
    {
        var found = ExtractionTestKit.MentionsThroughPipeline("Balance 2023-2024 de la red\n\nHitos del período\n\n2023\n12 DIC · Asamblea General en Montevideo\n\n" +
                                                              "2024\n15 ENE · Reunión de coordinación\n20 FEB · Taller en Rosario\n")
            .OfType<DateMention>().Select(d => d.Value.ToIso()).ToList();
        Assert.That(found, Is.EqualTo(new[] { "2023-12-12", "2024-01-15", "2024-02-20" }));
    }
}
