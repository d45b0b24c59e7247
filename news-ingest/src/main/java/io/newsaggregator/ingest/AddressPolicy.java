package io.newsaggregator.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a host may be contacted: public addresses only, unless an address falls into a
 * configured allowed network. Every address a name resolves to must pass, so a name with one
 * private record among public ones is refused.
 *
 * <p>Cloud metadata endpoints are refused even when an allowed network covers them: no news page
 * lives there, and reaching one from a server is the classic SSRF payoff.
 */
final class AddressPolicy {

    private record Range(Cidr cidr, String label) {
    }

    private static final List<Range> REFUSED = List.of(
            range("0.0.0.0/8", "unspecified"),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "carrier-grade NAT"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "IETF protocol"),
            range("192.0.2.0/24", "documentation"),
            range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved"),
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("100::/64", "discard-only"),
            range("2001:db8::/32", "documentation"),
            range("fc00::/7", "private (unique local)"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local"),
            range("ff00::/8", "multicast"));

    private static final List<Cidr> METADATA = List.of(
            Cidr.parse("169.254.169.254/32"),
            Cidr.parse("fd00:ec2::254/128"),
            Cidr.parse("100.100.100.200/32"));

    private static final Cidr IPV4_COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final List<Cidr> allowed;
    private final HostResolver resolver;

    AddressPolicy(List<String> allowedNetworks, HostResolver resolver) {
        this.allowed = allowedNetworks.stream().map(Cidr::parse).toList();
        this.resolver = resolver;
    }

    /**
     * Resolves the host and checks each address.
     *
     * @return why the host is refused (e.g. {@code "loopback address 127.0.0.1"}), or empty
     * @throws UnknownHostException when the name does not resolve
     */
    Optional<String> refusalFor(String host) throws UnknownHostException {
        Optional<InetAddress> literal = IpLiteral.parse(host);
        List<InetAddress> addresses = literal.isPresent() ? List.of(literal.get()) : resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusalFor(address);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /** Why this one address is refused, or empty when it may be contacted. */
    Optional<String> refusalFor(InetAddress address) {
        byte[] bytes = address.getAddress();
        String shown = address.getHostAddress();
        if (METADATA.stream().anyMatch(m -> m.contains(bytes))) {
            return Optional.of("link-local/metadata address " + shown);
        }
        if (allowed.stream().anyMatch(a -> a.contains(bytes))) {
            return Optional.empty();
        }
        Optional<byte[]> embedded = embeddedIpv4(bytes);
        if (embedded.isPresent()) {
            return classify(embedded.get()).map(label -> label + " address " + shown + " (embedded IPv4)");
        }
        return classify(bytes).map(label -> label + " address " + shown);
    }

    private Optional<String> classify(byte[] bytes) {
        if (METADATA.stream().anyMatch(m -> m.contains(bytes))) {
            return Optional.of("link-local/metadata");
        }
        if (allowed.stream().anyMatch(a -> a.contains(bytes))) {
            return Optional.empty();
        }
        return REFUSED.stream().filter(r -> r.cidr().contains(bytes)).map(Range::label).findFirst();
    }

    /** The IPv4 address carried inside an IPv6 transition address, which reaches that IPv4 host. */
    private static Optional<byte[]> embeddedIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return Optional.empty();
        }
        if (NAT64.contains(bytes) || (IPV4_COMPATIBLE.contains(bytes) && !isUnspecifiedOrLoopback(bytes))) {
            return Optional.of(java.util.Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return Optional.of(java.util.Arrays.copyOfRange(bytes, 2, 6));
        }
        return Optional.empty();
    }

    private static boolean isUnspecifiedOrLoopback(byte[] bytes) {
        for (int i = 0; i < 15; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[15] == 0 || bytes[15] == 1;
    }

    private static Range range(String cidr, String label) {
        return new Range(Cidr.parse(cidr), label);
    }
}
