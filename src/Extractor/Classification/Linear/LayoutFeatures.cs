namespace Extractor.Classification.Linear;

/// <summary>Where a unit stands among its document's units: the shapes of the units before and after it (null at either end), its index and their number.</summary>
/// <param name="Index">The unit's index, from 0 to <paramref name="Count"/> − 1.</param>
public sealed record UnitNeighbours(TextShape? Previous, TextShape? Next, int Index, int Count)
{
    public int Index { get; } = Index >= 0 && Index < Count ? Index
        : throw new ArgumentOutOfRangeException(nameof(Index), Index, $"A unit's index lies in [0, {Count}).");
}

/// <summary>
/// Features of a text's shape rather than its words, from its <see cref="TextShape"/>: digits, capitals, lines by kind
/// (list, table, leader, page reference, article, division, capitals, sentence, percent, money, code, question, numbers
/// only, long, short), line length, years, words by kind (past tense, capitalised names, acronyms), sentence length and
/// the densities of <see cref="CueWords"/>; then the unit's own length, heading level and position; then, for a section
/// unit, the same shape ratios over its whole document ("doc_…"), because what a section is depends on the kind of
/// document around it (an entry of a gazette's summary reads like the article of an ordinance); then the shapes of the units
/// before and after it ("prev_…", "next_…") and its place among its document's units. The shape ratios mean the
/// same in every document, unlike n-grams, which with few training documents mostly learn each document's vocabulary.
/// Every value lies in [0, 1].
/// </summary>
public static class LayoutFeatures
{
    /// <summary>Names of the shape ratios, computed for the unit and (prefixed "doc_") for its document.</summary>
    public static readonly IReadOnlyList<string> ShapeNames =
    [
        "digit_ratio", "capitals_ratio", "list_lines", "table_lines", "numbers_per_line", "leader_lines", "short_lines",
        "long_lines", "page_number_lines", "article_lines", "division_lines", "capital_lines", "sentence_lines", "percent_lines",
        "money_lines", "code_lines", "question_lines", "number_only_lines", "mean_line_length", "years_per_line",
        "past_tense_words", "capitalised_words", "acronyms", "words_per_sentence",
        .. CueWords.Names,
    ];

    /// <summary>Names of the features of the unit alone: its size, heading and place in the document.</summary>
    public static readonly IReadOnlyList<string> UnitNames =
    [
        "log_length", "log_lines", "level_0", "level_1", "level_2", "level_3", "level_4_plus", "title_empty", "title_log_length",
        "position", "position_start", "position_end",
    ];

    /// <summary>Names of the features of the unit's place in its document's sequence of units.</summary>
    public static readonly IReadOnlyList<string> SequenceNames = ["unit_fraction", "no_previous", "no_next"];

    /// <summary>
    /// Feature names in index order, as saved in model files: shape, unit, the document's shape, then the previous and the
    /// next unit's shapes and the unit's place among its document's units.
    /// </summary>
    public static readonly IReadOnlyList<string> Names =
    [
        .. ShapeNames, .. UnitNames, .. ShapeNames.Select(n => "doc_" + n),
        .. ShapeNames.Select(n => "prev_" + n), .. ShapeNames.Select(n => "next_" + n), .. SequenceNames,
    ];

    /// <summary>Index of the first document-shape feature.</summary>
    public static int DocumentOffset => ShapeNames.Count + UnitNames.Count;

    /// <summary>Index of the first neighbour feature (the previous unit's shape, then the next's, then <see cref="SequenceNames"/>).</summary>
    public static int NeighbourOffset => DocumentOffset + ShapeNames.Count;

    /// <summary>
    /// Whether the feature at <paramref name="index"/> is a ratio of a shape (the unit's, its document's or a neighbour's)
    /// or of the unit's place among the units, rather than the unit's size, heading level or position.
    /// </summary>
    public static bool IsShapeRatio(int index) => index < ShapeNames.Count || index >= DocumentOffset;

    /// <summary>Computes the layout features of a text on its own (its document's shape left at 0).</summary>
    /// <param name="title">The heading, or "" for untitled text.</param>
    /// <param name="text">The whole text (heading included for sections).</param>
    /// <param name="level">Heading level (0 for front matter or documents).</param>
    /// <param name="position">Where the text starts in its document, from 0 to 1.</param>
    public static double[] Compute(string title, string text, int level, double position) => Compute(title, TextShape.Of(text), level, position, null);

