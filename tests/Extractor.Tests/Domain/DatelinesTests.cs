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
}
