using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A press dateline: a place, a comma, an optional weekday and a full date ("Tacuarembó, 3 de mayo de 2024.", "Cuenca, martes 5
/// de marzo de 2024"), as news items and newsletters open their text. The cleaner ends a title before one; event extraction dates
/// the title by it.
/// </summary>
public static partial class Datelines
{
    [GeneratedRegex(@"\G[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}, (?:\p{L}+,? )?\d{1,2}º? de \p{L}+ (?:de |del )?\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>Whether a dateline opens the text at <paramref name="at"/>.</summary>
    public static bool OpensAt(string text, int at) => at < text.Length && Dateline().Match(text, at).Success;
}
