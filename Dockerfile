# Kinerja's image: built from source in one stage, run from the layers of its jar in the next (a new build
# of the app changes only the last, small layer). Used by docker-compose.yml; see docs/operations.md.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B -DskipTests package \
 && cp target/kinerja-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
# curl for the health check; a user without a login shell that owns only the policy folders
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 kinerja \
 && useradd --system --uid 10001 --gid kinerja --home-dir /app --shell /usr/sbin/nologin kinerja
WORKDIR /app
# least often changed first: libraries, Spring Boot's loader, snapshot libraries, the app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# the default policy files, copied into an empty rules/ or policies/ volume at the first start only
COPY rules defaults/rules
COPY policies defaults/policies
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/kinerja-entrypoint
RUN mkdir -p rules policies data && chown kinerja:kinerja rules policies data
VOLUME ["/app/rules", "/app/policies"]
USER kinerja
ENV KINERJA_POLICY_ROOT=/app \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# UP or DEGRADED (a region's policy does not compile) answer 200; DOWN answers 503
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["kinerja-entrypoint"]
CMD ["java", "-jar", "/app/application.jar"]
