# Build: Maven with JDK 17 compiles, tests are run by CI (.ci/run), not here.
# The build context is only what .dockerignore lets through: pom.xml, src, prompts, the example config.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY prompts ./prompts
# -Plinux: the jar carries the Linux native libraries only
RUN mvn -B -q -Plinux package -DskipTests

# Run: JRE 17, a non-root user, the store and the actor list on a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 attribot && mkdir -p /data /app/config && chown attribot /data
WORKDIR /app
COPY --from=build /src/target/attribot.jar /app/attribot.jar
COPY config/attribot.example.yaml /app/config/attribot.example.yaml
COPY prompts /app/prompts
# Everything attribot writes goes to /data: the store, and the list `actors import` writes.
ENV ATTRIBOT_STORE_PATH=/data/attribot.db \
    ATTRIBOT_ACTORS_PATH=/data/actors.json
# The heap: loading the embedding model needs at least 288 MB of it, and a command that loads
# the model peaks at about 630 MiB resident with ONNX Runtime's native memory, so give the
# container 1 GB or more. Override with -e JAVA_TOOL_OPTIONS=...
ENV JAVA_TOOL_OPTIONS="-Xmx512m"
VOLUME /data
# Slack's Events API over HTTP (ATTRIBOT_SLACK_PORT, default 3000); Socket Mode and Telegram need no port.
EXPOSE 3000
USER attribot
ENTRYPOINT ["java", "-jar", "/app/attribot.jar"]
CMD ["--help"]