    /// <summary>Computes the layout features of a text from its shape and, when given, its document's and its neighbours'.</summary>
    /// <param name="document">The shape of the whole document the text belongs to; null leaves the "doc_" features at 0.</param>
    /// <param name="neighbours">The units before and after it; null leaves the "prev_", "next_" and sequence features at 0.</param>
    public static double[] Compute(string title, TextShape shape, int level, double position, TextShape? document, UnitNeighbours? neighbours = null)
    {
        var f = new double[Names.Count];
        Shape(shape, f, 0);
        var u = ShapeNames.Count;
        f[u] = Math.Min(1, Math.Log(1 + shape[ShapeCount.Chars]) / Math.Log(1 + 50_000));
        f[u + 1] = Math.Min(1, Math.Log(1 + shape[ShapeCount.Lines]) / Math.Log(1 + 2000));
        f[u + 2 + Math.Clamp(level, 0, 4)] = 1;
        f[u + 7] = title.Trim().Length == 0 ? 1 : 0;
        f[u + 8] = Math.Min(1, Math.Log(1 + title.Length) / Math.Log(1 + 200));
        f[u + 9] = Math.Clamp(position, 0, 1);
        f[u + 10] = position < 0.05 ? 1 : 0;
        f[u + 11] = position > 0.9 ? 1 : 0;
        if (document is not null) Shape(document, f, DocumentOffset);
        if (neighbours is not null) Neighbours(neighbours, f);
        return f;
    }

    /// <summary>
    /// The previous and next units' shape ratios (left at 0 when there is none, with "no_previous" / "no_next" set) and the
    /// unit's index among its document's units as a fraction: sections of one type come in runs (a chapter of activities,
    /// a block of tariffs), so the shape of the text around a unit says something of what it is.
    /// </summary>
    private static void Neighbours(UnitNeighbours n, double[] f)
    {
        var sequence = NeighbourOffset + 2 * ShapeNames.Count;
        if (n.Previous is { } previous) Shape(previous, f, NeighbourOffset);
        else f[sequence + 1] = 1;
        if (n.Next is { } next) Shape(next, f, NeighbourOffset + ShapeNames.Count);
        else f[sequence + 2] = 1;
        f[sequence] = n.Count <= 1 ? 0 : (double)n.Index / (n.Count - 1);
    }

    /// <summary>Writes the <see cref="ShapeNames"/> ratios of a shape into <paramref name="f"/> from <paramref name="offset"/>.</summary>
    private static void Shape(TextShape s, double[] f, int offset)
    {
        double Share(ShapeCount count, ShapeCount of) => s[of] == 0 ? 0 : (double)s[count] / s[of];
        double PerLine(ShapeCount count) => Share(count, ShapeCount.Lines);
        double Capped(double value) => Math.Min(1, value);
        double Log(double value, double max) => Math.Min(1, Math.Log(1 + value) / Math.Log(1 + max));
        var lines = Math.Max(1, s[ShapeCount.Lines]);
        double[] values =
        [
            Share(ShapeCount.Digits, ShapeCount.Visible), Share(ShapeCount.UpperLetters, ShapeCount.Letters),
            PerLine(ShapeCount.ListLines), PerLine(ShapeCount.TableLines), Capped((double)s[ShapeCount.Numbers] / lines / 5),
            PerLine(ShapeCount.LeaderLines), PerLine(ShapeCount.ShortLines), PerLine(ShapeCount.LongLines),
            PerLine(ShapeCount.PageNumberLines), PerLine(ShapeCount.ArticleLines), PerLine(ShapeCount.DivisionLines),
            PerLine(ShapeCount.CapitalLines), PerLine(ShapeCount.SentenceLines), PerLine(ShapeCount.PercentLines),
            PerLine(ShapeCount.MoneyLines), PerLine(ShapeCount.CodeLines), PerLine(ShapeCount.QuestionLines),
            PerLine(ShapeCount.NumberOnlyLines), Log((double)s[ShapeCount.LineChars] / lines, 300), Capped(PerLine(ShapeCount.Years)),
            // Scaled so a plausible high share gives 1: a past-tense word in five, a name in two, an acronym in five.
            Capped(5 * Share(ShapeCount.PastTenseWords, ShapeCount.Words)), Capped(2 * Share(ShapeCount.CapitalisedWords, ShapeCount.Words)),
            Capped(5 * Share(ShapeCount.Acronyms, ShapeCount.Words)),
            Log((double)s[ShapeCount.Words] / Math.Max(1, s[ShapeCount.Sentences]), 100),
        ];
        values.CopyTo(f, offset);
        var cues = s.CueHits;
        for (var i = 0; i < cues.Length; i++) f[offset + values.Length + i] = CueWords.Density(cues[i], s[ShapeCount.FoldedWords]);
    }

    /// <summary>How many numbers a line holds: a digit followed by digits, points and commas, and an optional percent sign.</summary>
    internal static int CountNumbers(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length;)
        {
            if (!char.IsDigit(line[i]))
            {
                i++;
                continue;
            }

            count++;
            for (i++; i < line.Length && (char.IsDigit(line[i]) || line[i] is '.' or ','); i++) { }
            if (i < line.Length && line[i] == '%') i++;
        }

        return count;
    }
}
