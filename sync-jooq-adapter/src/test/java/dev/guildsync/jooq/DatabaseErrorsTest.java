package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.SyncException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

  @Test
  void aPublicUrlHasNoUserInfoAndNoParameters() {
    assertThat(
            DatabaseErrors.publicUrl(
                "jdbc:postgresql://app:s3cret@db.example:5432/guildsync?password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db.example:5432/guildsync");
    assertThat(DatabaseErrors.publicUrl("jdbc:postgresql://h1:5432,h2:5433/db"))
        .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db");
  }

  @Test
  void passwordsAreFoundInParametersAndUserInfo() {
    assertThat(DataSources.passwordsIn("jdbc:postgresql://app:pw1@h/db?user=x&Password=pw2"))
        .containsExactlyInAnyOrder("pw1", "pw2");
  }

  @Test
  void sqlStatesChooseTheMessage() {
    DatabaseErrors errors =
        new DatabaseErrors(Optional.of("jdbc:postgresql://h:5432/db?password=pw"), List.of("pw"));

    assertThat(errors.translate("claiming", wrap("08001", "refused")).getMessage())
        .isEqualTo("database unreachable at jdbc:postgresql://h:5432/db");
    assertThat(errors.translate("saving", wrap("42P01", "relation \"characters\" does not exist")))
        .hasMessage(
            "schema missing: relation \"characters\" does not exist, apply the guildsync migrations (db/guildsync) first");
    assertThat(errors.translate("saving", wrap("23505", "duplicate key\nDetail: pw")))
        .hasMessage("database error while saving: duplicate key")
        .hasCauseInstanceOf(DataAccessException.class);
    assertThat(errors.translate("saving", wrap("XX000", "it was pw")).getMessage())
        .isEqualTo("database error while saving: it was ****");
  }

  @Test
  void anInterruptIsRestored() {
    DatabaseErrors errors = new DatabaseErrors(Optional.empty(), List.of());
    RuntimeException interrupted =
        new DataAccessException("interrupted", new InterruptedException("stop"));
    try {
      SyncException e = errors.translate("claiming", interrupted);

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(e).hasCause(interrupted);
    } finally {
      Thread.interrupted();
    }
  }

  private static RuntimeException wrap(String state, String message) {
    return new DataAccessException("SQL [...]; " + message, new SQLException(message, state));
  }
}
