# Relieve clinic-web image. Build: docker build -t relieve .   (see docker-compose.yml)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core/pom.xml core/
COPY reporting/pom.xml reporting/
COPY clinic-web/pom.xml clinic-web/
RUN ./mvnw -B -ntp -q dependency:go-offline -DexcludeArtifactIds=relieve-core,relieve-reporting || true
COPY core core
COPY reporting reporting
COPY clinic-web clinic-web
RUN ./mvnw -B -ntp -q -DskipTests install \
    && cp clinic-web/target/relieve-clinic-web-*.jar /relieve.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 relieve
USER relieve
COPY --from=build /relieve.jar /app/relieve.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/relieve.jar"]
