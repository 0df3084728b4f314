using System.Text.Json.Serialization;

namespace Extractor.Classification.Linear;

/// <summary>
/// Compile-time JSON metadata for the parts of a model file read as records (its feature settings, training record and
/// evaluations), so that loading a model at the start of an ingest builds no serializer by reflection: that built
/// converters and emitted property setters at run time, about 100 methods for the JIT before the first weight was read.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FeatureSettings))]
[JsonSerializable(typeof(TrainingRecord))]
[JsonSerializable(typeof(List<Evaluation>))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
