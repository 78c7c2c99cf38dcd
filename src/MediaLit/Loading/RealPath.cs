namespace MediaLit.Loading;

/// <summary>
/// A path with every symbolic link in it resolved, as the operating system will open it. A check that a
/// file lies inside a folder must compare real paths: the text "data/articles/x.txt" says nothing about
/// where a link named x.txt, or a linked articles/ folder, leads.
/// </summary>
internal static class RealPath
{
    // Linux gives up after 40 links (ELOOP); so do we, so that a loop of links cannot hang a lesson.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The real path of <paramref name="path"/>: each part is resolved in turn from the root, so a linked
    /// folder anywhere in the path counts, and ".." after a link means the link target's parent, as for the system.
    /// Parts that do not exist are kept as written.
    /// </summary>
    public static string Of(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        int links = 0;
        while (pending.TryPop(out string? name))
        {
            if (name == ".")
                continue;
            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Combine(current, name);
            string? target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
                throw new IOException($"More than {MaxLinks} symbolic links in {path}: the links form a loop.");
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both real, full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        string prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static void Push(Stack<string> pending, string relative)
    {
        string[] parts = relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (int i = parts.Length - 1; i >= 0; i--)
            pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            // LinkTarget reads the link itself (readlink), for file and folder links alike; null for anything else.
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
