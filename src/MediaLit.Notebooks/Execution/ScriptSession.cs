using System.Reflection;
using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using Microsoft.DotNet.Interactive.Formatting;

namespace MediaLit.Notebooks.Execution;

/// <summary>A cell compiled against the session so far; run it with <see cref="ScriptSession.RunAsync"/>.</summary>
internal sealed record CompiledSubmission(Script<object> Script, IReadOnlyList<Diagnostic> Errors);

/// <summary>Result of compiling and running one submission.</summary>
internal sealed record SubmissionOutcome(IReadOnlyList<Diagnostic> Errors, Exception? Exception, bool HasValue, object? Value);

/// <summary>
/// One kernel's worth of Roslyn scripting state: the first cell starts a script, later cells continue it,
/// so variables, types and usings carry over exactly as in the C# kernel.
/// </summary>
internal sealed class ScriptSession : IDisposable
{
    /// <summary>The C# kernel's default imports (the Kernel type gives display/HTML, like its using static).</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic",
        "System.Threading.Tasks", "System.Linq", "Microsoft.DotNet.Interactive.Kernel",
    ];

    // ScriptOptions.Default has no framework references on .NET 10: reference the shared framework's
    // assemblies (from the trusted platform list) once per process; Roslyn caches their metadata.
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    private readonly InteractiveAssemblyLoader _loader = new();
    private readonly HashSet<Assembly> _registered = [];
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    public ScriptSession()
    {
        _options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(FrameworkReferences.Value)
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(false);

        // The runner (Kernel, Display), the formatting library and HtmlString must be the host's own copies,
        // otherwise displays would go to a second, unobserved copy of the runner.
        AddReference(typeof(ScriptSession).Assembly);
        AddReference(typeof(Formatter).Assembly);
        AddReference(typeof(HtmlString).Assembly);
    }

    public void Dispose() => _loader.Dispose();

    public void AddReference(Assembly assembly)
    {
        if (!_registered.Add(assembly) || string.IsNullOrEmpty(assembly.Location))
        {
            return;
        }

        _loader.RegisterDependency(assembly);
        _options = _options.AddReferences(MetadataReference.CreateFromFile(assembly.Location));
    }

    /// <summary>
    /// Compiles a cell. Kept apart from <see cref="RunAsync"/> so the runner's cell timeout measures the
    /// cell's own running time, not the compiler's start-up (several seconds in a fresh process).
    /// </summary>
    public CompiledSubmission Compile(string code, CancellationToken cancellationToken)
    {
        Script<object> script = _state is null
            ? CSharpScript.Create<object>(code, _options, globalsType: null, assemblyLoader: _loader)
            : _state.Script.ContinueWith<object>(code, _options);

        var errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new CompiledSubmission(script, errors);
    }

    public async Task<SubmissionOutcome> RunAsync(CompiledSubmission compiled, CancellationToken cancellationToken)
    {
        var (script, errors) = compiled;
        if (errors.Count > 0)
        {
            // Not run, so the session state is untouched, as in the kernel.
            return new SubmissionOutcome(errors, null, false, null);
        }

        var hasValue = HasTrailingExpression(script.GetCompilation());
        ScriptState<object> state;
        try
        {
            state = _state is null
                ? await script.RunAsync(globals: null, catchException: _ => true, cancellationToken)
                : await script.RunFromAsync(_state, catchException: _ => true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Failures before user code runs (e.g. an assembly that cannot be loaded).
            return new SubmissionOutcome([], ex, false, null);
        }

        _state = state;
        return new SubmissionOutcome([], state.Exception, hasValue && state.Exception is null, state.ReturnValue);
    }

    /// <summary>The kernel displays the value of a last expression written without a semicolon, unless it is void.</summary>
    private static bool HasTrailingExpression(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement }] }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private static List<MetadataReference> LoadFrameworkReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        return trusted
            .Where(p => p.Length > 0 && string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
