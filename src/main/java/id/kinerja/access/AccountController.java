package id.kinerja.access;

import java.util.List;

import id.kinerja.access.OwnAccount.IssuedToken;
import id.kinerja.access.OwnAccount.NewToken;
import id.kinerja.access.OwnAccount.PasswordChange;
import id.kinerja.access.OwnAccount.TokenView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The caller's own password and personal API tokens (with the password, not a token)")
class AccountController {

	private final OwnAccount account;

	AccountController(OwnAccount account) {
		this.account = account;
	}

	@PostMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "changePassword",
			summary = "Change one's password: 12 characters or more, not the user name, not a common one;"
			+ " ends one's sessions and tokens")
	void changePassword(@Valid @RequestBody PasswordChange change) {
		account.changePassword(change, null);
	}

	@GetMapping("/tokens")
	@Operation(operationId = "listTokens", summary = "One's API tokens, newest first (never their secrets)")
	List<TokenView> tokens() {
		return account.tokens();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createToken",
			summary = "Create a named API token with an expiry and at most one's permissions; the secret is shown"
			+ " this once: send it as Authorization: Bearer ...")
	IssuedToken createToken(@Valid @RequestBody NewToken token) {
		return account.createToken(token);
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(operationId = "revokeToken", summary = "Revoke one of one's API tokens")
	TokenView revokeToken(@PathVariable long id) {
		return account.revokeToken(id);
	}

}
