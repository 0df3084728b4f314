using Extractor.Loading;

namespace Extractor.Tests.Loading;

/// <summary>A file's content hash is the same whether the batch's scan hashes the file or a loader hashes its bytes.</summary>
public sealed class FileReadingTests
{
    [TestCase(0)]
    [TestCase(5)]
    [TestCase(200_000)]
    public async Task AFilesHash_IsTheHashOfItsBytes_AsTheScanAndTheLoadersReadIt(int length)
    {
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"hash-{Guid.NewGuid():N}.txt");
        var bytes = Enumerable.Range(0, length).Select(i => (byte)('a' + i % 26)).ToArray();
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var read = await FileReading.ReadTextAsync(file, CancellationToken.None);

            Assert.That(read.IsSuccess, Is.True, read.Error?.ToString());
            Assert.That(FileReading.HashFile(file), Is.EqualTo(FileReading.Hash(bytes)).And.EqualTo(read.Value.Hash));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void ReadingWithACancelledToken_IsCancelled()
    {
        Assert.That(async () => await FileReading.ReadTextAsync("never-read.txt", new CancellationToken(canceled: true)),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
