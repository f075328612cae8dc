package id.kinerja.access;

import id.kinerja.system.Meters;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts refused sign-ins (a wrong password, an unknown or revoked token, a disabled account) from the events
 * the authentication manager publishes; a throttled attempt is not one (it is audited instead).
 */
@Component
class SignInMeters {

	private final Meters meters;

	SignInMeters(Meters meters) {
		this.meters = meters;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		meters.signInFailed(event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", ""));
	}

}
