using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A page's number on a line of its own ("12", "— 5 —", "- 3 -", "Página 7", "Pág. 4 de 20", "5 / 12"). The cleaner drops one at a
/// page's edge; a text saved without form feeds is cut into its pages where its numbers count up one by one.
/// </summary>
public static partial class PageNumbers
{
    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:p[aá]g(?:ina)?\.?\s*)?(?<n>\d{1,4})(?:\s*(?:/|de|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();

    /// <summary>Whether a line holds a page number and nothing else.</summary>
    public static bool IsLine(string text) => Line().IsMatch(text);

    /// <summary>The number a page-number line gives, or null when the line is not one.</summary>
    public static int? ValueOf(string text) =>
        Line().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : null;

    /// <summary>Fewest numbers counting up that tell a text's pages.</summary>
    private const int MinPages = 3;

    /// <summary>Least share of a text's number-only lines that its page numbers make up.</summary>
    private const double MinShareInRun = 2.0 / 3;

    /// <summary>Fewest lines between two page numbers: closer, figures counting up are a list's or a table's.</summary>
    private const int MinPageLines = 10;

    /// <summary>
    /// The page of each line of a text with no form feeds, told by page numbers on lines of their own that count up one by one
    /// through the text (1, 2, 3 … at least three of them, ten lines apart or more): numbers closing their pages (a footer, the
    /// usual print) end a page; numbers opening them (a header: the text before the first is shorter than the text after the
    /// last) start one. Null when the text has no such run, or when the run is a few of many figures on lines of their own (a
    /// table's cells, an infographic's numbers).
    /// </summary>
    public static int[]? PagesOf(IReadOnlyList<string> lines)
    {
        // Runs of numbers counting up, by the number each waits for next.
        var open = new Dictionary<int, List<int>>();
        List<int>? longest = null;
        var numbers = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (ValueOf(lines[i]) is not { } n) continue;
            numbers++;
            if (!open.Remove(n, out var run) || i - run[^1] < MinPageLines) run = [];
            run.Add(i);
            open[n + 1] = run;
            if (longest is null || run.Count > longest.Count) longest = run;
        }

        // An infographic's figures on lines of their own may hold 1, 2 and 3 among others: page numbers are nearly all such lines.
        if (longest is null || longest.Count < MinPages || longest.Count < MinShareInRun * numbers) return null;
        var before = lines.Take(longest[0]).Count(l => !string.IsNullOrWhiteSpace(l));
        var after = lines.Skip(longest[^1] + 1).Count(l => !string.IsNullOrWhiteSpace(l));
        var closing = after <= before;
        var pages = new int[lines.Count];
        var page = 1;
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var isNumber = next < longest.Count && longest[next] == i;
            if (isNumber && !closing && (next > 0 || before > 0)) page++;
            pages[i] = page;
            if (!isNumber) continue;
            next++;
            // Blank lines after the last number are still its page's.
            if (closing && (next < longest.Count || after > 0)) page++;
        }

        return pages;
    }
}
