package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private static final Map<String, List<String>> DNS = Map.of(
            "news.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "mixed.example", List.of("93.184.216.34", "10.0.0.5"),
            "rebind.example", List.of("169.254.169.254"));

    private static final HostResolver FAKE_DNS = host -> {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses.stream().map(a -> IpLiteral.parse(a).orElseThrow()).toList();
    };

    private final AddressPolicy defaults = new AddressPolicy(List.of(), FAKE_DNS);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.1.1",
            "100.64.0.1", "100.127.255.254", "224.0.0.1", "0.0.0.0", "255.255.255.255", "::1", "::",
            "fc00::1", "fd12::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1"})
    void refusesNonPublicAddresses(String address) {
        assertThat(defaults.refusalFor(IpLiteral.parse(address).orElseThrow())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::1111",
            "64:ff9b::808:808"})
    void acceptsPublicAddresses(String address) {
        assertThat(defaults.refusalFor(IpLiteral.parse(address).orElseThrow())).isEmpty();
    }

    @Test
    void namesTheKindOfAddressRefused() throws Exception {
        assertThat(defaults.refusalFor("127.0.0.1")).contains("loopback address 127.0.0.1");
        assertThat(defaults.refusalFor("192.168.0.10")).contains("private address 192.168.0.10");
        assertThat(defaults.refusalFor("100.64.1.1")).contains("carrier-grade NAT address 100.64.1.1");
        assertThat(defaults.refusalFor("169.254.169.254")).contains("link-local/metadata address 169.254.169.254");
        assertThat(defaults.refusalFor("[fd00:ec2::254]")).get().asString().contains("metadata");
    }

    @Test
    void refusesNameWhenAnyOfItsAddressesIsPrivate() throws Exception {
        assertThat(defaults.refusalFor("news.example")).isEmpty();
        assertThat(defaults.refusalFor("mixed.example")).contains("private address 10.0.0.5");
        assertThat(defaults.refusalFor("rebind.example")).get().asString().contains("metadata");
    }

    @Test
    void unresolvableNameIsReportedNotAllowed() {
        assertThatThrownBy(() -> defaults.refusalFor("nowhere.example")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void allowedNetworkIsExemptButOtherPrivateAddressesStayRefused() {
        AddressPolicy policy = new AddressPolicy(List.of("127.0.0.2/32", "10.20.0.0/16"), FAKE_DNS);
        assertThat(policy.refusalFor(ip("127.0.0.2"))).isEmpty();
        assertThat(policy.refusalFor(ip("10.20.3.4"))).isEmpty();
        assertThat(policy.refusalFor(ip("127.0.0.1"))).contains("loopback address 127.0.0.1");
        assertThat(policy.refusalFor(ip("10.21.0.1"))).isPresent();
        assertThat(policy.refusalFor(ip("192.168.0.1"))).isPresent();
    }

    @Test
    void metadataAddressStaysRefusedEvenInsideAnAllowedNetwork() {
        AddressPolicy policy = new AddressPolicy(List.of("169.254.0.0/16"), FAKE_DNS);
        assertThat(policy.refusalFor(ip("169.254.10.10"))).isEmpty();
        assertThat(policy.refusalFor(ip("169.254.169.254"))).isPresent();
    }

    @Test
    void ipLiteralsAreCheckedWithoutAskingDns() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of(), host -> {
            throw new AssertionError("DNS asked for " + host);
        });
        assertThat(policy.refusalFor("169.254.169.254")).isPresent();
        assertThat(policy.refusalFor("[::1]")).isPresent();
        assertThat(policy.refusalFor("93.184.216.34")).isEmpty();
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
