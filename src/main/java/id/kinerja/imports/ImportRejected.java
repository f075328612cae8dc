package id.kinerja.imports;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * A file with errors: 422, nothing written. The problem detail carries the counts, every row error
 * (row, column, value, message in the request's language) and the link to the copy with an error column.
 */
public class ImportRejected extends Refusal {

	private final transient ImportResult result;

	ImportRejected(ImportResult result) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid file", "importRejected", result.fileName(),
				result.errorCount(), result.rejected());
		this.result = result;
		with("import", result.id());
		with("kind", result.kind());
		with("rows", result.rows());
		with("rejected", result.rejected());
		with("ignoredColumns", result.ignoredColumns());
		with("errorCount", result.errorCount());
		with("errors", result.errors());
		with("errorFile", result.errorFile());
	}

	public ImportResult result() {
		return result;
	}

}
