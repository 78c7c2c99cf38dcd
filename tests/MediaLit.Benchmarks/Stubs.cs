namespace MediaLit.Benchmarks;
internal static class PeerComparison { public static int Run(string[] args) => 0; }
internal static class PackTiming { public static int Run(string[] args) => 0; }
