package id.kinerja.access;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may do what where, for the current user. Controllers call {@link #require} before acting; a refusal
 * is logged, published as an {@link AccessDenial} (the audit log keeps it) and answered with 403.
 */
@Component
public class RegionAccess {

	private static final Logger log = LoggerFactory.getLogger(RegionAccess.class);

	private final ApplicationEventPublisher events;

	RegionAccess(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Refuses unless the current user holds the permission in the region; a null region means "in some
	 * region" (e.g. a preview under the national baseline alone).
	 * @throws AccessDenied 403, after the refusal is logged and audited
	 */
	public void require(String region, Permission permission) {
		if (!allows(region, permission)) {
			denied(region, permission);
			throw new AccessDenied(CurrentUser.name(), region, permission);
		}
	}

	/**
	 * For what is read by its id (a run, a what-if, an employee): unless the user holds the permission in
	 * its region, answers exactly as an unknown id would ({@code unknown}, a 404), so another region's ids
	 * cannot be probed; the refusal is still logged and audited.
	 */
	public void requireVisible(String region, Permission permission, Supplier<? extends RuntimeException> unknown) {
		if (!allows(region, permission)) {
			denied(region, permission);
			throw unknown.get();
		}
	}

	/** Logs and audits a refusal, for a caller that answers it its own way. */
	void denied(String region, Permission permission) {
		String attempt = attempt();
		log.warn("Access denied: {} lacks {} in {} ({})", CurrentUser.name(), permission,
				region == null ? "any region" : "region " + region, attempt);
		events.publishEvent(new AccessDenial(region, permission, attempt));
	}

	public boolean allows(String region, Permission permission) {
		RegionScope scope = scope(permission);
		return region == null ? !scope.none() : scope.includes(region);
	}

	/** The regions in which the current user holds the permission, to filter lists by. */
	public RegionScope scope(Permission permission) {
		Authentication authentication = CurrentUser.authentication();
		Role role = authentication == null ? null : role(authentication);
		boolean held = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? user.holds(permission) : role != null && role.has(permission);
		if (!held) {
			return RegionScope.NONE;
		}
		if (role.allRegions()) {
			return RegionScope.ALL;
		}
		return authentication.getPrincipal() instanceof SignedInUser user ? new RegionScope(false, user.regions())
				: new RegionScope(false, Set.of());
	}

	/** The role from the principal, or from a {@code ROLE_} authority (e.g. a test's mock user). */
	private static Role role(Authentication authentication) {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			return user.role();
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					return role;
				}
			}
		}
		return null;
	}

	private static String attempt() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getMethod() + " " + request.getRequestURI();
		}
		return null;
	}

}
