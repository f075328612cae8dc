package id.kinerja.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

	@Bean
	DemoGenerator demoGenerator(DemoSettings settings) {
		return new DemoGenerator(settings.seed());
	}

}
