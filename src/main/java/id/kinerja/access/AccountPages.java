package id.kinerja.access;

import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import java.util.List;
import java.util.Set;

import id.kinerja.access.OwnAccount.NewToken;
import id.kinerja.access.OwnAccount.PasswordChange;
import id.kinerja.system.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every user's own account: the password (a temporary one is changed here before anything else) and
 * personal API tokens, each secret shown once.
 */
@PageController
@RequestMapping("/account")
class AccountPages {

	static final List<Integer> VALIDITY = List.of(30, 90, 180, 365);

	private final OwnAccount account;

	AccountPages(OwnAccount account) {
		this.account = account;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}

	record TokenForm(String name, Integer validDays, List<Permission> permissions) {
	}

	@GetMapping
	String account(Model model) {
		model.addAttribute("tokenForm", new TokenForm("", 90, List.of()));
		return page(model);
	}

	@PostMapping("/tokens")
	String createToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model) {
		if (form.name() == null || form.name().isBlank()) {
			errors.rejectValue("name", "account.tokenNameRequired");
			return page(model);
		}
		try {
			OwnAccount.IssuedToken issued = account.createToken(new NewToken(form.name().strip(),
					form.validDays() == null ? 90 : form.validDays(),
					form.permissions() == null ? null : Set.copyOf(form.permissions())));
			model.addAttribute("issued", issued);
			model.addAttribute("tokenForm", new TokenForm("", 90, List.of()));
		}
		catch (Refusal ex) {
			FieldErrors.reject(errors, ex, "name", "validDays", "permissions");
		}
		return page(model);
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		account.revokeToken(id);
		return "redirect:/account?revoked";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		return "account/password";
	}

	/** Changes the password; this session stays signed in (with a new id), every other one ends. */
	@PostMapping("/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response) {
		if (form.newPassword() == null || !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "account.confirmationDiffers");
			return "account/password";
		}
		try {
			Authentication updated = account.changePassword(
					new PasswordChange(form.currentPassword(), form.newPassword()), request.getSession().getId());
			request.changeSessionId();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(updated);
			SecurityContextHolder.setContext(context);
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
			return "redirect:/account?passwordChanged";
		}
		catch (Refusal ex) {
			FieldErrors.reject(errors, ex, "currentPassword", "newPassword");
			return "account/password";
		}
	}

	private String page(Model model) {
		model.addAttribute("tokens", account.tokens());
		model.addAttribute("validity", VALIDITY);
		model.addAttribute("permissions", role().permissions().stream().sorted().toList());
		return "account/account";
	}

	/** The signed-in user's role, as its authority names it. */
	private static Role role() {
		var authorities = CurrentUser.authentication().getAuthorities();
		return java.util.Arrays.stream(Role.values())
			.filter(role -> authorities.stream().anyMatch(a -> a.getAuthority().equals(role.authority())))
			.findFirst()
			.orElseThrow();
	}

}
