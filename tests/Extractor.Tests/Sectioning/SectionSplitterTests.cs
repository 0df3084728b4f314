using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Pipeline;
using Extractor.Sectioning;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Sectioning;

public sealed class SectionSplitterTests
{
    private static SectionedDocument Split(string text) => new SectionSplitter().Split(new TextCleaner().Clean(SourceBuilder.FromText(text)));

    [Test]
    public void NumberedHeadingsBuildATreeWithParents()
    {
        var body = string.Concat(Enumerable.Repeat("Texto de cuerpo suficientemente largo para un párrafo. ", 5));
        var doc = Split($"1. INTRODUCCIÓN\n\n{body}\n\n2. REDES\n\n{body}\n\n2.1. Redes globales\n\n{body}\n\n2.1.1. C40 Cities\n\n{body}\n\n3. CIERRE\n\n{body}");
        var titles = doc.Sections.Select(s => (s.Title, s.Level)).ToList();
        Assert.That(titles, Is.EqualTo(new[] { ("1. INTRODUCCIÓN", 1), ("2. REDES", 1), ("2.1. Redes globales", 2), ("2.1.1. C40 Cities", 3), ("3. CIERRE", 1) }));
        var c40 = doc.Sections[3];
        Assert.That(c40.ParentId, Is.EqualTo(doc.Sections[2].Id));
        Assert.That(doc.Sections[2].ParentId, Is.EqualTo(doc.Sections[1].Id));
    }

    [Test]
    public void InPlainText_AChapterOverItsFirstSubheading_AndTheFirstChapterUnderTheContents_AreHeadingsNotAList()
    {
        var wrapped = "La relación con Mauritania se apoya en el acuerdo marco firmado en 2019 con la Región de\n" +
                      "Nuakchot y, desde este año, en el memorando con Nuadibú, capital económica del país y\n" +
                      "primer puerto pesquero de la costa atlántica africana, que se renovará el próximo año.\n";
        var doc = Split("ÍNDICE\n1. Presentación ........................................ 2\n2. Cooperación con ciudades africanas ................... 3\n" +
                        $"1. PRESENTACIÓN\nEsta memoria recoge la actividad desarrollada por el Servicio durante el año y\n{wrapped}{wrapped}\n" +
                        $"2. COOPERACIÓN CON CIUDADES AFRICANAS\n2.1. Mauritania\n{wrapped}{wrapped}\n2.2. Senegal\n{wrapped}{wrapped}");
        Assert.That(doc.Sections.Select(s => (s.Title, s.Level)), Is.SupersetOf(new[]
        {
            ("1. PRESENTACIÓN", 1), ("2. COOPERACIÓN CON CIUDADES AFRICANAS", 1), ("2.1. Mauritania", 2), ("2.2. Senegal", 2),
        }));
    }

    [Test]
    public void ACompilationsNextReportNumbersItsChaptersAgain_ButAListDoesNotRestartThem()
    {
        var body = string.Concat(Enumerable.Repeat("Texto de cuerpo suficientemente largo para un párrafo. ", 5));
        var doc = Split($"1. RESUMEN DEL TRIMESTRE\n\n{body}\n\n2. INDICADORES\n\n{body}\n\n1. RESUMEN DEL TRIMESTRE\n\n{body}\n\n2. INDICADORES\n\n{body}\n\n1. Madrid\n\n{body}");
        Assert.That(doc.Sections.Select(s => s.Title).Where(t => t.Length > 0), Is.EqualTo(new[] { "1. RESUMEN DEL TRIMESTRE", "2. INDICADORES", "1. RESUMEN DEL TRIMESTRE", "2. INDICADORES" }));
    }

    [Test]
    public void InTextKeepingEachParagraphOnOneLine_AHeadlineOverItsStampIsAHeading_AndItsKickerAnother()
    {
        var paragraph = string.Concat(Enumerable.Repeat("La Intendencia de Paysandú firmó un convenio para la recuperación del muelle de Casa Blanca. ", 3));
        var item = $"COOPERACIÓN INTERNACIONAL\nIntendencia firma convenio con la AECID para recuperar el muelle de Casa Blanca de la ciudad de Paysandú\nPublicado: 21/11/2024\n{paragraph}\n{paragraph}\n";
        var doc = Split(string.Concat(Enumerable.Repeat(item, 6)));
        Assert.That(doc.Clean.Blocks.Count(b => doc.Clean.Slice(b.Span) == "Publicado: 21/11/2024"), Is.EqualTo(6), "each line is a block of its own");
        Assert.That(doc.Sections.Where(s => s.Level > 0).Select(s => s.Title).Take(2),
            Is.EqualTo(new[] { "COOPERACIÓN INTERNACIONAL", "Intendencia firma convenio con la AECID para recuperar el muelle de Casa Blanca de la ciudad de Paysandú" }));
    }

