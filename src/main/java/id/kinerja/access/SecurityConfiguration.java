package id.kinerja.access;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API signs in with HTTP Basic on every request (no session, so no CSRF token to carry); pages use the
 * form login at {@code /login} with CSRF protection. Region scoping is {@link RegionAccess}'s job, in the
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@OpenAPIDefinition(security = @SecurityRequirement(name = "basic"))
class SecurityConfiguration {

	@Bean
	ProblemResponses problemResponses(JsonMapper json, MessageSource messages) {
		return new ProblemResponses(json, messages);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) {
		return basicOnly(http.securityMatcher("/api/**"), problems)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.build();
	}

	/**
	 * Health and info answer anyone with their status, so a load balancer needs no password; the details
	 * (each region's policy version, a refused file's path and problems, the disk) only a signed-in user
	 * sees, with HTTP Basic as for the API.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) {
		return basicOnly(http.securityMatcher("/actuator/**"), problems)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.anyRequest().authenticated())
			.build();
	}

	private static HttpSecurity basicOnly(HttpSecurity http, ProblemResponses problems) {
		return http.httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**", "/login", "/error", "/webjars/**", "/css/**", "/js/**",
						"/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(ExpiredSession.returnToTarget())
				.failureHandler(ExpiredSession.failure())
				.permitAll())
			// an expired session sends the user to sign in again (a form posted then too, instead of a
			// CSRF 403); the policy editor keeps its draft in the browser meanwhile
			.sessionManagement(session -> session.invalidSessionStrategy(new ExpiredSession()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.build();
	}

}
