using Extractor.Domain;

namespace Extractor.Tests.Fixtures;

/// <summary>Builds source documents from text for tests: pages separated by form feeds, lines by \n.</summary>
public static class SourceBuilder
{
    public static SourceDocument FromText(string text, string path = "test.txt")
    {
        var pages = text.Split('\f').Select((page, p) =>
            new SourcePage(p + 1, page.Split('\n').Select((line, i) =>
                new SourceLine(line, p + 1, i + 1, line.Contains('\t') ? LineRole.TableRow : LineRole.Text)).ToList())).ToList();
        return new SourceDocument(path, new string('a', 64), DocumentFormat.Text, pages);
    }
}
