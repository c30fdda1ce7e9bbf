package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.Region;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BattleNetClientBuilderTest {
  private static final String SECRET = "s3cr3t-VALUE-9f8e7d";

  @Test
  void plainHttpIsRefusedOffLoopback() {
    var builder = BattleNetClient.newBuilder();
    for (String url :
        new String[] {
          "http://eu.api.blizzard.com",
          "http://10.0.0.1:8080",
          "http://127.0.0.1.evil.example",
          "http://localhost.example.com",
          "http://[::2]:80"
        }) {
      assertThatThrownBy(() -> builder.apiBaseUrl(URI.create(url)))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("plain http")
          .hasMessageContaining("https");
      assertThatThrownBy(() -> builder.tokenUrl(URI.create(url)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void plainHttpIsAcceptedOnLoopbackAndHttpsEverywhere() {
    var builder = BattleNetClient.newBuilder();
    for (String url :
        new String[] {
          "http://127.0.0.1:8080",
          "http://127.1.2.3",
          "http://localhost:9",
          "http://[::1]:8080",
          "https://eu.api.blizzard.com",
          "https://proxy.example.com/bnet/"
        }) {
      assertThatCode(() -> builder.apiBaseUrl(URI.create(url))).as(url).doesNotThrowAnyException();
    }
  }

  @Test
  void otherBadEndpointsAreRefused() {
    var builder = BattleNetClient.newBuilder();
    assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("ftp://127.0.0.1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiBaseUrl(URI.create("https://h.example?access_token=x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tokenUrl(URI.create("https://user:pw@h.example/token")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiBaseUrl(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void badValuesAreRejectedInTheirSetter() {
    var b = BattleNetClient.newBuilder();
    assertThatThrownBy(() -> b.clientId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.clientSecret("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.clientSecret(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.locale(Region.EU, "german"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.requestTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.requestsPerSecond(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.requestsPerHour(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.maxRetries(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.retryBaseDelay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> b.locale(Region.EU, "de_DE").maxRetries(0).requestsPerSecond(1))
        .doesNotThrowAnyException();
  }

  @Test
  void buildNeedsCredentials() {
    assertThatThrownBy(() -> BattleNetClient.newBuilder().clientSecret(SECRET).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientId");
    assertThatThrownBy(() -> BattleNetClient.newBuilder().clientId("id").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clientSecret");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    var builder = BattleNetClient.newBuilder().clientId("my-client").clientSecret(SECRET);
    assertThat(builder.toString())
        .contains("my-client")
        .contains("<redacted>")
        .doesNotContain(SECRET);
    try (var client = builder.build()) {
      assertThat(client.toString()).contains("my-client").doesNotContain(SECRET);
    }
  }

  @Test
  void closedClientRefusesWork() {
    var client = BattleNetClient.newBuilder().clientId("id").clientSecret(SECRET).build();
    client.close();
    assertThatThrownBy(
            () -> client.fetchProfile(TestClients.eu("r", "n"), java.util.Optional.empty()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBucketCarriesBothLimitsSoTheLimitSettersCannotBeSetWithIt() {
    var bucket =
        new InMemoryProxyManager()
            .builder()
            .build("k", () -> BattleNetClient.quotaConfiguration(100, 36_000));
    var builder = BattleNetClient.newBuilder().clientId("id").clientSecret(SECRET).bucket(bucket);
    assertThat(builder.toString()).contains("bucket=<given>").doesNotContain("requestsPerSecond");
    assertThatCode(() -> builder.build().close()).doesNotThrowAnyException();
    assertThatThrownBy(() -> builder.requestsPerSecond(50).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the limits are the bucket's configuration");
    assertThatThrownBy(() -> builder.bucket(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void quotaConfigurationPacesOnePercentUnderThePerSecondLimitWithoutBurst() {
    var limits = BattleNetClient.quotaConfiguration(100, 36_000).getBandwidths();
    assertThat(limits).hasSize(2);
    assertThat(limits[0].getCapacity()).isEqualTo(1);
    assertThat(RateLimiterTest.perSecond(limits[0])).isEqualTo(99.0);
    assertThat(limits[1].getCapacity()).isEqualTo(36_000);
    assertThat(limits[1].getRefillPeriodNanos()).isEqualTo(Duration.ofHours(1).toNanos());
    assertThatThrownBy(() -> BattleNetClient.quotaConfiguration(0, 36_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BattleNetClient.quotaConfiguration(100, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBucketKeyIsTheSameForOneClientIdInEveryVersionAndDiffersBetweenIds() {
    // Fixed values: an instance of another version must find the same row in a shared table.
    assertThat(BattleNetClient.quotaBucketKey("quota-id")).isEqualTo(5515722205538616109L);
    assertThat(BattleNetClient.quotaBucketKey("Ærøn-client")).isEqualTo(-8606247229177378531L);
    assertThatThrownBy(() -> BattleNetClient.quotaBucketKey(null))
        .isInstanceOf(NullPointerException.class);
  }
}
