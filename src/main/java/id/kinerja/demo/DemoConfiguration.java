package id.kinerja.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

	@Bean
	DemoGenerator demoGenerator(@Value("${kinerja.demo.seed:20251231}") long seed) {
		return new DemoGenerator(seed);
	}

}
