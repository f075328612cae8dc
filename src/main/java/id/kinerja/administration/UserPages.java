package id.kinerja.administration;

import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import java.util.Arrays;
import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.access.Role;
import id.kinerja.access.UserAdministration;
import id.kinerja.access.UserAdministration.NewUser;
import id.kinerja.access.UserAdministration.UserChange;
import id.kinerja.access.UserAdministration.UserView;
import id.kinerja.system.Refusal;
import jakarta.validation.ConstraintViolationException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * User administration for administrators (everyone) and HR administrators (the users of their regions):
 * the users with role, regions, state and last sign-in; create, change, disable, reset a password (the
 * temporary password is shown once).
 */
@PageController
@RequestMapping("/users")
class UserPages {

	private final UserAdministration users;

	private final Scopes scopes;

	UserPages(UserAdministration users, Scopes scopes) {
		this.users = users;
		this.scopes = scopes;
	}

	record UserForm(String username, String displayName, Role role, List<String> regions) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("userForm", new UserForm("", "", Role.HR_ANALYST, List.of()));
		return listPage(model);
	}

	@PostMapping
	String create(@ModelAttribute("userForm") UserForm form, BindingResult errors, Model model) {
		try {
			UserAdministration.Issued issued = users.create(new NewUser(blank(form.username()), blank(form.displayName()),
					form.role(), form.regions()));
			model.addAttribute("temporaryPassword", issued.temporaryPassword());
			return userPage(issued.user(), model);
		}
		catch (Refusal ex) {
			FieldErrors.reject(errors, ex, "username", "displayName", "role", "regions");
			return listPage(model);
		}
		catch (ConstraintViolationException ex) {
			FieldErrors.reject(errors, ex);
			return listPage(model);
		}
	}

	@GetMapping("/{username}")
	String user(@PathVariable String username, Model model) {
		return userPage(users.view(username), model);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("userForm") UserForm form, BindingResult errors,
			Model model) {
		try {
			users.update(username, new UserChange(blank(form.displayName()), form.role(), form.regions()));
			return "redirect:/users/" + username + "?saved";
		}
		catch (Refusal ex) {
			FieldErrors.reject(errors, ex, "displayName", "role", "regions");
		}
		catch (ConstraintViolationException ex) {
			FieldErrors.reject(errors, ex);
		}
		model.addAttribute("user", users.view(username));
		return options(model, "users/user");
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username) {
		users.enable(username, false);
		return "redirect:/users/" + username;
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username) {
		users.enable(username, true);
		return "redirect:/users/" + username;
	}

	@PostMapping("/{username}/password-reset")
	String resetPassword(@PathVariable String username, Model model) {
		UserAdministration.Issued issued = users.resetPassword(username);
		model.addAttribute("temporaryPassword", issued.temporaryPassword());
		return userPage(issued.user(), model);
	}

	private String listPage(Model model) {
		model.addAttribute("users", users.list());
		return options(model, "users/list");
	}

	private String userPage(UserView user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("userForm", new UserForm(user.username(), user.displayName(), user.role(), user.regions()));
		return options(model, "users/user");
	}

	/** The roles and regions the current user may give: an HR administrator's regions and their roles only. */
	private String options(Model model, String view) {
		boolean everywhere = scopes.everywhere(Permission.MANAGE_USERS);
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> everywhere || !role.allRegions()).toList());
		model.addAttribute("regions", scopes.regions(Permission.MANAGE_USERS));
		return view;
	}

	private static String blank(String text) {
		return text == null ? "" : text.strip();
	}

}
