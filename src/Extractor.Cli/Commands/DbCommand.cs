using System.CommandLine;
using Extractor.Configuration;
using Extractor.Pipeline;
using Extractor.Storage.Postgres;
using Npgsql;

namespace Extractor.Cli.Commands;

/// <summary>`extractor db migrate` and `extractor db status`: the PostgreSQL schema's version.</summary>
public static class DbCommand
{
    /// <param name="config">Gives the configuration when the command runs.</param>
    public static Command Create(Func<PipelineConfig> config)
    {
        var migrate = new Command("migrate", "Apply the pending schema migrations to the PostgreSQL database (safe to run from several machines)");
        migrate.SetAction(_ =>
        {
            var result = Backends.Migrate(config());
            if (!result.IsSuccess)
            {
                Console.Error.WriteLine($"error: {result.Error}");
                return CliHost.UsageError;
            }
            foreach (var m in result.Value!) Console.WriteLine($"applied {m.Version}: {m.Description}");
            Console.WriteLine($"database is at schema version {PostgresMigrations.CurrentVersion}" + (result.Value!.Count == 0 ? " (nothing to do)" : ""));
            return 0;
        });
        var status = new Command("status", "Print the database's schema version and the one this extractor needs");
        status.SetAction(_ =>
        {
            var connection = Backends.ConnectionString(config().Backend, BackendUse.ReadWrite);
            if (!connection.IsSuccess)
            {
                Console.Error.WriteLine($"error: {connection.Error}");
                return CliHost.UsageError;
            }
            using var source = NpgsqlDataSource.Create(connection.Value!);
            var s = PostgresMigrations.Status(source);
            Console.WriteLine($"database schema version {s.Version}; this extractor needs {s.Expected}" +
                (s.Version < s.Expected ? ": run `extractor db migrate`" : s.Version > s.Expected ? ": newer than this extractor, upgrade it" : ""));
            return s.IsCurrent ? 0 : 1;
        });
        return new Command("db", "The PostgreSQL database's schema (backend.kind \"postgres\")") { migrate, status };
    }
}
