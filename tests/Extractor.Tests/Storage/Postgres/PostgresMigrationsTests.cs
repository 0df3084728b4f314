using Extractor.Configuration;
using Extractor.Pipeline;
using Extractor.Storage.Postgres;
using Npgsql;

namespace Extractor.Tests.Storage.Postgres;

public sealed class PostgresMigrationsTests
{
    [Test]
    public void AFreshDatabase_IsMigratedToTheCurrentVersion_AndASecondRunDoesNothing()
    {
        using var source = NpgsqlDataSource.Create(PostgresTestCluster.Instance.CreateDatabase());
        Assert.That(PostgresMigrations.Status(source).Version, Is.Zero);

        var first = PostgresMigrations.Migrate(source);
        Assert.That(first.IsSuccess, Is.True, first.Error?.ToString());
        Assert.That(first.Value!.Select(m => m.Version), Is.EqualTo(PostgresMigrations.All.Select(m => m.Version)));
        Assert.That(PostgresMigrations.Check(source).IsSuccess, Is.True);
        Assert.That(PostgresMigrations.Migrate(source).Value, Is.Empty);
    }

    [Test]
    public void AnEmptyDatabase_IsReportedWithTheCommandThatFixesIt()
    {
        using var source = NpgsqlDataSource.Create(PostgresTestCluster.Instance.CreateDatabase());
        var check = PostgresMigrations.Check(source);
        Assert.That(check.IsSuccess, Is.False);
        Assert.That(check.Error!.Problem, Does.Contain("run `extractor db migrate`"));
    }

    [Test]
    public void AnOlderDatabase_IsReportedWithItsVersionAndTheMigrateCommand_AndMigrateUpgradesIt()
    {
        using var source = NpgsqlDataSource.Create(PostgresTestCluster.Instance.CreateDatabase());
        PostgresMigrations.Migrate(source, target: 1);

        var check = PostgresMigrations.Check(source);
        Assert.That(check.Error!.Problem, Is.EqualTo(
            $"is at schema version 1, this extractor needs version {PostgresMigrations.CurrentVersion}; run `extractor db migrate` to upgrade it"));
        Assert.That(PostgresMigrations.Migrate(source).Value!.Select(m => m.Version), Is.EqualTo(new[] { 2 }));
        Assert.That(PostgresMigrations.Check(source).IsSuccess, Is.True);
    }

    [Test]
    public void ANewerDatabase_IsRefusedByEveryVerbAndByMigrate()
    {
        var connection = PostgresTestCluster.Instance.CreateDatabase();
        using var source = NpgsqlDataSource.Create(connection);
        PostgresMigrations.Migrate(source);
        using (var c = source.OpenConnection())
        using (var cmd = new NpgsqlCommand("INSERT INTO extractor_schema (version, description) VALUES (99, 'from the future')", c))
            cmd.ExecuteNonQuery();

        Assert.That(PostgresMigrations.Check(source).Error!.Problem, Does.Contain("newer than this extractor knows").And.Contain("refusing"));
        Assert.That(PostgresMigrations.Migrate(source).Error!.Problem, Does.Contain("not changing it"));

        var variable = "EXTRACTOR_PG_TEST_" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable(variable, connection);
        try
        {
            var opened = Backends.Open(PostgresConfig(variable));
            Assert.That(opened.IsSuccess, Is.False);
            Assert.That(opened.Error!.ToString(), Does.StartWith("database: is at schema version 99"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void AMissingConnectionVariable_IsAConfigurationErrorNamingTheVariable()
    {
        var opened = Backends.Open(PostgresConfig("EXTRACTOR_PG_SURELY_UNSET"));
        Assert.That(opened.IsSuccess, Is.False);
        Assert.That(opened.Error!.File, Is.EqualTo("backend.connectionStringVariable"));
        Assert.That(opened.Error.Problem, Does.Contain("EXTRACTOR_PG_SURELY_UNSET, which is not set"));
    }

    internal static PipelineConfig PostgresConfig(string variable) =>
        PipelineConfig.Parse("{\"backend\": {\"kind\": \"postgres\", \"connectionStringVariable\": \"" + variable + "\"}}", Path.GetTempPath(), "test").Value!;
}
