using Extractor.Tests.Storage.Postgres;

namespace Extractor.Tests;

/// <summary>What the whole test run shares and must release at its end: the throwaway PostgreSQL cluster.</summary>
[SetUpFixture]
public sealed class TestRunTeardown
{
    [OneTimeTearDown]
    public void StopSharedServers() => PostgresTestCluster.StopShared();
}
