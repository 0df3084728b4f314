using System.Diagnostics;

namespace Extractor.Bench;

/// <summary>Timing helpers: medians of repeated runs, and peak memory of this process.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times; the median wall time.</summary>
    public static TimeSpan Median(int runs, Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var w = Stopwatch.StartNew();
            action();
            times.Add(w.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return TimeSpan.FromMilliseconds(times[times.Count / 2]);
    }

    /// <summary>
    /// Runs every action once to warm up, then <paramref name="runs"/> rounds of all of them in turn; the median wall time
    /// of each. Interleaving keeps a change of machine load from favouring whichever was measured in a quieter moment.
    /// </summary>
    public static TimeSpan[] MedianInterleaved(int runs, params Action[] actions)
    {
        foreach (var action in actions) action();
        var times = actions.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < runs; r++)
            for (var a = 0; a < actions.Length; a++)
            {
                var w = Stopwatch.StartNew();
                actions[a]();
                times[a].Add(w.Elapsed.TotalMilliseconds);
            }

        return times.Select(t => TimeSpan.FromMilliseconds(t.Order().ElementAt(t.Count / 2))).ToArray();
    }

    /// <summary>The peak resident set size of this process (VmHWM), in MiB.</summary>
    public static double PeakMemoryMiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
