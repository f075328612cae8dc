package id.kinerja.system;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the app refuses, as an RFC 9457 problem detail. Its text is the message {@code problem.<key>}
 * of the message bundles, so the API and the pages give it in the user's language; until it is resolved
 * for a request (or where there is none: logs, audit) it reads in Bahasa Indonesia.
 */
public class Refusal extends ErrorResponseException {

	private static final String BUNDLE = "messages";

	public Refusal(HttpStatus status, String title, String key, Object... args) {
		this(status, title, "problem." + key, texts(args));
	}

	private Refusal(HttpStatus status, String title, String code, String[] args) {
		super(status, body(status, title, code, args), null, code, args);
	}

	/** A 404 naming the request field whose value was not found. */
	public static Refusal notFound(String field, Object value) {
		return new Refusal(HttpStatus.NOT_FOUND, "Not found", "notFound", field, value).field(field);
	}

	/** Names the request field the refusal is about, so a form can show it there. */
	public Refusal field(String field) {
		return with("field", field);
	}

	/** Tells the client when to try again (429, 503). */
	public Refusal retryAfter(long seconds) {
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds)));
		return this;
	}

	public Refusal with(String property, Object value) {
		getBody().setProperty(property, value);
		return this;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	private static ProblemDetail body(HttpStatus status, String title, String code, Object[] args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, indonesian(code, args));
		problem.setTitle(title);
		return problem;
	}

	// ids and counts as written, not as numbers grouped by the locale's habit (1.234 or 1,234)
	public static String[] texts(Object[] args) {
		return Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
	}

	// formatted as Spring's MessageSource does: MessageFormat only where there are arguments
	private static String indonesian(String code, Object[] args) {
		String pattern = ResourceBundle
			.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString(code);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}

}
