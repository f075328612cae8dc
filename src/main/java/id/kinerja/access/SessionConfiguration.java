package id.kinerja.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;

/** The page sessions of each user, so that a password change or a disable can end them. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

}
