using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction.Amounts;

namespace Extractor.Tests.Extraction.Amounts;

public sealed class AmountExtractorTests
{
    private static IEnumerable<TestCaseData> Examples() => ExtractionTestKit.Rows("Extraction/Amounts/amounts.es.tsv", 3);

    [TestCaseSource(nameof(Examples))]
    public void FindsTheExpectedAmounts(string text, string expected, string issuerCurrency)
    {
        var input = ExtractionTestKit.Input(text, null, issuerCurrency == "?" ? null : issuerCurrency);
        var found = new AmountExtractor().Extract(input).Cast<AmountMention>().Select(a => $"{ExtractionTestKit.Number(a.Value)} {a.Currency ?? "?"}").ToList();
        var want = expected == "-" ? [] : expected.Split(';').Select(e => e.Split(' ') is var p ? $"{ExtractionTestKit.Number(decimal.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture))} {p[1]}" : e).ToList();
        Assert.That(found, Is.EqualTo(want), text);
    }

    [Test]
    public void ACaptionInMillionsScalesTheTableBelowIt()
    {
        const string text = "Cifras en Millones de Pesos\nAlianzas\t$1.880\nDonación\t$920\nTotal\t$ 2.800";
        var found = new AmountExtractor().Extract(ExtractionTestKit.Input(text, null, "COP")).Cast<AmountMention>().Select(a => a.Value).ToList();
        Assert.That(found, Is.EqualTo(new[] { 1_880_000_000m, 920_000_000m, 2_800_000_000m }));
    }

    /// <summary>The amounts of a text whose lines with tabs are table rows, in a Bogotá report (pesos are COP).</summary>
    private static List<string> InTables(string text)
    {
        var input = new Extractor.Extraction.ExtractionInput(TestDocuments.Build(text), new DocumentContext("test.txt", null, "CO", "COP", []), []);
        return new AmountExtractor().Extract(input).Cast<AmountMention>().Select(a => $"{ExtractionTestKit.Number(a.Value)} {a.Currency ?? "?"}").ToList();
    }

    [Test]
    public void TheEvenlySpacedTicksOfAChartsAxisAreNotSums_ItsBarsLabelsAre()
    {
        const string text = "PRODUCTIVIDAD LABORAL\n$6,000 $5,460.48 $5,000\n$4,000\n$3,000 $2,390.48 $2,000\n$1,000\nPROMEDIO DE LA ZML $646.06";
        var found = new AmountExtractor().Extract(ExtractionTestKit.Input(text, null, "MXN")).Cast<AmountMention>().Select(a => a.Value).ToList();
        Assert.That(found, Is.EqualTo(new[] { 5460.48m, 2390.48m, 646.06m }));
    }

    [TestCase("$4,000\n$3,000 $2,390.48 $2,000\n$1,000\nPROMEDIO DE LA ZML $646.06\n$123.32 $134.08 $0\nCLÚSTER AGROALIMENTARIO", new[] { 2390.48, 646.06, 123.32, 134.08 })]
    [TestCase("TASA DE DESOCUPACIÓN\n8% ZML\n6% TORREÓN 4%\n2% NACIONAL\n$0\n2011", new double[0])]
    [TestCase("TOTAL\n30%\n20%\n10%\n$0 1998 2003", new double[0])]
    [TestCase("Se solicitaron $2,000 y se aprobaron $1,000; el saldo pendiente es de $0.", new[] { 2000, 1000, 0.0 })]
    [TestCase("Cuota de inscripción: $0", new[] { 0.0 })]
    [TestCase("APORTE MUNICIPAL $20,000 APORTE ESTATAL $10,000 APORTE FEDERAL $0", new[] { 20000, 10000, 0.0 })]
    [TestCase("TOTAL\n20%\n10% según datos\n$0", new[] { 0.0 })]
    [TestCase("20% 10% $0.00", new[] { 0.0 })]
    public void ABareZeroAfterTicksSteppingDownToOneStep_IsTheAxisOrigin(string text, double[] expected)
    {
        var found = new AmountExtractor().Extract(ExtractionTestKit.Input(text, null, "MXN")).Cast<AmountMention>().Select(a => (double)a.Value).ToList();
        Assert.That(found, Is.EqualTo(expected));
    }

    [TestCase("Cuotas: $1,000 $2,000 $3,000")]
    [TestCase("Tarifas 2021 $1,000 $2,000 $3,500 $4,000")]
    [TestCase("Aportes: $1,000, $2,000, $3,000 y $4,000")]
    [TestCase("Cuotas\t$5,000\t$10,000\t$15,000\t$20,000")]
    public void FiguresThatDoNotStepEvenlyInARunOfFourOrMore_StaySums(string text)
    {
        var found = new AmountExtractor().Extract(ExtractionTestKit.Input(text, null, "MXN"));
        Assert.That(found, Has.Count.EqualTo(text.Count(c => c == '$')));
    }

