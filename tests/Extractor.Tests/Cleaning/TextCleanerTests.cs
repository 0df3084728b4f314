using Extractor.Cleaning;
using Extractor.Domain;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Cleaning;

public sealed class TextCleanerTests
{
    private static CleanDocument Clean(string text) => new TextCleaner().Clean(SourceBuilder.FromText(text));

    /// <summary>The text of each table row the cleaner made, cells joined by tabs, in order.</summary>
    private static IEnumerable<string> TableRows(CleanDocument clean) => clean.Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => clean.Slice(b.Span));

    [TestCase("las ciudades como actores legi-\ntimados del sistema", "las ciudades como actores legitimados del sistema")]
    [TestCase("el Plan de Acción 2021-\n2023 de Metrópolis", "el Plan de Acción 2021-2023 de Metrópolis")]
    [TestCase("con C40 y CGLU-\nÁfrica en la cumbre", "con C40 y CGLU-África en la cumbre")]
    [TestCase("la pandemia por Covid-19\ny la recuperación", "la pandemia por Covid-19 y la recuperación")]
    [TestCase("una línea que se corta\nen dos renglones", "una línea que se corta en dos renglones")]
    public void WrappedLinesAreRejoinedAndRealHyphensKept(string input, string expected) =>
        Assert.That(Clean(input).Text, Is.EqualTo(expected));

    [Test]
    public void DecomposedAccentsAreComposed() =>
        Assert.That(Clean("con CGLU-A\u0301frica y Bogota\u0301").Text, Is.EqualTo("con CGLU-África y Bogotá"));

    [Test]
    public void CharactersNormalizationRefuses_BecomeReplacementCharacters() =>
        Assert.That(Clean("Reunión\uFFFF con CGLU\uD800 en Bogota\u0301").Text, Is.EqualTo("Reunión\uFFFD con CGLU\uFFFD en Bogotá"));

    [Test]
    public void ASubsectionsNumberWithNoStop_OpensATitleOfItsOwn_OverProseOrARunInTitle()
    {
        var prose = string.Concat(Enumerable.Repeat("La cooperación descentralizada se ha vuelto la principal vía de intercambio\n", 20));
        var clean = Clean(prose + "\n8.1 Presentación\nLa Oficina de Cooperación Internacional, adscrita a la Alcaldía, coordina la\n"
                          + "gestión de los recursos de cooperación técnica y financiera del cantón.\n"
                          + "\n8.7 Eventos internacionales en San José\nSemana de Europa. Del 6 al 11 de mayo, la Avenida Central acogió la\n"
                          + "feria organizada con la Delegación de la Unión Europea y varias embajadas.\n");
        Assert.That(clean.Text, Does.Contain("8.1 Presentación\nLa Oficina de Cooperación"));
        Assert.That(clean.Text, Does.Contain("8.7 Eventos internacionales en San José\nSemana de Europa."));
    }

    [Test]
    public void AFigureWithADotOpeningAProseLine_IsNoSectionNumber()
    {
        var prose = string.Concat(Enumerable.Repeat("La cooperación descentralizada se ha vuelto la principal vía de intercambio\n", 20));
        var clean = Clean(prose + "\nEl programa formó a 1.250 personas en\nLa Rioja y Soria con el apoyo de la red de ciudades intermedias del norte.\n");
        Assert.That(clean.Text, Does.Contain("1.250 personas en La Rioja"));
    }

    [Test]
    public void AChronologySetByMonths_KeepsEachMonthAndEachEntryABlockOfItsOwn_OverWrappedEntriesAndPageFurniture()
    {
        var clean = Clean("6.7. Cronología 2024\n\nEnero\n18 – Reunión con el cónsul general de España en Rosario.\n25 – Presentación del plan.\nFebrero\n" +
                          "27 – Webinar de la Resilient Cities Network sobre olas de calor, con una exposición de\nRosario.\n\n" +
                          "9 al 11 – Foro Global del Pacto de Milán.\n\n6.8. Presupuesto\n\nEl crédito asignado fue de $ 412.580.000.\n");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "6.7. Cronología 2024", "Enero", "18 – Reunión con el cónsul general de España en Rosario.", "25 – Presentación del plan.", "Febrero",
            "27 – Webinar de la Resilient Cities Network sobre olas de calor, con una exposición de Rosario.", "9 al 11 – Foro Global del Pacto de Milán.",
            "6.8. Presupuesto", "El crédito asignado fue de $ 412.580.000.",
        }));
    }

    [Test]
    public void LinesOpeningWithAFigureAndADash_WithNoMonthOverThem_StayWrappedProse()
    {
        var clean = Clean("La red creció en el periodo de 2020 a 2024 hasta sumar\n12 – según el último recuento – ciudades miembro de la región.\n");
        Assert.That(clean.Blocks, Has.Count.EqualTo(1));
    }

    [Test]
    public void AShortTitleOverADatelineIsABlockOfItsOwn_AWrappedTitleIsNot()
    {
        var prose = string.Concat(Enumerable.Repeat("La cooperación descentralizada se ha vuelto la principal vía de intercambio\n", 24));
        var clean = Clean(prose + "\nFirma de convenio con la Diputación de Barcelona\nMontevideo, 12 de abril de 2024. El Congreso de Intendentes firmó.\n"
                          + "\nReunión de cortesía con el Embajador de los\nEstados Unidos en México, en la sede del gobierno.\n");
        Assert.That(clean.Text, Does.Contain("Firma de convenio con la Diputación de Barcelona\nMontevideo, 12 de abril"));
        Assert.That(clean.Text, Does.Contain("Reunión de cortesía con el Embajador de los Estados Unidos en México"));
    }

    [Test]
    public void AnItemsDaysOnTheLineUnderItsTitle_AreABlockOfTheirOwn_ButNotInACalendarOfDaysAboveTitles_NorAnAgendasDay()
    {
        var deck = Clean("Agenda internacional\n\nDelegación del Consejo Regional\nde Tánger-Tetuán-Alhucemas\n6-8 de marzo\n12 personas\nAgua, residuos y turismo rural\n");
        Assert.That(deck.Blocks.Select(b => deck.Slice(b.Span)), Is.EqualTo(new[]
        {
            "Agenda internacional", "Delegación del Consejo Regional de Tánger-Tetuán-Alhucemas", "6-8 de marzo", "12 personas Agua, residuos y turismo rural",
        }));
        Assert.That(deck.Blocks.Select(b => b.Kind), Has.None.EqualTo(BlockKind.Heading));

        var calendar = Clean("Calendario 2023\n15 feb.\nTaller de formulación de proyectos · Lima\n12/05/2023\nWebinar «Agua y ciudad» · virtual\n");
        Assert.That(calendar.Blocks.Select(b => calendar.Slice(b.Span)), Has.None.EqualTo("15 feb."));

        var agenda = Clean("Programa de la misión\nLunes 11 de marzo\n09:00 Reunión con la División de Transporte del BID\n");
        Assert.That(agenda.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => agenda.Slice(b.Span)), Is.EqualTo(new[] { "Lunes 11 de marzo" }));
        var untimed = Clean("Agenda\n\nCena de bienvenida en el Mercado del Puerto\nMartes 8 de octubre\nVisita al Puerto de Montevideo y recorrida por las obras.\n");
        Assert.That(untimed.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => untimed.Slice(b.Span)), Is.EqualTo(new[] { "Martes 8 de octubre" }));
    }

    [Test]
    public void AListOfShortNamesOneALine_IsABlockAName_ButANameWrappedAfterAConnectorOrInLowerCaseStaysWhole()
    {
        var logos = Clean("Universidad y sociedad civil\nUniversidad de Málaga\nCAONGD\nCruz Roja Española\nMédicos del Mundo\nCáritas\nFundación Unicaja\n");
        Assert.That(logos.Blocks.Select(b => logos.Slice(b.Span)), Is.EqualTo(new[]
        {
            "Universidad y sociedad civil", "Universidad de Málaga", "CAONGD", "Cruz Roja Española", "Médicos del Mundo", "Cáritas", "Fundación Unicaja",
        }));

        var wrapped = Clean("Entidades\nAgencia Española de Cooperación\nInternacional para el Desarrollo\nUniversidad de\nMálaga\nCruz Roja\nCáritas\n");
        Assert.That(wrapped.Blocks, Has.Count.EqualTo(1));
        var four = Clean("Organismos internacionales\nUNICEF\nUNRWA\nMédicos Sin Fronteras\n");
        Assert.That(four.Blocks, Has.Count.EqualTo(1));
    }

    [Test]
    public void AYearAloneOnItsLine_IsABlockOfItsOwn_OverAChronologysItems()
    {
        var clean = Clean("Hitos del período\n\n2023\n12 DIC · Asamblea General en Montevideo\n\n2024\n15 ENE · Reunión de coordinación\n");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "Hitos del período", "2023", "12 DIC · Asamblea General en Montevideo", "2024", "15 ENE · Reunión de coordinación",
        }));
    }

    [Test]
    public void AHeadingInCapitalsWrappedOverTwoLines_EndsWhereTheTextInMixedCaseBegins()
    {
        var clean = Clean("RONDA INTERNACIONAL DE NEGOCIOS\nVITIVINÍCOLAS\nSe realizó los días 15 y 16 de junio en el Centro de Congresos.\n");
        Assert.That(clean.Text, Does.StartWith("RONDA INTERNACIONAL DE NEGOCIOS VITIVINÍCOLAS\nSe realizó"));
    }

    [Test]
    public void InAShortTextATitleOverADatelineIsABlockOfItsOwn()
    {
        var clean = Clean("Comunicados de prensa 2024\n\nEncuentro de ciudades costeras\nMontevideo, 15 de mayo de 2024. Entre el 10 y el 12 de mayo se realizó el Encuentro.\n");
        Assert.That(clean.Text, Does.Contain("Encuentro de ciudades costeras\nMontevideo, 15 de mayo de 2024."));
    }

    [TestCase("Ciclo de webinarios «Ciudades andinas»\nOrganizado junto con ICLEI, el ciclo se desarrolló entre febrero y junio.", true)]
    [TestCase("Reunión del Consejo Directivo\nEl Consejo Directivo de la Red sesionó de manera virtual el 12 de marzo.", true)]
    [TestCase("Reunión con alcaldesas en el marco del Tercer Foro\nMundial sobre Ciudades y Territorios de Paz, en Bogotá.", false)]
    [TestCase("Pasantía del Proyecto “Plazas de Mercado\nPúblicas” en la Ciudad de México, con la ucci.", false)]
    [TestCase("Sesión inaugural del Foro Mundial sobre\nLa Ciudad y los Territorios de Paz, en Bogotá.", false)]
    public void AShortTitleOverASentencesFirstWordIsABlockOfItsOwn(string block, bool split)
    {
        var prose = string.Concat(Enumerable.Repeat("La cooperación descentralizada se ha vuelto la principal vía de intercambio\n", 24));
        var clean = Clean(prose + "\n" + block + "\n");
        Assert.That(clean.Text.Contains(block, StringComparison.Ordinal), Is.EqualTo(split), clean.Text[^200..]);
    }

    // The prose is wrapped at 76 characters; a full line below a title whose first word would have fitted after it.
    [TestCase("Memorándum de entendimiento con la Empresa Portuaria Valparaíso\nA comienzos de abril, la alcaldía y la Empresa Portuaria Valparaíso (EPV) firmaron", true)]
    [TestCase("Visita de estudio a las ciudades portuarias neerlandesas\nValparaíso envió en noviembre una delegación de cinco profesionales a Europa", true)]
    // A line that may end inside a name the next line goes on with.
    [TestCase("Reunión con la Agencia de Cooperación y la Unión de Ciudades\nCapitales Iberoamericanas (UCCI), ocasión en la que se presentaron los proyectos", false)]
    // A line telling what was done is prose, however short.
    [TestCase("La visita de la delegación de Uruguaiana se concretó\nDurante los días 4 y 5 de marzo los técnicos de ambas ciudades recorrieron", false)]
    // A wrapped paragraph's first line: the next word did not fit.
    [TestCase("La cooperación descentralizada se ha vuelto la principal vía de un\nIntercambio técnico entre gobiernos locales de la región y de Europa, con", false)]
    // A short line over a short one (a list of items, one per line), and a record's next field.
    [TestCase("XIII Feria Internacional del Libro de Quito, Ecuador\nPresentación del proyecto entre músicos\nde Israel y México", false)]
    [TestCase("Curso: 4a Edición de la Certificación para la Justicia en México\nFecha: a partir del 27 de septiembre de 2021, con 183 participantes en línea", false)]
    public void ATitleWhoseNextLinesFirstWordWouldHaveFittedAfterIt_IsABlockOfItsOwn(string block, bool split)
    {
        var prose = string.Concat(Enumerable.Repeat("La cooperación descentralizada se ha vuelto la principal vía de intercambio\n", 24));
        var clean = Clean(prose + "\n" + block + "\n");
        var firstLine = block[..block.IndexOf('\n')];
        Assert.That(clean.Text.Contains(firstLine + "\n", StringComparison.Ordinal), Is.EqualTo(split), clean.Text[^200..]);
    }

    [Test]
    public void AHeadlineInCapitals_IsABlockOfItsOwn_BetweenItsNumberAndItsDateline_AndAnAcronymUnderANameStaysWithIt()
    {
        var clean = Clean("RED DE CIUDADES ANDINAS\nRCA\n\nBoletín N.º 001-2024\nALCALDÍA Y AME FIRMAN CONVENIO PARA FORTALECER LA GESTIÓN DE\n" +
                          "RIESGOS EN LAS PARROQUIAS RURALES\nLoja, 12 de enero de 2024.- El alcalde de Loja y el presidente de la\nAME firmaron un convenio.");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "RED DE CIUDADES ANDINAS RCA",
            "Boletín N.º 001-2024",
            "ALCALDÍA Y AME FIRMAN CONVENIO PARA FORTALECER LA GESTIÓN DE RIESGOS EN LAS PARROQUIAS RURALES",
            "Loja, 12 de enero de 2024.- El alcalde de Loja y el presidente de la AME firmaron un convenio.",
        }));
    }

    [Test]
    public void InTextKeepingEachParagraphOnOneLine_AParagraphWrappedAtAWidthStaysOne()
    {
        var paragraph = string.Concat(Enumerable.Repeat("La Intendencia de Salto firmó un convenio con la Agencia Uruguaya de Cooperación Internacional. ", 2));
        var lines = string.Concat(Enumerable.Repeat(paragraph + "\n", 12));
        var clean = Clean(lines + "El 12 de mayo se realizó en Salto el Encuentro Regional de Ciudades\nInteligentes, organizado por el Banco Interamericano de\n" +
                          "Desarrollo (BID), con la participación de\n150 asistentes de ocho ciudades.\n" + paragraph);
        Assert.That(clean.Text, Does.Contain("Encuentro Regional de Ciudades Inteligentes, organizado por el Banco Interamericano de Desarrollo (BID), con la participación de 150 asistentes"));
        Assert.That(clean.Blocks.Count(b => clean.Slice(b.Span) == paragraph.TrimEnd()), Is.EqualTo(13), "the other lines are blocks of their own");
    }

    [Test]
    public void ATableSetOneCellPerLine_BecomesRowsOfCells_OverAPageBreak_WithItsTotal()
    {
        var clean = Clean("Tabla 6.2. Proyectos con mayor financiación municipal (2023)\n\nProyecto\nPaís\nEntidad\nImporte (€)\n" +
                          "Agua potable en comunidades rurales de Morazán\nEl Salvador\nFundación Hegoalde\n148.200,00\n" +
                          "Emprendimientos de mujeres rurales de Oruro\n\nBolivia\nAsociación Lurra Solidaria\n126.750,00\n" +
                          "Total\n274.950,00\n\nEn su primer año, estos proyectos llegaron a 6.250 personas.");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Proyecto\tPaís\tEntidad\tImporte (€)",
            "Agua potable en comunidades rurales de Morazán\tEl Salvador\tFundación Hegoalde\t148.200,00",
            "Emprendimientos de mujeres rurales de Oruro\tBolivia\tAsociación Lurra Solidaria\t126.750,00",
            "Total\t274.950,00",
        }));
        Assert.That(clean.Map.Locate(clean.Text.IndexOf("Bolivia", StringComparison.Ordinal)).Line, Is.EqualTo(13), "each cell keeps its line");
    }

    [TestCase("Fecha\nDelegación\nObjeto\nRosario\nCórdoba\nMendoza\nSalta\nJujuy\nTucumán")]
    [TestCase("Fecha\nDelegación\nObjeto\n14/02/2023\nCusco\nVisita técnica\nEl programa siguió con una visita al puerto y una cena.")]
    public void ShortLinesWithoutAFigureInEveryRow_OrWithOneRowOnly_AreNoTable(string text) =>
        Assert.That(Clean(text).Blocks.Where(b => b.Kind == BlockKind.TableRow), Is.Empty);

    [Test]
    public void BlankLinesSeparateBlocks()
    {
        var clean = Clean("Primer párrafo\nsigue aquí.\n\nSegundo párrafo.");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[] { "Primer párrafo sigue aquí.", "Segundo párrafo." }));
    }

    [Test]
    public void EachItemOfAChronologyOpeningWithItsDate_IsABlock_WithTheLinesItWrapsOnto()
    {
        var clean = Clean("6. VISITAS RECIBIDAS\n2 de febrero. Visita de cortesía del embajador de Senegal, recibido por el\n  alcalde.\n" +
                          "8 y 9 de febrero. Reunión de lanzamiento (Funchal).\n13 al 15 de marzo de 2023. Visita técnica de la Región.\n\n" +
                          "El 4 de mayo se firmó el convenio y el\n5 de mayo. comenzó la obra.");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "6. VISITAS RECIBIDAS", "2 de febrero. Visita de cortesía del embajador de Senegal, recibido por el alcalde.",
            "8 y 9 de febrero. Reunión de lanzamiento (Funchal).", "13 al 15 de marzo de 2023. Visita técnica de la Región.",
            "El 4 de mayo se firmó el convenio y el 5 de mayo. comenzó la obra.",
        }));
    }

    [Test]
    public void TableRowsStayRowsWithTheirCells()
    {
        var clean = Clean("Entidad\tMonto\nIDU\t$ 1.000\nSDP\t$ 2.000");
        Assert.That(clean.Blocks, Has.Count.EqualTo(3));
        Assert.That(clean.Blocks.All(b => b.Kind == BlockKind.TableRow));
        Assert.That(clean.Slice(clean.Blocks[1].Span), Is.EqualTo("IDU\t$ 1.000"));
    }

    [Test]
    public void AContentsLineIsARow_ALongLineOfFiguresEndingInADigitIsAParagraph()
    {
        var figures = string.Join(' ', Enumerable.Range(1, 40_000).Select(i => "$" + i));
        var clean = Clean("Presentación ........ 3\n\n" + figures);
        Assert.That(clean.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.TableRow, BlockKind.Paragraph }));
    }

    [Test]
    public void VerticalSidebarDebrisIsRemovedAndItsTailUnglued()
    {
        var text = "Texto del informe que sigue normal.\n\nIN\nFO\n\nRM\nE \n\nSE\nM\n\nES\nTR\n\nAL\n 2\n\n02\n1-\n\n2\n 2Presentación de la agenda\n\nOtro párrafo.";
        var clean = Clean(text);
        Assert.That(clean.Text, Does.Not.Contain("IN\n").And.Not.Contain("TR"));
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Does.Contain("Presentación de la agenda"));
    }

    [Test]
    public void SymbolOnlyLinesAreDropped()
    {
        var clean = Clean("Antes.\n\n••\n• •\n\nDespués.");
        Assert.That(clean.Text, Is.EqualTo("Antes.\nDespués."));
    }

    [Test]
    public void EachDayOfADatedListOpensABlock_WhetherAFullStopOrAGutterFollowsIt()
    {
        var clean = Clean("10 de junio        Buenos Aires. Reunión con la Secretaría General\n                   del Gobierno de la Ciudad.\n" +
                          "11 de junio. Encuentro con la colectividad gallega.\n12 de junio        Montevideo. Firma del memorando.");

        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "10 de junio        Buenos Aires. Reunión con la Secretaría General del Gobierno de la Ciudad.",
            "11 de junio. Encuentro con la colectividad gallega.",
            "12 de junio        Montevideo. Firma del memorando.",
        }));
    }

    [Test]
    public void RunningHeadersFootersAndPageNumbersAreRemoved()
    {
        var pages = Enumerable.Range(1, 5).Select(p =>
            $"Informe Semestral 2021 — Página {p}\n\nContenido propio de la página {p}, con texto que no se repite.\n\n{p}");
        var clean = Clean(string.Join("\f", pages));
        Assert.That(clean.Text, Does.Not.Contain("Informe Semestral"));
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Has.All.StartWith("Contenido propio"));
    }

    [Test]
    public void AFigureAtAPagesEdgeOutOfStepWithThePageNumbers_IsThePagesText()
    {
        // Pages 1–5 printed as 87–91; the third opens with "8", the last cell of a table's row cut by the page break.
        var pages = Enumerable.Range(1, 5).Select(p =>
            (p == 3 ? "Reunión preparatoria del aniversario\n8\n" : "") + $"Contenido propio de la página {p}, con texto que no se repite.\n\n{86 + p}");
        var clean = Clean(string.Join("\f", pages));
        Assert.That(clean.Text, Does.Contain("aniversario 8"));
        Assert.That(clean.Text, Does.Not.Contain("89"));
    }

    [Test]
    public void EveryCleanOffsetMapsBackToItsSourceLineAndColumn()
    {
        var clean = Clean("Título\n\nUna frase que se\nparte en la línea dos.");
        var offset = clean.Text.IndexOf("parte", StringComparison.Ordinal);
        var at = clean.Map.Locate(offset);
        Assert.That((at.Line, at.Column), Is.EqualTo((4, 1)));
        var title = clean.Map.Locate(clean.Text.IndexOf("tulo", StringComparison.Ordinal));
        Assert.That((title.Line, title.Column), Is.EqualTo((1, 3)));
    }

    [Test]
    public void ConsecutiveEnumeratedLinesAreListItems()
    {
        var clean = Clean("Redes:\n\n1. C40 Cities\n2. UCCI\n3. CGLU");
        Assert.That(clean.Blocks.Skip(1).Select(b => b.Kind), Is.All.EqualTo(BlockKind.ListItem));
    }

    [Test]
    public void ALongRunOfLeadersIsAContentsLineOnlyWhenAPageNumberEndsIt()
    {
        // 400,000 dots: the contents-line pattern read the rest of the run again from each dot when no number followed it.
        var dots = new string('.', 400_000);
        var clean = Clean($"Presentación {dots} 3\n\nTexto {dots}x 3\n\nTexto {new string('…', 300_000)}x 3");
        Assert.That(clean.Blocks.Select(b => b.Kind), Is.EqualTo(new[] { BlockKind.TableRow, BlockKind.Paragraph, BlockKind.Paragraph }));
    }

    [Test]
    public void ALabelAndItsNumberOverAHeadline_IsABlockOfItsOwn()
    {
        var clean = Clean("Comunicado 0398\nFirman Municipio y Banco Mundial acuerdo de asistencia técnica\n\nSantiago de Querétaro, Qro., 27 de mayo de 2024.- El Municipio firmó.");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)).Take(2),
            Is.EqualTo(new[] { "Comunicado 0398", "Firman Municipio y Banco Mundial acuerdo de asistencia técnica" }));
    }

    [Test]
    public void ATableOfTwoColumnsSetOneCellPerLine_IsReadRowByRow_FromThreeRows()
    {
        var clean = Clean("Tabla 2. Personas beneficiarias directas por país\nPaís\nBeneficiarias directas\nPerú\n6.210\nSenegal\n4.870\nGuatemala\n2.940\nTotal\n14.020\n\n" +
                          "Texto posterior.");
        Assert.That(TableRows(clean),
            Is.EqualTo(new[] { "País\tBeneficiarias directas", "Perú\t6.210", "Senegal\t4.870", "Guatemala\t2.940", "Total\t14.020" }));

        // Two rows of two lines are as likely a list of figures under their labels: left as they are.
        var twoRows = Clean("Indicadores\nPaís\nBeneficiarias\nPerú\n6.210\nSenegal\n4.870\n\nTexto posterior.");
        Assert.That(twoRows.Blocks.Any(b => b.Kind == BlockKind.TableRow), Is.False);
    }

    [Test]
    public void AFormsFieldsSetInColumns_AreABlockEach_AndAWrappedValueGoesOnItsField()
    {
        var clean = Clean("Comisionado(s):              Laura Inés Camacho Rueda – Directora\n                             Andrés Ortiz Mejía – Asesor\n" +
                          "Delegación:                  2 servidores\nFechas de la comisión:       3 al 7 de marzo de 2024\n");
        Assert.That(clean.Blocks.Select(b => clean.Slice(b.Span)), Is.EqualTo(new[]
        {
            "Comisionado(s):              Laura Inés Camacho Rueda – Directora Andrés Ortiz Mejía – Asesor",
            "Delegación:                  2 servidores",
            "Fechas de la comisión:       3 al 7 de marzo de 2024",
        }));

        // Fields written as running text, one space after the colon, are one record, read as such by the extractors.
        var record = Clean("Curso: Destrezas de Litigación Oral.\nObjetivo: Dirigida al personal ministerial.\nFechas: del 8 al 10 de noviembre.\n");
        Assert.That(record.Blocks, Has.Count.EqualTo(1));
    }

    [Test]
    public void ATableOfFourColumnsSetOneCellPerLine_KeepsRowsWhoseFigureColumnsHoldAFewWords_AndEndsAtItsTotal()
    {
        var clean = Clean("Cuadro 1. Convenios vigentes\nContraparte\nFecha de firma\nVigencia\nMonto comprometido\n" +
                          "Agencia de Cooperación Internacional del Japón (JICA)\n14/03/2022\n2022-2025\nUS$ 1.250.000\n" +
                          "Delegación de la Unión Europea en Costa Rica\n09/12/2022\n36 meses\n€ 850.000\n" +
                          "Universidad de Costa Rica (UCR)\n03/02/2023\nhasta el 02/02/2025\n₡45.000.000\n" +
                          "Total\n₡5.215.000\nForo «Ciudades con Futuro» de CAF (Bogotá, 13 de julio)\nLa jefa de la OCRI expuso la experiencia del Observatorio en el\n" +
                          "panel sobre datos abiertos del foro.\n");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Contraparte\tFecha de firma\tVigencia\tMonto comprometido",
            "Agencia de Cooperación Internacional del Japón (JICA)\t14/03/2022\t2022-2025\tUS$ 1.250.000",
            "Delegación de la Unión Europea en Costa Rica\t09/12/2022\t36 meses\t€ 850.000",
            "Universidad de Costa Rica (UCR)\t03/02/2023\thasta el 02/02/2025\t₡45.000.000",
            "Total\t₡5.215.000",
        }));

        // A header may name a year: "Socio" / "Ejecutado 2023".
        var twoColumns = Clean("Cuadro 3. Recursos por socio (US$)\nSocio\nEjecutado 2023\nUnión Europea\n231.000\nJICA\n704.300\nBID\n118.500\n\nTexto posterior.");
        Assert.That(twoColumns.Blocks.Count(b => b.Kind == BlockKind.TableRow), Is.EqualTo(4));
    }

    [Test]
    public void ATableSetOneCellPerLine_KeepsADashAsAnEmptyCell_AndATotalOfSeveralFigures()
    {
        var clean = Clean("Cuadro 2. Becas y pasantías 2024\nPrograma\nInstitución contraparte\nEstudiantes\nMonto (CLP)\n" +
                          "Becas «Concepción Global»\nLiceos municipales de Concepción\n24\n76.800.000\n" +
                          "Pasantías en la ORIC\nUniversidad de Burdeos y UdeC\n6\n—\n" +
                          "Pasantías convenio UBB\nUniversidad del Bío-Bío\n5\n4.000.000\n" +
                          "Total\n35\n80.800.000\n\n5. REDES DE CIUDADES\n\nTexto posterior.\n\n———\n");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Programa\tInstitución contraparte\tEstudiantes\tMonto (CLP)",
            "Becas «Concepción Global»\tLiceos municipales de Concepción\t24\t76.800.000",
            "Pasantías en la ORIC\tUniversidad de Burdeos y UdeC\t6\t—",
            "Pasantías convenio UBB\tUniversidad del Bío-Bío\t5\t4.000.000",
            "Total\t35\t80.800.000",
        }));
        // A rule of dashes outside a table is still layout debris.
        Assert.That(clean.Text, Does.Not.Contain("———"));
    }

    [Test]
    public void ATableSetOneCellPerLine_TakesAColumnOfSharesHeadedByAPercentSign()
    {
        var clean = Clean("Cuadro 3.2. Ejecución del presupuesto 2024 por programas (euros)\nPrograma\nPresupuesto\nEjecutado\n%\n" +
                          "Proyectos de cooperación\n280.000,00\n271.450,00\n96,9\nAyuda humanitaria\n100.000,00\n95.000,00\n95,0\n" +
                          "Total\n380.000,00\n366.450,00\n96,4\n\nEl presupuesto se ejecutó casi por completo.\n");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Programa\tPresupuesto\tEjecutado\t%",
            "Proyectos de cooperación\t280.000,00\t271.450,00\t96,9",
            "Ayuda humanitaria\t100.000,00\t95.000,00\t95,0",
            "Total\t380.000,00\t366.450,00\t96,4",
        }));
    }

    [Test]
    public void ATableSetOneCellPerLine_GoesOnAfterASubtotalRow_ToItsTotal()
    {
        var clean = Clean("Tabla 4. Aportes por fuente\nFuente\nCooperante\nMonto ($)\nLaderas\nKOICA\n6.480.000.000\nSubtotal\ncooperación\n6.480.000.000\n" +
                          "Buses\nMunicipio\n2.150.000.000\nTotal\n8.630.000.000\n\nEl municipio aportó además recursos propios.\n");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Fuente\tCooperante\tMonto ($)", "Laderas\tKOICA\t6.480.000.000", "Subtotal\tcooperación\t6.480.000.000", "Buses\tMunicipio\t2.150.000.000",
            "Total\t8.630.000.000",
        }));
    }

    [Test]
    public void ATableSetOneCellPerLine_EndsWithASubtotalRow()
    {
        var clean = Clean("Tabla 6.3. Proyectos con financiación internacional\nProyecto\nCooperante\nContrapartida municipal ($)\n" +
                          "Gestión del riesgo en laderas\nKOICA\n6.480.000.000\nBuses eléctricos\nAFD\n2.150.000.000\n" +
                          "Subtotal contrapartida\n8.630.000.000\n\nEl municipio aportó además recursos propios.\n");
        Assert.That(TableRows(clean), Is.EqualTo(new[]
        {
            "Proyecto\tCooperante\tContrapartida municipal ($)",
            "Gestión del riesgo en laderas\tKOICA\t6.480.000.000",
            "Buses eléctricos\tAFD\t2.150.000.000",
            "Subtotal contrapartida\t8.630.000.000",
        }));
    }
}
