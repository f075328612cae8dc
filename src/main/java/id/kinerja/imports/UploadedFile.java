package id.kinerja.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file as it arrives, with its SHA-256, stopped with 413 as soon as it
 * passes the limit. XLSX (a zip archive) is told from CSV by its first bytes, not by its name.
 */
public record UploadedFile(Path path, String name, long bytes, String sha256) implements AutoCloseable {

	enum Format {
		CSV, XLSX, XLS
	}

	public static UploadedFile receive(InputStream in, String name, long limit) {
		Path path = null;
		try {
			path = Files.createTempFile("kinerja-import-", ".upload");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long copied = 0;
			try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(path)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = digesting.read(buffer); n != -1; n = digesting.read(buffer)) {
					copied += n;
					if (copied > limit) {
						throw new FileTooLarge(limit);
					}
					out.write(buffer, 0, n);
				}
			}
			return new UploadedFile(path, name == null || name.isBlank() ? "upload" : name, copied,
					HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException | NoSuchAlgorithmException | RuntimeException ex) {
			delete(path);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex);
		}
	}

	Format format() {
		try (InputStream in = Files.newInputStream(path)) {
			byte[] magic = in.readNBytes(4);
			if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
				return Format.XLSX;
			}
			return magic.length == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF ? Format.XLS
					: Format.CSV;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		delete(path);
	}

	private static void delete(Path path) {
		try {
			if (path != null) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary file; the system's clean-up takes it
		}
	}

}
