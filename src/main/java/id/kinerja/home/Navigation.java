package id.kinerja.home;

import id.kinerja.staff.Scopes;
import id.kinerja.system.PageController;
import java.util.List;

import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.staff.Region;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout's navigation shows: only what the user's role may do, in the user's regions. */
@ControllerAdvice(annotations = PageController.class)
class Navigation {

	private final Scopes scopes;

	Navigation(Scopes scopes) {
		this.scopes = scopes;
	}

	/** The signed-in user and where each part of the app is open to it; null before login. */
	record Nav(String user, String role, List<Region> policy, List<Region> results, List<Region> run,
			List<Region> whatIf, boolean audit, List<Region> imports, boolean regions, boolean users,
			boolean mustChangePassword) {
	}

	/** This page in each language: the same address with {@code lang} set. */
	record LanguageLinks(String id, String en) {
	}

	@ModelAttribute("languages")
	LanguageLinks languages() {
		return new LanguageLinks(link("id"), link("en"));
	}

	private static String link(String language) {
		// relative, so a proxy in front changes nothing
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.scheme(null)
			.host(null)
			.port(-1)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	@ModelAttribute("nav")
	Nav nav() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = CurrentUser.name();
		if (authentication == null || CurrentUser.SYSTEM.equals(user)) {
			return null;
		}
		String role = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring(5))
			.findFirst()
			.orElse("");
		return new Nav(user, role, scopes.regions(Permission.READ_POLICY), scopes.regions(Permission.READ_RESULTS),
				scopes.regions(Permission.RUN_EVALUATION), scopes.regions(Permission.RUN_WHAT_IF),
				!scopes.regions(Permission.READ_AUDIT).isEmpty(), scopes.regions(Permission.IMPORT_DATA),
				scopes.allows(null, Permission.MANAGE_REGIONS), !scopes.regions(Permission.MANAGE_USERS).isEmpty(),
				CurrentUser.mustChangePassword());
	}

}
