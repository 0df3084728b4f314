using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Domain;

namespace Extractor.Classification.Linear;

/// <summary>
/// Reads and writes <see cref="ClassifierModel"/> as readable JSON: metadata indented, number arrays on one line,
/// weights sparse (per label, parallel "index" and "value" arrays). Writing is deterministic, so the same model
/// always gives the same bytes.
/// </summary>
public static class ModelFile
{
    /// <summary>
    /// The format version this build writes and the only one it reads. Version 3: the neighbour features ("prev_…",
    /// "next_…", the unit's place in its document) and the bins of the shape ratios, which follow the layout features;
    /// version 2 added the document's shape ("doc_…") to layout features computed from additive text shapes. Older files
    /// hold weights for features this build no longer computes.
    /// </summary>
    public const int CurrentVersion = 3;

    public const string FormatName = "extractor-linear-classifier";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Save(ClassifierModel model, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(path, ToJson(model), new UTF8Encoding(false));
    }

    public static string ToJson(ClassifierModel model)
    {
        var r = model.Regression;
        var weights = new JsonObject();
        for (var k = 0; k < r.Labels.Count; k++)
            weights[r.Labels[k]] = new JsonObject
            {
                ["index"] = new JsonArray(r.Weights[k].Keys.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
                ["value"] = new JsonArray(r.Weights[k].Values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            };
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["formatVersion"] = CurrentVersion,
            ["task"] = model.Task,
            ["labels"] = new JsonArray(r.Labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["features"] = JsonSerializer.SerializeToNode(new
            {
                model.Features.HashBits, model.Features.MaxWordNgram, model.Features.MinCharNgram, model.Features.MaxCharNgram,
                model.Features.MaxTextChars, model.Features.TitleWeight, model.Features.BodyWeight, model.Features.LayoutWeight,
                model.Features.FragmentChars, model.Features.ContextWeight, model.Features.DocumentShapeWeight,
                model.Features.NeighbourShapeWeight, model.Features.ShapeBins, model.Features.ShapeBinWeight,
                Folding = "lower case, accents removed, digits as 0",
                Hashing = "FNV-1a 64, signed",
                LayoutOffset = model.Features.LayoutOffset,
                Layout = LayoutFeatures.Names,
            }, Json),
            ["training"] = JsonSerializer.SerializeToNode(model.Training, Json),
            ["evaluations"] = JsonSerializer.SerializeToNode(model.Evaluations, Json),
            ["nonZeroWeights"] = r.NonZeroWeights,
            ["bias"] = new JsonArray(r.Bias.Select(b => (JsonNode?)JsonValue.Create(b)).ToArray()),
            ["weights"] = weights,
        };
        var b = new StringBuilder();
        Write(root, b, 0);
        b.Append('\n');
        return b.ToString();
    }

    /// <summary>Null when a model file is there to load, else why not; checked at once where the loading itself is deferred.</summary>
    public static Diagnostic? Missing(string path) => File.Exists(path) ? null : new Diagnostic(path, "model file not found: train one with `extractor train`");

    public static Result<ClassifierModel> Load(string path)
    {
        if (Missing(path) is { } missing) return Result<ClassifierModel>.Failure(missing);
        byte[] json;
        try
        {
            json = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Permissions, a lock, a failing disk: an expected failure, reported like a missing file rather than thrown
            // (the pipeline loads its models on the thread pool, where an exception would reach the user as a stack trace).
            return Result<ClassifierModel>.Failure(path, $"cannot be read: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <summary>Reads a model from its JSON text (see <see cref="Parse(ReadOnlyMemory{byte}, string)"/>).</summary>
    public static Result<ClassifierModel> Parse(string json, string path) => Parse(Encoding.UTF8.GetBytes(json), path);

    /// <remarks>
    /// Read through <see cref="JsonDocument"/>, not a <see cref="JsonNode"/> tree: a model holds a few hundred thousand
    /// weights, and a node object for each made loading the two models half a second of every ingest's start-up. The
    /// file's UTF-8 bytes are parsed as they are (read as a string, they were decoded to UTF-16 and encoded back), and
    /// its records through <see cref="ModelJsonContext"/>.
    /// </remarks>
    public static Result<ClassifierModel> Parse(ReadOnlyMemory<byte> json, string path)
    {
        // A byte order mark (an editor may add one) is not JSON; reading the file as a string used to drop it.
        if (json.Span.StartsWith(Encoding.UTF8.Preamble)) json = json[Encoding.UTF8.Preamble.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return Result<ClassifierModel>.Failure(path, $"is not valid JSON ({ex.Message}): retrain with `extractor train`");
        }

        using (document)
        {
            var o = document.RootElement;
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != FormatName)
                return Result<ClassifierModel>.Failure(path, $"is not an Extractor classifier model (no \"format\": \"{FormatName}\")");
            if (!o.TryGetProperty("formatVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
                return Result<ClassifierModel>.Failure(path, "has no integer \"formatVersion\": retrain with `extractor train`");
            if (version > CurrentVersion)
                return Result<ClassifierModel>.Failure(path, $"has format version {version}; this build reads up to {CurrentVersion}: update the program or retrain with `extractor train`");
            if (version < CurrentVersion)
                return Result<ClassifierModel>.Failure(path, $"has format version {version}, whose features this build no longer computes: retrain with `extractor train`");

            try
            {
                var labels = o.GetProperty("labels").EnumerateArray().Select(n => n.GetString()!).ToList();
                var featuresElement = o.GetProperty("features");
                var features = featuresElement.Deserialize(ModelJsonContext.Default.FeatureSettings)!;
                var layout = featuresElement.TryGetProperty("layout", out var names) ? names.EnumerateArray().Select(n => n.GetString()!).ToList() : [];
                if (!layout.SequenceEqual(LayoutFeatures.Names, StringComparer.Ordinal))
                    return Result<ClassifierModel>.Failure(path, "was trained with other layout features than this build computes: retrain with `extractor train`");
                var weightsElement = o.GetProperty("weights");
                var dimension = features.Dimension;
                var weights = labels.Select(l =>
                {
                    var w = weightsElement.GetProperty(l);
                    var idx = w.GetProperty("index");
                    var val = w.GetProperty("value");
                    if (idx.GetArrayLength() != val.GetArrayLength())
                        throw new FormatException($"label '{l}' has {idx.GetArrayLength()} indices but {val.GetArrayLength()} values");
                    var indices = new int[idx.GetArrayLength()];
                    var values = new double[indices.Length];
                    var n = 0;
                    using var read = val.EnumerateArray();
                    foreach (var i in idx.EnumerateArray())
                    {
                        read.MoveNext();
                        // Checked here: an index outside the feature space is a damaged file, not a crash at start-up
                        // (or an array of the index's size).
                        var index = i.GetInt32();
                        if (index < 0 || index >= dimension)
                            throw new FormatException($"label '{l}' has feature index {index}, outside 0 to {dimension - 1}");
                        (indices[n], values[n++]) = (index, read.Current.GetDouble());
                    }
                    // Written in feature order, so sorted only when edited by hand: sorting sorted weights cost the
                    // start of every ingest 10-20 ms of code the JIT compiled for it.
                    if (!IsIncreasing(indices))
                    {
                        Array.Sort(indices, values);
                        for (var k = 1; k < indices.Length; k++)
                            if (indices[k] == indices[k - 1]) throw new FormatException($"label '{l}' has feature index {indices[k]} twice");
                    }
                    return new SoftmaxRegression.LabelWeights(indices, values);
                }).ToList();
                var bias = o.GetProperty("bias").EnumerateArray().Select(n => n.GetDouble()).ToList();
                var regression = new SoftmaxRegression(labels, bias, weights);
                var training = o.GetProperty("training").Deserialize(ModelJsonContext.Default.TrainingRecord)!;
                var evaluations = o.TryGetProperty("evaluations", out var e) && e.ValueKind != JsonValueKind.Null ? e.Deserialize(ModelJsonContext.Default.ListEvaluation) ?? [] : [];
                return Result<ClassifierModel>.Success(new ClassifierModel(o.GetProperty("task").GetString()!, features, regression, training, evaluations));
            }
            catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or FormatException or JsonException or ArgumentException or KeyNotFoundException)
            {
                return Result<ClassifierModel>.Failure(path, $"is damaged ({ex.Message}): retrain with `extractor train`");
            }
        }
    }

    private static bool IsIncreasing(int[] values)
    {
        for (var k = 1; k < values.Length; k++)
            if (values[k] <= values[k - 1]) return false;
        return true;
    }

    /// <summary>Indented objects; arrays of plain values on one line so weights and confusion rows stay compact.</summary>
    private static void Write(JsonNode? node, StringBuilder b, int indent)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    b.Append("{}");
                    return;
                }

                b.Append("{\n");
                var i = 0;
                foreach (var (name, value) in obj)
                {
                    b.Append(' ', indent + 2).Append(JsonSerializer.Serialize(name, Json)).Append(": ");
                    Write(value, b, indent + 2);
                    b.Append(++i < obj.Count ? ",\n" : "\n");
                }

                b.Append(' ', indent).Append('}');
                return;
            case JsonArray arr when arr.All(n => n is JsonValue or null):
                b.Append('[').AppendJoin(",", arr.Select(Scalar)).Append(']');
                return;
            case JsonArray arr:
                b.Append("[\n");
                for (var j = 0; j < arr.Count; j++)
                {
                    b.Append(' ', indent + 2);
                    Write(arr[j], b, indent + 2);
                    b.Append(j + 1 < arr.Count ? ",\n" : "\n");
                }

                b.Append(' ', indent).Append(']');
                return;
            default:
                b.Append(Scalar(node));
                return;
        }
    }

    private static string Scalar(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<double>(out var d))
            return double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : throw new InvalidOperationException("A model holds a non-finite number.");
        return node?.ToJsonString(Json) ?? "null";
    }
}
