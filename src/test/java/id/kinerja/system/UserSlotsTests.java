package id.kinerja.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user past their limit of running validations or what-ifs is refused with 429 and Retry-After. */
class UserSlotsTests {

	private final UserSlots slots = new UserSlots(new RequestLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(4),
			DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), 2, 1, Duration.ofSeconds(7)));

	@Test
	void aUsersThirdValidationWaitsForOneOfTheFirstTwo() {
		UserSlots.Slot first = slots.take(UserSlots.Kind.VALIDATION, "siti");
		UserSlots.Slot second = slots.take(UserSlots.Kind.VALIDATION, "siti");

		assertThatThrownBy(() -> slots.take(UserSlots.Kind.VALIDATION, "siti")).isInstanceOfSatisfying(Refusal.class,
				refusal -> {
					assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
					assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("7");
				});
		slots.take(UserSlots.Kind.VALIDATION, "budi").close();
		slots.take(UserSlots.Kind.WHAT_IF, "siti").close();

		first.close();
		first.close();
		slots.take(UserSlots.Kind.VALIDATION, "siti").close();
		second.close();
	}

}
