package id.kinerja.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.kinerja.policy.DrlTokens.Kind;
import id.kinerja.policy.DrlTokens.Token;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Refuses rule files that could do more than reason about facts: rule files are written by policy officers
 * and treated as untrusted code. An allow-list: every word of the file, outside strings and comments, must
 * be a DRL keyword, a fact type or property, one of a few JDK value types ({@link FactModel}), a member of
 * those, a binding, or a local variable; {@code new} only creates facts and BigDecimal; a bare call is a
 * DRL element in {@code when} and {@code insert}, {@code insertLogical}, {@code update}, {@code modify},
 * {@code delete} or {@code retract} in {@code then}. Declarations that bring code or outside data (import,
 * function, global, declare, query, entry-point, window, timer, calendars, accumulate with its own code,
 * a dialect other than the default java) are refused from the parsed file as well.
 */
final class SafetyCheck {

	static final String ALLOWED = "hanya model fakta Kinerja, Math, String, BigDecimal dan nilai java.time yang diizinkan";

	private static final Set<String> DRL_WORDS = Set.of("rule", "when", "then", "end", "and", "or", "not", "exists",
			"forall", "accumulate", "acc", "collect", "from", "eval", "in", "matches", "contains", "memberOf",
			"soundslike", "str", "excludes", "this", "null", "true", "false", "new", "instanceof", "if", "else",
			"return", "final", "int", "long", "double", "float", "boolean", "char", "short", "byte", "var", "salience",
			"no", "loop", "lock", "on", "active", "agenda", "group", "activation", "ruleflow", "auto", "focus",
			"enabled", "date", "effective", "expires", "dialect", "extends");

	private static final Set<String> WHEN_CALLS = Set.of("eval", "not", "exists", "forall", "accumulate", "acc",
			"collect", "from", "and", "or", "in", "sum", "count", "min", "max", "average", "collectList", "collectSet");

	private static final Set<String> THEN_CALLS = Set.of("insert", "insertLogical", "update", "modify", "delete",
			"retract", "if", "return");

	private static final Set<String> ATTRIBUTE_CALLS = Set.of("salience", "enabled");