    [Test]
    public void AFigureAloneInAColumnWhoseHeaderNamesACurrency_IsASumInIt()
    {
        var found = InTables("Actividad\tInversión estimada de CIDEU (€)\nParticipación en el Congreso de CIDEU\t960,00\n" +
                             "Participación de una persona en la Especialización\t1.980,00\nTotal\t2.940,00");
        Assert.That(found, Is.EqualTo(new[] { "960 EUR", "1980 EUR", "2940 EUR" }));
    }

    [Test]
    public void ATotalsRowOfFewerCells_SumsTheLastColumnsCurrency_WhenThatColumnIsMoney()
    {
        Assert.That(InTables("Entidad\tPaís\tProyecto\tImporte (€)\nFarmamundi\tMauritania\tAgua potable\t84.200,00\nManos Unidas\tMauritania\tCooperativas\t80.000,00\nTotal\t164.200,00"),
            Is.EqualTo(new[] { "84200 EUR", "80000 EUR", "164200 EUR" }));
        Assert.That(InTables("Entidad\tImporte (€)\tProyectos\nFarmamundi\t84.200,00\t3\nManos Unidas\t80.000,00\t2\nTotal\t5"),
            Is.EqualTo(new[] { "84200 EUR", "80000 EUR" }));
    }

    [Test]
    public void ATotalsRowOfFewerCells_SetsItsFiguresUnderTheLastColumns_RightToLeft()
    {
        Assert.That(InTables("Cooperante\tTipo\tValor (millones de pesos)\tValor (USD)\nKOICA\tFinanciera\t21.550\t5.000.000\n" +
                             "PNUD\tTécnica\t2.795\t650.000\nTotal\t24.345\t5.650.000"),
            Is.EqualTo(new[] { "21550000000 COP", "5000000 USD", "2795000000 COP", "650000 USD", "24345000000 COP", "5650000 USD" }));
        // A subtotal closes the sums as a total does.
        Assert.That(InTables("Proyecto\tCooperante\tContrapartida municipal ($)\nLaderas\tKOICA\t6.480.000.000\nBuses\tAFD\t2.150.000.000\nSubtotal contrapartida\t8.630.000.000"),
            Is.EqualTo(new[] { "6480000000 COP", "2150000000 COP", "8630000000 COP" }));
    }

    [Test]
    public void AHeaderNamingTheYearOfItsSums_StillNamesTheirCurrency_AndAFigureOfItsOwnDoesNot()
    {
        Assert.That(InTables("Red\tCuota 2023 (€)\tParticipación\nRECI\t1.200\tGrupo de trabajo\nCCAA\t3.500\tVicepresidencia"),
            Is.EqualTo(new[] { "1200 EUR", "3500 EUR" }));
        Assert.That(InTables("Red\tCuota por 12 meses (€)\tParticipación\nRECI\t1.200\tGrupo de trabajo\nCCAA\t3.500\tVicepresidencia"), Is.Empty);
    }

    [Test]
    public void AHeaderInMillionsOfPesos_ScalesItsColumn_AndOtherColumnsAreNotMoney()
    {
        var found = InTables("Proyecto\tParticipantes\tPresupuesto (millones de pesos)\nHuertas urbanas\t120\t35\nBiodigestores\t40\t12,5");
        Assert.That(found, Is.EqualTo(new[] { "35000000 COP", "12500000 COP" }));
    }

    [Test]
    public void TheMexicanAbbreviationsOfMillions_InAHeaderOrACaption_ScaleTheirFigures_ButNotTheJobsBesideThem()
    {
        var found = InTables("País\tProyectos\tInversión (mdd)\tEmpleos\nJapón\t4\t186.2\t1,120\n\n" +
                             "Cuadro 2. Obra pública por programa (mdp)\nPrograma\tEjercido\nVialidades\t42,5");
        Assert.That(found, Is.EqualTo(new[] { "186200000 USD", "42500000 COP" }));
    }

    [Test]
    public void ARowWhoseLabelNamesACurrency_HoldsSumsInIt_AndTheOtherRowsDoNot()
    {
        var found = InTables("Indicador\t2022\t2023\nDelegaciones recibidas\t31\t38\nFondos europeos captados (€)\t2.140.000\t3.475.000\nConvenios firmados\t5\t7\n" +
                             "Tasa de cambio promedio ($ por USD)\t4.255\t4.325\nProyectos con financiación en euros\t11\t13\n" +
                             "R6. Inversión privada movilizada (millones de MXN)\t—\t8,0\t11,3\t141 %\nR7 2023 (€)\t5\t7");
        Assert.That(found, Is.EqualTo(new[] { "2140000 EUR", "3475000 EUR", "8000000 MXN", "11300000 MXN" }));
    }

    [Test]
    public void SolesInAHeaderOrARowLabel_HoldSumsInPen_ButAShareOverATotalDoesNot()
    {
        var found = InTables("Fuente\tModalidad\tMonto (S/)\nKOICA\tDonación\t14 100 000\nPNUD\tAsistencia técnica\t556 500\nTotal\t\t14 656 500\n\n" +
                             "Indicador\t2022\t2023\nCooperación gestionada (millones de S/)\t15,2\t18,6\n\n" +
                             "Línea\tImporte\t% s/ total\nProyectos\t1.200.000 €\t49,0");
        Assert.That(found, Is.EqualTo(new[] { "14100000 PEN", "556500 PEN", "14656500 PEN", "15200000 PEN", "18600000 PEN", "1200000 EUR" }));
    }

