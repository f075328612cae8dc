package id.kinerja.policy;

import java.util.List;
import java.util.Locale;

/**
 * A problem found in a policy file, at a line and column (1-based; 0 when unknown).
 *
 * @param message the problem in Bahasa Indonesia; the compiler's most common messages explained, with its own
 * words kept (see {@code CompilerMessages}), the rare others as the compiler wrote them, in English
 * @param code the key of the message in {@code policy-problems.properties}, null for a compiler message left as it is
 * @param arguments the values the message names, e.g. the construct refused
 */
public record PolicyProblem(String file, int line, int column, String message, String code, List<String> arguments) {

	public PolicyProblem {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public PolicyProblem(String file, int line, int column, String message) {
		this(file, line, column, message, null, List.of());
	}

	/** A problem whose text comes from the bundle, in Bahasa Indonesia until asked in another language. */
	static PolicyProblem of(String file, int line, int column, String code, Object... arguments) {
		List<String> texts = List.of(arguments).stream().map(String::valueOf).toList();
		return new PolicyProblem(file, line, column, ProblemTexts.render(code, ProblemTexts.INDONESIAN, texts), code,
				texts);
	}

	/** The same problem with its message in the given language, where the bundle has it. */
	public PolicyProblem in(Locale locale) {
		if (code == null) {
			return this;
		}
		return new PolicyProblem(file, line, column, ProblemTexts.render(code, locale, arguments), code, arguments);
	}

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + message;
	}

}
