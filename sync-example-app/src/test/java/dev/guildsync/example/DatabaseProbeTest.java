package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.SyncException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The one line each refusal becomes; cases the embedded server (trust auth) cannot produce. */
class DatabaseProbeTest {
  private static final String URL = "jdbc:postgresql://db.example:5432/guilds";

  @Test
  void aWrongPasswordSaysSoWithTheServersWords() {
    SyncException e =
        DatabaseProbe.describe(
            new PSQLException(
                "FATAL: password authentication failed for user \"guildsync\"",
                PSQLState.INVALID_PASSWORD),
            URL,
            true);

    assertThat(e)
        .hasMessage(
            "database rejected the login at "
                + URL
                + ": FATAL: password authentication failed for user \"guildsync\"");
  }

  @Test
  void aMissingPasswordNamesTheVariableToSet() {
    SyncException e =
        DatabaseProbe.describe(
            new PSQLException(
                "The server requested SCRAM-based authentication, but no password was provided.",
                PSQLState.CONNECTION_REJECTED),
            URL,
            true);

    assertThat(e.getMessage())
        .startsWith("database rejected the login at " + URL)
        .contains("no password was provided")
        .endsWith("(set GUILDSYNC_DB_PASSWORD)");
  }

  @Test
  void aRefusedConnectionIsUnreachable() {
    PSQLException refused =
        new PSQLException(
            "Connection to db.example:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
    refused.initCause(new ConnectException("Connection refused"));

    assertThat(DatabaseProbe.describe(refused, URL, true))
        .hasMessage("database unreachable at " + URL);
  }

  @Test
  void aMultiLineReasonKeepsItsFirstLine() {
    SyncException e =
        DatabaseProbe.describe(
            new PSQLException("FATAL: too many connections\n  Detail: x", PSQLState.UNKNOWN_STATE),
            URL,
            true);

    assertThat(e.getMessage())
        .isEqualTo("database error while connecting to " + URL + ": FATAL: too many connections");
  }

  @Test
  void aRefusedLoginWithoutDbUserNamesTheOperatingSystemsUserAndHowToChooseOne() {
    String osUser = System.getProperty("user.name");
    SyncException wrong =
        DatabaseProbe.describe(
            new PSQLException(
                "FATAL: password authentication failed for user \"" + osUser + "\"",
                PSQLState.INVALID_PASSWORD),
            URL,
            false);
    SyncException missing =
        DatabaseProbe.describe(
            new PSQLException(
                "The server requested SCRAM-based authentication, but no password was provided.",
                PSQLState.CONNECTION_REJECTED),
            URL,
            false);

    for (SyncException e : new SyncException[] {wrong, missing}) {
      assertThat(e.getMessage())
          .startsWith("database rejected the login at " + URL + ": ")
          .endsWith(
              "(no --db-user given, so the driver logged in as the operating system's user \""
                  + osUser
                  + "\": choose the user with --db-user U and its password with"
                  + " GUILDSYNC_DB_PASSWORD)");
    }
  }
}
