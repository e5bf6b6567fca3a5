# syntax=docker/dockerfile:1
# Build:  docker build -t traceback-graph .
# Run:    see docker-compose.yml (NEO4J_PASSWORD=... docker compose up --build).
# Without NEO4J_URI the app starts an embedded Neo4j under /app/neo4j-data.

FROM maven:3.9.11-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml ./
COPY .mvn .mvn
COPY src src
COPY cypher cypher
COPY data data
# The image's Maven is the wrapper's version (3.9.11), so mvn is used directly.
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package \
 && java -Djarmode=tools -jar target/traceback-graph.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25.0.3_9-jre
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --home-dir /app app \
 && install -d -o app -g app /app /app/audit-log
WORKDIR /app
# Least to most often changed, one image layer each.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# No HEALTHCHECK: the JRE image has neither curl nor wget. Probe GET /actuator/health from outside.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
