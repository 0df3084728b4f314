using Extractor.Domain;

namespace Extractor.Extraction.Amounts;

public sealed partial class AmountExtractor
{
    /// <summary>How many evenly spaced figures in a row make a chart's axis.</summary>
    private const int MinAxisTicks = 4;

    /// <summary>
    /// The amounts without the ticks of a chart's axis: in a run of amounts with nothing but spaces and line breaks between them (a
    /// chart's labels as the PDF gives them: "$6,000 $5,460.48 $5,000 $4,000 $3,000 $2,390.48 $2,000 $1,000"; not tabs, which part
    /// a table's cells, and "$5,000\t$10,000\t…" may be a row of fees), at least <see cref="MinAxisTicks"/> whole figures that step
    /// evenly, in the order they are printed, by a round step (1, 2, 2.5 or 5 times a power of ten). The bars' own labels between
    /// them stay.
    /// </summary>
    private static List<Mention> WithoutAxisTicks(string text, List<Mention> mentions)
    {
        HashSet<Mention>? ticks = null;
        foreach (var m in mentions)
            if (IsAxisOrigin(text, m)) (ticks ??= []).Add(m);
        var runStart = 0;
        for (var i = 1; i <= mentions.Count && mentions.Count >= MinAxisTicks; i++)
        {
            if (i < mentions.Count && OnlySpaceBetween(text, mentions[i - 1].Span.End, mentions[i].Span.Start)) continue;
            if (i - runStart >= MinAxisTicks) MarkTicks(mentions.GetRange(runStart, i - runStart), ref ticks);
            runStart = i;
        }

        return ticks is null ? mentions : mentions.Where(m => !ticks.Contains(m)).ToList();
    }

    /// <summary>How far before a "$0" the ticks it ends are looked for.</summary>
    private const int OriginReach = 160;

    /// <summary>
    /// "… $3,000 $2,000 $1,000 PROMEDIO DE LA ZML $646.06 $123.32 $134.08 $0", "20% 10% $0": a bare "$0" after ticks stepping down to
    /// one step above zero (the last whole figure before it, within <see cref="OriginReach"/> characters, is a round step and twice it
    /// stands among the three whole figures before that), a line or more away, with only figures and labels in capitals between them, is
    /// the origin of a chart's axis, whatever the ticks' unit; "se aprobaron $1,000; el saldo es de $0" and a table row "APORTE ESTATAL
    /// $10,000 APORTE FEDERAL $0" are sums.
    /// </summary>
    private static bool IsAxisOrigin(string text, Mention m)
    {
        if (((AmountMention)m).Value != 0 || m.Text.AsSpan().ContainsAnyExcept("$0 ")) return false;
        var from = Math.Max(0, m.Span.Start - OriginReach);
        var wholes = new List<(decimal Value, int At)>();
        foreach (System.Text.RegularExpressions.ValueMatch v in Figure().EnumerateMatches(text.AsSpan(from, m.Span.Start - from)))
        {
            var figure = text.AsSpan(from + v.Index, v.Length);
            if (figure.Contains('.')) continue;
            if (decimal.TryParse(figure.TrimEnd('%'), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var value))
                wholes.Add((value, from + v.Index));
        }

        if (wholes.Count < 2 || wholes[^1].Value <= 0 || !IsRoundStep(wholes[^1].Value)) return false;
        for (var k = wholes.Count - 2; k >= Math.Max(0, wholes.Count - 4); k--)
            if (wholes[k].Value == 2 * wholes[^1].Value)
            {
                // A chart's labels come a line or a few apart; "APORTE ESTATAL $10,000 APORTE FEDERAL $0" is one row of a table.
                var between = text.AsSpan(wholes[k].At, m.Span.Start - wholes[k].At);
                return between.Contains('\n') && !between.ContainsAny(LowerCase);
            }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LowerCase =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzáéíóúüñàèìòùâêîôûç");

    /// <summary>A figure as a chart prints it: "$3,000", "2,390.48", "20%".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?%?(?![\d])")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    private static bool OnlySpaceBetween(string text, int from, int to) =>
        from <= to && !text.AsSpan(from, to - from).ContainsAnyExcept(' ', '\n');

    /// <summary>How many places on a tick may lie from the one before it: a bar's labels may stand between two ticks.</summary>
    private const int TickReach = 3;

    private static void MarkTicks(List<Mention> run, ref HashSet<Mention>? ticks)
    {
        var values = run.Select(m => ((AmountMention)m).Value).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            if (decimal.Truncate(values[i]) != values[i]) continue;
            for (var j = i + 1; j < values.Length && j <= i + TickReach; j++)
            {
                var step = values[j] - values[i];
                if (step == 0 || decimal.Truncate(values[j]) != values[j] || !IsRoundStep(Math.Abs(step))) continue;
                // A pair inside a chain already found would only find that chain again: the work stays linear in the run.
                if (ticks is not null && ticks.Contains(run[i]) && ticks.Contains(run[j])) continue;
                var chain = new List<int> { i, j };
                for (var k = j + 1; k < values.Length && k <= chain[^1] + TickReach; k++)
                    if (values[k] == values[chain[^1]] + step) chain.Add(k);
                if (chain.Count < MinAxisTicks) continue;
                ticks ??= [];
                foreach (var k in chain) ticks.Add(run[k]);
            }
        }
    }

    /// <summary>Whether a step is 1, 2, 2.5 or 5 times a power of ten, as axes are divided.</summary>
    private static bool IsRoundStep(decimal step)
    {
        while (step >= 10 && step % 10 == 0) step /= 10;
        return step is 1m or 2m or 5m || step == 25m;
    }
}
