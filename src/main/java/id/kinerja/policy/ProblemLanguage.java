package id.kinerja.policy;

import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Policy problems leave the app in the language of the request: a validation, a refused draft or a broken
 * region's health read in English for a client that asks for it, with the same code and arguments.
 */
@Configuration(proxyBeanMethods = false)
class ProblemLanguage {

	/** A problem as the API shows it. */
	record Shown(String file, int line, int column, String message, String code, List<String> arguments) {
	}

	@Bean
	JacksonModule policyProblemLanguage() {
		SimpleModule module = new SimpleModule("policy-problem-language");
		module.addSerializer(PolicyProblem.class, new ValueSerializer<PolicyProblem>() {
			@Override
			public void serialize(PolicyProblem problem, JsonGenerator generator, SerializationContext context) {
				PolicyProblem shown = problem.in(LocaleContextHolder.getLocale());
				context.writeValue(generator, new Shown(shown.file(), shown.line(), shown.column(), shown.message(),
						shown.code(), shown.arguments()));
			}
		});
		return module;
	}

}
