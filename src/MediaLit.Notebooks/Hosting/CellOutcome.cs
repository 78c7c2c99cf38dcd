using System.Text.RegularExpressions;
using MediaLit.Notebooks.Reading;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// Decides PASS, FAIL or SKIP for a cell from the kernel's events. A cell is skipped (never passed) when a package
/// it asks for could not be restored, or when it fails to compile only with missing-symbol errors after a package
/// of this notebook could not be restored: that cell most likely uses what the package would have brought.
/// </summary>
internal static partial class CellOutcome
{
    private static readonly HashSet<string> MissingSymbolErrors =
        ["CS0246", "CS0234", "CS0103", "CS0400", "CS1061", "CS0117", "CS0012", "CS0305", "CS0308", "CS7036"];

    /// <param name="failedPackages">Packages of this notebook that could not be restored so far; grows here.</param>
    public static CellResult Judge(NotebookCell cell, KernelCommandResult result, List<PackageRequest> failedPackages, Func<int> nextExecutionCount, long outputCap)
    {
        var outputs = CellEvents.Outputs(result.Events, outputCap);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is not { } failed)
        {
            return new CellResult(cell.Number, CellStatus.Passed, null, null, null, outputs) { ExecutionCount = nextExecutionCount() };
        }

        var errors = result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        var requested = PackageRequest.InCell(cell.Source);
        var codeRan = result.Events.Any(e => e is CodeSubmissionReceived);
        if (!codeRan && errors.Count == 0 && requested.Count > 0)
        {
            // The restore failed, so the code never ran. The kernel's message names the package it could not find;
            // when it names none (offline: no source reachable), every package of the cell is missing.
            var missing = requested.Where(p => failed.Message.Contains(p.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            failedPackages.AddRange(missing.Count > 0 ? missing : requested);
            return Skip(cell, string.Join(", ", (missing.Count > 0 ? missing : requested).Select(p => p.Display)), outputs, failed.Message);
        }

        if (errors.Count > 0 && failedPackages.Count > 0 && errors.All(e => MissingSymbolErrors.Contains(e.Code)))
        {
            return Skip(cell, PickPackage(failedPackages, errors.Select(e => e.Message)).Display, outputs, null);
        }

        int? line = null;
        string message;
        if (errors.Count > 0)
        {
            var first = errors[0];
            line = first.LinePositionSpan.Start.Line + 1;
            message = $"{first.Code}: {first.Message}" + (errors.Count > 1 ? $" (+{errors.Count - 1} more)" : "");
            outputs.Add(CellOutput.Failure("CompilationError", $"line {line}: {message}"));
        }
        else if (failed.Exception is { } exception and not CodeSubmissionCompilationErrorException)
        {
            message = $"{exception.GetType().Name}: {exception.Message}";
            outputs.Add(CellOutput.Failure(exception.GetType().FullName ?? exception.GetType().Name, exception.Message));
        }
        else
        {
            message = FirstLine(failed.Message);
            outputs.Add(CellOutput.Failure("KernelError", message));
        }

        return new CellResult(cell.Number, CellStatus.Failed, line, message, null, outputs) { ExecutionCount = nextExecutionCount() };
    }

    /// <summary>
    /// The failed package whose name shows up in the errors (e.g. 'Analysis'), else the one that failed last:
    /// a cell that uses a name defined by a skipped cell most likely needs what that cell needed.
    /// </summary>
    private static PackageRequest PickPackage(List<PackageRequest> failed, IEnumerable<string> errors)
    {
        var text = string.Join('\n', errors);
        return failed.FirstOrDefault(p => p.Name.Split('.')
                   .Where(part => part.Length > 3 && part is not ("Microsoft" or "System" or "CSharp"))
                   .Any(part => text.Contains(part, StringComparison.Ordinal)))
               ?? failed[^1];
    }

    private static CellResult Skip(NotebookCell cell, string packages, List<CellOutput> outputs, string? kernelMessage)
    {
        var message = $"needs {packages} (could not be restored)";
        // Only NuGet's own reason: the kernel's message also holds a temporary project path that differs per run.
        var reason = kernelMessage is null ? null : NuGetError().Match(kernelMessage) is { Success: true } m ? m.Value : FirstLine(kernelMessage);
        outputs.Add(CellOutput.Stream(OutputKind.Stderr, $"skipped: {message}{(reason is null ? "" : $"; {reason}")}\n"));
        return new CellResult(cell.Number, CellStatus.Skipped, null, message, packages, outputs);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();

    [GeneratedRegex(@"NU\d{4}: [^\r\n]*")]
    private static partial Regex NuGetError();
}
