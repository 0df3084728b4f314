using System.CommandLine;
using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Pipeline;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Extractor.Cli;

/// <summary>Options every verb takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Config = new("--config", "-c")
    {
        Description = "The pipeline.json to use (default: ./pipeline.json when present, else built-in defaults).",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log debug detail.", Recursive = true };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Log warnings and errors only.", Recursive = true };

    public static readonly Option<string?> LogFormat = new("--log-format") { Description = "Console log format: text or json (overrides pipeline.json).", Recursive = true };

    static GlobalOptions() => LogFormat.AcceptOnlyFromAmong("text", "json");
}

/// <summary>What a verb runs with: the validated configuration, the logger, and the composed pipeline.</summary>
public sealed class CliHost : IDisposable
{
    private readonly Logger _logger;

    private CliHost(PipelineConfig config, Logger logger)
    {
        Config = config;
        _logger = logger;
    }

    public PipelineConfig Config { get; }
    public Serilog.ILogger Log => _logger;

    /// <summary>Exit code for usage or configuration errors.</summary>
    public const int UsageError = 2;

    /// <summary>Reads the configuration and starts logging; a bad configuration prints one message and yields null.</summary>
    public static CliHost? Start(ParseResult parse)
    {
        var config = LoadConfig(parse);
        if (!config.IsSuccess)
        {
            Console.Error.WriteLine($"error: {config.Error}");
            return null;
        }

        var c = config.Value!;
        var level = parse.GetValue(GlobalOptions.Verbose) ? LogEventLevel.Debug
            : parse.GetValue(GlobalOptions.Quiet) ? LogEventLevel.Warning
            : Enum.Parse<LogEventLevel>(c.Logging.Level);
        var format = parse.GetValue(GlobalOptions.LogFormat) ?? c.Logging.Format;
        var log = new LoggerConfiguration().MinimumLevel.Is(level).Enrich.FromLogContext();
        log = format == "json"
            ? log.WriteTo.Console(new JsonFormatter(renderMessage: true), standardErrorFromLevel: LogEventLevel.Verbose)
            : log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", standardErrorFromLevel: LogEventLevel.Verbose);
        if (c.Logging.File)
            log = log.WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(c.Resolve(c.Output.Logs), "extractor-.log"),
                restrictedToMinimumLevel: LogEventLevel.Debug, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        return new CliHost(c, log.CreateLogger());
    }

    /// <summary>The configuration the command line names: --config, else ./pipeline.json, else the defaults.</summary>
    public static Result<PipelineConfig> LoadConfig(ParseResult parse)
    {
        var path = parse.GetValue(GlobalOptions.Config);
        if (path is not null) return File.Exists(path) ? PipelineConfig.Load(path) : Result<PipelineConfig>.Failure(path, "configuration file not found");
        if (File.Exists("pipeline.json")) return PipelineConfig.Load("pipeline.json");
        return Result<PipelineConfig>.Success(WithResourcesFrom(PipelineConfig.Defaults(Directory.GetCurrentDirectory()), Environment.GetEnvironmentVariable(HomeVariable)));
    }

    /// <summary>The repository the program was built from, which the `extractor` launcher names, so that it runs from any folder.</summary>
    public const string HomeVariable = "EXTRACTOR_HOME";

    /// <summary>
    /// The defaults with the models and the gazetteer taken from <paramref name="home"/> where the working folder has none: run
    /// from another folder ("~/extractor/extractor extract informe.pdf"), the program still finds what it was trained with,
    /// while inputs, store and index stay relative to where it runs.
    /// </summary>
    public static PipelineConfig WithResourcesFrom(PipelineConfig defaults, string? home)
    {
        if (string.IsNullOrEmpty(home)) return defaults;
        string Found(string path) => Path.Exists(defaults.Resolve(path)) ? path : Path.Combine(home, path);
        return defaults with
        {
            Classification = defaults.Classification with
            {
                SectionModel = Found(defaults.Classification.SectionModel), DocumentModel = Found(defaults.Classification.DocumentModel),
            },
            Extraction = defaults.Extraction with { Gazetteer = Found(defaults.Extraction.Gazetteer) },
        };
    }

    /// <summary>The composed pipeline, or null after printing why it cannot be built (a missing model or gazetteer).</summary>
    public DocumentPipeline? BuildPipeline(IReadOnlyDictionary<string, string>? passwords = null) => Compose(Config, passwords);

    /// <summary>The composed pipeline with its classifier models still loading (see <see cref="PipelineFactory.Start"/>);
    /// null after printing why it cannot be built (a missing gazetteer).</summary>
    public DocumentPipeline? StartPipeline(IReadOnlyDictionary<string, string>? passwords = null) =>
        Reported(PipelineFactory.Start(Config, passwords));

    public static DocumentPipeline? Compose(PipelineConfig config, IReadOnlyDictionary<string, string>? passwords = null) =>
        Reported(PipelineFactory.Create(config, passwords));

    private static DocumentPipeline? Reported(Result<DocumentPipeline> pipeline)
    {
        if (!pipeline.IsSuccess) Console.Error.WriteLine($"error: {pipeline.Error}");
        return pipeline.Value;
    }

    public void Dispose() => _logger.Dispose();
}
