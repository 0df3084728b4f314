using System.Globalization;
using System.Text.Json;

namespace Extractor.Configuration;

/// <summary>
/// Reads one JSON object of pipeline.json strictly: every key read is checked for type and range, every key not
/// read is an error naming it, and all errors are collected so they can be reported together before anything runs.
/// </summary>
public sealed class ConfigReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly List<string> _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private ConfigReader(JsonElement element, string path, List<string> errors)
    {
        _element = element;
        _path = path;
        _errors = errors;
    }

    public static ConfigReader Root(JsonElement element, List<string> errors) => new(element, "", errors);

    private string Name(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private bool TryGet(string key, out JsonElement value)
    {
        _known.Add(key);
        value = default;
        return _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private void Error(string key, string expected, JsonElement got) => _errors.Add($"'{Name(key)}' must be {expected} (got {got.GetRawText()})");

    public ConfigReader Object(string key)
    {
        if (TryGet(key, out var v) && v.ValueKind != JsonValueKind.Object)
        {
            Error(key, "an object", v);
            return new ConfigReader(default, Name(key), _errors);
        }

        return new ConfigReader(v, Name(key), _errors);
    }

    public int Int(string key, int fallback, int min, int max)
    {
        if (!TryGet(key, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= min && i <= max) return i;
        Error(key, $"a whole number from {min} to {max}", v);
        return fallback;
    }

    public double Double(string key, double fallback, double min, double max)
    {
        if (!TryGet(key, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d >= min && d <= max) return d;
        Error(key, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", v);
        return fallback;
    }

    public bool Bool(string key, bool fallback)
    {
        if (!TryGet(key, out var v)) return fallback;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Error(key, "true or false", v);
        return fallback;
    }

    public string String(string key, string fallback, params string[] allowed)
    {
        if (!TryGet(key, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && (allowed.Length == 0 || allowed.Contains(s))) return s;
        Error(key, allowed.Length == 0 ? "a non-empty string" : "one of " + string.Join(", ", allowed.Select(a => $"\"{a}\"")), v);
        return fallback;
    }

    public IReadOnlyList<string> Strings(string key, IReadOnlyList<string> fallback)
    {
        if (!TryGet(key, out var v)) return fallback;
        if (v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            return v.EnumerateArray().Select(e => e.GetString()!).ToList();
        Error(key, "an array of strings", v);
        return fallback;
    }

    public IReadOnlyDictionary<string, string> StringMap(string key)
    {
        if (!TryGet(key, out var v)) return new Dictionary<string, string>();
        if (v.ValueKind == JsonValueKind.Object && v.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String))
            return v.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        Error(key, "an object of string values", v);
        return new Dictionary<string, string>();
    }

    /// <summary>Reports every key of this object that no reader asked for. Call after reading all keys.</summary>
    public void RejectUnknownKeys()
    {
        if (_element.ValueKind != JsonValueKind.Object) return;
        foreach (var p in _element.EnumerateObject())
            if (!_known.Contains(p.Name) && !p.Name.StartsWith('$'))
                _errors.Add($"unknown key '{Name(p.Name)}'" + (_known.Count > 0 ? $" (known keys here: {string.Join(", ", _known.Order())})" : ""));
    }
}
