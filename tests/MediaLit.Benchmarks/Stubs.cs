namespace MediaLit.Benchmarks;
internal static class PackTiming { public static int Run(string[] args) => 0; }
