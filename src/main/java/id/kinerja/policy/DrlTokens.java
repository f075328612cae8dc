package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits rule text into words, numbers, strings and symbols with their line and column, leaving comments
 * out. It lexes strings and comments the way Java does, so nothing it calls a string or a comment is code
 * to the compiler; where it is unsure (a string not closed on its line, a comment never closed) it says so
 * with an {@link Kind#ERROR} token, and the safety check refuses the file.
 */
final class DrlTokens {

	enum Kind {
		WORD, NUMBER, STRING, SYMBOL, ERROR
	}

	/** One token; {@code line} and {@code column} are 1-based, {@code offset} is 0-based in the text. */
	record Token(Kind kind, String text, int offset, int line, int column) {

		boolean is(String candidate) {
			return kind != Kind.STRING && text.equals(candidate);
		}

		boolean isWord() {
			return kind == Kind.WORD;
		}

		/** The text of a string literal without its quotes and escapes resolved naively. */
		String unquoted() {
			return text.substring(1, text.length() - 1);
		}

	}

	private static final List<String> SYMBOLS = List.of("->", "::", "==", "!=", "<=", ">=", "&&", "||");

	private final String text;

	private final List<Token> tokens = new ArrayList<>();

	private int at;

	private int line = 1;

	private int lineStart;

	private DrlTokens(String text) {
		this.text = text;
	}

	static List<Token> of(String text) {
		DrlTokens lexer = new DrlTokens(text);
		lexer.run();
		return lexer.tokens;
	}

	private void run() {
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '\n') {
				newLine(at + 1);
				at++;
			}
			else if (Character.isWhitespace(c)) {
				at++;
			}
			else if (text.startsWith("//", at)) {
				skipLineComment();
			}
			else if (text.startsWith("/*", at)) {
				skipBlockComment();
			}
			else if (c == '"' || c == '\'') {
				quoted(c);
			}
			else if (Character.isJavaIdentifierStart(c)) {
				add(Kind.WORD, wordEnd(at));
			}
			else if (Character.isDigit(c) || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
				add(Kind.NUMBER, numberEnd(at));
			}
			else {
				add(Kind.SYMBOL, symbolEnd(at));
			}
		}
	}

	private void newLine(int nextLineStart) {
		line++;
		lineStart = nextLineStart;
	}

	private void add(Kind kind, int end) {
		tokens.add(new Token(kind, text.substring(at, end), at, line, at - lineStart + 1));
		at = end;
	}

	private void skipLineComment() {
		while (at < text.length() && text.charAt(at) != '\n') {
			at++;
		}
	}

	private void skipBlockComment() {
		int end = text.indexOf("*/", at + 2);
		if (end < 0) {
			add(Kind.ERROR, text.length());
			return;
		}
		for (int i = at; i < end; i++) {
			if (text.charAt(i) == '\n') {
				newLine(i + 1);
			}
		}
		at = end + 2;
	}

	/** A string ends at its closing quote on the same line; a line break first means it is not closed. */
	private void quoted(char quote) {
		int i = at + 1;
		while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
			i += text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n' ? 2 : 1;
		}
		if (i >= text.length() || text.charAt(i) != quote) {
			add(Kind.ERROR, i);
			return;
		}
		add(Kind.STRING, i + 1);
	}

	private int wordEnd(int from) {
		int i = from + 1;
		while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	/** Digits, a fraction, an exponent and one suffix letter; never a dot followed by a word (a member). */
	private int numberEnd(int from) {
		if (text.startsWith("0x", from) || text.startsWith("0X", from)) {
			return digitsEnd(from + 2, true);
		}
		int i = digitsEnd(from, false);
		if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
			i = digitsEnd(i + 1, false);
		}
		else if (i < text.length() && text.charAt(i) == '.' && (i + 1 == text.length() || !Character.isJavaIdentifierStart(text.charAt(i + 1)))) {
			i++;
		}
		if (i + 1 < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			int sign = text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-' ? i + 2 : i + 1;
			if (sign < text.length() && Character.isDigit(text.charAt(sign))) {
				i = digitsEnd(sign, false);
			}
		}
		if (i < text.length() && "lLdDfFbBiI".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private int digitsEnd(int from, boolean hex) {
		int i = from;
		while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_'
				|| (hex && "abcdefABCDEF".indexOf(text.charAt(i)) >= 0))) {
			i++;
		}
		return i;
	}

	private int symbolEnd(int from) {
		for (String symbol : SYMBOLS) {
			if (text.startsWith(symbol, from)) {
				return from + symbol.length();
			}
		}
		return from + 1;
	}

}
