package io.newsaggregator.ingest;

import java.net.InetAddress;
import java.util.Objects;

/** An IPv4 or IPv6 network in CIDR notation, such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
final class Cidr {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /**
     * Parses {@code address/prefix}; a bare address means a single host. Host bits set beyond the
     * prefix are ignored ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}).
     */
    static Cidr parse(String cidr) {
        Objects.requireNonNull(cidr, "cidr");
        String trimmed = cidr.strip();
        int slash = trimmed.indexOf('/');
        String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] address = parseLiteral(addressPart, cidr);
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid CIDR prefix length in '" + cidr + "'", e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(
                        "CIDR prefix length in '" + cidr + "' must be between 0 and " + bits);
            }
        }
        return new Cidr(mask(address, prefix), prefix, trimmed);
    }

    /** True when the address belongs to this network (never across IPv4/IPv6). */
    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remaining = prefixLength % 8;
        if (remaining == 0) {
            return true;
        }
        int m = (0xFF << (8 - remaining)) & 0xFF;
        return (address[fullBytes] & m) == (network[fullBytes] & m);
    }

    int prefixLength() {
        return prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }

    private static byte[] parseLiteral(String literal, String cidr) {
        return IpLiteral.parse(literal)
                .map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address in CIDR '" + cidr + "'"));
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }
}