    [Test]
    public void ACaptionEndingInACurrency_MakesItsTablesFiguresSums_ButNotACountsColumn()
    {
        var found = InTables("Cuadro 3. Recursos externos ejecutados en 2023 por socio (US$)\nSocio\tEjecutado 2023\tProyectos\nUnión Europea\t231.000\t4\n" +
                             "JICA\t704.300\t2\nTotal\t935.300\t6\n\nCuadro 4. Recursos por socio (miles de euros)\nSocio\tMonto\nAECID\t120\n\n" +
                             "Cuadro 5. Delegaciones recibidas por país\nPaís\tDelegaciones\nChile\t12");
        Assert.That(found, Is.EqualTo(new[] { "231000 USD", "704300 USD", "935300 USD", "120000 EUR" }));
    }

    [Test]
    public void ACaptionInThousandsOrMillionsOfPesos_AsChileanAccountsOrACodeAndItsScaleWriteThem_ScalesItsTablesSums()
    {
        // "M$" is thousands and "MM$" millions of Chilean pesos; "(COP millones)" writes the scale after the code.
        var found = InTables("Tabla 7.3 Presupuesto del programa 2024 (M$)\nÍtem\tPresupuesto vigente\tEjecutado\nCuotas a redes\t10.500\t9.870\n\n" +
                             "Tabla 7.4 Inversión por fuente (MM$)\nFuente\tMonto\nGORE\t12,5\n\nTabla 7.5 Recursos por fuente (COP millones)\nFuente\tMonto\nKOICA\t10.230");
        Assert.That(found, Is.EqualTo(new[] { "10500000 CLP", "9870000 CLP", "12500000 CLP", "10230000000 COP" }));
    }

    [Test]
    public void ACaptionOverAHeaderSetOnTwoLines_ScalesTheTablesSums()
    {
        var found = InTables("Tabla 6.4. Ejecución presupuestaria 2024 (miles de euros)\nCrédito  Obligaciones\nAplicación\tConcepto\tdefinitivo\treconocidas\n" +
                             "0200.9250.22609\tActividades de relaciones exteriores\t412,5\t386,9");
        Assert.That(found, Is.EqualTo(new[] { "412500 EUR", "386900 EUR" }));
    }

    [Test]
    public void UruguaysPesoSignInACaptionOrAHeader_MakesTheFiguresPesosUruguayos()
    {
        var found = InTables("Tabla 5.4. Ejecución presupuestal 2024 ($U)\nConcepto\tCrédito\tEjecutado\nRemuneraciones\t27.900.000\t27.415.200\n\n" +
                             "Tabla 5.3. Proyectos\nProyecto\tContrapartida IM ($U)\nBarrios que cuidan\t3.450.000");
        Assert.That(found, Is.EqualTo(new[] { "27900000 UYU", "27415200 UYU", "3450000 UYU" }));
    }

    [Test]
    public void AParagraphOverATableSayingWhatItsFiguresAreIn_MakesThemSums_ButNotAPassingMentionOfACurrency()
    {
        var stated = InTables("La Tabla 2 resume el presupuesto de cada proyecto. Los importes se expresan en euros.\nTabla 2. Proyectos europeos\n" +
                              "Proyecto\tPresupuesto\nCAMIÑOS VERDES\t1.482.600,00\n\nLa Tabla 4 recoge los créditos del departamento a 31 de diciembre, en euros.\n\n" +
                              "Aplicación\tCrédito inicial\n920.01.226.06\t70.000,00");
        var passing = InTables("Los valores en dólares se liquidaron con la tasa del día del giro.\n\nTabla 1. Comisiones autorizadas\nDestino\tComisionados\nSeúl\t2");

        Assert.That(stated, Is.EqualTo(new[] { "1482600 EUR", "70000 EUR" }));
        Assert.That(passing, Is.Empty);
    }

    [Test]
    public void AColumnWithoutACurrencyInItsHeader_HoldsNoSums()
    {
        Assert.That(InTables("Indicador\tValor\tPosición\nCompetitividad\t56,3\t4\nInnovación\t41,0\t7"), Is.Empty);
    }

    [Test]
    public void RandomInputNeverThrowsAndSpansMatchTheirText()
    {
        var random = new Random(34055833);
        var extractor = new AmountExtractor();
        for (var round = 0; round < 300; round++)
        {
            var text = ExtractionTestKit.RandomText(random, random.Next(0, 400));
            ExtractionTestKit.AssertWellFormed(text, extractor.Extract(ExtractionTestKit.Input(text, null, "MXN")));
        }
    }

    [Test]
    public void AMegabyteOfPathologicalTextFinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("$ 1.000 mil millones de pesos ", 35_000));
        var watch = Stopwatch.StartNew();
        _ = new AmountExtractor().Extract(ExtractionTestKit.Input(text, null, "MXN"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
