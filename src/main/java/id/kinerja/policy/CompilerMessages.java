package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Drools parser's and compiler's most common messages, explained to a policy officer in Bahasa Indonesia
 * and English ({@code compiler.*} in the problem bundles), the compiler's own words kept beside the explanation.
 * A message not recognised here stays as the compiler wrote it.
 */
final class CompilerMessages {

	/** A message shape, the bundle key that explains it, and which of its groups the explanation names. */
	private record Shape(Pattern pattern, String code) {
	}

	private static final List<Shape> SHAPES = List.of(
			shape("mismatched input '<eof>'", "compiler.eof"),
			shape("mismatched input '([^']*)' expecting (\\S+)", "compiler.expecting"),
			shape("mismatched input '([^']*)'", "compiler.mismatched"),
			shape("no viable alternative at input '([^']*)'", "compiler.no-viable"),
			shape("extraneous input '([^']*)'", "compiler.extraneous"),
			shape("missing (\\S+) at '([^']*)'", "compiler.missing"),
			shape("The constructor (\\w+)\\(([^)]*)\\) is undefined", "compiler.constructor"),
			shape("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)", "compiler.method"),
			shape("Type mismatch: cannot convert from (\\S+) to (\\S+)", "compiler.type-mismatch"),
			shape("Unable to resolve ObjectType '([^']*)'", "compiler.unknown-type"),
			shape("(\\S+) cannot be resolved", "compiler.unresolved"),
			shape("Unable to Analyse Expression ([^:]*)", "compiler.expression"));

	private CompilerMessages() {
	}

	private static Shape shape(String regex, String code) {
		return new Shape(Pattern.compile(regex), code);
	}

	/** The problem at its file and line, explained where its message is one of the common ones. */
	static PolicyProblem problem(String file, int line, int column, String compilerMessage) {
		String message = compilerMessage == null ? "" : compilerMessage.strip();
		for (Shape shape : SHAPES) {
			Matcher found = shape.pattern().matcher(message);
			if (found.find()) {
				List<Object> arguments = new ArrayList<>();
				for (int group = 1; group <= found.groupCount(); group++) {
					arguments.add(found.group(group));
				}
				arguments.add(message.replaceAll("\\s+", " "));
				return PolicyProblem.of(file, line, column, shape.code(), arguments.toArray());
			}
		}
		return new PolicyProblem(file, line, column, message);
	}

}
