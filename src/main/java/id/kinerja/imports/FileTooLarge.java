package id.kinerja.imports;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** An upload past the size limit, stopped while it was read: 413. */
public class FileTooLarge extends Refusal {

	public FileTooLarge(long limitBytes) {
		super(HttpStatus.CONTENT_TOO_LARGE, "Content too large", "fileTooLarge", limitBytes / (1024 * 1024));
		field("file");
	}

}
