package id.kinerja.access;

import java.util.List;

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
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API signs in on every request (no session, so no CSRF token to carry) with a personal token
 * ({@code Authorization: Bearer}) or HTTP Basic; pages use the form login at {@code /login} with CSRF
 * protection. Passwords go through the {@link LoginThrottle}. Every answer carries the security headers
 * ({@link SecurityHeaders}). Region scoping is {@link RegionAccess}'s job, in the controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token (Account > API tokens, or POST /api/v1/account/tokens)")
@OpenAPIDefinition(security = { @SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic") })
class SecurityConfiguration {

	@Bean
	ProblemResponses problemResponses(JsonMapper json, MessageSource messages) {
		return new ProblemResponses(json, messages);
	}

	/** Passwords (throttled, then BCrypt) and API tokens (SHA-256, one read); the pages and the API share it. */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle, ApiTokens tokens, PlatformTransactionManager transactions,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(passwords);
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		ProviderManager manager = new ProviderManager(
				List.of(new ThrottledSignIn(dao, throttle), new TokenSignIn(tokens, readOnly)));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/** Tells the session registry when a session ends, so it forgets it. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager manager) {
		return signedEachRequest(http.securityMatcher("/api/**"), problems, manager)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.build();
	}

	/**
	 * Health and info answer anyone with their status, so a load balancer needs no password; the details
	 * only a signed-in user sees (all of them administrators and auditors, see {@link HealthDetails}). Metrics
	 * ({@code /actuator/prometheus}) are read by administrators and auditors: a scraper signs in as an auditor
	 * with an API token.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems, AuthenticationManager manager) {
		return signedEachRequest(http.securityMatcher("/actuator/**"), problems, manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.anyRequest().hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name()))
			.build();
	}

	private static HttpSecurity signedEachRequest(HttpSecurity http, ProblemResponses problems,
			AuthenticationManager manager) {
		AuthenticationFilter tokens = new AuthenticationFilter(manager, BearerToken.CONVERTER);
		tokens.setSuccessHandler((request, response, authentication) -> {
		});
		AuthenticationEntryPointFailureHandler failure = new AuthenticationEntryPointFailureHandler(problems);
		failure.setRethrowAuthenticationServiceException(false);
		tokens.setFailureHandler(failure);
		tokens.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		return http.authenticationManager(manager)
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
			.addFilterAfter(new PasswordChangeFirst(problems), AnonymousAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityHeaders::api)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
	}

	/** The API's description and Swagger UI, open to anyone; the UI's bundle needs inline styles. */
	@Bean
	@Order(3)
	SecurityFilterChain apiDescription(HttpSecurity http) {
		return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityHeaders::swagger)
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, SessionRegistry sessions,
			ProblemResponses problems, SignIns signIns) {
		return http.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(signIns.then(ExpiredSession.returnToTarget()))
				.failureHandler(ExpiredSession.failure())
				.permitAll())
			.addFilterAfter(new PasswordChangeFirst(problems), AnonymousAuthenticationFilter.class)
			// an expired session sends the user to sign in again (a form posted then too, instead of a
			// CSRF 403); the policy editor keeps its draft in the browser meanwhile. Sessions are registered,
			// so that a password change or a disable can end them.
			.sessionManagement(session -> session.invalidSessionStrategy(new ExpiredSession())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.headers(SecurityHeaders::pages)
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.build();
	}

}
