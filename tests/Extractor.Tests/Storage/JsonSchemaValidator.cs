using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Tests.Storage;

/// <summary>
/// A validator for the subset of JSON Schema draft 2020-12 that docs/schema uses: type (one or an array, so
/// ["string","null"] is nullable), required, properties, additionalProperties: false, enum, items, pattern,
/// minimum, maximum, and $ref to a sibling schema file. (No JSON Schema package restores from the package source here.)
/// </summary>
public sealed class JsonSchemaValidator(string schemaDirectory)
{
    private readonly Dictionary<string, JsonElement> _schemas = new(StringComparer.Ordinal);

    private JsonElement Load(string file)
    {
        if (!_schemas.TryGetValue(file, out var schema))
            _schemas[file] = schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(schemaDirectory, file))).RootElement;
        return schema;
    }

    /// <summary>Every violation, each as "path: problem"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(string schemaFile, JsonElement instance)
    {
        var errors = new List<string>();
        Check(Load(schemaFile), instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Load(reference.GetString()!), value, path, errors);
            return;
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!allowed.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {value.ValueKind}");
                return;
            }
        }
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
            errors.Add($"{path}: {value} is not one of {options}");
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern)
            && !Regex.IsMatch(value.GetString()!, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            errors.Add($"{path}: \"{value.GetString()}\" does not match {pattern.GetString()}");
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && value.GetDecimal() < min.GetDecimal())
                errors.Add($"{path}: {value} is below the minimum {min}");
            if (schema.TryGetProperty("maximum", out var max) && value.GetDecimal() > max.GetDecimal())
                errors.Add($"{path}: {value} is above the maximum {max}");
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing required property \"{name}\"");
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                    Check(sub, property.Value, $"{path}.{property.Name}", errors);
                else if (closed) errors.Add($"{path}: property \"{property.Name}\" is not allowed");
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
                Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), errors);
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Schema type \"{type}\" is not in the supported subset."),
    };
}
