package id.kinerja.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that cannot be shown (403 outside the user's regions, 404 for an unknown run) answers with an
 * HTML page and the same status, not with the API's problem detail.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ErrorResponseException.class)
	String refused(ErrorResponseException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("detail", FieldErrors.text(ex, messages));
		return "error";
	}

}
