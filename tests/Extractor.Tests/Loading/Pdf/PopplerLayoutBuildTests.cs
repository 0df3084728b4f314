using System.Diagnostics;
using System.Runtime.Versioning;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Loading.Pdf;

/// <summary>
/// The Extractor project's targets that build poppler-layout: wherever the helper cannot be built, the build still
/// succeeds and the loader keeps its two passes; where it can, it lands in the intermediate folder however that is given.
/// </summary>
/// <remarks>Each test runs the project's CopyPopplerLayout target alone through <c>dotnet msbuild</c>, into a folder of its own.</remarks>
[UnsupportedOSPlatform("windows")]
public sealed class PopplerLayoutBuildTests
{
    private static string Project => Path.Combine(RepoPaths.RepoRoot, "src", "Extractor", "Extractor.csproj");

    [Test]
    public void WhenTheHelperDoesNotCompile_TheBuildWarnsAndSucceeds()
    {
        // A g++ that fails as it would against a Poppler whose API the source does not match.
        using var folder = new PdfTestFiles();
        var bin = Directory.CreateDirectory(Path.Combine(folder.Dir, "bin")).FullName;
        var gxx = Path.Combine(bin, "g++");
        File.WriteAllText(gxx, "#!/bin/sh\necho \"poppler-layout.cc:62:31: error: cannot convert 'std::vector<unsigned int>' to 'int'\" >&2\nexit 1\n");
        File.SetUnixFileMode(gxx, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // The usual relative form of the intermediate folder (obj/Debug/net10.0/), inside the project's obj/.
        var relative = $"obj/test-{Guid.NewGuid():N}/";
        var output = Path.Combine(Path.GetDirectoryName(Project)!, relative);
        try
        {
            var build = MsBuild(relative, bin);

            Assert.That(build.ExitCode, Is.Zero, build.Output);
            Assert.That(build.Output, Does.Contain("warning").And.Contain("poppler-layout did not compile"));
            Assert.That(File.Exists(Path.Combine(output, "poppler-layout")), Is.False);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public void WithAnAbsoluteIntermediateFolder_TheHelperIsBuiltThere()
    {
        using var folder = new PdfTestFiles();
        var output = Path.Combine(folder.Dir, "obj", "Release") + "/";

        var build = MsBuild(output, extraPath: null);

        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(File.Exists(Path.Combine(output, "poppler-layout")), Is.True, build.Output);
    }

    private static (int ExitCode, string Output) MsBuild(string intermediateOutputPath, string? extraPath)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.RepoRoot,
        };
        foreach (var argument in new[] { "msbuild", Project, "-t:CopyPopplerLayout", $"-p:IntermediateOutputPath={intermediateOutputPath}", "-nodeReuse:false", "-nologo", "-v:m" })
            info.ArgumentList.Add(argument);
        if (extraPath is not null) info.Environment["PATH"] = extraPath + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
