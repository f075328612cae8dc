package id.kinerja.policy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.smile.SmileFactory;
import tools.jackson.dataformat.smile.SmileMapper;
import tools.jackson.dataformat.smile.SmileWriteFeature;

/**
 * Calls and replies between the app and a sandbox worker: each a length and a document in Smile (binary
 * JSON, where a rule name or file path repeated in thousands of outcomes is written once and referred to
 * after), over the worker's standard input and output. A frame larger than the limit is refused before it
 * is read, so a worker cannot make the app read without end.
 */
final class Frames {

	private static final SmileMapper JSON = SmileMapper.builder(SmileFactory.builder()
		.enable(SmileWriteFeature.CHECK_SHARED_STRING_VALUES)
		.build()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private final DataInputStream in;

	private final DataOutputStream out;

	private final int maxBytes;

	Frames(InputStream in, OutputStream out, int maxBytes) {
		this.in = new DataInputStream(in);
		this.out = new DataOutputStream(out);
		this.maxBytes = maxBytes;
	}

	void write(Object frame) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(frame);
		synchronized (out) {
			out.writeInt(bytes.length);
			out.write(bytes);
			out.flush();
		}
	}

	/** The next frame, or null at the end of the stream. */
	<T> T read(Class<T> type) throws IOException {
		int length;
		try {
			length = in.readInt();
		}
		catch (EOFException ex) {
			return null;
		}
		if (length < 0 || length > maxBytes) {
			throw new IOException("frame of " + length + " bytes, over the limit of " + maxBytes);
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length < length) {
			return null;
		}
		return JSON.readValue(bytes, type);
	}

}
