package id.kinerja.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule a thread is running, read from its stack: the engine compiles each rule's consequence and
 * {@code eval} into classes named after the rule, in the rules' package. Constraints evaluated by the
 * expression language leave no such trace, so the answer is null there.
 */
final class RunningRule {

	/** Set in a sandbox worker only: there, sessions say which rule fires (in the app nothing needs to know). */
	static boolean tracking;

	private static volatile String firing;

	private static final Pattern GENERATED = Pattern
		.compile(Pattern.quote(PolicyCompiler.RULE_PACKAGE) + "\\.Rule_(.+?)(?:_?[0-9a-f]{8,})?(?:[A-Z][A-Za-z]*Invoker)?(?:\\$.*)?");

	private RunningRule() {
	}

	static void firing(String rule) {
		firing = rule;
	}

	/** The rule firing now, or else the rule whose condition code the thread is in. */
	static String of(Thread thread) {
		String rule = firing;
		return rule != null ? rule : of(thread.getStackTrace());
	}

	static String of(StackTraceElement[] stack) {
		for (StackTraceElement frame : stack) {
			Matcher matcher = GENERATED.matcher(frame.getClassName());
			if (matcher.matches()) {
				return matcher.group(1).replace('_', ' ').strip();
			}
		}
		return null;
	}

}
