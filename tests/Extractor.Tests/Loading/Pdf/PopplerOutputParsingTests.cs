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
        var twoPages = Layout.Replace("<page width=\"612\" height=\"792\"/>", "<page width=\"612\" height=\"792\"><flow><block xMin=\"1\" yMin=\"1\" xMax=\"9\" yMax=\"9\"><line");
        var firstPageOnly = PopplerLayout.Parse(twoPages);
        Assert.That(firstPageOnly.Pages, Has.Count.EqualTo(1));
        Assert.That(firstPageOnly.Pages[0].Blocks.Single().Lines[0].Text, Is.EqualTo("Gasto <10% R&D a"));
    }

    private const string Fonts = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">
        <pdf2xml producer="poppler" version="22.12.0">
        <page number="1" position="absolute" top="0" left="0" height="842" width="595">
        	<fontspec id="0" size="24" family="Gotham" color="#4bba77"/>
        	<fontspec id="1" size="11" family="Gotham-Book" color="#000000"/>
        	<fontspec id="2" size="11" family="NimbusRomNo9L-Medi" color="#000000"/>
        <text top="100" left="70" width="250" height="24" font="0"><b>AGRADECIMIENTOS</b></text>
        <text top="140" left="70" width="400" height="11" font="1">Este documento fue realizado por el equipo &amp; la <i>Dirección</i></text>
        <text top="160" left="70" width="400" height="11" font="2">Texto en negrita por el nombre de la fuente</text>
        <text top="180" left="70" width="400" height="11" font="1"/>
        <text top="200" left="70" width="400" height="11" font="1">&#160; </text>
        </page>
        </pdf2xml>
        """;

    [Test]
    public void Fonts_GiveEachLineItsSizeAndBoldness()
    {
        var fonts = PopplerFonts.Parse(Fonts);
        Assert.That(fonts.Describe(1, new Box(70, 100, 320, 124)), Is.EqualTo(new LineFont(24.0, true)), "bold by <b>");
        Assert.That(fonts.Describe(1, new Box(70, 140, 470, 151)), Is.EqualTo(new LineFont(11.0, false)));
        Assert.That(fonts.Describe(1, new Box(70, 160, 470, 171)), Is.EqualTo(new LineFont(11.0, true)), "bold by the font's name");
        Assert.That(fonts.Describe(1, new Box(70, 180, 470, 191)), Is.Null, "an empty run is no run");
        Assert.That(fonts.Describe(1, new Box(70, 200, 470, 211)), Is.Null, "a run of spaces is no run");
        Assert.That(fonts.Describe(2, new Box(70, 100, 320, 124)), Is.Null, "no such page");
    }

    [TestCase("<text top=\"140\" left=\"70\" width=\"400\" height=\"11\" font=\"1\"")]
    [TestCase("<text top=\"140\" left=\"70\" width=\"400\" height=\"11\" font=\"1\">Este documento")]
    [TestCase("<fontsp")]
    public void Fonts_OfOutputCutOff_KeepWhatWasComplete(string cut)
    {
        var head = Fonts[..Fonts.IndexOf("<text top=\"140\"", StringComparison.Ordinal)];
        var fonts = PopplerFonts.Parse(head + cut);
        Assert.That(fonts.Describe(1, new Box(70, 100, 320, 124)), Is.EqualTo(new LineFont(24.0, true)));
        Assert.That(fonts.Describe(1, new Box(70, 140, 470, 151)), Is.Null);
    }
}
