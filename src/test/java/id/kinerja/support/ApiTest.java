package id.kinerja.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.kinerja.appraisal.AppraisalFacts;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The whole application over real HTTP on an in-memory H2 with the demo data. Every class annotated with it
 * shares one Spring context (the spy included: it behaves as the real bean unless a test stubs it).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true" })
@AutoConfigureRestTestClient
@MockitoSpyBean(types = AppraisalFacts.class)
public @interface ApiTest {

}
