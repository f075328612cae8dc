package id.kinerja.access;

import java.util.List;

import id.kinerja.access.UserAdministration.Issued;
import id.kinerja.access.UserAdministration.NewUser;
import id.kinerja.access.UserAdministration.UserChange;
import id.kinerja.access.UserAdministration.UserView;
import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Users, their roles and regions; administrators everywhere, HR administrators in their regions")
class UserController {

	private final UserAdministration users;

	UserController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	@Operation(operationId = "listUsers",
			summary = "The users the caller manages, with role, regions, state and last sign-in")
	List<UserView> list() {
		return users.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createUser",
			summary = "Create a user; the answer holds its temporary password (shown once, changed at the first sign-in)")
	@Refuses(status = 409, when = "A user of that name exists")
	Issued create(@Valid @RequestBody NewUser user) {
		return users.create(user);
	}

	@GetMapping("/{username}")
	@Operation(operationId = "getUser", summary = "One user")
	UserView user(@PathVariable String username) {
		return users.view(username);
	}

	@PutMapping("/{username}")
	@Operation(operationId = "updateUser",
			summary = "Set a user's name, role and regions; a changed role or region ends the user's sessions")
	UserView update(@PathVariable String username, @Valid @RequestBody UserChange change) {
		return users.update(username, change);
	}

	@PostMapping("/{username}/disable")
	@Operation(operationId = "disableUser", summary = "Disable a user: its sessions and tokens end at once")
	@Refuses(status = 409, when = "One cannot disable oneself")
	UserView disable(@PathVariable String username) {
		return users.enable(username, false);
	}

	@PostMapping("/{username}/enable")
	@Operation(operationId = "enableUser", summary = "Enable a disabled user again")
	UserView enable(@PathVariable String username) {
		return users.enable(username, true);
	}

	@PostMapping("/{username}/password-reset")
	@Operation(operationId = "resetPassword",
			summary = "A new temporary password (shown once, changed at the next sign-in); sessions and tokens end")
	Issued resetPassword(@PathVariable String username) {
		return users.resetPassword(username);
	}

}
