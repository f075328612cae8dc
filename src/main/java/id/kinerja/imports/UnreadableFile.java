package id.kinerja.imports;

/** A file that cannot be read as a table at all: the wrong encoding, too large when unpacked, broken. */
class UnreadableFile extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	UnreadableFile(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	String code() {
		return code;
	}

	Object[] args() {
		return args;
	}

}
