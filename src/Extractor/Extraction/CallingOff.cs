namespace Extractor.Extraction;

/// <summary>
/// Spanish words that call an activity off or put it off: "cancelada", "se suspendió", "aplazado", "pospuesta", "postergada", "anulado",
/// "reprogramada".
/// </summary>
internal static class CallingOff
{
    private static readonly string[] Stems = ["cancel", "suspend", "aplaz", "pospus", "pospon", "posterg", "anul", "reprogram"];

    /// <summary>Whether a folded word ("aplazada", "cancelo") calls off or puts off what it speaks of.</summary>
    public static bool IsCallOff(ReadOnlySpan<char> folded)
    {
        foreach (var stem in Stems)
            if (folded.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
