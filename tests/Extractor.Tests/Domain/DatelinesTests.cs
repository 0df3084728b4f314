using Extractor.Domain;

namespace Extractor.Tests.Domain;

public sealed class DatelinesTests
{
    [TestCase("Publicado: 23/09/2024", true)]
    [TestCase("Publicado el 23/09/2024", true)]
    [TestCase("12 de noviembre de 2024", true)]
    [TestCase("Fecha: martes 5 de marzo de 2024", true)]
    [TestCase("Actualizado: 5-3-24", true)]
    [TestCase("Publicado: 23/09/2024. Más de 300 vecinos participaron en la jornada.", false)]
    [TestCase("12 de noviembre de 2024: reunión del Consejo", false)]
    [TestCase("Paysandú, 22 de septiembre de 2024", false)]
    [TestCase("Martes 8 de octubre de 2024", false)]
    public void AStampIsADayOfPublicationAndNothingElse(string line, bool stamp) =>
        Assert.That(Datelines.IsStamp(line), Is.EqualTo(stamp));

    [TestCase("Santiago de Querétaro, Qro., 27 de mayo de 2024.- El Municipio", true)]
    [TestCase("Madrid, España, 4 de junio de 2024.- El Presidente", true)]
    [TestCase("Guadalajara, Jal., lunes 4 de marzo de 2024.- El alcalde", true)]
    [TestCase("Paysandú, 20 de noviembre de 2024.– El intendente", true)]
    [TestCase("El Municipio, la Universidad, 27 de mayo de 2024", false)]
    public void ADatelineMayNameTheStateOrCountryAfterItsPlace(string text, bool opens) =>
        Assert.That(Datelines.OpensAt(text, 0), Is.EqualTo(opens));

    [TestCase("Córdoba, 9 de marzo. La vicepresidenta ha recibido", true)]
    [TestCase("Córdoba, 9 de marzo.– La vicepresidenta ha recibido", true)]
    [TestCase("Córdoba, 9 de marzo — La vicepresidenta ha recibido", true)]
    [TestCase("Córdoba, 9 de marzo de las ciudades andaluzas", false)]
    [TestCase("Córdoba, 9 de marzo, la vicepresidenta ha recibido", false)]
    public void ADayAndMonthClosedByAStopOrADash_AreADatelineWithoutItsYear(string text, bool opens) =>
        Assert.That(Datelines.OpensAt(text, 0), Is.EqualTo(opens));

    [TestCase("22.10.2024 — El embajador recorrió los cerros", true)]
    [TestCase("13/12/2024 – Ya como coordinadora", true)]
    [TestCase("22.10.2024 Reunión con el embajador", false)]
    [TestCase("22.10 — Reunión con el embajador", false)]
    public void ANumericDateAndADashOpenAnItemsText(string text, bool opens) =>
        Assert.That(Datelines.OpensAt(text, 0), Is.EqualTo(opens));

    [TestCase("Valparaíso, 3 de julio de 2024", true)]
    [TestCase("Lisboa, 4 de octubre de 2024.", true)]
    [TestCase("Valparaíso, 3 de julio de 2024.- El alcalde recibió", false)]
    public void ADatelineAloneOnItsLine_IsWholeLine(string line, bool whole) =>
        Assert.That(Datelines.IsWholeLine(line), Is.EqualTo(whole));

    [TestCase("6-8 de marzo", true)]
    [TestCase("Miércoles, 24 de mayo", true)]
    [TestCase("21 de febrero · Valencia", true)]
    [TestCase("Marsella · 11 abril", true)]
    [TestCase("Palma de Mallorca · 23 de noviembre", true)]
    [TestCase("la red · 11 abril", false)]
    [TestCase("Reunión con la red de municipios del sur · 11 abril", false)]
    [TestCase("del 13 al 19 de noviembre", true)]
    [TestCase("2 oct. – 15 dic.", true)]
    [TestCase("8 de mayo a 30 de junio", true)]
    [TestCase("11/05/2023 · Madrid", true)]
    [TestCase("04/09/2023 - 22/12/2023", true)]
    [TestCase("marzo-junio", true)]
    [TestCase("12/05/2023", false)]
    [TestCase("12 de noviembre de 2024", false)]
    [TestCase("Del 2 al 27 de septiembre, cinco técnicos de", false)]
    [TestCase("24 de mayo: reunión con la AECID", false)]
    [TestCase("Marzo de 2024", false)]
    [TestCase("Martes 8 de octubre de 2024", false)]
    public void AnItemsDaysAloneOnALine_MayNameThePlace_ButAStampsFullDateIsNoItemsDays(string line, bool days) =>
        Assert.That(Datelines.IsDateOnly(line), Is.EqualTo(days));
}
