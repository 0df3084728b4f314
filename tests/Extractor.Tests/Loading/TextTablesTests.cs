using Extractor.Domain;
using Extractor.Loading;
using Extractor.Loading.Text;

namespace Extractor.Tests.Loading;

public sealed class TextTablesTests
{
    [Test]
    public void ColumnsAlignedWithSpacesAreRowsOfCells()
    {
        string[] lines =
        [
            "Tabla 4. Eventos internacionales",
            "Fecha             Actividad                                      Lugar       Organiza",
            "22-24 de marzo    Conferencia de la ONU sobre el Agua 2023       Nueva York  Naciones Unidas",
            "15/06/2023        Asamblea General de MedCities                  Barcelona   MedCities",
            "",
            "En la Conferencia de Nueva York, la delegación intervino el 23 de marzo.",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.Null);
        Assert.That(rows[1], Is.EqualTo(new[] { "Fecha", "Actividad", "Lugar", "Organiza" }));
        Assert.That(rows[3], Is.EqualTo(new[] { "15/06/2023", "Asamblea General de MedCities", "Barcelona", "MedCities" }));
        Assert.That(rows[4], Is.Null);
        Assert.That(rows[5], Is.Null);
    }

    [Test]
    public void CellsCentredOnTheirRow_UnderARuledHeader_GoOnTheNearerRow_TheOneAboveWhenBothAreAsNear()
    {
        string[] lines =
        [
            "Entidad                    Proyecto                             País            Importe (€)",
            "-------------------------------------------------------------------------------------------",
            "                           Atención primaria en salud materna",
            "Medicus Mundi Bizkaia      e infantil en el departamento de     Guatemala        148.500,00",
            "                           Chimaltenango",
            "Zabalketa                  Agua potable y saneamiento en        Mozambique       135.000,00",
            "                           comunidades rurales de Cabo Delgado",
            "                           Gestión comunitaria del agua y",
            "ONGAWA                     cuidado de las fuentes en la región  Tanzania         131.820,00",
            "                           de Iringa",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[3], Is.EqualTo(new[] { "Medicus Mundi Bizkaia", "Atención primaria en salud materna e infantil en el departamento de Chimaltenango", "Guatemala", "148.500,00" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "Zabalketa", "Agua potable y saneamiento en comunidades rurales de Cabo Delgado", "Mozambique", "135.000,00" }));
        Assert.That(rows[8], Is.EqualTo(new[] { "ONGAWA", "Gestión comunitaria del agua y cuidado de las fuentes en la región de Iringa", "Tanzania", "131.820,00" }));
    }

    [Test]
    public void CellsCentredOnRowsSetApartByBlankLines_UnderAHeaderOnTwoLines_GoOnTheNearerRow_AndTheHeaderKeepsItsLowerLine()
    {
        string[] lines =
        [
            "Proyecto        Programa           Socios principales              Periodo    Presupuesto        Parte",
            "                                                                                    total    municipal",
            "",
            "                Horizonte Europa   Universidad de Zaragoza",
            "GREENBLOCKS     (Misión Ciudades)  (coord.), Fundación CIRCE,      2024–2027    9.812.450    1.426.300",
            "                                   Tampere, Eindhoven, VTT",
            "",
            "ZGZ-ALMA        Iniciativa Urbana  ITAINNOVA,                      2025–2028    6.225.000    2.940.000",
            "                Europea (EUI-IA)   Universidad San Jorge, ECODES",
            "",
            "                LIFE (Adaptación   ECODES,",
            "COOLSCHOOLS     al cambio          Universidad de Zaragoza,        2022–2026    3.410.700    1.052.800",
            "                climático)         Ayuntamiento de Sabadell",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[4], Is.EqualTo(new[] { "GREENBLOCKS", "Horizonte Europa (Misión Ciudades)", "Universidad de Zaragoza (coord.), Fundación CIRCE, Tampere, Eindhoven, VTT", "2024–2027", "9.812.450", "1.426.300" }));
        Assert.That(rows[7], Is.EqualTo(new[] { "ZGZ-ALMA", "Iniciativa Urbana Europea (EUI-IA)", "ITAINNOVA, Universidad San Jorge, ECODES", "2025–2028", "6.225.000", "2.940.000" }));
        Assert.That(rows[11], Is.EqualTo(new[] { "COOLSCHOOLS", "LIFE (Adaptación al cambio climático)", "ECODES, Universidad de Zaragoza, Ayuntamiento de Sabadell", "2022–2026", "3.410.700", "1.052.800" }));
        Assert.That(rows[1]!.Where(c => c.Length > 0), Is.EqualTo(new[] { "total", "municipal" }));
    }

