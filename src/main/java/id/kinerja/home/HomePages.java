package id.kinerja.home;

import id.kinerja.system.PageController;
import java.util.List;
import java.util.Optional;

import id.kinerja.access.DemoUsers;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, listing the demo users where they exist, and the start page listing what the user may do where. */
@PageController
class HomePages {

	private final List<DemoUsers.Listed> demoUsers;

	HomePages(Optional<DemoUsers> demoUsers) {
		this.demoUsers = demoUsers.map(DemoUsers::listed).orElse(List.of());
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoUsers", demoUsers);
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

}
