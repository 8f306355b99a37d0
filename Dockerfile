# Build: Maven with JDK 17 compiles, tests are run by CI (.ci/run), not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY prompts ./prompts
# -Plinux: the jar carries the Linux native libraries only
RUN mvn -B -q -Plinux package -DskipTests

# Run: JRE 17, a non-root user, the store on a volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --uid 10001 attribot && mkdir -p /data /app/config && chown attribot /data
WORKDIR /app
COPY --from=build /src/target/attribot.jar /app/attribot.jar
COPY config/attribot.example.yaml /app/config/attribot.example.yaml
COPY prompts /app/prompts
ENV ATTRIBOT_STORE_PATH=/data/attribot.db
VOLUME /data
USER attribot
ENTRYPOINT ["java", "-jar", "/app/attribot.jar"]
CMD ["--help"]
