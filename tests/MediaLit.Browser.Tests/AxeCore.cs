namespace MediaLit.Browser.Tests;

/// <summary>
/// axe-core, the accessibility checker, from npm: building this project runs <c>npm ci</c> here (package.json pins
/// the version), so node_modules/axe-core/axe.min.js sits beside the sources. Never a copy in the repository.
/// </summary>
internal static class AxeCore
{
    /// <summary>Set to use an axe.min.js elsewhere.</summary>
    public const string PathVariable = "MEDIALIT_AXE";

    public static string ScriptPath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Artifacts.RepositoryRoot, "tests", "MediaLit.Browser.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why the accessibility test cannot run here, or null. Never a reason on CI (CI=true): it must fail there.</summary>
    public static string? SkipReason =>
        Chromium.SkipReason
        ?? (File.Exists(ScriptPath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"axe-core is not installed at {ScriptPath}, so the accessibility check of the exported site did not run. "
              + $"Build this test project with npm on the PATH and the npm registry reachable (it runs 'npm ci'), or set {PathVariable}.");
}

/// <summary>A fact reported as skipped, with the reason, where Chromium or axe-core is missing (decided at discovery).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (AxeCore.SkipReason is { } reason)
            Skip = reason;
    }
}
