namespace Extractor.Tests.Loading.Pdf;

/// <summary>A scratch folder for the PDFs a test writes, deleted with the test fixture.</summary>
internal sealed class PdfTestFiles : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("extractor-pdf-").FullName;

    public string PathOf(string name) => Path.Combine(Dir, name);

    public string Write(string name, byte[] bytes)
    {
        var path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("EXTRACTOR_KEEP_TEST_PDFS") is null) Directory.Delete(Dir, recursive: true);
    }
}
