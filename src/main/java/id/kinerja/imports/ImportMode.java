package id.kinerja.imports;

/** {@code upsert} adds and changes rows; {@code replace} also removes, in the file's scope, what it leaves out. */
public enum ImportMode {
	UPSERT, REPLACE
}
