package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }

    @Test
    void containsAddressesInsideIpv4PrefixOnly() {
        Cidr net = Cidr.parse("172.16.0.0/12");
        assertThat(net.contains(ip("172.16.0.1"))).isTrue();
        assertThat(net.contains(ip("172.31.255.255"))).isTrue();
        assertThat(net.contains(ip("172.32.0.0"))).isFalse();
        assertThat(net.contains(ip("172.15.255.255"))).isFalse();
    }

    @Test
    void bareAddressIsSingleHost() {
        Cidr host = Cidr.parse("127.0.0.2");
        assertThat(host.prefixLength()).isEqualTo(32);
        assertThat(host.contains(ip("127.0.0.2"))).isTrue();
        assertThat(host.contains(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void hostBitsBeyondPrefixAreIgnored() {
        assertThat(Cidr.parse("10.1.2.3/8").contains(ip("10.200.0.1"))).isTrue();
    }

    @Test
    void matchesIpv6PrefixesWithOddLengths() {
        Cidr uniqueLocal = Cidr.parse("fc00::/7");
        assertThat(uniqueLocal.contains(ip("fd12:3456::1"))).isTrue();
        assertThat(uniqueLocal.contains(ip("fe00::1"))).isFalse();
        Cidr linkLocal = Cidr.parse("[fe80::]/10");
        assertThat(linkLocal.contains(ip("febf::1"))).isTrue();
        assertThat(linkLocal.contains(ip("fec0::1"))).isFalse();
    }

    @Test
    void neverMatchesAcrossAddressFamilies() {
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("::1"))).isFalse();
        assertThat(Cidr.parse("::/0").contains(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void zeroPrefixMatchesWholeFamily() {
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("8.8.8.8"))).isTrue();
    }

    @Test
    void rejectsHostNamesInsteadOfLookingThemUp() {
        assertThatThrownBy(() -> Cidr.parse("localhost/8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localhost/8");
    }

    @Test
    void rejectsOutOfRangeOctetsAndPrefixes() {
        assertThatThrownBy(() -> Cidr.parse("256.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 32");
        assertThatThrownBy(() -> Cidr.parse("fc00::/129")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRejectAMalformedAllowedNetworkAtOnce() {
        assertThatThrownBy(() -> HttpFetchSettings.defaults().withAllowedNetworks("10.0.0.0/40"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/40");
    }
}
