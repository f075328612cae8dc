package id.kinerja.imports;

/** One file to import into a region; {@code period} (may be null) fills and checks the rows' own. */
public record ImportRequest(String region, ImportKind kind, ImportMode mode, boolean dryRun, String period) {
}
