using System.Collections.Concurrent;
using System.Diagnostics;
using MediaLit.Notebooks.Execution;

namespace MediaLit.Notebooks.NuGet;

/// <summary>Outcome of restoring one <c>#r "nuget: ..."</c> package.</summary>
public sealed record PackageRestore(PackageRequest Package, bool Succeeded, IReadOnlyList<string> Assemblies, string? Error);

/// <summary>
/// Restores notebook packages the way the kernel does: a generated net10.0 project per package, restored
/// with the user's own NuGet configuration (the generated folders carry no nuget.config, so the usual
/// user/machine configuration applies). Successful restores are cached on disk by name and version;
/// failures are cached for the lifetime of this instance (one run), so an unavailable package costs one
/// attempt per run.
/// </summary>
public sealed class NuGetRestorer : IDisposable
{
    private const string TargetFramework = "net10.0";
    private readonly string _workDirectory;
    private readonly ConcurrentDictionary<string, Lazy<Task<PackageRestore>>> _restores = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <param name="workDirectory">Folder for the generated projects and the on-disk cache (under the output folder).</param>
    public NuGetRestorer(string workDirectory)
    {
        _workDirectory = Path.GetFullPath(workDirectory);
    }

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>Packages that failed to restore so far in this run.</summary>
    public IEnumerable<PackageRestore> Failures =>
        _restores.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully && !l.Value.Result.Succeeded)
            .Select(l => l.Value.Result);

    public Task<PackageRestore> RestoreAsync(PackageRequest package, CancellationToken cancellationToken = default)
    {
        var key = $"{package.Name}/{package.Version ?? "*"}";
        return _restores.GetOrAdd(key, _ => new Lazy<Task<PackageRestore>>(() => RestoreOnceAsync(package, cancellationToken))).Value;
    }

    private async Task<PackageRestore> RestoreOnceAsync(PackageRequest package, CancellationToken cancellationToken)
    {
        var version = package.Version ?? "*";
        var projectDirectory = Path.Combine(_workDirectory, Sanitize(package.Name), Sanitize(version));
        var cacheFile = Path.Combine(projectDirectory, "assemblies.txt");
        if (package.Version is not null && File.Exists(cacheFile))
        {
            var cached = await File.ReadAllLinesAsync(cacheFile, cancellationToken);
            if (cached.All(File.Exists))
            {
                return new PackageRestore(package, true, cached, null);
            }
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            PrepareProject(projectDirectory, package.Name, version);
            var (exitCode, output) = await RunDotnetAsync(projectDirectory, ["restore", "restore.csproj", "--nologo", "-v", "q"], cancellationToken);
            if (exitCode != 0)
            {
                return new PackageRestore(package, false, [], FirstError(output) ?? $"dotnet restore exited with {exitCode}");
            }

            var assemblies = AssetsReader.RuntimeAssemblies(Path.Combine(projectDirectory, "obj", "project.assets.json"), TargetFramework);
            await File.WriteAllLinesAsync(cacheFile, assemblies, cancellationToken);
            return new PackageRestore(package, true, assemblies, null);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or System.Text.Json.JsonException)
        {
            return new PackageRestore(package, false, [], ex.Message);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void PrepareProject(string projectDirectory, string name, string version)
    {
        Directory.CreateDirectory(projectDirectory);

        // The output folder usually sits inside a repository whose Directory.Build.props / central package
        // management would leak into the generated project; empty files here stop MSBuild looking further up.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            var path = Path.Combine(_workDirectory, file);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, "<Project />\n");
            }
        }

        File.WriteAllText(Path.Combine(projectDirectory, "restore.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{System.Security.SecurityElement.Escape(name)}" Version="{System.Security.SecurityElement.Escape(version)}" />
              </ItemGroup>
            </Project>
            """);
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetAsync(string directory, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A test host or an MSBuild task passes its own MSBuild settings down; the child must find its own SDK.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FirstError(string output) =>
        output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) is { } line
            ? TrimProjectSuffix(line)
            : null;

    // MSBuild appends " [/path/restore.csproj]"; the package name is what matters to the reader.
    private static string TrimProjectSuffix(string line)
    {
        var bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        var message = bracket > 0 ? line[..bracket] : line;
        var marker = message.IndexOf("error ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 6)..] : message;
    }

    private static string Sanitize(string value) =>
        string.Concat(value.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? char.ToLowerInvariant(c) : '_'));
}
