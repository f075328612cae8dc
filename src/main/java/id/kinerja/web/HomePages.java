package id.kinerja.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, with the demo users, and the start page listing what the user may do where. */
@Controller
class HomePages {

	/** A demo user (password: its name) and its role, shown on the login page. */
	record DemoUser(String name, String role, String regions) {
	}

	static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("makassar.kebijakan", "POLICY_OFFICER", "makassar"),
			new DemoUser("makassar.kebijakan2", "POLICY_OFFICER", "makassar"),
			new DemoUser("medan.kebijakan", "POLICY_OFFICER", "medan, mamuju, tanjungpinang"),
			new DemoUser("makassar.analis", "HR_ANALYST", "makassar, medan"),
			new DemoUser("auditor", "AUDITOR", "*"), new DemoUser("admin", "ADMIN", "*"));

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoUsers", DEMO_USERS);
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

}
