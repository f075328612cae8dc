package id.kinerja.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Bahasa Indonesia unless the user switches to English with {@code ?lang=en}; the choice is
 * kept in a cookie, so it outlives the session and a new login. Browsers in Indonesian offices often ask
 * for English, so pages ignore {@code Accept-Language}; API clients get their refusals in the language
 * they ask for, Indonesian by default.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("kinerja-lang");
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		return api ? Languages.asked(request) : Languages.INDONESIAN;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {

			// only the two languages there are texts for
			@Override
			protected Locale parseLocaleValue(String value) {
				return "en".equals(value) ? Locale.ENGLISH : Languages.INDONESIAN;
			}

		};
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**");
	}

}
