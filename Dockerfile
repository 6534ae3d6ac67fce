# syntax=docker/dockerfile:1
# Steward's image: built from the Maven wrapper, run from Spring Boot's extracted jar with a CDS archive, as a
# non-root user. bin/container-check does what the last stage does, without a container engine.
#
#   docker build -t steward .
#   docker run -p 8080:8080 -v steward-data:/data -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... steward

FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /src
# The wrapper and the pom first, so the dependency layer is cached until the pom changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -ntp -q dependency:go-offline
COPY manifests manifests
COPY src src
RUN ./mvnw -B -ntp -DskipTests package \
 && mv "$(ls target/steward-*.jar | grep -v '\.original$')" target/application.jar \
 && java -Djarmode=tools -jar target/application.jar extract --layers --destination /extracted

FROM eclipse-temurin:17-jre-jammy
# Fonts and fontconfig for the digest charts (Java2D renders them server-side); curl for HEALTHCHECK.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 steward \
 && useradd --system --uid 10001 --gid steward --home-dir /app --shell /usr/sbin/nologin steward \
 && mkdir /data && chown steward:steward /data
WORKDIR /app
# One layer per Spring Boot layer, least often changed first.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# Spring's CDS training run: start the context as Slack would be configured (dummy values, nothing is called),
# stop at refresh, and keep the classes it loaded. The archive is owned by root and read-only, like the app.
RUN SLACK_BOT_TOKEN=xoxb-training SLACK_SIGNING_SECRET=training SLACK_API_URL=http://127.0.0.1:9/ \
    STEWARD_SANDBOX_ENABLED=false \
    java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
      -jar application.jar --server.port=0 '--spring.datasource.url=jdbc:h2:mem:training'

# H2's file lives on the volume; PostgreSQL replaces it through SPRING_DATASOURCE_URL. DB_CLOSE_ON_EXIT=FALSE: H2's
# own shutdown hook would close the database while Spring's graceful shutdown is still recording sends; the pool
# closes it last instead.
VOLUME /data
ENV SPRING_DATASOURCE_URL="jdbc:h2:file:/data/steward;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness > /dev/null || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "application.jar"]
