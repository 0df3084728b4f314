using Extractor.Domain;

namespace Extractor.Tests.Extraction.Events;

/// <summary>A trip's agenda day by day ("Día 1 — lunes 4 de marzo" over "09:00   Reunión con …" and a few lines telling what was done).</summary>
public sealed class TimedAgendaTests
{
    private const string Agenda =
        "Informe de comisión de servicios al exterior 2024\n\n" +
        "Agenda cumplida\n" +
        "Día 1 — lunes 4 de marzo\n" +
        "09:00   Reunión con la División de Transporte del BID\n" +
        "        En la sede principal del banco se revisó el alcance de la cooperación técnica para la Segunda\n" +
        "        Línea del Metro.\n" +
        "14:30   Reunión de coordinación en la Embajada de Colombia en Estados Unidos\n" +
        "        El embajador acordó con la delegación un encuentro con la comunidad colombiana.\n\n" +
        "Día 2 — martes 5 de marzo (Washington)\n" +
        "10:00   Mesa técnica sobre financiamiento climático urbano con el Banco Mundial\n" +
        "        La mesa reunió a 14 especialistas del banco y de la ciudad.\n\n" +
        "Costos de la comisión\n" +
        "TRM de liquidación: $ 3.870,45 por dólar (28/02/2024).\n";

    [Test]
    public void EachTimedItemIsAnActivity_TitledByItsLine_OnTheDayItsDayLineGives()
    {
        var events = ExtractionTestKit.EventsThroughPipeline(Agenda).Select(e => (e.Title, Date: e.Date?.ToString())).ToList();
        Assert.That(events, Does.Contain(("Reunión con la División de Transporte del BID", "2024-03-04")));
        Assert.That(events, Does.Contain(("Reunión de coordinación en la Embajada de Colombia en Estados Unidos", "2024-03-04")));
        Assert.That(events, Does.Contain(("Mesa técnica sobre financiamiento climático urbano con el Banco Mundial", "2024-03-05")));
    }

    [Test]
    public void TheNumberedDay_AndAnExchangeRateDatedInBrackets_AreNoActivities()
    {
        var titles = ExtractionTestKit.EventsThroughPipeline(Agenda).Select(e => e.Title).ToList();
        Assert.That(titles, Has.None.StartsWith("Día"));
        Assert.That(titles, Has.None.Contains("TRM"));
    }
    [Test]
    public void ADayLineOfWeekdayAndDate_IndentedAsInALayoutPage_DatesTheItemsBelowIt_AndEndsThePreviousItem()
    {
        var events = ExtractionTestKit.EventsThroughPipeline(
            "    INFORME DE COMISIÓN OFICIAL\n\n" +
            "    AGENDA\n" +
            "    Lunes 11 de marzo de 2024\n" +
            "      09:30   Reunión de trabajo en el Consulado General de México en San Antonio con el cónsul\n" +
            "              general y el área de asuntos económicos.\n" +
            "    Martes 12 de marzo de 2024\n" +
            "      10:00   Reunión con la Oficina de Relaciones Internacionales de la Ciudad de San Antonio;\n" +
            "              firma de una carta de intención.\n" +
            "    Miércoles 13 de marzo de 2024\n" +
            "      11:00   Visita al Texas Advanced Computing Center de la Universidad de Texas en Austin.\n").Select(e => (e.Title, Date: e.Date?.ToString())).ToList();
        Assert.That(events.Select(e => e.Date), Is.EqualTo(new[] { "2024-03-11", "2024-03-12", "2024-03-13" }));
        Assert.That(events[2].Title, Is.EqualTo("Visita al Texas Advanced Computing Center de la Universidad de Texas en Austin"));
    }
}
