package id.kinerja.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;
import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, not the user name, and not common or easy to guess.
 * The last is zxcvbn's judgement (its dictionaries of 30,000 common passwords, names and words, l33t,
 * keyboard runs, dates and repeats; the user's own name and display name counted as known words): a score
 * below 3 ("safely unguessable") is refused.
 */
@Component
public class PasswordRules {

	static final int MINIMUM_LENGTH = 12;

	private static final int MINIMUM_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The reason a password is refused, as a message key of the bundles ({@code problem.<key>}), or empty. */
	Optional<String> problem(String username, String displayName, String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("passwordTooShort");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("passwordHasUserName");
		}
		List<String> known = new ArrayList<>();
		known.add(username == null ? "" : username);
		if (displayName != null) {
			known.addAll(List.of(displayName.toLowerCase(Locale.ROOT).split("\\s+")));
		}
		return zxcvbn.measure(password, known).getScore() < MINIMUM_SCORE ? Optional.of("passwordCommon")
				: Optional.empty();
	}

	/** Refuses a weak password with 422 naming the field. */
	void require(String field, String username, String displayName, String password) {
		problem(username, displayName, password).ifPresent(key -> {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", key, MINIMUM_LENGTH).field(field);
		});
	}

}