    [Test]
    public void CellsWrappedBelowTheirRow_InATableWhoseFirstRowOpensWithIt_StayOnTheRowAbove()
    {
        string[] lines =
        [
            "Entidad                    Proyecto                             País            Importe (€)",
            "-------------------------------------------------------------------------------------------",
            "Zabalketa                  Agua potable y saneamiento en        Mozambique       135.000,00",
            "                           comunidades rurales de Cabo",
            "                           Delgado y Niassa",
            "ONGAWA                     Cuidado de las fuentes en Iringa     Tanzania         131.820,00",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2]![1], Is.EqualTo("Agua potable y saneamiento en comunidades rurales de Cabo Delgado y Niassa"));
    }

    [Test]
    public void ACountryInBracketsAloneOnItsLineUnderAPlace_GoesOnItsCell()
    {
        string[] lines =
        [
            "Destino           Fechas                   Actividad                     Pers.",
            "Arequipa (Perú)   07/05/2024 – 11/05/2024  Encuentro Regional de la OCPM     2",
            "Bogotá            09/07/2024 – 13/07/2024  XXXI Congreso de CIDEU            1",
            "(Colombia)",
            "Lyon (Francia)    22/09/2024 – 28/09/2024  Visita técnica al tranvía         3",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2], Is.EqualTo(new[] { "Bogotá (Colombia)", "09/07/2024 – 13/07/2024", "XXXI Congreso de CIDEU", "1" }));
        Assert.That(rows[4], Is.EqualTo(new[] { "Lyon (Francia)", "22/09/2024 – 28/09/2024", "Visita técnica al tranvía", "3" }));
    }

    [Test]
    public void LinesOfALabelAndFiguresSetWithSingleSpaces_UnderAHeaderOfWords_AreATable_ButASlidesLinesEndingInAYearOrOneFigure_OrUnmarkedFiguresUnderASentence_AreNot()
    {
        string[] lines =
        [
            "Tabla 2. Recursos de cooperación por fuente (COP millones)",
            "Fuente Monto Participación",
            "KOICA 10.230 21,0 %",
            "Unión Europea 7.920 16,3 %",
            "Otras 13 fuentes 16.888 34,7 %",
            "Total 48.620 100,0 %",
            "",
            "Concepto Apropiado Ejecutado",
            "Funcionamiento $ 9.420.000.000 $ 9.105.300.000",
            "Inversión – cooperación $ 6.180.000.000 $ 5.834.500.000",
            "Total $ 15.600.000.000 $ 14.939.800.000",
            "",
            "Informe de actividades",
            "Quito, febrero de 2024",
            "Lima, marzo de 2024",
            "Miembros 45",
            "Países 6",
            "Actividades 38",
            "",
            "Las oficinas regionales atienden en los siguientes horarios y teléfonos",
            "Quito 8 17 2345 6789",
            "Cuenca 9 18 2846 1100",
            "Loja 8 16 2570 3344",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.Null);
        Assert.That(rows[1], Is.EqualTo(new[] { "Fuente", "Monto", "Participación" }));
        Assert.That(rows[2], Is.EqualTo(new[] { "KOICA", "10.230", "21,0 %" }));
        Assert.That(rows[4], Is.EqualTo(new[] { "Otras 13 fuentes", "16.888", "34,7 %" }));
        Assert.That(rows[7], Is.EqualTo(new[] { "Concepto", "Apropiado", "Ejecutado" }));
        Assert.That(rows[9], Is.EqualTo(new[] { "Inversión – cooperación", "$ 6.180.000.000", "$ 5.834.500.000" }));
        Assert.That(rows[12..], Is.All.Null);
    }

    [Test]
    public void RowsSetApartByBlankLines_UnderAWrappedHeader_AreOneTable_AndAPieceUnderTheirColumnsContinuesTheRowAbove()
    {
        string[] lines =
        [
            "      Fecha de       Entidad                          Objeto                                   Vigencia",
            "      suscripción",
            "",
            "      15/03/2023     Agencia de Cooperación           Ejecución del proyecto «Semaforización   3 años",
            "                     Internacional de Corea (KOICA)   inteligente del Centro Histórico",
            "",
            "",
            "      30/06/2023     Universidad Nacional Mayor de    Prácticas preprofesionales de            Hasta el",
            "                     San Marcos (UNMSM)               estudiantes en cooperación               31/12/2025",
            "      12/09/2023     Cámara de Comercio de Lima       Promoción de Lima como destino           2 años",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.EqualTo(new[] { "Fecha de suscripción", "Entidad", "Objeto", "Vigencia" }));
        Assert.That(rows[3], Is.EqualTo(new[] { "15/03/2023", "Agencia de Cooperación Internacional de Corea (KOICA)", "Ejecución del proyecto «Semaforización inteligente del Centro Histórico", "3 años" }));
        Assert.That(rows[7], Is.EqualTo(new[] { "30/06/2023", "Universidad Nacional Mayor de San Marcos (UNMSM)", "Prácticas preprofesionales de estudiantes en cooperación", "Hasta el 31/12/2025" }));
        Assert.That(new[] { rows[1], rows[2], rows[4], rows[5], rows[6], rows[8] }, Is.All.Empty);
    }

    [Test]
    public void ATableRunsOnOverAPageBreak_PastThePageNumberAndTheRunningHeader_WhichStayText()
    {
        string[] lines =
        [
            "      Fecha        Actividad                            Contraparte                    Lugar",
            "      20/07/2023   Visita del embajador del Japón       Embajada del Japón             COE Metropolitano",
            "",
            "                                                Página 43",
            "      Memoria Institucional 2023                                          Municipalidad de Lima",
            "",
            "      25/08/2023   Reunión virtual con el equipo        C40 Cities                     Virtual",
            "                   regional de C40",
            "      18/09/2023   Izamiento del pabellón de Chile      Embajada de Chile              Plaza Mayor",
        ];
        int[] pages = [1, 1, 1, 1, 2, 2, 2, 2, 2];
        var rows = TextTables.AlignedRows(lines, pages);
        Assert.That(rows[6], Is.EqualTo(new[] { "25/08/2023", "Reunión virtual con el equipo regional de C40", "C40 Cities", "Virtual" }));
        Assert.That(rows[8], Is.EqualTo(new[] { "18/09/2023", "Izamiento del pabellón de Chile", "Embajada de Chile", "Plaza Mayor" }));
        Assert.That(rows[3], Is.Null, "the page number stays text, for the cleaner to drop");
        Assert.That(rows[4], Is.Null, "so does the running header");
        var unpaged = TextTables.AlignedRows(lines);
        Assert.That(unpaged[4], Is.Null, "without pages the running header is no row either");
        Assert.That(unpaged[6], Is.EqualTo(new[] { "25/08/2023", "Reunión virtual con el equipo regional de C40", "C40 Cities", "Virtual" }),
            "the rows after it make a table of their own");
    }

    [Test]
    public void RulesDrawnWithDashes_UnderTheHeaderAndAboveTheTotal_GoOnTheTable_AndStayText()
    {
        string[] lines =
        [
            " ------------------------------------------------------------------------------",
            "  Proyecto                      Socios                          Importe (€)",
            " ------------------------------------------------------------------------------",
            "  AGUAMAR – Gestión del agua    Ayuntamiento de Ronda;           412.500,00",
            "  en el Estrecho                Universidad de Málaga",
            "  EMPLEA-JOVEN Estrecho         Región del Oriental; FAMSI       198.000,00",
            " ------------------------------------------------------------------------------",
            "  Total                                                          610.500,00",
            " ------------------------------------------------------------------------------",
            "Fuente: Oficina de Proyectos Europeos.",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.Null);
        Assert.That(rows[1], Is.EqualTo(new[] { "Proyecto", "Socios", "Importe (€)" }));
        Assert.That(rows[2], Is.Null, "a rule stays text");
        Assert.That(rows[3], Is.EqualTo(new[] { "AGUAMAR – Gestión del agua en el Estrecho", "Ayuntamiento de Ronda; Universidad de Málaga", "412.500,00" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "EMPLEA-JOVEN Estrecho", "Región del Oriental; FAMSI", "198.000,00" }));
        Assert.That(rows[7], Is.Not.Null.And.Contains("610.500,00"));
        Assert.That(rows[8], Is.Null);
        Assert.That(rows[9], Is.Null);
    }

    [Test]
    public void AHeaderOverRightAlignedFigures_IsTheTablesFirstRow_AndCellsBreakingOffOnAConnectorGoOnBelow()
    {
        string[] lines =
        [
            " Proyecto                          Socios                              Importe (Bs)   Beneficiarios",
            " -------------------------------------------------------------------------------------------------",
            " Prevención de incendios           Unión Europea; Gobierno Autónomo      3.500.000         12.000",
            " forestales en la Chiquitania      Municipal de San Ignacio de Velasco",
            " Agua para el Chaco cruceño        KOICA; UNICEF                         2.800.000          6.500",
            " Mercados saludables en            Gobierno Autónomo Municipal de        1.100.000          4.200",
            " Santa Cruz de la Sierra           Santa Cruz de la Sierra; FAO",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.EqualTo(new[] { "Proyecto", "Socios", "Importe (Bs)", "Beneficiarios" }));
        Assert.That(rows[2], Is.EqualTo(new[] { "Prevención de incendios forestales en la Chiquitania", "Unión Europea; Gobierno Autónomo Municipal de San Ignacio de Velasco", "3.500.000", "12.000" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "Mercados saludables en Santa Cruz de la Sierra", "Gobierno Autónomo Municipal de Santa Cruz de la Sierra; FAO", "1.100.000", "4.200" }));
        Assert.That(rows[3], Is.Empty);
        Assert.That(rows[6], Is.Empty);
    }

    [Test]
    public void ParagraphsSetApartByBlankLines_AreNoTable()
    {
        string[] lines =
        [
            "La Municipalidad suscribió ocho convenios de cooperación interinstitucional en el año.",
            "",
            "Todos fueron aprobados por el Concejo Metropolitano y comunicados a la APCI.",
        ];
        Assert.That(TextTables.AlignedRows(lines), Is.All.Null);
    }

    [Test]
    public void AFirstCellWrappedInLowerCase_GoesOnTheRowAbove_AndTheTableGoesOn()
    {
        string[] lines =
        [
            "      Fuente                       Modalidad                        Monto (S/)",
            "      KOICA                        Donación                         14 100 000",
            "      JICA (cooperación            Donación en especie              1 002 000",
            "      japonesa)",
            "      CAF                          Cooperación técnica no           1 187 200",
            "                                   reembolsable",
            "      Total                                                         18 600 000",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2], Is.EqualTo(new[] { "JICA (cooperación japonesa)", "Donación en especie", "1 002 000" }));
        Assert.That(rows[3], Is.Empty);
        Assert.That(rows[4], Is.EqualTo(new[] { "CAF", "Cooperación técnica no reembolsable", "1 187 200" }));
    }

    [Test]
    public void ACellWrappedInItsColumnGoesOnTheRowAbove_AndAShortTotalsRowKeepsItsColumns()
    {
        string[] lines =
        [
            "   Fecha        Evento                          Lugar                     Asistentes",
            "   29/01/2024   Encuentro de Cooperantes        Museo La Tertulia                 85",
            "   18/04/2024   Foro Ciudades Biodiversas       Centro de Eventos Valle          650",
            "                                                del Pacífico",
            "   26/04/2024   Conversatorio afrodiaspórico    Teatro Jorge Isaacs              210",
            "                Total                                                            945",
            "   Tabla 2. Eventos del semestre.",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2], Is.EqualTo(new[] { "18/04/2024", "Foro Ciudades Biodiversas", "Centro de Eventos Valle del Pacífico", "650" }));
        Assert.That(rows[3], Is.Empty, "the wrapped piece leaves an empty row behind");
        Assert.That(rows[4], Is.EqualTo(new[] { "26/04/2024", "Conversatorio afrodiaspórico", "Teatro Jorge Isaacs", "210" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "", "Total", "", "945" }));
        Assert.That(rows[6], Is.Null);
    }

    [Test]
    public void ATotalsRowUnderFiguresSetNarrowerThanTheirHeader_IsARowInThoseColumns()
    {
        string[] lines =
        [
            "    Proyecto           Entidad coordinadora          Programa                      Presupuesto   Periodo",
            "    CLIMA-HUERTA       Universidad de Murcia         LIFE                         1.240.500,00   09/2022 – 08/2026",
            "    AQUAREUSE-MED      Eurecat                       Horizonte Europa               685.200,00   01/2023 – 12/2026",
            "    RÍO VIVO           Ayuntamiento de Murcia        Iniciativa Urbana Europea    2.150.000,00   10/2023 – 09/2027",
            "                                                     Total                        4.075.700,00",
            "    Fuente: Servicio de Proyectos Europeos.",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[4], Is.EqualTo(new[] { "", "", "Total", "4.075.700,00", "" }));
        Assert.That(rows[5], Is.Null);
    }

    [Test]
    public void TotalsRowsSetApartByABlankLine_GoOnTheTable()
    {
        string[] lines =
        [
            "      N.º  Proyecto                         Cooperante                 Monto (USD)  Estado",
            "      10   Cultura ciudadana y convivencia  Ayuntamiento de Madrid     120,000.00  En ejecución",
            "      11   Centro de emprendimiento         BCIE                       500,000.00  Cancelado",
            "",
            "           Total cartera                                               620,000.00",
            "           Total vigente (sin proy. 11)                                120,000.00",
            "",
            "      Fuente: Oficina de Cooperación.",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[4], Is.EqualTo(new[] { "", "Total cartera", "", "620,000.00", "" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "", "Total vigente (sin proy. 11)", "", "120,000.00", "" }));
        Assert.That(rows[7], Is.Null);
    }

    [Test]
    public void LinesOfALabelAndASumEndingInOneColumn_AreATwoColumnTable_UnderTheirHeader_AndPageNumbersAreNoSums()
    {
        string[] lines =
        [
            "    Tabla 3. Presupuesto del Servicio en 2024 (euros)",
            "",
            "    Capítulo                                         Crédito definitivo",
            "    1. Gastos de personal                                    412.300,00",
            "    2. Gastos en bienes corrientes y servicios                96.500,00",
            "    Total                                                    508.800,00",
            "",
            "    1. Presentación                                  3",
            "    2. Proyectos europeos                            5",
            "    3. Visitas                                       9",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2], Is.EqualTo(new[] { "Capítulo", "Crédito definitivo" }));
        Assert.That(rows[3], Is.EqualTo(new[] { "1. Gastos de personal", "412.300,00" }));
        Assert.That(rows[5], Is.EqualTo(new[] { "Total", "508.800,00" }));
        Assert.That(rows[0], Is.Null);
        Assert.That(rows.Skip(7), Is.All.Null);
    }

    [Test]
    public void LinesOfALabelAndAWholeNumber_UnderARuledHeader_AreATableOfFigures_ButWithoutTheRuleTheyMayBeContents()
    {
        string[] lines =
        [
            "      El año en cifras",
            "      ----------------------------------------------------------",
            "      Indicador                                             2023",
            "      ----------------------------------------------------------",
            "      Proyectos de cooperación financiados                    38",
            "      Actividades organizadas o coorganizadas                 41",
            "      Participantes en actividades                         2.964",
            "      ----------------------------------------------------------",
            "",
            "      Indicador                                             2023",
            "      Proyectos de cooperación financiados                    38",
            "      Actividades organizadas o coorganizadas                 41",
            "      Participantes en actividades                         2.964",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[2], Is.EqualTo(new[] { "Indicador", "2023" }));
        Assert.That(rows[4], Is.EqualTo(new[] { "Proyectos de cooperación financiados", "38" }));
        Assert.That(rows[6], Is.EqualTo(new[] { "Participantes en actividades", "2.964" }));
        Assert.That(rows.Skip(8), Is.All.Null);
    }

    [Test]
    public void ALoneLineOfColumnsProseWithDoubleSpacesAndTwoCellLinesAreNoTable()
    {
        string[] lines =
        [
            "Ayuntamiento de València · Concejalía de Cooperación      7",
            "1. Presentación                                  3",
            "2. Presupuesto y ejecución                       3",
            "La ciudad  firmó un convenio  con la Fundación Ford y  con el BID.",
            "El taller reunió a 40 personas.",
            "Fecha      Actividad      Lugar",
            "Texto que sigue sin columnas.",
        ];
        Assert.That(TextTables.AlignedRows(lines), Is.All.Null);
    }

    [Test]
    public void ProseTypedWithDoubleSpacesIsNoTable()
    {
        string[] lines =
        [
            "El Ayuntamiento  firmó un convenio  con la Fundación  Ford  y con el Banco",
            "Interamericano  de Desarrollo (BID)  para  financiar  el  programa  de barrios",
            "por  un importe de  1,5 millones  de euros.  El 12 de mayo  se celebró  el Foro",
            "Iberoamericano  de Alcaldes,  al  que  asistieron más de  200  personas  de 15",
            "ciudades.  La  Unión  de Ciudades Capitales  Iberoamericanas  (UCCI)  apoyó la",
            "organización del encuentro  junto  con  la  Organización  de  Estados  Iberoamericanos.",
            "Queda   autorizado   el    Departamento   Ejecutivo  a   regular   la",
            "entretenimientos   y   otros,    otorgando   o  denegando   permisos,",
            "determinando    días    de    funcionamiento,   horarios   y    otras",
        ];
        Assert.That(TextTables.AlignedRows(lines), Is.All.Null);
    }

    [Test]
    public void ColumnsAlignedOnTheRightAreColumnsToo()
    {
        string[] lines =
        [
            "Proyecto                                    Importe        Financiador",
            "Agua potable en Cochabamba             1.250.000 €        AECID",
            "Escuelas rurales en Piura                 85.000 €        Fundación Ford",
            "Movilidad urbana en Quito                450.000 €        BID",
        ];
        var rows = TextTables.AlignedRows(lines);
        Assert.That(rows[0], Is.EqualTo(new[] { "Proyecto", "Importe", "Financiador" }));
        Assert.That(rows[2], Is.EqualTo(new[] { "Escuelas rurales en Piura", "85.000 €", "Fundación Ford" }));
    }

    [Test]
    public void ALineOfMoreRunsThanAnyTableHasIsText()
    {
        var wide = string.Concat(Enumerable.Repeat("ab  ", 100_000));
        Assert.That(TextTables.AlignedRows([wide, wide]), Is.All.Null);
    }

    [Test]
    public void RowsWhoseColumnsDoNotLineUpAreNoTable()
    {
        string[] lines = ["uno  dos  tres", "cuatro            cinco                seis"];
        Assert.That(TextTables.AlignedRows(lines), Is.All.Null);
    }

    [TestCase("| Fecha | Contraparte | Instrumento |", new[] { "Fecha", "Contraparte", "Instrumento" })]
    [TestCase("Fecha | Contraparte | Instrumento", new[] { "Fecha", "Contraparte", "Instrumento" })]
    [TestCase("La ciudad | capital", null)]
    [TestCase("Sin barras", null)]
    [TestCase("│ 25   │ 6    │ +1.200 │", new[] { "25", "6", "+1.200" })]
    public void BarCells(string line, string[]? expected) => Assert.That(TextTables.BarCells(line), Is.EqualTo(expected));

    [TestCase("|------|:---:|", true)]
    [TestCase("---|---", true)]
    [TestCase("| a | b |", false)]
    [TestCase(" ┌──────┬──────┐", true)]
    [TestCase("├──────┼──────┤", true)]
    [TestCase("│ 25   │ 6    │", false)]
    [TestCase("- punto", false)]
    public void Separators(string line, bool expected) => Assert.That(TextTables.IsSeparator(line), Is.EqualTo(expected));

    [Test]
    public async Task PlainTextTablesWithBarsOrAlignedColumnsLoadAsTableRows()
    {
        var dir = Directory.CreateTempSubdirectory("extractor-txt-").FullName;
        try
        {
            var path = Path.Combine(dir, "informe.txt");
            await File.WriteAllTextAsync(path,
                "Convenios firmados\n\n| Fecha      | Contraparte                     |\n|------------|---------------------------------|\n| 13/05/2022 | Área Metropolitana de Barcelona |\n\n" +
                "Proyecto              Fuente         Aporte\nRosario Circular      Unión Europea  2,5 millones de euros\nFrente costero sur    CAF            USD 250.000\n\nTexto final.\n");
            var lines = (await new TextLoader().LoadAsync(path, CancellationToken.None)).Value!.Pages.SelectMany(p => p.Lines).ToList();
            Assert.That(lines.Where(l => l.Role == LineRole.TableRow).Select(l => l.Text), Is.EqualTo(new[]
            {
                "Fecha\tContraparte", "13/05/2022\tÁrea Metropolitana de Barcelona",
                "Proyecto\tFuente\tAporte", "Rosario Circular\tUnión Europea\t2,5 millones de euros", "Frente costero sur\tCAF\tUSD 250.000",
            }));
            Assert.That(lines[3], Is.EqualTo(new SourceLine("", 1, 4)), "the separator row is blank");
            Assert.That(lines[^1], Is.EqualTo(new SourceLine("Texto final.", 1, 11)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