    [Test]
    public void TheSectionAtEachOffset_IsTheOneWhoseSpanHoldsIt()
    {
        var body = string.Concat(Enumerable.Repeat("Texto de cuerpo suficientemente largo para un párrafo. ", 5));
        var doc = Split($"Portada\n\n1. INTRODUCCIÓN\n\n{body}\n\n2. REDES\n\n2.1. Redes globales\n\n{body}\n\n3. CIERRE\n\n{body}");
        for (var offset = 0; offset < doc.Clean.Text.Length; offset++)
            Assert.That(doc.SectionAt(offset), Is.SameAs(doc.Sections.LastOrDefault(s => s.Span.Contains(offset))), $"offset {offset}");
        Assert.That(doc.SectionAt(doc.Clean.Text.Length + 5), Is.Null);
    }

    [Test]
    public void ANumberedListInsideAChapterIsNotAHeading()
    {
        var body = string.Concat(Enumerable.Repeat("Texto de cuerpo suficientemente largo. ", 8));
        var doc = Split($"6. REDES\n\n{body}\n\n1. C40 Cities\n\n2. UCCI\n\n{body}");
        Assert.That(doc.Sections.Select(s => s.Title), Is.EqualTo(new[] { "6. REDES" }));
    }

    [Test]
    public void ATitleWithADateInBracketsIsAHeading()
    {
        var doc = Split("Ceremonia conmemorativa del natalicio\nde Simón Bolívar (24 de julio)\n\nLa Jefa de Gobierno acompañó al Presidente.");
        Assert.That(doc.Sections.Single(s => s.Level == 1).Title, Is.EqualTo("Ceremonia conmemorativa del natalicio de Simón Bolívar (24 de julio)"));
    }

    [Test]
    public void AFormsFieldEndingWithADateInBrackets_IsNoHeading()
    {
        var doc = Split("Comisión de servicios a Madrid\n\nResolución de autorización:  N.° 187 de 2024 (2 de abril de 2024)\n\n" +
                        "Objeto de la comisión: participar en el XIV Comité Sectorial de Desarrollo Económico de la UCCI, convocado por el " +
                        "Ayuntamiento de Madrid, y sostener reuniones de trabajo con la AECID y con CGLU en Barcelona durante la semana.");
        Assert.That(doc.Sections.Select(s => s.Title), Has.None.StartsWith("Resolución"));
    }

    [Test]
    public void AParagraphCutByAPageBreakIsNotAHeading()
    {
        var doc = Split("El rol de las ciudades como actores del sistema internacional está fuera de\n\nduda desde hace años, según la literatura especializada que se ha revisado en este trabajo y en otros.");
        Assert.That(doc.Sections.Where(s => s.Level > 0), Is.Empty);
    }

    [Test]
    public void TitlesListedInTheTableOfContentsAreHeadings()
    {
        var body = string.Concat(Enumerable.Repeat("Texto breve del apartado. ", 3));
        var doc = Split($"Índice\n\nPresentación ........ 3\nAgenda internacional ........ 5\n\nPresentación\n\n{body}\n\nAgenda internacional\n\n{body}");
        Assert.That(doc.Sections.Select(s => s.Title), Does.Contain("Presentación").And.Contain("Agenda internacional"));
    }

    [Test]
    public void OneDottedLineIsNotATableOfContents()
    {
        var body = string.Concat(Enumerable.Repeat("Texto breve del apartado. ", 3));
        var doc = Split($"Firma ........ 3\n\nFirma\n\n{body}");
        Assert.That(doc.Sections.Select(s => s.Title), Does.Not.Contain("Firma"));
    }

    [Test]
    public void MarkdownHeadingLevelsAreKept()
    {
        var doc = Split("intro");
        Assert.That(doc.Sections, Has.Count.EqualTo(1));
        Assert.That(doc.Sections[0].Level, Is.EqualTo(0));
    }

