using Extractor.Domain;
using Extractor.Loading;
using Extractor.Tests.Extraction;

namespace Extractor.Tests.Loading;

public sealed class TextColumnsTests
{
    private const string TwoColumnPage =
        "MEDELLÍN EN LAS REDES DE CIUDADES                          SEMANA DE LA INTERNACIONALIZACIÓN\n" +
        "\n" +
        "La ciudad presentó su modelo de urbanismo social en el     La tercera Semana de la Internacionalización\n" +
        "Congreso de CIDEU, celebrado en Valencia                   se realizó del 12 al 16 de agosto con 22\n" +
        "entre el 9 y el 11 de octubre. En la                       actividades en cinco sedes. Asistieron\n" +
        "Junta Directiva de Metrópolis, el 5 de junio, Medellín     alrededor de 2.300 personas, entre ellas\n" +
        "asumió la coordinación del grupo de trabajo de             180 estudiantes de colegios públicos.\n" +
        "seguridad urbana.\n" +
        "\n" +
        "                                                                                        7 | Informe de gestión 2024\n";

    private static IReadOnlyList<(int Page, int Number, string Text)> Unfold(string text) =>
        TextColumns.Unfold(FileReading.SplitLines(text), _ => false);

    [Test]
    public void TwoColumnsPrintedSideBySide_AreReadLeftColumnFirst_EachPieceOnItsFileLineAndColumn()
    {
        var lines = Unfold(TwoColumnPage);
        var texts = lines.Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        Assert.That(texts.IndexOf("Congreso de CIDEU, celebrado en Valencia"), Is.EqualTo(texts.IndexOf("La ciudad presentó su modelo de urbanismo social en el") + 1));
        Assert.That(texts.IndexOf("se realizó del 12 al 16 de agosto con 22"), Is.EqualTo(texts.IndexOf("La tercera Semana de la Internacionalización") + 1));
        Assert.That(texts.IndexOf("seguridad urbana."), Is.LessThan(texts.IndexOf("SEMANA DE LA INTERNACIONALIZACIÓN")));
        var right = lines.Single(l => l.Text.Trim() == "se realizó del 12 al 16 de agosto con 22");
        Assert.That(right.Number, Is.EqualTo(4));
        Assert.That(right.Text.IndexOf('s'), Is.EqualTo(FileReading.SplitLines(TwoColumnPage)[3].Text.IndexOf("se realizó", StringComparison.Ordinal)));
        Assert.That(texts[^1], Is.EqualTo("7 | Informe de gestión 2024"), "the footer under the columns stays after them");
    }

    [Test]
    public void ADatedListWhoseTextWrapsBesideItsDays_IsNoPairOfColumns()
    {
        const string diary =
            "10 de junio        Buenos Aires. Reunión con la Secretaría General y de Relaciones Internacionales\n" +
            "                   del Gobierno de la Ciudad de Buenos Aires sobre turismo cultural y gestión de\n" +
            "                   grandes eventos.\n" +
            "11 de junio        Buenos Aires. Encuentro con la colectividad gallega, organizado por la\n" +
            "                   Federación de Sociedades Gallegas, con la asistencia de unas 150 personas.\n" +
            "13 de junio        Montevideo. Firma del memorando de entendimiento con la Intendencia de\n" +
            "                   Montevideo en materia de turismo sostenible y patrimonio urbano.\n";

        Assert.That(Unfold(diary).Select(l => l.Text), Is.EqualTo(FileReading.SplitLines(diary).Select(l => l.Text)));
    }

