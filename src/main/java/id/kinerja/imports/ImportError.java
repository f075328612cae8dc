package id.kinerja.imports;

/** A row error as answered: row (1 is the header, 0 the whole file), column, value and reason in the asked language. */
public record ImportError(int row, String column, String value, String message) {
}
