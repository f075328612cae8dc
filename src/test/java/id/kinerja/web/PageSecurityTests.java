package id.kinerja.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages need a login, refuse forms without a CSRF token, escape what users typed and keep to the user's regions. */
class PageSecurityTests extends WebTestBase {

	private static final String MEDAN_FILE = "/policies/medan/file?path=policies/medan/medan.drl";

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAskForALogin() throws Exception {
		mvc.perform(get("/policies/makassar")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString("makassar.kebijakan")));
	}

	@Test
	void wrongPasswordsAtTheLoginPageLeadTo429EvenWithTheRightOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("tanjungpinang.kebijakan", "salah-" + i)).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(login("tanjungpinang.kebijakan", "tanjungpinang.kebijakan"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
	}

	/** The login form posted from an address of its own, so no other test's failures count. */
	private static MockHttpServletRequestBuilder login(String user, String password) {
		return post("/login").param("username", user).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr("198.51.100.7");
			return request;
		});
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post(MEDAN_FILE).with(as("medan.kebijakan")).param("content", "x").param("action", "validate"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/policies/medan/rollback").with(as("medan.kebijakan")).param("release", "1")
			.param("comment", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/evaluations").with(as("makassar.analis")).param("region", "makassar")
			.param("period", "2025")).andExpect(status().isForbidden());
		mvc.perform(post("/whatif").with(as("makassar.analis")).param("region", "makassar")
			.param("period", "2025")).andExpect(status().isForbidden());
	}

	@Test
	void whatAUserTypedIsEscaped() throws Exception {
		String typed = "rule \"<script>alert('x')</script>\"\nwhen\nthen\nend\n";
		String page = mvc.perform(post(MEDAN_FILE).with(as("medan.kebijakan")).with(csrf()).param("content", typed)
			.param("comment", "<b onmouseover=alert(1)>komentar</b>").param("action", "validate"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<b onmouseover")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("&lt;b onmouseover=alert(1)&gt;komentar&lt;/b&gt;");
	}

	@Test
	void anotherRegionIsRefused() throws Exception {
		mvc.perform(get("/policies/medan").with(as("makassar.kebijakan"))).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
		mvc.perform(post("/policies/medan/file?path=policies/medan/medan.drl").with(as("makassar.kebijakan"))
			.with(csrf()).param("content", "x").param("action", "validate")).andExpect(status().isForbidden());
	}

	@Test
	void anExpiredSessionSignsInAgainAndReturnsToThePageThatWasOpen() throws Exception {
		String target = "/login?expired&target=%2Fpolicies%2Fmedan%2Ffile%3Fpath%3Dpolicies%2Fmedan%2Fmedan.drl";
		mvc.perform(post(MEDAN_FILE).with(expired()).param("content", "x")
			.header("Referer", "http://localhost" + MEDAN_FILE)).andExpect(redirectedUrl(target));
		mvc.perform(get(MEDAN_FILE).with(expired())).andExpect(redirectedUrl(target));
		mvc.perform(post(MEDAN_FILE).with(expired()).param("content", "x")
			.header("Referer", "https://elsewhere.example" + MEDAN_FILE)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "").param("target", "/policies")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Sesi Anda sudah berakhir")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"target\" value=\"/policies\"")));

		mvc.perform(post("/login").with(csrf()).param("username", "medan.kebijakan").param("password", "medan.kebijakan")
			.param("target", "/policies/medan")).andExpect(redirectedUrl("/policies/medan"));
		mvc.perform(post("/login").with(csrf()).param("username", "medan.kebijakan").param("password", "medan.kebijakan")
			.param("target", "//elsewhere.example/")).andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").with(csrf()).param("username", "medan.kebijakan").param("password", "salah")
			.param("target", "/policies/medan")).andExpect(redirectedUrl("/login?error&target=%2Fpolicies%2Fmedan"));
	}

	/** The request names a session the server no longer has, as after a timeout or a restart. */
	private static RequestPostProcessor expired() {
		return request -> {
			request.setRequestedSessionId("0123456789ABCDEF0123456789ABCDEF");
			request.setRequestedSessionIdValid(false);
			return request;
		};
	}

	@Test
	void languageIsSwitchedAndRemembered() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("Kata sandi")));
		mvc.perform(get("/login?lang=en")).andExpect(cookie().value("kinerja-lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Password")));
		mvc.perform(get("/login").cookie(new jakarta.servlet.http.Cookie("kinerja-lang", "en")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
	}

}