    [TestCase(null, new[] { 1 }, true)]
    [TestCase(new[] { 6, 1 }, new[] { 6, 1, 1 }, true)]
    [TestCase(new[] { 6, 1, 7 }, new[] { 7 }, true)]
    [TestCase(new[] { 6, 1 }, new[] { 1 }, false)]
    [TestCase(new[] { 2 }, new[] { 4 }, false)]
    [TestCase(new[] { 2, 1 }, new[] { 2, 4 }, true)]
    [TestCase(new[] { 2, 1 }, new[] { 2, 6 }, false)]
    public void NumberingMustFollowOn(int[]? previous, int[] next, bool expected) =>
        Assert.That(HeadingDetector.FollowsNumbering(previous, next), Is.EqualTo(expected));

    [Test]
    public async Task Seed004HasChaptersOneToSixAndSubsections611To617()
    {
        var pipeline = new DocumentPipelineBuilder().Build();
        var result = await pipeline.ProcessFileAsync(Path.Combine(RepoPaths.RepoRoot, "seeds", "004_9e0d3184b0ca2abc.txt"));
        var sections = result.Value!.Document.Sections;
        var numbered = sections.Where(s => char.IsDigit(s.Title.FirstOrDefault())).Select(s => s.Title.Split(' ')[0]).ToList();
        Assert.That(numbered, Is.EqualTo(new[] { "1.", "2.", "3.", "4.", "5.", "6.", "6.1.", "6.1.1.", "6.1.2.", "6.1.3.", "6.1.4.", "6.1.5.", "6.1.6.", "6.1.7." }));
        var chapter6 = sections.Single(s => s.Title.StartsWith("6. ", StringComparison.Ordinal));
        var s61 = sections.Single(s => s.Title.StartsWith("6.1. ", StringComparison.Ordinal));
        Assert.That(s61.ParentId, Is.EqualTo(chapter6.Id));
        Assert.That(sections.Where(s => s.Title.StartsWith("6.1.", StringComparison.Ordinal) && s != s61).Select(s => s.ParentId), Is.All.EqualTo(s61.Id));
        Assert.That(result.Value.Info.Period?.ToIso(), Is.EqualTo("2024"));
    }

    [Test]
    public async Task Seed001CoversJulyToDecember2021AndHasItsEventHeadings()
    {
        var pipeline = new DocumentPipelineBuilder().Build();
        var result = await pipeline.ProcessFileAsync(Path.Combine(RepoPaths.RepoRoot, "seeds", "001_4990110ad9e10d2f.txt"));
        Assert.That(result.Value!.Info.Period?.ToIso(), Is.EqualTo("2021-07/2021-12"));
        var titles = result.Value.Document.Sections.Select(s => s.Title).ToList();
        Assert.That(titles, Does.Contain("Ceremonia conmemorativa del 238 aniversario del natalicio de Simón Bolívar (24 de julio)"));
        Assert.That(titles, Does.Contain("Novena Reunión Anual de la Rainbow Cities Network (4 y 5 de noviembre)"));
        Assert.That(titles.Any(t => t.StartsWith('2')), Is.False, "page-start debris must not stick to headings");
    }

    [Test]
    public void TwentyThousandHeadingsInARow_EachOpenItsSectionUpToTheNext()
    {
        // Found by the pathological inputs (docs/BENCHMARKS.md, seventh session): the last block of each section was searched for
        // from the document's end, so 50,000 headings took half a minute.
        var doc = Split(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"TEMA DE COOPERACIÓN NÚMERO {i}\n\nTexto del tema.\n\n")));
        var sections = doc.Sections;
        Assert.That(sections.Select(s => s.Title), Is.EqualTo(Enumerable.Range(0, 20_000).Select(i => $"TEMA DE COOPERACIÓN NÚMERO {i}")));
        Assert.That(sections.Zip(sections.Skip(1)).All(p => p.First.Span.End == p.Second.Span.Start), Is.True);
        Assert.That(sections[^1].Span.End, Is.EqualTo(doc.Clean.Text.Length));
    }

    [Test]
    public void ALongRunOfDotsNotEndingInAPageNumber_IsNoContentsEntry()
    {
        var doc = Split("1. INTRODUCCIÓN\n\nTexto " + new string('.', 300_000) + " fin\n\n2. REDES\n\nTexto " + new string('.', 300_000) + "x 3\n\n3. CIERRE\n\nFin.");
        Assert.That(doc.Sections.Select(s => s.Title), Is.EqualTo(new[] { "1. INTRODUCCIÓN", "2. REDES", "3. CIERRE" }));
    }
}
