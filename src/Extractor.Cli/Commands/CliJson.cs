using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extractor.Cli.Commands;

/// <summary>JSON settings for what the CLI and the web API print: camelCase, indented, accents kept readable.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
