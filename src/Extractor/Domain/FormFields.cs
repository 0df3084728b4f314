using System.Text.RegularExpressions;

namespace Extractor.Domain;

/// <summary>
/// A field of a form laid out in columns, as travel reports and record sheets set their header blocks ("Delegación:
/// 2 servidores" / "Destino:   Washington D.C. (Estados Unidos)" / "Fechas de la comisión:   3 al 7 de marzo de 2024"): a short
/// capitalised label, a colon, then its value set apart by two spaces or more, or a tab. The cleaner keeps each field a block of its
/// own; a field is no heading and no activity's title. (Fields written as running text, "Curso: … Objetivo: … Fechas: …", take one
/// space after the colon, as a subtitle does: "Rolling With It: Empowering …".)
/// </summary>
public static partial class FormFields
{
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}().º°/]*(?: [\p{L}().º°/]+){0,4}:(?: {2,}|\t)\S", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    /// <summary>Whether the text opens with a form's field: its label, a colon, and its value set apart.</summary>
    public static bool OpensWithField(string text) => Field().IsMatch(text);
}
