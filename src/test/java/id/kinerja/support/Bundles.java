package id.kinerja.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles as Spring Boot reads them, for tests that resolve a text without the app. */
public final class Bundles {

	private Bundles() {
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
