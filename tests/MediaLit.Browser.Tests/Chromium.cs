using Microsoft.Playwright;

namespace MediaLit.Browser.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright. The browser is never downloaded: .ci/run installs the system
/// package when it is missing, and a user's machine without it reports the browser tests as skipped.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Set to use a Chromium elsewhere (another distribution's path, say).</summary>
    public const string PathVariable = "MEDIALIT_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;

    /// <summary>
    /// Why the browser tests cannot run here, or null when they can. On CI (CI=true) there is never a reason:
    /// .ci/run installs Chromium, so a missing browser there must fail the tests rather than skip them.
    /// </summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Chromium is not installed at {ExecutablePath}, so the proof that hostile articles stay inert in a browser did not run. "
              + $"Install Debian's package (sudo apt-get install chromium) or set {PathVariable}; .ci/run does this itself.";

    // The network is closed where tests run: these flags stop Chromium from trying it and waiting for time-outs.
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath} (CI must install it: see .ci/run).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }
}

/// <summary>A fact that is reported as skipped, with the reason, where Chromium is missing (decided at discovery).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
            Skip = reason;
    }
}
