package dev.guildsync.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * jOOQ's class files are newer than the running Java: Spring Boot 4.1 manages jOOQ 3.21, whose
 * classes need Java 21, while guildsync runs on Java 17 with jOOQ's 3.19 line. Says so, and how to
 * pin jOOQ, instead of a bare {@link UnsupportedClassVersionError}. Any other class's version error
 * is left to other analyzers.
 */
final class JooqJavaVersionFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsupportedClassVersionError> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedClassVersionError cause) {
    String message = String.valueOf(cause.getMessage());
    if (!message.startsWith("org/jooq/") && !message.startsWith("org.jooq.")) {
      return null;
    }
    return new FailureAnalysis(
        "The jOOQ on the class path needs a newer Java than this one (Java "
            + Runtime.version().feature()
            + "): "
            + message
            + ". Spring Boot 4.1 manages jOOQ 3.21, which needs Java 21; guildsync uses jOOQ's"
            + " 3.19 line, the last that runs on Java 17.",
        "Pin jOOQ to the 3.19 line: with spring-boot-starter-parent set the property"
            + " <jooq.version>3.19.39</jooq.version> (Gradle: ext['jooq.version'] = '3.19.39'),"
            + " or manage org.jooq:jooq at 3.19.39 in your own dependencyManagement. Or run on Java"
            + " 21.",
        cause);
  }
}
