using Extractor.Domain;
using Extractor.Loading;
using Extractor.Loading.Markdown;
using Extractor.Loading.Text;

namespace Extractor.Tests.Loading;

public sealed class MarkdownLoaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("extractor-md-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private async Task<SourceDocument> Load(string markdown, IDocumentLoader? loader = null, string name = "doc.md")
    {
        var path = Path.Combine(_dir, name);
        await File.WriteAllTextAsync(path, markdown);
        var result = await (loader ?? new MarkdownLoader()).LoadAsync(path, CancellationToken.None);
        return result.Value!;
    }

    [Test]
    public async Task APhotoAloneOnItsLine_IsDropped_ButAnImageWithinTextKeepsItsDescription()
    {
        var doc = await Load("La banda tocó en la plaza.\n\n![Concierto de la banda de Bremerhaven](img/semana.jpg)\n\nVer el ![logo de la AIVP](img/aivp.png) en la web.\n");
        var texts = doc.Pages.SelectMany(p => p.Lines).Select(l => l.Text).Where(t => t.Length > 0).ToList();
        Assert.That(texts, Is.EqualTo(new[] { "La banda tocó en la plaza.", "Ver el logo de la AIVP en la web." }));
    }

    [Test]
    public async Task HeadingsListsAndTablesBecomeStructure()
    {
        var doc = await Load("# Informe 2024\n\n## 1. Redes\n\n- **C40** Cities\n- UCCI\n\n| Entidad | Monto |\n|---|---|\n| IDU | \\$ 1.000 |\n");
        var lines = doc.Pages.SelectMany(p => p.Lines).Where(l => l.Text.Length > 0).ToList();
        Assert.That(lines[0], Is.EqualTo(new SourceLine("Informe 2024", 1, 1, LineRole.Heading, 1)));
        Assert.That(lines[1].Role == LineRole.Heading && lines[1].Level == 2);
        Assert.That(lines[2], Is.EqualTo(new SourceLine("C40 Cities", 1, 5, LineRole.ListItem, Lead: 3)));
        Assert.That(lines.Single(l => l.Text.StartsWith("IDU", StringComparison.Ordinal)).Text, Is.EqualTo("IDU\t$ 1.000"));
        Assert.That(lines.Any(l => l.Text.Contains("---", StringComparison.Ordinal)), Is.False);
    }

    [TestCase("La **estrategia** de _internacionalización_", "La estrategia de internacionalización")]
    [TestCase("Monto de \\$ 34.055.833.247,50 y 10\\%", "Monto de $ 34.055.833.247,50 y 10%")]
    [TestCase("Ver [el informe](https://example.org/x.pdf) y `código`", "Ver el informe y código")]
    [TestCase("*aproximadamente", "*aproximadamente")]
    [TestCase("snake_case_name stays", "snake_case_name stays")]
    public void InlineSyntaxBecomesPlainText(string input, string expected) =>
        Assert.That(MarkdownInline.ToPlainText(input), Is.EqualTo(expected));

    [Test]
    public async Task SetextHeadingsAreHeadings()
    {
        var doc = await Load("Informe anual\n=============\n\nTexto.");
        Assert.That(doc.Pages[0].Lines[0], Is.EqualTo(new SourceLine("Informe anual", 1, 1, LineRole.Heading, 1)));
    }

    [Test]
    public async Task PlainTextKeepsLineNumbersAndFormFeedPages()
    {
        var doc = await Load("uno\ndos\fseis\nsiete", new TextLoader(), "doc.txt");
        Assert.That(doc.PageCount, Is.EqualTo(2));
        Assert.That(doc.Pages[1].Lines[0], Is.EqualTo(new SourceLine("seis", 2, 2)));
        Assert.That(doc.ContentHash, Has.Length.EqualTo(64));
    }

    [Test]
    public async Task PlainTextWithoutFormFeeds_IsCutIntoPagesAtItsCountingPageNumbers_AndItsRunningLinesAreDropped()
    {
        var prose = string.Concat(Enumerable.Range(1, 12).Select(i => $"Texto propio de la página, renglón {i} sin repetirse nunca.\n"));
        var text = string.Concat(Enumerable.Range(1, 4).Select(p => $"RED DE CIUDADES · Boletín N.º 9 · 2024\n\n{prose}\n— {p} —\n\n"));
        var doc = await Load(text, new TextLoader(), "boletin.txt");
        var clean = new Extractor.Cleaning.TextCleaner().Clean(doc);

        Assert.That(doc.PageCount, Is.EqualTo(4));
        Assert.That(clean.Text, Does.Not.Contain("Boletín").And.Not.Contain("—"));
    }

    [Test]
    public async Task ABinaryFileNamedTxtIsAClearError()
    {
        var path = Path.Combine(_dir, "bin.txt");
        await File.WriteAllBytesAsync(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        var result = await new TextLoader().LoadAsync(path, CancellationToken.None);
        Assert.That(result.Error!.ToString(), Is.EqualTo($"{path}: is not a text file (it contains NUL bytes)"));
    }

    [Test]
    public async Task Windows1252TextIsDecoded()
    {
        var path = Path.Combine(_dir, "latin.txt");
        await File.WriteAllBytesAsync(path, System.Text.Encoding.Latin1.GetBytes("Reunión en Bogotá"));
        var result = await new TextLoader().LoadAsync(path, CancellationToken.None);
        Assert.That(result.Value!.Pages[0].Lines[0].Text, Is.EqualTo("Reunión en Bogotá"));
    }

    [Test]
    public void OnRandomLines_AtxHeadingsAreReadAsTheRegexReadThem()
    {
        var regex = new System.Text.RegularExpressions.Regex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$");
        var random = new Random(20261122);
        const string alphabet = "   ##\t\tab#";
        for (var n = 0; n < 50_000; n++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var m = regex.Match(line);
            var expected = m.Success ? (m.Groups[2].Value, m.Groups[1].Length) : ((string, int)?)null;
            Assert.That(MarkdownLoader.AtxHeading(line), Is.EqualTo(expected), line);
        }
    }

    [Test]
    public async Task AHeadingWithALongRunOfSpaces_KeepsItsTitle()
    {
        var spaces = new string(' ', 400_000);
        var doc = await Load("## a" + spaces + "b ##\n\nTexto.\n");
        var heading = doc.Pages.SelectMany(p => p.Lines).First();
        Assert.That((heading.Text, heading.Role, heading.Level), Is.EqualTo(("a" + spaces + "b", LineRole.Heading, 2)));
    }

    [Test]
    public async Task ListItemsIndentedByThousandsOfSpaces_AreListItems()
    {
        var doc = await Load(string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 20 * i) + "- punto " + i + "\n")));
        var lines = doc.Pages.SelectMany(p => p.Lines).ToList();
        Assert.That(lines.Select(l => (l.Text, l.Role)), Is.EqualTo(Enumerable.Range(0, 200).Select(i => ("punto " + i, LineRole.ListItem))));
    }

    [Test]
    public async Task AnItemOpeningInBold_KeepsWhereTheBoldEnds_AndTheCleanerCarriesItToItsBlock()
    {
        var doc = await Load("# Boletín\n\n- **Firma del contrato con la *Embajada* del Japón** para equipar el centro.\n- **Todo en negrita.**\n- Sin negrita.\n");
        var items = doc.Pages.SelectMany(p => p.Lines).Where(l => l.Role == LineRole.ListItem).ToList();
        Assert.That(items.Select(l => l.Text[..l.Lead]), Is.EqualTo(new[] { "Firma del contrato con la Embajada del Japón", "", "" }));

        var clean = new Extractor.Cleaning.TextCleaner().Clean(doc);
        var block = clean.Blocks.First(b => b.Kind == BlockKind.ListItem);
        Assert.That(clean.Text.Substring(block.Span.Start, block.Lead), Is.EqualTo("Firma del contrato con la Embajada del Japón"));
    }
}
