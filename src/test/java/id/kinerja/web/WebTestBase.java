package id.kinerja.web;

import java.nio.file.Path;

import id.kinerja.support.PolicyFolders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The whole app with the demo data on a real port, publishing into a copy of the policy folders; every web
 * test class extends it, so they share one context (and one demo database).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:web;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true",
				"kinerja.policy.watch=false" })
@AutoConfigureMockMvc
abstract class WebTestBase {

	static final Path ROOT = PolicyFolders.copy();

	@DynamicPropertySource
	static void policyRoot(DynamicPropertyRegistry registry) {
		registry.add("kinerja.policy.root", ROOT::toString);
	}

	@Autowired
	UserDetailsService users;

	/** Signs the request in as a demo user, with its role and regions. */
	RequestPostProcessor as(String demoUser) {
		return user(users.loadUserByUsername(demoUser));
	}

}
