# Builds the app and runs it with its rule files; used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY rules rules
COPY policies policies
RUN ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/kinerja-*.jar app.jar
COPY rules rules
COPY policies policies
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
