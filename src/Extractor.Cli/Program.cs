namespace Extractor.Cli;

/// <summary>The entry point of the `extractor` command.</summary>
public static class Program
{
    public static int Main(string[] args) => 0;
}
