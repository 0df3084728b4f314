using Extractor.Domain;

namespace Extractor.Tests.Domain;

/// <summary>A text saved without form feeds is cut into pages where its own page numbers count up.</summary>
public sealed class PageNumbersTests
{
    private static string[] Page(int lines, string word) => [.. Enumerable.Range(1, lines).Select(i => $"{word} {i} de la página, sin número.")];

    [TestCase("12", 12)]
    [TestCase("— 5 —", 5)]
    [TestCase("- 3 -", 3)]
    [TestCase("Página 7", 7)]
    [TestCase("Pág. 4 de 20", 4)]
    [TestCase("5 / 12", 5)]
    [TestCase("Capítulo 5", null)]
    [TestCase("5 municipios", null)]
    public void APageNumberLine_GivesItsNumber(string line, int? value) => Assert.That(PageNumbers.ValueOf(line), Is.EqualTo(value));

    [Test]
    public void NumbersClosingTheirPages_EndThem()
    {
        string[] lines = [.. Page(12, "uno"), "— 1 —", .. Page(12, "dos"), "— 2 —", .. Page(12, "tres"), "— 3 —", .. Page(5, "cuatro")];
        var pages = PageNumbers.PagesOf(lines)!;

        Assert.That(pages[12], Is.EqualTo(1), "the number ends its page");
        Assert.That(pages[13], Is.EqualTo(2));
        Assert.That(pages[38], Is.EqualTo(3));
        Assert.That(pages[^1], Is.EqualTo(4));
    }

    [Test]
    public void NumbersOpeningTheirPages_StartThem()
    {
        string[] lines = ["Página 1", .. Page(12, "uno"), "Página 2", .. Page(12, "dos"), "Página 3", .. Page(12, "tres")];
        var pages = PageNumbers.PagesOf(lines)!;

        Assert.That(pages[0], Is.EqualTo(1));
        Assert.That(pages[12], Is.EqualTo(1));
        Assert.That(pages[13], Is.EqualTo(2), "the number opens its page");
        Assert.That(pages[^1], Is.EqualTo(3));
    }

    [Test]
    public void FiguresOutOfOrderOrCloseTogether_TellNoPages()
    {
        // An infographic's figures on lines of their own, and a table's row numbers one per line.
        string[] infographic = [.. Page(12, "uno"), "8", .. Page(12, "dos"), "1", .. Page(12, "tres"), "5", .. Page(12, "cuatro"), "2", "7", "17",
            .. Page(12, "cinco"), "3", .. Page(12, "seis"), "5"];
        string[] rows = ["Fila", "1", "Bogotá", "2", "Quito", "3", "Lima", "4", "Cusco"];

        Assert.That(PageNumbers.PagesOf(infographic), Is.Null);
        Assert.That(PageNumbers.PagesOf(rows), Is.Null);
        Assert.That(PageNumbers.PagesOf([.. Page(12, "uno"), "— 1 —", .. Page(12, "dos"), "— 2 —"]), Is.Null, "two pages are too few to tell");
    }
}
