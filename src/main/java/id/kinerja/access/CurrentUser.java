package id.kinerja.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user's name, or "system" outside a request (start-up, scheduled work). */
public final class CurrentUser {

	public static final String SYSTEM = "system";

	private CurrentUser() {
	}

	public static String name() {
		Authentication authentication = authentication();
		return authentication == null ? SYSTEM : authentication.getName();
	}

	/** Whether the signed-in user holds a temporary password that must be changed before anything else. */
	public static boolean mustChangePassword() {
		Authentication authentication = authentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword();
	}

	/** The current authentication, or null when nobody is signed in. */
	static Authentication authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn ? authentication : null;
	}

}