    [Test]
    public void AVisitsProgrammeOfWeekdaysUnderADayHeader_IsNoPairOfColumns()
    {
        const string programme =
            "Día                       Actividad\n" +
            "Lunes 14 de octubre       Recepción oficial en el Palacio Provincial y firma del\n" +
            "                          acta de renovación del hermanamiento con el Gobierno\n" +
            "                          Provincial de Manabí para el periodo 2025-2028.\n" +
            "Martes 15 de octubre      Seminario «Agua y territorio» en la Universidad de Huelva, con 65\n" +
            "                          asistentes.\n" +
            "Miércoles 16 de octubre   Visita a las plantas depuradoras de Almonte y almuerzo de\n" +
            "                          trabajo con alcaldes de la comarca.\n";

        Assert.That(Unfold(programme).Select(l => l.Text), Is.EqualTo(FileReading.SplitLines(programme).Select(l => l.Text)));
    }

    [Test]
    public void ATablesRowsOfFourCells_WithCellsWrappedBelowInLowerCase_AreNoPairOfColumns()
    {
        const string table =
            "      Tabla 6.2. Delegaciones institucionales recibidas\n" +
            "      --------------------------------------------------------------------------------------------\n" +
            "      Fecha       Delegación                      Personas  Objeto de la visita\n" +
            "      --------------------------------------------------------------------------------------------\n" +
            "      23/01/2024  Ayuntamiento de Burdeos               14  Renovación del protocolo de\n" +
            "                  (Francia)                                 hermanamiento\n" +
            "      14/02/2024  Ciudad de Buenos Aires                 6  Gestión de grandes eventos deportivos\n" +
            "                  (Argentina)                               y culturales\n" +
            "      05/03/2024  Embajada de Japón en España            4  Visita del embajador; cooperación\n" +
            "                                                            cultural y en diseño\n";
        var mentions = ExtractionTestKit.MentionsThroughPipeline("Memoria 2024 del Ayuntamiento de Bilbao\n\n" + table);
        Assert.That(mentions.OfType<ParticipantsMention>().Select(p => p.Value), Is.EqualTo(new[] { 14L, 6L, 4L }));
    }

    [Test]
    public void ATableOfTwoColumns_AndProseWithoutAGutter_StayAsTheyAre()
    {
        const string text =
            "País              Beneficiarias directas\n" +
            "Perú              6.210 mujeres rurales\n" +
            "Bolivia           4.100 mujeres rurales\n" +
            "Ecuador           2.950 jóvenes rurales\n" +
            "\n" +
            "La cooperación se canalizó a través de 38 proyectos y 27 cooperantes, en coordinación con las\n" +
            "secretarías de la Alcaldía de Medellín y con la Agencia Presidencial de Cooperación Internacional.\n";
        var lines = FileReading.SplitLines(text);
        Assert.That(TextColumns.Unfold(lines, _ => false), Is.SameAs(lines));
    }

    [Test]
    public void EventsOfEachColumnAreFound_WithTheirOwnDates()
    {
        var events = ExtractionTestKit.EventsThroughPipeline(TwoColumnPage);
        var congress = events.SingleOrDefault(e => e.Title == "Congreso de CIDEU");
        Assert.That(congress?.Date?.ToString(), Does.EndWith("-10-09/2024-10-11").Or.EndWith("-10-09/2021-10-11"), string.Join(" | ", events.Select(e => $"{e.Title} @{e.Date}")));
    }

    [Test]
    public void APanelOfFigures_KeepsEachFigureOnItsOwn_AndReadsTakingPartInTheWholePanel()
    {
        const string text =
            "LA AGENCIA EN CIFRAS\n\n" +
            "38 proyectos de cooperación\n" +
            "27 cooperantes activos\n" +
            "19 empresas extranjeras instaladas\n" +
            "1.850 empleos anunciados\n\n" +
            "NUMERALIA DEL FORO\n\n" +
            "144 participantes presenciales de diferentes países\n" +
            "19 actividades culturales\n" +
            "6,500 registros virtuales de 126 países\n";
        var participants = ExtractionTestKit.MentionsThroughPipeline(text).OfType<ParticipantsMention>().Select(p => p.Text).ToList();
        Assert.That(participants, Does.Contain("6,500 registros"));
        Assert.That(participants, Has.None.StartsWith("19 empresas"));
    }
}
