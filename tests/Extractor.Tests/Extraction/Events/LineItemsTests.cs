using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Extraction.Events;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Extraction.Events;

public sealed class LineItemsTests
{
    // Twenty-four lines of running text wrapped at about 75 characters set the document's margin.
    private static readonly string Wrapped = string.Join('\n', Enumerable.Repeat(
        "La Ciudad de México mantuvo una agenda internacional activa durante el año", 24).Select((l, i) => i % 2 == 0 ? l : "con ciudades aliadas, redes de gobiernos locales y organismos multilaterales")) + "\n\n";

    private static (CleanDocument Clean, IReadOnlyList<string> Items) Split(string paragraph)
    {
        var clean = new TextCleaner().Clean(SourceBuilder.FromText(Wrapped + paragraph));
        var block = clean.Blocks.Last();
        var items = new LineItems(clean).Split(block).Select(s => clean.Text.Substring(s.Start, s.Length)).ToList();
        return (clean, items);
    }

    [Test]
    public void LinesEndingBeforeTheMarginAreItemsOfAListWithoutBullets()
    {
        var (clean, items) = Split("XIII Feria Internacional del Libro de Quito, Ecuador\nPresentación y difusión del proyecto “Cuando seas mía” entre músicos\nde Israel y México\nReunión virtual de colaboración con la Embajada de Arabia Saudita");
        Assert.That(clean.Blocks.Last().LineCount, Is.EqualTo(4), "the cleaner keeps the list as one paragraph");
        Assert.That(items, Is.EqualTo(new[]
        {
            "XIII Feria Internacional del Libro de Quito, Ecuador",
            "Presentación y difusión del proyecto “Cuando seas mía” entre músicos de Israel y México",
            "Reunión virtual de colaboración con la Embajada de Arabia Saudita",
        }));
    }

    [Test]
    public void ALineOpeningWithAnActivityInCapitalsOpensAnItemWhereverTheLineBeforeEnded()
    {
        var (_, items) = Split("Seguimiento a la solicitud de la Embajada de Colombia para la colocación del busto\nAsistencia al concierto “Voces de Libertad” de la Embajada");
        Assert.That(items, Is.EqualTo(new[]
        {
            "Seguimiento a la solicitud de la Embajada de Colombia para la colocación del busto",
            "Asistencia al concierto “Voces de Libertad” de la Embajada",
        }));
    }

    [Test]
    public void ABulletItemThatRunsOnOverAListWithoutBullets_IsSplitLikeAParagraph()
    {
        var (clean, items) = Split("- Diálogos políticos y declaración conjunta de la red\nInforme Voices of Culture\nSesión Cities are Listening\n" +
                                   "Documento “visión” de la campaña #culture2030goal");
        Assert.That(clean.Blocks.Last().Kind, Is.EqualTo(BlockKind.ListItem));
        Assert.That(items, Has.Count.EqualTo(4));
        Assert.That(items[2], Is.EqualTo("Sesión Cities are Listening"));
    }

    [TestCase("La delegación de la Ciudad de México asistió en Madrid a la XXVII\nReunión de Alcaldes y Alcaldesas de Centroamérica y el Caribe.")]
    [TestCase("La Jefa de Gobierno inauguró la exposición de la Embajada de Colombia.\nReunión con la delegación de Bogotá y la de Medellín en el Palacio.")]
    [TestCase("La Jefa de Gobierno se reunió con el alcalde de la\nCiudad de Buenos Aires para firmar el acuerdo.")]
    [TestCase("La Jefa de Gobierno recibió a la delegación,\nQuienes presentaron el proyecto.")]
    [TestCase("La Jefa de Gobierno presentó el programa “Ciudad\nSegura” ante el Congreso.")]
    [TestCase("La Jefa de Gobierno de la Ciudad de México asistió a la Cumbre de Alcaldes en\nMadrid junto con otras autoridades locales.")]
    public void AWrappedSentenceIsOneItem(string paragraph)
    {
        var (_, items) = Split(paragraph);
        Assert.That(items, Has.Count.EqualTo(1));
    }

    [Test]
    public void ALineBreakInsideAnOrganisationsName_DoesNotEndAnItem()
    {
        const string paragraph = "Reunión con la Agencia de Cooperación y la Unión de Ciudades\nCapitales Iberoamericanas (ucci), ocasión en la que se presentaron los proyectos.";
        var (clean, items) = Split(paragraph);
        Assert.That(items, Has.Count.EqualTo(2), "without the name, the short line ends an item");
        var name = clean.Text.IndexOf("Unión de Ciudades", StringComparison.Ordinal);
        var end = clean.Text.IndexOf("(ucci)", StringComparison.Ordinal) + "(ucci)".Length;
        var ucci = new PartnerMention(new TextSpan(name, end), clean.Text[name..end], 1, "UCCI");
        Assert.That(new LineItems(clean, [ucci]).Split(clean.Blocks.Last()), Has.Count.EqualTo(1));
    }

    [Test]
    public void InAPdfTheLayoutDecidesAndNoLinesAreSplit()
    {
        var source = SourceBuilder.FromText(Wrapped + "XIII Feria Internacional del Libro de Quito, Ecuador\nReunión virtual de colaboración con la Embajada");
        var clean = new TextCleaner().Clean(source with { Format = DocumentFormat.Pdf });
        Assert.That(new LineItems(clean).Split(clean.Blocks.Last()), Has.Count.EqualTo(1));
    }
}
