using Extractor.Loading.Pdf;

namespace Extractor.Tests.Loading.Pdf;

/// <summary>The hand-rolled readers of Poppler's -bbox-layout XHTML, on the shapes Poppler writes, including the awkward ones.</summary>
public class PopplerOutputParsingTests
{
    private const string Layout = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <title>Informe &amp; Memoria &#8211; 2021</title>
        <meta name="Creator" content="Writer"/>
        </head>
        <body>
        <doc>
          <page width="595.000000" height="842.000000">
            <flow>
              <block xMin="10.5" yMin="20" xMax="200" yMax="40">
                <line xMin="10.5" yMin="20" xMax="200" yMax="30">
                  <word xMin="10.5" yMin="20" xMax="50" yMax="30">Gasto</word>
                  <word xMin="55" yMin="20" xMax="80" yMax="30">&lt;10%</word>
                  <word xMin="85" yMin="20" xMax="90" yMax="30">R&#x0026;D</word>
                  <word xMin="95" yMin="20" xMax="99" yMax="30">a</word>
                </line>
                <line xMin="10" yMin="31" xMax="200" yMax="40">
                  <word xMin="10" yMin="31" xMax="40" yMax="40"></word>
                </line>
              </block>
            </flow>
          </page>
          <page width="612" height="792"/>
        </doc>
        </body>
        </html>
        """;

    [Test]
    public void Parse_ReadsTitlePagesBlocksLinesAndDecodesEntities()
    {
        var layout = PopplerLayout.Parse(Layout.Replace("<word xMin=\"95\" yMin=\"20\" xMax=\"99\" yMax=\"30\">a</word>", "<word xMin=\"95\" yMin=\"20\" xMax=\"99\" yMax=\"30\">a\u0001b</word>"));
        Assert.That(layout.Title, Is.EqualTo("Informe & Memoria – 2021"));
        Assert.That(layout.Pages.Select(p => (p.Number, p.Width, p.Height)), Is.EqualTo(new[] { (1, 595.0, 842.0), (2, 612.0, 792.0) }));
        var block = layout.Pages[0].Blocks.Single();
        Assert.That(block.Box, Is.EqualTo(new Box(10.5, 20, 200, 40)));
        // The second line has only an empty word, so it is dropped; a control character becomes U+FFFD.
        Assert.That(block.Lines.Select(l => l.Text), Is.EqualTo(new[] { "Gasto <10% R&D a\uFFFDb" }));
        Assert.That(block.Lines[0].Box, Is.EqualTo(new Box(10.5, 20, 200, 30)));
        Assert.That(layout.Pages[1].Blocks, Is.Empty);
    }

    [Test]
    public void Parse_OfTruncatedOutput_KeepsTheCompletePagesOnly()
    {
        var cut = Layout[..Layout.IndexOf("</line>", StringComparison.Ordinal)];
        Assert.That(PopplerLayout.Parse(cut).Pages, Is.Empty);
        Assert.That(PopplerLayout.Parse("").Pages, Is.Empty);
    }
}
