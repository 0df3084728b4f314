using System.Globalization;
using System.Text;
using Extractor.Domain;

namespace Extractor.Evaluation;

/// <summary>True positives, false positives and false negatives of one kind, with the derived precision, recall and F1.</summary>
/// <remarks>With nothing to find and nothing found, precision, recall and F1 are 1 (nothing was wrong).</remarks>
public sealed record KindScore(MentionKind Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? (FalsePositives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public KindScore Add(KindScore other) =>
        this with { TruePositives = TruePositives + other.TruePositives, FalsePositives = FalsePositives + other.FalsePositives, FalseNegatives = FalseNegatives + other.FalseNegatives };
}

/// <summary>A mention the comparison did not match: a false positive (system only) or a false negative (gold only).</summary>
public sealed record ScoreError(bool FalsePositive, EvalMention Mention);

/// <summary>
/// The partner lists of one system event matched to a gold event, compared as sets of folded canonical names: the names
/// both give, those only the system gives and those only the gold gives (each as the list that has it wrote it).
/// </summary>
public sealed record EventPartnerComparison(EvalMention Gold, EvalMention System, IReadOnlyList<string> Shared, IReadOnlyList<string> Extra, IReadOnlyList<string> Missed)
{
    /// <summary>Shared names are true positives, extra ones false positives, missed ones false negatives.</summary>
    public KindScore Score => new(MentionKind.Partner, Shared.Count, Extra.Count, Missed.Count);

    public bool Agrees => Extra.Count == 0 && Missed.Count == 0;
}

/// <summary>The scores of a system against gold: per kind summed over documents (micro within a kind), their macro average, and the errors.</summary>
/// <param name="EventPartners">
/// The partners of events matched to gold events, compared per pair as sets of folded canonical names (summed over pairs):
/// how well an event's partner list agrees with the one its description gives. Not one of the five kinds: not in the macro.
/// </param>
/// <param name="EventPartnerDifferences">The matched pairs whose partner lists differ, in document and line order.</param>
public sealed record EvaluationReport(IReadOnlyList<KindScore> Kinds, IReadOnlyList<ScoreError> Errors, IReadOnlyList<string> Documents, KindScore EventPartners,
    IReadOnlyList<EventPartnerComparison> EventPartnerDifferences)
{
    public KindScore this[MentionKind kind] => Kinds.Single(k => k.Kind == kind);

    public double MacroPrecision => Kinds.Average(k => k.Precision);
    public double MacroRecall => Kinds.Average(k => k.Recall);
    public double MacroF1 => Kinds.Average(k => k.F1);
}

/// <summary>
/// The comparison of ANNOTATION.md "How a system's output is compared": per document, dates, amounts and counts as
/// multisets of values (numbers numerically, dates as ISO strings); partners as sets of distinct canonical names (a
/// system name equal to a gold canonical or to one of its gold texts, case- and accent-folded, counts); events
/// one-to-one, greedily, when dates are equal and titles' content words have a Dice overlap of at least 0.5.
/// </summary>
public static class Scorer
{
    public const double EventDiceThreshold = 0.5;

    public static readonly IReadOnlyList<MentionKind> AllKinds = [MentionKind.Date, MentionKind.Amount, MentionKind.Participants, MentionKind.Partner, MentionKind.Event];

    /// <summary>
    /// Scores the documents in <paramref name="documents"/> (default: every gold document). System mentions of
    /// documents the gold does not name, and outside a document's gold line range, are ignored.
    /// </summary>
    public static EvaluationReport Score(GoldSet gold, IEnumerable<EvalMention> system, IEnumerable<string>? documents = null)
    {
        var docs = (documents ?? gold.Documents.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var byDoc = system.GroupBy(m => m.Doc).ToDictionary(g => g.Key, g => g.ToList());
        var totals = AllKinds.ToDictionary(k => k, k => new KindScore(k, 0, 0, 0));
        var eventPartners = new KindScore(MentionKind.Partner, 0, 0, 0);
        var errors = new List<ScoreError>();
        var differences = new List<EventPartnerComparison>();
        foreach (var doc in docs)
        {
            var g = gold.Documents.TryGetValue(doc, out var gl) ? gl : [];
            var s = byDoc.TryGetValue(doc, out var sl) ? sl.Where(m => gold.InScope(doc, m.Line)).ToList() : [];
            foreach (var kind in AllKinds)
            {
                var gk = g.Where(m => m.Kind == kind).ToList();
                var sk = s.Where(m => m.Kind == kind).ToList();
                var score = kind switch
                {
                    MentionKind.Partner => ComparePartners(gk, sk, errors),
                    MentionKind.Event => CompareEvents(gk, sk, errors, pair =>
                    {
                        var comparison = CompareEventPartners(pair.Gold, pair.System);
                        eventPartners = eventPartners.Add(comparison.Score);
                        if (!comparison.Agrees) differences.Add(comparison);
                    }),
                    _ => CompareValues(kind, gk, sk, errors),
                };
                totals[kind] = totals[kind].Add(score);
            }
        }

        return new EvaluationReport(AllKinds.Select(k => totals[k]).ToList(), errors, docs, eventPartners,
            differences.OrderBy(d => d.Gold.Doc, StringComparer.Ordinal).ThenBy(d => d.Gold.Line).ToList());
    }

    /// <summary>Multiset comparison of values: each gold value can be matched by one system mention with an equal value.</summary>
    public static KindScore CompareValues(MentionKind kind, IReadOnlyList<EvalMention> gold, IReadOnlyList<EvalMention> system, List<ScoreError>? errors = null)
    {
        var pool = new Dictionary<string, List<EvalMention>>(StringComparer.Ordinal);
        foreach (var g in gold) Bucket(pool, ValueKey(g)).Add(g);
        var tp = 0;
        var fp = 0;
        foreach (var s in system.OrderBy(m => m.Line))
        {
            if (pool.TryGetValue(ValueKey(s), out var list) && list.Count > 0)
            {
                // Prefer the gold mention nearest in the document, so the details name the right lines.
                var best = list.OrderBy(g => Math.Abs(g.Line - s.Line)).First();
                list.Remove(best);
                tp++;
            }
            else
            {
                fp++;
                errors?.Add(new ScoreError(true, s));
            }
        }

        var fn = 0;
        foreach (var g in pool.Values.SelectMany(v => v).OrderBy(m => m.Line))
        {
            fn++;
            errors?.Add(new ScoreError(false, g));
        }

        return new KindScore(kind, tp, fp, fn);
    }

    /// <summary>Set comparison of distinct canonical names; a system name may match a gold canonical or any gold text of it.</summary>
    public static KindScore ComparePartners(IReadOnlyList<EvalMention> gold, IReadOnlyList<EvalMention> system, List<ScoreError>? errors = null)
    {
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            canonicalOf.TryAdd(Fold(g.Key), g.Key);
        }

        foreach (var g in gold)
            if (g.Text.Length > 0) canonicalOf.TryAdd(Fold(g.Text), g.Key);

        var goldNames = gold.Select(g => g.Key).Distinct(StringComparer.Ordinal).ToList();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new Dictionary<string, EvalMention>(StringComparer.Ordinal);
        foreach (var s in system)
        {
            var key = Fold(s.Key);
            if (canonicalOf.TryGetValue(key, out var canonical)) matched.Add(canonical);
            else unmatched.TryAdd(key, s);
        }

        foreach (var s in unmatched.Values) errors?.Add(new ScoreError(true, s));
        foreach (var name in goldNames.Where(n => !matched.Contains(n))) errors?.Add(new ScoreError(false, gold.First(g => g.Key == name)));
        return new KindScore(MentionKind.Partner, matched.Count, unmatched.Count, goldNames.Count - matched.Count);
    }

    /// <summary>One-to-one greedy matching of events: equal dates (both null is equal) and title Dice ≥ 0.5, best pairs first.</summary>
    /// <param name="matched">Called with each matched pair.</param>
    public static KindScore CompareEvents(IReadOnlyList<EvalMention> gold, IReadOnlyList<EvalMention> system, List<ScoreError>? errors = null,
        Action<(EvalMention Gold, EvalMention System)>? matched = null)
    {
        var pairs = new List<(double Dice, int G, int S)>();
        var gw = gold.Select(g => ContentWords(g.Key)).ToList();
        var sw = system.Select(s => ContentWords(s.Key)).ToList();
        for (var i = 0; i < gold.Count; i++)
            for (var j = 0; j < system.Count; j++)
            {
                if (!string.Equals(gold[i].EventDate, system[j].EventDate, StringComparison.Ordinal)) continue;
                var dice = Dice(gw[i], sw[j]);
                if (dice >= EventDiceThreshold) pairs.Add((dice, i, j));
            }

        var usedG = new bool[gold.Count];
        var usedS = new bool[system.Count];
        var tp = 0;
        foreach (var (_, gi, si) in pairs.OrderByDescending(p => p.Dice).ThenBy(p => p.G).ThenBy(p => p.S))
        {
            if (usedG[gi] || usedS[si]) continue;
            usedG[gi] = usedS[si] = true;
            tp++;
            matched?.Invoke((gold[gi], system[si]));
        }

        for (var j = 0; j < system.Count; j++)
            if (!usedS[j]) errors?.Add(new ScoreError(true, system[j]));
        for (var i = 0; i < gold.Count; i++)
            if (!usedG[i]) errors?.Add(new ScoreError(false, gold[i]));
        return new KindScore(MentionKind.Event, tp, system.Count - tp, gold.Count - tp);
    }

    /// <summary>A matched pair's partner lists as sets of folded names.</summary>
    public static EventPartnerComparison CompareEventPartners(EvalMention gold, EvalMention system)
    {
        var g = DistinctFolded(gold.EventPartners);
        var s = DistinctFolded(system.EventPartners);
        return new EventPartnerComparison(gold, system,
            g.Where(n => s.ContainsKey(n.Key)).Select(n => n.Value).ToList(),
            s.Where(n => !g.ContainsKey(n.Key)).Select(n => n.Value).ToList(),
            g.Where(n => !s.ContainsKey(n.Key)).Select(n => n.Value).ToList());
    }

    /// <summary>Each folded name once, with the first spelling the list gives it, in list order.</summary>
    private static OrderedDictionary<string, string> DistinctFolded(IReadOnlyList<string>? names)
    {
        var folded = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names ?? []) folded.TryAdd(Fold(name), name);
        return folded;
    }

    /// <summary>Dice coefficient of two word sets: 2|A∩B| / (|A|+|B|); 1 when both are empty.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count + b.Count == 0) return 1;
        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>A title's content words: lower-cased, accents folded, Spanish stop words dropped.</summary>
    public static IReadOnlySet<string> ContentWords(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var c in Fold(title) + " ")
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (sb.Length > 0 && !StopWords.Contains(sb.ToString())) words.Add(sb.ToString());
            sb.Clear();
        }

        return words;
    }

    /// <summary>Lower-case, without diacritics ("Metrópolis" → "metropolis").</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return string.Join(' ', sb.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string ValueKey(EvalMention m) => m.Number is { } d ? "n:" + d.ToString("0.############", CultureInfo.InvariantCulture) : "s:" + m.Key;

    private static List<EvalMention> Bucket(Dictionary<string, List<EvalMention>> pool, string key)
    {
        if (!pool.TryGetValue(key, out var list)) pool[key] = list = [];
        return list;
    }

    /// <summary>Spanish function words (articles, prepositions, conjunctions, common pronouns), accent-folded.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "en", "entre", "hacia", "hasta", "mediante",
        "para", "por", "segun", "sin", "sobre", "tras", "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "y", "e", "o",
        "u", "ni", "que", "se", "su", "sus", "como", "mas", "pero", "es", "son", "le", "les", "nos", "mi", "tu", "este", "esta",
        "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "cual", "cuales", "quien", "quienes", "donde", "cuando",
    };
}