	private static final Set<String> RULE_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
			"activation-group", "ruleflow-group", "auto-focus", "enabled", "date-effective", "date-expires", "dialect");

	private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "boolean", "char", "short",
			"byte", "var");

	private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "id", "net",
			"io", "jakarta", "kotlin", "groovy", "scala");

	private static final Set<String> BINDING_FOLLOWS = Set.of("(", ",", ";", ")", "when", "and", "or", "not", "exists",
			"&&", "||");

	private static final String LOOPS = "bagian then hanya menyisipkan kesimpulan (insert), tanpa perulangan atau kode Java lain";

	private static final String REFLECTION = "refleksi dan akses ke sistem tidak diizinkan di berkas aturan";

	private static final String ENGINE = "memberi akses ke seluruh mesin aturan; cukup insert(...) kesimpulan";

	/** Refused even where a fact had a member of that name. */
	private static final Set<String> REFLECTION_WORDS = Set.of("getClass", "getDeclaringClass", "forName", "getMethod",
			"getMethods", "invoke", "setAccessible", "getClassLoader", "newInstance", "loadClass", "getConstructor",
			"exit", "halt", "exec", "wait", "notify", "notifyAll", "getRuntime", "getKieRuntime");

	/** Words refused with a message that says why, in Bahasa Indonesia. */
	private static final Map<String, String> REFUSED = refused();

	private static final Comparator<PolicyProblem> BY_POSITION = Comparator.comparingInt(PolicyProblem::line)
		.thenComparingInt(PolicyProblem::column);

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u");

	private final PolicyFile file;

	private final List<Token> tokens;

	private final Set<String> declared = new HashSet<>();

	private final List<PolicyProblem> problems = new ArrayList<>();

	/** Words not known at all: reported only where a line has no clearer problem (a lambda's parameter, say). */
	private final List<PolicyProblem> unknownWords = new ArrayList<>();

	private SafetyCheck(PolicyFile file) {
		this.file = file;
		this.tokens = DrlTokens.of(file.content());
	}

	/** The problems that make a rule file unsafe, one per line at most, in file order; empty when safe. */
	static List<PolicyProblem> check(PolicyFile file, PackageDescr descr) {
		SafetyCheck check = new SafetyCheck(file);
		check.declarations(descr);
		check.unicodeEscapes();
		check.words();
		Map<Integer, PolicyProblem> firstPerLine = new TreeMap<>();
		Stream.concat(check.problems.stream().sorted(BY_POSITION), check.unknownWords.stream().sorted(BY_POSITION))
			.forEach(problem -> firstPerLine.putIfAbsent(problem.line(), problem));
		return List.copyOf(firstPerLine.values());
	}

	private static Map<String, String> refused() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("import", "import tidak diperlukan dan tidak diizinkan: model fakta Kinerja sudah tersedia");
		words.put("package", "baris package tidak diperlukan dan tidak diizinkan");
		words.put("unit", "rule unit tidak diizinkan di berkas aturan");
		words.put("function", "function tidak diizinkan: berkas aturan tidak boleh berisi kode Java; hitung di dalam aturan dengan Math");
		words.put("global", "global tidak diizinkan: aturan menyisipkan kesimpulan (insert), bukan mengisi variabel global");
		words.put("declare", "declare tidak diizinkan: pakai fakta dari model fakta Kinerja");
		words.put("query", "query tidak diizinkan di berkas aturan");
		words.put("entry", "entry-point tidak diizinkan: fakta hanya datang dari Kinerja");
		words.put("window", "window tidak diizinkan: fakta hanya datang dari Kinerja");
		words.put("over", "window (over) tidak diizinkan: fakta hanya datang dari Kinerja");
		for (String word : List.of("timer", "calendars", "duration")) {
			words.put(word, "atribut " + word + " tidak diizinkan: aturan dinilai sekali per evaluasi, tanpa penjadwalan");
		}
		for (String word : List.of("init", "action", "reverse", "result")) {
			words.put(word, "accumulate dengan kode " + word
					+ " tidak diizinkan: pakai fungsi sum, count, min, max, average, collectList atau collectSet");
		}
		for (String word : List.of("while", "for", "do", "foreach", "until", "try", "catch", "finally", "throw",
				"throws", "synchronized", "switch", "case", "default", "break", "continue", "goto", "class", "interface",
				"enum", "record", "static", "native", "transient", "volatile", "super", "assert", "def", "with")) {
			words.put(word, word + " tidak boleh dipakai di berkas aturan: " + LOOPS);
		}
		words.put("drools", "drools tidak boleh dipakai: " + ENGINE);
		words.put("kcontext", "kcontext tidak boleh dipakai: " + ENGINE);
		for (String word : REFLECTION_WORDS) {
			words.put(word, word + " tidak boleh dipakai: " + REFLECTION);
		}
		return Map.copyOf(words);
	}

	// ---- declarations, from the parsed file

	private void declarations(PackageDescr descr) {
		if (descr.getName() != null && !descr.getName().isBlank()) {
			add(1, 1, REFUSED.get("package"));
		}
		descr.getImports().forEach(d -> refuse(d, "import"));
		descr.getFunctionImports().forEach(d -> refuse(d, "import"));
		descr.getAccumulateImports().forEach(d -> refuse(d, "import"));
		descr.getFunctions().forEach(d -> refuse(d, "function"));
		descr.getGlobals().forEach(d -> refuse(d, "global"));
		descr.getTypeDeclarations().forEach(d -> refuse(d, "declare"));
		descr.getEnumDeclarations().forEach(d -> refuse(d, "declare"));
		descr.getEntryPointDeclarations().forEach(d -> refuse(d, "entry"));
		descr.getWindowDeclarations().forEach(d -> refuse(d, "window"));
		descr.getAttributes().forEach(this::attribute);
		for (RuleDescr rule : descr.getRules()) {
			if (rule instanceof QueryDescr) {
				refuse(rule, "query");
			}
			rule.getAttributes().values().forEach(this::attribute);
			if (!rule.getNamedConsequences().isEmpty()) {
				add(rule.getLine(), rule.getColumn() + 1, "konsekuensi bernama (then[...]) tidak diizinkan: satu aturan, satu bagian then");
			}
			customAccumulates(rule.getLhs());
		}
	}

	private void attribute(AttributeDescr attribute) {
		String name = attribute.getName();
		if (!RULE_ATTRIBUTES.contains(name)) {
			add(attribute.getLine(), attribute.getColumn() + 1, REFUSED.getOrDefault(name, "atribut " + name + " tidak diizinkan"));
		}
		else if (name.equals("dialect") && !"java".equals(attribute.getValue())) {
			add(attribute.getLine(), attribute.getColumn() + 1, "dialect \"" + attribute.getValue()
					+ "\" tidak diizinkan: tulis aturan dalam bahasa bawaan (java), tanpa baris dialect");
		}
	}

	private void customAccumulates(BaseDescr descr) {
		if (descr instanceof AccumulateDescr accumulate && !accumulate.isExternalFunction()) {
			refuse(accumulate, "init");
		}
		if (descr instanceof PatternDescr pattern && pattern.getSource() != null) {
			customAccumulates(pattern.getSource());
		}
		if (descr instanceof AccumulateDescr accumulate) {
			customAccumulates(accumulate.getInput());
		}
		if (descr instanceof ConditionalElementDescr element) {
			element.getDescrs().forEach(child -> customAccumulates((BaseDescr) child));
		}
	}

	private void refuse(BaseDescr descr, String word) {
		add(Math.max(descr.getLine(), 1), descr.getColumn() + 1, REFUSED.get(word));
	}

	// ---- every word of the text

	/** Java reads a backslash-u escape before anything else, even inside a comment: refuse them all. */
	private void unicodeEscapes() {
		Matcher matcher = UNICODE_ESCAPE.matcher(file.content());
		while (matcher.find()) {
			Token at = tokenAt(matcher.end() - 2);
			add(at.line(), at.column(), "escape \\u tidak diizinkan di berkas aturan: tulis hurufnya langsung");
		}
	}

	private Token tokenAt(int offset) {
		String text = file.content();
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Token(Kind.SYMBOL, "\\u", offset, line, offset - lineStart + 1);
	}

	private void words() {
		collectDeclarations();
		Part part = Part.OUTSIDE;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			part = part.after(token);
			switch (token.kind()) {
				case ERROR -> add(token, "teks (string) atau komentar tidak ditutup pada baris ini");
				case SYMBOL -> symbol(token);
				case WORD -> word(i, part);
				default -> {
				}
			}
		}
	}

	/** Bindings ({@code $e :}, {@code e :}) and local variables ({@code double total =}) may be named later. */
	private void collectDeclarations() {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.isWord() || !variableName(token.text())) {
				continue;
			}
			Token before = i > 0 ? tokens.get(i - 1) : null;
			Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
			boolean binding = next != null && next.is(":") && (before == null || BINDING_FOLLOWS.contains(before.text()));
			boolean local = next != null && before != null && (next.is("=") || next.is(";") || next.is(","))
					&& (FactModel.isType(before.text()) || PRIMITIVES.contains(before.text()) || before.is(">") || before.is("]"));
			if (binding || local) {
				declared.add(token.text());
			}
		}
	}

	/** A variable starts with a lower-case letter, so it never stands for a class; unsafe words stay refused. */
	private static boolean variableName(String word) {
		return Character.isLowerCase(word.charAt(0)) && !REFUSED.containsKey(word) && !PACKAGE_ROOTS.contains(word)
				&& !DRL_WORDS.contains(word);
	}

	private void symbol(Token token) {
		if (token.is("->")) {
			add(token, "lambda (->) tidak boleh dipakai di berkas aturan: " + LOOPS);
		}
		else if (token.is("::")) {
			add(token, "referensi method (::) tidak boleh dipakai di berkas aturan: " + LOOPS);
		}
		else if (token.is("@")) {
			add(token, "anotasi (@...) tidak diizinkan di berkas aturan");
		}
	}

	private void word(int i, Part part) {
		Token token = tokens.get(i);
		String word = token.text();
		Token before = i > 0 ? tokens.get(i - 1) : null;
		Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
		if (word.chars().anyMatch(Character::isIdentifierIgnorable)) {
			add(token, "karakter tak terlihat di dalam nama " + word.strip() + " tidak diizinkan di berkas aturan");
		}
		else if (before != null && before.is(".")) {
			member(token);
		}
		else if (REFUSED.containsKey(word)) {
			add(token, REFUSED.get(word));
		}
		else if (before != null && before.is("new")) {
			created(i);
		}
		else if (next != null && next.is("(")) {
			call(token, part);
		}
		else if (PACKAGE_ROOTS.contains(word) && next != null && next.is(".")) {
			add(token, "nama lengkap " + qualifiedName(i) + " tidak boleh dipakai di berkas aturan: " + ALLOWED);
		}
		else if (!known(word) && !(part == Part.ATTRIBUTES && before != null && (before.is("rule") || before.is("extends")))) {
			unknown(token);
		}
	}

	private void member(Token token) {
		String word = token.text();
		if (!FactModel.MEMBERS.contains(word) || REFLECTION_WORDS.contains(word)) {
			add(token, REFLECTION_WORDS.contains(word) ? REFUSED.get(word)
					: "." + word + " tidak boleh dipakai di berkas aturan: " + ALLOWED);
		}
	}

	private void created(int i) {
		Token token = tokens.get(i);
		if (PACKAGE_ROOTS.contains(token.text())) {
			add(token, "nama lengkap " + qualifiedName(i) + " tidak boleh dipakai di berkas aturan: " + ALLOWED);
		}
		else if (!FactModel.CONSTRUCTIBLE.contains(token.text())) {
			add(token, "new " + token.text() + "(...) tidak diizinkan: hanya fakta Kinerja dan BigDecimal yang boleh dibuat");
		}
	}

	private void call(Token token, Part part) {
		String word = token.text();
		boolean allowed = switch (part) {
			// inside a pattern a bare call is a method of the pattern's fact, e.g. lowestScoreBy(...)
			case WHEN -> WHEN_CALLS.contains(word) || FactModel.isType(word)
					|| (FactModel.MEMBERS.contains(word) && !REFLECTION_WORDS.contains(word));
			case THEN -> THEN_CALLS.contains(word);
			case ATTRIBUTES -> ATTRIBUTE_CALLS.contains(word);
			case OUTSIDE -> false;
		};
		if (!allowed) {
			add(token, word + "(...) tidak boleh dipanggil di sini: di bagian then hanya insert, insertLogical, update,"
					+ " modify, delete dan retract; di bagian when hanya pola fakta, method fakta dan eval, not, exists, accumulate");
		}
	}

	private boolean known(String word) {
		return word.startsWith("$") || DRL_WORDS.contains(word) || THEN_CALLS.contains(word)
				|| WHEN_CALLS.contains(word) || FactModel.isType(word) || FactModel.PROPERTIES.contains(word)
				|| declared.contains(word);
	}

	private void unknown(Token token) {
		String word = token.text();
		if (Character.isUpperCase(word.charAt(0))) {
			add(token, word + " tidak boleh dipakai di berkas aturan: " + ALLOWED);
			return;
		}
		unknownWords.add(new PolicyProblem(file.path(), token.line(), token.column(), word
				+ " tidak dikenal di berkas aturan: bukan properti fakta, binding ($nama) atau kata kunci DRL; " + ALLOWED));
	}

	private String qualifiedName(int from) {
		StringBuilder name = new StringBuilder(tokens.get(from).text());
		for (int i = from + 1; i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).isWord(); i += 2) {
			name.append('.').append(tokens.get(i + 1).text());
		}
		return name.toString();
	}

	private void add(Token token, String message) {
		add(token.line(), token.column(), message);
	}

	private void add(int line, int column, String message) {
		problems.add(new PolicyProblem(file.path(), line, column, message));
	}

	/** Which part of a rule a word is in: bare calls allowed differ between them. */
	private enum Part {

		OUTSIDE, ATTRIBUTES, WHEN, THEN;

		Part after(Token token) {
			if (!token.isWord()) {
				return this;
			}
			return switch (token.text()) {
				case "rule" -> this == OUTSIDE ? ATTRIBUTES : this;
				case "when" -> this == ATTRIBUTES ? WHEN : this;
				case "then" -> this == ATTRIBUTES || this == WHEN ? THEN : this;
				case "end" -> this == THEN || this == WHEN ? OUTSIDE : this;
				default -> this;
			};
		}

	}

}
