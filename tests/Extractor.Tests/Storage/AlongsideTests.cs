using Extractor.Storage;

namespace Extractor.Tests.Storage;

public sealed class AlongsideTests
{
    [Test]
    public void WhenBothFail_BothFailuresAreReported()
    {
        var other = Task.Run(() => throw new IOException("index"));
        var thrown = Assert.Throws<AggregateException>(() => Alongside.Run(() => throw new InvalidOperationException("store"), other));
        Assert.That(thrown!.InnerExceptions.Select(e => e.Message), Is.EqualTo(new[] { "store", "index" }));
    }

    [Test]
    public void WhenOneFails_ItsFailureIsRethrownAsItWas()
    {
        Assert.Throws<IOException>(() => Alongside.Run(() => { }, Task.Run(() => throw new IOException("index"))));
        Assert.Throws<InvalidOperationException>(() => Alongside.Run(() => throw new InvalidOperationException("store"), Task.CompletedTask));
    }

    [Test]
    public void AFailingWorkStillWaitsForTheOther()
    {
        using var release = new ManualResetEventSlim();
        var finished = false;
        var other = Task.Run(() =>
        {
            release.Wait();
            finished = true;
        });
        Assert.Throws<InvalidOperationException>(() => Alongside.Run(() =>
        {
            release.Set();
            throw new InvalidOperationException("store");
        }, other));
        Assert.That(finished, Is.True);
    }
}
