using System.Text.RegularExpressions;

namespace Extractor.Classification.Linear;

/// <summary>
/// Features of a text's shape rather than its words: length, digits, capitals, heading level, list/table/leader lines,
/// numbers per line, position in the document and the densities of <see cref="CueWords"/>. Every value lies in [0, 1].
/// </summary>
public static partial class LayoutFeatures
{
    /// <summary>Feature names in index order, as saved in model files.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "log_length", "digit_ratio", "capitals_ratio", "level_0", "level_1", "level_2", "level_3", "level_4_plus",
        "title_empty", "title_log_length", "list_lines", "table_lines", "numbers_per_line", "leader_lines", "short_lines",
        "position", "position_start", "position_end", "log_lines",
        .. CueWords.Names,
    ];

    [GeneratedRegex(@"^\s*(?:[•·▪■◦‣●○►✓➤\-–*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"(?:\.\s?){4,}|…{2,}|\s\d{1,3}\s*$")]
    private static partial Regex LeaderLine();

    /// <summary>Computes the layout features of a text.</summary>
    /// <param name="title">The heading, or "" for untitled text.</param>
    /// <param name="text">The whole text (heading included for sections).</param>
    /// <param name="level">Heading level (0 for front matter or documents).</param>
    /// <param name="position">Where the text starts in its document, from 0 to 1.</param>
    public static double[] Compute(string title, string text, int level, double position)
    {
        var f = new double[Names.Count];
        var letters = 0;
        var upper = 0;
        var digits = 0;
        var visible = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            visible++;
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
        }

        // One pass over the lines that are not blank, each without its trailing white space.
        int lines = 0, listLines = 0, tableLines = 0, numbers = 0, leaderLines = 0, shortLines = 0;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).TrimEnd();
            start = end + 1;
            if (line.IsWhiteSpace()) continue;
            lines++;
            var count = CountNumbers(line);
            numbers += count;
            if (ListLine().IsMatch(line)) listLines++;
            if (line.Contains('\t') || count >= 3) tableLines++;
            if (LeaderLine().IsMatch(line)) leaderLines++;
            if (line.Trim().Length < 40) shortLines++;
        }

        var lineCount = Math.Max(1, lines);
        f[0] = Math.Min(1, Math.Log(1 + text.Length) / Math.Log(1 + 50_000));
        f[1] = visible == 0 ? 0 : (double)digits / visible;
        f[2] = letters == 0 ? 0 : (double)upper / letters;
        f[3 + Math.Clamp(level, 0, 4)] = 1;
        f[8] = title.Trim().Length == 0 ? 1 : 0;
        f[9] = Math.Min(1, Math.Log(1 + title.Length) / Math.Log(1 + 200));
        f[10] = (double)listLines / lineCount;
        f[11] = (double)tableLines / lineCount;
        f[12] = Math.Min(1, (double)numbers / lineCount / 5);
        f[13] = (double)leaderLines / lineCount;
        f[14] = (double)shortLines / lineCount;
        f[15] = Math.Clamp(position, 0, 1);
        f[16] = position < 0.05 ? 1 : 0;
        f[17] = position > 0.9 ? 1 : 0;
        f[18] = Math.Min(1, Math.Log(1 + lines) / Math.Log(1 + 2000));
        var cues = CueWords.Densities(TextFolding.Fold(text, 20_000));
        Array.Copy(cues, 0, f, 19, cues.Length);
        return f;
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
